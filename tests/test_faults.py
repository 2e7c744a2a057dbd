"""Fault injection against the real CLI and server: kill -9 during ingest and processing, a
worker paused past the heartbeat limit, a full disk, a database held locked, a media file
removed under a running server. Each fault is bounded in time and runs on a copy of a data
directory populated at test time; after each, ``bodycam verify``, ``bodycam audit verify`` and a
comparison with a snapshot taken before the fault must show nothing lost and nothing
half-written (see faults_support.half_written), and a clean re-run must complete.

Kill points are random but seeded (SEED), so a failure can be replayed; docs/RELIABILITY.md has
the counts and the command.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from faults_support import (
    assert_survived,
    bodycam,
    half_written,
    kill_group,
    make_speech_video,
    make_tone_video,
    query,
    snapshot,
    spawn,
    wait_until,
)
from support import free_port, json_lines, make_video, start_app, stop_app

SEED = int(os.environ.get("BODYCAM_FAULT_SEED", "9"))
# Faults injected and survived, per kind, for docs/RELIABILITY.md (printed at the end with -s).
TALLY: dict[str, list[int]] = {}


def _count(kind: str, survived: bool = True) -> None:
    injected, ok = TALLY.get(kind, [0, 0])
    TALLY[kind] = [injected + 1, ok + survived]


@pytest.fixture(scope="module", autouse=True)
def report_tally():
    yield
    if TALLY:
        print("\nfaults injected/survived:")
        for kind, (injected, ok) in sorted(TALLY.items()):
            print(f"  {kind}: {injected} injected, {ok} survived")


@pytest.fixture(scope="module")
def populated(tmp_path_factory) -> Path:
    """A data directory with processed footage (speech, a tone, no audio) and a person's
    edit (a named speaker), built once; every test works on its own copy."""
    root = tmp_path_factory.mktemp("populated")
    inputs = root / "in"
    inputs.mkdir()
    make_speech_video(inputs / "a-speech.mp4", line=0, seconds=6)
    make_tone_video(inputs / "b-tone.mp4", 330)
    make_video(inputs / "c-silent.mkv", seconds=3, size="160x120", audio=None)
    data_dir = root / "data"
    ingest = bodycam(data_dir, "ingest", "--incident", "INC-1", str(inputs))
    assert ingest.returncode == 0, ingest.stderr
    process = bodycam(data_dir, "process", "--json", timeout=170)
    assert process.returncode == 0, process.stderr
    speaker = query(data_dir, "SELECT id FROM speakers ORDER BY id LIMIT 1")[0]["id"]
    named = bodycam(data_dir, "speaker", str(speaker), "--name", "Ofc. Diaz", "--role", "officer")
    assert named.returncode == 0, named.stderr
    assert half_written(data_dir, recovered=True) == []
    return data_dir


@pytest.fixture
def data_dir(populated, tmp_path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(populated, copy)
    return copy


# --- kill -9 ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_kill_during_ingest_at_seeded_points(data_dir, tmp_path):
    """kill -9 at four random moments of a folder ingest (copy, ffmpeg, images, commit), each
    followed by the checks; then one clean run ingests every file exactly once."""
    inputs = tmp_path / "new"
    inputs.mkdir()
    for number, frequency in enumerate((520, 610, 700)):
        make_tone_video(inputs / f"new-{number}.mp4", frequency, seconds=5)
    before = snapshot(data_dir)
    rng = random.Random(SEED)
    staging = data_dir / "media" / "staging"
    for _ in range(4):
        delay = rng.uniform(0.0, 1.5)
        worker = spawn(data_dir, "ingest", str(inputs))
        # The clock starts when the ingest has begun real work (its staging folder exists),
        # so the delay lands inside the work rather than in Python's start-up.
        started = wait_until(lambda: staging.exists() and any(staging.iterdir()), 60)
        time.sleep(delay)
        kill_group(worker)
        assert_survived(data_dir, before, recovered=False)
        _count("kill -9 during ingest", started)
    finished = bodycam(data_dir, "ingest", "--json", str(inputs))
    assert finished.returncode == 0, finished.stderr
    assert sorted(r["status"] for r in json_lines(finished.stdout)) != []
    names = [r["original_name"] for r in query(data_dir, "SELECT original_name FROM footage")]
    assert sorted(n for n in names if n.startswith("new-")) == [
        "new-0.mp4",
        "new-1.mp4",
        "new-2.mp4",
    ]
    processed = bodycam(data_dir, "process", timeout=120)
    assert processed.returncode == 0, processed.stderr
    assert_survived(data_dir, before, recovered=True)


@pytest.mark.slow
def test_kill_during_processing_at_seeded_progress(data_dir, tmp_path):
    """kill -9 of `bodycam process` at three seeded progress points of one transcription: the
    transcript is written whole or not at all, and a re-run completes it exactly once."""
    make_speech_video(tmp_path / "d-speech.mp4", line=1, seconds=8)
    assert bodycam(data_dir, "ingest", str(tmp_path / "d-speech.mp4")).returncode == 0
    [job] = query(data_dir, "SELECT id FROM jobs WHERE state = 'queued'")
    before = snapshot(data_dir)
    rng = random.Random(SEED)
    thresholds = sorted(rng.uniform(0.0, 0.8) for _ in range(3))
    for attempt, threshold in enumerate(thresholds, start=1):
        worker = spawn(data_dir, "process")

        def reached(threshold=threshold, attempt=attempt):
            # The attempt number tells this run's progress from the killed run's, which the
            # job row keeps until the next claim.
            [row] = query(
                data_dir, "SELECT progress, state, attempts FROM jobs WHERE id = ?", [job["id"]]
            )
            return (row["state"], row["attempts"]) == ("running", attempt) and row[
                "progress"
            ] >= threshold

        hit = wait_until(reached, 90)
        kill_group(worker)
        assert_survived(data_dir, before, recovered=False)
        state = query(data_dir, "SELECT state FROM jobs WHERE id = ?", [job["id"]])[0]["state"]
        transcripts = query(data_dir, "SELECT id FROM transcripts WHERE job_id = ?", [job["id"]])
        # Killed mid-work: still `running` (its worker is dead, so the next claim takes it back
        # at once) and no transcript; there is no state in between.
        assert (state, transcripts) == ("running", []) if hit else state == "done"
        _count("kill -9 during process", hit)
    rerun = bodycam(data_dir, "process", "--json", timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    # The finished transcription queued the suggest stage's job, which the same run did.
    assert [(o["job_id"], o["kind"], o["state"]) for o in json_lines(rerun.stdout)] == [
        (job["id"], "transcribe", "done"),
        (job["id"] + 1, "suggest", "done"),
    ]
    row = query(data_dir, "SELECT state, attempts FROM jobs WHERE id = ?", [job["id"]])[0]
    assert (row["state"], row["attempts"]) == ("done", len(thresholds) + 1)
    assert len(query(data_dir, "SELECT id FROM transcripts WHERE job_id = ?", [job["id"]])) == 1
    assert_survived(data_dir, before, recovered=True)


# --- a worker paused past the heartbeat limit (defect 3) ---------------------------------------


@pytest.mark.slow
def test_paused_worker_loses_its_job_without_failing_it(data_dir, tmp_path):
    """Worker A is paused (SIGSTOP) mid-transcription past the heartbeat limit; worker B takes
    the job and completes it. A, resumed, must stop without writing: the job stays done, the
    footage ready, one transcript."""
    make_speech_video(tmp_path / "e-speech.mp4", line=2, seconds=8)
    assert bodycam(data_dir, "ingest", str(tmp_path / "e-speech.mp4")).returncode == 0
    [job] = query(data_dir, "SELECT id, footage_id FROM jobs WHERE state = 'queued'")
    before = snapshot(data_dir)
    limit = {"BODYCAM_JOB_STALE_SECONDS": "2"}
    first = spawn(data_dir, "process", "--json", **limit)
    started = wait_until(
        lambda: (
            query(data_dir, "SELECT progress FROM jobs WHERE id = ?", [job["id"]])[0]["progress"]
            > 0.05
        ),
        90,
    )
    assert started, "worker A never reported progress"
    os.killpg(first.pid, signal.SIGSTOP)
    try:
        time.sleep(2.5)
        second = bodycam(data_dir, "process", "--json", timeout=120, **limit)
    finally:
        os.killpg(first.pid, signal.SIGCONT)
    out, err = first.communicate(timeout=120)
    assert second.returncode == 0, second.stderr
    # The finished transcription queued the suggest stage's job, which the same run did.
    assert [(o["job_id"], o["kind"], o["state"]) for o in json_lines(second.stdout)] == [
        (job["id"], "transcribe", "done"),
        (job["id"] + 1, "suggest", "done"),
    ]
    assert first.returncode == 0, err
    [lost] = json_lines(out)
    assert (lost["job_id"], lost["state"]) == (job["id"], "lost")
    assert lost["error"].startswith(f"lost claim on job {job['id']}: this worker (attempt 1)")
    row = query(data_dir, "SELECT state, attempts, error FROM jobs WHERE id = ?", [job["id"]])[0]
    assert row == {"state": "done", "attempts": 2, "error": None}
    footage = query(data_dir, "SELECT status FROM footage WHERE id = ?", [job["footage_id"]])[0]
    assert footage["status"] == "ready"
    assert len(query(data_dir, "SELECT id FROM transcripts WHERE job_id = ?", [job["id"]])) == 1
    assert_survived(data_dir, before, recovered=True)
    _count("worker paused past the heartbeat limit")


@pytest.mark.slow
def test_retry_of_a_finished_job_makes_a_new_transcript_version(data_dir):
    """`bodycam retry` of footage whose transcription is done queues a new job, whose
    transcript becomes the current version; the earlier transcript and its edits are kept."""
    before = snapshot(data_dir)
    [footage] = query(data_dir, "SELECT id FROM footage WHERE original_name = 'a-speech.mp4'")
    [old] = query(
        data_dir, "SELECT id, job_id FROM transcripts WHERE footage_id = ?", [footage["id"]]
    )
    retried = bodycam(data_dir, "retry", str(footage["id"]))
    [new_job] = query(data_dir, "SELECT max(id) AS id FROM jobs")
    assert retried.stdout == (
        f"queued job {new_job['id']} for footage {footage['id']}: run `bodycam process`\n"
    )
    processed = bodycam(data_dir, "process", "--json", timeout=120)
    assert processed.returncode == 0, processed.stderr
    assert [(o["job_id"], o["kind"], o["state"]) for o in json_lines(processed.stdout)] == [
        (new_job["id"], "transcribe", "done"),
        (new_job["id"] + 1, "suggest", "done"),
    ]
    versions = query(
        data_dir,
        "SELECT id, job_id FROM transcripts WHERE footage_id = ? ORDER BY id",
        [footage["id"]],
    )
    assert [v["job_id"] for v in versions] == [old["job_id"], new_job["id"]]
    assert query(data_dir, "SELECT status FROM footage WHERE id = ?", [footage["id"]]) == [
        {"status": "ready"}
    ]
    assert_survived(data_dir, before, recovered=True)


# --- a full disk -----------------------------------------------------------------------------


def _mount_small_filesystem(target: Path, megabytes: int) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    target.mkdir(parents=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(target)],
        capture_output=True,
    )
    return done.returncode == 0


def _fill(folder: Path, leave: int) -> Path:
    """Fill the filesystem of ``folder`` until ``leave`` bytes are free."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    ballast = folder / "ballast"
    with open(ballast, "wb") as out:
        remaining = max(0, free - leave)
        while remaining > 0:
            chunk = min(remaining, 1 << 20)
            out.write(b"\0" * chunk)
            remaining -= chunk
    return ballast


@pytest.fixture
def small_disk(populated, tmp_path):
    mount_point = tmp_path / "small"
    if not _mount_small_filesystem(mount_point, 24):
        pytest.skip("needs root and tmpfs to mount a size-limited filesystem for the data dir")
    data_dir = mount_point / "data"
    shutil.copytree(populated, data_dir)
    yield data_dir
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.mark.slow
def test_full_disk_during_ingest_and_processing(small_disk, tmp_path):
    """The data directory's filesystem fills up: ingest of a new file fails with a message and
    stores nothing; processing fails cleanly; once space is freed both complete."""
    data_dir = small_disk
    big = make_video(tmp_path / "f-big.mp4", seconds=4, size="640x480", extra=("-b:v", "8M"))
    tone = make_tone_video(tmp_path / "g-tone.mp4", 880)
    assert bodycam(data_dir, "ingest", str(tone)).returncode == 0
    before = snapshot(data_dir)
    ballast = _fill(data_dir, leave=big.stat().st_size // 2)
    ingest = bodycam(data_dir, "ingest", str(big))
    assert ingest.returncode == 1
    assert "Traceback" not in ingest.stderr, ingest.stderr
    assert "No space left on device" in ingest.stderr or "full" in ingest.stderr, ingest.stderr
    _count("full disk during ingest", ingest.returncode == 1)
    assert_survived(data_dir, before, recovered=False)
    # Now not even the database's write-ahead log can grow.
    # Unbuffered, so the close after the disk is full has nothing left to flush.
    with contextlib.suppress(OSError), open(ballast, "ab", buffering=0) as out:
        while True:
            out.write(b"\0" * 65536)
    process = bodycam(data_dir, "process", "--json", timeout=120)
    assert "Traceback" not in process.stderr, process.stderr
    assert process.returncode == 1
    assert "could not be read or written (disk I/O error)" in process.stderr, process.stderr
    _count("full disk during process", process.returncode == 1)
    # While the disk is full even a reader cannot map the WAL index: a message, no traceback.
    verify = bodycam(data_dir, "verify")
    assert verify.returncode == 1 and verify.stderr.startswith("Error: the database "), verify
    ballast.unlink()
    assert_survived(data_dir, before, recovered=False)
    assert bodycam(data_dir, "ingest", str(big)).returncode == 0
    again = bodycam(data_dir, "process", "--json", timeout=120)
    assert again.returncode == 0, again.stderr
    assert_survived(data_dir, before, recovered=True)


# --- the database held locked (defect 7) -------------------------------------------------------

HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def _hold_lock(data_dir: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir / "bodycam.db"), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "locked\n"
    return holder


def test_locked_database_gives_a_clear_message_after_the_busy_timeout(data_dir):
    before = snapshot(data_dir)
    holder = _hold_lock(data_dir, 20)
    try:
        started = time.monotonic()
        result = bodycam(data_dir, "retry", "1", BODYCAM_BUSY_TIMEOUT="1")
        waited = time.monotonic() - started
        database = data_dir.resolve() / "bodycam.db"
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == (
            f"Error: the database is busy (locked by another process) for more than 1 s: "
            f"{database}. Try again in a moment; if it stays busy, check for a stuck process "
            f"holding it (`fuser {database}` lists them) or raise BODYCAM_BUSY_TIMEOUT "
            "(seconds)\n"
        )
        assert 1 <= waited < 15
        # Readers are not blocked by a writer (WAL).
        listing = bodycam(data_dir, "list", BODYCAM_BUSY_TIMEOUT="1")
        assert listing.returncode == 0 and "a-speech.mp4" in listing.stdout
    finally:
        holder.kill()
        holder.wait()
    _count("database held locked past the busy timeout", result.returncode == 1)
    assert_survived(data_dir, before, recovered=True)


def test_ingest_under_a_locked_database_stores_nothing_and_says_why(data_dir, tmp_path):
    before = snapshot(data_dir)
    source = make_tone_video(tmp_path / "h-tone.mp4", 990)
    holder = _hold_lock(data_dir, 30)
    try:
        result = bodycam(data_dir, "ingest", str(source), BODYCAM_BUSY_TIMEOUT="1")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "the database is busy (locked by another process)" in result.stderr
    _count("database held locked during ingest", result.returncode == 1)
    assert_survived(data_dir, before, recovered=False)
    assert query(data_dir, "SELECT id FROM footage WHERE original_name = 'h-tone.mp4'") == []
    assert bodycam(data_dir, "ingest", str(source)).returncode == 0
    assert len(query(data_dir, "SELECT id FROM footage WHERE original_name = 'h-tone.mp4'")) == 1
    assert_survived(data_dir, before, recovered=False)


def test_lock_released_within_the_busy_timeout_is_waited_for(data_dir):
    """SQLite's busy handler retries with back-off: a lock held 1.5 s under a 10 s timeout
    delays the write, which then succeeds."""
    holder = _hold_lock(data_dir, 1.5)
    started = time.monotonic()
    result = bodycam(data_dir, "retry", "1", BODYCAM_BUSY_TIMEOUT="10")
    waited = time.monotonic() - started
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("queued job ")
    assert waited >= 1.0
    _count("database held locked within the busy timeout")


def test_bad_busy_timeout_setting_is_named(data_dir):
    result = bodycam(data_dir, "list", BODYCAM_BUSY_TIMEOUT="soon")
    assert (result.returncode, result.stderr) == (
        1,
        "Error: BODYCAM_BUSY_TIMEOUT='soon' is not a number of seconds between 0 and 3600: "
        "unset it or give e.g. 30\n",
    )


# --- a media file removed under a running server -----------------------------------------------


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.slow
def test_media_removed_under_a_running_server(data_dir, tmp_path):
    from accounts_support import account

    from bodycam.models import Store
    from bodycam.models.settings import Layout
    from bodycam.ui.media import signed_url

    store = Store(data_dir)
    account(store, "admin", "admin")  # media links are signed for a user the route re-checks
    store.close()
    before = snapshot(data_dir)
    port = free_port()
    server = start_app(data_dir, port, tmp_path / "app.log")
    try:
        base = f"http://127.0.0.1:{port}"
        layout = Layout(data_dir.resolve())
        assert _get(base + signed_url(layout, 1, "proxy", "admin"))[0] == 200
        proxy = data_dir / "media" / "derived" / "1" / "proxy.mp4"
        proxy.unlink()
        assert _get(base + signed_url(layout, 1, "proxy", "admin")) == (404, b"not found")
        assert _get(base + "/_stcore/health")[0] == 200
        poster = data_dir / "media" / "derived" / "1" / "poster.jpg"
        assert _get(base + signed_url(layout, 1, "poster", "admin")) == (200, poster.read_bytes())
        assert server.poll() is None
    finally:
        stop_app(server)
    _count("media file removed under the server")
    # The removal is the only damage, and it is reported precisely.
    assert half_written(data_dir, recovered=True) == [
        "derived file media/derived/1/proxy.mp4 missing or altered"
    ]
    # `bodycam verify` re-hashes derived files too (#10): it names the missing proxy, exit 1.
    verify = bodycam(data_dir, "verify")
    assert verify.returncode == 1, verify.stderr
    assert "proxy of footage 1 (" in verify.stderr and verify.stderr.rstrip().endswith(
        "proxy.mp4): missing"
    ), verify.stderr
    assert bodycam(data_dir, "audit", "verify").returncode == 0
    from faults_support import lost_or_altered

    assert lost_or_altered(before, snapshot(data_dir)) == []


# --- the claim rules, without processes ----------------------------------------------------------


def test_a_worker_that_lost_its_claim_writes_nothing(tmp_path, monkeypatch):
    """In-process version of the paused worker: after another claim of the same job, the
    first claim's heartbeat, finish and fail all refuse, and nothing is written."""
    from bodycam.core.errors import LostClaim
    from bodycam.models import Store, jobs

    monkeypatch.setenv(jobs.STALE_ENV, "0.05")
    store = Store(tmp_path / "data")
    with store.change("tester", "test") as change:
        job_id = jobs.enqueue(change, "transcribe", None)
    first = jobs.claim(store)
    jobs.heartbeat(store, first, 0.5, "halfway")
    time.sleep(0.1)
    second = jobs.claim(store)
    assert (second.id, second.attempts, first.attempts) == (job_id, 2, 1)
    entries = store.one("SELECT count(*) AS n FROM audit_log")["n"]
    with pytest.raises(
        LostClaim, match=f"^lost claim on job {job_id}: this worker \\(attempt 1\\)"
    ):
        jobs.heartbeat(store, first, 0.6, "resumed")
    with pytest.raises(LostClaim), store.change("worker", "transcript.create") as change:
        jobs.finish(change, first)
    assert jobs.fail(store, first, "boom") is False
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == entries
    row = store.get("jobs", job_id)
    assert (row["state"], row["attempts"], row["progress"], row["error"]) == (
        "running",
        2,
        0.0,
        None,
    )
    with store.change("worker", "transcript.create") as change:
        jobs.finish(change, second)
    assert store.get("jobs", job_id)["state"] == "done"


def test_bad_heartbeat_limit_setting_is_named(monkeypatch):
    from bodycam.core.errors import InvalidInput
    from bodycam.models import jobs

    monkeypatch.setenv(jobs.STALE_ENV, "-3")
    with pytest.raises(InvalidInput) as caught:
        jobs.stale_after()
    assert str(caught.value) == (
        "BODYCAM_JOB_STALE_SECONDS='-3' is not a positive number of seconds: "
        "unset it or give e.g. 120"
    )
