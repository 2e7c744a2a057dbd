"""The job queue: long work (ingest of uploads, transcription) runs outside the app's script.

A job is claimed atomically, so several workers can share one database. A worker that dies
leaves its job ``running`` with a stale heartbeat; the next claim takes such a job back, so
killing a worker never loses work.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ..core.errors import InvalidInput, NotFound
from .footage import set_status
from .store import Store, utc_now

STATES = ("queued", "running", "done", "failed")
# A running job whose worker has not reported for this long is taken to be dead.
STALE_AFTER = timedelta(minutes=2)
MAX_ATTEMPTS = 3


@dataclass
class Job:
    id: int
    kind: str
    footage_id: int | None
    payload: dict[str, Any]
    state: str
    attempts: int
    error: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Job:
        return cls(
            id=row["id"],
            kind=row["kind"],
            footage_id=row["footage_id"],
            payload=json.loads(row["payload"] or "{}"),
            state=row["state"],
            attempts=row["attempts"],
            error=row["error"],
        )


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` is running. A zombie (exited, not yet reaped by its parent)
    is not: ``os.kill(pid, 0)`` still succeeds on it, and taking it for alive kept the app
    from ever starting a new worker (#9)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: it exists
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Whether every thread of ``pid`` has exited. The main thread alone shows ``Z`` while
    the others still run (an exiting process tearing down its threads): that is not dead."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return True  # gone between the two checks
    except OSError:
        return False  # no /proc (not Linux): os.kill's answer stands
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/stat", "rb") as handle:
                stat = handle.read()
        except FileNotFoundError:
            continue  # that thread just went
        # "tid (command) state ...": the command may hold spaces and parentheses.
        fields = stat.rpartition(b")")[2].split()
        if fields and fields[0] not in (b"Z", b"X"):
            return False
    return True


def _worker_dead(worker: str | None) -> bool:
    """A worker on this machine whose process is gone: its job can be taken back at once,
    without waiting for the heartbeat to go stale."""
    host, _, pid = (worker or "").rpartition(":")
    return host == socket.gethostname() and pid.isdigit() and not process_alive(int(pid))


def enqueue(change, kind: str, footage_id: int | None, payload: dict | None = None) -> int:
    """Queue a job inside the caller's change, so the job exists iff the change commits."""
    return change.insert(
        "jobs",
        {
            "kind": kind,
            "footage_id": footage_id,
            "payload": payload or {},
            "state": "queued",
            "attempts": 0,
            "progress": 0.0,
            "created_at": change.at,
            "created_by": change.actor,
        },
    )


def claim(store: Store, kinds: tuple[str, ...] | None = None) -> Job | None:
    """Take the oldest queued job (or one whose worker died) and mark it running."""
    stale_before = (datetime.now(UTC) - STALE_AFTER).isoformat(timespec="microseconds")
    kind_filter = ""
    params: list[Any] = []
    if kinds:
        kind_filter = f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params.extend(kinds)
    with store.change("worker", "job.claim") as change:
        candidates = change.conn.execute(
            "SELECT id, state, worker, heartbeat_at FROM jobs"
            " WHERE state IN ('queued', 'running')" + kind_filter + " ORDER BY id",
            params,
        ).fetchall()
        row = next(
            (
                candidate
                for candidate in candidates
                if candidate[1] == "queued"
                or (candidate[3] or "") < stale_before
                or _worker_dead(candidate[2])
            ),
            None,
        )
        if row is None:
            return None
        now = utc_now()
        current = change.row("jobs", row[0])
        updated = change.update(
            "jobs",
            row[0],
            {
                "state": "running",
                "attempts": current["attempts"] + 1,
                "worker": worker_name(),
                "started_at": now,
                "heartbeat_at": now,
                "progress": 0.0,
                "error": None,
            },
        )
    return Job.from_row(updated)


def heartbeat(store: Store, job_id: int, progress: float, detail: str | None = None) -> None:
    """Progress is bookkeeping, not evidence: it is written without an audit entry."""
    store.conn.execute(
        "UPDATE jobs SET progress = ?, progress_detail = ?, heartbeat_at = ? WHERE id = ?",
        (max(0.0, min(1.0, progress)), detail, utc_now(), job_id),
    )


def finish(change, job_id: int) -> None:
    change.update(
        "jobs",
        job_id,
        {"state": "done", "progress": 1.0, "finished_at": change.at, "error": None},
    )


def fail(store: Store, job_id: int, error: str) -> None:
    with store.change("worker", "job.fail") as change:
        change.update("jobs", job_id, {"state": "failed", "error": error, "finished_at": change.at})


def retry(store: Store, footage_id: int, actor: str) -> int:
    """Queue the footage's failed (or finished) transcription job again."""
    footage = store.one("SELECT id FROM footage WHERE id = ?", [footage_id])
    if footage is None:
        raise NotFound(f"footage {footage_id} does not exist: see `bodycam list`")
    job = store.one(
        "SELECT * FROM jobs WHERE footage_id = ? AND kind = 'transcribe' ORDER BY id DESC LIMIT 1",
        [footage_id],
    )
    if job is None:
        raise InvalidInput(f"footage {footage_id} has no transcription job (it has no audio track)")
    if job["state"] in ("queued", "running"):
        raise InvalidInput(f"footage {footage_id} is already {job['state']} (job {job['id']})")
    with store.change(actor, "job.retry") as change:
        change.update(
            "jobs",
            job["id"],
            {
                "state": "queued",
                "error": None,
                "progress": 0.0,
                "attempts": 0,
                "finished_at": None,
            },
        )
        set_status(change, footage_id, "queued")
    return job["id"]


def pending_count(store: Store) -> int:
    row = store.one("SELECT count(*) AS n FROM jobs WHERE state IN ('queued', 'running')")
    return row["n"] if row else 0
