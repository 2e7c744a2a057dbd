"""The ``bodycam`` command: parses arguments, calls a stage, turns domain errors into messages."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from .core.errors import BodycamError
from .models.settings import DATA_ENV, USER_ENV, default_actor
from .models.store import Store


class Context:
    def __init__(self, data_dir: str | None, user: str | None):
        self.data_dir = data_dir
        self.user = user or default_actor()
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir)
        return self._store


def domain_errors(command):
    """Domain errors become one-line ``Error: ...`` messages with exit code 1, no traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BodycamError as error:
            raise click.ClickException(str(error)) from error

    return wrapper


def _emit_json(record: dict) -> None:
    click.echo(json.dumps(record, ensure_ascii=False, sort_keys=False))


def _progress_factory(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    def factory(path: Path):
        bar = tqdm(
            total=1000,
            desc=path.name[:40],
            unit="‰",
            leave=False,
            file=sys.stderr,
            bar_format="{desc} {bar} {percentage:3.0f}%{postfix}",
        )
        done = {"n": 0}

        def update(fraction: float, message: str) -> None:
            target = int(fraction * 1000)
            if target > done["n"]:
                bar.update(target - done["n"])
                done["n"] = target
            bar.set_postfix_str(message, refresh=False)
            if fraction >= 1.0:
                bar.close()

        return update

    return factory


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    envvar=DATA_ENV,
    type=click.Path(file_okay=False),
    help=f"Data directory (default ./data; env {DATA_ENV}).",
)
@click.option("--user", envvar=USER_ENV, help=f"Who is acting, for the audit log (env {USER_ENV}).")
@click.version_option(package_name="bodycam-review")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, user: str | None) -> None:
    """Bodycam Review: ingest, transcribe, review and tag body-worn camera footage."""
    ctx.obj = Context(data_dir, user)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--incident", help="Incident or case number that groups these files.")
@click.option("--officer", help="Officer who wore the camera.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input file.")
@click.pass_obj
@domain_errors
def ingest(obj: Context, paths: tuple[str, ...], incident, officer, as_json: bool) -> None:
    """Ingest footage files or folders (recursively) into the evidence store.

    Each file is hashed (SHA-256) while it is copied, probed, given a browser proxy, a 16 kHz
    recognition WAV and timeline images, and queued for transcription. Exit code 1 when any
    file failed.
    """
    from .ingest.pipeline import Ingestor

    ingestor = Ingestor(obj.store, obj.user)
    failed = 0
    factory = _progress_factory(sys.stderr.isatty())
    for result in ingestor.ingest_paths(
        paths, incident=incident, officer=officer, progress_factory=factory
    ):
        failed += result.status == "failed"
        if as_json:
            _emit_json(result.to_dict())
        elif result.status == "ingested":
            click.echo(f"ingested   #{result.footage_id}  {result.path}  sha256 {result.sha256}")
        elif result.status == "duplicate":
            click.echo(
                f"duplicate  #{result.footage_id}  {result.path}  (already stored as footage "
                f"{result.footage_id})"
            )
        else:
            click.echo(f"failed     {result.error}", err=True)
    if failed:
        sys.exit(1)


def _format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = round(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


@cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per footage.")
@click.pass_obj
@domain_errors
def list_footage(obj: Context, as_json: bool) -> None:
    """List footage with status, duration, incident and officer."""
    from .models.footage import list_footage as query

    rows = query(obj.store)
    if as_json:
        for row in rows:
            _emit_json(row)
        return
    if not rows:
        click.echo("No footage yet: bodycam ingest PATH")
        return
    click.echo(f"{'id':>4}  {'status':<10} {'duration':>8}  {'incident':<14} {'officer':<16} name")
    for row in rows:
        click.echo(
            f"{row['id']:>4}  {row['status']:<10} {_format_duration(row['duration']):>8}  "
            f"{row['incident_id'] or '-':<14} {row['officer'] or '-':<16} {row['original_name']}"
        )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per original.")
@click.pass_obj
@domain_errors
def verify(obj: Context, as_json: bool) -> None:
    """Re-hash every original; exit 1 and name each file that is missing or altered."""
    from .ingest.verify import verify_originals

    bad = 0
    count = 0
    for check in verify_originals(obj.store):
        count += 1
        bad += check.status != "ok"
        if as_json:
            _emit_json(check.to_dict())
        elif check.status != "ok":
            click.echo(f"{check.status}: footage {check.footage_id} {check.path}", err=True)
    if not as_json:
        click.echo(f"{count - bad} of {count} originals intact")
    if bad:
        sys.exit(1)


@cli.group()
def audit() -> None:
    """The hash-chained audit log."""


@audit.command("verify")
@click.pass_obj
@domain_errors
def audit_verify(obj: Context) -> None:
    """Check the hash chain; exit 1 and name the first bad entry."""
    report = obj.store.verify_audit()
    if not report.ok:
        click.echo(f"Error: {report.problem}", err=True)
        sys.exit(1)
    click.echo(f"audit log intact: {report.entries} entries, head {report.head}")


@audit.command("log")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
@domain_errors
def audit_log(obj: Context, limit: int, as_json: bool) -> None:
    """Show the newest audit entries."""
    rows = obj.store.query(
        "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log"
        " ORDER BY id DESC LIMIT ?",
        [limit],
    )
    for row in reversed(rows):
        if as_json:
            _emit_json(row)
        else:
            click.echo(
                f"{row['id']:>6} {row['at']} {row['actor']:<12} {row['action']:<22} "
                f"{row['entity']} {row['entity_id']}"
            )


@cli.command()
@click.option(
    "--model",
    envvar="BODYCAM_ASR_MODEL",
    default="tiny.en",
    show_default=True,
    help="Whisper model: a name (tiny.en, small.en, large-v3) or a CTranslate2 "
    "directory. Env BODYCAM_ASR_MODEL.",
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
@click.option("--json", "as_json", is_flag=True, help="One JSON object per job.")
@click.pass_obj
@domain_errors
def process(
    obj: Context,
    model,
    diarization_backend,
    pyannote_pipeline,
    min_speakers,
    max_speakers,
    as_json: bool,
) -> None:
    """Run queued jobs (transcription with speakers, uploads) until none are left.

    Exit code 1 when any job failed; `bodycam retry FOOTAGE_ID` queues it again.
    """
    from .transcribe.options import TranscriptionOptions
    from .worker import WorkerOptions, process_jobs

    if min_speakers > max_speakers:
        raise click.UsageError("--min-speakers is larger than --max-speakers")
    if diarization_backend == "pyannote" and not pyannote_pipeline:
        raise click.UsageError(
            "--diarization pyannote needs --pyannote-pipeline (a local directory or hub id)"
        )
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

    outcomes = process_jobs(obj.store, worker, progress=progress)
    for bar in bars.values():
        bar.close()
    for outcome in outcomes:
        if as_json:
            _emit_json(outcome.to_dict())
        elif outcome.state == "done":
            click.echo(
                f"done    job {outcome.job_id} footage {outcome.footage_id}: {outcome.detail}"
            )
        else:
            click.echo(
                f"failed  job {outcome.job_id} footage {outcome.footage_id}: {outcome.error}",
                err=True,
            )
    if not outcomes and not as_json:
        click.echo("no queued jobs")
    if any(o.state == "failed" for o in outcomes):
        sys.exit(1)


@cli.command()
@click.argument("footage_id", type=int)
@click.pass_obj
@domain_errors
def retry(obj: Context, footage_id: int) -> None:
    """Queue the footage's failed transcription again."""
    from .models.jobs import retry as retry_job

    job_id = retry_job(obj.store, footage_id, obj.user)
    click.echo(f"queued job {job_id} for footage {footage_id}: run `bodycam process`")


@cli.command()
@click.argument("query")
@click.option("--footage", "footage_id", type=int, help="Only this footage.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.pass_obj
@domain_errors
def search(obj: Context, query: str, footage_id, limit: int, as_json: bool) -> None:
    """Search every transcript, best match first. Quote phrases: '"stop resisting"'."""
    from .annotate.search import search as run_search

    hits = run_search(obj.store, query, limit=limit, footage_id=footage_id)
    for hit in hits:
        if as_json:
            _emit_json(hit.to_dict())
        else:
            click.echo(
                f"#{hit.footage_id} {_format_duration(hit.start)}  "
                f"{hit.speaker or '?'}: {hit.snippet}   ({hit.footage_name})"
            )
    if not hits and not as_json:
        click.echo("no matches")


@cli.command()
@click.argument("footage_id", type=int)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["srt", "vtt", "json", "txt", "rttm"]),
    default="txt",
    show_default=True,
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to a file.")
@click.pass_obj
@domain_errors
def transcript(obj: Context, footage_id: int, fmt: str, output: str | None) -> None:
    """Export the current transcript (with people's corrections) of one footage."""
    from .annotate.export import export_transcript

    text = export_transcript(obj.store, footage_id, fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@click.argument("footage_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
@domain_errors
def speakers(obj: Context, footage_id: int, as_json: bool) -> None:
    """List the footage's speakers, with the suggested camera wearer."""
    from .models.transcripts import speakers as list_speakers

    for speaker in list_speakers(obj.store, footage_id):
        if as_json:
            _emit_json(speaker)
            continue
        note = ""
        if speaker["wearer_confirmed"]:
            note = "  camera wearer (confirmed)"
        elif speaker["wearer_suggestion"] is not None:
            note = f"  suggested camera wearer (confidence {speaker['wearer_suggestion']:.2f})"
        click.echo(
            f"{speaker['id']:>4}  {speaker['label']:<10} {speaker['name'] or '-':<16} "
            f"{speaker['role']:<9}{note}"
        )


@cli.command("speaker")
@click.argument("speaker_id", type=int)
@click.option("--name", help="The speaker's name as reviewers should see it.")
@click.option("--role", type=click.Choice(["officer", "civilian", "dispatch", "other", "unknown"]))
@click.option("--wearer", is_flag=True, help="Confirm this speaker as the camera wearer.")
@click.pass_obj
@domain_errors
def speaker_edit(obj: Context, speaker_id: int, name, role, wearer: bool) -> None:
    """Rename a speaker, set its role, or confirm it as the camera wearer."""
    from .annotate.corrections import confirm_wearer, update_speaker

    if wearer:
        confirm_wearer(obj.store, speaker_id, obj.user)
    if name is not None or role is not None:
        update_speaker(obj.store, speaker_id, obj.user, name=name, role=role)
    if not (wearer or name is not None or role is not None):
        raise click.UsageError("give --name, --role or --wearer")
    click.echo(f"speaker {speaker_id} updated")


def _serve(obj: Context, host: str, port: int, footage_id: int | None) -> None:
    from .ui.server import app_url, exec_server

    click.echo(f"Bodycam Review at {app_url(host, port, footage_id)}  (Ctrl-C stops it)")
    exec_server(obj.store.root, obj.user, host, port, footage_id)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8501, show_default=True, type=int)
@click.option("--footage", "footage_id", type=int, help="Print a link that opens this footage.")
@click.pass_obj
@domain_errors
def serve(obj: Context, host: str, port: int, footage_id: int | None) -> None:
    """Start the review app (Streamlit) on this data directory."""
    _serve(obj, host, port, footage_id)


@cli.command()
@click.option(
    "--serve/--no-serve",
    "then_serve",
    default=True,
    show_default=True,
    help="Start the app with the demo footage open when done.",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8501, show_default=True, type=int)
@click.pass_obj
@domain_errors
def demo(obj: Context, then_serve: bool, host: str, port: int) -> None:
    """Build a demo encounter (synthetic voices, moving picture), ingest it, transcribe it
    and open it in the app. Needs no network; a second run reuses the footage."""
    from .demo.setup import ensure_demo_footage
    from .worker import process_jobs

    store = obj.store
    footage_id = ensure_demo_footage(store, obj.user, say=click.echo)
    click.echo("transcribing with speakers (tiny.en + embedded diarization)...")
    for outcome in process_jobs(store):
        state = outcome.detail if outcome.state == "done" else f"failed: {outcome.error}"
        click.echo(f"  job {outcome.job_id} footage {outcome.footage_id}: {state}")
    if then_serve:
        _serve(obj, host, port, footage_id)


def main() -> None:  # pragma: no cover - console entry point
    cli()
