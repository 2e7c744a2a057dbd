"""Coding assignments: who codes which footage, by when, and whether blind (issue #13 §1).

A researcher assigns footage to coders; a coder submits their set, which locks it (their tags on
that footage can no longer be created, edited or deleted) until a researcher reopens it, with a
reason the audit log keeps. While a blind assignment is not submitted, the coder sees only their
own tags on that footage (:func:`visible_tags`). Every write goes through ``Store.change``.

``actor`` is a signed-in :class:`~bodycam.models.users.User` (checked against the permission
table) or a plain name: the CLI operator, who acts with admin rights (``permissions.acting``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.errors import BodycamError, InvalidInput, NotFound
from ..models import permissions
from ..models.identities import mask_for
from ..models.permissions import Resource

if TYPE_CHECKING:
    from ..models.store import Store
    from ..models.users import User

ASSIGNED, SUBMITTED, REOPENED = "assigned", "submitted", "reopened"
STATUSES = (ASSIGNED, SUBMITTED, REOPENED)


class CodingLocked(BodycamError):
    "The coder submitted their coding of this footage: their tags there are locked"


def _name(user: str | User) -> str:
    return user if isinstance(user, str) else user.name


@dataclass(frozen=True)
class Assignment:
    id: int
    footage_id: int
    coder: str
    assigned_by: str
    assigned_at: str
    due_date: str | None
    blind: bool
    status: str
    submitted_at: str | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Assignment:
        return cls(**{**row, "blind": bool(row["blind"])})

    @property
    def locked(self) -> bool:
        return self.status == SUBMITTED

    def overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.datetime.now(dt.UTC).date()
        return (
            self.status != SUBMITTED
            and self.due_date is not None
            and dt.date.fromisoformat(self.due_date) < today
        )


def _check_due(due_date: str | dt.date | None) -> str | None:
    if due_date is None or isinstance(due_date, dt.date):
        return None if due_date is None else due_date.isoformat()
    try:
        return dt.date.fromisoformat(due_date).isoformat()
    except ValueError:
        raise InvalidInput(
            f"due date {due_date!r} is not a date. Fix: write it as YYYY-MM-DD, e.g. 2026-12-31."
        ) from None


def get(store: Store, assignment_id: int) -> Assignment:
    row = store.one("SELECT * FROM coding_assignments WHERE id = ?", [assignment_id])
    if row is None:
        raise NotFound(
            f"coding assignment {assignment_id} does not exist. Fix: list them with "
            f"`bodycam coding list`."
        )
    return Assignment.from_row(row)


def find(store: Store, footage_id: int, coder: str) -> Assignment | None:
    row = store.one(
        "SELECT * FROM coding_assignments WHERE footage_id = ? AND coder = ?", [footage_id, coder]
    )
    return None if row is None else Assignment.from_row(row)


def list_assignments(
    store: Store, *, coder: str | None = None, footage_id: int | None = None
) -> list[Assignment]:
    sql, params = "SELECT * FROM coding_assignments WHERE 1", []
    if coder is not None:
        sql, params = sql + " AND coder = ?", [*params, coder]
    if footage_id is not None:
        sql, params = sql + " AND footage_id = ?", [*params, footage_id]
    return [
        Assignment.from_row(r) for r in store.query(sql + " ORDER BY footage_id, coder", params)
    ]


def assigned_names(store: Store, footage_id: int) -> frozenset[str]:
    """Who the footage is assigned to, for ``permissions.footage_resource``: its coders and the
    researchers who assigned it (a study's footage is in its researcher's scope)."""
    rows = store.query(
        "SELECT coder, assigned_by FROM coding_assignments WHERE footage_id = ?", [footage_id]
    )
    return frozenset(name for row in rows for name in (row["coder"], row["assigned_by"]))


def assign(
    store: Store,
    actor: str | User,
    footage_id: int,
    coder: str,
    *,
    due_date: str | dt.date | None = None,
    blind: bool = True,
) -> int:
    """Assign ``footage_id`` to ``coder``; returns the assignment id. Assigning the same pair
    again is refused (change the existing one instead)."""
    who = permissions.acting(actor, "coding.assign")
    due = _check_due(due_date)
    if store.one("SELECT id FROM footage WHERE id = ?", [footage_id]) is None:
        raise NotFound(
            f"footage {footage_id} does not exist. Fix: list footage with `bodycam list`."
        )
    if not coder or not coder.strip():
        raise InvalidInput("the coder's name is empty. Fix: pass the coder's user name.")
    existing = find(store, footage_id, coder)
    if existing is not None:
        raise InvalidInput(
            f"footage {footage_id} is already assigned to {coder} (assignment {existing.id}, "
            f"{existing.status}). Fix: reopen that assignment instead of assigning again."
        )
    with store.change(who, "coding.assign") as change:
        return change.insert(
            "coding_assignments",
            {
                "footage_id": footage_id,
                "coder": coder.strip(),
                "assigned_by": who,
                "assigned_at": change.at,
                "due_date": due,
                "blind": int(blind),
                "status": ASSIGNED,
                "submitted_at": None,
            },
        )


def submit(store: Store, actor: str | User, assignment_id: int) -> Assignment:
    """The coder hands in their coding: from now on their tags on the footage are locked."""
    assignment = get(store, assignment_id)
    resource = Resource(assignment.footage_id, assigned_to=frozenset({assignment.coder}))
    who = permissions.acting(actor, "coding.submit", resource)
    if assignment.locked:
        raise InvalidInput(
            f"assignment {assignment_id} (footage {assignment.footage_id}, {assignment.coder}) "
            f"was already submitted at {assignment.submitted_at}."
        )
    with store.change(who, "coding.submit") as change:
        change.update(
            "coding_assignments",
            assignment_id,
            {"status": SUBMITTED, "submitted_at": change.at},
            expect={"status": assignment.status},
        )
    return get(store, assignment_id)


def reopen(store: Store, actor: str | User, assignment_id: int, reason: str) -> Assignment:
    """Unlock a submitted set so its coder can change it; the reason goes into the audit log."""
    who = permissions.acting(actor, "coding.reopen")
    if not reason or not reason.strip():
        raise InvalidInput(
            "reopening a submitted coding needs a reason for the audit log. Fix: pass --reason."
        )
    assignment = get(store, assignment_id)
    if not assignment.locked:
        raise InvalidInput(
            f"assignment {assignment_id} is {assignment.status}, not submitted: nothing to reopen."
        )
    with store.change(who, "coding.reopen") as change:
        change.update(
            "coding_assignments",
            assignment_id,
            {"status": REOPENED},
            expect={"status": SUBMITTED},
        )
        change.audit("coding_assignments", assignment_id, {"reopen_reason": reason.strip()})
    return get(store, assignment_id)


def ensure_tag_editable(store: Store, user: str | User, footage_id: int) -> None:
    """Refuse a tag create/edit/delete by a coder whose coding of this footage is submitted.

    ``annotate/tags.py`` calls this before every write; other users' edits are not affected.
    """
    name = _name(user)
    assignment = find(store, footage_id, name)
    if assignment is not None and assignment.locked:
        raise CodingLocked(
            f"{name} submitted the coding of footage {footage_id} at {assignment.submitted_at} "
            f"(assignment {assignment.id}): those tags are locked. Fix: ask a researcher to "
            f"reopen it (`bodycam coding reopen {assignment.id} --reason ...`)."
        )


def is_blind_for(store: Store, user: str | User, footage_id: int) -> bool:
    "True while the user's blind assignment on this footage is not submitted."
    assignment = find(store, footage_id, _name(user))
    return assignment is not None and assignment.blind and not assignment.locked


def visible_tags(store: Store, user: str | User, footage_id: int) -> list[dict[str, Any]]:
    """The live tags of the footage this user may see: only their own while their blind
    assignment there is not submitted (no other coder's, no supervisor's), else all of them;
    with who made them and others' notes as the user may see them (``models.identities``)."""
    sql, params = "SELECT * FROM tags WHERE footage_id = ? AND deleted_at IS NULL", [footage_id]
    if is_blind_for(store, user, footage_id):
        sql, params = sql + " AND created_by = ?", [*params, _name(user)]
    rows = store.query(sql + " ORDER BY start, id", params)
    mask = mask_for(store, user, footage_id)
    return [mask.tag(row) for row in rows]


def progress(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Progress per coder and per footage: assigned, submitted, overdue counts and tag counts."""
    rows = store.query(
        "SELECT a.*, (SELECT count(*) FROM tags t WHERE t.footage_id = a.footage_id"
        " AND t.created_by = a.coder AND t.deleted_at IS NULL) AS tags"
        " FROM coding_assignments a ORDER BY a.coder, a.footage_id"
    )
    per_coder: dict[str, dict[str, Any]] = {}
    per_footage: dict[int, dict[str, Any]] = {}
    for row in rows:
        assignment = Assignment.from_row({k: v for k, v in row.items() if k != "tags"})
        for key, table, label in (
            (assignment.coder, per_coder, "coder"),
            (assignment.footage_id, per_footage, "footage_id"),
        ):
            entry = table.setdefault(
                key, {label: key, "assigned": 0, "submitted": 0, "overdue": 0, "tags": 0}
            )
            entry["assigned"] += 1
            entry["submitted"] += assignment.locked
            entry["overdue"] += assignment.overdue()
            entry["tags"] += row["tags"]
    return {"coders": list(per_coder.values()), "footage": list(per_footage.values())}
