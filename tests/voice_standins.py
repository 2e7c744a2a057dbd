"""A CAM++ stand-in for the diarizer's speaker-decision tests: each segment start has a
voice, so a test states what CAM++ hears without loading the model."""

from __future__ import annotations

import numpy as np


class VoicesByStart:
    """CAM++ stand-in: the voice of a union of segments is the normalised sum of the voices
    of their starts. ``calls`` records each embedding asked for."""

    def __init__(self, voices: dict[float, tuple[float, ...]]) -> None:
        self.voices = voices
        self.calls: list[list[tuple[float, float]]] = []

    def __call__(self, audio, segments, threads=1):
        self.calls.append(list(segments))
        total = np.sum([self.voices[start] for start, _ in segments], axis=0)
        return (total / np.linalg.norm(total)).astype(np.float32)

    embed_joined = __call__
