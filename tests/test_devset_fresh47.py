"""The fresh47 half (d381-d388), written blind in session 48 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, control
in an accent on the radio, the voice first heard late talking over another, a voice answering in
words shouting, a whispered one line, a voice shouting on the radio, everyone 12 dB or more
under the wearer, a flite voice wearing the camera, control talked over, a one line through a
closed door, the partner on flite), checked against every earlier half; the pier's observation
wheel stopped in a gale (d382), where the owner, first heard after a long silence, and the
wearer talk over each other, built in full. devset_support.py holds the checks every half
shares."""

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
    near_earlier_lines,
    pointed_at,
    voice_for,
)

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH47 = {
    "d381": (["officer", "civilian", "dispatch", "witness"], "street", 14, 72),
    "d382": (["officer", "witness", "civilian", "bystander"], "wind", 8, 80),
    "d383": (["officer", "civilian", "witness"], "car", 20, 60),
    "d384": (["officer", "partner", "civilian", "witness"], "rain", 5, 62),
    "d385": (["officer", "partner", "civilian", "bystander", "witness"], "siren", 10, 78),
    "d386": (["officer", "civilian", "witness", "bystander"], "crowd", 0, 58),
    "d387": (["officer", "civilian", "dispatch", "witness"], "music", 12, 40),
    "d388": (["officer", "partner", "witness", "civilian"], "dog", 17, 66),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH47.items()}
#: The accents fresh47 reads its accented lines in: the six heard least recently.
SIX_ACCENTS = {"pt", "nl", "it", "fr", "es", "sw"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh43", "fresh44", "fresh45", "fresh46")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    short, answering = voice_for(spec, "short_line"), voice_for(spec, "replies")
    return {
        "control accented": any(v.label == "dispatch" and foreign(v) for v in spec.voices),
        "late talking over": support.talks_over(spec, "late_voice"),
        "shouted answering": answering is not None and answering.shout,
        "whispered one line": short is not None and "whisper" in espeak_variant(short),
        "radio shouting": any(v.radio and v.shout for v in band_limited(spec)),
        "all 12 dB under": all(v.gain_db <= -12 for v in spec.voices[1:]),
        "flite wearer": spec.voices[0].engine == "flite",
        "control talked over": any(whom == "dispatch" for _, whom in lines_talked_over(spec)),
        "one line through a door": short is not None and short.muffled,
        "partner on flite": any(v.label == "partner" and v.engine == "flite" for v in spec.voices),
    }


def test_fresh47_half_is_eight_unseen_recordings_each_noise_once():
    # d381-d388 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh46; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh47, earlier = support.blind_half(
        "fresh47",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH47.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh47.values()}
    assert {0, 20} <= {s.snr_db for s in fresh47.values()}
    assert not support.voices_heard_before(fresh47, earlier)
    sounds = [support.sound(v) for s in fresh47.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 32
    assert sorted(len(s.voices) for s in fresh47.values()) == [3, 4, 4, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight (one of them on flite slt); no espeak variant
    # new to the set.
    assert support.women_wearers(fresh47) == [True, False, True, False, True, True, False, False]
    assert support.espeak_variants(fresh47, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f3", "f4", "f5", "whisperf"),
    }
    # No accent is new: Portuguese, Dutch, Italian, French, Spanish and Swahili read the
    # accented lines (18), one accented voice in each of six recordings. Every one of the 55
    # languages that read English before had been heard in two recordings or more, and these
    # six are the ones heard least recently (French in three recordings, the others in two; the
    # last of them d280-d293); no word of those lines is a lone letter but "I" and "a", and no
    # two accented voices of a recording share a language.
    heard = support.accents_heard_again(fresh47, earlier, SIX_ACCENTS, 18)
    assert heard == [
        *("d56", "d114", "d130", "d145", "d171", "d218", "d280"),
        *("d284", "d285", "d287", "d289", "d291", "d293"),
    ]
    assert len(accents(earlier)) == 55
    heard_in = support.accents_by_last_heard(earlier)
    assert set(list(heard_in)[:6]) == SIX_ACCENTS
    assert min(len(ids) for ids in heard_in.values()) == 2
    assert {language: len(heard_in[language]) for language in SIX_ACCENTS} == {
        **dict.fromkeys(("pt", "nl", "it", "es", "sw"), 2),
        "fr": 3,
    }
    assert [len(support.accented(s)) for s in fresh47.values()] == [1, 1, 1, 1, 0, 1, 1, 0]
    assert not support.one_accent_pairs(fresh47.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh47,
        "number twelve",
        "nineteen ninety eight",
        "twenty minutes",
        "forty minutes",
        "thirty miles an hour",
        "twenty eight, twenty six",
        "above forty",
        "four fifteen",
        "ten thousand people",
        "fifty quid",
        "five metres",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Two voices shouting, the farmer's answers and the partner on the radio; one whispering,
    # the wife's one line; one behind a door, the man's one line; three band-limited voices,
    # control in the Dutch voice, the partner shouting and control on flite kal16.
    shouting = [(s.id, v.label) for s in fresh47.values() for v in s.voices if v.shout]
    assert shouting == [("d383", "civilian"), ("d385", "partner")]
    whispering = [
        (s.id, v.label) for s in fresh47.values() for v in s.voices if "whisper" in v.voice
    ]
    assert whispering == [("d384", "witness")]
    muffled = [(s.id, v.label) for s in fresh47.values() for v in s.voices if v.muffled]
    assert muffled == [("d388", "civilian")]
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh47.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d381", "dispatch", "espeak", "nl+m6", 3),
        ("d385", "partner", "espeak", "en-us+m2", 2),
        ("d387", "dispatch", "flite", "kal16", 2),
    ]
    assert pointed_at(fresh47, "short_line") == [("d384", "witness"), ("d388", "civilian")]
    assert pointed_at(fresh47, "late_voice") == [("d382", "civilian")]
    assert pointed_at(fresh47, "replies") == [("d383", "civilian")]
    # Who breaks each long silence (the late voice's own among them), the overlaps asked for,
    # and the turns' pauses and the silences' ranges, the set's own in all eight.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh47.values() if devset.turn_plan(s).silences
    }
    assert silences == {"d382": ["civilian"], "d385": ["officer"]}
    overlaps = {s.id: s.overlaps for s in fresh47.values() if s.overlaps}
    assert overlaps == {"d381": 1, "d382": 3, "d384": 1, "d386": 1, "d387": 2, "d388": 1}
    assert {(s.gaps, s.silence) for s in fresh47.values()} == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh43 to fresh46 had none
    # (worked out once per recording: two of them draw its turn plan).
    done, last, leaned = support.leaned_on(leans_on, fresh47, earlier, LAST_FOUR)
    assert done == {
        "control accented": ["d381"],
        "late talking over": ["d382"],
        "shouted answering": ["d383"],
        "whispered one line": ["d384"],
        "radio shouting": ["d385"],
        "all 12 dB under": ["d386"],
        "flite wearer": ["d386"],
        "control talked over": ["d387"],
        "one line through a door": ["d388"],
        "partner on flite": ["d388"],
    }
    # When each was last done.
    assert last == {
        "control accented": "d207",
        "late talking over": "d337",
        "shouted answering": "d333",
        "whispered one line": "d132",
        "radio shouting": "d348",
        "all 12 dB under": "d271",
        "flite wearer": "d347",
        "control talked over": "d343",
        "one line through a door": "d337",
        "partner on flite": "d348",
    }

    # A man asleep in a stranger's car at dawn, street noise at 14 dB: control in the Dutch
    # voice reads back the checks, the man on flite awb over the car's owner; the one control
    # in an accent before was in car noise.
    d381 = fresh47["d381"]
    assert support.accented(d381) == ["nl+m6"] == [v.voice for v in band_limited(d381)]
    assert (d381.voices[1].engine, d381.voices[1].voice) == ("flite", "awb")
    assert lines_talked_over(d381) == [("civilian", "witness")]
    controls = [(s.id, s.noise) for s in earlier if leaned[s.id]["control accented"]]
    assert controls == [("d207", "car")]

    # Two boys stuck at the top of a pier's wheel in a gale, wind noise at 8 dB, 80 s: the
    # operator in the Italian voice over their mother, the owner first heard after a long
    # silence, the wearer over him and he back over the wearer; the late voices that talked
    # over before were in siren noise.
    d382 = fresh47["d382"]
    owner = voice_for(d382, "late_voice")
    assert (owner.label, owner.gain_db) == ("civilian", -9)
    assert support.accented(d382) == ["it+m3"]
    assert lines_talked_over(d382) == [
        ("bystander", "witness"),
        ("officer", "civilian"),
        ("civilian", "officer"),
    ]
    late_over = [(s.id, s.noise) for s in earlier if leaned[s.id]["late talking over"]]
    assert late_over == [("d240", "siren"), ("d337", "siren")]

    # A tractor with no lights at dusk, car noise at 20 dB: the farmer shouts his answers, a
    # word or three each, over his engine, and the driver he nearly ran off the road is in the
    # Swahili voice; the voices answering in words shouting before were in crowd, wind and
    # street noise.
    d383 = fresh47["d383"]
    farmer = voice_for(d383, "replies")
    assert (farmer.label, farmer.shout, farmer.engine) == ("civilian", True, "espeak")
    assert all(len(line.split()) <= 3 for line in farmer.lines)
    assert support.accented(d383) == ["sw+m4"]
    assert not lines_talked_over(d383)
    answers = [(s.id, s.noise) for s in earlier if leaned[s.id]["shouted answering"]]
    assert answers == [("d93", "crowd"), ("d163", "wind"), ("d333", "street")]

    # A light in a garden shed at midnight, rain noise at 5 dB: the householder in the
    # Portuguese voice, his wife's one line whispered from the back door, the wearer over the
    # partner; the one whispered one line before was in street noise.
    d384 = fresh47["d384"]
    wife = voice_for(d384, "short_line")
    assert (wife.label, wife.voice, wife.gain_db) == ("witness", "en-us-nyc+whisperf", -11)
    assert espeak_variant(wife) in ALL_WOMEN
    assert support.accented(d384) == ["pt+m3"]
    assert lines_talked_over(d384) == [("officer", "partner")]
    whispered = [(s.id, s.noise) for s in earlier if leaned[s.id]["whispered one line"]]
    assert whispered == [("d132", "street")]

    # A car on fire on a car park's top deck, siren noise at 10 dB: five voices, the partner
    # shouting on the radio, the wearer after a long silence, nobody talked over; the voices
    # shouting on the radio before were in car, street, rain, crowd and dog noise.
    d385 = fresh47["d385"]
    assert [(v.label, v.shout) for v in band_limited(d385)] == [("partner", True)]
    assert len(d385.voices) == 5 and not lines_talked_over(d385)
    shouted = {s.noise for s in earlier if leaned[s.id]["radio shouting"]}
    assert shouted == {"car", "street", "rain", "crowd", "dog"}

    # A man on a rugby crossbar at half time, crowd noise at 0 dB: the wearer on flite slt,
    # everyone else 12-15 dB under her, the steward in the French voice, the wearer over the
    # man; the recordings with everyone that far under before were in car, wind, street, dog
    # and rain noise, and the two crowd recordings with a flite wearer (d83, d85) had voices
    # closer.
    d386 = fresh47["d386"]
    assert (d386.voices[0].engine, d386.voices[0].voice) == ("flite", "slt")
    assert sorted(v.gain_db for v in d386.voices[1:]) == [-15, -13, -12]
    assert support.accented(d386) == ["fr+f4"]
    assert lines_talked_over(d386) == [("officer", "civilian")]
    far = {s.noise for s in earlier if leaned[s.id]["all 12 dB under"]}
    assert far == {"car", "wind", "street", "dog", "rain"}
    crowd = [s.id for s in earlier if s.noise == "crowd" and leaned[s.id]["flite wearer"]]
    assert crowd == ["d83", "d85"]

    # A driver who hit two cars at a school fair, music noise at 12 dB, 40 s: control on flite
    # kal16 on the radio, the driver in the Spanish voice over control and the owner of one of
    # the cars over the wearer; control was talked over before in every noise but music.
    d387 = fresh47["d387"]
    control = band_limited(d387)[0]
    assert (control.label, control.engine, control.voice) == ("dispatch", "flite", "kal16")
    assert support.accented(d387) == ["es+m6"]
    assert lines_talked_over(d387) == [("civilian", "dispatch"), ("witness", "officer")]
    talked_over = {s.noise for s in earlier if leaned[s.id]["control talked over"]}
    assert "music" not in talked_over and len(talked_over) == 7

    # A stolen bulldog traced to a house as she barks, dog noise at 17 dB: the man behind the
    # front door says his one line through it, the partner on flite rms, the wearer over him;
    # the one lines through a door or a window before were in wind and siren noise.
    d388 = fresh47["d388"]
    door = voice_for(d388, "short_line")
    assert (door.label, door.muffled, door.gain_db) == ("civilian", True, -11)
    assert (d388.voices[1].label, d388.voices[1].voice) == ("partner", "rms")
    assert lines_talked_over(d388) == [("officer", "partner")]
    doors = [(s.id, s.noise) for s in earlier if leaned[s.id]["one line through a door"]]
    assert doors == [("d117", "wind"), ("d337", "siren")]


@builds.needs_voices
def test_fresh47_pier_wheel_builds_with_the_late_owner_talking_over(tmp_path):
    """d382 built in full: 16 turns, each voice's lines in order (the STM is the script); the
    operator over the mother (0.99 s), the owner first heard after a silence of 7.41 s, the
    wearer over him (0.71 s) and he back over the wearer (1.33 s); every other pause
    0.2-0.9 s; the operator's last line ends at 78.48 s, when the wearer, out of lines, is given
    the next."""
    labels = [
        *("officer", "witness", "bystander", "officer", "witness", "officer"),
        *("civilian", "officer", "civilian", "officer", "civilian", "witness"),
        *("civilian", "officer", "civilian", "bystander"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d382", SPEAKERS["d382"], labels, ([6], [2, 7, 8]), 78.48
    )
    assert builds.talked_over(pauses) == [(1, -0.99), (6, -0.71), (7, -1.33)]
    assert round(pauses[5], 2) == 7.41
    others = [p for i, p in enumerate(pauses) if i not in (1, 5, 6, 7)]
    assert len(pauses) == 15 and all(0.2 <= p <= 0.9 for p in others)
