"""`bodycam clip` and `bodycam debrief new|add|list|show|edit|remove|export` (issue #12)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .output import emit_json


def _options(before, after, captions="vtt", blur_faces=False, mute=(), lower_third=False):
    from ..debrief.clips import ClipOptions, parse_span

    spans = tuple(parse_span(m) for m in mute)
    return ClipOptions(before, after, captions, blur_faces, spans, lower_third)


LOWER_THIRD = click.option(
    "--lower-third", is_flag=True, help="Draw the tag's code and time at the bottom left."
)


BEFORE = click.option(
    "--before", type=float, default=10.0, show_default=True, help="Seconds before the tag."
)
AFTER = click.option(
    "--after", type=float, default=5.0, show_default=True, help="Seconds after the tag's end."
)
CAPTIONS = click.option(
    "--captions",
    type=click.Choice(["burn", "vtt", "none"]),
    default="vtt",
    show_default=True,
    help="Captions from the current transcript: burned in, a WebVTT sidecar, or none.",
)


@click.command("clip")
@click.argument("tag_id", type=int)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The .mp4 to write.")
@BEFORE
@AFTER
@CAPTIONS
@click.option("--blur-faces", is_flag=True, help="Blur every face (CenterFace, tracked).")
@click.option(
    "--mute", multiple=True, metavar="START-END", help="Silence footage seconds (repeatable)."
)
@LOWER_THIRD
@click.option("--json", "as_json", is_flag=True, help="The clip's provenance as JSON.")
@click.pass_obj
def clip(obj, tag_id, out, before, after, captions, blur_faces, mute, lower_third, as_json):
    """Cut a tag's moment (with padding) into an MP4 and say which cutting mode was used."""
    from ..debrief.clips import copy_clip, make_clip, provenance
    from ..debrief.files import check_writable

    check_writable(Path(out), "--out")  # before any rendering
    options = _options(before, after, captions, blur_faces, mute, lower_third)
    record = make_clip(obj.store, obj.user, tag_id, options)
    written = copy_clip(obj.store, record.row, Path(out))
    facts = provenance(record.row)
    if as_json:
        emit_json(
            {
                "clip_id": record.id,
                "reused": record.reused,
                "files": [str(p) for p in written],
                **{k: facts[k] for k in ("mode", "mode_reason", "start", "end", "duration")},
                "sha256": record.row["sha256"],
                "source_sha256": record.row["source_sha256"],
                "transcript": facts.get("transcript"),
                "redaction": facts.get("redaction"),
            }
        )
        return
    click.echo(
        f"clip {record.id}{' (reused)' if record.reused else ''}: {written[0]} "
        f"({record.row['start']:.3f}-{record.row['end']:.3f} s of footage "
        f"{record.row['footage_id']}; {record.row['mode']} mode: {facts['mode_reason']})"
    )
    for extra in written[1:]:
        click.echo(f"captions: {extra}")


@click.group("debrief")
def debrief() -> None:
    """Debrief sessions: build from tagged moments, show, edit and export as a zip."""


@debrief.command("new")
@click.argument("title")
@click.option("--audience", help="Who the session is for, e.g. 'patrol, year 2'.")
@click.option("--objective", "objectives", multiple=True, help="A learning objective (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="The new session as JSON.")
@click.pass_obj
def debrief_new(obj, title, audience, objectives, as_json) -> None:
    """Start a debrief session; prints its id."""
    from ..debrief.sessions import create_session, get_session

    session_id = create_session(obj.store, obj.user, title, audience, objectives)
    if as_json:
        emit_json(get_session(obj.store, session_id))
    else:
        click.echo(session_id)


@debrief.command("add")
@click.argument("session_id", type=int)
@click.argument("tag_ids", type=int, nargs=-1, required=True)
@BEFORE
@AFTER
@CAPTIONS
@click.option("--blur-faces", is_flag=True, help="Blur every face in these items' clips.")
@LOWER_THIRD
@click.pass_obj
def debrief_add(obj, session_id, tag_ids, before, after, captions, blur_faces, lower_third):
    """Add tags to a session as items, with their code's default discussion prompts."""
    from ..debrief.sessions import add_items

    options = _options(before, after, captions, blur_faces, (), lower_third)
    ids = add_items(obj.store, obj.user, session_id, list(tag_ids), options)
    click.echo(f"added {len(ids)} item(s) to session {session_id}: {', '.join(map(str, ids))}")


@debrief.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def debrief_list(obj, as_json) -> None:
    """List debrief sessions: id, title, number of items, author."""
    from ..debrief.sessions import list_sessions

    for row in list_sessions(obj.store):
        if as_json:
            emit_json(row)
        else:
            click.echo(f"{row['id']}\t{row['title']}\t{row['items']} items\t{row['created_by']}")


@debrief.command("show")
@click.argument("session_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="The session and its items as JSON.")
@click.pass_obj
def debrief_show(obj, session_id, as_json) -> None:
    """Show a session: objectives, then each item with its clip state, notes and prompts."""
    from ..debrief.sessions import get_session, items

    session = get_session(obj.store, session_id)
    rows = items(obj.store, session_id)
    if as_json:
        keys = ("id", "position", "tag_id", "code", "footage_id", "tag_start", "tag_end",
                "clip_id", "clip_mode", "notes", "prompts", "clip_options")  # fmt: skip
        click.echo(json.dumps({**session, "items": [{k: r[k] for k in keys} for r in rows]}))
        return
    click.echo(f"{session['title']} (session {session_id}, audience {session['audience'] or '-'})")
    for objective in session["objectives"]:
        click.echo(f"  objective: {objective}")
    for row in rows:
        clip_state = f"clip {row['clip_id']} ({row['clip_mode']})" if row["clip_id"] else "no clip"
        click.echo(
            f"{row['position']}. item {row['id']}: tag {row['tag_id']} {row['code']} at "
            f"{row['tag_start']:.3f} s of footage {row['footage_id']}; {clip_state}"
        )
        if row["notes"]:
            click.echo(f"   notes: {row['notes']}")
        for prompt in row["prompts"]:
            click.echo(f"   - {prompt}")


@debrief.command("edit")
@click.argument("item_id", type=int)
@click.option("--notes", help="The trainer's notes (replaces them).")
@click.option("--prompt", "prompts", multiple=True, help="A prompt (repeatable; replaces them).")
@click.option("--position", type=int, help="Move the item to this place (1 = first).")
@click.pass_obj
def debrief_edit(obj, item_id, notes, prompts, position) -> None:
    """Edit an item's notes or prompts, or move it to another place in its session."""
    from ..debrief.sessions import edit_item, move_item

    edit_item(obj.store, obj.user, item_id, notes=notes, prompts=list(prompts) or None)
    if position is not None:
        move_item(obj.store, obj.user, item_id, position)
    click.echo(f"item {item_id} updated")


@debrief.command("remove")
@click.argument("item_id", type=int)
@click.pass_obj
def debrief_remove(obj, item_id) -> None:
    """Remove an item from its session (the audit log keeps it)."""
    from ..debrief.sessions import remove_item

    remove_item(obj.store, obj.user, item_id)
    click.echo(f"item {item_id} removed")


@debrief.command("export")
@click.argument("session_id", type=int)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The .zip to write.")
@click.pass_obj
def debrief_export(obj, session_id, out) -> None:
    """Export a session as a zip that plays offline: clips, index.html, handout, manifest."""
    from ..debrief.package import export_session

    result = export_session(obj.store, obj.user, session_id, Path(out))
    click.echo(
        f"wrote {result.path} ({len(result.manifest['clips'])} clips, sha256 {result.sha256})"
    )


COMMANDS = (clip, debrief)
