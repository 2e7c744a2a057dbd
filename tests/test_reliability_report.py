"""The reliability report end to end on hand-computed coding (issue #13 §2)."""

from __future__ import annotations

import json
import math
import re
from fractions import Fraction

import krippendorff
import numpy as np
import pytest
from reliability_support import synthetic_coding

from bodycam.core.errors import InvalidInput
from bodycam.research.events import CodedEvent
from bodycam.research.reliability import reliability_report
from bodycam.research.report_text import format_report


def point(coder, footage, start, code="cmd"):
    return CodedEvent(coder, footage, code, start)


def span(coder, footage, start, end, code="calm"):
    return CodedEvent(coder, footage, code, start, end, "interval")


# Independent 2×2 formulas (a: both 1, b: only A, c: only B, d: both 0), exact in fractions.
def kappa_2x2(a, b, c, d):
    n = a + b + c + d
    po = Fraction(a + d, n)
    pe = Fraction((a + b) * (a + c) + (c + d) * (b + d), n * n)
    return float((po - pe) / (1 - pe))


def alpha_2x2(a, b, c, d):
    n = 2 * (a + b + c + d)
    n1 = 2 * a + b + c
    return float(1 - Fraction((n - 1) * (b + c), (n - n1) * n1))


def ac1_2x2(a, b, c, d):
    n = a + b + c + d
    pa = Fraction(a + d, n)
    share = Fraction(2 * a + b + c, 2 * n)
    pe = 2 * share * (1 - share)
    return float((pa - pe) / (1 - pe))


# Footage 1 is 10 s, footage 2 is 5 s: 15 one-second slices per code.
# cmd (points): alice 1.0, 8.2 | 2.0; bob 1.5, 4.9 | 2.4 -> slices alice {1, 8, 12},
#   bob {1, 4, 12}: a=2, b=1, c=1, d=11. Matching (±2 s): 1.0–1.5, 2.0–2.4; 8.2 and 4.9 apart.
# calm (intervals): alice [2, 6), bob [3, 7) on footage 1 -> alice {2..5}, bob {3..6}:
#   a=3, b=1, c=1, d=10; IoU = 3 s / 5 s. Matching: 2–3.
EVENTS = [
    point("alice", 1, 1.0),
    point("alice", 1, 8.2),
    point("alice", 2, 2.0),
    point("bob", 1, 1.5),
    point("bob", 1, 4.9),
    point("bob", 2, 2.4),
    span("alice", 1, 2.0, 6.0),
    span("bob", 1, 3.0, 7.0),
]
DURATIONS = {1: 10.0, 2: 5.0}


@pytest.fixture(scope="module")
def report():
    return reliability_report(EVENTS, DURATIONS)


def test_per_code_figures_equal_hand_computation(report):
    assert [c.code_id for c in report.codes] == ["calm", "cmd"]
    calm, cmd = report.codes
    assert cmd.kappa.value == pytest.approx(kappa_2x2(2, 1, 1, 11), abs=1e-12)
    assert cmd.kappa.value == pytest.approx(7 / 12, abs=1e-12)
    assert cmd.alpha.value == pytest.approx(alpha_2x2(2, 1, 1, 11), abs=1e-12)
    assert cmd.ac1.value == pytest.approx(ac1_2x2(2, 1, 1, 11), abs=1e-12)
    assert calm.kappa.value == pytest.approx(kappa_2x2(3, 1, 1, 10), abs=1e-12)
    assert calm.alpha.value == pytest.approx(alpha_2x2(3, 1, 1, 10), abs=1e-12)
    assert calm.ac1.value == pytest.approx(ac1_2x2(3, 1, 1, 10), abs=1e-12)
    for code in report.codes:
        for stat in (code.kappa, code.alpha, code.ac1):
            assert (stat.slice_length, stat.units, stat.reason) == (1.0, 15, None)
    assert calm.iou.value == pytest.approx(0.6)
    assert (calm.overlap[0].shared_seconds, calm.overlap[0].union_seconds) == (3.0, 5.0)
    assert cmd.iou.value is None
    assert "no interval tags" in cmd.iou.reason
    assert cmd.events == {"alice": 3, "bob": 3}


def test_matching_per_code_lists_pairs_and_unmatched(report):
    cmd = report.codes[1].matching[0]
    assert (cmd.coder_a, cmd.coder_b, cmd.tolerance) == ("alice", "bob", 2.0)
    assert [(p.a.start, p.b.start) for p in cmd.pairs] == [(1.0, 1.5), (2.0, 2.4)]
    assert [e.start for e in cmd.unmatched_a] == [8.2]
    assert [e.start for e in cmd.unmatched_b] == [4.9]
    assert cmd.precision.value == cmd.recall.value == cmd.f1.value == pytest.approx(2 / 3)


def test_overall_pools_the_units_of_every_code(report):
    overall = report.overall
    assert overall.code_id is None
    # calm + cmd: a=5, b=2, c=2, d=21 over 30 units.
    assert overall.kappa.value == pytest.approx(kappa_2x2(5, 2, 2, 21), abs=1e-12)
    assert overall.alpha.value == pytest.approx(alpha_2x2(5, 2, 2, 21), abs=1e-12)
    assert overall.ac1.value == pytest.approx(ac1_2x2(5, 2, 2, 21), abs=1e-12)
    assert (overall.kappa.units, overall.kappa.slice_length) == (30, 1.0)
    assert overall.iou.value == pytest.approx(0.6)
    match = overall.matching[0]
    assert (match.events_a, match.events_b, match.matched) == (4, 4, 3)
    assert match.f1.value == 0.75


def test_report_is_json_without_nan(report):
    text = json.dumps(report.to_dict(), allow_nan=False)
    data = json.loads(text)
    assert data["slice_length"] == 1.0
    assert data["codes"][0]["kappa"]["slice_length"] == 1.0
    assert data["overall"]["iou"]["value"] == pytest.approx(0.6)


def test_format_prints_the_slice_length_beside_every_slice_figure(report):
    text = format_report(report)
    calm_row = next(line for line in text.splitlines() if line.startswith("calm "))
    assert f"{kappa_2x2(3, 1, 1, 10):.3f} (1 s)" in calm_row
    assert f"{alpha_2x2(3, 1, 1, 10):.3f} (1 s)" in calm_row
    assert f"{ac1_2x2(3, 1, 1, 10):.3f} (1 s)" in calm_row
    assert "0.600" in calm_row
    cmd_row = next(line for line in text.splitlines() if line.startswith("cmd "))
    assert cmd_row.endswith("n/a [1]")
    assert (
        "[1] no interval tags, so no coded time to overlap (see event matching) (IoU of cmd)"
        in (text)
    )
    assert not re.search(r"\bnan\b", text, re.IGNORECASE)


def test_slice_length_is_carried_and_printed():
    half = reliability_report(EVENTS, DURATIONS, slice_length=0.5)
    assert half.overall.kappa.units == 60
    assert half.overall.kappa.slice_length == 0.5
    assert "(0.5 s)" in format_report(half)


def test_one_code_with_no_variation_says_why_and_never_prints_nan():
    events = [span("alice", 1, 0.0, 10.0), span("bob", 1, 0.0, 10.0)]
    report = reliability_report(events, {1: 10.0})
    (calm,) = report.codes
    for code in (calm, report.overall):
        assert code.kappa.value is None
        assert "every unit is 1 for both coders" in code.kappa.reason
        assert code.alpha.value is None
        assert "every pairable value is 1" in code.alpha.reason
        assert code.kappa.units == code.alpha.units == 10
        assert code.ac1.value == 1.0  # AC1 stays defined: pe = 0 with two categories
        assert code.iou.value == 1.0
    json.dumps(report.to_dict(), allow_nan=False)
    text = format_report(report)
    assert "n/a [1]" in text
    assert "on 1 s slices" in text
    assert not re.search(r"\bnan\b", text, re.IGNORECASE)


def test_no_events_at_all_say_why():
    report = reliability_report([], {1: 10.0}, coded_by={1: ["alice", "bob"]})
    assert report.codes == []
    for stat in (report.overall.kappa, report.overall.alpha, report.overall.ac1):
        assert stat.value is None
        assert stat.reason.startswith("no events")
        assert (stat.slice_length, stat.units) == (1.0, 0)
    assert report.overall.matching[0].f1.reason == "neither coder has tags here"
    assert "no events" in format_report(report)


def test_coded_by_counts_a_coder_without_tags_as_zeros_not_missing():
    events = [point("alice", 1, 1.0), point("alice", 2, 1.0), point("bob", 2, 1.0)]
    report = reliability_report(events, {1: 4.0, 2: 4.0}, coded_by={1: ["alice", "bob"]})
    # Units: footage 1 alice {1}, bob none; footage 2 both {1}: a=1, b=1, c=0, d=6.
    assert report.overall.kappa.value == pytest.approx(kappa_2x2(1, 1, 0, 6), abs=1e-12)
    assert report.overall.matching[0].recall.value == 0.5


def test_three_coders_with_missing_data():
    # carol coded footage 2 only: she is missing on footage 1's units.
    events = [
        *EVENTS,
        point("carol", 2, 2.2),
        span("carol", 2, 0.0, 2.0),
    ]
    report = reliability_report(events, DURATIONS)
    assert report.coders == ["alice", "bob", "carol"]
    cmd = report.codes[1]
    nan = math.nan
    # cmd units (footage 1: 10 slices, footage 2: 5 slices), built by hand:
    alice = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0]
    bob = [0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]
    carol = [nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, 0, 0, 1, 0, 0]
    expected = krippendorff.alpha(
        reliability_data=np.array([alice, bob, carol]), level_of_measurement="nominal"
    )
    assert cmd.alpha.value == pytest.approx(expected, abs=1e-12)
    assert cmd.alpha.units == 15
    assert cmd.kappa.value is None
    assert "kappa compares two coders, 3 were given" in cmd.kappa.reason
    # Every pair, the first coder as reference; pairs with carol only see footage 2.
    assert [(m.coder_a, m.coder_b) for m in cmd.matching] == [
        ("alice", "bob"),
        ("alice", "carol"),
        ("bob", "carol"),
    ]
    assert [m.matched for m in cmd.matching] == [2, 1, 1]
    # calm IoU: alice–bob 3/5; alice–carol and bob–carol have carol's [0, 2) only on footage 2
    # where neither other coder tagged calm: 0/2. The mean of the three pairs is 0.2.
    calm = report.codes[0]
    assert [o.iou.value for o in calm.overlap] == [pytest.approx(0.6), 0.0, 0.0]
    assert calm.iou.value == pytest.approx(0.2)


def test_reference_coder_is_compared_with_every_other():
    events = [*EVENTS, point("carol", 1, 1.2), point("carol", 2, 0.5)]
    report = reliability_report(events, DURATIONS, reference="bob")
    assert [(m.coder_a, m.coder_b) for m in report.overall.matching] == [
        ("bob", "alice"),
        ("bob", "carol"),
    ]


def test_coders_selects_two_of_three():
    events = [*EVENTS, point("carol", 1, 1.2), point("carol", 2, 0.5)]
    report = reliability_report(events, DURATIONS, coders=["alice", "bob"])
    baseline = reliability_report(EVENTS, DURATIONS)
    assert report.to_dict() == baseline.to_dict()


def test_footage_with_one_coder_is_refused_with_the_fix():
    events = [*EVENTS, point("alice", 3, 1.0)]
    with pytest.raises(InvalidInput) as error:
        reliability_report(events, {**DURATIONS, 3: 6.0})
    assert str(error.value) == (
        "footage 3 has one coder (alice); reliability needs two or more. Fix: assign another "
        "coder, or pass --coders"
    )


def test_footage_with_one_selected_coder_is_refused():
    events = [*EVENTS, point("carol", 3, 1.0), point("alice", 3, 1.0)]
    with pytest.raises(InvalidInput, match=r"footage 3 has one of the selected coders \(alice\)"):
        reliability_report(events, {**DURATIONS, 3: 6.0}, coders=["alice", "bob"])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"coders": ["alice", "zoe"]}, "unknown coder zoe: the selected footage was coded by "
         "alice, bob. Fix: check the names given to --coders."),
        ({"coders": ["alice"]}, "reliability needs two or more coders, 1 given (alice). "
         "Fix: pass --coders with two or more names."),
        ({"slice_length": 0}, "the slice length must be a positive number of seconds, got 0. "
         "Fix: pass e.g. --slice 1."),
        ({"slice_length": -1.0}, "the slice length must be a positive number of seconds"),
        ({"tolerance": 0}, "the matching tolerance must be a positive number of seconds, "
         "got 0. Fix: pass e.g. --tolerance 1."),
        ({"tolerance": math.nan}, "the matching tolerance must be a positive number"),
        ({"slice_length": True}, "the slice length must be a positive number of seconds"),
        ({"reference": "zoe"}, "reference coder zoe is not among the compared coders"),
    ],
)  # fmt: skip
def test_bad_requests_are_refused_with_clear_messages(kwargs, message):
    with pytest.raises(InvalidInput) as error:
        reliability_report(EVENTS, DURATIONS, **kwargs)
    assert str(error.value).startswith(message)


@pytest.mark.parametrize(
    ("event", "durations", "message"),
    [
        (point("alice", 9, 1.0), DURATIONS, "no duration was given for footage 9"),
        (point("alice", 1, 12.0), DURATIONS, "starts at 12.0 s, outside the footage (0 to 10.0"),
        (span("alice", 1, 5.0, 4.0), DURATIONS, "ends (4.0 s) before it starts (5.0 s)"),
        (CodedEvent("alice", 1, "x", 1.0, kind="span"), DURATIONS, "has kind 'span'"),
        (CodedEvent("alice", 1, "x", None), DURATIONS, "has a time that is not a number"),
        (span("alice", 1, 1.0, math.inf), DURATIONS, "has a time that is not a number"),
        (point("alice", 1, 1.0), {1: 0.0, 2: 5.0}, "footage 1 has duration 0.0"),
    ],
)
def test_events_that_do_not_fit_their_footage_are_refused(event, durations, message):
    with pytest.raises(InvalidInput, match=re.escape(message)):
        reliability_report([*EVENTS, event], durations)


def test_no_footage_is_refused():
    with pytest.raises(InvalidInput, match="no footage selected"):
        reliability_report([], {})


def test_full_size_runs():
    # 200 footage × 2 coders × 100 events: a check that it completes; timing is in
    # benchmarks/reliability.py.
    events, durations = synthetic_coding()
    report = reliability_report(events, durations)
    assert len(events) == 40_000
    assert report.overall.kappa.units == 10 * 200 * 600
    assert 0 < report.overall.kappa.value < 1
    # Each coder keeps ~90 % of the shared moments with a jitter of σ 0.8 s: ~3/4 match.
    assert 0.6 < report.overall.matching[0].f1.value < 0.9
