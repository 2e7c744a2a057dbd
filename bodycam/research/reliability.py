"""The reliability report: every statistic per code and overall, for footage coded twice or more.

``reliability_report`` is a pure function over ``CodedEvent``s and footage durations; the CLI and
the Research page read tags from the database, call it, and show ``format_report`` or the JSON
of ``ReliabilityReport.to_dict()``.
"""

from __future__ import annotations

import itertools
import math
import numbers
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

from bodycam.core.errors import InvalidInput
from bodycam.research.coefficients import (
    Statistic,
    cohen_kappa,
    gwet_ac1,
    krippendorff_alpha,
)
from bodycam.research.events import CodedEvent, FootageId, coders_by_footage, validate_events
from bodycam.research.matching import MatchSummary, match_events, summarize
from bodycam.research.overlap import (
    PairOverlap,
    coded_time,
    mean_iou,
    pair_overlap,
    pooled_overlap,
)
from bodycam.research.slicing import slice_units

# Slice units are 0/1; AC1 needs the full category set even where nobody used 1.
BINARY = (0.0, 1.0)


@dataclass
class CodeReliability:
    """The figures for one code (``code_id``) or for all codes pooled (``code_id`` None).

    kappa, alpha and AC1 are computed on (code, slice) units and carry the slice length and the
    unit count; ``overlap`` holds intersection and union of coded time per compared pair and
    ``iou`` their mean over pairs; ``matching`` has one entry per compared pair, in the same
    order (reference or first coder as A).
    """

    code_id: str | None
    events: dict[str, int]
    kappa: Statistic
    alpha: Statistic
    ac1: Statistic
    iou: Statistic
    overlap: list[PairOverlap]
    matching: list[MatchSummary]


@dataclass
class ReliabilityReport:
    coders: list[str]
    footage_ids: list[FootageId]
    slice_length: float
    tolerance: float
    reference: str | None
    codes: list[CodeReliability]
    overall: CodeReliability

    def to_dict(self) -> dict:
        "Plain dicts, lists, strings and numbers: ``json.dumps`` takes it as it is."
        return asdict(self)


def _positive(name: str, value: float, flag: str) -> float:
    real = isinstance(value, numbers.Real) and not isinstance(value, bool)
    if not (real and math.isfinite(value) and value > 0):
        raise InvalidInput(
            f"{name} must be a positive number of seconds, got {value!r}. Fix: pass e.g. {flag} 1."
        )
    return float(value)


def _select_coders(
    footage_coders: Mapping[FootageId, list[str]], coders: Sequence[str] | None
) -> list[str]:
    found = sorted({c for names in footage_coders.values() for c in names})
    if coders is None:
        return found
    selected = list(dict.fromkeys(coders))
    unknown = [c for c in selected if c not in found]
    if unknown:
        raise InvalidInput(
            f"unknown coder{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}: the selected "
            f"footage was coded by {', '.join(found) or 'nobody'}. Fix: check the names given "
            f"to --coders."
        )
    if len(selected) < 2:
        raise InvalidInput(
            f"reliability needs two or more coders, {len(selected)} given "
            f"({', '.join(selected)}). Fix: pass --coders with two or more names."
        )
    return selected


def _check_coverage(footage_coders: Mapping[FootageId, list[str]], selected_given: bool) -> None:
    for footage_id, names in footage_coders.items():
        if len(names) >= 2:
            continue
        kind = "of the selected coders" if selected_given else "coder"
        who = f"one {kind} ({names[0]})" if names else f"no {kind}"
        raise InvalidInput(
            f"footage {footage_id} has {who}; reliability needs two or more. Fix: assign another "
            f"coder, or pass --coders"
        )


def reliability_report(
    events: Iterable[CodedEvent],
    durations: Mapping[FootageId, float],
    coders: Sequence[str] | None = None,
    tolerance: float = 2.0,
    slice_length: float = 1.0,
    *,
    reference: str | None = None,
    coded_by: Mapping[FootageId, Collection[str]] | None = None,
) -> ReliabilityReport:
    """Compute every reliability figure for the footage in ``durations``.

    Args:
        events: coded events; every one must be on a footage in ``durations``.
        durations: seconds per footage; the footage compared, in this order.
        coders: the coders to compare (default: everyone who coded the footage); each footage
            needs two of them.
        tolerance: seconds within which two events' starts match.
        slice_length: seconds per slice for kappa, alpha and AC1.
        reference: the coder others are matched against (precision/recall of each other coder
            against it); by default every pair in coder order, the first as reference.
        coded_by: who coded each footage (from assignments), so that a coder with no tags on a
            footage counts as zeros there instead of missing.

    Raises:
        InvalidInput: non-positive slice or tolerance, unknown coders, a footage with fewer than
            two coders, or an event that does not fit its footage.
    """
    slice_length = _positive("the slice length", slice_length, "--slice")
    tolerance = _positive("the matching tolerance", tolerance, "--tolerance")
    if not durations:
        raise InvalidInput("no footage selected. Fix: pass --footage with a coded footage id.")
    events = list(events)
    validate_events(events, durations)
    footage_coders = coders_by_footage(events, durations, coded_by)
    selected = _select_coders(footage_coders, coders)
    footage_coders = {f: [c for c in names if c in selected] for f, names in footage_coders.items()}
    _check_coverage(footage_coders, coders is not None)
    if reference is not None and reference not in selected:
        raise InvalidInput(
            f"reference coder {reference} is not among the compared coders "
            f"({', '.join(selected)}). Fix: pick one of them."
        )
    pairs = (
        [(reference, c) for c in selected if c != reference]
        if reference
        else list(itertools.combinations(selected, 2))
    )
    events = [e for e in events if e.coder in footage_coders[e.footage_id]]

    units = slice_units(events, durations, footage_coders, selected, slice_length)
    by_code: dict[str, list[CodedEvent]] = defaultdict(list)
    for event in events:
        by_code[event.code_id].append(event)
    scope = _Scope(durations, footage_coders, selected, pairs, tolerance, slice_length)
    codes = [
        _code_figures(scope, code, by_code[code], units.values[code]) for code in sorted(by_code)
    ]
    overall = _overall(scope, codes, units.pooled())
    return ReliabilityReport(
        selected, list(durations), slice_length, tolerance, reference, codes, overall
    )


@dataclass(frozen=True)
class _Scope:
    "What every code's figures are computed over."

    durations: Mapping[FootageId, float]
    footage_coders: Mapping[FootageId, list[str]]
    coders: list[str]
    pairs: list[tuple[str, str]]
    tolerance: float
    slice_length: float


def _slice_figures(values, slice_length: float) -> dict[str, Statistic]:
    return {
        "kappa": cohen_kappa(values, slice_length),
        "alpha": krippendorff_alpha(values, slice_length),
        "ac1": gwet_ac1(values, BINARY, slice_length),
    }


def _code_figures(
    scope: _Scope, code: str, code_events: list[CodedEvent], values
) -> CodeReliability:
    by_coder_footage = defaultdict(list)
    for event in code_events:
        by_coder_footage[(event.coder, event.footage_id)].append(event)

    def spans(coder: str, footage_id: FootageId):
        return coded_time(by_coder_footage[(coder, footage_id)], scope.durations[footage_id])

    overlap, matching = [], []
    for a, b in scope.pairs:
        shared = [f for f, names in scope.footage_coders.items() if a in names and b in names]
        overlap.append(pair_overlap(a, b, ((spans(a, f), spans(b, f)) for f in shared)))
        in_shared = set(shared)
        on_shared = (e for e in code_events if e.footage_id in in_shared)
        matching.append(match_events(on_shared, a, b, scope.tolerance))
    return CodeReliability(
        code_id=code,
        events={c: sum(1 for e in code_events if e.coder == c) for c in scope.coders},
        **_slice_figures(values, scope.slice_length),
        iou=mean_iou(overlap),
        overlap=overlap,
        matching=matching,
    )


def _overall(scope: _Scope, codes: list[CodeReliability], pooled) -> CodeReliability:
    if codes:
        figures = _slice_figures(pooled, scope.slice_length)
    else:
        empty = Statistic(
            None,
            "no events: no selected coder tagged the selected footage, so there are no "
            "(code, slice) units",
            scope.slice_length,
            0,
        )
        figures = {"kappa": empty, "alpha": empty, "ac1": empty}
    matching, overlap = [], []
    for index, (a, b) in enumerate(scope.pairs):
        per_code: list[MatchSummary] = [code.matching[index] for code in codes]
        matching.append(
            summarize(
                a,
                b,
                scope.tolerance,
                sum(m.events_a for m in per_code),
                sum(m.events_b for m in per_code),
                sum(m.matched for m in per_code),
            )
        )
        pair_overlaps = [code.overlap[index] for code in codes]
        overlap.append(pooled_overlap(pair_overlaps) if codes else pair_overlap(a, b, []))
    return CodeReliability(
        code_id=None,
        events={c: sum(code.events[c] for code in codes) for c in scope.coders},
        **figures,
        iou=mean_iou(overlap),
        overlap=overlap,
        matching=matching,
    )
