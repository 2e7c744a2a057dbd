"""Transcript commands: `bodycam search`, `transcript`, `speakers` and `speaker`."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.vocabulary import SPEAKER_ROLES
from .context import Context
from .output import emit_json, format_duration, plain


@click.command()
@click.argument("query")
@click.option("--footage", "footage_id", type=int, help="Only this footage.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.pass_obj
def search(obj: Context, query: str, footage_id, limit: int, as_json: bool) -> None:
    """Search every transcript, best match first. Quote phrases: '"stop resisting"'."""
    from ..annotate.search import search as run_search

    hits = run_search(obj.store, query, limit=limit, footage_id=footage_id)
    for hit in hits:
        if as_json:
            emit_json(hit.to_dict())
        else:
            click.echo(
                f"#{hit.footage_id} {format_duration(hit.start)}  "
                f"{plain(hit.speaker or '?')}: {plain(hit.snippet)}   ({plain(hit.footage_name)})"
            )
    if not hits and not as_json:
        click.echo("no matches")


@click.command()
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
def transcript(obj: Context, footage_id: int, fmt: str, output: str | None) -> None:
    """Export the current transcript (with people's corrections) of one footage."""
    from ..annotate.export import export_transcript
    from ..models import audit_events

    text = export_transcript(obj.store, footage_id, fmt)
    # An export hands evidence out: the audit log records who took which, in what form.
    audit_events.record(
        obj.store, obj.user, "transcript.export", "footage", footage_id,
        {"format": fmt, "output": output},
    )  # fmt: skip
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=not text.endswith("\n"))


@click.command()
@click.argument("footage_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def speakers(obj: Context, footage_id: int, as_json: bool) -> None:
    """List the footage's speakers, with the suggested camera wearer."""
    from ..models.transcripts import speakers as list_speakers

    for speaker in list_speakers(obj.store, footage_id):
        if as_json:
            emit_json(speaker)
            continue
        note = ""
        if speaker["wearer_confirmed"]:
            note = "  camera wearer (confirmed)"
        elif speaker["wearer_suggestion"] is not None:
            note = f"  suggested camera wearer (confidence {speaker['wearer_suggestion']:.2f})"
        click.echo(
            f"{speaker['id']:>4}  {plain(speaker['label']):<10} {plain(speaker['name']):<16} "
            f"{speaker['role']:<9}{note}"
        )


@click.command("speaker")
@click.argument("speaker_id", type=int)
@click.option("--name", help="The speaker's name as reviewers should see it.")
@click.option("--role", type=click.Choice(SPEAKER_ROLES))
@click.option("--wearer", is_flag=True, help="Confirm this speaker as the camera wearer.")
@click.pass_obj
def speaker_edit(obj: Context, speaker_id: int, name, role, wearer: bool) -> None:
    """Rename a speaker, set its role, or confirm it as the camera wearer."""
    from ..annotate.corrections import confirm_wearer, update_speaker

    if wearer:
        confirm_wearer(obj.store, speaker_id, obj.user)
    if name is not None or role is not None:
        update_speaker(obj.store, speaker_id, obj.user, name=name, role=role)
    if not (wearer or name is not None or role is not None):
        raise click.UsageError("give --name, --role or --wearer")
    click.echo(f"speaker {speaker_id} updated")


COMMANDS = (search, transcript, speakers, speaker_edit)
