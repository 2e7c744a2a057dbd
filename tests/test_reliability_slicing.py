"""The (code, slice) units of reliability: the boundary rules, exactly (issue #13 §2)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from bodycam.research.events import CodedEvent
from bodycam.research.slicing import slice_count, slice_span, slice_units


def point(t, coder="a", code="c", footage=1):
    return CodedEvent(coder, footage, code, t)


def interval(start, end, coder="a", code="c", footage=1):
    return CodedEvent(coder, footage, code, start, end, "interval")


@pytest.mark.parametrize(
    ("duration", "length", "count"),
    [(10.0, 1.0, 10), (10.5, 1.0, 11), (0.3, 0.1, 3), (0.2, 1.0, 1), (9.0, 2.0, 5)],
)
def test_slice_count_covers_the_duration_with_a_partial_last_slice(duration, length, count):
    assert slice_count(duration, length) == count


@pytest.mark.parametrize(
    ("event", "span"),
    [
        (point(0.0), (0, 1)),
        (point(0.999), (0, 1)),
        (point(1.0), (1, 2)),  # on a boundary: the later slice
        (point(10.0), (9, 10)),  # at the very end: the last slice
        (interval(0.5, 1.0), (0, 1)),  # ends on a boundary: does not touch slice 1
        (interval(0.5, 1.01), (0, 2)),
        (interval(1.0, 2.5), (1, 3)),
        (interval(2.0, 3.0), (2, 3)),
        (interval(3.2, 3.4), (3, 4)),  # inside one slice
        (interval(4.0, 4.0), (4, 5)),  # zero length: a point
        (interval(8.5, 12.0), (8, 10)),  # end clipped to the duration
    ],
)
def test_slice_span_boundary_rules(event, span):
    assert slice_span(event, 10.0, 1.0) == span


def test_boundaries_survive_floating_point_rounding():
    # 0.3 / 0.1 == 2.9999999999999996: still the boundary of slice 3.
    assert slice_span(point(0.3), 1.0, 0.1) == (3, 4)
    assert slice_span(interval(0.1, 0.3), 1.0, 0.1) == (1, 3)


def test_units_per_code_coder_and_footage_with_missing_for_an_uncoded_footage():
    events = [
        point(1.0, "a", "cmd", 1),
        interval(0.5, 2.0, "b", "cmd", 1),
        interval(1.0, 3.0, "a", "calm", 2),
        point(2.5, "c", "calm", 2),
    ]
    durations = {1: 3.0, 2: 4.0}
    coders_of = {1: ["a", "b"], 2: ["a", "c"]}
    units = slice_units(events, durations, coders_of, ["a", "b", "c"], 1.0)
    assert units.offsets == [0, 3, 7]
    assert units.units_per_code == 7
    assert sorted(units.values) == ["calm", "cmd"]
    nan = math.nan
    np.testing.assert_array_equal(
        units.values["cmd"],
        [[0, 1, 0, 0, 0, 0, 0], [1, 1, 0, nan, nan, nan, nan], [nan, nan, nan, 0, 0, 0, 0]],
    )
    np.testing.assert_array_equal(
        units.values["calm"],
        [[0, 0, 0, 0, 1, 1, 0], [0, 0, 0, nan, nan, nan, nan], [nan, nan, nan, 0, 0, 1, 0]],
    )
    pooled = units.pooled()
    assert pooled.shape == (3, 14)  # calm's units then cmd's
    np.testing.assert_array_equal(pooled[:, :7], units.values["calm"])


def test_overlapping_tags_of_one_coder_mark_a_slice_once():
    events = [interval(0.0, 2.5, "a"), interval(1.5, 3.0, "a"), point(1.2, "a")]
    units = slice_units(events, {1: 4.0}, {1: ["a", "b"]}, ["a", "b"], 1.0)
    np.testing.assert_array_equal(units.values["c"], [[1, 1, 1, 0], [0, 0, 0, 0]])


def test_slice_length_changes_the_units():
    events = [interval(1.0, 3.0, "a"), interval(2.0, 4.0, "b")]
    units = slice_units(events, {1: 4.0}, {1: ["a", "b"]}, ["a", "b"], 2.0)
    # Slices [0, 2) and [2, 4): a's [1, 3) touches both, b's [2, 4) only the second.
    np.testing.assert_array_equal(units.values["c"], [[1, 1], [0, 1]])
