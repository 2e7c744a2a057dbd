"""The fresh32 half (d261-d268), written blind in session 34 (50-90 s, no accent new to the set),
checked against every earlier half; the driver who rammed the car in front (d265), two voices
talking over each other seven times, built in full. devset_support.py holds the checks every
half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, espeak_variant

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH32 = {
    "d261": (["officer", "civilian", "witness", "bystander"], "siren", 0, 79),
    "d262": (["officer", "witness", "partner", "civilian"], "wind", 14, 86),
    "d263": (["officer", "witness", "civilian", "bystander"], "crowd", 11, 89),
    "d264": (["officer", "witness", "civilian", "partner"], "music", 9, 80),
    "d265": (["officer", "civilian"], "car", 5, 64),
    "d266": (["officer", "witness", "civilian", "bystander"], "rain", 17, 66),
    "d267": (["officer", "dispatch"], "dog", 12, 90),
    "d268": (["officer", "civilian", "partner", "witness", "bystander"], "street", 3, 50),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH32.items()}
#: The accents fresh32 reads its accented lines in: espeak voices each heard in one recording.
FINNISH_HUNGARIAN_TURKISH = {"fi", "hu", "tr"}


def test_fresh32_half_is_eight_unseen_recordings_each_new_in_one_way():
    # d261-d268 in order, 50-90 s each (the issue asked for 50-90 s, and both ends are used);
    # both engines, all four flite voices and the eight noises once each; 2-5 people each on a
    # voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate, pitch and
    # pace their own.
    fresh32, earlier = support.blind_half(
        "fresh32",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH32.values()],
    )
    assert {50, 90} <= {s.duration for s in fresh32.values()}
    # Not one voice is an earlier recording's voice again: the same engine, voice, rate and (for
    # espeak) pitch.
    assert not support.voices_heard_before(fresh32, earlier)
    # A woman wears the camera in every other recording, from d261 on; no espeak variant new
    # to the set.
    assert support.women_wearers(fresh32) == [True, False] * 4
    assert support.espeak_variants(fresh32, earlier, set()) == {
        *("m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5", "whisperf"),
    }
    # No accent is new: Finnish, Hungarian and Turkish read the accented lines (15), each heard
    # in one recording before, of the 55 languages that read English before; no word of those
    # lines is a lone letter but "I" and "a" (the Finnish voice reads "it" as two letters, so
    # its lines do without it).
    heard = support.accents_heard_again(fresh32, earlier, FINNISH_HUNGARIAN_TURKISH, 15)
    assert heard == ["d158", "d185", "d190"]
    assert len(accents(earlier)) == 55
    finnish = [
        line for s in fresh32.values() for v in s.voices if v.voice == "fi+m6" for line in v.lines
    ]
    assert not [line for line in finnish if "it" in support.words(line)]
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(fresh32, "channel three", "eighty nine", "four one two", "ten minutes")

    # A motorcyclist down as the ambulance comes: siren noise at 0 dB, where no siren recording
    # before was under 1 dB (d240). The rider talks over the Finnish driver, the driver over the
    # wearer.
    d261 = fresh32["d261"]
    assert (d261.noise, d261.snr_db) == ("siren", 0)
    assert min((s.snr_db, s.id) for s in earlier if s.noise == "siren") == (1, "d240")
    assert support.accented(d261) == ["fi+m6"]
    assert support.drawn(d261, "overlaps") == ["civilian", "witness"]

    # Egg thieves watched from a hide in a gale: the warden whispers, over the wearer once; the
    # collector is first heard late. No whispering voice was in wind noise before.
    d262 = fresh32["d262"]
    assert [(v.label, v.voice) for v in d262.voices if "whisper" in v.voice] == [
        ("witness", "en-gb-scotland+whisperf")
    ]
    whispered = {s.noise for s in earlier for v in s.voices if "whisper" in v.voice}
    assert whispered == {"car", "street", "dog", "rain", "crowd", "music"}
    assert d262.voices[d262.late_voice].label == "civilian"
    assert support.drawn(d262, "silences") == ["civilian"]
    assert support.drawn(d262, "overlaps") == ["witness"]

    # A girl lost in a maize maze on a toy walkie-talkie at espeak pitch 88, over her brother
    # and over the farmer; no band-limited voice before was pitched over 68 (d247's).
    d263 = fresh32["d263"]
    assert [(v.label, v.pitch) for v in d263.voices if v.radio] == [("civilian", 88)]
    radio = [(v.pitch, s.id) for s in earlier for v in s.voices if v.radio and v.engine == "espeak"]
    assert max(radio) == (68, "d247")
    assert support.drawn(d263, "overlaps") == ["civilian", "civilian"]

    # An ice-cream van selling vapes: the driver answers in one to three words, six times, in a
    # Turkish accent, over the chimes; no voice answered in words in music noise before.
    d264 = fresh32["d264"]
    driver = d264.voices[d264.replies]
    assert (driver.voice, len(driver.lines)) == ("tr+m3", 6)
    assert all(len(line.split()) <= 3 for line in driver.lines)
    assert "music" not in {s.noise for s in earlier if s.replies is not None}
    assert support.drawn(d264, "overlaps") == ["civilian"]

    # A driver who rammed the car in front, shouting on flite rms: two voices talking over each
    # other seven times. No two-voice recording before had more than six lines talked over
    # (d39), and none with scene lines more than one.
    d265 = fresh32["d265"]
    assert [(v.voice, v.shout) for v in d265.voices[1:]] == [("rms", True)]
    assert support.drawn(d265, "overlaps") == [
        *("officer", "civilian", "officer"),
        *("officer", "civilian", "officer", "civilian"),
    ]
    two = [s for s in earlier if len(s.voices) == 2]
    assert max((s.overlaps, s.id) for s in two) == (6, "d39")
    assert max(s.overlaps for s in two if s.voices[0].lines) == 1

    # A bottle from a balcony in the rain: a Hungarian man shouting down and a woman's one line,
    # both 15 dB under the wearer; no recording before had two voices 15 dB under.
    d266 = fresh32["d266"]
    assert [(v.label, v.shout) for v in d266.voices if v.gain_db == -15] == [
        ("civilian", True),
        ("bystander", False),
    ]
    assert d266.voices[d266.short_line].label == "bystander"
    assert support.accented(d266) == ["hu+m7"]
    assert not [s.id for s in earlier if sum(v.gain_db <= -15 for v in s.voices) >= 2]
    assert support.drawn(d266, "overlaps") == ["officer", "civilian"]

    # A dog handler alone on a track: control's one line on the radio, then the wearer alone,
    # with a 30-34 s silence, where no silence before was over 28 s (d157's). The two-voice
    # recordings with a radio voice before were in wind or car noise.
    d267 = fresh32["d267"]
    control = d267.voices[d267.short_line]
    assert (control.label, control.radio, d267.long_silences, d267.silence) == (
        "dispatch",
        True,
        1,
        (30.0, 34.0),
    )
    assert devset.turn_plan(d267).speakers[:15] == (0, 1, *[0] * 13)
    assert support.drawn(d267, "silences") == ["officer"]
    assert max((s.silence[1], s.id) for s in earlier) == (28.0, "d157")
    radio_pairs = [(s.id, s.noise) for s in two if any(v.radio for v in s.voices)]
    assert radio_pairs == [("d68", "wind"), ("d96", "wind"), ("d100", "car"), ("d149", "car")]

    # A fight at a kebab shop: the wearer on flite kal16 shouting every line, five voices in
    # 50 s; the shortest five-voice recordings before ran 56 s, and no kal16 or rms wearer
    # shouted.
    d268 = fresh32["d268"]
    assert (d268.duration, len(d268.voices)) == (50, 5)
    assert [(v.label, espeak_variant(v)) for v in d268.voices if v.shout] == [
        ("officer", "kal16"),
        ("civilian", "m4"),
    ]
    five = [s for s in earlier if len({v.label for v in s.voices}) >= 5]
    assert sorted((s.duration, s.id) for s in five)[:2] == [(56, "d09"), (56, "d10")]
    assert not {"kal16", "rms"} & {s.voices[0].voice for s in earlier if s.voices[0].shout}
    assert d268.voices[d268.short_line].label == "bystander"
    assert support.drawn(d268, "overlaps") == ["civilian", "partner", "officer"]


@builds.needs_voices
def test_fresh32_rammed_car_builds_with_seven_lines_talked_over(tmp_path):
    """d265 built in full: 17 turns taken in turn, each voice's lines in order (the STM is the
    script); seven of the first ten lines start over the one before, the wearer and the driver
    by turns; the last line ends at 59.67 s, when the driver, out of lines, is given the next
    turn."""
    labels = ["officer", "civilian"] * 8 + ["officer"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d265", SPEAKERS["d265"], labels, ([], [2, 3, 4, 6, 7, 8, 9]), 59.67
    )
    assert builds.talked_over(pauses) == [
        (1, -0.97),
        (2, -0.74),
        (3, -0.62),
        (5, -0.78),
        (6, -1.14),
        (7, -0.91),
        (8, -0.79),
    ]
    assert len(pauses) == 16 and all(0.2 <= p <= 0.9 for p in pauses if p >= 0)
