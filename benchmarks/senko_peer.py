"""Run senko's own diarization pipeline on WAV files: the peer of benchmarks/diarization.py.

Runs with senko's Python, never the project's (senko's dependencies, umap, hdbscan, numba and
silero-vad, live in their own environment), so it imports nothing from the project. Prints one
JSON line per file: ``{"path", "turns": [[start, end, speaker], ...], "seconds", "cpu_seconds"}``.
Model loading and senko's own warm-up are left out of the times; the first file is diarized
once untimed so both sides pay first-call costs outside the clock.

    /tmp/senko-venv/bin/python benchmarks/senko_peer.py a.wav b.wav
"""

from __future__ import annotations

import json
import sys
import time


def main(paths: list[str]) -> None:
    import senko

    # senko's own warm-up clusters 4,250 random embeddings with UMAP+HDBSCAN (numba JIT):
    # minutes on a loaded 2-core machine. Diarizing the first file once warms the same paths.
    diarizer = senko.Diarizer(device="cpu", warmup=False, quiet=True)
    if paths:
        diarizer.diarize(paths[0])
    for path in paths:
        cpu, clock = time.process_time(), time.perf_counter()
        result = diarizer.diarize(path)
        seconds, cpu_seconds = time.perf_counter() - clock, time.process_time() - cpu
        segments = (result or {}).get("merged_segments", [])
        turns = [[s["start"], s["end"], s["speaker"]] for s in segments]
        line = {"path": path, "turns": turns, "seconds": seconds, "cpu_seconds": cpu_seconds}
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
