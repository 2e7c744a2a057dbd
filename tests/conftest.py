"""Shared fixtures: a fresh data directory, real media built at test time, a CLI runner."""

from __future__ import annotations

import os
import pickle
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import CHROMIUM_ARGS, ffmpeg, make_video

from bodycam.cli import cli
from bodycam.models import Store

# The app's AppTest fixtures (reviewed footage, a review state) for every test module, and
# the --cpu-times option (cpu_times.py).
pytest_plugins = ["app_support", "cpu_times"]


def pytest_configure(config):
    """xdist hands out files in collection order (``pytest_collection_modifyitems`` below), not
    re-sorted by test count. Set here, not as ``--no-loadscope-reorder`` in pyproject's addopts,
    so that ``pytest -p no:xdist`` still runs.

    The run's first process (xdist's controller, before any worker starts) also compiles
    librosa's numba kernels into their cache (``numba_cache.warm``, as the setup script does):
    three workers compiling them at once on a fresh install corrupted the cache's index, and
    every worker that loaded the kernels afterwards died of a segmentation fault."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False
    # Three workers share two cores, and each runs CTranslate2 and torch on two threads: with
    # libgomp's default (spin a while before sleeping) a thread that waits for its partner
    # spins on a core another worker could use. Passive waiting cost about 6 % less CPU for
    # three d158 transcriptions at once (docs/BENCHMARKS.md, session 28) and changes no
    # result (it decides how a thread waits, not what it computes). Set before any worker
    # starts, so workers and every process they start read it when libgomp loads; a value
    # already in the environment is kept.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if not hasattr(config, "workerinput"):
        from bodycam.transcribe import numba_cache

        numba_cache.warm()


def pytest_collection_modifyitems(items):
    """The files with the most slow tests first, so the xdist workers end together.

    ``--dist loadfile`` hands each worker a whole file at a time, in collection order
    (``pytest_configure`` above; xdist's own order is by test count). By
    test count the twenty-session browser test's file (3 tests, over two minutes) came 93rd of
    103, after the other worker had nothing long left: the run ended with one worker idle. The
    ``slow`` and ``browser`` marks say which tests take seconds, so files with more of them go
    first and the many fast files fill the end. Stable: a file's tests keep their order."""
    path = {id(item): item.nodeid.split("::", 1)[0] for item in items}
    tests = Counter(path.values())
    slow = Counter(
        path[id(item)]
        for item in items
        if item.get_closest_marker("slow") or item.get_closest_marker("browser")
    )
    items.sort(key=lambda item: (-slow[path[id(item)]], -tests[path[id(item)]]))


@pytest.fixture(autouse=True)
def _main_module_restored():
    """Streamlit's AppTest runs the app script as ``__main__`` and leaves it there. A later
    test in the same xdist worker that starts processes by spawn (Dask's LocalCluster, #16)
    then re-ran ``bodycam/ui/main.py`` in every child, which opened the checkout's own data
    directory and failed on its lock ("Nanny failed to start", seen once in CI, depending on
    which files shared a worker)."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


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
def demo_build(tmp_path_factory):
    """The demo encounter (four espeak-ng voices, radio, shouting, exact reference turns and
    transcript) and the build's progress reports, built once per run: the demo tests check
    this build, the quality checks use it when the shared samples are absent (and as a
    second, different recording when they are present) and `bodycam demo` in the browser
    tests gets a copy (demo_copy). Its audio is deterministic (test_demo checks that)."""
    from bodycam.demo import build_demo_footage

    def build(out_dir: Path):
        reports: list[tuple[float, str]] = []
        footage = build_demo_footage(
            out_dir, progress=lambda fraction, detail: reports.append((fraction, detail))
        )
        return footage, reports

    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build(tmp_path_factory.mktemp("demo_encounter"))
    # Under xdist each worker would build it (about a minute of CPU): the first to get here
    # builds it into the run's shared temp folder, the others read it back.
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent / "demo_encounter"
    with FileLock(f"{shared}.lock"):
        saved = shared / "footage.pickle"
        if saved.is_file():
            return pickle.loads(saved.read_bytes())
        built = build(shared)
        saved.write_bytes(pickle.dumps(built))
        # Named in test_demo's message should a rebuild ever differ from this build.
        (shared / "built-by.txt").write_text(
            f"{os.environ['PYTEST_XDIST_WORKER']} (pid {os.getpid()}) in "
            f"{os.environ.get('PYTEST_CURRENT_TEST', 'no test')}",
            encoding="utf-8",
        )
        return built


@pytest.fixture(scope="session", autouse=True)
def _devset_builds(tmp_path_factory):
    """One folder of built development-set recordings for the run (``devset_builds.
    build_once``): under xdist the workers' shared temp folder, as for the demo build. Only
    where the collected tests imported devset_builds (3 s of imports otherwise)."""
    builds = sys.modules.get("devset_builds")
    if builds is None:
        yield
        return
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    builds.RUN_BUILDS = shared / "devset_builds"
    yield
    builds.RUN_BUILDS = None


@pytest.fixture(scope="session")
def demo_encounter(demo_build):
    """The demo encounter's footage (see demo_build)."""
    return demo_build[0]


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
