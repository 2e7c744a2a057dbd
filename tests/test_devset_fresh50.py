"""The fresh50 half (d405-d412), written blind in session 51 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, an
accented voice whispering, a flite voice behind a window, the voice first heard late 15 dB
under, six lines talked over, a civilian 5 dB under the wearer, two voices behind a door, the
voice first heard late shouting, three accented voices, a radio answering in words, four long
silences), checked against every earlier half; the queue jumped at a taxi rank in the rain
(d408), where six lines are talked over, built in full. devset_support.py holds the checks every
half shares."""

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
    muffled,
    near_earlier_lines,
    pointed_at,
    voice_for,
    whispering,
)

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH50 = {
    "d405": (["officer", "witness", "civilian"], "street", 12, 58),
    "d406": (["officer", "partner", "witness", "civilian"], "wind", 0, 66),
    "d407": (["officer", "civilian", "partner", "witness"], "car", 17, 72),
    "d408": (["officer", "bystander", "witness", "civilian"], "rain", 8, 64),
    "d409": (["officer", "civilian", "witness", "dispatch"], "siren", 5, 40),
    "d410": (["officer", "civilian", "bystander", "witness"], "crowd", 11, 76),
    "d411": (["officer", "civilian", "witness", "bystander"], "music", 20, 62),
    "d412": (["officer", "dispatch", "witness"], "dog", 14, 80),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH50.items()}
#: The accents fresh50 reads its accented lines in: the six heard least recently.
SIX_ACCENTS = {"af", "ms", "bs", "az", "pap", "gn"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh46", "fresh47", "fresh48", "fresh49")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    late, answering = voice_for(spec, "late_voice"), voice_for(spec, "replies")
    return {
        "accented whispering": any(
            foreign(v) and "whisper" in espeak_variant(v) for v in spec.voices
        ),
        "flite muffled": any(v.engine == "flite" and not v.radio for v in muffled(spec)),
        "late 15 dB under": late is not None and late.gain_db <= -15,
        "six talked over": spec.overlaps >= 6,
        "civilian 5 dB under": any(
            v.gain_db >= -5 and v.label not in devset.POLICE_LABELS for v in spec.voices[1:]
        ),
        "two muffled": len(muffled(spec)) >= 2,
        "late shouting": late is not None and late.shout,
        "three accented": len(support.accented(spec)) >= 3,
        "radio answering": answering is not None and answering.radio,
        "four long silences": spec.long_silences >= 4,
    }


def test_fresh50_half_is_eight_unseen_recordings_each_noise_once():
    # d405-d412 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh49; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh50, earlier = support.blind_half(
        "fresh50",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH50.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh50.values()}
    assert {0, 20} <= {s.snr_db for s in fresh50.values()}
    assert not support.voices_heard_before(fresh50, earlier)
    sounds = [support.sound(v) for s in fresh50.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 30
    assert sorted(len(s.voices) for s in fresh50.values()) == [3, 3, 4, 4, 4, 4, 4, 4]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh50) == [False, True, False, True, False, True, False, True]
    assert support.espeak_variants(fresh50, earlier, set()) == {
        *("m2", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5", "whisperf"),
    }
    # No accent is new: Afrikaans, Malay, Bosnian, Azerbaijani, Papiamento and Guarani read the
    # accented lines (17), three accented voices in one recording and one in each of three more.
    # Every one of the 55 languages that read English before had been heard in two recordings
    # or more, and these six are the ones heard least recently, in two recordings each (the
    # last of them d326-d338); no word of those lines is a lone letter but "I" and "a", and no
    # two accented voices of a recording share a language and a sex.
    heard = support.accents_heard_again(fresh50, earlier, SIX_ACCENTS, 17)
    assert heard == [
        *("d142", "d221", "d222", "d225", "d229", "d232"),
        *("d326", "d328", "d330", "d331", "d334", "d338"),
    ]
    assert len(accents(earlier)) == 55
    assert support.least_recent_accents(earlier) == (SIX_ACCENTS, 2, {2})
    assert [len(support.accented(s)) for s in fresh50.values()] == [1, 0, 1, 1, 0, 0, 3, 0]
    assert not support.one_accent_pairs(fresh50.values())
    # Every speaker has scene lines; numbers only in words.
    said = support.said_in_words(
        fresh50,
        "since four",
        "five buses",
        "six bollards",
        "rang us at six",
        "forty minutes",
        "one minute",
        "twenty bags",
        "three patients",
        "two more",
        "three bottles",
        "two men to lift one",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # One voice shouting, the store detective; one whispering, the nail technician; three behind
    # a door or window, the gritter's driver and the two in the stockroom; two band-limited
    # voices, control at the crossing and at the reservoir.
    shouting = [(s.id, v.label) for s in fresh50.values() for v in s.voices if v.shout]
    assert shouting == [("d410", "witness")]
    whispers = [(s.id, v.label) for s in fresh50.values() for v in whispering(s)]
    assert whispers == [("d405", "witness")]
    behind = [(s.id, v.label) for s in fresh50.values() for v in muffled(s)]
    assert behind == [("d406", "civilian"), ("d410", "civilian"), ("d410", "bystander")]
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh50.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d409", "dispatch", "espeak", "en-us+f3", 2),
        ("d412", "dispatch", "espeak", "en-gb-x-gbclan+m5", 3),
    ]
    assert pointed_at(fresh50, "short_line") == []
    assert pointed_at(fresh50, "late_voice") == [("d407", "witness"), ("d410", "witness")]
    assert pointed_at(fresh50, "replies") == [("d412", "dispatch")]
    # Who breaks each long silence, the overlaps asked for, and the turns' pauses and the
    # silences' ranges: the set's own in every recording.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh50.values() if devset.turn_plan(s).silences
    }
    assert silences == {
        "d407": ["witness"],
        "d410": ["witness"],
        "d412": ["witness", "dispatch", "witness", "witness"],
    }
    overlaps = {s.id: s.overlaps for s in fresh50.values() if s.overlaps}
    assert overlaps == {
        **{"d405": 2, "d406": 2, "d407": 1, "d408": 6},
        **{"d409": 2, "d410": 2, "d411": 3},
    }
    assert {(s.gaps, s.silence) for s in fresh50.values()} == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh46 to fresh49 had none.
    done, last, leaned = support.leaned_on(leans_on, fresh50, earlier, LAST_FOUR)
    assert done == {
        "accented whispering": ["d405"],
        "flite muffled": ["d406"],
        "late 15 dB under": ["d407"],
        "six talked over": ["d408"],
        "civilian 5 dB under": ["d409"],
        "two muffled": ["d410"],
        "late shouting": ["d410"],
        "three accented": ["d411"],
        "radio answering": ["d412"],
        "four long silences": ["d412"],
    }
    # When each was last done.
    assert last == {
        "accented whispering": "d367",
        "flite muffled": "d372",
        "late 15 dB under": "d369",
        "six talked over": "d363",
        "civilian 5 dB under": "d362",
        "two muffled": "d368",
        "late shouting": "d369",
        "three accented": "d358",
        "radio answering": "d361",
        "four long silences": "d365",
    }

    # A man watching a nail bar from the bus stop opposite, street noise at 12 dB: the
    # technician whispering in the Malay voice over the wearer, and he back over her; the
    # accented voices whispering before were in crowd and car noise.
    d405 = fresh50["d405"]
    technician = d405.voices[1]
    assert (technician.voice, len(technician.lines)) == ("ms+whisperf", 3)
    assert lines_talked_over(d405) == [("witness", "officer"), ("officer", "witness")]
    accented = [(s.id, s.noise) for s in earlier if leaned[s.id]["accented whispering"]]
    assert accented == [("d242", "crowd"), ("d367", "car")]

    # A gritter on a seafront promenade in a gale, wind noise at 0 dB: its driver on flite rms
    # behind his shut cab window, the partner over the woman who jumped clear and the driver
    # over the partner; the flite voices behind a door or window before were in street, rain,
    # music and dog noise.
    d406 = fresh50["d406"]
    assert [(v.label, v.engine, v.voice) for v in muffled(d406)] == [("civilian", "flite", "rms")]
    assert lines_talked_over(d406) == [("partner", "witness"), ("civilian", "partner")]
    behind_before = [(s.id, s.noise) for s in earlier if leaned[s.id]["flite muffled"]]
    assert behind_before == [
        *(("d71", "street"), ("d134", "rain")),
        *(("d174", "music"), ("d372", "dog")),
    ]

    # A car on a flat tyre on a ring road at night, car noise at 17 dB: the driver in the
    # Guarani voice, the partner over her, and after a long silence her husband in the back,
    # first heard faint, 15 dB under; the late voices 15 dB under before were in street, rain
    # and siren noise.
    d407 = fresh50["d407"]
    husband = voice_for(d407, "late_voice")
    assert (husband.gain_db, len(husband.lines)) == (-15, 2)
    assert support.accented(d407) == ["gn+f2"]
    assert lines_talked_over(d407) == [("partner", "civilian")]
    faint = [(s.id, s.noise) for s in earlier if leaned[s.id]["late 15 dB under"]]
    assert faint == [("d147", "street"), ("d232", "rain"), ("d369", "siren")]

    # A queue jumped at a taxi rank in the rain, rain noise at 8 dB: six lines talked over
    # (built in full below), the man in the Bosnian voice and the cab's driver on flite awb;
    # the recordings with six or more talked over before were in car, crowd, music, street and
    # wind noise.
    d408 = fresh50["d408"]
    assert support.accented(d408) == ["bs+m6"]
    assert (d408.voices[1].engine, d408.voices[1].voice) == ("flite", "awb")
    six = {s.noise for s in earlier if leaned[s.id]["six talked over"]}
    assert six == {"car", "crowd", "music", "street", "wind"}

    # Prescriptions snatched as fire engines pass, siren noise at 5 dB, 40 s: the pharmacist at
    # the wearer's elbow 5 dB under him and over him, control on the radio over her, the rider
    # on flite kal16; the civilians 5 dB under before were in every noise but siren.
    d409 = fresh50["d409"]
    assert [(v.label, v.gain_db) for v in d409.voices[1:]] == [
        ("civilian", -5),
        ("witness", -8),
        ("dispatch", -10),
    ]
    assert (d409.voices[2].engine, d409.voices[2].voice) == ("flite", "kal16")
    assert lines_talked_over(d409) == [("civilian", "officer"), ("dispatch", "civilian")]
    close = {s.noise for s in earlier if leaned[s.id]["civilian 5 dB under"]}
    assert "siren" not in close and len(close) == 7

    # Two shoplifters in a stockroom, crowd noise at 11 dB: both through its door, the wearer
    # over the man, and after a long silence the store detective first heard shouting, the
    # woman over him; two or more behind a door before were in street, rain and dog noise, and
    # the late voices shouting in dog, street, wind, car and siren noise.
    d410 = fresh50["d410"]
    detective = voice_for(d410, "late_voice")
    assert (detective.label, detective.shout, detective.gain_db) == ("witness", True, -11)
    assert devset.turn_plan(d410).speakers[:7] == (0, 1, 2, 1, 0, 2, 3)
    assert lines_talked_over(d410) == [("officer", "civilian"), ("bystander", "witness")]
    two = {s.noise for s in earlier if leaned[s.id]["two muffled"]}
    assert two == {"street", "rain", "dog"}
    shouted = {s.noise for s in earlier if leaned[s.id]["late shouting"]}
    assert shouted == {"dog", "street", "wind", "car", "siren"}

    # A wedding band's speakers taken during the first dance, music noise at 20 dB: the
    # drummer in the Afrikaans voice over the singer in the Azerbaijani voice, the singer over
    # the wearer twice, the hotel's manager in the Papiamento voice; the two recordings with
    # three accented voices before were in street and wind noise.
    d411 = fresh50["d411"]
    assert support.accented(d411) == ["af+m8", "az+f3", "pap+m4"]
    assert lines_talked_over(d411) == [
        ("civilian", "witness"),
        ("witness", "officer"),
        ("witness", "officer"),
    ]
    three = [(s.id, s.noise) for s in earlier if leaned[s.id]["three accented"]]
    assert three == [("d205", "street"), ("d358", "wind")]

    # A dog tied to a bench at a reservoir, dog noise at 14 dB, 80 s: control answering in a
    # word or two on the radio, the dog walker on flite slt, four long silences and nobody
    # talked over; the radios answering before were in wind, car, street and siren noise, and
    # four long silences or more in wind, car, rain and street noise.
    d412 = fresh50["d412"]
    control = voice_for(d412, "replies")
    assert control.radio and all(len(line.split()) <= 3 for line in control.lines)
    assert (d412.voices[2].engine, d412.voices[2].voice) == ("flite", "slt")
    assert not lines_talked_over(d412)
    answering = {s.noise for s in earlier if leaned[s.id]["radio answering"]}
    assert answering == {"wind", "car", "street", "siren"}
    waits = {s.noise for s in earlier if leaned[s.id]["four long silences"]}
    assert waits == {"wind", "car", "rain", "street"}


@builds.needs_voices
def test_fresh50_taxi_rank_builds_with_six_lines_talked_over(tmp_path):
    """d408 built in full: 16 turns, each voice's lines in order (the STM is the script); six
    lines talked over, the cab's driver over the man (0.70 s), the woman over the driver
    (1.06 s), over the wearer (0.62 s), the wearer over her (0.99 s), she over the driver again
    (1.06 s) and the wearer over her again (0.81 s); every other pause 0.2-0.9 s; the man in the
    Bosnian voice heard second and last, his last line ending at 62.10 s, when the driver, out
    of lines, is given the next."""
    labels = [
        *("officer", "civilian", "bystander", "witness", "officer", "witness"),
        *("officer", "bystander", "witness", "officer", "bystander", "officer"),
        *("witness", "officer", "witness", "civilian"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d408", SPEAKERS["d408"], labels, ([], [2, 3, 5, 6, 8, 9]), 62.10
    )
    assert builds.talked_over(pauses) == [
        *((1, -0.7), (2, -1.06), (4, -0.62)),
        *((5, -0.99), (7, -1.06), (8, -0.81)),
    ]
    others = [p for i, p in enumerate(pauses) if i not in (1, 2, 4, 5, 7, 8)]
    assert len(pauses) == 15 and all(0.2 <= p <= 0.9 for p in others)
