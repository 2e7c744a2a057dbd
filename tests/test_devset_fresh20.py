"""The fresh20 blind half of the development set (d165-d172): what each recording promises and
what makes it new against every half before it, and one of its recordings built in full. Its own
file, as fresh19's is; the checks every half shares are in devset_support.py."""

from __future__ import annotations

import numpy as np
from devset_builds import built_in_full, needs_voices, pauses_between, stm_rows
from devset_support import (
    accents,
    check_voices_of_their_own,
    early_voices,
    espeak_variants,
    every_engine_and_noise,
    foreign,
    halves_before,
    unseen_half,
    women_wearers,
)
from scipy import signal

from bodycam.transcribe import devset

#: The fresh20 half: true speakers (distinct labels) of each recording.
FRESH20_SPEAKERS = {
    "d165": ["officer", "partner", "dispatch", "civilian", "witness"],
    "d166": ["officer", "civilian", "witness", "partner"],
    "d167": ["officer", "civilian", "witness", "partner"],
    "d168": ["officer", "civilian"],
    "d169": ["officer", "partner", "civilian", "witness"],
    "d170": ["officer", "civilian", "witness", "bystander", "partner"],
    "d171": ["officer", "civilian", "partner", "dispatch"],
    "d172": ["officer", "civilian", "witness", "bystander"],
}


def test_fresh20_half_is_eight_unseen_recordings_aimed_at_failures():
    # d165-d172 in order (unseen_half checks the ids against FRESH20_SPEAKERS').
    fresh20 = unseen_half("fresh20", FRESH20_SPEAKERS, shortest=50, longest=120)
    earlier = halves_before("fresh20")
    assert every_engine_and_noise(fresh20) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"crowd", "rain", "wind", "car", "street"},
    )
    assert [s.snr_db for s in fresh20.values()] == [6, 3, 16, 12, 4, 11, 8, 15]
    assert [s.duration for s in fresh20.values()] == [84, 76, 92, 116, 66, 96, 72, 88]
    # 2-5 people, each on a voice of their own and no two on one espeak variant, the others
    # 5-15 dB under the wearer, and a woman in every scene; every other wearer is a woman.
    check_voices_of_their_own(fresh20)
    assert women_wearers(fresh20) == [True, False] * 4
    # No new espeak variant.
    assert espeak_variants(fresh20, earlier, set()) == {
        *("m1", "m2", "m3", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5", "steph", "steph3", "linda", "Andrea"),
    }
    # Welsh and Dutch read English; the languages before were these twelve.
    assert accents(fresh20.values()) == {"cy", "nl"}
    assert accents(earlier) == {
        *("es", "pt-br", "fr", "it", "de", "pl", "af", "sw", "vi", "ro", "tr", "lt"),
    }
    # A turnstile crush: the match commander on the radio in a crowd, four lines talked over and
    # one long silence; no crowd recording had a radio voice or a long silence.
    d165 = fresh20["d165"]
    assert (d165.noise, d165.snr_db, d165.overlaps, d165.long_silences) == ("crowd", 6, 4, 1)
    assert [(v.label, v.gain_db) for v in d165.voices if v.radio] == [("dispatch", -8)]
    crowds = [s for s in earlier if s.noise == "crowd"]
    assert len(crowds) == 8
    assert not any(v.radio for s in crowds for v in s.voices)
    assert not any(s.long_silences for s in crowds)
    # A Welsh farmer shouting across a flood in rain at 3 dB, 12 dB under; in rain only a
    # wearer (d113) shouted before.
    d166 = fresh20["d166"]
    assert (d166.noise, d166.snr_db, d166.overlaps) == ("rain", 3, 2)
    assert [(v.label, v.voice, v.gain_db) for v in d166.voices if v.shout] == [
        ("witness", "cy+m7", -12)
    ]
    shouted_in_rain = [
        (s.id, v.wearer) for s in earlier if s.noise == "rain" for v in s.voices if v.shout
    ]
    assert shouted_in_rain == [("d113", True)]
    # A man on a roof: 1.5-3 s before every line, yet three lines talked over; no recording with
    # a second or more before every line had any.
    d167 = fresh20["d167"]
    assert (d167.gaps, d167.overlaps, d167.noise) == ((1.5, 3.0), 3, "wind")
    slow = [s for s in earlier if s.gaps[0] >= 1]
    assert [s.id for s in slow] == ["d67", "d86", "d126", "d154", "d164"]
    assert not any(s.overlaps for s in slow)
    # The wearer alone in the car until a woman talks through the window, late: nobody before
    # her, not even a radio. The one late arrival before who found the wearer alone (d162)
    # came after dispatch's reply on the radio.
    d168 = fresh20["d168"]
    woman = d168.voices[d168.late_voice]
    assert early_voices(d168) == [0] and d168.short_line is None and len(d168.voices) == 2
    assert (woman.label, woman.muffled, woman.radio) == ("civilian", True, False)
    assert (d168.long_silences, d168.silence) == (4, (12.0, 16.0))
    alone = [s for s in earlier if s.late_voice is not None and early_voices(s) == [0]]
    assert [(s.id, s.voices[s.short_line].label) for s in alone] == [("d162", "dispatch")]
    # The partner's one command through the loudhailer (the radio band, shouted); the
    # band-limited voices heard once before said a reply, not a command.
    d169 = fresh20["d169"]
    loudhailer = d169.voices[d169.short_line]
    assert (d169.short_line, d169.replies, d169.overlaps) == (1, None, 2)
    assert (loudhailer.label, loudhailer.radio, loudhailer.shout) == ("partner", True, True)
    radio_once = [s for s in earlier if s.short_line is not None and s.voices[s.short_line].radio]
    assert [(s.id, s.short_line == s.replies) for s in radio_once] == [
        ("d96", True),
        ("d162", True),
    ]
    # A wedding row: five voices with 0-0.12 s between turns, three talked over; turns with no
    # room between them had at most four voices.
    d170 = fresh20["d170"]
    assert (len(d170.voices), d170.gaps, d170.overlaps) == (5, (0.0, 0.12), 3)
    assert [v.label for v in d170.voices if v.shout] == ["witness"]
    assert max(len(s.voices) for s in earlier if s.gaps[1] <= 0.15) == 4
    # A Dutch lorry driver behind his closed cab window, dispatch on the radio; no accented
    # voice was heard through glass before.
    d171 = fresh20["d171"]
    assert [(v.label, v.voice, v.muffled) for v in d171.voices if foreign(v)] == [
        ("civilian", "nl+m5", True)
    ]
    assert [v.label for v in d171.voices if v.radio] == ["dispatch"]
    assert not any(foreign(v) and v.muffled for s in earlier for v in s.voices)
    # A cordon in the rain: the three residents 12, 14 and 15 dB under the wearer, one
    # answering in words; every earlier scene of three or more had someone within 8 dB.
    d172 = fresh20["d172"]
    assert [v.gain_db for v in d172.voices[1:]] == [-12, -14, -15]
    assert (d172.replies, d172.long_silences, d172.noise) == (3, 1, "rain")
    nearest = [max(v.gain_db for v in s.voices[1:]) for s in earlier if len(s.voices) >= 3]
    assert min(nearest) == -8


@needs_voices
def test_fresh20_patrol_car_builds_with_the_wearer_alone_for_a_minute(tmp_path):
    """d168 built in full: the wearer's six lines (22.4 s of speech) alone for the first 66 s,
    with two 13-15 s silences among them and a 12.5 s one before the woman at the window; then
    they take turns to the end, one more long silence, nobody talked over. The glass takes
    what is above 1 kHz from her, not from the wearer."""
    built, reference = built_in_full(tmp_path, "d168", FRESH20_SPEAKERS["d168"])
    turns = sorted((segment, label) for segment, _, label in reference.itertracks(yield_label=True))
    labels = [label for _, label in turns]
    assert labels == [*["officer"] * 6, *["civilian", "officer"] * 4, "civilian"]
    woman = list(reference.label_timeline("civilian"))
    assert 66 < woman[0].start < 67 and len(woman) == 5
    assert 22 < sum(s.duration for s, _ in turns[:6]) < 23
    # The long silences: two among the wearer's lines, one before her, one after her second.
    pauses = pauses_between(reference)
    assert [(i, round(p, 1)) for i, p in enumerate(pauses) if p > 1] == [
        (2, 13.3),
        (4, 14.4),
        (5, 12.5),
        (8, 14.3),
    ]
    assert min(pauses) > 0
    # She says full lines (no replies) through the glass: her share of energy above 2 kHz is
    # under a twentieth of the wearer's (the car's noise, road rumble under 400 Hz and engine
    # harmonics under 250 Hz, adds next to nothing up there).
    said = [text for _, _, label, _, _, text in stm_rows(built) if label == "civilian"]
    assert len(said) == 5 and all(text in devset._LINES for text in said)
    audio = devset.read_audio(built.audio_path).astype(np.float64)
    high = signal.sosfilt(signal.butter(4, 2000, "highpass", fs=16000, output="sos"), audio)

    def share_above_2khz(label: str) -> float:
        spans = [
            slice(int(s.start * 16000), int(s.end * 16000)) for s, who in turns if who == label
        ]
        return sum(np.sum(high[i] ** 2) for i in spans) / sum(np.sum(audio[i] ** 2) for i in spans)

    assert share_above_2khz("civilian") < share_above_2khz("officer") / 20
