"""Audit entries for what changes no row: a footage viewed, a clip, export or download handed
out. They are chained like every other entry, under the person who did it."""

from __future__ import annotations

import csv
import io
from typing import Any

from .store import Store

#: Columns of the audit log as the Audit page shows and exports them.
COLUMNS = ("id", "at", "actor", "action", "entity", "entity_id", "details")


def record(
    store: Store, actor: str, action: str, entity: str, entity_id: Any, details: dict | None = None
) -> int:
    """Append one entry for an event (``footage.view``, ``media.download``, ``audit.export``)."""
    with store.change(actor, action) as change:
        return change.audit(entity, entity_id, details or {})


def search(
    store: Store,
    *,
    actor: str | None = None,
    action: str | None = None,
    entity: str | None = None,
    entity_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 5000,
) -> list[dict[str, Any]]:
    """Entries matching every given filter, newest first. ``action`` matches a prefix
    (``login`` finds login.success and login.failure); ``since``/``until`` compare ISO
    timestamps as text, which sorts them in time order."""
    where, params = [], []
    for column, value in (("actor", actor), ("entity", entity), ("entity_id", entity_id)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if action:
        where.append("(action = ? OR action LIKE ? ESCAPE '\\')")
        escaped = action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [action, escaped + ".%"]
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at <= ?")
        params.append(until)
    sql = f"SELECT {', '.join(COLUMNS)} FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return store.query(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])


def distinct(store: Store, column: str) -> list[str]:
    if column not in ("actor", "action", "entity"):
        raise ValueError(f"no audit filter on {column!r}")
    return [r["v"] for r in store.query(f"SELECT DISTINCT {column} AS v FROM audit_log ORDER BY 1")]


def to_csv(rows: list[dict[str, Any]]) -> str:
    """CSV of audit entries. A cell starting with = + - @ is prefixed with ' so a spreadsheet
    shows it as text instead of running it as a formula (user names and notes reach here)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in COLUMNS})
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
