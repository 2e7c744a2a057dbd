"""The database edge of the reliability statistics: tags in, ``CodedEvent``s out.

A tag counts when it is not deleted and a person made it or confirmed it (``source = 'human'``
or ``confirmed_by`` set): unconfirmed machine suggestions are nobody's coding. A tag's coder is
its ``created_by``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.errors import InvalidInput
from .events import CodedEvent
from .reliability import ReliabilityReport, reliability_report

if TYPE_CHECKING:
    from ..models.store import Store

CODED = "deleted_at IS NULL AND (source = 'human' OR confirmed_by IS NOT NULL)"


def coded_tags(store: Store, footage_ids: Sequence[int] | None = None) -> list[dict]:
    "Every counted tag (see the module doc), optionally of some footage only."
    sql = f'SELECT id, footage_id, code, kind, start, "end", created_by FROM tags WHERE {CODED}'
    params: list = []
    if footage_ids is not None:
        sql += f" AND footage_id IN ({', '.join('?' for _ in footage_ids)})"
        params = list(footage_ids)
    return store.query(sql + " ORDER BY footage_id, start, id", params)


def to_events(tags: Sequence[dict]) -> list[CodedEvent]:
    return [
        CodedEvent(
            t["created_by"], t["footage_id"], t["code"], t["start"], t["end"], t["kind"], id=t["id"]
        )
        for t in tags
    ]


def submitted_coders(store: Store) -> dict[int, set[str]]:
    "Who submitted each footage: a coder with no tags there said 'nothing here'."
    found: dict[int, set[str]] = defaultdict(set)
    for row in store.query(
        "SELECT footage_id, coder FROM coding_assignments WHERE status = 'submitted'"
    ):
        found[row["footage_id"]].add(row["coder"])
    return found


def double_coded(store: Store, coders: Sequence[str] | None = None) -> list[int]:
    """Footage with two or more (of the given) coders, by tags or submitted assignments."""
    found: dict[int, set[str]] = defaultdict(set)
    for row in store.query(f"SELECT DISTINCT footage_id, created_by FROM tags WHERE {CODED}"):
        found[row["footage_id"]].add(row["created_by"])
    for footage_id, names in submitted_coders(store).items():
        found[footage_id] |= names
    wanted = set(coders) if coders else None
    return sorted(f for f, names in found.items() if len(names & wanted if wanted else names) >= 2)


def durations_of(store: Store, footage_ids: Sequence[int]) -> dict[int, float]:
    rows = {
        r["id"]: r["duration"]
        for r in store.query(
            f"SELECT id, duration FROM footage WHERE id IN ({', '.join('?' for _ in footage_ids)})",
            list(footage_ids),
        )
    }
    missing = [f for f in footage_ids if f not in rows]
    if missing:
        raise InvalidInput(
            f"no footage {', '.join(map(str, missing))} in the database. Fix: list footage "
            f"with `bodycam list`."
        )
    return {f: rows[f] for f in footage_ids}


def database_report(
    store: Store,
    footage_ids: Sequence[int] | None = None,
    coders: Sequence[str] | None = None,
    *,
    reference: str | None = None,
    tolerance: float = 2.0,
    slice_length: float = 1.0,
) -> ReliabilityReport:
    """``reliability_report`` over the tags in the database: the given footage, or by default
    every footage that two or more of the coders coded."""
    if not footage_ids:
        footage_ids = double_coded(store, coders)
        if not footage_ids:
            who = f"two or more of {', '.join(coders)}" if coders else "two or more coders"
            raise InvalidInput(
                f"no footage in the database was coded by {who}. Fix: assign footage to a second "
                f"coder (`bodycam coding assign`) or import coding (`bodycam import-coding`)."
            )
    footage_ids = list(dict.fromkeys(footage_ids))
    durations = durations_of(store, footage_ids)
    events = to_events(coded_tags(store, footage_ids))
    submitted = submitted_coders(store)
    return reliability_report(
        events,
        durations,
        coders,
        tolerance,
        slice_length,
        reference=reference,
        coded_by={f: submitted.get(f, set()) for f in footage_ids},
    )


def disagreements(report: ReliabilityReport) -> list[dict]:
    """Every event one coder has and the other lacks (per code and pair), in footage and time
    order: what the Research page lists with a link to the moment."""
    rows = []
    for code in report.codes:
        for match in code.matching:
            for coder, events in (
                (match.coder_a, match.unmatched_a),
                (match.coder_b, match.unmatched_b),
            ):
                other = match.coder_b if coder == match.coder_a else match.coder_a
                rows += [
                    {
                        "footage_id": e.footage_id,
                        "start": e.start,
                        "end": e.end,
                        "code": e.code_id,
                        "tagged_by": coder,
                        "missing_from": other,
                        "tag_id": e.id,
                    }
                    for e in events
                ]
    return sorted(rows, key=lambda r: (r["footage_id"], r["start"], r["code"], r["tagged_by"]))
