"""The verify inbox: list a footage's suggestions (or the queue across all footage), confirm,
reject or skip them, and measure each detector's precision from those decisions.

A suggestion is never a tag. Confirming one creates the tag (``source='machine'``,
``confirmed_by`` the person) through ``annotate.tags.create_tag``, and the suggestion's status
is set in the same change, so there is never a confirmed suggestion without its tag or a tag
whose suggestion still looks pending. A rejected suggestion is kept, with who rejected it.
"""

from __future__ import annotations

from typing import Any

from ..annotate import codebook_store, tags
from ..annotate.codebook import UnknownCode
from ..core.errors import InvalidInput, NotFound, StaleEdit
from ..models import permissions
from ..models.identities import mask_for
from ..models.store import Change, Store
from ..models.users import User
from .curve import footage_tension, hidden_from
from .runs import last_run

STATUSES = ("pending", "confirmed", "rejected", "skipped")
#: The keys of ``bodycam suggestions FOOTAGE_ID --json``, in order.
JSON_KEYS = (
    "id",
    "code",
    "polarity",
    "start",
    "end",
    "speaker",
    "score",
    "detector",
    "evidence",
    "status",
)
_LIST_SQL = (
    "SELECT s.*, sp.label AS speaker_label, sp.name AS speaker_name, sp.role AS speaker_role"
    " FROM suggestions s LEFT JOIN speakers sp ON sp.id = s.speaker_id"
)


def _codebook_facts(store: Store, codebook_id: int, code: str) -> tuple[str | None, str]:
    try:
        found = codebook_store.by_id(store, codebook_id).code(code)
    except UnknownCode:
        return None, code
    return found.polarity, found.label


def _enrich(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    row["polarity"], row["label"] = _codebook_facts(store, row["codebook_id"], row["code"])
    row["speaker"] = row["speaker_name"] or row["speaker_label"]
    return row


def list_suggestions(
    store: Store,
    footage_id: int | None = None,
    statuses: tuple[str, ...] = STATUSES,
    viewer: Any = None,
) -> list[dict[str, Any]]:
    """Suggestions of one footage (or of all footage: the queue), by footage and time, each
    with the code's polarity and label from its codebook version and the speaker's name. With
    ``viewer`` (a signed-in User), only the footage it may view, with speaker and evidence as
    it may see them (``models.identities``: pseudonyms, names redacted), and none of a
    footage it is coding blind (``curve.hidden_from``)."""
    bad = [s for s in statuses if s not in STATUSES]
    if bad:
        raise InvalidInput(f"status {bad[0]!r} is not one of: {', '.join(STATUSES)}")
    sql = _LIST_SQL + f" WHERE s.status IN ({', '.join('?' for _ in statuses)})"
    params: list[Any] = list(statuses)
    if footage_id is not None:
        sql += " AND s.footage_id = ?"
        params.append(footage_id)
    rows = store.query(sql + ' ORDER BY s.footage_id, s.start, s."end", s.id', params)
    if viewer is not None:
        rows = permissions.only_visible(store, viewer, rows, key="footage_id")
        blind = hidden_from(store, viewer, {row["footage_id"] for row in rows})
        rows = [row for row in rows if row["footage_id"] not in blind]
    return [_masked(store, viewer, _enrich(store, row)) for row in rows]


def _masked(store: Store, viewer: Any, row: dict[str, Any]) -> dict[str, Any]:
    mask = mask_for(store, viewer, row["footage_id"])
    if not mask.hides:
        return row
    if row["speaker_name"]:
        speaker = mask.speaker({"id": row["speaker_id"], "name": row["speaker_name"]})
        row["speaker"] = row["speaker_name"] = speaker["name"]
    row["evidence"] = mask.text(row["evidence"])
    return row


def get_suggestion(store: Store, suggestion_id: int) -> dict[str, Any]:
    row = store.one(_LIST_SQL + " WHERE s.id = ?", [suggestion_id])
    if row is None:
        raise NotFound(
            f"suggestion {suggestion_id} does not exist: see `bodycam suggestions FOOTAGE_ID`"
        )
    return _enrich(store, row)


def as_json(row: dict[str, Any]) -> dict[str, Any]:
    """One suggestion as ``bodycam suggestions --json`` prints it."""
    return {
        "id": row["id"],
        "code": row["code"],
        "polarity": row["polarity"],
        "start": row["start"],
        "end": row["end"],
        "speaker": row["speaker"],
        "score": row["score"],
        "detector": row["detector"],
        "evidence": row["evidence"],
        "status": row["status"],
    }


def _actor(store: Store, user: str | User, row: dict[str, Any]) -> str:
    resource = permissions.footage_resource(store, row["footage_id"])
    return permissions.acting(user, "suggestion.decide", resource)


def _undecided(row: dict[str, Any]) -> None:
    if row["status"] in ("confirmed", "rejected"):
        raise InvalidInput(
            f"suggestion {row['id']} was already {row['status']} by {row['decided_by']} at "
            f"{row['decided_at']}: nothing to do"
        )


def _set_status(change: Change, row: dict[str, Any], values: dict[str, Any]) -> None:
    # Checked again under the write lock: two reviewers deciding the same suggestion at once
    # must not both win.
    try:
        change.update("suggestions", row["id"], values, expect={"status": row["status"]})
    except StaleEdit as error:
        raise StaleEdit(
            f"suggestion {row['id']} was decided by someone else meanwhile: reload the inbox"
        ) from error


def confirm(
    store: Store,
    suggestion_id: int,
    user: str | User,
    *,
    code: str | None = None,
    start: float | None = None,
    end: float | None = None,
    speaker_id: int | None = None,
) -> int:
    """Confirm a suggestion, optionally edited first (code, bounds, speaker): create its tag and
    mark it confirmed in one change. Returns the tag id."""
    row = get_suggestion(store, suggestion_id)
    actor = _actor(store, user, row)
    _undecided(row)
    values = {
        "code": code or row["code"],
        "start": row["start"] if start is None else float(start),
        "end": row["end"] if end is None else float(end),
        "speaker_id": row["speaker_id"] if speaker_id is None else speaker_id,
    }
    edited = any(values[k] != row[k] for k in values)
    fields: dict[str, Any] = {"speaker_id": values["speaker_id"]}
    if values["speaker_id"] is not None:
        speaker = store.one("SELECT role FROM speakers WHERE id = ?", [values["speaker_id"]])
        if speaker is None:
            raise InvalidInput(
                f"speaker {values['speaker_id']} does not exist: see `bodycam speakers "
                f"{row['footage_id']}`"
            )
        if speaker["role"] in tags.TAG_SUBJECTS:
            fields["subject"] = speaker["role"]

    def mark_confirmed(change: Change, tag_id: int) -> None:
        _set_status(
            change,
            row,
            {
                "status": "confirmed",
                "edited": int(edited),
                "tag_id": tag_id,
                "decided_by": actor,
                "decided_at": change.at,
            },
        )

    return tags.create_tag(
        store,
        row["footage_id"],
        values["code"],
        values["start"],
        actor,
        end=values["end"],
        source="machine",
        confirmed_by=actor,
        also=mark_confirmed,
        notes=f"suggested by {row['detector']}: {row['evidence']}",
        **fields,
    )


def _decide(store: Store, suggestion_id: int, user: str | User, status: str, action: str):
    row = get_suggestion(store, suggestion_id)
    actor = _actor(store, user, row)
    _undecided(row)
    with store.change(actor, action) as change:
        _set_status(change, row, {"status": status, "decided_by": actor, "decided_at": change.at})


def reject(store: Store, suggestion_id: int, user: str | User) -> None:
    """Reject: the row stays (with who and when) so precision can be measured."""
    _decide(store, suggestion_id, user, "rejected", "suggestion.reject")


def skip(store: Store, suggestion_id: int, user: str | User) -> None:
    """Leave for later: out of the pending queue, still undecided (a new run replaces it)."""
    _decide(store, suggestion_id, user, "skipped", "suggestion.skip")


def precision_by_detector(store: Store) -> list[dict[str, Any]]:
    """Per detector: confirmed (of which edited before confirming), rejected, undecided, and
    precision = confirmed / (confirmed + rejected), None before any decision."""
    rows = store.query(
        "SELECT detector,"
        " sum(status = 'confirmed') AS confirmed,"
        " sum(status = 'confirmed' AND edited) AS edited,"
        " sum(status = 'rejected') AS rejected,"
        " sum(status IN ('pending', 'skipped')) AS undecided"
        " FROM suggestions GROUP BY detector ORDER BY detector"
    )
    for row in rows:
        decided = row["confirmed"] + row["rejected"]
        row["precision"] = round(row["confirmed"] / decided, 3) if decided else None
    return rows


def summary(store: Store, footage_id: int) -> dict[str, Any]:
    """The footage summary: suggestions per code and status, the opening-move measures, talk
    share, commands with and without explanation, time to first explanation, the notices of
    the last run and the tension curve (``curve``: pending and confirmed suggestions as they
    stand now, empty while none counts)."""
    counts: dict[str, dict[str, int]] = {}
    for row in list_suggestions(store, footage_id):
        per_status = counts.setdefault(row["code"], dict.fromkeys(STATUSES, 0))
        per_status[row["status"]] += 1
    run = last_run(store, footage_id)
    tension = footage_tension(store, footage_id)
    return {
        "footage_id": footage_id,
        "counts": dict(sorted(counts.items())),
        "opening": run["summary"]["opening"] if run else {},
        "measures": run["summary"]["measures"] if run else {},
        "notices": run["notices"] if run else [],
        "tension": list(tension.values) if any(tension.counted.values()) else [],
        "run_at": run["created_at"] if run else None,
    }
