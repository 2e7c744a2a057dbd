"""The fresh48 half (d389-d396), written blind in session 49 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, the voice
first heard late answering in words, three voices shouting, the partner answering in words, a
one line over the line before, an accented voice behind a door, women only, three flite voices,
a whispering wearer, two voices of one accent, a whisper on the radio), checked against every
earlier half; the boy stung by a wasp driven to hospital (d391), where the partner answers in a
word or two at the wheel and the boy's one line cuts over control, built in full.
devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    accents,
    band_limited,
    espeak_variant,
    foreign,
    lines_talked_over,
    lines_written_before,
    near_earlier_lines,
    pointed_at,
    voice_for,
    whispering,
)

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH48 = {
    "d389": (["officer", "witness", "bystander", "civilian"], "street", 9, 72),
    "d390": (["officer", "civilian", "bystander", "witness"], "wind", 4, 64),
    "d391": (["officer", "partner", "witness", "civilian", "dispatch"], "car", 17, 56),
    "d392": (["officer", "civilian", "witness"], "rain", 20, 40),
    "d393": (["officer", "bystander", "witness", "partner"], "siren", 0, 70),
    "d394": (["officer", "bystander", "civilian", "witness", "partner"], "crowd", 11, 80),
    "d395": (["officer", "bystander", "civilian", "witness"], "music", 14, 62),
    "d396": (["officer", "partner", "civilian", "witness"], "dog", 7, 76),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH48.items()}
#: The accents fresh48 reads its accented lines in: the six heard least recently.
SIX_ACCENTS = {"lt", "et", "lv", "cs", "sv", "id"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh44", "fresh45", "fresh46", "fresh47")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    answering = voice_for(spec, "replies")
    return {
        "late answering": support.late_and_answering(spec),
        "three shouting": sum(v.shout for v in spec.voices) >= 3,
        "partner answering": answering is not None and answering.label == "partner",
        "one line over another": spec.short_line is not None
        and support.talks_over(spec, "short_line"),
        "accented behind a door": any(foreign(v) and v.muffled for v in spec.voices),
        "women only": support.women_only(spec),
        "three flite": sum(v.engine == "flite" for v in spec.voices) >= 3,
        "whispering wearer": spec.voices[0] in whispering(spec),
        "one accent twice": support.one_accent(spec),
        "radio whispering": any(v.radio for v in whispering(spec)),
    }


def test_fresh48_half_is_eight_unseen_recordings_each_noise_once():
    # d389-d396 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh47; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh48, earlier = support.blind_half(
        "fresh48",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH48.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh48.values()}
    assert {0, 20} <= {s.snr_db for s in fresh48.values()}
    assert not support.voices_heard_before(fresh48, earlier)
    sounds = [support.sound(v) for s in fresh48.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 33
    assert sorted(len(s.voices) for s in fresh48.values()) == [3, 4, 4, 4, 4, 4, 5, 5]
    # Women wear the camera in four of the eight (one of them whispering); no espeak variant
    # new to the set.
    assert support.women_wearers(fresh48) == [False, True, False, True, True, False, True, False]
    assert support.espeak_variants(fresh48, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5", "whisperf"),
    }
    # No accent is new: Lithuanian, Estonian, Latvian, Czech, Swedish and Indonesian read the
    # accented lines (25), one accented voice in each of five recordings and a Czech man and
    # woman in a sixth. Every one of the 55 languages that read English before had been heard
    # in two recordings or more, and these six are the ones heard least recently, in two
    # recordings each (the last of them d296-d312); no word of those lines is a lone letter but
    # "I" and "a", and no two accented voices of a recording share a language and a sex.
    heard = support.accents_heard_again(fresh48, earlier, SIX_ACCENTS, 25)
    assert heard == [
        *("d164", "d186", "d194", "d197", "d214", "d215"),
        *("d296", "d299", "d301", "d302", "d308", "d312"),
    ]
    assert len(accents(earlier)) == 55
    assert support.least_recent_accents(earlier) == (SIX_ACCENTS, 2, {2})
    assert [len(support.accented(s)) for s in fresh48.values()] == [1, 1, 1, 1, 1, 0, 2, 0]
    assert not support.one_accent_pairs(fresh48.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh48,
        "two rolls",
        "she is fourteen",
        "eight minutes",
        "boy of nine",
        "ten minutes ago",
        "ten o'clock",
        "sixty two",
        "forty pounds",
        "four phones",
        "two lenses",
        "thirty dogs",
        "six crates",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Three voices shouting, all in the harbour; two whispering, the wearer in the cathedral
    # and the partner on the radio at the farm; one behind a door, the guard in his cabin; two
    # band-limited voices, control in the patrol car and the partner whispering.
    shouting = [(s.id, v.label) for s in fresh48.values() for v in s.voices if v.shout]
    assert shouting == [("d390", "civilian"), ("d390", "bystander"), ("d390", "witness")]
    whispers = [(s.id, v.label) for s in fresh48.values() for v in whispering(s)]
    assert whispers == [("d395", "officer"), ("d396", "partner")]
    muffled = [(s.id, v.label) for s in fresh48.values() for v in s.voices if v.muffled]
    assert muffled == [("d392", "witness")]
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh48.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d391", "dispatch", "espeak", "en-gb-x-gbclan+f1", 2),
        ("d396", "partner", "espeak", "en-us-nyc+whisperf", 3),
    ]
    assert pointed_at(fresh48, "short_line") == [("d391", "civilian")]
    assert pointed_at(fresh48, "late_voice") == [("d389", "civilian")]
    assert pointed_at(fresh48, "replies") == [("d389", "civilian"), ("d391", "partner")]
    # Who breaks each long silence (the late voice's own), the overlaps asked for, and the
    # turns' pauses and the silences' ranges, the set's own in all eight.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh48.values() if devset.turn_plan(s).silences
    }
    assert silences == {"d389": ["civilian"]}
    overlaps = {s.id: s.overlaps for s in fresh48.values() if s.overlaps}
    assert overlaps == {
        **{"d389": 2, "d390": 3, "d391": 4, "d392": 2},
        **{"d393": 3, "d394": 2, "d395": 3, "d396": 2},
    }
    assert {(s.gaps, s.silence) for s in fresh48.values()} == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh44 to fresh47 had none
    # (worked out once per recording: one of them draws its turn plan).
    done, last, leaned = support.leaned_on(leans_on, fresh48, earlier, LAST_FOUR)
    assert done == {
        "late answering": ["d389"],
        "three shouting": ["d390"],
        "partner answering": ["d391"],
        "one line over another": ["d391"],
        "accented behind a door": ["d392"],
        "women only": ["d393"],
        "three flite": ["d394"],
        "whispering wearer": ["d395"],
        "one accent twice": ["d395"],
        "radio whispering": ["d396"],
    }
    # When each was last done (the partner had never answered in words).
    assert last == {
        "late answering": "d355",
        "three shouting": "d349",
        "partner answering": None,
        "one line over another": "d356",
        "accented behind a door": "d353",
        "women only": "d344",
        "three flite": "d351",
        "whispering wearer": "d350",
        "one accent twice": "d354",
        "radio whispering": "d213",
    }

    # A skimmer on a post office's cash machine, street noise at 9 dB: the postmaster in the
    # Lithuanian voice over the pensioner, the wearer over him, and the man who fitted it back
    # after a long silence, answering in a word or three; the late voices answering in words
    # before were in dog, wind and music noise.
    d389 = fresh48["d389"]
    fitter = voice_for(d389, "late_voice")
    assert fitter is voice_for(d389, "replies")
    assert all(len(line.split()) <= 3 for line in fitter.lines)
    assert support.accented(d389) == ["lt+m6"]
    assert lines_talked_over(d389) == [("bystander", "witness"), ("officer", "bystander")]
    late = [(s.id, s.noise) for s in earlier if leaned[s.id]["late answering"]]
    assert late == [("d103", "dog"), ("d177", "wind"), ("d224", "wind"), ("d355", "music")]

    # A girl's dinghy over beyond a harbour wall, wind noise at 4 dB: her father in the
    # Estonian voice, the bosun and a dog walker all shouting, she over him and he and the
    # bosun over the wearer; the recordings with three voices shouting before were in crowd
    # and street noise.
    d390 = fresh48["d390"]
    assert not d390.voices[0].shout and all(v.shout for v in d390.voices[1:])
    assert support.accented(d390) == ["et+m2"]
    assert lines_talked_over(d390) == [
        ("witness", "civilian"),
        ("civilian", "officer"),
        ("bystander", "officer"),
    ]
    shouted = [(s.id, s.noise) for s in earlier if leaned[s.id]["three shouting"]]
    assert shouted == [("d139", "crowd"), ("d349", "street")]

    # A boy stung by a wasp driven to hospital, car noise at 17 dB: the partner at the wheel
    # answering in a word or three, control on the radio over the partner, the boy's one line
    # over control, the partner over control and his mother in the Indonesian voice over the
    # wearer; the one lines over the line before were in street, crowd, rain and dog noise.
    d391 = fresh48["d391"]
    driver = voice_for(d391, "replies")
    assert (driver.label, driver.gain_db) == ("partner", -6)
    assert all(len(line.split()) <= 3 for line in driver.lines)
    assert support.accented(d391) == ["id+f4"]
    assert lines_talked_over(d391) == [
        ("dispatch", "partner"),
        ("civilian", "dispatch"),
        ("partner", "dispatch"),
        ("witness", "officer"),
    ]
    over = {s.noise for s in earlier if leaned[s.id]["one line over another"]}
    assert over == {"street", "crowd", "rain", "dog"}

    # Copper taken from a building site, rain noise at 20 dB, 40 s: the guard in the Latvian
    # voice talks through his cabin's door, the manager and the wearer each over him; the
    # accented voices behind a door or a window before were in car, music and siren noise.
    d392 = fresh48["d392"]
    guard = d392.voices[2]
    assert (guard.voice, guard.muffled, len(guard.lines)) == ("lv+m7", True, 3)
    assert lines_talked_over(d392) == [("civilian", "witness"), ("officer", "witness")]
    doors = [(s.id, s.noise) for s in earlier if leaned[s.id]["accented behind a door"]]
    assert doors == [("d171", "car"), ("d194", "music"), ("d353", "siren")]

    # A chlorine leak at a pool as the engines come, siren noise at 0 dB: only women, the duty
    # manager in the Swedish voice over the partner and over the wearer, the wearer over the
    # partner; the recordings of women only before were in every noise but siren, crowd and
    # dog.
    d393 = fresh48["d393"]
    assert support.accented(d393) == ["sv+f1"]
    assert lines_talked_over(d393) == [
        ("bystander", "partner"),
        ("officer", "partner"),
        ("bystander", "officer"),
    ]
    women = {s.noise for s in earlier if leaned[s.id]["women only"]}
    assert women == {"street", "wind", "music", "car", "rain"}

    # A pickpocket at a Christmas lights switch-on, crowd noise at 11 dB, 80 s: the wearer,
    # the woman whose purse he took and the elf who held him on three flite voices, she over
    # the pickpocket and he over the wearer; the recordings with three flite voices before were
    # in street, wind and car noise.
    d394 = fresh48["d394"]
    flite = [(v.label, v.voice) for v in d394.voices if v.engine == "flite"]
    assert flite == [("officer", "awb"), ("bystander", "kal16"), ("witness", "slt")]
    assert lines_talked_over(d394) == [("witness", "civilian"), ("civilian", "officer")]
    three = {s.noise for s in earlier if leaned[s.id]["three flite"]}
    assert three == {"street", "wind", "car"}

    # A camera bag taken at an organ recital, music noise at 14 dB: the wearer whispering
    # every line, the Czech husband and wife (one accent, a man and a woman) and the verger,
    # the wearer and the wife over each other; the whispering wearers before were in street
    # and wind noise, and every noise but music had two voices of one accent.
    d395 = fresh48["d395"]
    assert espeak_variant(d395.voices[0]) == "whisperf"
    assert support.accented(d395) == ["cs+m1", "cs+f3"]
    assert lines_talked_over(d395) == [
        ("officer", "witness"),
        ("witness", "officer"),
        ("officer", "witness"),
    ]
    wearers = [(s.id, s.noise) for s in earlier if leaned[s.id]["whispering wearer"]]
    assert wearers == [("d79", "street"), ("d350", "wind")]
    one = {s.noise for s in earlier if leaned[s.id]["one accent twice"]}
    assert "music" not in one and len(one) == 7

    # A puppy farm under a warrant as the dogs bark, dog noise at 7 dB: the partner whispering
    # on the radio from beside the barn, the inspector on flite rms over her, the wearer over
    # the farmer; the one whisper on the radio before (a phone on speaker) was in car noise.
    d396 = fresh48["d396"]
    assert (
        [v.label for v in band_limited(d396)] == ["partner"] == [v.label for v in whispering(d396)]
    )
    assert (d396.voices[3].engine, d396.voices[3].voice) == ("flite", "rms")
    assert lines_talked_over(d396) == [("witness", "partner"), ("officer", "civilian")]
    radio = [(s.id, s.noise) for s in earlier if leaned[s.id]["radio whispering"]]
    assert radio == [("d213", "car")]


@builds.needs_voices
def test_fresh48_wasp_sting_builds_with_the_partner_answering_and_the_boy_over_control(tmp_path):
    """d391 built in full: 15 turns, each voice's lines in order (the STM is the script);
    control over the partner's first answer (0.53 s), the boy's one line over control (1.19 s),
    the partner over control (1.30 s) and the mother over the wearer (0.77 s); the partner's
    answers 0.81-1.98 s; every other pause 0.2-0.9 s; the wearer's last line ends at 53.97 s,
    when the mother, out of lines, is given the next."""
    labels = [
        *("officer", "partner", "dispatch", "civilian", "witness", "dispatch"),
        *("partner", "officer", "witness", "officer", "witness", "partner"),
        *("officer", "witness", "officer"),
    ]
    built, pauses = builds.built_as_planned(
        tmp_path, "d391", SPEAKERS["d391"], labels, ([], [2, 3, 6, 8]), 53.97
    )
    assert builds.talked_over(pauses) == [(1, -0.53), (2, -1.19), (5, -1.3), (7, -0.77)]
    others = [p for i, p in enumerate(pauses) if i not in (1, 2, 5, 7)]
    assert len(pauses) == 14 and all(0.2 <= p <= 0.9 for p in others)
    answers = [
        round(float(end) - float(start), 2)
        for _, _, label, start, end, _ in builds.stm_rows(built)
        if label == "partner"
    ]
    assert answers == [1.05, 0.81, 1.98]
