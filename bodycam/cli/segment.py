"""`bodycam segment split|merge`: cut a transcript segment in two, or join segments into one.

Both are corrections: they add a revision under the acting user and leave the machine's
segments as they were (see bodycam/annotate/corrections.py).
"""

from __future__ import annotations

import click

from ..core.errors import NotFound
from .context import Context
from .output import emit_json, plain


@click.group()
def segment() -> None:
    """List, split or merge the segments of a footage's current transcript."""


@segment.command("list")
@click.argument("footage_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per segment.")
@click.pass_obj
def list_segments(obj: Context, footage_id: int, as_json: bool) -> None:
    """List the current segments of a footage's transcript with the ids split and merge take."""
    from ..models.transcripts import current_segments, current_transcript, speaker_display
    from ..models.transcripts import speakers as list_speakers

    transcript = current_transcript(obj.store, footage_id)
    if transcript is None:
        raise NotFound(f"footage {footage_id} has no transcript: see `bodycam list`")
    names = {s["id"]: speaker_display(s) for s in list_speakers(obj.store, footage_id)}
    for view in current_segments(obj.store, transcript["id"]):
        speaker = names.get(view.speaker_id, "?")
        if as_json:
            emit_json(
                {
                    "id": view.id,
                    "start": view.start,
                    "end": view.end,
                    "speaker": speaker,
                    "text": view.text,
                }
            )
        else:
            click.echo(
                f"{view.id:>6}  {view.start:9.2f} {view.end:9.2f}  "
                f"{plain(speaker)}: {plain(view.text)}"
            )


@segment.command("split")
@click.argument("segment_id", type=int)
@click.argument("at_seconds", type=float)
@click.pass_obj
def split(obj: Context, segment_id: int, at_seconds: float) -> None:
    """Split a segment in two at a time in seconds from the start of the footage."""
    from ..annotate.corrections import split_segment

    first, second = split_segment(obj.store, segment_id, at_seconds, obj.user)
    click.echo(
        f"split segment {segment_id} at {at_seconds:.2f} s into segments {first} and {second}"
    )


@segment.command("merge")
@click.argument("segment_ids", nargs=-1, required=True, type=int)
@click.pass_obj
def merge(obj: Context, segment_ids: tuple[int, ...]) -> None:
    """Merge adjacent segments into one, spoken by the earliest segment's speaker."""
    from ..annotate.corrections import merge_segments

    merged = merge_segments(obj.store, list(segment_ids), obj.user)
    click.echo(f"merged segments {', '.join(map(str, segment_ids))} into segment {merged}")


COMMANDS = (segment,)
