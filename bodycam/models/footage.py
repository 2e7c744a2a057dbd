"""Footage: its lifecycle (one status type, one setter) and the queries the CLI and app share."""

from __future__ import annotations

from typing import Any, Literal, get_args

from .store import Change, Store

#: Where a footage is in its lifecycle: waiting for a job, in one, done, or stopped by an error
#: (``status_detail`` says which and why).
FootageStatus = Literal["queued", "processing", "ready", "failed"]
FOOTAGE_STATUSES: tuple[FootageStatus, ...] = get_args(FootageStatus)

# Within an incident, split recordings and several officers' cameras are ordered by when they
# were recorded; footage without a recorded time comes last, by ingest order.
LIST_ORDER = "ORDER BY incident_id IS NULL, incident_id, recorded_at IS NULL, recorded_at, id"


def initial_status(has_audio: bool) -> tuple[FootageStatus, str]:
    """The status a newly ingested footage starts in, and why."""
    if has_audio:
        return "queued", "waiting for transcription"
    return "ready", "no audio track: nothing to transcribe"


def set_status(
    change: Change, footage_id: int, status: FootageStatus, detail: str | None = None
) -> None:
    """The one way a footage's status changes, inside the caller's change (so it commits with
    the work it reports)."""
    if status not in FOOTAGE_STATUSES:
        raise ValueError(f"footage status {status!r} is not one of {', '.join(FOOTAGE_STATUSES)}")
    change.update("footage", footage_id, {"status": status, "status_detail": detail})


def list_footage(store: Store, viewer: Any = None) -> list[dict[str, Any]]:
    """Every footage, or with ``viewer`` (a signed-in User) only the footage it may view, with
    its identities as the viewer may see them (``identities``: pseudonyms for researchers)."""
    from .identities import masked_footage
    from .permissions import only_visible

    rows = store.query(
        "SELECT id, original_name, sha256, status, status_detail, duration, recorded_at,"
        " incident_id, officer, ingested_at, ingested_by FROM footage " + LIST_ORDER
    )
    if viewer is None:
        return rows
    return masked_footage(store, viewer, only_visible(store, viewer, rows))


def derived_file(store: Store, footage_id: int, kind: str) -> dict[str, Any] | None:
    """The footage's derived file of one kind (proxy, audio, poster, ...): the row with its
    path relative to the data directory, hash and parameters, or None."""
    return store.one(
        "SELECT * FROM derived_files WHERE footage_id = ? AND kind = ?", [footage_id, kind]
    )
