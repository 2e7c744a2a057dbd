"""The fresh40 half (d325-d332), written blind in session 41 (45-75 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB, a police radio in three, three recordings of
five voices, people arguing with each other, quick turns, a whispering man, a voice 15 dB
under), checked against every earlier half; the man at an animal rescue centre who wants his dog
back (d328), 26 turns 0-0.1 s apart as the dogs bark, the kennel hand's one line and the wearer
over two of them, built in full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    ALL_WOMEN,
    accents,
    espeak_variant,
    lines_talked_over,
    lines_written_before,
    near_earlier_lines,
)

from bodycam.transcribe import devset
from bodycam.transcribe.formats import load_rttm

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH40 = {
    "d325": (["officer", "witness"], "crowd", 8, 75),
    "d326": (["officer", "bystander", "civilian", "witness", "partner"], "rain", 20, 73),
    "d327": (["officer", "bystander", "witness", "dispatch", "civilian"], "siren", 12, 68),
    "d328": (["officer", "civilian", "witness", "bystander"], "dog", 6, 45),
    "d329": (["officer", "civilian", "witness", "bystander"], "wind", 16, 60),
    "d330": (["officer", "civilian", "witness", "dispatch"], "car", 4, 74),
    "d331": (["officer", "civilian", "bystander", "witness", "partner"], "music", 10, 74),
    "d332": (["officer", "dispatch", "civilian", "witness"], "street", 0, 75),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH40.items()}
#: The accents fresh40 reads its accented lines in: espeak voices each heard in one recording.
FIVE_ACCENTS = {"af", "ms", "bs", "gd", "pap"}


def over_the_wearer(spec) -> list[str]:
    """Who says each line the plan puts over one of the wearer's, in order."""
    plan = devset.turn_plan(spec)
    return [
        spec.voices[plan.speakers[line]].label
        for line in sorted(plan.overlaps)
        if plan.speakers[line - 1] == 0
    ]


def alone_for_a_minute(spec):
    """The voice that holds the floor in a recording of two where one is heard once
    (``short_line``), or of one; else None."""
    if len(spec.voices) == 1:
        return spec.voices[0]
    if len(spec.voices) == 2 and spec.short_line is not None:
        return spec.voices[1 - spec.short_line]
    return None


def whispering(voice) -> bool:
    """An espeak voice on one of espeak's whispering variants."""
    return voice.engine == "espeak" and espeak_variant(voice) in ("whisper", "whisperf")


def test_fresh40_half_is_eight_unseen_recordings_each_noise_once():
    # d325-d332 in order, 45-75 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh39; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh40, earlier = support.blind_half(
        "fresh40",
        SPEAKERS,
        45,
        75,
        [(noise, snr, length) for _, noise, snr, length in FRESH40.values()],
    )
    assert {45, 75} <= {s.duration for s in fresh40.values()}
    assert {0, 20} <= {s.snr_db for s in fresh40.values()}
    assert not support.voices_heard_before(fresh40, earlier)
    sounds = [support.sound(v) for s in fresh40.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 33
    # Three recordings of five voices (fresh39 had two).
    assert sorted(len(s.voices) for s in fresh40.values()) == [2, 4, 4, 4, 4, 5, 5, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set (espeak's
    # whispering man among them).
    assert support.women_wearers(fresh40) == [False, False, True, True, False, True, False, True]
    assert support.espeak_variants(fresh40, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
        "whisper",
    }
    # No accent is new: Afrikaans, Malay, Bosnian, Scottish Gaelic and Papiamento read the
    # accented lines (27), each heard in one recording before, of the 55 languages that read
    # English before; no word of those lines is a lone letter but "I" and "a". No two accented
    # voices share a language.
    heard = support.accents_heard_again(fresh40, earlier, FIVE_ACCENTS, 27)
    assert heard == ["d142", "d221", "d222", "d223", "d229"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh40.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh40,
        "three hundred pounds",
        "half past two",
        "peg twelve",
        "half past five",
        "two hundred and eleven",
        "forty one guests",
        "three weeks",
        "a million litres",
        "fifty two",
        "eleven years",
        "forty pounds",
        "forty minutes",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Shouting in three recordings (no wearer), a whispering man in one; nobody behind glass.
    shouting = [(s.id, v.label) for s in fresh40.values() for v in s.voices if v.shout]
    assert shouting == [
        ("d326", "civilian"),
        ("d327", "bystander"),
        ("d327", "civilian"),
        ("d331", "witness"),
    ]
    whispers = [(s.id, v.voice) for s in fresh40.values() for v in s.voices if whispering(v)]
    assert whispers == [("d329", "en-gb-scotland+whisper")]
    assert not any(v.muffled for s in fresh40.values() for v in s.voices)
    # A police radio (band-limited) in three recordings: control an espeak man in siren noise,
    # a woman in car noise and flite kal16 in the street.
    radios = [
        (s.id, v.label, v.engine, espeak_variant(v) in ALL_WOMEN, s.noise, len(v.lines))
        for s in fresh40.values()
        for v in s.voices
        if v.radio
    ]
    assert radios == [
        ("d327", "dispatch", "espeak", False, "siren", 2),
        ("d330", "dispatch", "espeak", True, "car", 3),
        ("d332", "dispatch", "flite", False, "street", 3),
    ]
    # A voice heard once, in a short line, in three recordings (a wearer's in one), and a long
    # silence in three.
    short = [
        (s.id, s.voices[s.short_line].label) for s in fresh40.values() if s.short_line is not None
    ]
    assert short == [("d325", "officer"), ("d328", "bystander"), ("d330", "witness")]
    silences = {s.id: support.drawn(s, "silences") for s in fresh40.values() if s.long_silences}
    assert silences == {"d327": ["officer"], "d330": ["officer"], "d332": ["officer"]}

    # A bookmaker paid in forged notes, crowd noise at 8 dB: the Scottish Gaelic voice alone
    # for a minute after the wearer's one line (eight lines after it); the one voice alone for
    # a minute in crowd noise was a wearer's (d297), and the accented voices that held the
    # floor anywhere were men's (d158, d250).
    d325 = fresh40["d325"]
    assert (len(d325.voices), d325.short_line, d325.replies) == (2, 0, None)
    assert devset.turn_plan(d325).speakers[:10] == (1, 0) + (1,) * 8
    assert (support.accented(d325), len(d325.voices[1].lines)) == (["gd+f3"], 9)
    alone = {s.id: (s.noise, alone_for_a_minute(s)) for s in earlier if alone_for_a_minute(s)}
    crowd = {i: voice.label for i, (noise, voice) in alone.items() if noise == "crowd"}
    assert crowd == {"d297": "officer"}
    held = {i: espeak_variant(v) for i, (_, v) in alone.items() if support.foreign(v)}
    assert held == {"d158": "m6", "d250": "m3"}

    # Two anglers fighting over a peg in the rain at 20 dB: five voices, the shouting angler
    # over the partner's one line, the wearer over him, the Bosnian voice; no rain recording
    # was over 18 dB (d86), and two had five voices (d91, d296).
    d326 = fresh40["d326"]
    assert support.accented(d326) == ["bs+m2"]
    assert lines_talked_over(d326) == [("civilian", "partner"), ("officer", "civilian")]
    assert len(d326.voices[4].lines) == 1
    assert max((s.snr_db, s.id) for s in earlier if s.noise == "rain") == (18, "d86")
    assert [s.id for s in earlier if s.noise == "rain" and len(s.voices) == 5] == ["d91", "d296"]

    # A hotel's fire alarm at night: five voices, the porter on flite kal16 over the shouting
    # guest, a long wait, control over the wearer, and the wife's one shouted line from a
    # window 15 dB under the wearer; no siren recording had a voice over 14 dB under (d70).
    d327 = fresh40["d327"]
    wife = d327.voices[1]
    assert (wife.gain_db, wife.shout, len(wife.lines)) == (-15, True, 1)
    assert lines_talked_over(d327) == [("witness", "civilian"), ("dispatch", "officer")]
    assert d327.voices[2].voice == "kal16"
    assert min((v.gain_db, s.id) for s in earlier if s.noise == "siren" for v in s.voices) == (
        -14,
        "d70",
    )

    # A dog signed over to a rescue centre, dog noise at 6 dB: turns 0-0.1 s apart, the
    # Afrikaans voice, the kennel hand's one line on flite awb, the wearer over two lines; the
    # tightest turns in dog noise were 0-0.2 s (d236).
    d328 = fresh40["d328"]
    assert (d328.gaps, support.accented(d328)) == ((0.0, 0.1), ["af+m6"])
    assert (d328.voices[d328.short_line].voice, d328.short_line) == ("awb", 3)
    assert lines_talked_over(d328) == [("officer", "bystander"), ("officer", "civilian")]
    assert sum(len(v.lines) for v in d328.voices) == 26
    tight = [(s.id, s.gaps) for s in earlier if s.noise == "dog" and s.gaps[1] < 0.9]
    assert tight == [("d236", (0.0, 0.2))]

    # A protester glued to a links green in the wind: the captain over the whispering marshal,
    # the marshal over the wearer; the one whispering voice in wind noise was a woman's (d262),
    # and the whispering voices that talked over a wearer were women's (d255, d262).
    d329 = fresh40["d329"]
    assert lines_talked_over(d329) == [("witness", "bystander"), ("bystander", "officer")]
    assert d329.voices[1].voice == "slt"
    wind = [(s.id, espeak_variant(v)) for s in earlier if s.noise == "wind" for v in s.voices]
    assert [(i, variant) for i, variant in wind if "whisper" in variant] == [("d262", "whisperf")]
    whispered_over = [
        (s.id, espeak_variant(v))
        for s in earlier
        for v in s.voices
        if whispering(v) and v.label in over_the_wearer(s)
    ]
    assert whispered_over == [("d255", "whisperf"), ("d262", "whisperf")]

    # A wedding cake's van stopped for speeding, car noise at 4 dB: the wearer in the Malay
    # voice, the assistant's one line, a long wait, a woman controller over the wearer; no car
    # recording had an accented wearer.
    d330 = fresh40["d330"]
    assert support.accented(d330) == ["ms+f2"] and d330.voices[0].wearer
    assert over_the_wearer(d330) == ["dispatch"]
    wearers = {s.id: s.noise for s in earlier if support.foreign(s.voices[0])}
    assert wearers == {
        "d142": "music",
        "d218": "music",
        "d293": "street",
        "d308": "wind",
        "d313": "siren",
    }

    # Stolen skates at a roller disco over its music: five voices, the mother over the partner,
    # the girl (pitch 88) over the wearer, the father in the Papiamento voice shouting over
    # her; no espeak voice in music noise was pitched over 80 (d218).
    d331 = fresh40["d331"]
    assert support.accented(d331) == ["pap+m7"] and d331.voices[3].shout
    assert lines_talked_over(d331) == [
        ("civilian", "partner"),
        ("bystander", "officer"),
        ("witness", "bystander"),
    ]
    assert d331.voices[2].pitch == 88
    music = max((v.pitch, s.id) for s in earlier if s.noise == "music" for v in s.voices)
    assert music == (80, "d218")

    # A removal lorry across a terraced street at 0 dB: a long wait while the piano goes in,
    # control on flite kal16 over the nurse, the foreman's one line; no street recording under
    # 2 dB had a long silence (d12 and d184 had, at 2 dB).
    d332 = fresh40["d332"]
    assert lines_talked_over(d332) == [("dispatch", "civilian")]
    assert len(d332.voices[3].lines) == 1
    quiet = [
        (s.id, s.snr_db)
        for s in earlier
        if s.noise == "street" and s.snr_db <= 2 and (s.long_silences or s.late_voice is not None)
    ]
    assert quiet == [("d12", 2), ("d184", 2)]


@builds.needs_voices
def test_fresh40_rescue_centre_builds_in_quick_short_turns(tmp_path):
    """d328 built in full: 26 turns, each voice's lines in order (the STM is the script), every
    pause 0-0.1 s but the two the wearer talks over, the kennel hand's (0.80 s) and the man's
    (0.88 s); the kennel hand's one line (1.61 s) comes fourth; no turn is over 3.1 s; the
    wearer's last line ends at 42.53 s, when the man, out of lines, is given the next."""
    labels = ["officer", "civilian", "witness", "bystander", "officer", "civilian", "witness"]
    labels += ["civilian", "officer", "witness", "officer", "civilian", "officer", "witness"]
    labels += ["civilian", "officer", "civilian", "officer", "civilian", "witness", "civilian"]
    labels += ["officer", "witness", "officer", "witness", "officer"]
    built, pauses = builds.built_as_planned(
        tmp_path, "d328", SPEAKERS["d328"], labels, ([], [4, 8]), 42.53
    )
    assert builds.talked_over(pauses) == [(3, -0.8), (7, -0.88)]
    others = [p for i, p in enumerate(pauses) if i not in (3, 7)]
    assert len(pauses) == 25 and all(0 <= p <= 0.1 for p in others)
    turns = sorted((s, label) for s, _, label in load_rttm(built.rttm_path).itertracks(True))
    kennel = [
        (round(s.start, 2), round(s.duration, 2)) for s, label in turns if label == "bystander"
    ]
    assert kennel == [(6.39, 1.61)]
    assert max(s.duration for s, _ in turns) < 3.1
