"""`bodycam audit`: the hash-chained audit log."""

from __future__ import annotations

import sys

import click

from .context import Context
from .output import emit_json


@click.group()
def audit() -> None:
    """The hash-chained audit log."""


@audit.command("verify")
@click.pass_obj
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
def audit_log(obj: Context, limit: int, as_json: bool) -> None:
    """Show the newest audit entries."""
    rows = obj.store.query(
        "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log"
        " ORDER BY id DESC LIMIT ?",
        [limit],
    )
    for row in reversed(rows):
        if as_json:
            emit_json(row)
        else:
            click.echo(
                f"{row['id']:>6} {row['at']} {row['actor']:<12} {row['action']:<22} "
                f"{row['entity']} {row['entity_id']}"
            )


COMMANDS = (audit,)
