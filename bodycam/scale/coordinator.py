"""The coordinator: claims jobs, sends the compute part of each to a Dask cluster, and writes
the results itself, so the database keeps one writer and no worker opens it.

For each claimed job whose kind is a ``SplitJob`` (bodycam/registry.py): ``prepare`` runs
here, ``compute`` on a worker (key ``bodycam-<kind>-job<id>-attempt<n>-<random>``), ``write``
here through ``Store.change`` with the claim check. While the futures run, this loop
heartbeats every claimed job with the progress its worker publishes (topic
``bodycam-progress``), so a coordinator that dies or stalls loses its jobs to the next claim,
as the in-process worker does. Dask reruns a task whose worker died; the coordinator receives
one result per future and writes it once, so a rerun never duplicates a transcript. Kinds
that are not split run here, in-process.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from .. import registry
from ..core.errors import LostClaim
from ..core.scratch import scratch_folder
from ..models import jobs
from ..models.store import Store
from ..worker import JobOutcome, JobProgress, WorkerOptions, run_job, settle
from .cluster import capacity
from .media import MediaResolver, media_root

PROGRESS_TOPIC = "bodycam-progress"
#: How often (seconds) the coordinator heartbeats its claimed jobs; far under the stale limit.
BEAT_SECONDS = 1.0
#: A worker publishes progress at most this often.
PUBLISH_SECONDS = 0.5


@dataclass
class TaskReport:
    """What a worker returns: the compute's result and how it ran."""

    value: Any
    seconds: float
    worker: str
    peak_rss_bytes: int


def task_key(job: jobs.Job) -> str:
    """A key unique to this claim: the scheduler keeps a finished key's result while any
    client holds it, so job 1 of another data directory (or of an earlier run) sharing the
    cluster must never get the same key."""
    return f"bodycam-{job.kind}-job{job.id}-attempt{job.attempts}-{uuid.uuid4().hex[:12]}"


def run_on_worker(kind: str, task: Any, options: WorkerOptions, root: str, key: str):
    """The function a Dask worker runs: the kind's compute, with progress published to the
    coordinator. Opens no database."""
    from distributed import get_worker

    worker = get_worker()
    last = [0.0]

    def publish(fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - last[0] >= PUBLISH_SECONDS or fraction >= 1.0:
            last[0] = now
            worker.log_event(
                PROGRESS_TOPIC,
                {
                    "key": key,
                    "fraction": float(fraction),
                    "message": str(message),
                    "worker": worker.address,
                },
            )

    publish(0.0, "started")
    split = registry.job_kind(kind).split
    with scratch_folder("task") as scratch:
        started = time.perf_counter()
        value = split.compute(task, options, publish, MediaResolver(root, scratch))
        seconds = time.perf_counter() - started
    return TaskReport(value, seconds, worker.address, peak_rss_bytes())


def peak_rss_bytes() -> int:
    """This process's peak resident memory (Linux reports kilobytes)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


@dataclass
class _Running:
    job: jobs.Job
    task: Any
    split: registry.SplitJob
    submitted: float = field(default_factory=time.perf_counter)


def process_jobs_on_cluster(
    store: Store,
    client,
    options: WorkerOptions | None = None,
    *,
    progress: JobProgress | None = None,
    kinds: tuple[str, ...] | None = None,
    limit: int | None = None,
) -> list[JobOutcome]:
    """``worker.process_jobs`` on a Dask cluster: runs queued jobs until none are left (or
    ``limit`` ran), as many at once as the cluster has worker threads."""
    from distributed import wait

    options = options or WorkerOptions()
    root = media_root(store.layout.root)
    latest: dict[str, dict] = {}  # task key -> its last published progress
    client.subscribe_topic(
        PROGRESS_TOPIC, lambda event: latest.__setitem__(event[1]["key"], event[1])
    )
    running: dict[Any, _Running] = {}
    outcomes: list[JobOutcome] = []
    exhausted = False
    last_beat = [0.0]

    def beat() -> None:
        """Heartbeat every remote job with its latest progress, at most every BEAT_SECONDS."""
        if time.monotonic() - last_beat[0] < BEAT_SECONDS:
            return
        last_beat[0] = time.monotonic()
        for future, run in list(running.items()):
            event = latest.get(future.key)
            if event is None:
                fraction, message = 0.0, "waiting for a Dask worker"
            else:
                fraction = event["fraction"]
                message = f"{event['message']} (on {event['worker']})"
            try:
                jobs.heartbeat(store, run.job, fraction, message)
            except LostClaim as lost:  # stalled past the limit: another worker has it now
                future.cancel()
                del running[future]
                outcomes.append(
                    JobOutcome(run.job.id, run.job.kind, run.job.footage_id, "lost", str(lost))
                )
                continue
            if progress:
                progress(run.job, fraction, message)

    def submit(job: jobs.Job) -> str | None:
        split = registry.job_kind(job.kind).split
        if split is None:  # not split: runs here, and keeps the remote jobs' heartbeats going

            def report(fraction: float, message: str) -> None:
                jobs.heartbeat(store, job, fraction, message)
                if progress:
                    progress(job, fraction, message)
                beat()

            return run_job(store, job, options, report)
        task = split.prepare(store, job, options)
        key = task_key(job)
        future = client.submit(run_on_worker, job.kind, task, options, root, key, key=key)
        running[future] = _Running(job, task, split)
        return None

    while True:
        while (
            not exhausted
            and len(running) < capacity(client)
            and (limit is None or len(outcomes) + len(running) < limit)
        ):
            job = jobs.claim(store, kinds)
            if job is None:
                exhausted = True
                break
            outcome = settle(store, job, lambda job=job: submit(job))
            if outcome is not None:
                outcomes.append(outcome)
        if not running:
            break
        with contextlib.suppress(TimeoutError):  # no future done: time to heartbeat
            wait(list(running), timeout=BEAT_SECONDS, return_when="FIRST_COMPLETED")
        for future in [f for f in running if f.done()]:
            outcomes.append(_collect(store, future, running.pop(future)))
        beat()
    client.unsubscribe_topic(PROGRESS_TOPIC)
    return outcomes


def _collect(store: Store, future, run: _Running) -> JobOutcome:
    """Write a finished future's result (or record its failure) for its job."""
    reports: list[TaskReport] = []

    received: list[float] = []

    def write() -> str:
        report = future.result()  # raises the task's exception: the job fails with it
        received.append(time.perf_counter())
        reports.append(report)
        return run.split.write(store, run.job, run.task, report.value)

    outcome = settle(store, run.job, write)
    # Submit to result in hand: the Dask side of the job (compute plus scheduling, transfer).
    outcome.seconds = (received[0] if received else time.perf_counter()) - run.submitted
    if reports:
        outcome.compute_seconds = reports[0].seconds
        outcome.worker = reports[0].worker
    return outcome
