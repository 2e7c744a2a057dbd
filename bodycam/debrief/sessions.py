"""Debrief sessions: a title, an audience, learning objectives and an ordered list of items,
each a tagged moment (clipped with the item's options) with the trainer's notes and prompts.

Every write goes through ``Store.change`` (audited). ``actor`` is the CLI operator's name or the
signed-in :class:`~bodycam.models.users.User`, who needs ``debrief.build``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..annotate import codebook_store
from ..annotate.codebook import UnknownCode
from ..core.errors import InvalidInput, NotFound
from ..models import permissions
from .clips import ClipOptions
from .prompts import default_prompts

if TYPE_CHECKING:
    from ..models.store import Store
    from ..models.users import User


def create_session(
    store: Store,
    actor: str | User,
    title: str,
    audience: str | None = None,
    objectives: list[str] | tuple[str, ...] = (),
) -> int:
    who = permissions.acting(actor, "debrief.build")
    if not title.strip():
        raise InvalidInput("title: a session needs a title, e.g. 'Distance and time'")
    with store.change(who, "debrief.create") as change:
        return change.insert(
            "debrief_sessions",
            {
                "title": title.strip(),
                "audience": audience or None,
                "objectives": [o for o in objectives if o.strip()],
                "created_by": who,
                "created_at": change.at,
            },
        )


def get_session(store: Store, session_id: int) -> dict[str, Any]:
    row = store.one("SELECT * FROM debrief_sessions WHERE id = ?", [session_id])
    if row is None:
        raise NotFound(f"debrief session {session_id} does not exist: see `bodycam debrief list`")
    row["objectives"] = json.loads(row["objectives"])
    return row


def list_sessions(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT s.id, s.title, s.audience, s.created_by, s.created_at,"
        " (SELECT count(*) FROM debrief_items i WHERE i.session_id = s.id) AS items"
        " FROM debrief_sessions s ORDER BY s.id"
    )


def _code_of(store: Store, tag: dict[str, Any]):
    try:
        return codebook_store.by_id(store, tag["codebook_id"]).code(tag["code"])
    except (UnknownCode, NotFound):
        return None


def add_items(
    store: Store,
    actor: str | User,
    session_id: int,
    tag_ids: list[int],
    options: ClipOptions | None = None,
) -> list[int]:
    """Append tags as items, with the default prompts of each tag's code."""
    who = permissions.acting(actor, "debrief.build")
    options = options or ClipOptions()
    options.check()
    get_session(store, session_id)
    tags = []
    for tag_id in tag_ids:
        tag = store.one("SELECT * FROM tags WHERE id = ? AND deleted_at IS NULL", [tag_id])
        if tag is None:
            raise NotFound(f"tag {tag_id} does not exist (or was deleted): see `bodycam tag list`")
        tags.append(tag)
    with store.change(who, "debrief.add") as change:
        last = change.conn.execute(
            "SELECT coalesce(max(position), 0) FROM debrief_items WHERE session_id = ?",
            [session_id],
        ).fetchone()[0]
        ids = []
        for offset, tag in enumerate(tags, start=1):
            ids.append(
                change.insert(
                    "debrief_items",
                    {
                        "session_id": session_id,
                        "position": last + offset,
                        "tag_id": tag["id"],
                        "clip_options": options.to_dict(),
                        "notes": "",
                        "prompts": default_prompts(_code_of(store, tag)),
                        "created_by": who,
                        "created_at": change.at,
                    },
                )
            )
        change.update("debrief_sessions", session_id, {"updated_at": change.at})
    return ids


def items(store: Store, session_id: int) -> list[dict[str, Any]]:
    """The session's items in order, with their tag, footage and clip facts."""
    rows = store.query(
        'SELECT i.*, t.code, t.start AS tag_start, t."end" AS tag_end, t.footage_id,'
        " t.created_by AS reviewer, f.original_name, f.officer, f.incident_id, f.sha256,"
        " c.path AS clip_path, c.mode AS clip_mode, c.sha256 AS clip_sha256"
        " FROM debrief_items i JOIN tags t ON t.id = i.tag_id"
        " JOIN footage f ON f.id = t.footage_id LEFT JOIN clips c ON c.id = i.clip_id"
        " WHERE i.session_id = ? ORDER BY i.position, i.id",
        [session_id],
    )
    for row in rows:
        row["prompts"] = json.loads(row["prompts"])
        row["clip_options"] = json.loads(row["clip_options"])
    return rows


def _item(store: Store, item_id: int) -> dict[str, Any]:
    row = store.one("SELECT * FROM debrief_items WHERE id = ?", [item_id])
    if row is None:
        raise NotFound(f"debrief item {item_id} does not exist")
    return row


def edit_item(
    store: Store,
    actor: str | User,
    item_id: int,
    *,
    notes: str | None = None,
    prompts: list[str] | None = None,
) -> None:
    who = permissions.acting(actor, "debrief.build")
    _item(store, item_id)
    values: dict[str, Any] = {}
    if notes is not None:
        values["notes"] = notes
    if prompts is not None:
        values["prompts"] = [p.strip() for p in prompts if p.strip()]
    if values:
        with store.change(who, "debrief.edit") as change:
            change.update("debrief_items", item_id, values)


def set_clip_options(store: Store, actor: str | User, item_id: int, options: ClipOptions) -> None:
    """Change how an item's clip is cut; the item then needs a new render (its clip is
    unlinked, never deleted: other items or exports may use it)."""
    who = permissions.acting(actor, "debrief.build")
    options.check()
    item = _item(store, item_id)
    if json.loads(item["clip_options"]) == options.to_dict():
        return
    with store.change(who, "debrief.edit") as change:
        change.update(
            "debrief_items", item_id, {"clip_options": options.to_dict(), "clip_id": None}
        )


def move_item(store: Store, actor: str | User, item_id: int, position: int) -> None:
    """Put the item at ``position`` (1-based) and renumber the rest, in one change."""
    who = permissions.acting(actor, "debrief.build")
    item = _item(store, item_id)
    order = [r["id"] for r in items(store, item["session_id"])]
    if not 1 <= position <= len(order):
        raise InvalidInput(f"position: {position} must be from 1 to {len(order)}")
    order.remove(item_id)
    order.insert(position - 1, item_id)
    with store.change(who, "debrief.reorder") as change:
        for number, other in enumerate(order, start=1):
            change.update("debrief_items", other, {"position": number})


def remove_item(store: Store, actor: str | User, item_id: int) -> None:
    """Take an item out of its session (the audit entry keeps the whole row)."""
    who = permissions.acting(actor, "debrief.build")
    item = _item(store, item_id)
    with store.change(who, "debrief.remove") as change:
        change.delete("debrief_items", item_id)
        rest = change.conn.execute(
            "SELECT id FROM debrief_items WHERE session_id = ? ORDER BY position, id",
            [item["session_id"]],
        ).fetchall()
        for number, (other,) in enumerate(rest, start=1):
            change.update("debrief_items", other, {"position": number})


def find_tags(
    store: Store,
    *,
    codes: list[str] | None = None,
    polarity: str | None = None,
    officer: str | None = None,
    incident: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    reviewer: str | None = None,
) -> list[dict[str, Any]]:
    """Live tags across all footage, filtered (dates compare the footage's recorded day)."""
    sql = (
        'SELECT t.id, t.footage_id, t.code, t.codebook_id, t.start, t."end", t.notes,'
        " t.created_by AS reviewer, f.original_name, f.officer, f.incident_id, f.recorded_at"
        " FROM tags t JOIN footage f ON f.id = t.footage_id WHERE t.deleted_at IS NULL"
    )
    params: list[Any] = []
    for column, value in (
        ("f.officer", officer),
        ("f.incident_id", incident),
        ("t.created_by", reviewer),
    ):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if codes:
        sql += f" AND t.code IN ({', '.join('?' for _ in codes)})"
        params.extend(codes)
    if date_from:
        sql += " AND substr(coalesce(f.recorded_at, f.ingested_at), 1, 10) >= ?"
        params.append(str(date_from))
    if date_to:
        sql += " AND substr(coalesce(f.recorded_at, f.ingested_at), 1, 10) <= ?"
        params.append(str(date_to))
    rows = store.query(sql + " ORDER BY t.footage_id, t.start, t.id", params)
    if polarity:
        rows = [r for r in rows if (c := _code_of(store, r)) is not None and c.polarity == polarity]
    return rows
