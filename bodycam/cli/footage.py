"""`bodycam list` and `bodycam verify`: the stored footage and the integrity of the evidence."""

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
@click.option("--json", "as_json", is_flag=True, help="One JSON object per checked file.")
@click.pass_obj
def verify(obj: Context, as_json: bool) -> None:
    """Re-hash every original and derived file, check the audit chain and reconcile the
    database with it; exit 1 and name each file or row that does not match."""
    from ..ingest.integrity import run_verify

    report = run_verify(obj.store, obj.user)
    originals = [c for c in report.checks if c["type"] == "original"]
    derived = [c for c in report.checks if c["type"] == "derived"]
    if as_json:
        for check in report.checks:
            emit_json(check)
    else:
        for check in originals:
            if check["status"] != "ok":
                click.echo(
                    f"{check['status']}: footage {check['footage_id']} {plain(check['path'])}",
                    err=True,
                )
        for problem in report.problems:
            if not problem.startswith("original of footage"):
                click.echo(plain(problem), err=True)
        intact = sum(c["status"] == "ok" for c in originals)
        click.echo(f"{intact} of {len(originals)} originals intact")
        intact = sum(c["status"] == "ok" for c in derived)
        click.echo(f"{intact} of {len(derived)} derived files intact")
        state = "database matches" if report.ok else "see above"
        click.echo(
            f"audit log: {report.audit_entries} entries, {report.rows_checked} audited rows "
            f"and ranges reconciled ({state})"
        )
    if not report.ok:
        sys.exit(1)


COMMANDS = (list_footage, verify)
