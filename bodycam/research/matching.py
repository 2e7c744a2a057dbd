"""Event matching: pair one coder's tags with another's within a tolerance window.

Two events match when they are on the same footage, have the same code and their starts differ
by at most the tolerance. Matching is one-to-one and optimal: among all one-to-one matchings it
takes one with the most pairs, and among those the smallest total |Δstart|
(``scipy.optimize.linear_sum_assignment``). Ties between equally good matchings are broken by
the order of events sorted by (start, end, id), so a result does not depend on input order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

from bodycam.research.coefficients import Statistic
from bodycam.research.events import CodedEvent

# Times within this many seconds of the tolerance still count as inside it (float rounding).
TIME_EPSILON = 1e-9


@dataclass(frozen=True)
class MatchedPair:
    "An event of coder A and its match by coder B."

    a: CodedEvent
    b: CodedEvent

    @property
    def delta(self) -> float:
        "Start of B minus start of A, in seconds."
        return self.b.start - self.a.start


@dataclass
class MatchSummary:
    """How coder B's events agree with coder A's (A is the reference).

    precision = matched / B's events, recall = matched / A's events,
    F1 = 2·matched / (A's events + B's events).
    """

    coder_a: str
    coder_b: str
    tolerance: float
    events_a: int
    events_b: int
    matched: int
    precision: Statistic
    recall: Statistic
    f1: Statistic


@dataclass
class PairMatching(MatchSummary):
    "A ``MatchSummary`` with the events themselves."

    pairs: list[MatchedPair] = field(default_factory=list)
    unmatched_a: list[CodedEvent] = field(default_factory=list)
    unmatched_b: list[CodedEvent] = field(default_factory=list)


def _footage_order(footage_id) -> tuple:
    # Numeric ids in numeric order (2 before 10), any others after them by their text.
    if isinstance(footage_id, int | float):
        return (0, footage_id, "")
    return (1, 0, str(footage_id))


def _order(event: CodedEvent):
    return (event.start, event.stop, str(event.id))


def match_group(
    events_a: Sequence[CodedEvent], events_b: Sequence[CodedEvent], tolerance: float
) -> tuple[list[MatchedPair], list[CodedEvent], list[CodedEvent]]:
    """Optimally match two lists of events already known to share footage and code.

    Returns the pairs (in A's start order) and the unmatched events of A and of B.
    """
    a = sorted(events_a, key=_order)
    b = sorted(events_b, key=_order)
    if not a or not b:
        return [], a, b
    starts_a = np.array([e.start for e in a])
    starts_b = np.array([e.start for e in b])
    distance = np.abs(starts_a[:, None] - starts_b[None, :])
    allowed = distance <= tolerance + TIME_EPSILON
    # A forbidden pair costs more than every allowed pair together, so the cheapest assignment
    # first maximises the number of allowed pairs, then minimises their total distance.
    forbidden = float(distance[allowed].sum()) + 1.0
    cost = np.where(allowed, distance, forbidden)
    rows, cols = linear_sum_assignment(cost)
    keep = allowed[rows, cols]
    pairs = [MatchedPair(a[r], b[c]) for r, c in zip(rows[keep], cols[keep], strict=True)]
    used_a, used_b = set(rows[keep].tolist()), set(cols[keep].tolist())
    unmatched_a = [e for i, e in enumerate(a) if i not in used_a]
    unmatched_b = [e for j, e in enumerate(b) if j not in used_b]
    return pairs, unmatched_a, unmatched_b


def _ratio(numerator: int, denominator: int, reason: str) -> Statistic:
    if denominator == 0:
        return Statistic(None, reason)
    return Statistic(numerator / denominator)


def summarize(
    coder_a: str, coder_b: str, tolerance: float, events_a: int, events_b: int, matched: int
) -> MatchSummary:
    "Precision, recall and F1 of B against A from the counts."
    return MatchSummary(
        coder_a,
        coder_b,
        tolerance,
        events_a,
        events_b,
        matched,
        precision=_ratio(
            matched,
            events_b,
            f"{coder_b} has no tags here (precision is matched / {coder_b}'s tags)",
        ),
        recall=_ratio(
            matched, events_a, f"{coder_a} has no tags here (recall is matched / {coder_a}'s tags)"
        ),
        f1=_ratio(2 * matched, events_a + events_b, "neither coder has tags here"),
    )


def match_events(
    events: Iterable[CodedEvent], coder_a: str, coder_b: str, tolerance: float = 2.0
) -> PairMatching:
    """Match ``coder_b``'s events against ``coder_a``'s, per footage and code.

    The caller decides which footage count (both coders should have coded each of them); events
    of other coders are ignored.
    """
    groups: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    for event in events:
        if event.coder == coder_a:
            groups[(event.footage_id, event.code_id)][0].append(event)
        elif event.coder == coder_b:
            groups[(event.footage_id, event.code_id)][1].append(event)
    pairs, unmatched_a, unmatched_b = [], [], []
    for key in sorted(groups, key=lambda k: (_footage_order(k[0]), k[1])):
        p, ua, ub = match_group(*groups[key], tolerance)
        pairs += p
        unmatched_a += ua
        unmatched_b += ub
    summary = summarize(
        coder_a,
        coder_b,
        tolerance,
        len(pairs) + len(unmatched_a),
        len(pairs) + len(unmatched_b),
        len(pairs),
    )
    return PairMatching(
        **vars(summary), pairs=pairs, unmatched_a=unmatched_a, unmatched_b=unmatched_b
    )
