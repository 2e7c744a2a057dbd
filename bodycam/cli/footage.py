"""`bodycam list` and `bodycam verify`: the stored footage and the integrity of its originals."""

from __future__ import annotations

import sys

import click

from .context import Context
from .output import emit_json, format_duration, plain


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per footage.")
@click.pass_obj
def list_footage(obj: Context, as_json: bool) -> None:
    """List footage with status, duration, incident and officer."""
    from ..models.footage import list_footage as query

    rows = query(obj.store)
    if as_json:
        for row in rows:
            emit_json(row)
        return
    if not rows:
        click.echo("No footage yet: bodycam ingest PATH")
        return
    click.echo(f"{'id':>4}  {'status':<10} {'duration':>8}  {'incident':<14} {'officer':<16} name")
    for row in rows:
        click.echo(
            f"{row['id']:>4}  {row['status']:<10} {format_duration(row['duration']):>8}  "
            f"{plain(row['incident_id']):<14} {plain(row['officer']):<16} "
            f"{plain(row['original_name'])}"
        )


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per original.")
@click.pass_obj
def verify(obj: Context, as_json: bool) -> None:
    """Re-hash every original; exit 1 and name each file that is missing or altered."""
    from ..ingest.verify import verify_originals

    bad = 0
    count = 0
    for check in verify_originals(obj.store):
        count += 1
        bad += check.status != "ok"
        if as_json:
            emit_json(check.to_dict())
        elif check.status != "ok":
            click.echo(f"{check.status}: footage {check.footage_id} {plain(check.path)}", err=True)
    if not as_json:
        click.echo(f"{count - bad} of {count} originals intact")
    if bad:
        sys.exit(1)


COMMANDS = (list_footage, verify)
