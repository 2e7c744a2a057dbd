"""Shared fixtures: a fresh data directory, real media built at test time, a CLI runner."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import CHROMIUM_ARGS, ffmpeg, make_video

from bodycam.cli import cli
from bodycam.models import Store

# The app's AppTest fixtures (reviewed footage, a review state) for every test module.
pytest_plugins = ["app_support"]

#: The slowest test files (seconds summed over their tests on two workers, 2 cores, 2026-12-02:
#: 210, 283, 349, 112, 87, 75, 74, 69, 67, 62, 56, 55, 47, 33, 32) run first, in this order:
#: xdist hands out whole files (``--dist loadfile``) in collection order
#: (``--no-loadscope-reorder``; its default order, most tests first, started the fault suite
#: and the 20-browser test last and left one core idle for minutes at the end). The accounts
#: file (its 20-browser test) leads so that it runs beside the fault suite, which drives
#: subprocesses, not browsers: two browser-heavy files at once starve each other's waits.
RUN_FIRST = (
    "test_accounts_browser.py",
    "test_faults.py",
    "test_review_browser.py",
    "test_asr.py",
    "test_library_browser.py",
    "test_diarization.py",
    "test_player_component.py",
    "test_tension_browser.py",
    "test_scale.py",
    "test_merge_veto.py",
    "test_app.py",
    "test_demo.py",
    "test_security_server.py",
    "test_process.py",
    "test_debrief_browser.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A stable sort: the other files, and the tests inside every file, keep their order.
    first = {name: index for index, name in enumerate(RUN_FIRST)}
    items.sort(key=lambda item: first.get(item.path.name, len(RUN_FIRST)))


@pytest.fixture(scope="session")
def media(tmp_path_factory) -> dict[str, Path]:
    """A small library of real media files, built once per test session."""
    root = tmp_path_factory.mktemp("media")
    files = {
        "h264_aac": make_video(
            root / "h264_aac.mp4",
            extra=(
                "-metadata",
                "creation_time=2024-05-01T10:00:00Z",
                "-metadata",
                "comment=CAM-X81-0042",
            ),
        ),
        "mpeg4_mp3": make_video(root / "mpeg4.avi", vcodec="mpeg4", acodec="libmp3lame"),
        "no_audio": make_video(root / "silent.mkv", audio=None),
    }
    wav = root / "voice.wav"
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=220:sample_rate=16000", "-t", "3", str(wav))
    files["audio_only"] = wav
    return files


@pytest.fixture(scope="session")
def demo_encounter(tmp_path_factory):
    """The demo encounter (four espeak-ng voices, radio, shouting, exact reference turns and
    transcript), built once per session: the quality checks' recording when the shared
    samples are absent, and a second, different one when they are present."""
    from bodycam.demo import build_demo_footage

    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build_demo_footage(tmp_path_factory.mktemp("demo_encounter"))
    # Under xdist each worker would build it (about a minute of CPU): the first to get here
    # builds it into the run's shared temp folder, the others read it back.
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent / "demo_encounter"
    with FileLock(f"{shared}.lock"):
        saved = shared / "footage.pickle"
        if saved.is_file():
            return pickle.loads(saved.read_bytes())
        footage = build_demo_footage(shared)
        saved.write_bytes(pickle.dumps(footage))
        return footage


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir) -> Store:
    store = Store(data_dir)
    yield store
    store.close()


@pytest.fixture
def run(data_dir):
    """Invoke the CLI against the test's data directory; returns the click Result."""

    def invoke(*args: str, user: str = "tester"):
        runner = CliRunner()
        return runner.invoke(
            cli, ["--data-dir", str(data_dir), "--user", user, *args], catch_exceptions=False
        )

    return invoke


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never a browser Playwright downloads)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
