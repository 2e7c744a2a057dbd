"""The transcription stage's edge: the job that runs the pipeline on a footage's audio and
stores the result, and the `process` and `retry` commands.

The rest of ``transcribe/`` is a library that knows nothing of the database; this module is
where the two meet.
"""

from __future__ import annotations

from ..core.errors import BodycamError
from ..core.progress import Progress
from ..registry import register_cli, register_job_kind


def run_transcribe_job(store, job, options, progress: Progress) -> str:
    """Transcribe the footage's recognition WAV with speakers; ``options`` are the worker's
    (``bodycam.worker.WorkerOptions``)."""
    from ..models import jobs
    from ..models.footage import derived_file, set_status
    from ..models.transcripts import save_transcription
    from .pipeline import run_transcription

    audio = derived_file(store, job.footage_id, "audio")
    if audio is None:
        raise BodycamError(f"footage {job.footage_id} has no audio track to transcribe")
    audio_path = store.layout.absolute(audio["path"])
    with store.change("worker", "footage.processing") as change:
        jobs.check_claim(change, job)
        set_status(change, job.footage_id, "processing", "transcribing")
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
        set_status(change, job.footage_id, "ready", detail)
        jobs.finish(change, job)
        # The suggest stage reads the new transcript next (issue 15); queued here so a
        # transcript never exists without its detector run on the way.
        jobs.enqueue(change, "suggest", job.footage_id, {"after_job": job.id})
    return detail


register_job_kind("transcribe", run_transcribe_job, owns_footage_status=True)
register_cli("bodycam.cli.process")
