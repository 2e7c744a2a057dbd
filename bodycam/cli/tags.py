"""`bodycam tag add|list|delete`: tags from scripts, through the same functions and audit as the
Review page (bodycam/annotate/tags.py)."""

from __future__ import annotations

import click

from ..core.errors import InvalidInput
from .output import emit_json


def parse_time(text: str) -> float:
    """Seconds, or ``MM:SS`` / ``HH:MM:SS`` (fractions allowed): ``75``, ``1:15``, ``0:01:15.5``."""
    parts = text.strip().split(":")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if not values or len(values) > 3 or any(v < 0 for v in values):
        raise InvalidInput(f"time {text!r}: give seconds (75.5) or MM:SS / HH:MM:SS (1:15.5)")
    seconds = 0.0
    for value in values:
        seconds = seconds * 60 + value
    return seconds


def _line(tag: dict) -> str:
    end = "-" if tag["end"] is None else f"{tag['end']:.3f}"
    return (
        f"{tag['id']}\t{tag['code']}\t{tag['start']:.3f}\t{end}\t{tag['created_by']}\t"
        f"{tag['notes'] or ''}"
    )


def _record(tag: dict) -> dict:
    keys = ("id", "footage_id", "code", "kind", "start", "end", "subject", "notes", "created_by")
    return {k: tag[k] for k in (*keys, "created_at", "version")}


@click.group("tag")
def tag() -> None:
    """Add, list and delete tags of a footage (same checks and audit as the Review page)."""


@tag.command("add")
@click.argument("footage_id", type=int)
@click.argument("code_id")
@click.argument("start")
@click.argument("end", required=False)
@click.option("--notes", help="A note kept with the tag.")
@click.option("--json", "as_json", is_flag=True, help="The new tag as one JSON object.")
@click.pass_obj
def tag_add(obj, footage_id, code_id, start, end, notes, as_json) -> None:
    """Tag a moment (START) or a stretch (START END) with a code; prints the new tag's id."""
    from ..annotate.tags import create_tag, get_tag

    fields = {"notes": notes} if notes else {}
    tag_id = create_tag(
        obj.store,
        footage_id,
        code_id,
        parse_time(start),
        obj.user,
        end=None if end is None else parse_time(end),
        **fields,
    )
    if as_json:
        emit_json(_record(get_tag(obj.store, tag_id)))
    else:
        click.echo(tag_id)


@tag.command("list")
@click.argument("footage_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def tag_list(obj, footage_id, as_json) -> None:
    """List a footage's tags in time order: id, code, start, end, author, notes."""
    from ..annotate.tags import list_tags

    obj.store.get("footage", footage_id)  # NotFound names an unknown footage
    for row in list_tags(obj.store, footage_id):
        if as_json:
            emit_json(_record(row))
        else:
            click.echo(_line(row))


@tag.command("delete")
@click.argument("tag_id", type=int)
@click.pass_obj
def tag_delete(obj, tag_id) -> None:
    """Delete a tag (soft: the database and the audit log keep it, and it can be restored)."""
    from ..annotate.tags import delete_tag, get_tag

    current = get_tag(obj.store, tag_id)
    delete_tag(obj.store, tag_id, current["version"], obj.user)
    click.echo(f"deleted tag {tag_id}")


COMMANDS = (tag,)
