"""The fresh31 half (d253-d260), written blind in session 33 (59-88 s, no accent new to the set),
checked against every earlier half; the father on the school's zigzags (d258), five voices, four
lines talked over and the lollipop lady's one line, built in full. devset_support.py holds the
checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, espeak_variant, foreign

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH31 = {
    "d253": (["officer", "civilian", "witness"], "street", 0, 68),
    "d254": (["officer", "civilian"], "rain", 16, 87),
    "d255": (["officer", "civilian", "witness", "bystander"], "music", 9, 78),
    "d256": (["officer", "bystander", "dispatch", "civilian"], "siren", 5, 59),
    "d257": (["officer", "civilian", "witness", "bystander"], "car", 12, 88),
    "d258": (["officer", "civilian", "witness", "bystander", "partner"], "crowd", 8, 85),
    "d259": (["officer", "civilian", "witness", "dispatch"], "dog", 6, 71),
    "d260": (["officer", "civilian", "witness", "bystander"], "wind", 18, 60),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH31.items()}
#: The accents fresh31 reads its accented lines in: espeak voices each heard once before.
POLISH_ROMANIAN_ALBANIAN_NORWEGIAN = {"pl", "ro", "sq", "nb"}


def test_fresh31_half_is_eight_unseen_recordings_each_new_in_one_way():
    # d253-d260 in order, 59-88 s each (the issue asked for 50-90 s); both engines, all four
    # flite voices and the eight noises once each; 2-5 people each on a voice of their own,
    # 5-15 dB under the wearer, a woman in every scene, every rate, pitch and pace their own.
    fresh31, earlier = support.blind_half(
        "fresh31",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH31.values()],
    )
    # Not one voice is an earlier recording's voice again: the same engine, voice, rate and (for
    # espeak) pitch.
    heard_before = {support.sound(v) for s in earlier for v in s.voices}
    assert not [
        v.voice for s in fresh31.values() for v in s.voices if support.sound(v) in heard_before
    ]
    # d257 and d260 are ordinary on purpose: 12-18 dB, four people, no more than one line
    # talked over.
    plain = [fresh31[i] for i in ("d257", "d260")]
    assert [(len(s.voices), s.overlaps) for s in plain] == [(4, 1), (4, 0)]
    assert all(12 <= s.snr_db <= 18 for s in plain)
    # Every other wearer a woman, from d254 on; no espeak variant new to the set.
    assert support.women_wearers(fresh31) == [False, True] * 4
    assert support.espeak_variants(fresh31, earlier, set()) == {
        *("m1", "m2", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
        *("Andrea", "Annie", "grandma", "whisperf"),
    }
    # No accent is new: Polish, Romanian, Albanian and Norwegian read the accented lines (12),
    # each heard in one recording before, of the 55 languages that read English before; no
    # word of those lines is a lone letter but "I" and "a".
    heard = support.accents_heard_again(fresh31, earlier, POLISH_ROMANIAN_ALBANIAN_NORWEGIAN, 12)
    assert heard == ["d137", "d151", "d179", "d214"]
    assert len(accents(earlier)) == 55
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(fresh31, "half eleven", "five hours", "year two", "two six")

    # A cyclist doored at rush hour, shouting every line in street noise at 0 dB: no street
    # recording before was under 1 dB (d34). She talks over the driver and then the wearer.
    d253 = fresh31["d253"]
    assert d253.snr_db == 0
    assert min((s.snr_db, s.id) for s in earlier if s.noise == "street") == (1, "d34")
    shouting = [(v.label, espeak_variant(v)) for v in d253.voices if v.shout]
    assert shouting == [("civilian", "f2")] and support.drawn(d253, "overlaps") == ["civilian"] * 2

    # An arrest in the rain: the man's one line and the wearer alone after it, past two long
    # silences. No two-voice recording with a short line was in rain before.
    d254 = fresh31["d254"]
    man = d254.voices[d254.short_line]
    assert (man.voice, man.gain_db, man.lines) == ("awb", -10, ("No comment.",))
    assert (len(d254.voices), d254.long_silences, support.drawn(d254, "silences")) == (
        2,
        2,
        ["officer", "officer"],
    )
    assert devset.turn_plan(d254).speakers[:15] == (0, 1, *[0] * 13)
    alone = [s for s in earlier if len(s.voices) == 2 and s.short_line is not None]
    assert "rain" not in {s.noise for s in alone}

    # A woman whispering in a cinema as the film plays, over the wearer and talked over by him;
    # the wearer on flite kal16, the manager in a Polish accent. No whispering voice was in
    # music noise before, and no kal16 wearer.
    d255 = fresh31["d255"]
    assert [(v.label, v.voice) for v in d255.voices if "whisper" in v.voice] == [
        ("civilian", "en-gb-x-gbcwmd+whisperf")
    ]
    assert support.drawn(d255, "overlaps") == ["civilian", "officer"]
    assert (d255.voices[0].voice, [v.voice for v in d255.voices if foreign(v)]) == (
        "kal16",
        ["pl+m5"],
    )
    whispered = {s.noise for s in earlier for v in s.voices if "whisper" in v.voice}
    assert whispered == {"car", "street", "dog", "rain", "crowd"}
    assert "music" not in {s.noise for s in earlier if s.voices[0].voice == "kal16"}

    # A van stalled on a level crossing: its driver shouting four lines in a Romanian accent,
    # a woman's one line, control on the radio over the wearer. The one accented voice that
    # shouted in siren noise before (d217's) was a short-line voice.
    d256 = fresh31["d256"]
    driver, woman = d256.voices[3], d256.voices[1]
    assert (driver.voice, driver.shout, len(driver.lines)) == ("ro+m6", True, 4)
    assert (woman.gain_db, len(woman.lines), d256.short_line) == (-11, 1, None)
    assert [(v.label, v.voice) for v in d256.voices if v.radio] == [("dispatch", "slt")]
    assert support.drawn(d256, "overlaps") == ["officer", "officer", "dispatch"]
    shouted_accents = [
        (s.id, s.short_line == i)
        for s in earlier
        if s.noise == "siren"
        for i, v in enumerate(s.voices)
        if v.shout and foreign(v)
    ]
    assert shouted_accents == [("d217", True)]

    # A car meet at night: the owner of the loud car in an Albanian accent.
    d257 = fresh31["d257"]
    assert [v.voice for v in d257.voices if foreign(v)] == ["sq+m2"]
    assert support.drawn(d257, "overlaps") == ["civilian"]

    # A father on a school's zigzags: five voices, four lines talked over (the partner over the
    # lollipop lady's one line), where the recordings in crowd noise with a short line before
    # had three or four voices.
    d258 = fresh31["d258"]
    lollipop = d258.voices[d258.short_line]
    assert (lollipop.label, espeak_variant(lollipop), lollipop.gain_db) == (
        "bystander",
        "grandma",
        -12,
    )
    assert [v.label for v in d258.voices if v.shout] == ["civilian"]
    assert support.drawn(d258, "overlaps") == ["civilian", "partner", "civilian", "witness"]
    crowd_short = [
        (s.id, len(s.voices)) for s in earlier if s.noise == "crowd" and s.short_line is not None
    ]
    assert crowd_short == [("d181", 3), ("d198", 4), ("d234", 4), ("d246", 4)]

    # Hare coursers: one answering in one to three words, seven times, the farmer shouting,
    # control on the radio. No radio voice was in dog noise before.
    d259 = fresh31["d259"]
    courser = d259.voices[d259.replies]
    assert len(courser.lines) == 7 and all(len(line.split()) <= 3 for line in courser.lines)
    assert [(v.label, v.radio, v.shout) for v in d259.voices[2:]] == [
        ("witness", False, True),
        ("dispatch", True, False),
    ]
    assert support.drawn(d259, "overlaps") == ["officer"]
    assert not [s.id for s in earlier if s.noise == "dog" and any(v.radio for v in s.voices)]

    # A smashed window at a hill car park: a Norwegian couple, the warden first heard late.
    d260 = fresh31["d260"]
    assert [v.voice for v in d260.voices if foreign(v)] == ["nb+m7", "nb+f2"]
    assert support.drawn(d260, "silences") == ["bystander"] and d260.late_voice == 3


@builds.needs_voices
def test_fresh31_school_gate_builds_with_four_lines_talked_over(tmp_path):
    """d258 built in full: 20 turns, each voice's lines in order (the STM is the script); the
    four lines talked over as the plan draws them, the father over the head teacher twice, the
    partner over the lollipop lady's one line and the head teacher over the partner; the last
    line ends at 82.40 s, when the partner, out of lines, is given the next turn."""
    labels = [
        *("officer", "witness", "civilian", "bystander", "partner", "officer", "witness"),
        *("civilian", "partner", "witness", "officer", "civilian", "officer", "witness"),
        *("officer", "witness", "officer", "civilian", "officer", "civilian"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d258", SPEAKERS["d258"], labels, ([], [2, 4, 7, 9]), 82.40
    )
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p < 0] == [
        (1, -0.69),
        (3, -0.91),
        (6, -1.14),
        (8, -0.85),
    ]
    assert len(pauses) == 19 and all(0.2 <= p <= 0.9 for p in pauses if p >= 0)
