"""Review page speed on a synthetic two-hour footage record: 20,000 words, 400 speaker turns
and 2,000 tags.

Prints, each with a baseline measured in the same run:
- server time per rerun of the Review page (Streamlit AppTest, in-process), against a rerun of
  the same page for a footage with no transcript and no tags (target: under 1.0 s);
- time to save a tag through the write path (validation, audit entry, commit), against a bare
  audited insert of one small row (target: under 50 ms).
- time from a key press to the new tag's row on screen in the Review page's tag list, in a
  real browser (Chromium against `bodycam serve`), with 2,000 tags and the 2-hour transcript
  (target: under 300 ms), against the same on a footage with no tags and no transcript:
  first the row the browser shows at once ("saving…"), then the row with its id, once Python
  stored the tag and sent the list back. "On screen" means inside the list's scroll box.
  Every press is checked to have been stored.
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
BENCH_USER = "bench"  # an admin account: the app has a login page since #10
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
    from accounts_support import password_account

    from bodycam.annotate import codebook_store, tags
    from bodycam.ingest.pipeline import Ingestor
    from bodycam.models import Store
    from bodycam.models.transcripts import save_transcription

    store = Store(data_dir)
    password_account(store, BENCH_USER, "admin")
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
    # The synthetic transcript stands for the real one: the transcription jobs ingest queued
    # must not run when the app starts (they would put the 10 s clip's empty one on top).
    store.conn.execute("UPDATE jobs SET state = 'done' WHERE state = 'queued'")
    _, codebook = codebook_store.current(store)
    codes = list(codebook.active_codes())
    rng = random.Random(2)
    saves = []
    for index in range(TAGS):
        code = codes[index % len(codes)]
        start = rng.uniform(0, duration - 5)
        # A finished review: intervals are closed (an open one gets its own End/Cancel row).
        end = start + 5 if code.kind == "interval" else None
        began = time.perf_counter()
        tags.create_tag(store, big, code.id, start, "bench", end=end)
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
    from accounts_support import sign_in_app
    from streamlit.testing.v1 import AppTest

    from bodycam.models import Store
    from bodycam.ui.paths import MAIN_SCRIPT

    os.environ["BODYCAM_DATA"] = str(data_dir)
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=120)
    sign_in_app(app, Store(data_dir), BENCH_USER, "admin")
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


#: The tag list's rows on screen (inside its scroll box, not under its header): the shown
#: ids of stored tags, -1 for a row still saving (components/tag_list).
ROWS_ON_SCREEN = "() => (window.__bodycamTagList ? window.__bodycamTagList.rowsOnScreen() : [])"


def key_to_list_times(
    data_dir: Path, footage_id: int, presses: int, times: list[float]
) -> tuple[list[float], list[float]]:
    """Seconds from a tag key press to the new tag's row on screen in the tag list, one per
    press, pressing at ``times``: first as "saving…" (drawn by the browser at once), then
    with its id (stored by Python and sent back). Checks that every press was stored."""
    from accounts_support import BROWSER_PASSWORD, browser_sign_in
    from playwright.sync_api import sync_playwright
    from support import CHROMIUM_ARGS, free_port, start_app, stop_app

    from bodycam.models import Store

    store = Store(data_dir)
    count = "SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM tags"
    port = free_port()
    process = start_app(data_dir, port, data_dir.parent / f"app-{footage_id}.log")
    idle = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    shown: list[float] = []
    stored_at: list[float] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1440, "height": 900})
            base = f"http://127.0.0.1:{port}"
            browser_sign_in(context, base, BENCH_USER, BROWSER_PASSWORD)
            page = context.new_page()
            page.goto(f"{base}/review?footage={footage_id}")
            page.wait_for_function(
                "() => window.__bodycamPlayer && window.__bodycamPlayer.video.readyState >= 2",
                timeout=120_000,
            )
            before = store.one(count)["n"]
            for index in range(presses):
                page.wait_for_function(idle, timeout=60_000)
                page.wait_for_timeout(300)
                page.evaluate(
                    "(t) => { window.__bodycamPlayer.video.currentTime = t; }", times[index]
                )
                page.wait_for_timeout(200)
                last = store.one(count)["last"]
                began = time.perf_counter()
                page.keyboard.press("1")
                page.wait_for_function(
                    f"() => ({ROWS_ON_SCREEN})().includes(-1)", timeout=60_000, polling="raf"
                )
                shown.append(time.perf_counter() - began)
                page.wait_for_function(
                    f"(last) => ({ROWS_ON_SCREEN})().some((id) => id > last)",
                    arg=last,
                    timeout=60_000,
                    polling="raf",
                )
                stored_at.append(time.perf_counter() - began)
            stored = store.one(count)["n"] - before
            assert stored == presses, f"{presses} key presses stored {stored} tags"
            browser.close()
    finally:
        stop_app(process)
    return shown, stored_at


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


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
        keyed = empty_keyed = ([], [])
        if not args.no_browser:
            print(f"load average before the browser runs: {load_average()}")
            # Spread over the two hours; on the 3 s clip each new tag comes first in the list.
            keyed = key_to_list_times(
                data_dir, big, args.presses, [600.0 * (i + 1) for i in range(args.presses)]
            )
            empty_keyed = key_to_list_times(
                data_dir, empty, args.presses, [2.9 - 0.25 * i for i in range(args.presses)]
            )
            print(f"load average after the browser runs: {load_average()}")
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

    if keyed[0]:

        def p90(values: list[float]) -> float:
            return sorted(values)[max(0, int(len(values) * 0.9 + 0.5) - 1)]

        def line(name: str, values: list[float], baseline: list[float]) -> str:
            return (
                f"{name:<44} median {median(values) * 1000:7.1f} ms, p90 "
                f"{p90(values) * 1000:7.1f} ms; empty footage {median(baseline) * 1000:7.1f} "
                f"ms, ratio {median(values) / median(baseline):.2f}"
            )

        print(f"key press to the new tag on screen in the tag list ({args.presses} presses):")
        print(line("  row shown (saving…), target < 300 ms", keyed[0], empty_keyed[0]))
        print(line("  row stored (its id shown)", keyed[1], empty_keyed[1]))
        print(
            f"  stored-row median / page rerun (AppTest, 2 h footage) median: "
            f"{median(keyed[1]) / median(heavy):.2f}"
        )


if __name__ == "__main__":
    main()
