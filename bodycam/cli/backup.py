"""`bodycam backup` and `bodycam restore`: consistent copies of a data directory."""

from __future__ import annotations

import json
import sys

import click


@click.command("backup")
@click.argument("dest", type=click.Path(file_okay=False))
@click.option("--media", is_flag=True, help="Also copy originals and derived files (incremental).")
@click.option("--json", "as_json", is_flag=True, help="Print the manifest.")
@click.pass_obj
def backup_command(obj, dest: str, media: bool, as_json: bool) -> None:
    """Back up the database (consistent while the app runs) and a manifest into DEST."""
    from ..models.backup import backup

    outcome = backup(obj.store, dest, obj.user, media=media)
    if as_json:
        click.echo(json.dumps(outcome.manifest, indent=2, sort_keys=True))
    else:
        database = outcome.manifest["database"]
        click.echo(
            f"backed up {obj.store.root} to {outcome.path}: database sha256 {database['sha256']}, "
            f"audit head {database['audit_head']}"
        )
        if media:
            click.echo(f"media: {outcome.copied} copied, {outcome.skipped} already there")
    for problem in outcome.problems:
        click.echo(f"Warning: {problem}", err=True)
    if outcome.problems:
        sys.exit(1)


@click.command("restore")
@click.argument("src", type=click.Path(exists=True, file_okay=False))
@click.option("--force", is_flag=True, help="Replace the database of a non-empty data directory.")
@click.pass_obj
def restore_command(obj, src: str, force: bool) -> None:
    """Restore the backup in SRC into the data directory (which must be empty without --force)."""
    from ..models.backup import restore
    from ..models.store import Store

    outcome = restore(src, obj.data_dir, force=force)
    store = Store(outcome.path)
    try:
        report = store.verify_audit()
    finally:
        store.close()
    click.echo(
        f"restored {src} into {outcome.path}: {outcome.copied} media files; "
        f"audit log {'intact' if report.ok else 'BROKEN'}: {report.entries} entries"
    )
    if not report.ok:
        click.echo(f"Error: {report.problem}", err=True)
        sys.exit(1)


COMMANDS = (backup_command, restore_command)
