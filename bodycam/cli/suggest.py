"""`bodycam suggest`, `bodycam suggestions`, `bodycam confirm`, `bodycam reject`: the suggested
moments of issue 15 (see bodycam/suggest/runs.py and inbox.py).

`bodycam suggestions FOOTAGE_ID` is short for `bodycam suggestions list FOOTAGE_ID`, so the
issue's spelling works beside `bodycam suggestions stats`.
"""

from __future__ import annotations

import json

import click

from ..core.errors import BodycamError
from .context import Context
from .output import emit_json


@click.command("suggest")
@click.argument("footage_ids", metavar="[FOOTAGE_ID]...", type=int, nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per footage.")
@click.pass_obj
def suggest(obj: Context, footage_ids: tuple[int, ...], as_json: bool) -> None:
    """Run the detectors now on each footage's current transcript (default: every footage with
    a transcript). Pending suggestions are replaced; confirmed and rejected ones are kept."""
    from ..suggest.runs import run_detectors

    store = obj.store
    if not footage_ids:
        footage_ids = tuple(
            r["footage_id"]
            for r in store.query("SELECT DISTINCT footage_id FROM transcripts ORDER BY footage_id")
        )
    failed = False
    for footage_id in footage_ids:
        try:
            outcome = run_detectors(store, footage_id, obj.user)
        except BodycamError as error:
            failed = True
            if as_json:
                emit_json({"footage_id": footage_id, "error": str(error)})
            else:
                click.echo(f"footage {footage_id}: {error}", err=True)
            continue
        if as_json:
            emit_json({**outcome.to_dict(), "error": None})
            continue
        click.echo(f"footage {footage_id}: {outcome.detail()}")
        for notice in outcome.notices:
            click.echo(f"  note: {notice}")
    if failed:
        raise SystemExit(1)


class _ListByDefault(click.Group):
    """A group whose first argument, when it names no subcommand, goes to ``list``."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["list", *args]
        return super().resolve_command(ctx, args)


@click.group("suggestions", cls=_ListByDefault)
def suggestions() -> None:
    """The detectors' suggestions: `bodycam suggestions FOOTAGE_ID` lists a footage's (short
    for `list`), `bodycam suggestions stats` measures each detector's precision."""


@suggestions.command("list")
@click.argument("footage_id", type=int)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON array of objects: id, code, polarity, start, end, speaker, score, "
    "detector, evidence, status.",
)
@click.pass_obj
def list_command(obj: Context, footage_id: int, as_json: bool) -> None:
    """List a footage's suggestions with their evidence and status (pending, confirmed,
    rejected, skipped), in time order."""
    from ..suggest.inbox import as_json as to_json
    from ..suggest.inbox import list_suggestions
    from ..suggest.runs import read_input

    read_input(obj.store, footage_id)  # says why when there is no footage or no transcript
    rows = list_suggestions(obj.store, footage_id)
    if as_json:
        click.echo(json.dumps([to_json(r) for r in rows], ensure_ascii=False))
        return
    if not rows:
        click.echo(f"footage {footage_id} has no suggestions: run `bodycam suggest {footage_id}`")
    for r in rows:
        click.echo(
            f"{r['id']:>6}  {r['start']:8.2f} {r['end']:8.2f}  {r['status']:<9} {r['code']}"
            f" ({r['polarity']}) {r['score']:.2f} {r['detector']}  {r['speaker'] or '-'}:"
            f" {r['evidence']}"
        )


@suggestions.command("stats")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, one object per detector.")
@click.pass_obj
def stats(obj: Context, as_json: bool) -> None:
    """Precision per detector from the verify decisions: confirmed / (confirmed + rejected);
    an edited-then-confirmed suggestion counts as confirmed and is also counted as edited."""
    from ..suggest.inbox import precision_by_detector

    rows = precision_by_detector(obj.store)
    if as_json:
        click.echo(json.dumps(rows))
        return
    click.echo(
        f"{'detector':<40} {'confirmed':>9} {'edited':>6} {'rejected':>8} {'undecided':>9}"
        f" {'precision':>9}"
    )
    for r in rows:
        precision = "-" if r["precision"] is None else f"{r['precision']:.3f}"
        click.echo(
            f"{r['detector']:<40} {r['confirmed']:>9} {r['edited']:>6} {r['rejected']:>8}"
            f" {r['undecided']:>9} {precision:>9}"
        )


@click.command("confirm")
@click.argument("suggestion_id", type=int)
@click.option("--code", help="Confirm as this code instead (a current code of the codebook).")
@click.option("--start", type=float, help="Start in seconds, instead of the suggested one.")
@click.option("--end", type=float, help="End in seconds, instead of the suggested one.")
@click.option("--speaker", "speaker_id", type=int, help="Speaker id (see `bodycam speakers`).")
@click.pass_obj
def confirm(obj: Context, suggestion_id: int, code, start, end, speaker_id) -> None:
    """Confirm a suggestion (after the edits given): it becomes a tag marked machine-suggested
    and confirmed by you."""
    from ..suggest import inbox

    tag_id = inbox.confirm(
        obj.store, suggestion_id, obj.user, code=code, start=start, end=end, speaker_id=speaker_id
    )
    tag = obj.store.get("tags", tag_id)
    click.echo(
        f"suggestion {suggestion_id} confirmed as tag {tag_id}: {tag['code']}"
        f" {tag['start']:.2f}-{tag['end']:.2f} s"
    )


@click.command("reject")
@click.argument("suggestion_id", type=int)
@click.pass_obj
def reject(obj: Context, suggestion_id: int) -> None:
    """Reject a suggestion: no tag is made; the suggestion is kept with your name, so the
    detector's precision can be measured."""
    from ..suggest import inbox

    inbox.reject(obj.store, suggestion_id, obj.user)
    click.echo(f"suggestion {suggestion_id} rejected")


COMMANDS = (suggest, suggestions, confirm, reject)
