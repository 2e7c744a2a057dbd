"""The transcription stage's edge: the job that runs the pipeline on a footage's audio and
stores the result, and the `process` and `retry` commands.

The rest of ``transcribe/`` is a library that knows nothing of the database; this module is
where the two meet.
"""

from __future__ import annotations

from ..core.errors import BodycamError
from ..core.progress import Progress
from ..registry import SplitJob, register_cli, register_job_kind


def prepare_transcription(store, job, options) -> dict:
    """On the coordinator: find the footage's recognition WAV and mark the footage
    processing. Returns the plain task the compute needs."""
    from ..models import jobs
    from ..models.footage import derived_file, set_status

    audio = derived_file(store, job.footage_id, "audio")
    if audio is None:
        raise BodycamError(f"footage {job.footage_id} has no audio track to transcribe")
    with store.change("worker", "footage.processing") as change:
        jobs.check_claim(change, job)
        set_status(change, job.footage_id, "processing", "transcribing")
    return {"audio": audio["path"], "audio_sha256": audio["sha256"]}


def compute_transcription(task: dict, options, progress: Progress, media):
    """Anywhere (a Dask worker included): the pipeline on the task's audio; no database.
    ``options`` are the worker's (``bodycam.worker.WorkerOptions``)."""
    from .pipeline import run_transcription

    return run_transcription(media(task["audio"]), options.transcription, progress=progress)


def write_transcription(store, job, task: dict, result) -> str:
    """On the coordinator: the transcript, the footage's new status and the job's completion
    commit together, so a job that is re-run after a crash (or whose Dask task ran twice)
    can never have written half a transcript, or two."""
    from ..models import jobs
    from ..models.footage import set_status
    from ..models.transcripts import save_transcription

    with store.change("worker", "transcript.create") as change:
        jobs.check_claim(change, job)
        save_transcription(
            change,
            footage_id=job.footage_id,
            job_id=job.id,
            audio_sha256=task["audio_sha256"],
            result=result,
        )
        speakers = len(result.speaker_embeddings)
        detail = (
            f"{len(result.segments)} segments, {speakers} speaker{'s' * (speakers != 1)}"
            if result.segments
            else "no speech found"
        )
        set_status(change, job.footage_id, "ready", detail)
        jobs.finish(change, job)
        # The suggest stage reads the new transcript next (issue 15); queued here so a
        # transcript never exists without its detector run on the way.
        jobs.enqueue(change, "suggest", job.footage_id, {"after_job": job.id})
    return detail


TRANSCRIBE = SplitJob(prepare_transcription, compute_transcription, write_transcription)
#: The in-process handler: prepare, compute and write in a row.
run_transcribe_job = TRANSCRIBE.run


register_job_kind("transcribe", TRANSCRIBE, owns_footage_status=True, permission="footage.ingest")
register_cli("bodycam.cli.process")
