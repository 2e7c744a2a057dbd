"""A footage's review history from the audit log: every change to its tags, transcript
corrections, speakers and encounter form, with who made it and when.

The audit log is the record of truth (append-only, hash-chained), so the Review page's History
reads it rather than each table's own columns, which keep only the latest editor.
"""

from __future__ import annotations

import json
from typing import Any

from ..models.identities import mask_for
from ..models.store import Store

#: Audit entities that belong to one footage, with the query for their ids on that footage.
_ENTITY_IDS = {
    "tags": "SELECT id FROM tags WHERE footage_id = ?",
    "speakers": "SELECT id FROM speakers WHERE footage_id = ?",
    "encounter_forms": "SELECT id FROM encounter_forms WHERE footage_id = ?",
    "revisions": "SELECT id FROM revisions WHERE footage_id = ?",
}
#: What each entity is called on the page.
SUBJECTS = {
    "tags": "tag",
    "speakers": "speaker",
    "encounter_forms": "encounter form",
    "revisions": "transcript correction",
}
#: Bulky or internal fields left out of a change's summary.
_QUIET = {"version", "updated_at", "updated_by", "created_at", "created_by", "embedding"}


def footage_history(
    store: Store, footage_id: int, limit: int = 500, viewer: Any = None
) -> list[dict[str, Any]]:
    """The footage's changes, newest first: ``at``, ``actor``, ``action``, ``subject`` (e.g.
    "tag 12") and ``change`` (what changed, in words). With ``viewer`` (a signed-in User), who
    and what as it may see them (``identities``: pseudonyms, names redacted)."""
    mask = mask_for(store, viewer, footage_id)
    clauses, params = [], []
    for entity, ids in _ENTITY_IDS.items():
        clauses.append(f"(entity = ? AND entity_id IN (SELECT CAST(id AS TEXT) FROM ({ids})))")
        params += [entity, footage_id]
    rows = store.query(
        "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log WHERE "
        + " OR ".join(clauses)
        + " ORDER BY id DESC LIMIT ?",
        [*params, limit],
    )
    return [
        {
            "id": row["id"],
            "at": row["at"],
            "actor": mask.person(row["actor"]),
            "action": row["action"],
            "subject": f"{SUBJECTS[row['entity']]} {row['entity_id']}",
            "change": mask.text(summarize(json.loads(row["details"]))),
        }
        for row in rows
    ]


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def summarize(details: dict[str, Any]) -> str:
    """One line for an audit entry's details: the fields an insert set, or each updated
    field as ``field: old → new``."""
    if "update" in details:
        parts = [
            f"{field}: {_value(change.get('old'))} → {_value(change.get('new'))}"
            for field, change in sorted(details["update"].items())
            if field not in _QUIET and isinstance(change, dict)
        ]
        return "; ".join(parts) or "updated"
    if "insert" in details:
        values = details["insert"]
        parts = [f"{k}={_value(v)}" for k, v in sorted(values.items()) if k not in _QUIET]
        return "created: " + ", ".join(p for p in parts if not p.endswith("=—"))
    if "delete" in details:
        return "removed"
    return ", ".join(sorted(details)) or "—"
