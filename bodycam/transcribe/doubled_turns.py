"""A turn heard only under another speaker's turn, in that speaker's voice, is dropped.

The segmentation model sometimes hears one voice as two local speakers at once: fresh4's d38
(two female officers of near-equal voice) has the officer's own lines doubled by a second track
that then follows her partner, so stitching gives 7 s of her speech to her partner or the
civilian as well (false alarm 16.6 % against the window-only release's 7.8 %; docs/BENCHMARKS.md,
session 8). Such a turn has no stretch of its own, and CAM++ reads it as the speaker under whose
turn it lies.

But a quieter voice truly talking under a louder one reads the same way under CAM++ (fresh3's
d29, fresh4's d43, dev's d07: the louder voice fills the embedding), so a candidate must show
more (session 9): either it is *isolated*, no turn of its own speaker with clean speech close
before or after it (a real voice under a louder one started before it or goes on after it: d29's
civilian talks on alone 0.09 s after, d43's bystander had been talking alone until 0.14 s
before), or CAM++ reads it as the covering voice so closely that it can be nothing else (d41's
witness track running on 1.4 s into the officer's line reads 0.87 to the officer). CAM++ is
read only where Resemblyzer's windows already hear the covering voice in the turn: two
speakers' profiles cost up to 24 s of CAM++ audio, +25 % CPU on sample.wav for a candidate that
sounds like its own speaker and is never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bodycam.transcribe.distinct_turns import Turn, TurnEmbedder, clean_segments, windows_inside
from bodycam.transcribe.embeddings import WindowEmbeddings
from bodycam.transcribe.voice_merge import VoiceMergeSettings, profile

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DoubledTurnSettings:
    """Tunables of ``drop`` (docs/BENCHMARKS.md, sessions 8 and 9).

    Attributes:
        min_turn: Shorter turns are left alone (too little audio for CAM++).
        max_clean: A turn is a candidate when under this many seconds of it lie clear of
            every other speaker's turns.
        margin: ...and its CAM++ cosine to the covering speaker's profile (the speaker whose
            turns overlap it most) exceeds that to its own speaker's by this (0.1 and 0.2
            dropped the same turns on the six halves of session 8).
        reach: A candidate is dropped when no turn of its own speaker holding ``min_neighbour``
            clean seconds ends within this many seconds before it or starts within this many
            after it: a real voice under a louder one started before it or goes on after it
            (on the 52 recordings of the seven halves such a neighbour lay 0.09-0.52 s away
            with 0.7-1.7 s clean; no doubled track dropped as isolated had a neighbour within
            1 s with over 0.2 s clean). ``None`` drops every candidate past the margin
            (with ``min_window_lead=None``, session 8's rule, which cost d29, d43 and d07
            0.9-2.4 points).
        min_neighbour: Clean seconds a neighbouring turn of the speaker needs to count.
        sure_similarity: A candidate that is not isolated is still dropped when its CAM++
            cosine to the covering speaker's profile is at least this: the doubled tracks that
            run on from their own speaker's turn and are dropped here read 0.79-0.87 (d25,
            d38, d41), the real voices under louder ones 0.58-0.73 (d07, d43, d29). Doubled
            tracks that read lower stay (0.40-0.53 on d23, d33, d38, d49). ``None``: never.
        profile_piece: Each speaker's profile reads the middle this many seconds of its three
            longest clean stretches (``voice_merge.profile``).
        min_window_lead: CAM++ is read only for a candidate whose Resemblyzer windows (those
            centred in it) read the covering speaker's centroid at least this much over its
            own speaker's (mean cosine), or that holds no window: a track that sounds as much
            like its own speaker is no doubling. Every turn dropped on the 52 recordings led by
            0.22 or more; sample.wav's one candidate by 0.04, so it costs no CAM++ call there.
            ``None`` reads every candidate.
    """

    min_turn: float = 0.3
    max_clean: float = 0.3
    margin: float = 0.2
    reach: float | None = 1.0
    min_neighbour: float = 0.5
    sure_similarity: float | None = 0.78
    profile_piece: float = 4.0
    min_window_lead: float | None = 0.12

    def __post_init__(self) -> None:
        if self.min_turn < 0 or self.max_clean < 0:
            raise ValueError(
                f"need min_turn >= 0 and max_clean >= 0, got {self.min_turn}, {self.max_clean}"
            )
        if (self.reach is not None and self.reach < 0) or self.min_neighbour < 0:
            raise ValueError(
                f"need reach >= 0 (or None) and min_neighbour >= 0, got {self.reach}, "
                f"{self.min_neighbour}"
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


def isolated(turns: Sequence[Turn], index: int, reach: float, min_neighbour: float) -> bool:
    """Whether no other turn of turn ``index``'s speaker with ``min_neighbour`` seconds clear
    of other speakers ends within ``reach`` seconds before it or starts within ``reach`` after."""
    start, end, speaker = turns[index]
    for other, (other_start, other_end, label) in enumerate(turns):
        if other == index or label != speaker:
            continue
        if other_end > start - reach and other_start < end + reach:
            clean = sum(b - a for a, b in clean_segments(turns, other))
            if clean >= min_neighbour:
                return False
    return True


def sounds_like_own(
    turn: Turn, cover: int, windows: WindowEmbeddings, centroids: np.ndarray, lead: float
) -> bool:
    """Whether the windows centred in ``turn`` read the ``cover`` speaker's centroid less
    than ``lead`` over the turn's own speaker's (mean cosine; ``False`` with no window)."""
    start, end, speaker = turn
    inside = windows_inside(windows, [(start, end)])
    if not inside.any():
        return False
    scores = windows.vectors[inside] @ centroids[[speaker, cover]].T
    own, covered = scores.mean(axis=0)
    return float(covered - own) < lead


def drop(
    audio: np.ndarray,
    turns: Sequence[Turn],
    embed: TurnEmbedder,
    settings: DoubledTurnSettings | None = None,
    windows: WindowEmbeddings | None = None,
    centroids: np.ndarray | None = None,
) -> list[Turn]:
    """``turns`` without those the model doubled from the speaker they lie under.

    Args:
        audio: The recording (mono float32, 16 kHz).
        turns: ``(start, end, speaker)`` turns.
        embed: CAM++ on a union of segments (one unit vector).
        settings: Tunables.
        windows: The recording's Resemblyzer windows, for ``min_window_lead`` (with
            ``centroids``, which the speaker indices refer to); ``None`` reads every candidate.
        centroids: The speakers' Resemblyzer centroids.

    Returns:
        The turns kept, in time order (speakers keep their numbers).
    """
    settings = settings or DoubledTurnSettings()
    turns = sorted(turns)
    voices: dict[int, np.ndarray | None] = {}

    def voice(speaker: int) -> np.ndarray | None:
        # Profiles read on the turns as they came, before any is dropped.
        if speaker not in voices:
            segments = profile(
                turns, speaker, VoiceMergeSettings(profile_piece=settings.profile_piece)
            )
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
        alone = settings.reach is None or isolated(
            turns, index, settings.reach, settings.min_neighbour
        )
        if not alone and settings.sure_similarity is None:
            continue
        if (
            settings.min_window_lead is not None
            and windows is not None
            and centroids is not None
            and sounds_like_own(turns[index], other, windows, centroids, settings.min_window_lead)
        ):
            continue
        own, cover = voice(speaker), voice(other)
        if own is None or cover is None:
            continue
        vector = embed(audio, [(start, end)])
        similarity = float(vector @ cover)
        gap = similarity - float(vector @ own)
        sure = settings.sure_similarity is not None and similarity >= settings.sure_similarity
        if gap >= settings.margin and (alone or sure):
            logger.debug("turn %.2f-%.2f s doubles speaker %d (%+.2f)", start, end, other, gap)
            doubled.add(index)
    return [turn for index, turn in enumerate(turns) if index not in doubled]
