"""Camera-wearer suggestion: the loudest voice at the microphone."""

from __future__ import annotations

import math

import numpy as np
import pytest

from bodycam.transcribe.types import SpeakerTurn, WearerSuggestion
from bodycam.transcribe.wearer import speaker_levels, suggest_wearer

SAMPLE_RATE = 16000


def tone(seconds: float, level_db: float, frequency: float = 200.0) -> np.ndarray:
    """A sine whose RMS level is ``level_db`` dBFS."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    amplitude = math.sqrt(2) * 10 ** (level_db / 20)
    return (amplitude * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def two_voices() -> np.ndarray:
    # 0-3 s wearer at -20 dBFS, 3-6 s bystander at -32 dBFS, 6-8 s both (overlap, louder).
    return np.concatenate([tone(3, -20), tone(3, -32, 310), tone(2, -20) + tone(2, -32, 310)])


def test_loudest_voice_is_suggested_with_gap_confidence():
    turns = [
        SpeakerTurn(0.0, 3.0, "S0"),
        SpeakerTurn(3.0, 8.0, "S1"),
        SpeakerTurn(6.0, 8.0, "S0"),
    ]
    suggestion = suggest_wearer(two_voices(), turns)
    assert suggestion == WearerSuggestion(
        speaker="S0",
        # 12 dB gap: 1 - exp(-12 / 6)
        confidence=round(1 - math.exp(-2), 4),
        levels_db={"S0": -20.0, "S1": -32.0},
    )


def test_overlapped_speech_is_excluded_from_levels():
    # Without excluding 6-8 s, S1's median would be pulled up by the wearer's voice.
    turns = [(0.0, 3.0, "S0"), (3.0, 8.0, "S1"), (6.0, 8.0, "S0")]
    assert speaker_levels(two_voices(), turns) == {"S0": -20.0, "S1": -32.0}


def test_equal_levels_give_zero_confidence():
    audio = np.concatenate([tone(2, -25), tone(2, -25, 330)])
    suggestion = suggest_wearer(audio, [(0.0, 2.0, "S0"), (2.0, 4.0, "S1")])
    assert suggestion is not None
    assert suggestion.confidence == pytest.approx(0.0, abs=1e-3)


def test_single_speaker_has_no_confidence_and_short_speakers_are_ignored():
    audio = np.concatenate([tone(3, -20), tone(0.5, -10)])
    # S1 speaks 0.5 s: too little to measure, so S0 stands alone.
    suggestion = suggest_wearer(audio, [(0.0, 3.0, "S0"), (3.0, 3.5, "S1")])
    assert suggestion == WearerSuggestion("S0", 0.0, {"S0": -20.0})


def test_no_turns_no_suggestion():
    assert suggest_wearer(np.zeros(SAMPLE_RATE, dtype=np.float32), []) is None
    silence = np.zeros(SAMPLE_RATE * 3, dtype=np.float32)
    assert suggest_wearer(silence, [(0.0, 3.0, "S0")]) is None
