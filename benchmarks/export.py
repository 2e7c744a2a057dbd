"""Export and reliability speed on a synthetic database (issue #13 §6).

Builds, in a temporary data directory, 1,000 ten-minute footage and 100,000 tags of ten codes of
the shipped codebook (half points, half intervals): 200 footage coded by two coders (100 tags
each, jittered copies of shared moments, as tests/reliability_support.py) and the other 800 by
one coder (75 tags each). The rows are bulk-inserted for the set-up only (no audit entries per
row: the set-up is not what is measured). Then, each timed in the same run against a plain
``SELECT`` of the same rows:

- the four tables (events, encounters, windows, segments) to Parquet with ``export_bundle``,
  de-identified (target: under 5 s); baseline: ``SELECT *`` of the same tags and footage
  written unchanged to one Parquet file with pyarrow;
- ``database_report`` over every double-coded footage (target: under 10 s); baseline:
  ``SELECT`` of the same tags into Python rows.

Usage: .venv/bin/python benchmarks/export.py [--footage 1000]
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bodycam.annotate import codebook_store  # noqa: E402
from bodycam.models.store import Store, utc_now  # noqa: E402
from bodycam.research.export import ExportRequest, export_bundle  # noqa: E402
from bodycam.research.tag_source import database_report  # noqa: E402

CODES = [
    ("command", "point"), ("open_question", "point"), ("active_listening", "point"),
    ("closes_distance", "point"), ("force_3_soft_control", "point"),
    ("phase_investigation", "interval"), ("weapon_present", "interval"),
    ("media_unusable", "interval"), ("civilian_agitated", "interval"),
    ("tactical_pause", "interval"),
]  # fmt: skip
DURATION = 600.0


def build(store: Store, footage: int, double: int, seed: int = 13) -> int:
    rng = random.Random(seed)
    codebook_id, _ = codebook_store.current(store)
    now = utc_now()
    conn = store.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO footage (id, sha256, original_name, original_path, size, duration, fps,"
        " recorded_at, officer, ingested_at, ingested_by, status)"
        " VALUES (?, ?, ?, ?, 1, ?, 30, ?, ?, ?, 'bench', 'ready')",
        [
            (i, f"{i:064x}", f"clip{i}.mp4", f"/x/clip{i}.mp4", DURATION,
             f"2024-{i % 12 + 1:02d}-01T{i % 24:02d}:00:00Z", f"officer{i % 50}", now)
            for i in range(1, footage + 1)
        ],
    )  # fmt: skip
    rows = []
    for footage_id in range(1, footage + 1):
        coders = ("alice", "bob") if footage_id <= double else ("carol",)
        per_coder = 100 if footage_id <= double else 75
        moments = [
            (*rng.choice(CODES), rng.uniform(0, DURATION - 20), rng.uniform(1, 15))
            for _ in range(per_coder)
        ]
        for coder in coders:
            for code, kind, start, length in moments:
                start = max(0.0, start + rng.gauss(0, 0.8))
                end = start + length if kind == "interval" else None
                rows.append((footage_id, codebook_id, code, kind, start, end, coder, now))
    conn.executemany(
        'INSERT INTO tags (footage_id, codebook_id, code, kind, start, "end", created_by,'
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    return len(rows)


def timed(function):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def select_dump(store: Store) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    for table in ("tags", "footage"):
        rows = store.conn.execute(f"SELECT * FROM {table}").fetchall()
        names = [d[0] for d in store.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
        columns = {n: [r[i] for r in rows] for i, n in enumerate(names)}
        pq.write_table(pa.table(columns), io.BytesIO())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--footage", type=int, default=1000)
    parser.add_argument("--double", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "data")
        tags, build_s, _ = timed(lambda: build(store, args.footage, args.double))
        print(f"{platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
        print(f"built {args.footage} footage, {tags} tags in {build_s:.1f} s")

        _, base_wall, base_cpu = timed(lambda: select_dump(store))
        # One bundle with the four tables (the ELAN files are a separate figure below).
        request = ExportRequest("all", "parquet", elan_files=False)
        out = Path(folder) / "tables.zip"
        _, export_wall, export_cpu = timed(lambda: export_bundle(store, "bench", request, out))
        print(
            f"all tables to Parquet: {export_wall:.2f} s wall ({export_cpu:.2f} s cpu), "
            f"SELECT dump {base_wall:.2f} s ({base_cpu:.2f} s cpu), ratio "
            f"{export_wall / base_wall:.1f}x; target < 5 s: "
            f"{'met' if export_wall < 5 else 'NOT met'}"
        )

        elan = ExportRequest("eaf", "eaf")
        _, elan_wall, elan_cpu = timed(
            lambda: export_bundle(store, "bench", elan, Path(folder) / "eaf.zip")
        )
        print(
            f"ELAN files for {args.footage} footage: {elan_wall:.2f} s wall ({elan_cpu:.2f} s cpu)"
        )

        double_ids = list(range(1, args.double + 1))
        marks = ",".join("?" for _ in double_ids)
        _, sel_wall, sel_cpu = timed(
            lambda: store.query(
                f'SELECT id, footage_id, code, kind, start, "end", created_by FROM tags'
                f" WHERE footage_id IN ({marks})",
                double_ids,
            )
        )
        report, rel_wall, rel_cpu = timed(lambda: database_report(store))
        print(
            f"reliability over {len(report.footage_ids)} double-coded footage: {rel_wall:.2f} s "
            f"wall ({rel_cpu:.2f} s cpu), SELECT {sel_wall:.2f} s ({sel_cpu:.2f} s cpu), ratio "
            f"{rel_wall / sel_wall:.1f}x; target < 10 s: {'met' if rel_wall < 10 else 'NOT met'}"
        )
        store.close()


if __name__ == "__main__":
    main()
