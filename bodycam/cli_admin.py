"""``bodycam audit head``, ``bodycam audit verify [--anchor]``, ``bodycam backup`` and
``bodycam restore``.

Attach with ``audit.add_command(audit_head)``, ``audit.add_command(audit_verify)`` (replacing the
current ``audit verify``), ``cli.add_command(backup_command)`` and
``cli.add_command(restore_command)``. The commands expect the root group's context object
(``.store``, ``.user`` and ``.data_dir``).
"""

from __future__ import annotations

import json
import sys

import click

from .cli_users import domain_errors
from .core.errors import InvalidInput
from .models import audit
from .models.backup import backup, restore
from .models.store import Store


@click.command("head")
@click.pass_obj
@domain_errors
def audit_head(obj) -> None:
    """Print the entry count and head hash as one COUNT:HASH token.

    Record it outside the data directory (a ticket, a signed e-mail, syslog); later
    `bodycam audit verify --anchor COUNT:HASH` proves that entry and all before it unchanged.
    """
    click.echo(audit.head_token(obj.store.conn))


def verify_chain(store: Store, anchor: str | None) -> audit.AuditReport:
    if anchor is None:
        return audit.verify(store.conn)
    try:
        return audit.verify_anchor(store.conn, anchor)
    except ValueError as error:
        raise InvalidInput(f"--anchor: {error}") from error


@click.command("verify")
@click.option("--anchor", metavar="COUNT:HASH", help="A token printed by `bodycam audit head`.")
@click.pass_obj
@domain_errors
def audit_verify(obj, anchor: str | None) -> None:
    """Check the hash chain; exit 1 and name the first bad entry.

    With --anchor, also prove that the anchored entry is still in the chain unchanged: this
    catches a chain rewritten consistently by someone who could edit the database file.
    """
    report = verify_chain(obj.store, anchor)
    if not report.ok:
        click.echo(f"Error: {report.problem}", err=True)
        sys.exit(1)
    click.echo(f"audit log intact: {report.entries} entries, head {report.head}")
    if anchor:
        click.echo(f"anchor {anchor.split(':')[0]} holds")


@click.command("backup")
@click.argument("dest", type=click.Path(file_okay=False))
@click.option("--media", is_flag=True, help="Also copy originals and derived files (incremental).")
@click.option("--json", "as_json", is_flag=True, help="Print the manifest.")
@click.pass_obj
@domain_errors
def backup_command(obj, dest: str, media: bool, as_json: bool) -> None:
    """Back up the database (consistent while the app runs) and a manifest into DEST."""
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
@domain_errors
def restore_command(obj, src: str, force: bool) -> None:
    """Restore the backup in SRC into the data directory (which must be empty without --force)."""
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
