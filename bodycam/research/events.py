"""Coded events as plain data: the input of every reliability statistic.

The database layer turns tags into ``CodedEvent``s at the edge; nothing in this package reads the
database, so the statistics can be checked against hand computations on a few literal events.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass

from bodycam.core.errors import InvalidInput
from bodycam.core.vocabulary import CODE_KINDS

FootageId = Hashable


@dataclass(frozen=True)
class CodedEvent:
    """One coder's tag of one code on one footage.

    Args:
        coder: who coded it (the name used in ``--coders``).
        footage_id: the footage it belongs to.
        code_id: the code applied.
        start: seconds from the start of the footage.
        end: seconds; None or equal to ``start`` for a point tag.
        kind: "point" or "interval" (``bodycam.core.vocabulary.CODE_KINDS``).
        id: the tag's id, carried through to matched and unmatched events.
    """

    coder: str
    footage_id: FootageId
    code_id: str
    start: float
    end: float | None = None
    kind: str = "point"
    id: Hashable | None = None

    @property
    def stop(self) -> float:
        "The end of the event; the start for a point tag."
        return self.start if self.end is None else self.end

    @property
    def is_span(self) -> bool:
        "True for an interval of positive length (a zero-length interval counts as a point)."
        return self.kind == "interval" and self.stop > self.start


def _describe(event: CodedEvent) -> str:
    name = f"tag {event.id}" if event.id is not None else "a tag"
    return f"{name} of {event.code_id!r} by {event.coder} on footage {event.footage_id}"


def validate_events(events: Iterable[CodedEvent], durations: Mapping[FootageId, float]) -> None:
    """Raise InvalidInput for an event the statistics cannot place on its footage.

    An interval whose end runs past the end of the footage is accepted (players often report a
    stop a few milliseconds late) and clipped later; a start outside the footage is not.
    """
    for footage_id, duration in durations.items():
        if not (isinstance(duration, numbers.Real) and math.isfinite(duration) and duration > 0):
            raise InvalidInput(
                f"footage {footage_id} has duration {duration!r}; reliability needs a positive "
                f"duration in seconds. Fix: probe the footage again (bodycam ingest)."
            )
    for event in events:
        where = _describe(event)
        if event.kind not in CODE_KINDS:
            raise InvalidInput(
                f"{where} has kind {event.kind!r}. Fix: use one of {', '.join(CODE_KINDS)}."
            )
        if event.footage_id not in durations:
            raise InvalidInput(
                f"{where}: no duration was given for footage {event.footage_id}. Fix: pass its "
                f"duration, or leave its events out."
            )
        times = (event.start, event.stop)
        if not all(isinstance(t, numbers.Real) and math.isfinite(t) for t in times):
            raise InvalidInput(
                f"{where} has a time that is not a number (start {event.start!r}, end "
                f"{event.end!r}). Fix: correct the tag's times."
            )
        if event.stop < event.start:
            raise InvalidInput(
                f"{where} ends ({event.stop} s) before it starts ({event.start} s). "
                f"Fix: correct the tag's times."
            )
        duration = durations[event.footage_id]
        if event.start < 0 or event.start > duration:
            raise InvalidInput(
                f"{where} starts at {event.start} s, outside the footage (0 to {duration} s). "
                f"Fix: correct the tag's start."
            )


def coders_by_footage(
    events: Iterable[CodedEvent],
    footage_ids: Iterable[FootageId],
    coded_by: Mapping[FootageId, Collection[str]] | None = None,
) -> dict[FootageId, list[str]]:
    """Return who coded each footage, sorted by name.

    Without ``coded_by`` a coder counts as having coded a footage when they tagged it at least
    once; pass ``coded_by`` (from the coding assignments) so that a coder who submitted a footage
    with no tags counts as saying "nothing here" (all zeros) instead of as missing.
    """
    found: dict[FootageId, set[str]] = {footage_id: set() for footage_id in footage_ids}
    if coded_by is not None:
        for footage_id in found:
            found[footage_id].update(coded_by.get(footage_id, ()))
    for event in events:
        if event.footage_id in found:
            found[event.footage_id].add(event.coder)
    return {footage_id: sorted(coders) for footage_id, coders in found.items()}
