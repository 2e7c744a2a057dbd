"""A turn lying under another speaker's, in that speaker's voice, is dropped (issue #14,
session 8, off by default): fresh4's d38, where the model doubled the officer's lines
(docs/BENCHMARKS.md)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from devset_support import needs_voices, scores

from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.doubled_turns import DoubledTurnSettings, covering, drop

AUDIO = np.zeros(16000 * 20, np.float32)
OFFICER, PARTNER = np.array((1.0, 0.0)), np.array((0.0, 1.0))
# The officer speaks 0-4 s and 10-14 s, the partner 5-9 s; the partner's turn at 1-3 s lies
# wholly under the officer's first line.
TURNS = [(0.0, 4.0, 0), (1.0, 3.0, 1), (5.0, 9.0, 1), (10.0, 14.0, 0)]


class _Voices:
    """CAM++ stand-in: the partner's voice from 5 to 9 s (and, with ``there``, at 1-3 s: she
    really talks there), the officer's elsewhere; a union is the normalised sum."""

    def __init__(self, there: bool = False) -> None:
        self.there = there
        self.calls: list[list[tuple[float, float]]] = []

    def __call__(self, audio, segments):
        self.calls.append(list(segments))
        total = np.sum([self._voice((s + e) / 2) for s, e in segments], axis=0)
        return total / np.linalg.norm(total)

    def _voice(self, time: float) -> np.ndarray:
        if 5.0 <= time < 9.0 or (self.there and 1.0 <= time < 3.0):
            return PARTNER
        return OFFICER


def test_a_turn_doubling_the_covering_voice_is_dropped():
    voices = _Voices()
    assert drop(AUDIO, TURNS, voices, DoubledTurnSettings()) == [
        (0.0, 4.0, 0),
        (5.0, 9.0, 1),
        (10.0, 14.0, 0),
    ]
    # Own profile (the partner's clean 5-9 s), the covering one (the officer's clean stretches,
    # middle 4 s of each), then the turn itself.
    assert voices.calls == [[(5.0, 9.0)], [(0.0, 1.0), (3.0, 4.0), (10.0, 14.0)], [(1.0, 3.0)]]


def test_a_voice_really_under_another_or_with_a_part_of_its_own_stays():
    assert drop(AUDIO, TURNS, _Voices(there=True)) == TURNS
    # Half a second clear of the officer's line: not a candidate, no CAM++ read.
    voices = _Voices()
    longer = [(0.0, 4.0, 0), (1.0, 4.5, 1), (5.0, 9.0, 1), (10.0, 14.0, 0)]
    assert drop(AUDIO, longer, voices) == longer and voices.calls == []
    # A turn shorter than min_turn is left alone.
    assert drop(AUDIO, TURNS, _Voices(), DoubledTurnSettings(min_turn=2.5)) == TURNS


def test_covering_and_settings():
    assert [covering(TURNS, index) for index in range(4)] == [1, 0, None, None]
    with pytest.raises(ValueError, match="min_turn >= 0"):
        DoubledTurnSettings(max_clean=-1.0)
    assert DiarizationOptions().drop_doubled is None


@needs_voices
@pytest.mark.slow
def test_the_officers_doubled_lines_are_dropped(tmp_path):
    # d38 (fresh4): two American female officers of near-equal voice and a civilian, wind at
    # 13 dB SNR; the model doubles the officer's lines with the partner's track.
    found = scores(
        "d38",
        tmp_path,
        {
            "default": DiarizationOptions(),
            "dropped": replace(DiarizationOptions(), drop_doubled=DoubledTurnSettings()),
        },
    )
    assert found == {"default": (3, 0.2321), "dropped": (3, 0.1123)}
