"""Time slicing: turn coded events into (code, slice) units with a 0/1 value per coder.

The rule, exactly:

- Footage of duration D is cut into ``ceil(D / s)`` half-open slices ``[k·s, (k+1)·s)``; the
  last one may be shorter and ends at D.
- A point tag at t marks slice ``floor(t / s)``: a point on a boundary belongs to the later
  slice, and a point at exactly D marks the last slice.
- An interval ``[a, b)`` marks every slice it overlaps, i.e. slice k when ``a < (k+1)·s`` and
  ``b > k·s``; an interval that ends on a boundary does not touch the next slice. Its end is
  clipped to D. A zero-length interval counts as a point.
- Times are compared with boundaries after dividing by s with a tolerance of 1e-9 slice, so
  that 0.3 s is on the boundary of 0.1 s slices although 0.3 / 0.1 < 3 in floating point.

For each code any selected coder used, a coder's value on a unit is 1 when one of their tags of
that code touches the slice, 0 when they coded that footage without touching it, and missing
(NaN) when they did not code that footage at all.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from bodycam.research.events import CodedEvent, FootageId

# In slices: absorbs the rounding of t / s (see the module docstring).
BOUNDARY_TOLERANCE = 1e-9


def slice_count(duration: float, slice_length: float) -> int:
    "Number of slices of ``slice_length`` that cover ``duration`` (the last may be partial)."
    return max(1, math.ceil(duration / slice_length - BOUNDARY_TOLERANCE))


def slice_span(event: CodedEvent, duration: float, slice_length: float) -> tuple[int, int]:
    """Return the slices ``event`` touches as a range ``[first, stop)`` of slice indices."""
    count = slice_count(duration, slice_length)
    first = min(math.floor(event.start / slice_length + BOUNDARY_TOLERANCE), count - 1)
    if not event.is_span:
        return first, first + 1
    end = min(event.stop, duration)
    stop = math.ceil(end / slice_length - BOUNDARY_TOLERANCE)
    return first, min(max(stop, first + 1), count)


@dataclass
class SliceUnits:
    """The units of every code: ``values[code]`` is a (coders × units) array of 0, 1 or NaN.

    Units run footage by footage in the order of ``footage_ids``; ``offsets[i]`` is the index of
    the first slice of footage i.
    """

    slice_length: float
    coders: list[str]
    footage_ids: list[FootageId]
    offsets: list[int]
    values: dict[str, np.ndarray]

    @property
    def units_per_code(self) -> int:
        return self.offsets[-1] if self.offsets else 0

    def pooled(self) -> np.ndarray:
        "Units of every code side by side: the overall figure's data."
        if not self.values:
            return np.empty((len(self.coders), 0))
        return np.concatenate([self.values[code] for code in sorted(self.values)], axis=1)


def slice_units(
    events: Iterable[CodedEvent],
    durations: Mapping[FootageId, float],
    footage_coders: Mapping[FootageId, Sequence[str]],
    coders: Sequence[str],
    slice_length: float = 1.0,
) -> SliceUnits:
    """Build the 0/1/NaN units of every code that one of ``coders`` used.

    Args:
        events: the coded events (already validated against ``durations``).
        durations: seconds per footage; its keys, in order, are the footage in scope.
        footage_coders: who coded each footage; other coders are missing there.
        coders: the coders compared, in row order.
        slice_length: seconds per slice.
    """
    footage_ids = list(durations)
    counts = [slice_count(durations[f], slice_length) for f in footage_ids]
    offsets = [0, *np.cumsum(counts).tolist()]
    position = {footage_id: i for i, footage_id in enumerate(footage_ids)}
    row = {coder: i for i, coder in enumerate(coders)}
    total = offsets[-1]

    # A difference array per code: +1 at the first slice of each event, -1 after its last.
    # Summing keeps overlapping tags of one coder at "touched" without a Python loop per slice.
    diffs: dict[str, np.ndarray] = {}
    for event in events:
        if event.coder not in row or event.footage_id not in position:
            continue
        first, stop = slice_span(event, durations[event.footage_id], slice_length)
        base = offsets[position[event.footage_id]]
        diff = diffs.get(event.code_id)
        if diff is None:
            diff = diffs[event.code_id] = np.zeros((len(coders), total + 1), dtype=np.int64)
        diff[row[event.coder], base + first] += 1
        diff[row[event.coder], base + stop] -= 1

    # Missing where a coder did not code the footage: the same mask for every code.
    missing = np.zeros((len(coders), total), dtype=bool)
    for i, footage_id in enumerate(footage_ids):
        coded = set(footage_coders.get(footage_id, ()))
        for coder, r in row.items():
            if coder not in coded:
                missing[r, offsets[i] : offsets[i + 1]] = True

    values = {}
    for code, diff in diffs.items():
        touched = (np.cumsum(diff, axis=1)[:, :total] > 0).astype(np.float64)
        touched[missing] = np.nan
        values[code] = touched
    return SliceUnits(slice_length, list(coders), footage_ids, offsets, values)
