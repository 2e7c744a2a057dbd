"""The fresh44 half (d357-d364), written blind in session 45 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, six lines
talked over in one recording, four long silences in one, three accented voices in one, two
muffled voices in one, a voice first heard late shouting, one first heard late muffled, an
accented voice answering in words, the radio answering in words, a short line on the radio, a
civilian 5 dB under the wearer), checked against every earlier half; the house party at three in
the morning (d363), where six lines are talked over the music at 0 dB, built in full.
devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    ALL_WOMEN,
    accents,
    band_limited,
    espeak_variant,
    foreign,
    lines_talked_over,
    lines_written_before,
    muffled,
    near_earlier_lines,
    voice_for,
)

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH44 = {
    "d357": (["officer", "civilian", "bystander", "witness"], "street", 11, 65),
    "d358": (["officer", "civilian", "witness", "bystander"], "wind", 5, 77),
    "d359": (["officer", "witness", "civilian", "bystander"], "car", 16, 60),
    "d360": (["officer", "dispatch"], "rain", 20, 80),
    "d361": (["officer", "partner", "dispatch"], "siren", 8, 40),
    "d362": (["officer", "witness", "bystander", "civilian"], "crowd", 13, 66),
    "d363": (["officer", "witness", "bystander", "civilian", "partner"], "music", 0, 62),
    "d364": (["officer", "partner", "civilian", "witness"], "dog", 7, 70),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH44.items()}
#: The accents fresh44 reads its accented lines in: the five heard least recently (in two
#: recordings each) and the one heard in one recording only.
SIX_ACCENTS = {"ca", "eu", "da", "is", "mt", "jbo"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh40", "fresh41", "fresh42", "fresh43")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    late, answering, short = (voice_for(spec, f) for f in ("late_voice", "replies", "short_line"))
    return {
        "six talked over": spec.overlaps >= 6,
        "four long silences": spec.long_silences >= 4,
        "three accented": len(support.accented(spec)) >= 3,
        "two muffled": len(muffled(spec)) >= 2,
        "late and shouting": late is not None and late.shout,
        "late and muffled": late is not None and late.muffled,
        "accented answering": answering is not None and foreign(answering),
        "radio answering": answering is not None and answering.radio,
        "short line on the radio": short is not None and short.radio,
        "civilian 5 dB under": any(
            v.gain_db >= -5 and v.label not in devset.POLICE_LABELS for v in spec.voices[1:]
        ),
    }


def test_fresh44_half_is_eight_unseen_recordings_each_noise_once():
    # d357-d364 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh43; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh44, earlier = support.blind_half(
        "fresh44",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH44.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh44.values()}
    assert {0, 20} <= {s.snr_db for s in fresh44.values()}
    assert not support.voices_heard_before(fresh44, earlier)
    sounds = [support.sound(v) for s in fresh44.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 30
    assert sorted(len(s.voices) for s in fresh44.values()) == [2, 3, 4, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh44) == [True, False, False, True, True, False, True, False]
    assert support.espeak_variants(fresh44, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "Andy"),
        *("f1", "f3", "f4", "f5", "aunty", "belinda", "linda", "steph2"),
    }
    # No accent is new: Catalan, Basque, Danish, Icelandic, Maltese and Lojban read the accented
    # lines (17). The first five are the accents heard least recently, each in two recordings
    # (the last of them d204-d212), and Lojban the one accent heard in one recording only, of
    # the 55 languages that read English before; no word of those lines is a lone letter but
    # "I" and "a", and no two accented voices of a recording share a language.
    heard = support.accents_heard_again(fresh44, earlier, SIX_ACCENTS, 17)
    assert heard == ["d198", "d204", "d205", "d207", "d208", "d210", "d211", "d212", "d250"]
    assert len(accents(earlier)) == 55
    heard_in = support.accents_by_last_heard(earlier)
    by_last = list(heard_in)
    assert set(by_last[:5]) == SIX_ACCENTS - {"jbo"}
    assert [language for language, ids in heard_in.items() if len(ids) == 1] == ["jbo"]
    assert {len(heard_in[language]) for language in SIX_ACCENTS - {"jbo"}} == {2}
    assert not support.one_accent_pairs(fresh44.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh44,
        "two hours",
        "five minutes",
        "forty two pounds",
        "four seven",
        "twenty past one",
        "three minutes",
        "three in the morning",
        "two thousand pounds",
        "six stitches",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Shouting by two voices, one of them first heard late; three voices muffled in two
    # recordings, one of them first heard late; two radio voices, one answering in words and
    # one with a single short line.
    shouting = [(s.id, v.label) for s in fresh44.values() for v in s.voices if v.shout]
    assert shouting == [("d359", "bystander"), ("d363", "witness")]
    behind = [(s.id, v.label) for s in fresh44.values() for v in muffled(s)]
    assert behind == [("d362", "civilian"), ("d364", "civilian"), ("d364", "witness")]
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh44.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d360", "dispatch", "flite", "rms", 1),
        ("d361", "dispatch", "flite", "slt", 5),
    ]
    short = [
        (s.id, voice_for(s, "short_line").label)
        for s in fresh44.values()
        if s.short_line is not None
    ]
    assert short == [("d360", "dispatch")]
    late = [
        (s.id, voice_for(s, "late_voice").label)
        for s in fresh44.values()
        if s.late_voice is not None
    ]
    assert late == [("d359", "bystander"), ("d362", "civilian")]
    answering = [
        (s.id, voice_for(s, "replies").label) for s in fresh44.values() if s.replies is not None
    ]
    assert answering == [("d357", "civilian"), ("d361", "dispatch")]
    # Who breaks each long silence (the late voices' own silences among them), the overlaps
    # asked for, and the turns' pauses and the silences' ranges, the set's own in all eight.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh44.values() if devset.turn_plan(s).silences
    }
    assert silences == {
        "d359": ["bystander"],
        "d360": ["officer", "officer", "officer", "officer"],
        "d362": ["civilian"],
    }
    overlaps = {s.id: s.overlaps for s in fresh44.values() if s.overlaps}
    assert overlaps == {"d357": 1, "d358": 2, "d359": 1, "d363": 6, "d364": 1}
    assert {(s.gaps, s.silence) for s in fresh44.values()} == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh40 to fresh43 had none.
    done, last, _ = support.leaned_on(leans_on, fresh44, earlier, LAST_FOUR)
    assert done == {
        "six talked over": ["d363"],
        "four long silences": ["d360"],
        "three accented": ["d358"],
        "two muffled": ["d364"],
        "late and shouting": ["d359"],
        "late and muffled": ["d362"],
        "accented answering": ["d357"],
        "radio answering": ["d361"],
        "short line on the radio": ["d360"],
        "civilian 5 dB under": ["d362"],
    }
    # When each was last done, or where it was the only one.
    assert last == {
        "six talked over": "d265",
        "four long silences": "d191",
        "three accented": "d205",
        "two muffled": "d134",
        "late and shouting": "d248",
        "late and muffled": "d168",
        "accented answering": "d264",
        "radio answering": "d162",
        "short line on the radio": "d304",
        "civilian 5 dB under": "d189",
    }
    assert [s.id for s in earlier if leans_on(s)["three accented"]] == ["d205"]

    # A pensioner knocked down on a pavement by a hired scooter, street noise at 11 dB: he
    # answers in a word or two in the Maltese voice, the rider on flite kal16 over the wearer;
    # the accented voices that answered in words before were in car, wind and music noise.
    d357 = fresh44["d357"]
    assert support.accented(d357) == ["mt+m3"] and voice_for(d357, "replies").voice == "mt+m3"
    assert lines_talked_over(d357) == [("bystander", "officer")]
    assert d357.voices[2].voice == "kal16"
    accented_answers = [(s.id, s.noise) for s in earlier if leans_on(s)["accented answering"]]
    assert accented_answers == [
        ("d114", "car"),
        ("d224", "wind"),
        ("d238", "wind"),
        ("d264", "music"),
    ]

    # A walker overdue off a ridge, wind noise at 5 dB: three walkers in the Icelandic, Catalan
    # and Danish voices, a woman over the missing man's brother and he over the wearer; the one
    # recording with three accented voices before (d205) was in street noise.
    d358 = fresh44["d358"]
    assert support.accented(d358) == ["is+f3", "ca+f5", "da+m7"]
    assert [espeak_variant(v) in ALL_WOMEN for v in d358.voices[1:]] == [True, True, False]
    assert lines_talked_over(d358) == [("civilian", "bystander"), ("bystander", "officer")]

    # A taxi fare at a police station, car noise at 16 dB: the passenger over the wearer, and
    # his girlfriend first heard late, shouting at the window, 12 dB under; no car recording had
    # a voice first heard late shouting, and those before (dog, street, wind) were men's.
    d359 = fresh44["d359"]
    girlfriend = voice_for(d359, "late_voice")
    assert (girlfriend.shout, girlfriend.gain_db, espeak_variant(girlfriend)) == (
        True,
        -12,
        "steph2",
    )
    assert lines_talked_over(d359) == [("civilian", "officer")]
    assert d359.voices[1].voice == "awb"
    shouted = [s for s in earlier if leans_on(s)["late and shouting"]]
    assert [(s.id, s.noise) for s in shouted] == [
        ("d110", "dog"),
        ("d124", "street"),
        ("d161", "street"),
        ("d248", "wind"),
    ]
    assert not any(espeak_variant(voice_for(s, "late_voice")) in ALL_WOMEN for s in shouted)

    # A car in a flooded ford at night, rain noise at 20 dB: two voices, the wearer alone
    # through four long silences after control's one line on the radio (flite rms); no rain
    # recording had more than three long silences (d209), nor a short line on the radio, and
    # the recordings with four or more (wind, car) had no short line.
    d360 = fresh44["d360"]
    assert (len(d360.voices), d360.long_silences, d360.short_line) == (2, 4, 1)
    assert max(s.long_silences for s in earlier if s.noise == "rain") == 3
    assert not any(leans_on(s)["short line on the radio"] for s in earlier if s.noise == "rain")
    quiet = [(s.id, s.noise, s.short_line) for s in earlier if s.long_silences >= 4]
    assert quiet == [("d55", "wind", None), ("d168", "car", None), ("d191", "wind", None)]

    # On blue lights to a machete in a newsagent's, siren noise at 8 dB, 40 s: control on flite
    # slt answering in a word or two on the radio, the partner driving; the radio voices that
    # answered in words before were in wind, car and street noise.
    d361 = fresh44["d361"]
    assert voice_for(d361, "replies").voice == "slt" and voice_for(d361, "replies").radio
    radio_answers = [(s.id, s.noise) for s in earlier if leans_on(s)["radio answering"]]
    assert radio_answers == [("d96", "wind"), ("d141", "car"), ("d162", "street")]

    # A man bolted in a pub's toilet on match day, crowd noise at 13 dB: the landlord 5 dB under
    # the wearer, a regular in the Lojban voice, the man first heard late through the cubicle's
    # door; the voices first heard late and muffled were in dog and car noise.
    d362 = fresh44["d362"]
    man = voice_for(d362, "late_voice")
    assert (man.label, man.muffled, man.gain_db) == ("civilian", True, -10)
    assert [(v.label, v.gain_db) for v in d362.voices if v.gain_db >= -5] == [
        ("officer", 0),
        ("witness", -5),
    ]
    assert support.accented(d362) == ["jbo+f4"]
    behind_late = [(s.id, s.noise) for s in earlier if leans_on(s)["late and muffled"]]
    assert behind_late == [("d110", "dog"), ("d168", "car")]

    # A house party at three in the morning, music noise at 0 dB: six lines talked over, the
    # neighbour shouting, a guest in the Basque voice; no music recording had more than five.
    d363 = fresh44["d363"]
    assert lines_talked_over(d363) == [
        ("civilian", "partner"),
        ("witness", "civilian"),
        ("officer", "bystander"),
        ("bystander", "officer"),
        ("civilian", "bystander"),
        ("officer", "civilian"),
    ]
    assert support.accented(d363) == ["eu+m4"]
    assert max(s.overlaps for s in earlier if s.noise == "music") == 5

    # A postman bitten at a house's side gate, dog noise at 7 dB: the couple, a man and a woman,
    # talking through their front door, the wearer over him; no dog recording had more than one
    # voice muffled, and the three with two or more were in street and rain noise.
    d364 = fresh44["d364"]
    assert [(v.label, espeak_variant(v) in ALL_WOMEN) for v in muffled(d364)] == [
        ("civilian", False),
        ("witness", True),
    ]
    assert lines_talked_over(d364) == [("officer", "civilian")]
    assert max(len(muffled(s)) for s in earlier if s.noise == "dog") == 1
    two = [(s.id, s.noise) for s in earlier if leans_on(s)["two muffled"]]
    assert two == [("d71", "street"), ("d75", "street"), ("d134", "rain")]


@builds.needs_voices
def test_fresh44_house_party_builds_with_six_lines_talked_over(tmp_path):
    """d363 built in full: 14 turns, each voice's lines in order (the STM is the script); the
    host over the partner (0.72 s), the neighbour over the host (0.87 s), the wearer over the
    guest (1.01 s), the guest over the wearer (1.31 s), the host over the guest (0.99 s) and the
    wearer over the host (0.69 s), six in a row; every other pause 0.2-0.9 s; the neighbour's
    last line ends at 60.10 s, when the wearer, out of lines, is given the next."""
    labels = ["officer", "partner", "civilian", "witness", "bystander", "officer", "bystander"]
    labels += ["civilian", "officer", "civilian", "officer", "civilian", "officer", "witness"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d363", SPEAKERS["d363"], labels, ([], [2, 3, 5, 6, 7, 8]), 60.10
    )
    assert builds.talked_over(pauses) == [
        (1, -0.72),
        (2, -0.87),
        (4, -1.01),
        (5, -1.31),
        (6, -0.99),
        (7, -0.69),
    ]
    others = [p for i, p in enumerate(pauses) if i not in (1, 2, 4, 5, 6, 7)]
    assert len(pauses) == 13 and all(0.2 <= p <= 0.9 for p in others)
