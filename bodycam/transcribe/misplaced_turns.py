"""A turn of a few seconds in one speaker's voice, labelled another's, goes to its speaker.

The window clusters and the stitching label a turn by the speaker whose windows dominate it;
a line of two or three seconds holds only a few Resemblyzer windows, and where two voices lie
close for Resemblyzer (two espeak voices; a far civilian and a radio voice) a whole line lands
in the wrong one of two speakers that are both found. ``short_turns`` fixes that for replies
up to 1.6 s; longer turns were left as labelled. CAM++ read over such a turn as a whole hears
whose voice it is: on 90 recordings of devset fresh21-fresh33 (session 48,
docs/BENCHMARKS.md), 11 of the 13 final turns of 1.6-4 s whose CAM++ cosine to another
speaker's profile (its three longest other turns) beat their own speaker's by 0.2 or more
(their speaker keeping 4 s besides) were another person's lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bodycam.transcribe.distinct_turns import (
    PROFILE_PIECE_SECONDS,
    Turn,
    TurnEmbedder,
    clean_segments,
)
from bodycam.transcribe.embeddings import WindowEmbeddings
from bodycam.transcribe.short_turns import clearly_nearest, voice_reader, well_matched


@dataclass(frozen=True)
class MisplacedTurnSettings:
    """Tunables of ``reassign`` (docs/BENCHMARKS.md, session 48).

    Attributes:
        min_turn: Turns longer than this are checked (``short_turns`` takes the shorter
            ones: its ``max_turn``).
        max_turn: Turns up to this long are checked: a longer turn holds enough windows of its
            own to be labelled by them.
        min_clean: Fewest seconds of the turn clear of other speakers' turns; only those are
            read (cross-talk mixes voices).
        margin: A turn moves when its CAM++ cosine to another speaker's profile beats its own
            speaker's by at least this.
        min_rest: Both speakers keep at least this many seconds of other turns: a profile of
            a speaker with little speech says little about the voice.
        profile_turns: A speaker's profile is its this many longest turns longer than
            ``max_turn`` (else other than the one checked), each read over its middle
            ``PROFILE_PIECE_SECONDS``.
        max_match: Only a turn whose Resemblyzer windows (those centred in its clean part)
            match its speaker's centroid under this in mean cosine is read (a turn with no
            such window always is), as in ``short_turns``: most turns checked are their
            speaker's, and reading them and every speaker's profile was a sixth of the
            diarizer's CPU. On devset fresh21-fresh33 (session 49) the turns that moved read
            0.59-0.89 to their old speaker, those that stayed 0.84-0.92 (10th-90th
            percentile); at 0.85 CAM++ reads 40 % of the audio it read before and two moves
            of 15 are lost (DER 11.598 -> 11.631 %); on fresh34-fresh47, 31 % and one of 14
            (13.447 -> 13.476 %). ``None`` reads every turn checked.
    """

    min_turn: float = 1.6
    max_turn: float = 4.0
    min_clean: float = 0.5
    margin: float = 0.2
    min_rest: float = 4.0
    profile_turns: int = 3
    max_match: float | None = 0.85

    def __post_init__(self) -> None:
        if not 0 <= self.min_turn < self.max_turn:
            raise ValueError(
                f"need 0 <= min_turn < max_turn, got {self.min_turn} and {self.max_turn}"
            )
        if self.min_clean <= 0 or self.min_rest < 0:
            raise ValueError(
                f"need min_clean > 0 and min_rest >= 0, got {self.min_clean} and {self.min_rest}"
            )
        if not 0.0 < self.margin < 2.0:
            raise ValueError(f"margin must be in (0, 2), got {self.margin}")
        if self.profile_turns < 1:
            raise ValueError(f"profile_turns must be >= 1, got {self.profile_turns}")
        if self.max_match is not None and not -1.0 < self.max_match <= 1.0:
            raise ValueError(f"max_match must be in (-1, 1] or None, got {self.max_match}")


def _profile(
    turns: Sequence[Turn], speaker: int, leave_out: int, settings: MisplacedTurnSettings
) -> tuple:
    """``speaker``'s ``profile_turns`` longest turns longer than ``max_turn`` (so that one
    profile serves every turn checked: a profile that left out each checked turn in turn cost
    a CAM++ read of up to 18 s per turn), else its longest turns other than ``leave_out``,
    each cut to its middle ``PROFILE_PIECE_SECONDS`` (CAM++ costs in proportion to the
    audio)."""
    own = [
        (end - start, start, end)
        for index, (start, end, label) in enumerate(turns)
        if label == speaker and index != leave_out
    ]
    chosen = sorted([turn for turn in own if turn[0] > settings.max_turn] or own, reverse=True)
    pieces = []
    for length, start, end in chosen[: settings.profile_turns]:
        trim = max(0.0, (length - PROFILE_PIECE_SECONDS) / 2)
        pieces.append((start + trim, end - trim))
    return tuple(sorted(pieces))


def reassign(
    audio: np.ndarray,
    turns: Sequence[Turn],
    embed: TurnEmbedder,
    settings: MisplacedTurnSettings | None = None,
    windows: WindowEmbeddings | None = None,
    centroids: np.ndarray | None = None,
) -> list[Turn]:
    """Move each turn of ``min_turn``-``max_turn`` seconds to the speaker CAM++ hears in it
    when that speaker's profile reads at least ``margin`` nearer than its own speaker's.
    Profiles are read from the turns as given, so the result does not depend on the order the
    turns are checked in.

    Args:
        audio: The recording (mono float32, 16 kHz).
        turns: ``(start, end, speaker)`` turns.
        embed: CAM++ on a union of segments (one unit vector).
        settings: Tunables.
        windows: The recording's Resemblyzer windows, for ``max_match`` (with ``centroids``,
            which the speaker indices refer to); ``None`` reads every turn checked.
        centroids: The speakers' Resemblyzer centroids.

    Returns:
        The turns in time order, moved turns relabelled (the speakers stay the same set).
    """
    settings = settings or MisplacedTurnSettings()
    turns = sorted(turns)
    seconds: dict[int, float] = {}
    for start, end, speaker in turns:
        seconds[speaker] = seconds.get(speaker, 0.0) + end - start
    if len(seconds) < 2:
        return turns
    voice = voice_reader(audio, embed)

    out = list(turns)
    for index, (start, end, speaker) in enumerate(turns):
        length = end - start
        if not settings.min_turn < length <= settings.max_turn:
            continue
        if seconds[speaker] - length < settings.min_rest:
            continue
        part = tuple(clean_segments(turns, index))
        if sum(b - a for a, b in part) < settings.min_clean:
            continue
        if well_matched(part, speaker, settings.max_match, windows, centroids):
            continue
        scores = {
            other: float(voice(part) @ voice(profile))
            for other in seconds
            if (other == speaker or seconds[other] >= settings.min_rest)
            and (profile := _profile(turns, other, index, settings))
        }
        if speaker in scores:
            out[index] = (start, end, clearly_nearest(turns[index], scores, settings.margin))
    return out
