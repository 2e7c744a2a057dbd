"""What the embedding windows say about the segmentation model's frames (``stitching.py``):
the speaker each frame's nearest window was labelled with, how close that window is to each
speaker's centroid, and the votes a local speaker's stretches cast when the embeddings decide
who speaks (``StitchingSettings.voices_decide``, ``StitchingSettings.split_by_voice``)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from bodycam.transcribe.segmentation import FRAME_DURATION, FRAME_STEP

if TYPE_CHECKING:
    from bodycam.transcribe.embeddings import WindowEmbeddings
    from bodycam.transcribe.stitching import StitchingSettings


def frame_labels(
    window_centers: np.ndarray, labels: np.ndarray, half_window: float, duration: float
) -> np.ndarray:
    """Global speaker of each model frame from the nearest embedding window's label (-1 when
    no window centre lies within ``half_window``)."""
    total_frames = int(np.ceil(duration / FRAME_STEP)) + 1
    out = np.full(total_frames, -1, dtype=np.int64)
    if len(window_centers) == 0:
        return out
    times = np.arange(total_frames) * FRAME_STEP + FRAME_DURATION / 2
    right = np.clip(np.searchsorted(window_centers, times), 1, len(window_centers) - 1)
    left = right - 1
    nearest = np.where(
        np.abs(window_centers[left] - times) <= np.abs(window_centers[right] - times), left, right
    )
    if len(window_centers) == 1:
        nearest = np.zeros(total_frames, dtype=np.int64)
    close = np.abs(window_centers[nearest] - times) <= half_window
    out[close] = np.asarray(labels)[nearest[close]]
    return out


def frame_similarities(
    window_centers: np.ndarray,
    vectors: np.ndarray,
    centroids: np.ndarray,
    half_window: float,
    duration: float,
) -> np.ndarray:
    """``(frames, speakers)`` cosine of each model frame's nearest embedding window to each
    centroid (NaN when no window centre lies within ``half_window``), as ``frame_labels``
    picks the window."""
    total_frames = int(np.ceil(duration / FRAME_STEP)) + 1
    out = np.full((total_frames, len(centroids)), np.nan, dtype=np.float32)
    if len(window_centers) == 0 or len(centroids) == 0:
        return out
    index = frame_labels(window_centers, np.arange(len(window_centers)), half_window, duration)
    close = index >= 0
    out[close] = vectors[index[close]] @ np.asarray(centroids, dtype=np.float32).T
    return out


@dataclass(frozen=True)
class VoiceEvidence:
    """What the embedding windows say about a chunk's frames.

    Attributes:
        labels: ``(frames,)`` the windows' speaker of each frame (-1: none).
        scores: ``(frames, speakers)`` cosine of each frame's window to each centroid, or
            ``None`` (no splitting).
        existing: Speakers the model's matches gave speech to.
        held: Speakers the chunk's other local speakers are matched to.
    """

    labels: np.ndarray
    scores: np.ndarray | None
    existing: set[int]
    held: frozenset[int] = frozenset()


def vote_by_voice(
    votes: np.ndarray,
    span: slice,
    activity: np.ndarray,
    local: int,
    matched: int,
    voice: VoiceEvidence,
    n_speakers: int,
    settings: StitchingSettings,
) -> None:
    """Add one local speaker's votes, each stretch of its activity to the speaker its own
    frames' windows name (``StitchingSettings.voices_decide``), pieces of it to another
    speaker they clearly belong to (``StitchingSettings.split_by_voice``)."""
    labels = voice.labels
    active = activity[:, local].astype(bool)
    alone = active & (activity.sum(axis=1) == 1)
    padded = np.concatenate([[False], active, [False]])
    edges = np.nonzero(np.diff(padded.astype(np.int8)))[0]
    min_frames = settings.min_run_evidence / FRAME_STEP
    for first, stop in zip(edges[::2], edges[1::2], strict=True):
        speaker = matched
        evidence = labels[first:stop][alone[first:stop] & (labels[first:stop] >= 0)]
        if settings.voices_decide and len(evidence) >= min_frames:
            counts = np.bincount(evidence, minlength=n_speakers)
            if counts.max() > len(evidence) / 2:
                speaker = int(np.argmax(counts))
        pieces = [(0, stop - first, speaker)]
        if settings.split_by_voice and voice.scores is not None:
            pieces = split_pieces(
                labels[first:stop],
                alone[first:stop],
                voice.scores[first:stop],
                speaker,
                voice.existing,
                settings,
                voice.held,
            )
        for start, end, who in pieces:
            votes[span.start + first + start : span.start + first + end, who] += 1


def split_pieces(
    labels: np.ndarray,
    alone: np.ndarray,
    scores: np.ndarray,
    speaker: int,
    existing: set[int],
    settings: StitchingSettings,
    held: frozenset[int] = frozenset(),
) -> list[tuple[int, int, int]]:
    """One stretch given to ``speaker``, except pieces of at least ``split_min`` seconds the
    windows give an ``existing`` other speaker whose centroid they are closer to by
    ``split_margin`` (mean cosine over the piece's not-overlapped, labelled frames). With
    ``settings.move_whole`` the whole stretch is such a piece when the windows name one other
    speaker throughout, unless that speaker is ``held`` (another local speaker of the chunk is
    matched to it).

    Returns:
        ``(first, stop, speaker)`` runs covering the stretch.
    """
    whole = [(0, len(labels), speaker)]
    min_frames = settings.split_min / FRAME_STEP
    pieces = voice_pieces(labels, alone, min_frames)
    if not pieces:
        return whole
    if len(pieces) == 1 and (not settings.move_whole or pieces[0][2] in held):
        return whole
    out: list[list[int]] = []
    for first, stop, label in pieces:
        who = speaker
        if label != speaker and label in existing:
            frames = np.arange(first, stop)
            frames = frames[alone[first:stop] & (labels[first:stop] >= 0)]
            gain = scores[frames, label] - scores[frames, speaker]
            if len(frames) >= min_frames and float(np.nanmean(gain)) >= settings.split_margin:
                who = label
        if out and out[-1][2] == who:
            out[-1][1] = stop
        else:
            out.append([first, stop, who])
    return [(first, stop, who) for first, stop, who in out]


def voice_pieces(
    labels: np.ndarray, alone: np.ndarray, min_frames: float
) -> list[tuple[int, int, int]]:
    """A stretch's frames cut into runs of one window label (``StitchingSettings.split_by_voice``).

    Args:
        labels: The windows' speaker of each frame of the stretch (-1: none).
        alone: Whether only this local speaker talks in each frame (only those are evidence).
        min_frames: Fewest frames a run keeps; shorter runs join their longer neighbour. Also
            the fewest labelled frames the stretch needs at all.

    Returns:
        ``(first, stop, speaker)`` runs covering the stretch, or none when the evidence is too
        thin (the chunk's match then decides).
    """
    valid = np.nonzero(alone & (labels >= 0))[0]
    if len(valid) < max(min_frames, 1):
        return []
    # Every frame takes the label of the nearest frame with evidence.
    positions = np.arange(len(labels))
    right = np.clip(np.searchsorted(valid, positions), 0, len(valid) - 1)
    left = np.clip(right - 1, 0, len(valid) - 1)
    nearer_left = np.abs(valid[left] - positions) <= np.abs(valid[right] - positions)
    named = labels[np.where(nearer_left, valid[left], valid[right])]
    bounds = [0, *(np.nonzero(np.diff(named))[0] + 1).tolist(), len(named)]
    runs = [[a, z, int(named[a])] for a, z in itertools.pairwise(bounds)]
    while len(runs) > 1:
        short = min(range(len(runs)), key=lambda i: runs[i][1] - runs[i][0])
        if runs[short][1] - runs[short][0] >= min_frames:
            break
        if short == 0:
            into = 1
        elif short == len(runs) - 1:
            into = short - 1
        else:
            before, after = runs[short - 1], runs[short + 1]
            into = short - 1 if before[1] - before[0] >= after[1] - after[0] else short + 1
        runs[into][0] = min(runs[into][0], runs[short][0])
        runs[into][1] = max(runs[into][1], runs[short][1])
        runs.pop(short)
        joined = [runs[0]]
        for run in runs[1:]:
            if run[2] == joined[-1][2]:
                joined[-1][1] = run[1]
            else:
                joined.append(run)
        runs = joined
    return [(a, z, speaker) for a, z, speaker in runs]


def label_runs(
    windows: WindowEmbeddings,
    labels: np.ndarray,
    speaker: int,
    count: int,
    half_step: float,
    max_seconds: float | None = None,
) -> list[tuple[float, float]]:
    """The ``count`` longest runs of consecutive windows labelled ``speaker`` (inside one
    speech region), each as the seconds its window centres span, ``half_step`` either side,
    in time order: a speaker's clearest stretches of voice. With ``max_seconds`` a longer run
    is cut to its middle ``max_seconds`` (so that a profile's cost stays bounded on long
    monologues)."""
    runs = []
    first = None
    for index in range(len(labels) + 1):
        same = (
            index < len(labels)
            and labels[index] == speaker
            and (first is not None and windows.regions[index] == windows.regions[first])
        )
        if first is not None and not same:
            start = float(windows.centers[first]) - half_step
            end = float(windows.centers[index - 1]) + half_step
            runs.append((end - start, max(start, 0.0), end))
            first = None
        if first is None and index < len(labels) and labels[index] == speaker:
            first = index
    longest = sorted(runs, reverse=True)[:count]
    if max_seconds is not None:
        longest = [
            (length, start + trim, end - trim)
            for length, start, end in longest
            for trim in [max(0.0, (length - max_seconds) / 2)]
        ]
    return sorted((start, end) for _, start, end in longest)
