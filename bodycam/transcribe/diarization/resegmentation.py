"""Resegmentation: window labels -> speaker turns.

Viterbi smoothing of per-window speaker scores with a cost for every change, centroid
refinement between passes, cutting speech regions where the labels change, and the short
shared stretch given to both speakers at each change.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from bodycam.transcribe import clustering


def viterbi(scores: np.ndarray, switch_costs: np.ndarray) -> np.ndarray:
    """Best state path through per-window scores with a cost for changing state.

    Args:
        scores: ``(n, k)`` score of each state at each window (higher is better).
        switch_costs: ``(n,)`` cost of a change between window ``i - 1`` and ``i``
            (``switch_costs[0]`` is unused).

    Returns:
        ``(n,)`` state index per window.
    """
    n, k = scores.shape
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    backpointers = np.zeros((n, k), dtype=np.int32)
    total = scores[0].astype(np.float64).copy()
    for index in range(1, n):
        best_previous = int(np.argmax(total))
        switch_total = total[best_previous] - switch_costs[index]
        stay = total >= switch_total
        backpointers[index] = np.where(stay, np.arange(k), best_previous)
        total = np.where(stay, total, switch_total) + scores[index]
    path = np.zeros(n, dtype=np.int64)
    path[-1] = int(np.argmax(total))
    for index in range(n - 1, 0, -1):
        path[index - 1] = backpointers[index, path[index]]
    return path


def smooth_labels(
    vectors: np.ndarray,
    centroids: np.ndarray,
    switch_costs: np.ndarray,
    passes: int = 2,
) -> tuple[np.ndarray, np.ndarray]:
    """Resegment windows against speaker centroids, refining the centroids between passes.

    Args:
        vectors: ``(n, d)`` unit window embeddings in time order.
        centroids: ``(k, d)`` unit speaker centroids.
        switch_costs: ``(n,)`` cost of a speaker change before each window.
        passes: Viterbi passes (at least 1).

    Returns:
        Labels per window and the refined centroids (empty speakers dropped, renumbered by
        first appearance).
    """
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(max(1, passes)):
        labels = viterbi(vectors @ centroids.T, switch_costs)
        labels, centroids = clustering.relabel_by_appearance(labels, vectors)
    return labels, centroids


def turns_from_windows(
    regions: Sequence[tuple[float, float]],
    centers: np.ndarray,
    owners: np.ndarray,
    labels: np.ndarray,
) -> list[tuple[float, float, int]]:
    """Cut each speech region where the window labels change (midway between window centres).

    Returns:
        ``(start, end, label)`` triples, sorted, non-overlapping.
    """
    turns: list[tuple[float, float, int]] = []
    for region_index, (begin, end) in enumerate(regions):
        inside = np.nonzero(owners == region_index)[0]
        if len(inside) == 0:
            continue
        start = begin
        for previous, current in itertools.pairwise(inside):
            if labels[current] != labels[previous]:
                cut = float(np.clip((centers[previous] + centers[current]) / 2, begin, end))
                if cut > start:
                    turns.append((start, cut, int(labels[previous])))
                start = cut
        if end > start:
            turns.append((start, end, int(labels[inside[-1]])))
    return _merge_adjacent(turns)


def overlap_changes(
    turns: list[tuple[float, float, int]], seconds: float
) -> list[tuple[float, float, int]]:
    """Give both speakers the ``seconds`` either side of each speaker change in running speech.

    In conversation the next speaker often starts before the current one finishes (overlaps
    of a few hundred ms are common at turn transitions), and a 1.6 s embedding window cannot
    place a change more precisely than about that, so a short shared stretch at each change
    trades a little false alarm for missed overlapped speech and confusion.

    Args:
        turns: Sorted, non-overlapping ``(start, end, label)`` triples.
        seconds: Extension into the neighbouring turn (never past that turn's far end).

    Returns:
        Turns sorted by start; those at a change overlap by up to ``2 * seconds``.
    """
    if seconds <= 0:
        return list(turns)
    extended = []
    for index, (start, end, label) in enumerate(turns):
        if index > 0:
            previous = turns[index - 1]
            if previous[2] != label and abs(previous[1] - start) < 1e-6:
                start = max(previous[0], start - seconds)
        if index + 1 < len(turns):
            following = turns[index + 1]
            if following[2] != label and abs(following[0] - end) < 1e-6:
                end = min(following[1], end + seconds)
        extended.append((start, end, label))
    return sorted(extended, key=lambda turn: (turn[0], turn[1]))


def _merge_adjacent(turns: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    merged: list[tuple[float, float, int]] = []
    for start, end, label in turns:
        if merged and merged[-1][2] == label and start - merged[-1][1] < 1e-6:
            merged[-1] = (merged[-1][0], end, label)
        else:
            merged.append((start, end, label))
    return merged
