"""Benchmark #16: the same footage processed in-process, on LocalCluster(n_workers=1) and on
LocalCluster(n_workers=2), in one run; then the SQLite write rate under concurrent writers.

Footage is generated from ../shared/samples/sample.wav (real speech, two speakers) looped to
each length. Default (this shared 2-core machine): 4 files of 1, 1, 2 and 2 minutes. ``--full``
is the issue's size: 8 files of 1 to 10 minutes. Each mode runs in a fresh process on its own
copy of the data directory, so model loading and peak memory belong to that mode alone.

Reported per mode: wall time of `process` (cluster start-up separately), throughput (audio
hours per wall hour), scheduler overhead per job (Dask submit-to-result time minus the
compute's own time, as a share of the job's Dask time; the coordinator's database write is not
in it) and peak RSS per worker (for in-process: the one process).

    .venv/bin/python benchmarks/scale.py [--full] [--modes 0 1 2] [--writers 1 2 4 8] [--tags 200]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Beside the repository in a working checkout; BODYCAM_SAMPLES overrides (as for the tests).
SAMPLE = (
    Path(os.environ.get("BODYCAM_SAMPLES") or ROOT.parent / "shared" / "samples") / "sample.wav"
)
sys.path.insert(0, str(ROOT))

SMALL_MINUTES = (1, 1, 2, 2)
FULL_MINUTES = (1, 2, 3, 4, 6, 7, 8, 10)


def make_footage(folder: Path, minutes: tuple[int, ...]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for index, length in enumerate(minutes):
        path = folder / f"footage-{index}.wav"
        # A different start offset per file: each is new footage, not a duplicate. The offset
        # is an output option: as an input option with -stream_loop, ffmpeg shifts each loop's
        # timestamps and -t overshoots (a "10-minute" file came out 14.4 minutes long).
        subprocess.run(
            ["ffmpeg", "-v", "error", "-y", "-stream_loop", "-1", "-i", str(SAMPLE),
             "-ss", str(index * 3), "-t", str(length * 60), "-ar", "16000", "-ac", "1",
             str(path)],
            check=True,
        )  # fmt: skip
        files.append(path)
    return files


def run_mode(data_dir: Path, workers: int) -> dict:
    """In this (fresh) process: process the data directory's queue; 0 workers = in-process."""
    from bodycam.models import Store
    from bodycam.scale.coordinator import peak_rss_bytes

    store = Store(data_dir)
    audio_seconds = store.one("SELECT sum(duration) AS s FROM footage")["s"]
    result: dict = {"workers": workers, "audio_seconds": audio_seconds}
    if workers == 0:
        from bodycam.worker import process_jobs

        started = time.perf_counter()
        outcomes = process_jobs(store)
        result["wall"] = time.perf_counter() - started
        result["startup"] = 0.0
        result["peak_rss_mb"] = [peak_rss_bytes() / 2**20]
        result["overheads"] = []
    else:
        from bodycam.scale.cluster import open_client
        from bodycam.scale.coordinator import process_jobs_on_cluster

        started = time.perf_counter()
        with open_client(workers=workers) as client:
            client.wait_for_workers(workers)
            result["startup"] = time.perf_counter() - started
            started = time.perf_counter()
            outcomes = process_jobs_on_cluster(store, client)
            result["wall"] = time.perf_counter() - started
            result["peak_rss_mb"] = [rss / 2**20 for rss in client.run(peak_rss_bytes).values()]
        result["overheads"] = [
            (o.seconds - o.compute_seconds) / o.seconds
            for o in outcomes
            if o.seconds and o.compute_seconds
        ]
        result["overhead_seconds"] = [
            o.seconds - o.compute_seconds for o in outcomes if o.seconds and o.compute_seconds
        ]
        # Per transcription: its file's minutes, Dask seconds and compute seconds, so the
        # overhead on the longest files (the target) reads apart from the mean.
        minutes = {
            r["id"]: r["duration"] / 60 for r in store.query("SELECT id, duration FROM footage")
        }
        result["jobs"] = [
            (round(minutes[o.footage_id]), o.seconds, o.compute_seconds)
            for o in outcomes
            if o.kind == "transcribe" and o.seconds and o.compute_seconds
        ]
    result["states"] = [o.state for o in outcomes]
    store.close()
    return result


def sqlite_write_rate(data_dir: Path, writers: int, tags: int) -> dict:
    """``writers`` threads, each with its own Store (connection), each creating ``tags``
    audited tags through ``create_tag`` (``Store.change``): tags per second overall."""
    from bodycam.annotate import codebook_store
    from bodycam.annotate.tags import create_tag
    from bodycam.models import Store

    seed = Store(data_dir)
    codebook_store.current(seed)  # stores the default codebook once, before the race
    seed.close()
    errors: list[BaseException] = []
    barrier = threading.Barrier(writers + 1)

    def write(number: int) -> None:
        store = Store(data_dir)
        try:
            barrier.wait()
            for index in range(tags):
                create_tag(store, 1, "open_question", index * 0.01, f"coder{number}")
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            store.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if errors:
        raise errors[0]
    return {"writers": writers, "tags": writers * tags, "per_second": writers * tags / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="8 files of 1 to 10 minutes")
    parser.add_argument("--writers", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--tags", type=int, default=200, help="tags per writer")
    parser.add_argument("--writes-only", action="store_true", help="only the SQLite write rate")
    parser.add_argument(
        "--modes", type=int, nargs="+", default=[0, 1, 2],
        help="0 in-process, N LocalCluster(n_workers=N); default 0 1 2",
    )  # fmt: skip
    parser.add_argument("--mode", type=int, help=argparse.SUPPRESS)  # child: workers
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode is not None:
        print(json.dumps(run_mode(args.data_dir, args.mode)))
        return

    from click.testing import CliRunner

    from bodycam.cli import cli
    from bodycam.ingest.probe import probe

    minutes = FULL_MINUTES if args.full else SMALL_MINUTES
    with tempfile.TemporaryDirectory(prefix="bodycam-scale-") as scratch:
        root = Path(scratch)
        files = make_footage(root / "in", minutes)
        template = root / "template"
        ingest = CliRunner().invoke(
            cli, ["--data-dir", str(template), "--user", "bench", "ingest", *map(str, files)]
        )
        assert ingest.exit_code == 0, ingest.output
        lengths = [round(probe(f).duration / 60, 1) for f in files]
        print(f"footage: {len(files)} files, {sum(lengths):.1f} minutes of audio ({lengths} min)")
        print(
            f"{'mode':<22}{'start-up s':>11}{'wall s':>9}{'audio h/wall h':>16}"
            f"{'overhead/job':>22}{'peak RSS/worker MB':>22}"
        )
        for workers in () if args.writes_only else args.modes:
            data_dir = root / f"mode{workers}"
            shutil.copytree(template, data_dir)
            output = subprocess.run(
                [sys.executable, __file__, "--mode", str(workers), "--data-dir", str(data_dir)],
                check=True, capture_output=True, text=True,
            ).stdout  # fmt: skip
            result = json.loads(output.strip().splitlines()[-1])
            assert set(result["states"]) == {"done"}, result["states"]
            name = "in-process" if workers == 0 else f"LocalCluster({workers})"
            overhead = (
                f"{statistics.mean(result['overheads']) * 100:.2f} % "
                f"({statistics.mean(result['overhead_seconds']):.2f} s)"
                if result["overheads"]
                else "-"
            )
            rss = ", ".join(f"{mb:.0f}" for mb in result["peak_rss_mb"])
            print(
                f"{name:<22}{result['startup']:>11.1f}{result['wall']:>9.1f}"
                f"{result['audio_seconds'] / result['wall']:>16.1f}{overhead:>22}{rss:>22}",
                flush=True,
            )
            # Each transcription's overhead (Dask seconds - compute seconds), by file length.
            for minutes, seconds, compute in sorted(result.get("jobs", [])):
                print(
                    f"  {minutes:>3} min file: job {seconds:7.1f} s, compute {compute:7.1f} s,"
                    f" overhead {seconds - compute:5.2f} s = {(seconds - compute) / seconds:.2%}",
                    flush=True,
                )
        print("\nSQLite write rate: audited tag inserts (create_tag -> Store.change)")
        for writers in args.writers:
            data_dir = root / f"writes{writers}"
            shutil.copytree(template, data_dir)
            rate = sqlite_write_rate(data_dir, writers, args.tags)
            print(
                f"  {writers} writer thread(s): {rate['tags']} tags, "
                f"{rate['per_second']:.0f} tags/s"
            )


if __name__ == "__main__":
    main()
