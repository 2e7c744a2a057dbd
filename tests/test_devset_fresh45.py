"""The fresh45 half (d365-d372), written blind in session 46 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, five long
silences in one recording, two lines talked over in one with two long silences, an accented
voice whispering, a phone on speaker heard through a door, a voice answering in words through
it, a voice first heard late 15 dB under, the short-line speaker saying one reply, a voice
shouting through a door, a flite voice through a car's window, the partner 5 dB under),
checked against every earlier half; the cloned ticket at a football turnstile (d366), where two
long waits on the ticket office are followed by two lines talked over in a row, built in full.
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
FRESH45 = {
    "d365": (["officer", "civilian"], "street", 12, 80),
    "d366": (["officer", "witness", "civilian", "bystander", "partner"], "crowd", 9, 72),
    "d367": (["officer", "witness", "civilian", "bystander"], "car", 20, 58),
    "d368": (["officer", "civilian", "dispatch", "witness"], "rain", 14, 66),
    "d369": (["officer", "witness", "civilian", "bystander"], "siren", 7, 70),
    "d370": (["officer", "civilian"], "music", 5, 40),
    "d371": (["officer", "dispatch", "civilian", "witness"], "wind", 0, 52),
    "d372": (["officer", "partner", "civilian", "witness"], "dog", 16, 62),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH45.items()}
#: The accents fresh45 reads its accented lines in: the six heard least recently (in two
#: recordings each), Cantonese by its Jyutping letter rules among them.
SIX_ACCENTS = {"yue-latn-jyutping", "pl", "ro", "sq", "nb", "fi"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh41", "fresh42", "fresh43", "fresh44")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    late, answering = voice_for(spec, "late_voice"), voice_for(spec, "replies")
    return {
        "five long silences": spec.long_silences >= 5,
        "talked over and silent": spec.overlaps >= 2 and spec.long_silences >= 2,
        "accented whispering": any(
            foreign(v) and "whisper" in espeak_variant(v) for v in spec.voices
        ),
        "radio muffled": any(v.radio and v.muffled for v in spec.voices),
        "answering muffled": answering is not None and answering.muffled,
        "late 15 dB under": late is not None and late.gain_db <= -15,
        "one reply": spec.short_line is not None and spec.short_line == spec.replies,
        "shouting muffled": any(v.shout and v.muffled for v in spec.voices),
        "flite muffled": any(v.engine == "flite" and not v.radio for v in muffled(spec)),
        "partner 5 dB under": any(
            v.label == "partner" and v.gain_db >= -5 for v in spec.voices[1:]
        ),
    }


def test_fresh45_half_is_eight_unseen_recordings_each_noise_once():
    # d365-d372 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh44; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh45, earlier = support.blind_half(
        "fresh45",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH45.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh45.values()}
    assert {0, 20} <= {s.snr_db for s in fresh45.values()}
    assert not support.voices_heard_before(fresh45, earlier)
    sounds = [support.sound(v) for s in fresh45.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 29
    assert sorted(len(s.voices) for s in fresh45.values()) == [2, 2, 4, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh45) == [True, False, True, False, False, True, True, False]
    assert support.espeak_variants(fresh45, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5", "Annie", "grandma", "steph3", "whisperf"),
    }
    # No accent is new: Cantonese (by its Jyutping letter rules), Polish, Romanian, Albanian,
    # Norwegian and Finnish read the accented lines (19), one accented voice in each of six
    # recordings. Since fresh44 every one of the 55 languages that read English before had been
    # heard in two recordings or more, and these six are the ones heard least recently, in two
    # recordings each (the last of them d242-d261); no word of those lines is a lone letter but
    # "I" and "a", and no two accented voices of a recording share a language.
    heard = support.accents_heard_again(fresh45, earlier, SIX_ACCENTS, 19)
    assert heard == [
        *("d137", "d151", "d179", "d190", "d214", "d237"),
        *("d242", "d255", "d256", "d257", "d260", "d261"),
    ]
    assert len(accents(earlier)) == 55
    assert support.least_recent_accents(earlier) == (SIX_ACCENTS, 2, {2})
    assert [len(support.accented(s)) for s in fresh45.values()] == [1, 1, 1, 1, 1, 0, 0, 1]
    assert not support.one_accent_pairs(fresh45.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh45,
        "ninety pounds",
        "twenty minutes",
        "row twelve, seat forty",
        "two hours",
        "five minutes",
        "two minutes",
        "twenty six degrees",
        "forty minutes",
        "ten minutes",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Shouting by three voices, one of them first heard late and one through a door; four
    # voices muffled in three recordings, two of them a phone and its owner behind one door;
    # two band-limited voices, control's one line and the phone on speaker.
    shouting = [(s.id, v.label) for s in fresh45.values() for v in s.voices if v.shout]
    assert shouting == [("d366", "bystander"), ("d369", "bystander"), ("d371", "civilian")]
    behind = [(s.id, v.label) for s in fresh45.values() for v in muffled(s)]
    assert behind == [
        ("d368", "civilian"),
        ("d368", "dispatch"),
        ("d371", "civilian"),
        ("d372", "civilian"),
    ]
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh45.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d368", "dispatch", "flite", "slt", 3),
        ("d371", "dispatch", "flite", "rms", 1),
    ]
    short = [
        (s.id, voice_for(s, "short_line").label)
        for s in fresh45.values()
        if s.short_line is not None
    ]
    assert short == [("d370", "civilian")]
    late = [
        (s.id, voice_for(s, "late_voice").label)
        for s in fresh45.values()
        if s.late_voice is not None
    ]
    assert late == [("d369", "bystander")]
    answering = [
        (s.id, voice_for(s, "replies").label) for s in fresh45.values() if s.replies is not None
    ]
    assert answering == [("d368", "civilian"), ("d370", "civilian")]
    # Who breaks each long silence (the late voice's own silence among them), the overlaps
    # asked for, and the turns' pauses and the silences' ranges, the set's own in all eight.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh45.values() if devset.turn_plan(s).silences
    }
    assert silences == {
        "d365": ["civilian", "officer", "civilian", "officer", "civilian"],
        "d366": ["witness", "bystander"],
        "d369": ["bystander"],
    }
    overlaps = {s.id: s.overlaps for s in fresh45.values() if s.overlaps}
    assert overlaps == {"d366": 2, "d367": 1, "d369": 1, "d371": 2, "d372": 1}
    assert {(s.gaps, s.silence) for s in fresh45.values()} == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh41 to fresh44 had none.
    done, last, _ = support.leaned_on(leans_on, fresh45, earlier, LAST_FOUR)
    assert done == {
        "five long silences": ["d365"],
        "talked over and silent": ["d366"],
        "accented whispering": ["d367"],
        "radio muffled": ["d368"],
        "answering muffled": ["d368"],
        "late 15 dB under": ["d369"],
        "one reply": ["d370"],
        "shouting muffled": ["d371"],
        "flite muffled": ["d372"],
        "partner 5 dB under": ["d372"],
    }
    # When each was last done, or where it was the only one.
    assert last == {
        "five long silences": "d191",
        "talked over and silent": "d144",
        "accented whispering": "d242",
        "radio muffled": "d75",
        "answering muffled": "d117",
        "late 15 dB under": "d232",
        "one reply": "d305",
        "shouting muffled": "d314",
        "flite muffled": "d174",
        "partner 5 dB under": "d283",
    }
    assert [s.id for s in earlier if leans_on(s)["accented whispering"]] == ["d242"]
    assert [s.id for s in earlier if leans_on(s)["radio muffled"]] == ["d75"]

    # A man on the outside of a footbridge's railing, street noise at 12 dB, 80 s: two voices,
    # the wearer and the man in the Finnish voice, five long silences; the two recordings with
    # five before were in wind noise.
    d365 = fresh45["d365"]
    assert (len(d365.voices), d365.long_silences, d365.overlaps) == (2, 5, 0)
    assert support.accented(d365) == ["fi+m5"]
    five = [(s.id, s.noise) for s in earlier if leans_on(s)["five long silences"]]
    assert five == [("d55", "wind"), ("d191", "wind")]
    assert max(s.long_silences for s in earlier if s.noise == "street") < 5

    # A cloned ticket at a football turnstile, crowd noise at 9 dB: five voices, the fan in the
    # Albanian voice, two long waits and then the friend, shouting, over the partner and the
    # steward over the friend; the two recordings with two of each before were in music and
    # wind noise.
    d366 = fresh45["d366"]
    assert support.accented(d366) == ["sq+m6"]
    assert lines_talked_over(d366) == [("bystander", "partner"), ("witness", "bystander")]
    both = [(s.id, s.noise) for s in earlier if leans_on(s)["talked over and silent"]]
    assert both == [("d97", "music"), ("d144", "wind")]

    # A night bus, car noise at 20 dB: a woman whispering in the Romanian voice, the driver on
    # flite rms, the wearer over the man at the back; the one accented voice whispering before
    # (d242) was in crowd noise.
    d367 = fresh45["d367"]
    assert support.accented(d367) == ["ro+whisperf"]
    assert espeak_variant(d367.voices[2]) in ALL_WOMEN
    assert d367.voices[1].voice == "rms"
    assert lines_talked_over(d367) == [("officer", "bystander")]
    whispered = [s for s in earlier if leans_on(s)["accented whispering"]]
    assert [(s.id, s.noise) for s in whispered] == [("d242", "crowd")]

    # A pensioner fallen behind her chained front door, rain noise at 14 dB: she answers in a
    # word or two through it, the call handler on her phone on speaker is heard through it
    # too, her neighbour in the Polish voice; the one radio through a door or window before
    # (d75) was in street noise, and no rain recording had one.
    d368 = fresh45["d368"]
    pensioner, handler = voice_for(d368, "replies"), d368.voices[2]
    assert (pensioner.muffled, espeak_variant(pensioner) in ALL_WOMEN) == (True, True)
    assert (handler.label, handler.voice, handler.radio, handler.muffled) == (
        "dispatch",
        "slt",
        True,
        True,
    )
    assert all(len(line.split()) <= 3 for line in pensioner.lines)
    assert support.accented(d368) == ["pl+m1"]
    assert [s.noise for s in earlier if leans_on(s)["radio muffled"]] == ["street"]
    through = [(s.id, s.noise) for s in earlier if leans_on(s)["answering muffled"]]
    assert through == [("d94", "rain"), ("d117", "wind")]

    # A car on its roof in a field, siren noise at 7 dB: the fire officer on flite kal16, the
    # driver's girlfriend first heard late, shouting from across the field 15 dB under in the
    # Norwegian voice, the wearer over the fire officer; those first heard late 15 dB under
    # before were in street and rain noise.
    d369 = fresh45["d369"]
    girlfriend = voice_for(d369, "late_voice")
    assert (girlfriend.voice, girlfriend.gain_db, girlfriend.shout) == ("nb+f4", -15, True)
    assert d369.voices[1].voice == "kal16"
    assert lines_talked_over(d369) == [("officer", "witness")]
    far = [(s.id, s.noise) for s in earlier if leans_on(s)["late 15 dB under"]]
    assert far == [("d147", "street"), ("d232", "rain")]

    # A man slumped in a nightclub's fire exit, music noise at 5 dB, 40 s: two voices, his one
    # reply and the wearer alone for every other line; no music recording had a short-line
    # speaker saying one reply.
    d370 = fresh45["d370"]
    plan = devset.turn_plan(d370)
    assert (d370.short_line, d370.replies, len(d370.voices)) == (1, 1, 2)
    assert plan.speakers[:2] == (0, 1) and set(plan.speakers[2:]) == {0}
    assert len(d370.voices[0].lines) == 7 and len(d370.voices[1].lines) == 1
    replied = [(s.id, s.noise) for s in earlier if leans_on(s)["one reply"]]
    assert "music" not in {noise for _, noise in replied} and replied[-1] == ("d305", "siren")

    # A caravan on a cliff top in a gale, wind noise at 0 dB: the man shouting through its door
    # over the warden, the warden over the wearer, control's one line on flite rms; the voices
    # shouting through a door or window before were in street, dog, music and car noise.
    d371 = fresh45["d371"]
    man = d371.voices[2]
    assert (man.label, man.shout, man.muffled) == ("civilian", True, True)
    assert lines_talked_over(d371) == [("civilian", "witness"), ("witness", "officer")]
    assert [(v.voice, len(v.lines)) for v in band_limited(d371)] == [("rms", 1)]
    shouted = [(s.id, s.noise) for s in earlier if leans_on(s)["shouting muffled"]]
    assert shouted == [("d81", "street"), ("d110", "dog"), ("d194", "music"), ("d314", "car")]

    # A dog in a hot car at a retail park, dog noise at 16 dB: the owner behind his closed
    # window on flite awb, the partner 5 dB under the wearer and over him, the shopper in the
    # Cantonese voice; the flite voices through a door or window before were in street, rain
    # and music noise.
    d372 = fresh45["d372"]
    assert [(v.label, v.gain_db) for v in d372.voices if v.gain_db >= -5] == [
        ("officer", 0),
        ("partner", -5),
    ]
    assert [(v.label, v.engine, v.voice) for v in muffled(d372)] == [("civilian", "flite", "awb")]
    assert lines_talked_over(d372) == [("partner", "officer")]
    assert support.accented(d372) == ["yue-latn-jyutping+f1"]
    glass = [(s.id, s.noise) for s in earlier if leans_on(s)["flite muffled"]]
    assert glass == [("d71", "street"), ("d134", "rain"), ("d174", "music")]


@builds.needs_voices
def test_fresh45_turnstile_builds_with_two_waits_then_two_lines_talked_over(tmp_path):
    """d366 built in full: 13 turns, each voice's lines in order (the STM is the script); the
    steward after a wait of 8.37 s and the friend after one of 9.89 s, then the friend over the
    partner (0.77 s) and the steward over the friend (1.13 s), two in a row; every other pause
    0.2-0.9 s; the wearer's last line ends at 70.02 s, when the steward, out of lines, is given
    the next."""
    labels = ["officer", "civilian", "witness", "partner", "bystander", "partner", "bystander"]
    labels += ["witness", "officer", "witness", "officer", "civilian", "officer"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d366", SPEAKERS["d366"], labels, ([2, 4], [6, 7]), 70.02
    )
    assert [round(p, 2) for p in pauses[1:4:2]] == [8.37, 9.89]
    assert builds.talked_over(pauses) == [(5, -0.77), (6, -1.13)]
    others = [p for i, p in enumerate(pauses) if i not in (1, 3, 5, 6)]
    assert len(pauses) == 12 and all(0.2 <= p <= 0.9 for p in others)
