"""The job worker: runs queued jobs (uploads to ingest, footage to transcribe) until none are
left. The CLI's ``bodycam process`` and the app's background worker both call it."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bodycam.core.progress import Progress

from .core.errors import BodycamError
from .models import jobs
from .models.footage import derived_file
from .models.store import Store
from .models.transcripts import save_transcription

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "kind": self.kind,
            "footage_id": self.footage_id,
            "state": self.state,
            "error": self.error,
            "detail": self.detail,
        }


def _run_transcribe(store: Store, job: jobs.Job, options: WorkerOptions, progress: Progress):
    from .transcribe.pipeline import run_transcription

    audio = derived_file(store, job.footage_id, "audio")
    if audio is None:
        raise BodycamError(f"footage {job.footage_id} has no audio track to transcribe")
    audio_path = store.layout.absolute(audio["path"])
    with store.change("worker", "footage.processing") as change:
        change.update(
            "footage", job.footage_id, {"status": "processing", "status_detail": "transcribing"}
        )
    result = run_transcription(audio_path, options.transcription, progress=progress)
    # The transcript, the footage's new status and the job's completion commit together, so a
    # job that is re-run after a crash can never have written half a transcript before.
    with store.change("worker", "transcript.create") as change:
        save_transcription(
            change,
            footage_id=job.footage_id,
            job_id=job.id,
            audio_sha256=audio["sha256"],
            result=result,
        )
        speakers = len(result.speaker_embeddings)
        detail = (
            f"{len(result.segments)} segments, {speakers} speaker{'s' * (speakers != 1)}"
            if result.segments
            else "no speech found"
        )
        change.update("footage", job.footage_id, {"status": "ready", "status_detail": detail})
        jobs.finish(change, job.id)
    return detail


def _run_ingest(store: Store, job: jobs.Job, progress: Progress):
    from .ingest.pipeline import Ingestor

    payload = job.payload
    upload = Path(payload["path"])
    result = Ingestor(store, payload.get("actor") or "worker").ingest_file(
        upload,
        incident=payload.get("incident"),
        officer=payload.get("officer"),
        progress=progress,
        display_name=payload.get("original_name"),
    )
    if result.status == "failed":
        raise BodycamError(result.error or "ingest failed")
    with store.change("worker", "job.finish") as change:
        jobs.finish(change, job.id)
    upload.unlink(missing_ok=True)
    return f"{result.status} as footage {result.footage_id}"


def run_job(store: Store, job: jobs.Job, options: WorkerOptions, progress: Progress) -> str:
    if job.kind == "transcribe":
        return _run_transcribe(store, job, options, progress)
    if job.kind == "ingest":
        return _run_ingest(store, job, progress)
    raise BodycamError(f"unknown job kind {job.kind!r}")


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
            jobs.heartbeat(store, job.id, fraction, message)
            if progress:
                progress(job, fraction, message)

        try:
            detail = run_job(store, job, options, report)
        except Exception as error:  # one bad job must never stop the batch
            reason = str(error) if isinstance(error, BodycamError) else _describe(error)
            log.debug("job %s failed:\n%s", job.id, traceback.format_exc())
            jobs.fail(store, job.id, reason)
            if job.footage_id is not None:
                with store.change("worker", "footage.failed") as change:
                    change.update(
                        "footage", job.footage_id, {"status": "failed", "status_detail": reason}
                    )
            outcomes.append(JobOutcome(job.id, job.kind, job.footage_id, "failed", reason))
        else:
            outcomes.append(JobOutcome(job.id, job.kind, job.footage_id, "done", detail=detail))
    return outcomes


def _describe(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else 'no message'}"
