"""`bodycam process` and `bodycam retry`: run the job queue (transcription, uploads)."""

from __future__ import annotations

import sys

import click

from .context import Context
from .output import emit_json, plain


@click.command()
@click.option(
    "--model",
    envvar="BODYCAM_ASR_MODEL",
    default="tiny.en",
    show_default=True,
    help="Whisper model: a name (tiny.en; base with the whisper-base extra; small.en, "
    "large-v3 if cached) or a CTranslate2 directory. Env BODYCAM_ASR_MODEL.",
)
@click.option(
    "--diarization",
    "diarization_backend",
    envvar="BODYCAM_DIARIZATION",
    type=click.Choice(["embedded", "pyannote"]),
    default="embedded",
    show_default=True,
    help="Speaker diarization backend.",
)
@click.option(
    "--pyannote-pipeline",
    envvar="BODYCAM_PYANNOTE_PIPELINE",
    help="pyannote pipeline: a local directory with config.yaml, or a hub id.",
)
@click.option("--min-speakers", type=click.IntRange(1, 20), default=1, show_default=True)
@click.option("--max-speakers", type=click.IntRange(1, 20), default=8, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    help="Run the jobs' compute on a Dask LocalCluster of this many worker processes.",
)
@click.option(
    "--scheduler",
    help="Run the jobs' compute on a running Dask cluster (tcp://HOST:8786). "
    "Env BODYCAM_SCHEDULER.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per job.")
@click.pass_obj
def process(
    obj: Context,
    model,
    diarization_backend,
    pyannote_pipeline,
    min_speakers,
    max_speakers,
    workers,
    scheduler,
    as_json: bool,
) -> None:
    """Run queued jobs (transcription with speakers, uploads) until none are left.

    In-process by default; with --workers or --scheduler on a Dask cluster, this process
    writing every result (see docs/SCALING.md). Exit code 1 when any job failed; `bodycam
    retry FOOTAGE_ID` queues it again.
    """
    from ..worker import WorkerOptions

    if min_speakers > max_speakers:
        raise click.UsageError("--min-speakers is larger than --max-speakers")
    if diarization_backend == "pyannote" and not pyannote_pipeline:
        raise click.UsageError(
            "--diarization pyannote needs --pyannote-pipeline (a local directory or hub id)"
        )
    from ..transcribe.options import TranscriptionOptions

    worker = WorkerOptions(
        transcription=TranscriptionOptions.from_settings(
            model=model,
            diarization=diarization_backend,
            pyannote_pipeline=pyannote_pipeline,
            min_speakers=min_speakers,
            max_speakers=max_speakers,
        )
    )
    bars: dict[int, object] = {}
    show = sys.stderr.isatty()

    def progress(job, fraction: float, message: str) -> None:
        if not show:
            return
        from tqdm import tqdm

        bar = bars.get(job.id)
        if bar is None:
            bar = bars[job.id] = tqdm(
                total=1000,
                desc=f"job {job.id} footage {job.footage_id}",
                leave=False,
                file=sys.stderr,
            )
        bar.n = int(fraction * 1000)
        bar.set_postfix_str(message[:40])

    outcomes = _run(obj.store, worker, progress, workers, scheduler)
    for bar in bars.values():
        bar.close()
    for outcome in outcomes:
        if as_json:
            emit_json(outcome.to_dict())
        elif outcome.state == "done":
            click.echo(
                f"done    job {outcome.job_id} footage {outcome.footage_id}: "
                f"{plain(outcome.detail)}"
            )
        else:
            click.echo(
                f"{outcome.state:<7} job {outcome.job_id} footage {outcome.footage_id}: "
                f"{plain(outcome.error)}",
                err=True,
            )
    if not outcomes and not as_json:
        click.echo("no queued jobs")
    if any(o.state == "failed" for o in outcomes):
        sys.exit(1)


def _run(store, worker, progress, workers, scheduler):
    """In-process, or on the Dask cluster the options name (its dashboard link printed)."""
    from ..scale.cluster import scheduler_address

    # An explicit --workers wins over $BODYCAM_SCHEDULER; both options at once is refused.
    address = scheduler if workers else scheduler_address(scheduler)
    if not workers and not address:
        from ..worker import process_jobs

        return process_jobs(store, worker, progress=progress)
    from ..scale.cluster import open_client
    from ..scale.coordinator import process_jobs_on_cluster

    with open_client(workers=workers, scheduler=address) as client:
        where = address or f"a LocalCluster of {workers} worker process{'es' * (workers > 1)}"
        click.echo(f"running on {where}; dashboard: {client.dashboard_link}", err=True)
        return process_jobs_on_cluster(store, client, worker, progress=progress)


@click.command()
@click.argument("footage_id", type=int)
@click.pass_obj
def retry(obj: Context, footage_id: int) -> None:
    """Queue the footage's failed transcription again."""
    from ..models.jobs import retry as retry_job

    job_id = retry_job(obj.store, footage_id, obj.user)
    click.echo(f"queued job {job_id} for footage {footage_id}: run `bodycam process`")


COMMANDS = (process, retry)
