"""``--cpu-times FILE``: each test's CPU seconds appended to ``FILE`` (one TSV per worker).

The suite's budget is 15 minutes of wall time on 2 cores, and wall time under three workers
says little about which test costs what: a test waiting on the other workers' CPU looks slow.
CPU seconds do not. Each row is the test's id, the worker process's own CPU (all its threads),
the CPU of the child processes it reaped meanwhile (ffmpeg, CLI subprocesses, a module's app
server and browser are reaped at the module's teardown, so they land on its last test), and
the wall seconds. ``benchmarks/suite_cpu.py`` sums them by file.
"""

from __future__ import annotations

import os
import resource
import time

import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--cpu-times",
        metavar="FILE",
        help="append each test's CPU seconds (own, reaped children) and wall seconds to "
        "FILE.<worker>.tsv; summed by benchmarks/suite_cpu.py",
    )


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    path = item.config.getoption("--cpu-times")
    if not path:
        yield
        return
    own, children = _cpu()
    start = time.perf_counter()
    yield
    own_after, children_after = _cpu()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(f"{path}.{worker}.tsv", "a", encoding="utf-8") as out:
        out.write(
            f"{item.nodeid}\t{own_after - own:.2f}\t{children_after - children:.2f}"
            f"\t{time.perf_counter() - start:.2f}\n"
        )
