"""Queries about footage that the CLI and the app share."""

from __future__ import annotations

from typing import Any

from .store import Store

# Within an incident, split recordings and several officers' cameras are ordered by when they
# were recorded; footage without a recorded time comes last, by ingest order.
LIST_ORDER = "ORDER BY incident_id IS NULL, incident_id, recorded_at IS NULL, recorded_at, id"


def list_footage(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, original_name, sha256, status, status_detail, duration, recorded_at,"
        " incident_id, officer, ingested_at, ingested_by FROM footage " + LIST_ORDER
    )


def derived_file(store: Store, footage_id: int, kind: str) -> dict[str, Any] | None:
    return store.one(
        "SELECT * FROM derived_files WHERE footage_id = ? AND kind = ?", [footage_id, kind]
    )
