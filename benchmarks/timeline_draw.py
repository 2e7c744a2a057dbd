"""Measure the timeline player's initial draw for a 2-hour encounter against an empty one.

Starts the player harness (tests/apps/player_harness.py) on a real Streamlit server, opens it in
Debian's Chromium through Playwright and reads the marks the component sets with
``performance.now()``:

- ``window.__bodycamTimelineDrawMs``: from the component receiving its data to the timeline
  drawn (indexing turns, tags and words, laying out and painting the canvas);
- ``window.__bodycamSectionsParseMs``: parsing the data sections, which Python sends as JSON
  text (before, Streamlit parsed the whole payload before the component saw it, untimed);
- ``window.__bodycamTranscriptBuildMs``: building the transcript panel once;
- a full-view and a zoomed redraw of the timeline, and one animation frame while playing
  (playhead overlay, transcript highlight), averaged over many calls.

The loaded profile is 2 h of footage with 20,000 words, 400 speaker turns and 2,000 tags (plus
a loudness envelope at 4 values/s); the baseline has the same duration and nothing on it. The
machine is shared, so the figure that matters is the ratio within one run. Target: the
loaded initial draw under 500 ms.

Usage: python benchmarks/timeline_draw.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from support import CHROMIUM_ARGS  # noqa: E402 - the same flags the browser tests use

HARNESS = REPO / "tests" / "apps" / "player_harness.py"
TARGET_MS = 500.0
FRAME_JS = """() => {
  const P = window.__bodycamPlayer;
  const time = (fn, n) => { const t0 = performance.now(); for (let i = 0; i < n; i++) fn(i);
                            return (performance.now() - t0) / n; };
  P.fitView(true);
  const full = time(() => P.drawBase(), 20);
  P.setView(3600, 60);
  const zoomed = time(() => P.drawBase(), 50);
  P.fitView(true);
  P.drawBase();
  // One playing frame: overlay (playhead, open intervals) and the transcript highlight.
  const frame = time((i) => { P.video.currentTime; P.drawOverlay();
                              P.updateTranscriptActive(1000 + i * 0.04); }, 500);
  return {full, zoomed, frame};
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_harness(workdir: Path) -> tuple[subprocess.Popen, str]:
    """Copy the harness beside a short clip and serve it; return the process and its URL."""
    shutil.copyfile(HARNESS, workdir / "player_harness.py")
    static = workdir / "static"
    static.mkdir()
    subprocess.run(
        [
            "ffmpeg", "-v", "error", "-y",
            "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25",
            "-f", "lavfi", "-i", "sine=frequency=440", "-t", "5",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
            "-movflags", "+faststart", str(static / "clip.mp4"),
        ],
        check=True,
    )  # fmt: skip
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(workdir / "player_harness.py"),
            "--server.headless", "true", "--server.port", str(port),
            "--server.enableStaticServing", "true", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ],
        cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the player harness did not start within 60 s")


def measure(browser, url: str, profile: str) -> dict[str, float]:
    """Open the harness with one data profile and return its draw figures in ms."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{url}/?profile={profile}")
        page.wait_for_function("() => window.__bodycamTimelineDrawMs !== undefined", timeout=60_000)
        marks = page.evaluate(
            "() => ({draw: window.__bodycamTimelineDrawMs,"
            " transcript: window.__bodycamTranscriptBuildMs,"
            " initial: window.__bodycamInitialRenderMs,"
            " parse: window.__bodycamSectionsParseMs})"
        )
        marks.update(page.evaluate(FRAME_JS))
        return marks
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="page loads per profile")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_harness(Path(tmp))
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
                )
                runs: dict[str, list[dict[str, float]]] = {"empty": [], "long": []}
                measure(browser, url, "empty")  # warm-up: server imports, browser caches
                for _ in range(args.repeats):
                    for profile in runs:  # interleaved, so load on the machine hits both
                        runs[profile].append(measure(browser, url, profile))
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    def median(profile: str, field: str) -> float:
        return statistics.median(r[field] for r in runs[profile])

    print(f"timeline player, median of {args.repeats} page loads (ms)")
    print(f"{'':34}{'empty':>10}{'2 h loaded':>12}{'ratio':>8}")
    rows = [
        ("parse the sections (JSON text)", "parse"),
        ("initial timeline draw", "draw"),
        ("transcript build (20,000 words)", "transcript"),
        ("whole first render", "initial"),
        ("redraw, whole 2 h in view", "full"),
        ("redraw, zoomed to 60 s", "zoomed"),
        ("one playing frame", "frame"),
    ]
    for label, field in rows:
        empty, loaded = median("empty", field), median("long", field)
        ratio = loaded / empty if empty > 0 else float("inf")
        print(f"{label:34}{empty:10.2f}{loaded:12.2f}{ratio:8.2f}")
    draw = median("long", "draw")
    verdict = "meets" if draw < TARGET_MS else "misses"
    print(f"initial draw {draw:.1f} ms {verdict} the {TARGET_MS:.0f} ms target")


if __name__ == "__main__":
    main()
