"""A footage's tension curve as the timeline and the Library draw it: recomputed from the
stored suggestions of its current transcript each time it is read, so a decision shows at once.

What counts (the curve is a map of where to look, never a finding):

- a pending or skipped suggestion weighs its detector score, signed by its code's polarity;
- a confirmed one weighs 1 (a person said yes) with its tag's current code and bounds, as the
  reviewer may have edited them; a confirmed suggestion whose tag was deleted no longer counts;
- a rejected one counts for nothing.

The numeric work is cached on the spans themselves (``tension_series`` is pure), so a rerun
that changed nothing costs one indexed query per footage.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..annotate import codebook_store
from ..models.store import Store
from .tension import POLARITY_WEIGHT, peaks, tension_series

#: Values in the Library's small chart at most (one per second up to this).
SPARKLINE_POINTS = 120
#: The weight of a suggestion a person confirmed (undecided ones weigh their score).
CONFIRMED_WEIGHT = 1.0

_SQL = (
    'SELECT s.footage_id, s.status, s.score, s.code, s.start, s."end", s.codebook_id,'
    ' t.code AS tag_code, t.start AS tag_start, t."end" AS tag_end,'
    " t.codebook_id AS tag_codebook, t.deleted_at AS tag_deleted"
    " FROM suggestions s LEFT JOIN tags t ON t.id = s.tag_id"
    " WHERE s.status != 'rejected' AND s.transcript_id = ("
    "   SELECT max(id) FROM transcripts WHERE footage_id = s.footage_id)"
)


@dataclass(frozen=True)
class TensionSeries:
    """One footage's curve.

    Attributes:
        footage_id: The footage.
        values: One value per second of footage in [-1, 1]; positive: escalation.
        peaks: Seconds of the highest escalation peaks, highest first (``tension.peaks``).
        counted: How many suggestions made it, per status (pending, skipped, confirmed).
    """

    footage_id: int
    values: tuple[float, ...]
    peaks: tuple[int, ...]
    counted: dict[str, int] = field(default_factory=dict)

    @property
    def peak(self) -> int | None:
        """The second of the highest escalation peak, None when nothing escalates."""
        return self.peaks[0] if self.peaks else None

    def sparkline(self, points: int = SPARKLINE_POINTS) -> list[float]:
        """At most ``points`` values for a small chart: each the value of largest magnitude in
        its stretch of seconds, so a short flare-up in a long footage still shows."""
        values = self.values
        if len(values) <= points:
            return list(values)
        size = len(values) / points
        buckets = (values[round(i * size) : round((i + 1) * size)] for i in range(points))
        return [max(bucket, key=abs) for bucket in buckets]

    def for_player(self) -> dict[str, Any] | None:
        """The timeline player's ``tension`` section; None (no lane) when nothing counts."""
        if not any(self.counted.values()):
            return None
        return {"values": list(self.values), "peaks": list(self.peaks)}


def _span(store: Store, row: dict[str, Any], polarity) -> tuple[float, float, float] | None:
    if row["status"] == "confirmed":
        if row["tag_code"] is None or row["tag_deleted"] is not None:
            return None
        code, book = row["tag_code"], row["tag_codebook"]
        start, end = row["tag_start"], row["tag_end"]
        weight = CONFIRMED_WEIGHT
    else:
        code, book, start, end = row["code"], row["codebook_id"], row["start"], row["end"]
        weight = row["score"]
    end = start if end is None else end
    return (start, end, weight * POLARITY_WEIGHT.get(polarity(book, code), 0.0))


def _series(footage_id: int, duration: float, spans: list, counted: dict) -> TensionSeries:
    values = _cached_series(tuple(sorted(spans)), duration)
    return TensionSeries(footage_id, values, tuple(peaks(list(values))), counted)


def hidden_from(store: Store, viewer: Any, footage_ids: Iterable[int]) -> set[int]:
    """The footage whose suggestions ``viewer`` may not see: those it is coding blind."""
    if viewer is None:
        return set()
    from ..research.assignments import is_blind_for  # research imports the suggest stage

    return {footage_id for footage_id in footage_ids if is_blind_for(store, viewer, footage_id)}


@functools.lru_cache(maxsize=256)
def _cached_series(spans: tuple, duration: float) -> tuple[float, ...]:
    return tuple(tension_series(spans, duration))


def footage_tension(store: Store, footage_id: int, viewer: Any = None) -> TensionSeries:
    """The curve of one footage (empty values when its duration is unknown)."""
    return tension_by_footage(store, [footage_id], viewer)[footage_id]


def tension_by_footage(
    store: Store, footage_ids: Iterable[int], viewer: Any = None
) -> dict[int, TensionSeries]:
    """The curves of several footage in one query (the Library's column). For a ``viewer``
    coding a footage blind the curve is flat and counts nothing: machine suggestions would
    steer a coding whose worth is that it was made independently."""
    wanted = list(dict.fromkeys(footage_ids))
    if not wanted:
        return {}
    blind = hidden_from(store, viewer, wanted)
    marks = ", ".join("?" for _ in wanted)
    durations = {
        r["id"]: r["duration"] or 0.0
        for r in store.query(f"SELECT id, duration FROM footage WHERE id IN ({marks})", wanted)
    }
    rows = store.query(_SQL + f" AND s.footage_id IN ({marks})", wanted)
    books: dict[int, Any] = {}

    def polarity(book_id: int, code_id: str) -> str:
        book = books.get(book_id)
        if book is None:
            book = books[book_id] = {
                c.id: c.polarity for c in codebook_store.by_id(store, book_id).codes
            }
        return book.get(code_id, "")

    spans: dict[int, list] = {footage_id: [] for footage_id in wanted}
    counted: dict[int, dict[str, int]] = {footage_id: {} for footage_id in wanted}
    for row in rows:
        if row["footage_id"] in blind:
            continue
        span = _span(store, row, polarity)
        if span is None:
            continue
        spans[row["footage_id"]].append(span)
        tally = counted[row["footage_id"]]
        tally[row["status"]] = tally.get(row["status"], 0) + 1
    return {
        footage_id: _series(
            footage_id, durations.get(footage_id, 0.0), spans[footage_id], counted[footage_id]
        )
        for footage_id in wanted
    }
