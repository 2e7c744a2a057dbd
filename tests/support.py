"""Helpers the tests share: real media built with ffmpeg, JSON-lines parsing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: The shared sample recordings (sample.wav with its .rttm and .stm references): beside the
#: repository in a working checkout, absent from a plain clone; ``BODYCAM_SAMPLES`` overrides.
SAMPLES = Path(os.environ.get("BODYCAM_SAMPLES") or REPO.parent / "shared" / "samples")
SAMPLE_FILES = ("sample.wav", "sample.rttm", "sample.stm")


def samples() -> Path:
    """The shared samples folder; skips the calling test (or fixture) when it is absent.

    The quality checks made on the sample also run on the demo encounter, which is built at
    test time, so a regression still fails without the folder.
    """
    missing = [name for name in SAMPLE_FILES if not (SAMPLES / name).is_file()]
    if missing:
        pytest.skip(
            f"shared samples absent: no {', '.join(missing)} in {SAMPLES} (a plain clone). "
            f"Fix: set BODYCAM_SAMPLES to the folder holding {', '.join(SAMPLE_FILES)}; the "
            f"demo-encounter tests make the same quality checks without them"
        )
    return SAMPLES


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def make_video(
    path: Path,
    *,
    seconds: float = 6,
    size: str = "320x240",
    rate: int = 25,
    vcodec: str = "libx264",
    audio: str | None = "sine=frequency=440:sample_rate=48000",
    acodec: str = "aac",
    extra: tuple[str, ...] = (),
) -> Path:
    args = ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate={rate}"]
    if audio:
        args += ["-f", "lavfi", "-i", audio]
    args += ["-t", str(seconds), "-c:v", vcodec]
    if vcodec == "libx264":
        args += ["-pix_fmt", "yuv420p", "-preset", "ultrafast"]
    if audio:
        args += ["-c:a", acodec]
    ffmpeg(*args, *extra, str(path))
    return path


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def copy_to(source: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_app(
    data_dir: Path, port: int, log_path: Path, cwd: Path | None = None, footage: int | None = None
):
    """Run `bodycam serve` on a data directory; returns the process once /_stcore/health
    answers. ``cwd``: where Streamlit looks for ``.streamlit/secrets.toml``; ``footage``:
    started for that footage (`bodycam serve --footage`, as `bodycam demo` starts it)."""
    import os
    import sys
    import time
    import urllib.request

    env = {**os.environ, "BODYCAM_USER": "tester"}
    log = open(log_path, "wb")  # noqa: SIM115 - closed by the caller through the process
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bodycam",
            "--data-dir",
            str(data_dir),
            "serve",
            "--port",
            str(port),
            *(["--footage", str(footage)] if footage is not None else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"the app did not start: see {log_path}")


def stop_app(process) -> None:
    import os
    import signal

    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


#: How long a browser test waits for a Streamlit page to render after a navigation. The
#: Review page's first render has taken over 30 s on a 2-core CI machine while the other test
#: workers diarize (session 30's CI); a page that is truly broken still fails, only later.
PAGE_RENDER_MS = 120_000

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    # This machine's network is closed: without these Chromium keeps retrying Google hosts.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--autoplay-policy=no-user-gesture-required",
]


def wait_for(predicate, timeout: float = 20.0):
    """Poll ``predicate`` until it returns something truthy, and return that; fail after
    ``timeout`` seconds."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def make_keyframed_video(path: Path, seconds: float, rate: int, gop: float) -> Path:
    """A video with a keyframe exactly every ``gop`` seconds (no scene-cut keyframes) and a
    440 Hz tone, so clip tests know where stream copy may start."""
    frames = str(int(gop * rate))
    return make_video(
        path,
        seconds=seconds,
        rate=rate,
        extra=("-g", frames, "-keyint_min", frames, "-sc_threshold", "0"),
    )


def demo_copy(footage, out_dir: Path):
    """The demo build's files copied into ``out_dir``, as ``build_demo_footage(out_dir)`` would
    write them (the build is deterministic), with its paths pointing there."""
    import dataclasses

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for field in ("video_path", "audio_path", "reference_stm_path", "reference_rttm_path"):
        source = getattr(footage, field)
        paths[field] = out_dir / source.name
        shutil.copyfile(source, paths[field])
    return dataclasses.replace(footage, **paths)


def copied_store(template: Path, data_dir: Path, request):
    """The test's ``store`` fixture opened on a copy of ``template`` (a data directory a
    module or session fixture built once, closed) in the test's ``data_dir``. Copied before
    the store opens, so a test that asked for ``store`` first fails on the copy rather than
    reading an empty store."""
    shutil.copytree(template, data_dir)
    return request.getfixturevalue("store")


# Writes half an output beside its target, as a render does, and is killed before the rename.
_WRITER = """
import sys, time
from pathlib import Path
from bodycam.core.scratch import partial_file
partial = partial_file(Path(sys.argv[1]))
partial.write_bytes(b"half a clip")
print(partial, flush=True)
time.sleep(600)
"""


def killed(script: str, *args: str) -> tuple[Path, int]:
    """Run ``script``, read the path it prints, then kill it (SIGKILL: no ``finally`` runs)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True
    )
    path = Path(holder.stdout.readline().strip())
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    return path, holder.pid


def killed_writer(target: Path) -> tuple[Path, int]:
    """A process killed while it wrote ``target``'s partial file: that file and its pid."""
    return killed(_WRITER, str(target))
