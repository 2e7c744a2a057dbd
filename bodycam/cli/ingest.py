"""`bodycam ingest`: footage files and folders into the evidence store."""

from __future__ import annotations

import sys

import click

from .context import Context
from .output import emit_json, file_progress_factory, plain


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--incident", help="Incident or case number that groups these files.")
@click.option("--officer", help="Officer who wore the camera.")
@click.option("--unit", help="Unit the footage belongs to (supervisors see their units' only).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input file.")
@click.pass_obj
def ingest(obj: Context, paths: tuple[str, ...], incident, officer, unit, as_json: bool) -> None:
    """Ingest footage files or folders (recursively) into the evidence store.

    Every file found gets a line. In folders, symbolic links are followed (a link loop is
    reported, not followed) and only operating-system files (.DS_Store, Thumbs.db, ._*
    AppleDouble files, .Trashes...) are skipped, each with a "skipped" line and the reason.

    Each file is hashed (SHA-256) while it is copied, probed, given a browser proxy, a 16 kHz
    recognition WAV and timeline images, and queued for transcription. Exit code 1 when any
    file failed.
    """
    from ..ingest.pipeline import Ingestor

    ingestor = Ingestor(obj.store, obj.user, unit)
    failed = 0
    factory = file_progress_factory(sys.stderr.isatty())
    for result in ingestor.ingest_paths(
        paths, incident=incident, officer=officer, progress_factory=factory
    ):
        failed += result.status == "failed"
        if as_json:
            emit_json(result.to_dict())
            continue
        path = plain(result.path)
        if result.status == "ingested":
            click.echo(f"ingested   #{result.footage_id}  {path}  sha256 {result.sha256}")
        elif result.status == "duplicate":
            click.echo(
                f"duplicate  #{result.footage_id}  {path}  (already stored as footage "
                f"{result.footage_id})"
            )
        elif result.status == "skipped":
            click.echo(f"skipped    {path}  ({plain(result.reason)})")
        else:
            click.echo(f"failed     {plain(result.error)}", err=True)
    if failed:
        sys.exit(1)


COMMANDS = (ingest,)
