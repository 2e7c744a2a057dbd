"""The job worker: runs queued jobs until none are left, each with the handler its stage
registered (see bodycam/registry.py). The CLI's ``bodycam process`` and the app's background
worker both call it."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import registry
from .core.errors import BodycamError, LostClaim
from .core.progress import Progress
from .models import jobs
from .models.store import Store

if TYPE_CHECKING:  # importing the options loads SciPy; the worker module stays light
    from .transcribe.options import TranscriptionOptions

log = logging.getLogger(__name__)

JobProgress = Callable[[jobs.Job, float, str], None]


@dataclass
class WorkerOptions:
    """How jobs run: the transcription options built at the edge (``None``: the defaults,
    tiny.en with the embedded diarizer)."""

    transcription: TranscriptionOptions | None = None


@dataclass
class JobOutcome:
    job_id: int
    kind: str
    footage_id: int | None
    state: str
    error: str | None = None
    detail: str | None = None
    # Measured on a Dask run (bodycam/scale/coordinator.py), not part of the JSON output:
    # submit-to-written seconds, the compute's own seconds, and the worker that ran it.
    seconds: float | None = None
    compute_seconds: float | None = None
    worker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "kind": self.kind,
            "footage_id": self.footage_id,
            "state": self.state,
            "error": self.error,
            "detail": self.detail,
        }


def run_job(store: Store, job: jobs.Job, options: WorkerOptions, progress: Progress) -> str:
    """Run one claimed job with the handler its stage registered for its kind."""
    return registry.job_kind(job.kind).handler(store, job, options, progress)


def process_jobs(
    store: Store,
    options: WorkerOptions | None = None,
    *,
    progress: JobProgress | None = None,
    kinds: tuple[str, ...] | None = None,
    limit: int | None = None,
) -> list[JobOutcome]:
    """Run queued jobs until none are left (or ``limit`` ran). A failing job records its
    reason and the worker goes on with the next one."""
    options = options or WorkerOptions()
    outcomes: list[JobOutcome] = []
    while limit is None or len(outcomes) < limit:
        job = jobs.claim(store, kinds)
        if job is None:
            break

        def report(fraction: float, message: str, job=job) -> None:
            jobs.heartbeat(store, job, fraction, message)
            if progress:
                progress(job, fraction, message)

        outcomes.append(
            settle(store, job, lambda job=job, report=report: run_job(store, job, options, report))
        )
    return outcomes


def settle(store: Store, job: jobs.Job, work: Callable[[], str | None]) -> JobOutcome | None:
    """Run ``work`` (which finishes the job and returns its detail) and turn what happened
    into the job's outcome; a failure is recorded on the job. ``work`` returning None means
    the job goes on elsewhere (submitted to a cluster): no outcome yet. Shared by the
    in-process loop and the Dask coordinator (bodycam/scale/coordinator.py)."""
    try:
        detail = work()
        if detail is None:
            return None
    except LostClaim as lost:  # another worker took the job over: its result stands
        return JobOutcome(job.id, job.kind, job.footage_id, "lost", str(lost))
    except Exception as error:  # one bad job must never stop the batch
        reason = str(error) if isinstance(error, BodycamError) else _describe(error)
        log.debug("job %s failed:\n%s", job.id, traceback.format_exc())
        # fail() writes nothing when the job was meanwhile taken over by another worker.
        owns_footage = registry.owns_footage_status(job.kind)
        state = "failed" if jobs.fail(store, job, reason, fail_footage=owns_footage) else "lost"
        return JobOutcome(job.id, job.kind, job.footage_id, state, reason)
    return JobOutcome(job.id, job.kind, job.footage_id, "done", detail=detail)


def _describe(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else 'no message'}"
