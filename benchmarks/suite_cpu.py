"""Where the test suite's CPU goes: the ``--cpu-times`` rows (tests/cpu_times.py) summed by file.

    .venv/bin/python -m pytest -n 3 --dist loadfile --cpu-times /tmp/cpu
    .venv/bin/python benchmarks/suite_cpu.py /tmp/cpu [--top 40]

Prints the total CPU seconds, then per file: CPU (the workers' own and their reaped children's),
its share of the total and the wall seconds its tests took. The suite's budget is wall time (15
minutes on 2 cores), but wall time under three workers mostly measures the others' load; a file's
CPU share is what cutting it would save. Slowest single tests: sort the rows by their second
column.
"""

from __future__ import annotations

import argparse
import glob
from collections import defaultdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("prefix", help="the --cpu-times FILE given to pytest")
    parser.add_argument("--top", type=int, default=40, help="files to list (default 40)")
    args = parser.parse_args()
    paths = sorted(glob.glob(f"{glob.escape(args.prefix)}.*.tsv"))
    if not paths:
        raise SystemExit(f"no {args.prefix}.<worker>.tsv files: run pytest with --cpu-times")
    files: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for path in paths:
        with open(path, encoding="utf-8") as rows:
            for row in rows:
                test, own, children, wall = row.rstrip("\n").split("\t")
                sums = files[test.split("::", 1)[0]]
                sums[0] += float(own)
                sums[1] += float(children)
                sums[2] += float(wall)
    total = sum(own + children for own, children, _ in files.values())
    print(f"{len(paths)} worker(s), {total:.0f} CPU seconds in tests")
    print(f"{'CPU s':>8} {'own':>7} {'children':>8} {'share':>6} {'wall s':>7}  file")
    ranked = sorted(files.items(), key=lambda item: -(item[1][0] + item[1][1]))
    for name, (own, children, wall) in ranked[: args.top]:
        cpu = own + children
        print(f"{cpu:8.1f} {own:7.1f} {children:8.1f} {cpu / total:6.1%} {wall:7.1f}  {name}")


if __name__ == "__main__":
    main()
