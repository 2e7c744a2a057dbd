"""Ingest speed and memory against the floor measured in the same run.

Builds a 10-minute 720p H.264/AAC file (and a 2-minute one, to show memory does not grow with
the file), then for each prints:

- the floor: ``sha256sum`` of the file plus an ``ffmpeg -c copy`` remux of it (the least any
  ingest must do: read every byte once and write a playable copy);
- the wall time of ``bodycam ingest`` on it, in a fresh process;
- the ratio between them (target: at most 1.5);
- the peak RSS of the ingest process (target: < 300 MB whatever the file size). ffmpeg runs
  as a separate program with its own bounded buffers; getrusage cannot tell its peak apart from
  the Python process it was started from, so it is not printed.

Usage: .venv/bin/python benchmarks/ingest.py [--minutes 10] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEASURE = r"""
import json, resource, sys, time
from pathlib import Path
from bodycam.models import Store
from bodycam.ingest.pipeline import Ingestor
began = time.perf_counter()
result = Ingestor(Store(sys.argv[1]), "bench").ingest_file(Path(sys.argv[2]))
wall = time.perf_counter() - began
print(json.dumps({
    "status": result.status, "error": result.error, "wall": wall,
    "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def make_footage(path: Path, minutes: float) -> None:
    if path.exists():
        return
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=1280x720:rate=30",
            "-f",
            "lavfi",
            "-i",
            "anoisesrc=color=pink:sample_rate=48000:amplitude=0.2",
            "-t",
            str(minutes * 60),
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
            "-g",
            "60",
            "-c:a",
            "aac",
            "-b:a",
            "128k",
            str(path),
        ],
        check=True,
    )


def floor_seconds(path: Path, work: Path) -> float:
    began = time.perf_counter()
    subprocess.run(["sha256sum", str(path)], check=True, capture_output=True)
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-i",
            str(path),
            "-c",
            "copy",
            "-movflags",
            "+faststart",
            str(work / "remux.mp4"),
        ],
        check=True,
    )
    elapsed = time.perf_counter() - began
    (work / "remux.mp4").unlink()
    return elapsed


def ingest_once(path: Path, work: Path) -> dict:
    data_dir = work / "data"
    shutil.rmtree(data_dir, ignore_errors=True)
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(data_dir), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(data_dir, ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--keep", type=Path, help="folder to keep the generated footage in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bodycam-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {platform.machine()}, "
        f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{'file':<22} {'size MB':>8} {'floor s':>8} {'ingest s':>9} {'ratio':>6} {'RSS MB':>7}")
    for minutes in (2, args.minutes):
        source = folder / f"bench-{minutes:g}min-720p.mp4"
        make_footage(source, minutes)
        with tempfile.TemporaryDirectory(dir=folder) as work:
            work_path = Path(work)
            floor = min(floor_seconds(source, work_path) for _ in range(2))
            runs = [ingest_once(source, work_path) for _ in range(2)]
            best = min(runs, key=lambda r: r["wall"])
            assert best["status"] == "ingested", best
            print(
                f"{source.name:<22} {source.stat().st_size / 1e6:>8.1f} {floor:>8.2f} "
                f"{best['wall']:>9.2f} {best['wall'] / floor:>6.2f} "
                f"{max(r['rss_self_mb'] for r in runs):>7.0f}"
            )
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
