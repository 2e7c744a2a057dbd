"""Review page speed on a synthetic two-hour footage record: 20,000 words, 400 speaker turns
and 2,000 tags.

Prints, each with a baseline measured in the same run:
- server time per rerun of the Review page (Streamlit AppTest, in-process), against a rerun of
  the same page for a footage with no transcript and no tags (target: under 1.0 s);
- time to save a tag through the write path (validation, audit entry, commit), against a bare
  audited insert of one small row (target: under 50 ms).
- time from a key press to the new tag in the Review page's tag list, in a real browser
  (Chromium against `bodycam serve`), with 2,000 tags on the footage (target: under 300 ms).
  "In the list" means the list's grid has the new row (its aria-rowcount grew).
The initial timeline draw in the browser is measured by benchmarks/timeline_draw.py.

Usage: .venv/bin/python benchmarks/review.py [--reruns 5] [--presses 10] [--no-browser]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

HOURS = 2.0
WORDS, TURNS, TAGS = 20_000, 400, 2_000


def synthetic_result(duration: float):
    from bodycam.transcribe.types import Segment, SpeakerTurn, TranscriptionResult, Word

    rng = random.Random(1)
    turn_length = duration / TURNS
    words_per_turn = WORDS // TURNS
    segments, turns = [], []
    for index in range(TURNS):
        speaker = f"S{index % 3}"
        start = index * turn_length
        end = start + turn_length * 0.9
        turns.append(SpeakerTurn(start, end, speaker))
        step = (end - start) / words_per_turn
        words = [
            Word(
                start + i * step,
                start + (i + 0.8) * step,
                f" word{rng.randint(0, 999)}",
                rng.uniform(0.3, 1.0),
                speaker,
            )
            for i in range(words_per_turn)
        ]
        segments.append(Segment(start, end, "".join(w.text for w in words).strip(), speaker, words))
    return TranscriptionResult(
        segments=segments,
        turns=turns,
        speaker_embeddings={f"S{i}": np.ones(256, np.float32) for i in range(3)},
        wearer=None,
        speech=[(0.0, duration)],
        duration=duration,
        model_info={"model": "synthetic"},
        timings={},
    )


def build(data_dir: Path, clip: Path, empty_clip: Path) -> tuple[int, int, list[float]]:
    from bodycam.annotate import codebook_store, tags
    from bodycam.ingest.pipeline import Ingestor
    from bodycam.models import Store
    from bodycam.models.transcripts import save_transcription

    store = Store(data_dir)
    ingestor = Ingestor(store, "bench")
    big = ingestor.ingest_file(clip).footage_id
    empty = ingestor.ingest_file(empty_clip).footage_id
    duration = HOURS * 3600
    with store.change("bench", "bench.extend") as change:
        # The record stands for two hours of footage; the proxy stays the short clip.
        change.update("footage", big, {"duration": duration, "status": "ready"})
        change.update("footage", empty, {"status": "ready"})
        save_transcription(
            change,
            footage_id=big,
            job_id=None,
            audio_sha256="0" * 64,
            result=synthetic_result(duration),
        )
    _, codebook = codebook_store.current(store)
    codes = [c.id for c in codebook.active_codes()]
    rng = random.Random(2)
    saves = []
    for index in range(TAGS):
        began = time.perf_counter()
        tags.create_tag(
            store, big, codes[index % len(codes)], rng.uniform(0, duration - 5), "bench"
        )
        saves.append(time.perf_counter() - began)
    return big, empty, saves


def bare_inserts(data_dir: Path, count: int = 200) -> list[float]:
    from bodycam.models import Store

    store = Store(data_dir)
    timings = []
    for index in range(count):
        began = time.perf_counter()
        with store.change("bench", "bench.insert") as change:
            change.insert(
                "incidents", {"id": f"B{index}", "created_at": change.at, "created_by": "bench"}
            )
        timings.append(time.perf_counter() - began)
    return timings


def rerun_times(data_dir: Path, footage_id: int, reruns: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    from bodycam.ui.paths import MAIN_SCRIPT

    os.environ["BODYCAM_DATA"] = str(data_dir)
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=120)
    app.query_params["footage"] = str(footage_id)
    app.run()
    [page] = [h for h, i in app._registered_pages.items() if i.get("url_pathname") == "review"]
    app._page_hash = page
    app.run()
    assert not app.exception, app.exception
    timings = []
    for _ in range(reruns):
        began = time.perf_counter()
        app.run()
        timings.append(time.perf_counter() - began)
        assert not app.exception, app.exception
    return timings


def key_to_list_times(data_dir: Path, footage_id: int, presses: int) -> list[float]:
    """Seconds from a tag key press to the new row in the tag list, one per press."""
    from playwright.sync_api import sync_playwright
    from support import CHROMIUM_ARGS, free_port, start_app, stop_app

    port = free_port()
    process = start_app(data_dir, port, data_dir.parent / "app.log")
    rows = (
        "() => Number(document.querySelector('[data-testid=\"stDataFrame\"] [aria-rowcount]')"
        "?.getAttribute('aria-rowcount') || 0)"
    )
    idle = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    timings = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/review?footage={footage_id}")
            page.wait_for_function(
                "() => window.__bodycamPlayer && window.__bodycamPlayer.video.readyState >= 2",
                timeout=120_000,
            )
            page.wait_for_function(f"() => ({rows})() > {TAGS}", timeout=120_000)
            for index in range(presses):
                page.wait_for_function(idle, timeout=60_000)
                page.wait_for_timeout(300)
                page.evaluate("(t) => { window.__bodycamPlayer.video.currentTime = t; }", index)
                page.wait_for_timeout(200)
                before = page.evaluate(rows)
                began = time.perf_counter()
                page.keyboard.press("1")
                page.wait_for_function(f"() => ({rows})() > {before}", timeout=60_000)
                timings.append(time.perf_counter() - began)
            browser.close()
    finally:
        stop_app(process)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=5)
    parser.add_argument("--presses", type=int, default=10)
    parser.add_argument("--no-browser", action="store_true", help="skip the key-to-list figure")
    args = parser.parse_args()
    from support import make_video

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        clip = make_video(root / "clip.mp4", seconds=10)
        data_dir = root / "data"
        other = make_video(root / "other.mp4", seconds=3)
        big, empty, saves = build(data_dir, clip, other)
        bare = bare_inserts(root / "bare")
        heavy = rerun_times(data_dir, big, args.reruns)
        light = rerun_times(data_dir, empty, args.reruns)
        keyed = [] if args.no_browser else key_to_list_times(data_dir, big, args.presses)
    median = statistics.median
    print(f"synthetic footage: {HOURS:g} h, {WORDS} words, {TURNS} turns, {TAGS} tags")
    print(
        f"review rerun, 2 h footage:   median {median(heavy) * 1000:7.1f} ms "
        f"(max {max(heavy) * 1000:.1f})  target < 1000 ms"
    )
    print(
        f"review rerun, empty footage: median {median(light) * 1000:7.1f} ms  "
        f"ratio {median(heavy) / median(light):.2f}"
    )
    print(
        f"tag save (with 0..{TAGS} tags): median {median(saves) * 1000:6.2f} ms, "
        f"p95 {sorted(saves)[int(len(saves) * 0.95)] * 1000:.2f} ms  target < 50 ms"
    )
    print(
        f"bare audited insert:          median {median(bare) * 1000:6.2f} ms  "
        f"ratio {median(saves) / median(bare):.2f}"
    )

    if keyed:
        print(
            f"key press to tag in the list ({TAGS} tags, Chromium): median "
            f"{median(keyed) * 1000:6.1f} ms, max {max(keyed) * 1000:.1f} ms  target < 300 ms"
        )


if __name__ == "__main__":
    main()
