"""A turn heard only under another speaker's turn, in that speaker's voice, is dropped.

The segmentation model sometimes hears one voice as two local speakers at once: fresh4's d38
(two female officers of near-equal voice) has the officer's own lines doubled by a second track
that then follows her partner, so stitching gives 7 s of her speech to her partner or the
civilian as well (false alarm 16.6 % against the window-only release's 7.8 %; docs/BENCHMARKS.md,
session 8). Such a turn has no stretch of its own, and CAM++ reads it as the speaker under whose
turn it lies. But a quieter voice truly talking under a louder one reads the same way (fresh3's
d29, fresh4's d43), so the check trades recordings and is off by default.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bodycam.transcribe.distinct_turns import Turn, TurnEmbedder, clean_segments
from bodycam.transcribe.voice_merge import VoiceMergeSettings, profile

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DoubledTurnSettings:
    """Tunables of ``drop`` (docs/BENCHMARKS.md, session 8).

    Attributes:
        min_turn: Shorter turns are left alone (too little audio for CAM++).
        max_clean: A turn is a candidate when under this many seconds of it lie clear of
            every other speaker's turns.
        margin: It is dropped when its CAM++ cosine to the covering speaker's profile (the
            speaker whose turns overlap it most) exceeds that to its own speaker's by this
            (0.1 and 0.2 dropped the same turns on the six halves).
    """

    min_turn: float = 0.3
    max_clean: float = 0.3
    margin: float = 0.2

    def __post_init__(self) -> None:
        if self.min_turn < 0 or self.max_clean < 0:
            raise ValueError(
                f"need min_turn >= 0 and max_clean >= 0, got {self.min_turn}, {self.max_clean}"
            )


def covering(turns: Sequence[Turn], index: int) -> int | None:
    """The other speaker whose turns overlap turn ``index`` most (``None``: nobody's)."""
    start, end, speaker = turns[index]
    seconds: dict[int, float] = {}
    for other_start, other_end, other in turns:
        overlap = min(end, other_end) - max(start, other_start)
        if other != speaker and overlap > 0:
            seconds[other] = seconds.get(other, 0.0) + overlap
    return max(seconds, key=seconds.get) if seconds else None


def drop(
    audio: np.ndarray,
    turns: Sequence[Turn],
    embed: TurnEmbedder,
    settings: DoubledTurnSettings | None = None,
) -> list[Turn]:
    """``turns`` without those the model doubled from the speaker they lie under.

    Args:
        audio: The recording (mono float32, 16 kHz).
        turns: ``(start, end, speaker)`` turns.
        embed: CAM++ on a union of segments (one unit vector).
        settings: Tunables.

    Returns:
        The turns kept, in time order (speakers keep their numbers).
    """
    settings = settings or DoubledTurnSettings()
    turns = sorted(turns)
    voices: dict[int, np.ndarray | None] = {}

    def voice(speaker: int) -> np.ndarray | None:
        # Profiles read on the turns as they came, before any is dropped.
        if speaker not in voices:
            segments = profile(turns, speaker, VoiceMergeSettings())
            voices[speaker] = embed(audio, segments) if segments else None
        return voices[speaker]

    doubled = set()
    for index, (start, end, speaker) in enumerate(turns):
        if end - start < settings.min_turn:
            continue
        clean = sum(b - a for a, b in clean_segments(turns, index))
        other = covering(turns, index)
        if clean >= settings.max_clean or other is None:
            continue
        own, cover = voice(speaker), voice(other)
        if own is None or cover is None:
            continue
        vector = embed(audio, [(start, end)])
        gap = float(vector @ cover) - float(vector @ own)
        if gap >= settings.margin:
            logger.debug("turn %.2f-%.2f s doubles speaker %d (%+.2f)", start, end, other, gap)
            doubled.add(index)
    return [turn for index, turn in enumerate(turns) if index not in doubled]
