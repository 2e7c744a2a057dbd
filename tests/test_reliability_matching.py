"""One-to-one event matching within a tolerance, and precision/recall/F1 (issue #13 §2)."""

from __future__ import annotations

import pytest

from bodycam.research.events import CodedEvent
from bodycam.research.matching import match_events


def tag(coder, start, code="cmd", footage=1, id=None):
    return CodedEvent(coder, footage, code, start, id=id)


def starts(pairs):
    return [(p.a.start, p.b.start) for p in pairs]


def test_an_event_that_could_match_two_is_matched_once_to_the_nearer():
    events = [tag("a", 10.0, id=1), tag("b", 9.0, id=2), tag("b", 10.5, id=3)]
    result = match_events(events, "a", "b", tolerance=2.0)
    assert starts(result.pairs) == [(10.0, 10.5)]
    assert result.pairs[0].delta == pytest.approx(0.5)
    assert [e.id for e in result.unmatched_b] == [2]
    assert result.unmatched_a == []
    assert (result.events_a, result.events_b, result.matched) == (1, 2, 1)
    assert result.precision.value == 0.5
    assert result.recall.value == 1.0
    assert result.f1.value == pytest.approx(2 / 3)


def test_matching_is_optimal_where_nearest_first_would_lose_a_pair():
    # Nearest first would pair 2.5 with 2.0 (Δ 0.5) and leave 0.0 and 4.4 apart (Δ 4.4 > 2).
    # The optimal matching pairs 0.0–2.0 (Δ 2.0, on the tolerance) and 2.5–4.4 (Δ 1.9).
    events = [tag("a", 0.0), tag("a", 2.5), tag("b", 2.0), tag("b", 4.4)]
    result = match_events(events, "a", "b", tolerance=2.0)
    assert starts(result.pairs) == [(0.0, 2.0), (2.5, 4.4)]
    assert result.f1.value == 1.0


def test_among_matchings_of_equal_size_the_smallest_total_distance_wins():
    events = [tag("a", 1.0), tag("a", 2.0), tag("b", 1.1), tag("b", 2.1)]
    result = match_events(events, "a", "b", tolerance=2.0)
    assert starts(result.pairs) == [(1.0, 1.1), (2.0, 2.1)]


def test_tolerance_is_inclusive_and_settable():
    events = [tag("a", 5.0), tag("b", 7.0), tag("b", 0.0)]
    assert starts(match_events(events, "a", "b", tolerance=2.0).pairs) == [(5.0, 7.0)]
    narrow = match_events(events, "a", "b", tolerance=1.0)
    assert narrow.pairs == []
    assert narrow.precision.value == 0.0
    assert narrow.recall.value == 0.0
    assert narrow.f1.value == 0.0


def test_only_the_same_code_on_the_same_footage_matches():
    events = [
        tag("a", 1.0, code="cmd"),
        tag("b", 1.0, code="calm"),
        tag("a", 3.0, footage=1),
        tag("b", 3.0, footage=2),
        tag("c", 1.0),  # a third coder is ignored
    ]
    result = match_events(events, "a", "b")
    assert result.pairs == []
    assert len(result.unmatched_a) == 2
    assert len(result.unmatched_b) == 2


def test_result_does_not_depend_on_input_order():
    events = [tag("a", 4.0), tag("b", 3.0), tag("a", 2.0), tag("b", 5.0), tag("b", 3.5)]
    forward = match_events(events, "a", "b")
    backward = match_events(list(reversed(events)), "a", "b")
    assert starts(forward.pairs) == starts(backward.pairs) == [(2.0, 3.0), (4.0, 3.5)]


def test_no_events_give_reasons_not_nan():
    empty = match_events([tag("a", 1.0)], "a", "b")
    assert empty.precision.value is None
    assert empty.precision.reason == "b has no tags here (precision is matched / b's tags)"
    assert empty.recall.value == 0.0
    nothing = match_events([], "a", "b")
    assert nothing.f1.reason == "neither coder has tags here"
    assert nothing.recall.reason == "a has no tags here (recall is matched / a's tags)"


def test_pairs_are_listed_footage_by_footage_in_numeric_order():
    events = [tag("a", 1.0, footage=10), tag("b", 1.0, footage=10)]
    events += [tag("a", 2.0, footage=2), tag("b", 2.0, footage=2)]
    result = match_events(events, "a", "b")
    assert [p.a.footage_id for p in result.pairs] == [2, 10]
