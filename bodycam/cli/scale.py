"""`bodycam worker-setup`: what each Dask worker needs, checked on the cluster's workers."""

from __future__ import annotations

import sys

import click

from .context import Context


@click.command("worker-setup")
@click.option(
    "--model",
    envvar="BODYCAM_ASR_MODEL",
    default="tiny.en",
    show_default=True,
    help="The Whisper model the workers will run. Env BODYCAM_ASR_MODEL.",
)
@click.option("--workers", type=click.IntRange(1, 256), help="Check a LocalCluster of N workers.")
@click.option("--scheduler", help="Check the workers of this Dask cluster. Env BODYCAM_SCHEDULER.")
@click.pass_obj
def worker_setup(obj: Context, model: str, workers, scheduler) -> None:
    """Print what each Dask worker needs and check it on every worker (on this machine when
    no cluster is given). Exit code 1 when a worker lacks something."""
    import bodycam

    from ..scale.cluster import open_client, scheduler_address
    from ..scale.media import media_root
    from ..scale.setup import check_worker, needs, problems

    root = media_root(obj.store.layout.root)
    click.echo(needs(bodycam.__version__, model, root))
    address = scheduler if workers else scheduler_address(scheduler)
    if workers or address:
        with open_client(workers=workers, scheduler=address) as client:
            reports = client.run(check_worker, bodycam.__version__, model, root)
    else:
        reports = {"this machine": check_worker(bodycam.__version__, model, root)}
    failed = False
    for worker, report in sorted(reports.items()):
        found = problems(report)
        failed = failed or bool(found)
        click.echo(f"{worker} ({report['host']}): {'ready' if not found else 'NOT READY'}")
        for need, text in report.items():
            if need != "host":
                click.echo(f"  {need}: {text}")
    if failed:
        sys.exit(1)


COMMANDS = (worker_setup,)
