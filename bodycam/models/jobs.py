"""The job queue: long work (ingest of uploads, transcription) runs outside the app's script.

A job is claimed atomically, so several workers can share one database. A worker that dies
leaves its job ``running`` with a stale heartbeat; the next claim takes such a job back, so
killing a worker never loses work.

A claim is the pair (worker, attempts) on the job row: every claim increments ``attempts``. A
worker that was only paused (not dead) past the heartbeat limit may find its job taken over;
it checks its claim in the same transaction that writes its result (:func:`finish`,
:func:`fail`) and on every heartbeat, and on a lost claim it stops without writing
(:class:`LostClaim`), so the worker that took over keeps the result.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ..core.errors import DatabaseBusy, InvalidInput, LostClaim, NotFound
from .footage import set_status
from .store import Store, utc_now

STATES = ("queued", "running", "done", "failed")
# A running job whose worker has not reported for this long is taken to be dead.
STALE_AFTER = timedelta(minutes=2)
# Tests (and sites with very slow storage) set the limit in seconds.
STALE_ENV = "BODYCAM_JOB_STALE_SECONDS"
MAX_ATTEMPTS = 3


def stale_after() -> timedelta:
    """The heartbeat limit: $BODYCAM_JOB_STALE_SECONDS when set, else two minutes."""
    text = os.environ.get(STALE_ENV, "").strip()
    if not text:
        return STALE_AFTER
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        raise InvalidInput(
            f"{STALE_ENV}={text!r} is not a positive number of seconds: unset it or give e.g. 120"
        )
    return timedelta(seconds=seconds)


@dataclass
class Job:
    id: int
    kind: str
    footage_id: int | None
    payload: dict[str, Any]
    state: str
    attempts: int
    error: str | None = None
    worker: str | None = None

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
            worker=row.get("worker"),
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


def footage_read(store: Store, footage_id: int | None, payload: dict) -> list[int]:
    """The footage a job reads: its own, or its payload's footage, footage list or tag."""
    found = [footage_id, payload.get("footage_id"), *(payload.get("footage_ids") or [])]
    if payload.get("tag_id") is not None:
        tag = store.one("SELECT footage_id FROM tags WHERE id = ?", [payload["tag_id"]])
        found.append(tag["footage_id"] if tag else None)
    return sorted({int(f) for f in found if f is not None})


def request(
    store: Store, actor: Any, kind: str, footage_id: int | None, payload: dict | None = None
) -> int:
    """Queue a job on behalf of ``actor``, the one way the app queues work: a signed-in user
    (a ``User``) must hold the kind's permission on every footage the job reads, since the
    worker later runs it with the operator's rights. A plain name is the CLI's operator."""
    from ..registry import job_kind  # the registry imports the stages, which import jobs
    from . import permissions

    payload = payload or {}
    name = actor
    if not isinstance(actor, str):
        name = actor.name
        action = job_kind(kind).action(payload)
        if action is None:  # operator work: only the admin may queue it from the app
            permissions.require(actor, "integrity.check")
        else:
            for read in footage_read(store, footage_id, payload) or [None]:
                resource = permissions.Resource() if read is None else None
                permissions.require(
                    actor, action, resource or permissions.footage_resource(store, read)
                )
    with store.change(name, "job.enqueue") as change:
        return enqueue(change, kind, footage_id, payload)


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
    stale_before = (datetime.now(UTC) - stale_after()).isoformat(timespec="microseconds")
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


def heartbeat(store: Store, job: Job, progress: float, detail: str | None = None) -> None:
    """Progress is bookkeeping, not evidence: it is written without an audit entry.

    Raises:
        LostClaim: another worker took the job over (this one was paused past the limit);
            the caller must stop and write nothing.
    """
    try:
        with store.busy_errors():
            cursor = store.conn.execute(
                "UPDATE jobs SET progress = ?, progress_detail = ?, heartbeat_at = ?"
                " WHERE id = ? AND state = 'running' AND worker IS ? AND attempts = ?",
                (
                    max(0.0, min(1.0, progress)),
                    detail,
                    utc_now(),
                    job.id,
                    job.worker,
                    job.attempts,
                ),
            )
    except DatabaseBusy:
        return  # a missed heartbeat costs nothing; the next one tries again
    if cursor.rowcount == 0:
        raise LostClaim(_lost_message(store.conn, job))


def _lost_message(conn, job: Job) -> str:
    row = conn.execute("SELECT state, worker, attempts FROM jobs WHERE id = ?", [job.id]).fetchone()
    now = f"is {row[0]} under {row[1]} (attempt {row[2]})" if row else "no longer exists"
    return (
        f"lost claim on job {job.id}: this worker (attempt {job.attempts}) stalled past the "
        f"heartbeat limit and the job {now}; nothing was written"
    )


def check_claim(change, job: Job) -> None:
    """Inside the transaction that writes a job's result: raise :class:`LostClaim` (so the
    change rolls back) unless this worker still holds the job."""
    row = change.conn.execute(
        "SELECT state, worker, attempts FROM jobs WHERE id = ?", [job.id]
    ).fetchone()
    if row is None or tuple(row) != ("running", job.worker, job.attempts):
        raise LostClaim(_lost_message(change.conn, job))


def finish(change, job: Job) -> None:
    """Mark the job done in the change that wrote its result, if this worker still holds it."""
    check_claim(change, job)
    change.update(
        "jobs",
        job.id,
        {"state": "done", "progress": 1.0, "finished_at": change.at, "error": None},
    )


def fail(store: Store, job: Job, error: str, *, fail_footage: bool = True) -> bool:
    """Record the job's failure (and its footage's) in one change. Returns False, writing
    nothing, when the job was meanwhile taken over by another worker."""
    try:
        with store.change("worker", "job.fail") as change:
            check_claim(change, job)
            change.update(
                "jobs", job.id, {"state": "failed", "error": error, "finished_at": change.at}
            )
            if fail_footage and job.footage_id is not None:
                set_status(change, job.footage_id, "failed", error)
    except LostClaim:
        return False
    return True


def retry(store: Store, footage_id: int, actor: str) -> int:
    """Queue the footage's transcription again, as a new job: the old job keeps its history and
    its transcript (if any) stays as an earlier version; the new job writes a new one."""
    footage = store.one("SELECT id FROM footage WHERE id = ?", [footage_id])
    if footage is None:
        raise NotFound(f"footage {footage_id} does not exist: see `bodycam list`")
    # Looked up under the write lock, so two retries at once cannot queue two jobs.
    with store.change(actor, "job.retry") as change:
        latest = change.conn.execute(
            "SELECT max(id) FROM jobs WHERE footage_id = ? AND kind = 'transcribe'", [footage_id]
        ).fetchone()[0]
        if latest is None:
            raise InvalidInput(
                f"footage {footage_id} has no transcription job (it has no audio track)"
            )
        job = change.row("jobs", latest)
        if job["state"] in ("queued", "running"):
            raise InvalidInput(f"footage {footage_id} is already {job['state']} (job {job['id']})")
        job_id = enqueue(
            change, "transcribe", footage_id, {**json.loads(job["payload"]), "retry_of": job["id"]}
        )
        set_status(change, footage_id, "queued")
    return job_id


def pending_count(store: Store) -> int:
    row = store.one("SELECT count(*) AS n FROM jobs WHERE state IN ('queued', 'running')")
    return row["n"] if row else 0
