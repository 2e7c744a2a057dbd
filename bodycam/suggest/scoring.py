"""Precision and recall of suggestions against reference moments, matched one to one.

A suggestion matches a reference moment when their spans overlap in time (with a small
tolerance for recogniser timing) and they fall in the same group (same polarity, or same code
family). Matching is a maximum bipartite matching, so one long suggestion can cover at most one
moment, and one moment confirms at most one suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Moment:
    """A reference moment: what a coder marked."""

    code_id: str
    start: float
    end: float
    polarity: str


@dataclass(frozen=True)
class Score:
    matched: int
    suggested: int
    reference: int

    @property
    def precision(self) -> float | None:
        return self.matched / self.suggested if self.suggested else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.reference if self.reference else None

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched + other.matched,
            self.suggested + other.suggested,
            self.reference + other.reference,
        )


def overlaps(a_start, a_end, b_start, b_end, tolerance: float = 0.0) -> bool:
    """Spans overlap, or come within ``tolerance`` seconds of each other."""
    return a_start < b_end + tolerance and b_start < a_end + tolerance


def matching(suggestions: list, moments: list[Moment], tolerance: float = 0.0) -> dict[int, int]:
    """A maximum one-to-one matching between overlapping suggestions and moments, as
    ``{moment index: suggestion index}`` (Kuhn's augmenting paths; the lists are small). What
    it leaves out are the misses and the extras the scores count."""
    edges = [
        [j for j, m in enumerate(moments) if overlaps(s.start, s.end, m.start, m.end, tolerance)]
        for s in suggestions
    ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(suggestions)):
        augment(i, set())
    return owner


def match_count(suggestions: list, moments: list[Moment], tolerance: float = 0.0) -> int:
    """Size of a maximum one-to-one matching between overlapping suggestions and moments."""
    return len(matching(suggestions, moments, tolerance))


def score_by(
    suggestions: Iterable,
    moments: Iterable[Moment],
    group_of_suggestion: Callable,
    group_of_moment: Callable,
    tolerance: float = 0.0,
) -> dict[str, Score]:
    """Precision/recall counts per group, matching only within a group.

    Suggestions or moments whose group is None are left out.
    """
    suggestions, moments = list(suggestions), list(moments)
    groups = sorted(
        ({group_of_suggestion(s) for s in suggestions} | {group_of_moment(m) for m in moments})
        - {None}
    )
    scores = {}
    for group in groups:
        mine = [s for s in suggestions if group_of_suggestion(s) == group]
        theirs = [m for m in moments if group_of_moment(m) == group]
        scores[group] = Score(match_count(mine, theirs, tolerance), len(mine), len(theirs))
    return scores
