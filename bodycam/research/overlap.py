"""Interval overlap agreement: intersection over union of coded time.

A coder's coded time for a code on a footage is the union of their interval tags of that code
(clipped to the footage), so overlapping tags of one coder are not counted twice. Point tags
have no duration and do not count; a code tagged only with points has no IoU (event matching
covers it). Times are exact seconds, not slices.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bodycam.research.coefficients import Statistic
from bodycam.research.events import CodedEvent

Spans = list[tuple[float, float]]


def coded_time(events: Iterable[CodedEvent], duration: float) -> Spans:
    "The merged, sorted spans covered by the interval events, clipped to [0, duration]."
    spans = sorted((e.start, min(e.stop, duration)) for e in events if e.is_span)
    merged: Spans = []
    for start, end in spans:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def total(spans: Spans) -> float:
    return sum(end - start for start, end in spans)


def intersection(first: Spans, second: Spans) -> float:
    "Length of time covered by both lists of merged spans (one pass over both)."
    i = j = 0
    shared = 0.0
    while i < len(first) and j < len(second):
        low = max(first[i][0], second[j][0])
        high = min(first[i][1], second[j][1])
        if high > low:
            shared += high - low
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return shared


@dataclass
class PairOverlap:
    "Coded time shared by two coders (intersection) and coded by either (union), in seconds."

    coder_a: str
    coder_b: str
    shared_seconds: float
    union_seconds: float
    iou: Statistic


def pair_overlap(
    coder_a: str, coder_b: str, pairs_of_spans: Iterable[tuple[Spans, Spans]]
) -> PairOverlap:
    "IoU of two coders, their seconds summed over footage (one (A, B) spans pair per footage)."
    shared = covered = 0.0
    for first, second in pairs_of_spans:
        both = intersection(first, second)
        shared += both
        covered += total(first) + total(second) - both
    return PairOverlap(coder_a, coder_b, shared, covered, iou(shared, covered))


def pooled_overlap(overlaps: Sequence[PairOverlap]) -> PairOverlap:
    "One pair's overlaps of several codes summed: the overall IoU of that pair."
    first = overlaps[0]
    shared = sum(o.shared_seconds for o in overlaps)
    covered = sum(o.union_seconds for o in overlaps)
    return PairOverlap(first.coder_a, first.coder_b, shared, covered, iou(shared, covered))


def iou(shared: float, covered: float) -> Statistic:
    "Intersection over union, or why there is none."
    if covered <= 0:
        return Statistic(None, "no interval tags, so no coded time to overlap (see event matching)")
    return Statistic(shared / covered)


def mean_iou(pairwise: Sequence[PairOverlap]) -> Statistic:
    "The mean over coder pairs of the defined pairwise IoUs (the only value for two coders)."
    defined = [o.iou.value for o in pairwise if o.iou.value is not None]
    if not defined:
        reasons = {o.iou.reason for o in pairwise if o.iou.reason}
        return Statistic(None, "; ".join(sorted(reasons)) or "no coder pair")
    return Statistic(sum(defined) / len(defined))
