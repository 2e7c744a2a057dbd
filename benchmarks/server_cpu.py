"""The app server's CPU per tag key press and per Review page load, with and without
Streamlit's garbage collection after every script run.

``bodycam serve`` starts Streamlit with ``--runner.postScriptGC false``; Streamlit's default
(``true``) runs a full collection after each script run. Both servers serve the same processed
demo footage in turn (the default first, then ``bodycam serve``'s, ``--rounds`` times, so the
host's drift falls on both), and a real browser (Chromium) signed in as the demo admin presses
a tag key ``--presses`` times, each at another second, then reloads the page ``--loads`` times.
The server's own CPU (user + system, from /proc) is read around each press and load; every
press is checked to have stored its tag. Prints the medians and their ratio.

    .venv/bin/python benchmarks/server_cpu.py [--data-dir DIR] [--rounds 2]

Without ``--data-dir`` it runs ``bodycam demo --no-serve`` into a temporary folder first (a few
minutes: the demo is built, transcribed and read by the detectors).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

READY = (
    "() => { const P = window.__bodycamPlayer;"
    " return P && P.alive && P.parent.isConnected && P.video.readyState >= 2; }"
)


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settle(page) -> None:
    """Until Streamlit's rerun has ended in the browser, then a second for stragglers."""
    from review_support import wait_for_rerun

    wait_for_rerun(page, timeout_ms=60_000)
    page.wait_for_timeout(1000)


def measure(data_dir: Path, gc: str, presses: int, loads: int, start_at: float):
    """Server CPU per key press and per page load, for a server started with
    ``--runner.postScriptGC`` ``gc``."""
    from accounts_support import session_context
    from playwright.sync_api import sync_playwright
    from support import CHROMIUM_ARGS, free_port, wait_for

    from bodycam.annotate import tags
    from bodycam.demo.accounts import DEMO_ADMIN
    from bodycam.models import Store
    from bodycam.ui.server import serve_command, serve_environment

    port = free_port()
    command = serve_command("127.0.0.1", port)
    command[command.index("--runner.postScriptGC") + 1] = gc
    log = open(data_dir.parent / f"server-{gc}.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        command, env=serve_environment(data_dir, "bench", None), stdout=log, stderr=log
    )
    store = Store(data_dir)
    base = f"http://127.0.0.1:{port}"
    per_press: list[float] = []
    per_load: list[float] = []
    try:
        wait_for(lambda: _healthy(base), timeout=60)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            context = session_context(
                browser, base, store, DEMO_ADMIN, viewport={"width": 1500, "height": 1100}
            )
            page = context.new_page()
            page.goto(f"{base}/review?footage=1")
            page.wait_for_function(READY, timeout=120_000)
            settle(page)
            for index in range(presses):
                before = {tag["id"] for tag in tags.list_tags(store, 1)}
                used = server_cpu(process.pid)
                page.evaluate(
                    "(t) => { window.__bodycamPlayer.video.currentTime = t; }",
                    start_at + 2.5 * index,
                )
                page.keyboard.press("2")
                wait_for(lambda known=before: {t["id"] for t in tags.list_tags(store, 1)} - known)
                settle(page)
                per_press.append(server_cpu(process.pid) - used)
            for _ in range(loads):
                used = server_cpu(process.pid)
                page.reload()
                page.wait_for_function(READY, timeout=120_000)
                settle(page)
                per_load.append(server_cpu(process.pid) - used)
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
        store.close()
    return per_press, per_load


def _healthy(base: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
            return True
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, help="a processed demo (bodycam demo)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--presses", type=int, default=8)
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="bodycam-server-cpu-")
    data_dir = args.data_dir
    if data_dir is None:
        data_dir = Path(scratch.name) / "data"
        subprocess.run(
            [sys.executable, "-m", "bodycam", "--data-dir", str(data_dir), "--user", "bench",
             "demo", "--no-serve"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    found: dict[str, tuple[list[float], list[float]]] = {"true": ([], []), "false": ([], [])}
    for round_ in range(args.rounds):
        for gc in ("true", "false"):
            presses, loads = measure(data_dir, gc, args.presses, args.loads, 5.0 + 40 * round_)
            found[gc][0].extend(presses)
            found[gc][1].extend(loads)
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, {time.ctime()}")
    print(f"server CPU (s), median of {args.rounds * args.presses} presses and "
          f"{args.rounds * args.loads} loads")  # fmt: skip
    names = {"true": "Streamlit's default (GC after each run)", "false": "bodycam serve"}
    for gc, (presses, loads) in found.items():
        print(f"  {names[gc]:>40}: key press {statistics.median(presses):.3f}, "
              f"page load {statistics.median(loads):.3f}")  # fmt: skip
    press_ratio = statistics.median(found["false"][0]) / statistics.median(found["true"][0])
    load_ratio = statistics.median(found["false"][1]) / statistics.median(found["true"][1])
    print(f"  ratio: key press {press_ratio:.2f}, page load {load_ratio:.2f}")
    scratch.cleanup()


if __name__ == "__main__":
    main()
