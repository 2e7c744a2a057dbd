"""The fault suite's tools: run the real ``bodycam`` CLI as processes, snapshot the database's
user content before a fault, and check afterwards that nothing was lost or half-written."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from support import ffmpeg, make_video

# Tables that hold evidence or people's work: a fault may add rows, never remove or alter them.
CONTENT_TABLES = (
    "incidents",
    "footage",
    "derived_files",
    "transcripts",
    "speakers",
    "turns",
    "segments",
    "words",
    "revisions",
    "superseded",
    "codebooks",
    "tags",
    "encounter_forms",
    "audit_log",
)
# Footage status follows its jobs; that is bookkeeping, not content.
MUTABLE = {"footage": {"status", "status_detail"}}


def bodycam_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "bodycam", "--data-dir", str(data_dir), "--user", "tester", *args]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BODYCAM_")}
    return {**env, **extra}


def bodycam(data_dir: Path, *args: str, timeout: float = 120, **env: str):
    """Run ``bodycam`` to completion (bounded by ``timeout``); returns the CompletedProcess."""
    return subprocess.run(
        bodycam_command(data_dir, *args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment(**env),
    )


def spawn(data_dir: Path, *args: str, **env: str) -> subprocess.Popen:
    """Start ``bodycam`` in its own process group, so a kill reaches its ffmpeg children."""
    return subprocess.Popen(
        bodycam_command(data_dir, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(**env),
        start_new_session=True,
    )


def kill_group(process: subprocess.Popen) -> None:
    """kill -9 of the process and its children (ffmpeg), as a power cut would."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)


def wait_until(predicate, timeout: float, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def connect(data_dir: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(data_dir / "bodycam.db", timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def query(data_dir: Path, sql: str, params=()) -> list[dict]:
    conn = connect(data_dir)
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def snapshot(data_dir: Path) -> dict[str, dict[int, dict]]:
    """Every row of the content tables, by id."""
    conn = connect(data_dir)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        return {
            table: {row["id"]: dict(row) for row in conn.execute(f"SELECT * FROM {table}")}
            if table != "superseded"
            else {row["segment_id"]: dict(row) for row in conn.execute("SELECT * FROM superseded")}
            for table in CONTENT_TABLES
            if table in tables
        }
    finally:
        conn.close()


def lost_or_altered(before: dict, after: dict) -> list[str]:
    """Rows of ``before`` that are missing or changed in ``after`` (mutable fields aside)."""
    problems = []
    for table, rows in before.items():
        skip = MUTABLE.get(table, set())
        for row_id, row in rows.items():
            now = after.get(table, {}).get(row_id)
            if now is None:
                problems.append(f"{table} {row_id} lost")
                continue
            changed = sorted(k for k in row if k not in skip and row[k] != now.get(k))
            if changed:
                problems.append(f"{table} {row_id} altered: {', '.join(changed)}")
    return problems


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def half_written(data_dir: Path, *, recovered: bool) -> list[str]:
    """What a reader would find inconsistent. ``recovered``: a clean run has happened since
    the fault, so leftovers of the dead run must be gone and no job may still be pending."""
    problems = []
    conn = connect(data_dir)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed")
        problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
        footage = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM footage")}
        for row in footage.values():
            if not (data_dir / row["original_path"]).is_file():
                problems.append(f"footage {row['id']} without its original")
        for row in conn.execute("SELECT * FROM derived_files"):
            path = data_dir / row["path"]
            if not path.is_file() or sha256(path) != row["sha256"]:
                problems.append(f"derived file {row['path']} missing or altered")
        for row in conn.execute(
            "SELECT t.id, t.created_at, j.state FROM transcripts t"
            " LEFT JOIN jobs j ON j.id = t.job_id"
        ):
            if row["state"] != "done":
                problems.append(f"transcript {row['id']} written by a job that is {row['state']}")
            # The segments were inserted in the transcript's own change, under one audit entry
            # that records their count: a partial write would disagree with it.
            recorded = conn.execute(
                "SELECT details FROM audit_log WHERE entity = 'segments' AND at = ?",
                [row["created_at"]],
            ).fetchone()
            expected = json.loads(recorded[0])["insert_many"]["count"] if recorded else 0
            stored = conn.execute(
                "SELECT count(*) FROM segments WHERE transcript_id = ? AND revision_id IS NULL",
                [row["id"]],
            ).fetchone()[0]
            if stored != expected:
                problems.append(f"transcript {row['id']}: {stored} segments, audit says {expected}")
        if recovered:
            pending = conn.execute(
                "SELECT id, state FROM jobs WHERE state IN ('queued', 'running')"
            ).fetchall()
            problems += [f"job {r['id']} still {r['state']}" for r in pending]
            for row in footage.values():
                if row["status"] not in ("ready",):
                    problems.append(f"footage {row['id']} is {row['status']}")
                if (
                    row["audio_codec"]
                    and not conn.execute(
                        "SELECT 1 FROM transcripts t JOIN jobs j ON j.id = t.job_id"
                        " WHERE t.footage_id = ? AND j.id = (SELECT max(id) FROM jobs"
                        " WHERE footage_id = ? AND kind = 'transcribe')",
                        [row["id"], row["id"]],
                    ).fetchone()
                ):
                    problems.append(f"footage {row['id']} has no transcript from its last job")
            referenced = {data_dir / r["original_path"] for r in footage.values()}
            originals = data_dir / "media" / "originals"
            problems += [
                f"unreferenced original {p}"
                for p in originals.rglob("*")
                if p.is_file() and p not in referenced
            ]
            derived = data_dir / "media" / "derived"
            problems += [
                f"derived folder of no footage: {p.name}"
                for p in derived.iterdir()
                if not p.name.isdigit() or int(p.name) not in footage
            ]
    finally:
        conn.close()
    if recovered:
        staging = data_dir / "media" / "staging"
        if staging.exists() and any(staging.iterdir()):
            problems.append(f"staging leftovers: {sorted(p.name for p in staging.iterdir())}")
    return problems


def assert_survived(data_dir: Path, before: dict, *, recovered: bool) -> None:
    """The checks after every fault: originals re-hash, the audit chain holds, no row of the
    snapshot taken before the fault is lost or altered, nothing is half-written."""
    verify = bodycam(data_dir, "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    audit = bodycam(data_dir, "audit", "verify")
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert lost_or_altered(before, snapshot(data_dir)) == []
    assert half_written(data_dir, recovered=recovered) == []


# Lines for the speech videos: distinct text per start offset, so each file is new footage.
_LINES = (
    "Hello, I am officer Grant. Can you tell me what happened here tonight?",
    "Put the bag down on the ground and step back towards the car, please.",
    "Okay, thank you. Nobody is in trouble, we just want to talk for a minute.",
    "Can you show me your hands? I am going to stand over here by the door.",
)


def make_speech_video(path: Path, *, line: int = 0, seconds: float = 8.0) -> Path:
    """A small video whose sound is speech, made with espeak-ng (installed by scripts/setup),
    so the fault suite runs from a plain clone. Each ``line`` gives different words, so each
    file is new footage rather than a duplicate."""
    speech = path.with_suffix(".speech.wav")
    text = _LINES[line]
    subprocess.run(["espeak-ng", "-w", str(speech), text], check=True, capture_output=True)
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=15",
        "-i", str(speech), "-af", f"apad=whole_dur={seconds}",
        "-t", str(seconds), "-map", "0:v", "-map", "1:a",
        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast",
        "-c:a", "aac", "-ar", "16000", str(path),
    )  # fmt: skip
    speech.unlink()
    return path


def make_tone_video(path: Path, frequency: int, seconds: float = 4.0) -> Path:
    """Distinct bytes per frequency, so each file is new footage rather than a duplicate."""
    return make_video(
        path, seconds=seconds, size="160x120", audio=f"sine=frequency={frequency}:sample_rate=16000"
    )
