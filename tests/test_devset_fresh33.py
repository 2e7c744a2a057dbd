"""The fresh33 half (d269-d276), written blind in session 35 (50-90 s, no accent new to the set),
checked against every earlier half; the woman with dementia missing on a canal towpath (d271),
the wearer alone for six lines and her voice first heard after a long silence, built in full.
devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, espeak_variant, foreign

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH33 = {
    "d269": (["officer", "civilian", "bystander", "witness"], "street", 12, 74),
    "d270": (["officer", "civilian", "witness", "partner"], "siren", 6, 86),
    "d271": (["officer", "civilian"], "rain", 5, 90),
    "d272": (["officer", "dispatch", "bystander", "witness", "civilian"], "crowd", 1, 70),
    "d273": (["officer", "civilian", "witness", "bystander"], "music", 8, 76),
    "d274": (["officer", "partner", "civilian"], "wind", 13, 90),
    "d275": (["officer", "civilian", "partner", "dispatch"], "car", 20, 58),
    "d276": (["officer", "civilian", "witness", "bystander", "partner"], "dog", 10, 50),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH33.items()}
#: The accents fresh33 reads its accented lines in: espeak voices each heard in one recording.
WELSH_CROATIAN_SLOVAK = {"cy", "hr", "sk"}


def test_fresh33_half_is_eight_unseen_recordings_each_new_in_one_way():
    # d269-d276 in order, 50-90 s each (the issue asked for 50-90 s, and both ends are used);
    # both engines, all four flite voices and the eight noises once each; 2-5 people each on a
    # voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate, pitch
    # and pace their own.
    fresh33, earlier = support.blind_half(
        "fresh33",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH33.values()],
    )
    assert {50, 90} <= {s.duration for s in fresh33.values()}
    # Not one voice is an earlier recording's voice again: the same engine, voice, rate and (for
    # espeak) pitch.
    assert not support.voices_heard_before(fresh33, earlier)
    # A woman wears the camera in every other recording, from d270 on; no espeak variant new
    # to the set.
    assert support.women_wearers(fresh33) == [False, True] * 4
    assert support.espeak_variants(fresh33, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
        *("grandma", "whisperf"),
    }
    # No accent is new: Welsh, Croatian and Slovak read the accented lines (19), each heard in
    # one recording before, of the 55 languages that read English before; no word of those
    # lines is a lone letter but "I" and "a".
    heard = support.accents_heard_again(fresh33, earlier, WELSH_CROATIAN_SLOVAK, 19)
    assert heard == ["d166", "d216", "d217"]
    assert len(accents(earlier)) == 55
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(fresh33, "twenty ewes", "gate nine", "two in the morning", "forty pounds")

    # A car keyed at a livestock market: twin brothers, two men in the Welsh voice 2 words a
    # minute and 6 pitch apart, the one over the other at his first line. The pairs of one
    # accent and one sex before were 12 words a minute apart or more.
    d269 = fresh33["d269"]
    twins = [(v.label, v.voice, v.rate, v.pitch) for v in d269.voices if foreign(v)]
    assert twins == [("civilian", "cy+m2", 158, 42), ("bystander", "cy+m4", 160, 48)]
    assert support.one_accent_pairs(fresh33.values()) == [("d269", 2, 6)]
    assert support.one_accent_pairs(earlier) == [
        ("d190", 34, 20),
        ("d197", 44, 24),
        ("d230", 12, 4),
    ]
    assert support.drawn(d269, "overlaps") == ["bystander", "witness", "officer"]

    # A woman locked in her bathroom, whispering through the door 12 dB under the wearer, as
    # the second crew's siren comes; her ex-partner shouting. No whispering voice was in siren
    # noise before, or more than 9 dB under the wearer.
    d270 = fresh33["d270"]
    assert [(v.label, v.voice, v.gain_db) for v in d270.voices if "whisper" in v.voice] == [
        ("witness", "en-us-nyc+whisperf", -12)
    ]
    whispers = [(v.gain_db, s.noise) for s in earlier for v in s.voices if "whisper" in v.voice]
    assert {noise for _, noise in whispers} == {
        *("car", "street", "dog", "rain", "crowd", "music", "wind"),
    }
    assert min(gain for gain, _ in whispers) == -9
    assert [v.label for v in d270.voices if v.shout] == ["civilian"]
    assert support.drawn(d270, "overlaps") == ["partner"]

    # A woman with dementia missing on a towpath in heavy rain: the wearer alone for six lines,
    # one after a long silence, then her voice, 14 dB under, after another. The only two-voice
    # recording with a late voice before (d168) was in car noise.
    d271 = fresh33["d271"]
    margaret = d271.voices[d271.late_voice]
    assert (margaret.label, espeak_variant(margaret), margaret.gain_db) == (
        "civilian",
        "grandma",
        -14,
    )
    assert devset.turn_plan(d271).speakers[:9] == (0, 0, 0, 0, 0, 0, 1, 0, 1)
    assert support.drawn(d271, "silences") == ["officer", "civilian"]
    late_pairs = [
        (s.id, s.noise) for s in earlier if len(s.voices) == 2 and s.late_voice is not None
    ]
    assert late_pairs == [("d168", "car")]

    # A fan collapsed at half time: five voices in crowd noise at 1 dB, the control room on the
    # radio, the son shouting; the steward over the nurse, the son over the wearer and the
    # nurse over the son. No radio voice was in crowd noise under 6 dB before.
    d272 = fresh33["d272"]
    assert [(v.label, v.radio, v.shout) for v in d272.voices if v.radio or v.shout] == [
        ("dispatch", True, False),
        ("civilian", False, True),
    ]
    radio_crowd = [
        (s.snr_db, s.id) for s in earlier if s.noise == "crowd" and any(v.radio for v in s.voices)
    ]
    assert sorted(radio_crowd) == [(6, "d165"), (6, "d212"), (7, "d189"), (11, "d263")]
    assert support.drawn(d272, "overlaps") == ["bystander", "civilian", "witness"]

    # A house party at two in the morning: a girl of fifteen 15 dB under the wearer, the host
    # shouting over the music in a Croatian accent, the neighbour's one line. No voice in music
    # noise before was more than 12 dB under the wearer (d84's).
    d273 = fresh33["d273"]
    assert min((v.gain_db, v.label) for v in d273.voices) == (-15, "witness")
    assert min((v.gain_db, s.id) for s in earlier if s.noise == "music" for v in s.voices) == (
        -12,
        "d84",
    )
    assert (support.accented(d273), [v.label for v in d273.voices if v.shout]) == (
        ["hr+m1"],
        ["civilian"],
    )
    neighbour = d273.voices[d273.short_line]
    assert (neighbour.label, neighbour.voice) == ("bystander", "kal16")
    assert support.drawn(d273, "overlaps") == ["civilian"]

    # A man on a footbridge's railings in a gale: slow turns (0.8-2.5 s between lines), two
    # long silences before the wearer speaks, the man 12 dB under her and her partner heard
    # only on the radio. Of the slow recordings before (1 s or more between lines), only d86,
    # in rain, had a radio voice.
    d274 = fresh33["d274"]
    assert (d274.gaps, d274.long_silences, support.drawn(d274, "silences")) == (
        (0.8, 2.5),
        2,
        ["officer", "officer"],
    )
    assert [(v.label, v.radio, v.gain_db) for v in d274.voices[1:]] == [
        ("partner", True, -8),
        ("civilian", False, -12),
    ]
    slow = [(s.id, s.noise, any(v.radio for v in s.voices)) for s in earlier if s.gaps[0] >= 0.8]
    assert slow == [
        ("d67", "street", False),
        ("d86", "rain", True),
        ("d126", "wind", False),
        ("d154", "rain", False),
        ("d164", "siren", False),
        ("d167", "wind", False),
    ]
    assert not support.drawn(d274, "overlaps")

    # A shoplifter driven to custody, talking all the way: car noise at 20 dB, where no car
    # recording before was over 19 dB (d90); control's one line on the radio.
    d275 = fresh33["d275"]
    assert max((s.snr_db, s.id) for s in earlier if s.noise == "car") == (19, "d90")
    control = d275.voices[d275.short_line]
    assert (control.label, control.voice, control.radio) == ("dispatch", "slt", True)
    assert d275.voices[0].voice == "awb" and not d275.overlaps

    # A delivery driver bitten at a front gate: five voices in 50 s in dog noise, the owner
    # shouting at her dog, a Slovak driver, the neighbour's one line; the five-voice recordings
    # in dog noise before ran 84 s or more.
    d276 = fresh33["d276"]
    assert (d276.duration, len(d276.voices), support.accented(d276)) == (50, 5, ["sk+m6"])
    five_dogs = [(s.id, s.duration) for s in earlier if s.noise == "dog" and len(s.voices) == 5]
    assert five_dogs == [("d193", 124), ("d228", 84), ("d236", 90)]
    assert [(v.label, espeak_variant(v)) for v in d276.voices if v.shout] == [("civilian", "f1")]
    assert d276.voices[d276.short_line].label == "bystander"
    assert support.drawn(d276, "overlaps") == ["officer", "civilian"]


@builds.needs_voices
def test_fresh33_towpath_search_builds_with_the_wearer_alone_then_her_voice(tmp_path):
    """d271 built in full: 15 turns, each voice's lines in order (the STM is the script); the
    wearer says the first six alone, with a long silence before the fourth, and the woman is
    first heard after another, then they take turns; the last line ends at 86.00 s, when the
    wearer, out of lines, is given the next turn."""
    labels = ["officer"] * 6 + ["civilian", "officer"] * 4 + ["civilian"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d271", SPEAKERS["d271"], labels, ([3, 6], []), 86.00
    )
    assert not builds.talked_over(pauses)
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p > 1] == [(2, 8.05), (5, 9.2)]
    assert len(pauses) == 14 and all(0.2 <= p <= 0.9 for p in pauses if p <= 1)
