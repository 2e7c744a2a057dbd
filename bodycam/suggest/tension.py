"""The tension curve: escalation minus de-escalation evidence per second, smoothed, so a
reviewer can jump to the peaks."""

from __future__ import annotations

import math

import numpy as np

from .types import Suggestion

#: Gaussian smoothing width, seconds.
SMOOTH_SECONDS = 3.0
#: Crisis indicators raise tension by this share of their score (they are context, not acts).
CONTEXT_WEIGHT = 0.5


def tension_curve(
    suggestions: list[Suggestion], polarity_of: dict[str, str], duration: float
) -> list[float]:
    """One value per second in [-1, 1]; positive where escalation evidence dominates.

    Args:
        suggestions: The detectors' output.
        polarity_of: Code id to polarity from the codebook.
        duration: Seconds of footage; the curve has ``ceil(duration)`` values.
    """
    seconds = max(0, math.ceil(duration))
    if seconds == 0:
        return []
    raw = np.zeros(seconds)
    weights = {"escalation": 1.0, "de-escalation": -1.0, "context": CONTEXT_WEIGHT}
    for suggestion in suggestions:
        weight = weights.get(polarity_of.get(suggestion.code_id, ""), 0.0)
        lo = min(seconds - 1, max(0, int(suggestion.start)))
        hi = min(seconds, max(lo + 1, math.ceil(suggestion.end)))
        raw[lo:hi] += weight * suggestion.score
    radius = int(3 * SMOOTH_SECONDS)
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / SMOOTH_SECONDS) ** 2)
    # "full" then cut: mode="same" returns max(len(raw), len(kernel)) values, longer than the
    # footage when it is shorter than the kernel (19 s).
    smooth = np.convolve(raw, kernel / kernel.max(), mode="full")[radius : radius + seconds]
    return [round(float(v), 3) for v in np.tanh(smooth)]
