"""`bodycam audit`: the hash-chained audit log."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from ..core.errors import InvalidInput
from ..models import audit as audit_chain
from .context import Context
from .output import emit_json, plain

if TYPE_CHECKING:
    from ..models.store import Store


@click.group()
def audit() -> None:
    """The hash-chained audit log."""


@audit.command("head")
@click.pass_obj
def audit_head(obj) -> None:
    """Print the entry count and head hash as one COUNT:HASH token.

    Record it outside the data directory (a ticket, a signed e-mail, syslog); later
    `bodycam audit verify --anchor COUNT:HASH` proves that entry and all before it unchanged.
    """
    click.echo(audit_chain.head_token(obj.store.conn))


def verify_chain(store: Store, anchor: str | None) -> audit_chain.AuditReport:
    if anchor is None:
        return audit_chain.verify(store.conn)
    try:
        return audit_chain.verify_anchor(store.conn, anchor)
    except ValueError as error:
        raise InvalidInput(f"--anchor: {error}") from error


@audit.command("verify")
@click.option("--anchor", metavar="COUNT:HASH", help="A token printed by `bodycam audit head`.")
@click.pass_obj
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
                f"{row['id']:>6} {row['at']} {plain(row['actor']):<12} {row['action']:<22} "
                f"{row['entity']} {row['entity_id']}"
            )


COMMANDS = (audit,)
