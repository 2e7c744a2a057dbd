"""Which Dask cluster ``bodycam process`` uses: none (in-process, the default), a
``LocalCluster`` of N worker processes, or a running scheduler."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator

from ..core.errors import BodycamError

SCHEDULER_ENV = "BODYCAM_SCHEDULER"
#: Seconds to wait for the scheduler before giving up with a message.
CONNECT_TIMEOUT = 10.0


class SchedulerUnreachable(BodycamError):
    """The Dask scheduler named by --scheduler or $BODYCAM_SCHEDULER did not answer."""


def scheduler_address(option: str | None) -> str | None:
    return (option or os.environ.get(SCHEDULER_ENV, "")).strip() or None


@contextlib.contextmanager
def open_client(*, workers: int | None = None, scheduler: str | None = None) -> Iterator:
    """A ``distributed.Client``: on a new ``LocalCluster(n_workers=workers)`` (one thread
    each: the pipeline threads itself) or connected to ``scheduler``. Closed on exit (the
    LocalCluster with it)."""
    if workers and scheduler:
        raise BodycamError("give either --workers (a cluster on this machine) or --scheduler")
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as error:
            raise SchedulerUnreachable(
                f"cannot reach the Dask scheduler at {scheduler} within {CONNECT_TIMEOUT:g} s "
                f"({type(error).__name__}): start it (`dask scheduler` and `dask worker "
                f"{scheduler}` on each worker machine), fix --scheduler/${SCHEDULER_ENV}, or "
                "leave both unset to run in-process; no job was claimed"
            ) from error
        with client:
            yield client
        return
    # The dashboard on a free port: two clusters on one machine must not collide.
    with (
        LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address="127.0.0.1:0",
            # Worker chatter (a nanny killing a worker that lingers on exit) is not the
            # user's business; errors still show.
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def capacity(client) -> int:
    """How many tasks the cluster runs at once: its worker threads (at least one)."""
    return max(1, sum(client.nthreads().values()))
