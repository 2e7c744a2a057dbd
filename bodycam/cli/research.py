"""`bodycam coding`, `bodycam reliability`, `bodycam export`, `bodycam import-coding` (#13)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .output import emit_json


@click.group()
def coding() -> None:
    """Coding assignments: assign footage to coders, submit, reopen, list."""


@coding.command("assign")
@click.argument("footage_id", type=int)
@click.argument("coder")
@click.option("--due", help="Due date, YYYY-MM-DD.")
@click.option(
    "--blind/--open", default=True, show_default=True, help="Hide others' tags until submitted."
)
@click.pass_obj
def coding_assign(obj, footage_id: int, coder: str, due: str | None, blind: bool) -> None:
    """Assign a footage to a coder, blind by default, with an optional due date."""
    from ..research import assignments

    assignment_id = assignments.assign(
        obj.store, obj.user, footage_id, coder, due_date=due, blind=blind
    )
    click.echo(f"assignment {assignment_id}: footage {footage_id} to {coder}")


@coding.command("submit")
@click.argument("assignment_id", type=int)
@click.pass_obj
def coding_submit(obj, assignment_id: int) -> None:
    """Submit a coder's set: their tags on that footage are locked from now on."""
    from ..research import assignments

    done = assignments.submit(obj.store, obj.user, assignment_id)
    click.echo(f"assignment {assignment_id} submitted at {done.submitted_at}")


@coding.command("reopen")
@click.argument("assignment_id", type=int)
@click.option("--reason", required=True, help="Why it is reopened (kept in the audit log).")
@click.pass_obj
def coding_reopen(obj, assignment_id: int, reason: str) -> None:
    """Reopen a submitted set so its coder can change it; the reason is logged."""
    from ..research import assignments

    assignments.reopen(obj.store, obj.user, assignment_id, reason)
    click.echo(f"assignment {assignment_id} reopened")


@coding.command("list")
@click.option("--coder", help="Only this coder's assignments.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def coding_list(obj, coder: str | None, as_json: bool) -> None:
    """List coding assignments with status and due date."""
    from dataclasses import asdict

    from ..research import assignments

    for item in assignments.list_assignments(obj.store, coder=coder):
        if as_json:
            emit_json(asdict(item))
        else:
            blind = "blind" if item.blind else "open"
            click.echo(
                f"{item.id}\tfootage {item.footage_id}\t{item.coder}\t{item.status}\t"
                f"due {item.due_date or '-'}\t{blind}"
            )


def _coders(value: str | None) -> list[str] | None:
    return [c.strip() for c in value.split(",") if c.strip()] if value else None


@click.command("reliability")
@click.option(
    "--footage",
    "footage_ids",
    type=int,
    multiple=True,
    help="Footage id (repeatable); default: every double-coded footage.",
)
@click.option("--coders", help="Coders to compare, comma-separated: A,B.")
@click.option("--reference", help="Match every other coder against this one.")
@click.option(
    "--tolerance",
    type=float,
    default=2.0,
    show_default=True,
    help="Event-matching window, ± seconds.",
)
@click.option(
    "--slice",
    "slice_length",
    type=float,
    default=1.0,
    show_default=True,
    help="Slice length in seconds for kappa, alpha and AC1.",
)
@click.option("--json", "as_json", is_flag=True, help="The whole report as JSON.")
@click.pass_obj
def reliability(obj, footage_ids, coders, reference, tolerance, slice_length, as_json) -> None:
    """Inter-coder reliability: kappa, alpha, AC1, IoU and event matching, per code and overall."""
    from ..research.report_text import format_report
    from ..research.tag_source import database_report

    report = database_report(
        obj.store,
        list(footage_ids) or None,
        _coders(coders),
        reference=reference,
        tolerance=tolerance,
        slice_length=slice_length,
    )
    if as_json:
        click.echo(json.dumps(report.to_dict(), default=str))
    else:
        click.echo(format_report(report), nl=False)


@click.command("export")
@click.argument(
    "table", type=click.Choice(["events", "encounters", "windows", "segments", "eaf", "all"])
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "parquet", "jsonl", "eaf"]),
    default=None,
    help="Table format (default csv; eaf for the eaf table).",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=True),
    help="The .zip to write (or a folder to put it in).",
)
@click.option(
    "--deidentify/--no-deidentify",
    default=True,
    show_default=True,
    help="Pseudonyms, coarse dates, names removed.",
)
@click.option(
    "--footage", "footage_ids", type=int, multiple=True, help="Only this footage (repeatable)."
)
@click.option(
    "--include-civilian", is_flag=True, help="Keep civilian speech in the segments table."
)
@click.option(
    "--text",
    "with_text",
    is_flag=True,
    help="Add the transcript text of each tag's span to events.",
)
@click.pass_obj
def export(obj, table, fmt, out, deidentify, footage_ids, include_civilian, with_text) -> None:
    """Export a research dataset bundle (zip: tables, codebook, data dictionary, manifest)."""
    from ..research.export import ExportRequest, export_bundle

    request = ExportRequest(
        table,
        fmt or ("eaf" if table == "eaf" else "csv"),
        deidentify,
        include_civilian,
        with_text,
        tuple(footage_ids) or None,
    )
    result = export_bundle(obj.store, obj.user, request, Path(out))
    counts = ", ".join(f"{n} {t}" for t, n in result.rows.items())
    click.echo(f"wrote {result.path} ({counts})")
    report = result.manifest.get("deidentification")
    if report:
        left = report["not_covered"]["sentence_initial_capitalised_words_left"]
        click.echo(
            f"names pass: {sum(report['replaced'].values())} replaced; {left} capitalised "
            f"sentence-initial words could not be judged (see manifest.json)"
        )


@click.command("import-coding")
@click.argument("footage_id", type=int)
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--coder", required=True, help="Whose coding this is (the tags' created_by).")
@click.option(
    "--map", "mapping", type=click.Path(dir_okay=False), help="YAML `name: code_id` lines."
)
@click.option("--skip-unknown", is_flag=True, help="Leave out (and list) names that match no code.")
@click.pass_obj
def import_coding(obj, footage_id, file, coder, mapping, skip_unknown) -> None:
    """Import one coder's ELAN .eaf or BORIS tabular events export as tags."""
    from ..research.importing import import_coding as run

    result = run(
        obj.store, obj.user, footage_id, Path(file), coder,
        Path(mapping) if mapping else None, skip_unknown=skip_unknown,
    )  # fmt: skip
    codes = ", ".join(f"{c} {n}" for c, n in result.by_code.items())
    click.echo(f"imported {len(result.tag_ids)} tags for {coder} on footage {footage_id}: {codes}")
    for name, n in sorted(result.skipped.items()):
        click.echo(f"skipped (no code): {name} ({n})")


COMMANDS = (coding, reliability, export, import_coding)
