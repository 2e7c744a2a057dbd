"""Reliability speed: the full report for 200 footage × 2 coders × 100 events per coder.

The synthetic coding (tests/reliability_support.py) has 10-minute footage and ten codes, half of
them intervals: 40,000 events and 1,200,000 (code, 1-second slice) units. Prints, with a
baseline measured in the same run on the same events:

- ``reliability_report`` (validation, slicing, kappa, alpha, AC1, IoU, event matching for every
  code and overall; target for every double-coded footage, issue #13: under 10 s);
- ``format_report`` on the result;
- baseline: one plain numpy pass over the same events that reads their fields, marks their
  slices per coder and code and computes the raw share of agreeing units (no statistics, no
  matching). The ratio report / baseline is the figure to compare between runs; the machine is
  shared, so CPU time is printed beside wall time.

Usage: .venv/bin/python benchmarks/reliability.py [--repeats 3] [--footage 200]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
from reliability_support import synthetic_coding  # noqa: E402 - the coding the tests use

from bodycam.research.reliability import reliability_report  # noqa: E402
from bodycam.research.report_text import format_report  # noqa: E402

TARGET_S = 10.0


def plain_numpy_pass(events, durations, slice_length: float = 1.0) -> float:
    """The floor: fields to arrays, slices marked per coder and code, share of agreeing units."""
    coders = sorted({e.coder for e in events})
    codes = sorted({e.code_id for e in events})
    footage = list(durations)
    counts = np.array([int(np.ceil(durations[f] / slice_length)) for f in footage])
    offsets = dict(zip(footage, np.concatenate([[0], np.cumsum(counts)[:-1]]), strict=True))
    total = int(counts.sum())
    coder = np.array([coders.index(e.coder) for e in events])
    code = np.array([codes.index(e.code_id) for e in events])
    base = np.array([offsets[e.footage_id] for e in events])
    start = np.array([e.start for e in events])
    end = np.array([e.start if e.end is None else e.end for e in events])
    first = base + np.floor(start / slice_length).astype(int)
    stop = np.maximum(base + np.ceil(end / slice_length).astype(int), first + 1)
    diff = np.zeros((len(coders), len(codes), total + 1), dtype=np.int32)
    np.add.at(diff, (coder, code, first), 1)
    np.add.at(diff, (coder, code, stop), -1)
    marked = np.cumsum(diff, axis=2)[..., :total] > 0
    return float((marked[0] == marked[1]).mean())


def timed(fn, repeats: int) -> tuple[list[float], list[float], object]:
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs of each (at least 1)")
    parser.add_argument("--footage", type=int, default=200)
    args = parser.parse_args()
    args.repeats = max(1, args.repeats)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    events, durations = synthetic_coding(footage=args.footage)
    print(f"synthetic coding: {len(durations)} footage × 2 coders, {len(events)} events")

    report_wall, report_cpu, report = timed(
        lambda: reliability_report(events, durations), args.repeats
    )
    text_wall, _, _ = timed(lambda: format_report(report), args.repeats)
    base_wall, base_cpu, share = timed(lambda: plain_numpy_pass(events, durations), args.repeats)

    median = statistics.median
    print(
        f"units per code: {report.overall.kappa.units // len(report.codes)}, "
        f"overall: {report.overall.kappa.units}; overall kappa {report.overall.kappa.value:.3f}, "
        f"raw agreement {share:.3f}"
    )
    print(
        f"reliability_report: median {median(report_wall):6.2f} s wall, "
        f"{median(report_cpu):6.2f} s CPU  target < {TARGET_S:g} s"
    )
    print(f"format_report:      median {median(text_wall) * 1000:6.1f} ms")
    print(
        f"plain numpy pass:   median {median(base_wall):6.2f} s wall, "
        f"{median(base_cpu):6.2f} s CPU  ratio report/baseline "
        f"{median(report_wall) / median(base_wall):.1f} wall, "
        f"{median(report_cpu) / median(base_cpu):.1f} CPU"
    )


if __name__ == "__main__":
    main()
