"""The fresh37 half (d301-d308), written blind in session 38 (50-90 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB, a police radio in four), checked against every
earlier half; the boy locked in a portable toilet at a county show (d303), heard through its
door with his mother shouting over his first line, built in full. devset_support.py holds the
checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, foreign

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH37 = {
    "d301": (["officer", "civilian", "witness", "partner"], "street", 6, 90),
    "d302": (["officer", "civilian", "witness", "bystander"], "rain", 9, 72),
    "d303": (["officer", "civilian", "bystander", "witness"], "crowd", 10, 50),
    "d304": (["officer", "civilian", "dispatch"], "dog", 20, 89),
    "d305": (["officer", "witness"], "siren", 14, 75),
    "d306": (["officer", "witness", "dispatch", "civilian"], "car", 0, 68),
    "d307": (["officer", "civilian", "dispatch", "witness"], "music", 12, 83),
    "d308": (["officer", "witness", "partner", "civilian", "bystander"], "wind", 4, 84),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH37.items()}
#: The accents fresh37 reads its accented lines in: espeak voices each heard in one recording.
SWEDISH_LATVIAN_CZECH = {"sv", "lv", "cs"}


def test_fresh37_half_is_eight_unseen_recordings_each_noise_once():
    # d301-d308 in order, 50-90 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 and fresh36; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh37, earlier = support.blind_half(
        "fresh37",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH37.values()],
    )
    assert {50, 90} <= {s.duration for s in fresh37.values()}
    assert {0, 20} <= {s.snr_db for s in fresh37.values()}
    assert not support.voices_heard_before(fresh37, earlier)
    sounds = [support.sound(v) for s in fresh37.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 30
    assert sorted(len(s.voices) for s in fresh37.values()) == [2, 3, 4, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh37) == [False, False, False, True, False, True, True, True]
    assert support.espeak_variants(fresh37, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
    }
    # No accent is new: Swedish, Latvian and Czech read the accented lines (11), each heard in
    # one recording before, of the 55 languages that read English before; no word of those
    # lines is a lone letter but "I" and "a". No two accented voices share a language.
    heard = support.accents_heard_again(fresh37, earlier, SWEDISH_LATVIAN_CZECH, 11)
    assert heard == ["d197", "d214", "d215"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh37.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(
        fresh37,
        "four metres and ten",
        "two thousand and six",
        "nine nine nine",
        "number nine",
        "bay fourteen",
    )
    # Shouting in four recordings (a wearer's in one); muffled voices in two.
    shouting = [s.id for s in fresh37.values() if any(v.shout for v in s.voices)]
    assert shouting == ["d302", "d303", "d306", "d308"]
    assert [s.id for s in fresh37.values() if any(v.muffled for v in s.voices)] == ["d303", "d306"]
    # A police radio (band-limited) in four recordings, in four noises: another unit, then
    # control three times; two at 10 dB or more, and control's seven lines in d307 an exchange
    # with the wearer.
    radios = [
        (s.id, v.label, s.noise, s.snr_db, len(v.lines))
        for s in fresh37.values()
        for v in s.voices
        if v.radio
    ]
    assert radios == [
        ("d301", "partner", "street", 6, 2),
        ("d304", "dispatch", "dog", 20, 1),
        ("d306", "dispatch", "car", 0, 3),
        ("d307", "dispatch", "music", 12, 7),
    ]

    # A lorry wedged under a railway bridge: the Latvian driver over the wearer, a unit at the
    # far side on the radio, and a 12-16 s wait before the wearer's fourth line, where no street
    # recording asked for a pause over 10 s (silences at most 10 s, d99; gaps at most 4 s, d67).
    d301 = fresh37["d301"]
    assert support.accented(d301) == ["lv+m4"]
    assert (d301.long_silences, d301.silence) == (1, (12.0, 16.0))
    assert support.drawn(d301, "silences") == ["officer"]
    assert support.drawn(d301, "overlaps") == ["civilian"]
    street = [s for s in earlier if s.noise == "street"]
    assert max((s.silence[1], s.id) for s in street) == (10.0, "d99")
    assert max((s.gaps[1], s.id) for s in street) == (4.0, "d67")

    # A hire boat hung up in a canal lock in the rain: the Czech skipper shouting, the lock's
    # keeper on flite rms, five lines talked over, where no rain recording had more than four.
    d302 = fresh37["d302"]
    assert (support.accented(d302), [v.label for v in d302.voices if v.shout]) == (
        ["cs+m6"],
        ["civilian"],
    )
    assert (d302.voices[3].voice, d302.voices[3].rate) == ("rms", 105)
    assert max((s.overlaps, s.id) for s in earlier if s.noise == "rain") == (4, "d296")
    assert support.drawn(d302, "overlaps") == [
        *("witness", "bystander", "officer", "civilian", "officer"),
    ]

    # A boy locked in a portable toilet at a county show: heard through its door, his mother
    # shouting over him, a steward's one line; crowd was the one noise with no muffled voice.
    d303 = fresh37["d303"]
    boy = d303.voices[2]
    assert (boy.label, boy.muffled, boy.pitch, d303.short_line) == ("bystander", True, 86, 3)
    muffled_in = {s.noise for s in earlier if any(v.muffled for v in s.voices)}
    assert muffled_in == {"street", "wind", "car", "rain", "siren", "music", "dog"}
    assert support.drawn(d303, "overlaps") == ["civilian"]

    # An old man fallen in his garden, his collie guarding him, at 20 dB: the wearer on flite
    # slt, slow turns (1.2-2.6 s), control's one line; no dog recording had turns over 0.9 s
    # apart or was over 18 dB (d299).
    d304 = fresh37["d304"]
    assert (d304.voices[0].voice, d304.gaps, d304.voices[1].gain_db) == ("slt", (1.2, 2.6), -12)
    control = d304.voices[d304.short_line]
    assert (control.label, control.radio) == ("dispatch", True)
    assert devset.turn_plan(d304).speakers[:14] == (0, 1, 2) + (0, 1) * 5 + (0,)
    dog = [s for s in earlier if s.noise == "dog"]
    assert max((s.gaps[1], s.id) for s in dog) == (0.9, "d299")
    assert max((s.snr_db, s.id) for s in dog) == (18, "d299")

    # A welder's van on fire as the fire engines come: the woman who pulled him out talks alone
    # after the wearer's one acknowledgement (twelve lines); no siren recording before had a
    # wearer heard only once (nor any crowd recording).
    d305 = fresh37["d305"]
    assert (len(d305.voices), d305.short_line, d305.replies) == (2, 0, 0)
    assert devset.turn_plan(d305).speakers[:14] == (1, 0) + (1,) * 12
    assert (len(d305.voices[0].lines), len(d305.voices[1].lines)) == (1, 13)
    heard_once = {s.noise for s in earlier if s.short_line == 0}
    assert heard_once == {"street", "wind", "car", "rain", "music", "dog"}

    # A car running in a lock-up garage at 0 dB: the wearer shouting every line, the man in the
    # car behind its window, control on the radio over the neighbour and over the wearer; car
    # was the one noise with no shouting wearer.
    d306 = fresh37["d306"]
    assert (d306.voices[0].shout, d306.voices[3].label, d306.voices[3].muffled) == (
        True,
        "civilian",
        True,
    )
    shouting_wearers = {s.noise for s in earlier if s.voices[0].shout}
    assert shouting_wearers == {"street", "wind", "rain", "siren", "crowd", "music", "dog"}
    assert support.drawn(d306, "overlaps") == ["dispatch", "dispatch"]

    # A fight at a funfair over the waltzer's music: the lad's name checked with control, seven
    # lines on the radio (one over the wearer), the ride operator's one line on flite awb; the
    # radio voices in music before said at most five lines (d112's dispatch, generic lines).
    d307 = fresh37["d307"]
    assert devset.turn_plan(d307).speakers[:16] == (0, 2, 1, 3) + (0, 2) * 5 + (1, 2)
    assert (d307.voices[d307.short_line].voice, d307.voices[2].gain_db) == ("awb", -9)
    music_radios = [
        (s.id, len(v.lines)) for s in earlier if s.noise == "music" for v in s.voices if v.radio
    ]
    assert music_radios == [("d112", 0), ("d203", 3), ("d223", 3)]
    assert support.drawn(d307, "overlaps") == ["dispatch"]

    # Ferries cancelled in a gale: five voices, a wearer in the Swedish voice, where no accented
    # wearer before (d142, d218, d293) was in wind noise; the lorry driver shouting, talked
    # over by the partner and by the wearer.
    d308 = fresh37["d308"]
    assert (len(d308.voices), support.accented(d308)) == (5, ["sv+f2"])
    assert foreign(d308.voices[0]) and d308.voices[1].voice == "kal16"
    accented_wearers = {s.id: s.noise for s in earlier if foreign(s.voices[0])}
    assert accented_wearers == {"d142": "music", "d218": "music", "d293": "street"}
    assert [v.label for v in d308.voices if v.shout] == ["civilian"]
    assert support.drawn(d308, "overlaps") == ["partner", "officer"]


@builds.needs_voices
def test_fresh37_county_show_builds_with_a_boy_behind_a_door(tmp_path):
    """d303 built in full: 12 turns, each voice's lines in order (the STM is the script); the
    mother shouts over the boy's first line, heard through the toilet's door, the steward says
    his one line fourth, and the boy's fifth, that the door is open, ends at 48.31 s, when his
    mother, out of lines, is given the next."""
    labels = ["officer", "bystander", "civilian", "witness", "officer", "bystander", "officer"]
    labels += ["bystander", "officer", "civilian", "officer", "bystander"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d303", SPEAKERS["d303"], labels, ([], [2]), 48.31
    )
    assert builds.talked_over(pauses) == [(1, -0.61)]
    assert len(pauses) == 11 and all(0.2 <= round(p, 2) <= 0.9 for p in pauses if p >= 0)
