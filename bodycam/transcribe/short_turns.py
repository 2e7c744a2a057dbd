"""A short reply goes to the speaker whose voice CAM++ hears in it.

In a calm exchange the civilian's replies are "yes", "okay", "no sir": turns of 0.4-1 s between
the officer's questions. The segmentation model and the VAD place them well (the pauses around
them are clear), but a reply holds at most two or three Resemblyzer windows, each of them mostly
the silence or the question around it, so the windows' labels, and with them the stitched turn,
go to the speaker of the question (fresh2's d27: 18.9 % DER, nine replies under the officer's
label, docs/BENCHMARKS.md session 6). CAM++ read over the reply as a whole, and not over fixed
windows padded past it, still hears whose voice it is: on the dev and fresh2 halves (read
against profiles of whole turns), every turn of 0.3-1.6 s that it placed nearer another
speaker's profile than its own speaker's by 0.1 or more (0.14-0.52) was that other speaker's,
and the turns already right read at most 0.01 nearer another speaker. So after the speakers
are settled, each short turn is embedded alone and moves to the speaker whose profile (the
middle of that speaker's longest turns) is clearly nearer than its own speaker's. Only turns no
other speaker overlaps, or their clean part, are read: cross-talk mixes voices.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bodycam.transcribe.distinct_turns import Turn, TurnEmbedder, clean_segments
from bodycam.transcribe.embeddings import WindowEmbeddings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShortTurnSettings:
    """Tunables of ``reassign`` (docs/BENCHMARKS.md, session 6).

    Attributes:
        max_turn: Turns up to this many seconds are checked: shorter than two Resemblyzer
            windows' worth of their own speech (a window is 1.6 s), longer ones are labelled
            by enough windows of their own.
        min_clean: Fewest seconds of the turn, overlapping no other speaker's turn, that are
            read (under this CAM++ hears too little: a 0.1-0.2 s piece reads near zero to
            every voice).
        margin: A turn moves when its CAM++ cosine to another speaker's profile exceeds that
            to its own speaker's profile by at least this.
        profile_turns: A speaker's profile is its this many longest turns longer than
            ``max_turn`` (so one profile serves every short turn), or, for a speaker with none,
            its longest turns other than the one checked.
        max_match: Only a turn whose Resemblyzer windows (those centred in its clean part)
            match its speaker's centroid under this in mean cosine is embedded (a turn with no
            such window always is): a short turn its windows already place well costs nothing.
            The turns moved on the four halves and sample.wav read 0.51-0.81 to their old
            speaker; turns left alone read up to 1.0. ``None`` embeds every short turn.
        profile_piece: Each profile turn is read over its middle this many seconds, to bound
            the audio CAM++ reads (sample.wav: 31 s of profile audio for three short turns when
            whole turns were read, 10 s at 2 s pieces, 5 s at 1 s; every decision on the 28
            development recordings and sample.wav is the same at 2 s and 1 s,
            docs/BENCHMARKS.md).
    """

    max_turn: float = 1.6
    min_clean: float = 0.3
    margin: float = 0.1
    profile_turns: int = 3
    profile_piece: float = 1.0
    max_match: float | None = 0.85

    def __post_init__(self) -> None:
        if self.max_turn <= 0 or self.min_clean <= 0 or self.min_clean > self.max_turn:
            raise ValueError(
                f"need 0 < min_clean <= max_turn, got min_clean={self.min_clean}, "
                f"max_turn={self.max_turn}"
            )
        if not 0.0 <= self.margin < 2.0:
            raise ValueError(f"margin must be in [0, 2), got {self.margin}")
        if self.max_match is not None and not -1.0 < self.max_match <= 1.0:
            raise ValueError(f"max_match must be in (-1, 1] or None, got {self.max_match}")
        if self.profile_turns < 1 or self.profile_piece <= 0:
            raise ValueError(
                f"need profile_turns >= 1 and profile_piece > 0, got {self.profile_turns}, "
                f"{self.profile_piece}"
            )


def _profile(
    turns: Sequence[Turn], speaker: int, leave_out: int, settings: ShortTurnSettings
) -> tuple:
    """``speaker``'s profile segments: its ``profile_turns`` longest turns longer than
    ``max_turn`` (else its longest other than turn ``leave_out``), each cut to its middle
    ``profile_piece`` seconds."""
    own = [
        (end - start, start, end)
        for index, (start, end, label) in enumerate(turns)
        if label == speaker and index != leave_out
    ]
    chosen = sorted([turn for turn in own if turn[0] > settings.max_turn] or own, reverse=True)
    pieces = []
    for length, start, end in chosen[: settings.profile_turns]:
        trim = max(0.0, (length - settings.profile_piece) / 2)
        pieces.append((start + trim, end - trim))
    return tuple(pieces)


def well_matched(
    part: Sequence[tuple[float, float]],
    speaker: int,
    max_match: float | None,
    windows: WindowEmbeddings | None,
    centroids: np.ndarray | None,
) -> bool:
    """Whether the Resemblyzer windows centred in ``part`` match ``speaker``'s centroid at
    least ``max_match`` in mean cosine (never when there are none, or no windows given, or
    ``max_match`` is ``None``): a turn its windows already place well is not worth a CAM++
    read."""
    if max_match is None or windows is None or centroids is None:
        return False
    inside = np.zeros(len(windows), dtype=bool)
    for start, end in part:
        inside |= (windows.centers >= start) & (windows.centers < end)
    if not inside.any():
        return False
    return float(np.mean(windows.vectors[inside] @ centroids[speaker])) >= max_match


def reassign(
    audio: np.ndarray,
    turns: Sequence[Turn],
    embed: TurnEmbedder,
    settings: ShortTurnSettings | None = None,
    windows: WindowEmbeddings | None = None,
    centroids: np.ndarray | None = None,
) -> list[Turn]:
    """Give each short turn to the speaker CAM++ clearly hears in it.

    Every turn of at most ``max_turn`` seconds whose clean part (the stretches no other
    speaker's turn overlaps) holds ``min_clean`` seconds is embedded; it moves to the speaker
    whose profile is nearest when that is at least ``margin`` nearer than its own speaker's.
    Profiles are read from the turns as they were before any move, so the result does not
    depend on the order the turns are checked in.

    Args:
        audio: The recording (mono float32, 16 kHz).
        turns: ``(start, end, speaker)`` turns.
        embed: CAM++ on a union of segments (one unit vector).
        settings: Tunables.
        windows: The recording's Resemblyzer windows, for ``max_match`` (with ``centroids``,
            which the speaker indices refer to); ``None`` embeds every short turn.
        centroids: The speakers' Resemblyzer centroids.

    Returns:
        The turns, in time order, moved turns relabelled (the speakers stay the same set).
    """
    settings = settings or ShortTurnSettings()
    turns = sorted(turns)
    speakers = sorted({speaker for _, _, speaker in turns})
    if len(speakers) < 2:
        return turns
    voice = voice_reader(audio, embed)

    out = list(turns)
    for index, (start, end, speaker) in enumerate(turns):
        if end - start > settings.max_turn:
            continue
        part = tuple(clean_segments(turns, index))
        if sum(b - a for a, b in part) < settings.min_clean:
            continue
        if well_matched(part, speaker, settings.max_match, windows, centroids):
            continue
        profiles = {other: _profile(turns, other, index, settings) for other in speakers}
        if not profiles[speaker]:
            continue  # nothing to compare with: the speaker has no other turn
        scores = {
            other: float(voice(part) @ voice(profile))
            for other, profile in profiles.items()
            if profile
        }
        out[index] = (start, end, clearly_nearest(turns[index], scores, settings.margin))
    return out


def voice_reader(audio: np.ndarray, embed: TurnEmbedder) -> Callable[[tuple], np.ndarray]:
    """``embed`` of ``audio`` over a tuple of segments, each tuple read once: a speaker's
    profile serves every turn compared with it."""
    vectors: dict[tuple, np.ndarray] = {}

    def voice(segments: tuple) -> np.ndarray:
        if segments not in vectors:
            vectors[segments] = embed(audio, list(segments))
        return vectors[segments]

    return voice


def clearly_nearest(turn: Turn, scores: dict[int, float], margin: float) -> int:
    """The speaker whose profile reads nearest ``turn``'s voice (``scores``: CAM++ cosines by
    speaker) when it beats the turn's own speaker by ``margin``, else the turn's own speaker."""
    start, end, speaker = turn
    nearest = max(scores, key=scores.get)
    if nearest == speaker or scores[nearest] - scores[speaker] < margin:
        return speaker
    logger.debug(
        "turn %.2f-%.2f s moves from speaker %d to %d (CAM++ cosine %.2f against %.2f)",
        start,
        end,
        speaker,
        nearest,
        scores[nearest],
        scores[speaker],
    )
    return nearest
