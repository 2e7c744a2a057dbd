"""`bodycam serve` and `bodycam demo`: start the review app."""

from __future__ import annotations

import click

from .context import Context


def _serve(obj: Context, host: str, port: int, footage_id: int | None) -> None:
    from ..models.filemodes import loose_modes
    from ..ui.server import app_url, exec_server

    # Evidence readable by other accounts on this machine: say so at every start.
    for warning in loose_modes(obj.store.layout):
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"Bodycam Review at {app_url(host, port, footage_id)}  (Ctrl-C stops it)")
    exec_server(obj.store.root, obj.user, host, port, footage_id)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8501, show_default=True, type=int)
@click.option("--footage", "footage_id", type=int, help="Print a link that opens this footage.")
@click.pass_obj
def serve(obj: Context, host: str, port: int, footage_id: int | None) -> None:
    """Start the review app (Streamlit) on this data directory."""
    _serve(obj, host, port, footage_id)


@click.command()
@click.option(
    "--serve/--no-serve",
    "then_serve",
    default=True,
    show_default=True,
    help="Start the app with the demo footage open when done.",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8501, show_default=True, type=int)
@click.pass_obj
def demo(obj: Context, then_serve: bool, host: str, port: int) -> None:
    """Build a demo encounter (synthetic voices, moving picture), ingest it, transcribe it,
    create a demo admin with a one-time password and open it in the app. Needs no network; a
    second run reuses the footage and gives the demo admin a new password."""
    from ..demo.accounts import banner, ensure_demo_admin
    from ..demo.setup import ensure_demo_footage
    from ..worker import process_jobs

    store = obj.store
    footage_id = ensure_demo_footage(store, obj.user, say=click.echo)
    click.echo("transcribing with speakers (tiny.en + embedded diarization)...")
    for outcome in process_jobs(store):
        state = outcome.detail if outcome.state == "done" else f"failed: {outcome.error}"
        click.echo(f"  job {outcome.job_id} footage {outcome.footage_id}: {state}")
    click.echo(banner(*ensure_demo_admin(store, obj.user)))
    if then_serve:
        _serve(obj, host, port, footage_id)


COMMANDS = (serve, demo)
