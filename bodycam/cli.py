"""The ``bodycam`` command: parses arguments, calls a stage, turns domain errors into messages."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from .models.errors import BodycamError
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
            bar_format="{desc} {bar} {percentage:3.0f}% {postfix}",
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


def main() -> None:  # pragma: no cover - console entry point
    cli()
