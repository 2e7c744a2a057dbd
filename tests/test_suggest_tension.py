"""The tension curve (#15): the pure series and its peaks, the stored suggestions' curve per
footage (pending and confirmed count, rejected never), the Library's column and the player's
payload, all with exact values."""

from __future__ import annotations

import json

import pytest
from suggest_support import add_footage, add_transcript

from bodycam.annotate import tags
from bodycam.suggest import inbox
from bodycam.suggest.curve import TensionSeries, footage_tension, tension_by_footage
from bodycam.suggest.runs import run_detectors
from bodycam.suggest.tension import peaks, tension_series
from bodycam.ui.components.timeline_player import EventInbox, build_payload
from bodycam.ui.library import footage_frame

#: An escalation at 5-7 s and a de-escalation at 14-16 s over 20 s.
TWO_SPANS = [(5.0, 7.0, 1.0), (14.0, 16.0, -1.0)]
TWO_SPANS_SERIES = [
    0.367, 0.579, 0.769, 0.887, 0.941, 0.959, 0.957, 0.929, 0.836, 0.56,
    0.0, -0.56, -0.836, -0.929, -0.957, -0.959, -0.941, -0.887, -0.769, -0.579,
]  # fmt: skip
#: suggest_support's encounter after the detectors: command (1.0-2.55 s, 0.8), introduction
#: (5.0-8.15 s, 0.9), reassurance (9.0-10.55 s, 0.85), tactical pause (10.6-11.75 s, 0.8).
ALL_PENDING = [
    0.743, 0.628, 0.181, -0.611, -0.952, -0.996, -1.0,
    -1.0, -1.0, -1.0, -1.0, -1.0, -0.998, -0.984,
]  # fmt: skip
#: The same with the introduction rejected.
INTRODUCTION_REJECTED = [
    0.883, 0.908, 0.895, 0.818, 0.564, -0.055, -0.699,
    -0.936, -0.985, -0.995, -0.997, -0.995, -0.989, -0.963,
]  # fmt: skip


def test_series_is_exact_and_peaks_at_the_escalation():
    series = tension_series(TWO_SPANS, 20.0)
    assert series == TWO_SPANS_SERIES
    assert peaks(series) == [5]
    assert tension_series([], 2.5) == [0.0, 0.0, 0.0]
    assert tension_series(TWO_SPANS, 0.0) == []


def test_peaks_are_highest_first_and_one_per_flare_up():
    series = [0.1] * 40
    series[3], series[8], series[25], series[35] = 0.9, 0.95, 0.5, 0.2
    # 3 is within 10 s of the higher 8; 35 is under the 0.25 floor.
    assert peaks(series) == [8, 25]
    assert peaks([-0.5, 0.0, 0.2]) == []


@pytest.fixture
def encounter(store):
    footage_id = add_footage(store)
    add_transcript(store, footage_id)
    run_detectors(store, footage_id, "tester")
    return footage_id


def test_curve_counts_pending_and_confirmed_never_rejected(encounter, store):
    curve = footage_tension(store, encounter)
    assert list(curve.values) == ALL_PENDING
    assert (curve.peaks, curve.counted) == ((0,), {"pending": 4})
    inbox.reject(store, 2, "sgt.kim")  # the introduction: it no longer lowers the curve
    curve = footage_tension(store, encounter)
    assert list(curve.values) == INTRODUCTION_REJECTED
    assert (curve.peak, curve.counted) == (1, {"pending": 3})
    # Confirmed after an edit: weight 1 with the tag's code and bounds, not the suggestion's.
    tag_id = inbox.confirm(store, 1, "sgt.kim", code="threat_of_arrest_or_force", end=4.0)
    expected = tension_series([(1.0, 4.0, 1.0), (9.0, 10.55, -0.85), (10.6, 11.75, -0.8)], 14)
    curve = footage_tension(store, encounter)
    assert list(curve.values) == expected
    assert curve.counted == {"confirmed": 1, "pending": 2}
    # The reviewer later moves the tag: the curve follows the tag.
    tag = tags.get_tag(store, tag_id)
    tags.update_tag(store, tag_id, tag["version"], "sgt.kim", start=2.0, end=3.0)
    moved = tension_series([(2.0, 3.0, 1.0), (9.0, 10.55, -0.85), (10.6, 11.75, -0.8)], 14)
    assert list(footage_tension(store, encounter).values) == moved
    # Deleted, it no longer counts at all.
    tags.delete_tag(store, tag_id, tag["version"] + 1, "sgt.kim")
    curve = footage_tension(store, encounter)
    assert list(curve.values) == tension_series([(9.0, 10.55, -0.85), (10.6, 11.75, -0.8)], 14)
    assert curve.counted == {"pending": 2}
    # The footage summary (Verify page) shows the same live curve.
    assert inbox.summary(store, encounter)["tension"] == list(curve.values)


def test_a_new_transcript_leaves_the_old_suggestions_out(encounter, store):
    add_transcript(store, encounter)  # re-transcribed: the detectors have not read it yet
    curve = footage_tension(store, encounter)
    assert curve.counted == {} and curve.for_player() is None
    assert list(curve.values) == [0.0] * 14


def test_library_column_is_the_curve_and_its_peak(encounter, store):
    add_footage(store, 2, duration=30.0)  # no transcript: no curve
    frame = footage_frame(store).set_index("id")
    assert frame.loc[1, "tension"] == ALL_PENDING
    assert (frame.loc[1, "peak"], frame.loc[1, "peak_seconds"]) == ("0:00.0", 0)
    assert frame.loc[2, "tension"] == [] and frame.loc[2, "peak"] == ""
    inbox.reject(store, 2, "sgt.kim")
    frame = footage_frame(store).set_index("id")
    assert frame.loc[1, "tension"] == INTRODUCTION_REJECTED
    assert (frame.loc[1, "peak"], frame.loc[1, "peak_seconds"]) == ("0:01.0", 1)


def test_sparkline_keeps_the_strongest_value_of_each_stretch():
    values = [0.0] * 250
    values[7], values[100], values[101] = -0.9, 0.6, 0.4
    curve = TensionSeries(1, tuple(values), (), {"pending": 1})
    line = curve.sparkline(points=100)
    assert len(line) == 100
    # 2.5 s per point: seconds 5-7 are point 2 (round(5.0) to round(7.5)), 100-101 point 40.
    assert line[2] == -0.9 and line[40] == 0.6
    assert sum(1 for v in line if v) == 2
    assert TensionSeries(1, (0.1, 0.2), ()).sparkline() == [0.1, 0.2]


def test_curves_of_several_footage_in_one_call(encounter, store):
    add_footage(store, 2, duration=3.0)
    curves = tension_by_footage(store, [2, 1, 2])
    assert list(curves) == [2, 1]
    assert curves[2] == TensionSeries(2, (0.0, 0.0, 0.0), (), {})
    assert list(curves[1].values) == ALL_PENDING
    assert tension_by_footage(store, []) == {}


def test_player_payload_carries_the_curve_in_its_own_versioned_section(encounter, store):
    curve = footage_tension(store, encounter).for_player()
    assert curve == {"values": ALL_PENDING, "peaks": [0]}
    data = {"video_url": "/v.mp4", "duration": 14.0, "tension": curve}
    first = build_payload(data, key="p", inbox=EventInbox())
    assert json.loads(first["sections"]["tension"]) == curve
    inbox.reject(store, 2, "sgt.kim")
    again = {**data, "tension": footage_tension(store, encounter).for_player()}
    second = build_payload(again, key="p", inbox=EventInbox())
    changed = {k for k in first["versions"] if first["versions"][k] != second["versions"][k]}
    assert changed == {"tension"}
    empty = build_payload({"video_url": "/v.mp4"}, key="p", inbox=EventInbox())
    assert json.loads(empty["sections"]["tension"]) is None


def test_a_blind_coder_sees_no_suggestions_and_a_flat_curve_until_submitting(encounter, store):
    """Machine suggestions would steer a coding meant to be independent: while alice codes the
    footage blind, the queue, the curve and the Library column hold none; bob, coding it open,
    sees them all; once alice submits, so does she."""
    from bodycam.models.users import User
    from bodycam.research import assignments

    rita = User(4, "rita", "researcher")
    alice, bob = User(5, "alice", "researcher"), User(6, "bob", "researcher")
    blind = assignments.assign(store, rita, encounter, "alice")
    assignments.assign(store, rita, encounter, "bob", blind=False)
    assert inbox.list_suggestions(store, encounter, viewer=alice) == []
    assert len(inbox.list_suggestions(store, encounter, viewer=bob)) == 4
    assert footage_tension(store, encounter, alice).counted == {}
    assert footage_tension(store, encounter, alice).for_player() is None
    assert list(footage_tension(store, encounter, bob).values) == ALL_PENDING
    assert footage_frame(store, alice)["tension"].tolist() == [[]]
    assert footage_frame(store, alice)["peak"].tolist() == [""]
    assignments.submit(store, alice, blind)
    assert len(inbox.list_suggestions(store, encounter, viewer=alice)) == 4
    assert list(footage_tension(store, encounter, alice).values) == ALL_PENDING
