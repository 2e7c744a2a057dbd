"""The tension curve: escalation minus de-escalation evidence per second, smoothed, so a
reviewer can jump to the peaks.

Pure functions over weighted spans; ``curve`` reads the spans of one footage from the database
(pending and confirmed suggestions, never rejected ones).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from .types import Suggestion

#: Gaussian smoothing width, seconds.
SMOOTH_SECONDS = 3.0
#: Crisis indicators raise tension by this share of their score (they are context, not acts).
CONTEXT_WEIGHT = 0.5
#: Sign and weight of each polarity; outcomes and unknown codes do not move the curve.
POLARITY_WEIGHT = {"escalation": 1.0, "de-escalation": -1.0, "context": CONTEXT_WEIGHT}
#: A peak is a local maximum at least this high ...
PEAK_MIN = 0.25
#: ... and at least this many seconds from a higher one (one peak per flare-up).
PEAK_SEPARATION = 10
#: At most this many peaks are marked.
MAX_PEAKS = 3


def tension_series(spans: Iterable[tuple[float, float, float]], duration: float) -> list[float]:
    """One value per second in [-1, 1] from weighted spans, positive where escalation
    evidence dominates.

    Args:
        spans: ``(start, end, weight)``; the weight is added to every second the span touches
            (at least one), then the sum is smoothed and squashed with tanh.
        duration: Seconds of footage; the series has ``ceil(duration)`` values.
    """
    seconds = max(0, math.ceil(duration))
    if seconds == 0:
        return []
    raw = np.zeros(seconds)
    for start, end, weight in spans:
        lo = min(seconds - 1, max(0, int(start)))
        hi = min(seconds, max(lo + 1, math.ceil(end)))
        raw[lo:hi] += weight
    radius = int(3 * SMOOTH_SECONDS)
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / SMOOTH_SECONDS) ** 2)
    # "full" then cut: mode="same" returns max(len(raw), len(kernel)) values, longer than the
    # footage when it is shorter than the kernel (19 s).
    smooth = np.convolve(raw, kernel / kernel.max(), mode="full")[radius : radius + seconds]
    return [round(float(v), 3) + 0.0 for v in np.tanh(smooth)]  # + 0.0: no "-0.0" in JSON


def tension_curve(
    suggestions: list[Suggestion], polarity_of: dict[str, str], duration: float
) -> list[float]:
    """The curve of one detector run: each suggestion weighs its score, signed by polarity.

    Args:
        suggestions: The detectors' output.
        polarity_of: Code id to polarity from the codebook.
        duration: Seconds of footage; the curve has ``ceil(duration)`` values.
    """
    spans = (
        (s.start, s.end, POLARITY_WEIGHT.get(polarity_of.get(s.code_id, ""), 0.0) * s.score)
        for s in suggestions
    )
    return tension_series(spans, duration)


def peaks(series: list[float]) -> list[int]:
    """The seconds of the highest escalation peaks, highest first: local maxima of at least
    ``PEAK_MIN``, each ``PEAK_SEPARATION`` s from a higher one, at most ``MAX_PEAKS``."""
    order = sorted(range(len(series)), key=lambda i: (-series[i], i))
    found: list[int] = []
    for second in order:
        if series[second] < PEAK_MIN or len(found) == MAX_PEAKS:
            break
        if all(abs(second - other) >= PEAK_SEPARATION for other in found):
            found.append(second)
    return found
