"""#16: the job queue on a Dask LocalCluster (worker processes on this machine): the same
results as in-process, a killed worker survived, a missing media path failing only its job,
an unreachable scheduler refused with its address and the fix."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from faults_support import (
    _LINES,
    bodycam,
    kill_group,
    make_speech_video,
    make_tone_video,
    query,
    spawn,
    wait_until,
)
from support import ffmpeg, free_port

from bodycam.cli import cli
from bodycam.models import Store
from bodycam.scale import cluster as cluster_module
from bodycam.scale.cluster import open_client
from bodycam.scale.coordinator import process_jobs_on_cluster
from bodycam.worker import process_jobs


def _cli(data_dir, *args):
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), "--user", "tester", *args])


def _ingest(data_dir: Path, *files: Path) -> None:
    result = _cli(data_dir, "ingest", *map(str, files))
    assert result.exit_code == 0, result.output


@contextlib.contextmanager
def _store(data_dir: Path):
    store = Store(data_dir)
    try:
        yield store
    finally:
        store.close()


def _rows(store: Store, footage_id: int) -> dict[str, list[tuple]]:
    """A footage's transcripts, segments and speakers as comparable rows (no ids, times)."""
    return {
        "transcripts": [
            tuple(r.values())
            for r in store.query(
                "SELECT footage_id, audio_sha256, asr_model, diarization, speech"
                " FROM transcripts WHERE footage_id = ?",
                [footage_id],
            )
        ],
        "segments": [
            tuple(r.values())
            for r in store.query(
                'SELECT s.start, s."end", s.text, s.avg_logprob, s.no_speech_prob, sp.label'
                " FROM segments s"
                " JOIN transcripts t ON t.id = s.transcript_id"
                " LEFT JOIN speakers sp ON sp.id = s.speaker_id"
                " WHERE t.footage_id = ? ORDER BY s.start, s.id",
                [footage_id],
            )
        ],
        "speakers": [
            tuple(r.values())
            for r in store.query(
                "SELECT sp.label, sp.machine_label, sp.embedding, sp.level_db,"
                " sp.wearer_suggestion FROM speakers sp"
                " JOIN transcripts t ON t.id = sp.transcript_id"
                " WHERE t.footage_id = ? ORDER BY sp.label",
                [footage_id],
            )
        ],
    }


@pytest.fixture(scope="module")
def speech(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("speech")
    return [make_speech_video(root / f"s{line}.mp4", line=line) for line in range(2)]


@pytest.fixture(scope="module")
def client():
    with open_client(workers=2) as client:
        yield client


@pytest.mark.slow
def test_cluster_results_match_in_process_row_for_row(tmp_path, speech, client):
    local, remote = tmp_path / "local", tmp_path / "remote"
    _ingest(local, *speech)
    _ingest(remote, *speech)
    with _store(local) as store:
        # Each transcription queues a suggest job (#15), which runs on the coordinator.
        outcomes = process_jobs(store)
        assert [o.state for o in outcomes if o.kind == "transcribe"] == ["done", "done"]
    # The CLI path against the running cluster: --scheduler, the dashboard link printed.
    result = _cli(remote, "process", "--scheduler", client.scheduler.address)
    assert result.exit_code == 0, result.output
    assert "dashboard: http" in result.output
    assert (
        sum("done    job" in line and "segments" in line for line in result.output.splitlines())
        == 2
    )
    with _store(local) as a, _store(remote) as b:
        for footage_id in (1, 2):
            expected = _rows(a, footage_id)
            assert expected["segments"], "the speech must give segments to compare"
            assert _rows(b, footage_id) == expected
        assert b.query(
            "SELECT state, attempts FROM jobs WHERE kind = 'transcribe' ORDER BY id"
        ) == [
            {"state": "done", "attempts": 1},
            {"state": "done", "attempts": 1},
        ]
        # The write went through Store.change, audited: each job's completion is in the
        # same audited change as its transcript.
        finished = b.query(
            "SELECT entity_id FROM audit_log WHERE action = 'transcript.create'"
            " AND entity = 'jobs' ORDER BY id"
        )
        # Jobs 1 and 2 finished, and in the same change the suggest jobs 3 and 4 queued (#15).
        assert sorted(r["entity_id"] for r in finished) == ["1", "2", "3", "4"]


@pytest.mark.slow
def test_missing_media_fails_only_that_job(tmp_path, speech, client):
    data_dir = tmp_path / "data"
    _ingest(data_dir, *speech)
    missing = data_dir / "media/derived/1/audio.wav"
    missing.unlink()
    with _store(data_dir) as store:
        outcomes = process_jobs_on_cluster(store, client)
        # Both run at once on two workers: the order of the outcomes is the order they ended.
        assert sorted((o.footage_id, o.state) for o in outcomes) == [(1, "failed"), (2, "done")]
        failed = next(o for o in outcomes if o.state == "failed")
        assert str(missing.resolve()) in failed.error
        assert "BODYCAM_MEDIA_ROOT" in failed.error
        footage = store.one("SELECT status, status_detail FROM footage WHERE id = 1")
        assert footage["status"] == "failed"
        assert str(missing.resolve()) in footage["status_detail"]
        assert store.one("SELECT status FROM footage WHERE id = 2")["status"] == "ready"


def _long_speech_video(path: Path) -> Path:
    """About half a minute of continuous espeak-ng speech: long enough that the task is still
    running when the worker that reported it is killed, even with its models loaded."""
    speech = path.with_suffix(".wav")
    text = " ".join(_LINES * 2)
    subprocess.run(["espeak-ng", "-w", str(speech), text], check=True, capture_output=True)
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=15", "-i", str(speech),
        "-shortest", "-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-pix_fmt", "yuv420p",
        "-preset", "ultrafast", "-c:a", "aac", "-ar", "16000", str(path),
    )  # fmt: skip
    return path


@pytest.mark.slow
def test_killed_worker_is_survived_without_duplicate_segments(tmp_path, client):
    data_dir = tmp_path / "data"
    video = _long_speech_video(tmp_path / "long.mp4")
    _ingest(data_dir, video)
    pids = client.run(os.getpid)
    killed: list[str] = []
    seen: list[str] = []
    with _store(data_dir) as store:

        def progress(job, fraction, message):
            # The worker's progress reached the job row (what the Library shows).
            row = store.one("SELECT progress_detail FROM jobs WHERE id = ?", [job.id])
            seen.append(row["progress_detail"])
            if not killed and "(on tcp://" in message:
                address = message.rpartition("(on ")[2].rstrip(")")
                os.kill(pids[address], signal.SIGKILL)
                killed.append(address)

        outcomes = process_jobs_on_cluster(store, client, progress=progress)
        assert killed, f"the task never reported from a worker: {seen} {outcomes}"
        rows = _rows(store, 1)
        segments = len(rows["segments"])
        assert segments > 1
        outcomes = [o for o in outcomes if o.kind == "transcribe"]
        assert [(o.state, o.detail) for o in outcomes] == [
            ("done", f"{segments} segments, 1 speaker")
        ]
        assert outcomes[0].worker != killed[0]  # rerun elsewhere (or on its restarted self)
        transcribed = store.query("SELECT state, attempts FROM jobs WHERE kind = 'transcribe'")
        assert transcribed == [{"state": "done", "attempts": 1}]
        assert len(rows["transcripts"]) == 1
        # No segment written twice: a rerun task's result reaches the database once.
        assert len({(start, text) for start, _, text, *_ in rows["segments"]}) == segments
        assert any(detail and "(on tcp://" in detail for detail in seen)
        # The killed worker's scratch (its copies of the media) went with the rerun's sweep.
        dead = pids[killed[0]]
        assert not list(Path(tempfile.gettempdir()).glob(f"bodycam-task-*-{dead}-*"))


@pytest.mark.slow
def test_killed_coordinator_loses_its_jobs_to_the_next_run(tmp_path):
    """The coordinator (with its LocalCluster) killed while a worker transcribes: the next
    `bodycam process` takes the job back (its claimer's pid is dead) and writes it once."""
    data_dir = tmp_path / "data"
    _ingest(data_dir, _long_speech_video(tmp_path / "long.mp4"))
    coordinator = spawn(data_dir, "process", "--workers", "1")
    try:
        assert wait_until(
            lambda: (
                "(on tcp://"
                in (query(data_dir, "SELECT progress_detail FROM jobs")[0]["progress_detail"] or "")
            ),
            timeout=240,
        ), coordinator.stderr.read() if coordinator.poll() is not None else "no worker progress"
        os.kill(coordinator.pid, signal.SIGKILL)  # the coordinator alone: a power cut on it
        coordinator.wait(timeout=30)
    finally:
        kill_group(coordinator)  # its orphaned LocalCluster processes
    assert query(data_dir, "SELECT state, attempts FROM jobs WHERE kind = 'transcribe'") == [
        {"state": "running", "attempts": 1}
    ]
    result = bodycam(data_dir, "process", "--json", timeout=600)
    assert result.returncode == 0, result.stderr
    outcomes = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["state"] for o in outcomes if o["kind"] == "transcribe"] == ["done"]
    transcribed = query(data_dir, "SELECT state, attempts FROM jobs WHERE kind = 'transcribe'")
    assert transcribed == [{"state": "done", "attempts": 2}]
    assert query(data_dir, "SELECT count(*) AS n FROM transcripts") == [{"n": 1}]


def test_unreachable_scheduler_exits_with_the_address_and_jobs_stay_queued(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 2.0)
    data_dir = tmp_path / "data"
    _ingest(data_dir, make_tone_video(tmp_path / "tone.mp4", 440))
    address = f"tcp://127.0.0.1:{free_port()}"
    result = _cli(data_dir, "process", "--scheduler", address)
    assert result.exit_code == 1
    assert f"cannot reach the Dask scheduler at {address}" in result.output
    assert "dask scheduler" in result.output and "BODYCAM_SCHEDULER" in result.output
    with _store(data_dir) as store:
        assert store.query("SELECT state, attempts FROM jobs") == [
            {"state": "queued", "attempts": 0}
        ]


def test_worker_setup_names_a_missing_model(tmp_path):
    result = _cli(tmp_path / "data", "worker-setup", "--model", str(tmp_path / "no-model"))
    assert result.exit_code == 1
    assert "access to the media store at" in result.output
    assert "read (footage audio and originals) and write" in result.output
    assert f"model: Whisper model path {tmp_path / 'no-model'} does not exist" in result.output
    assert "media: ok" in result.output


def test_split_job_runs_prepare_compute_write_in_process(store):
    """A SplitJob registered as a job kind: the in-process worker chains its three parts, the
    compute seeing only the task and a media path resolver, the write finishing the job."""
    from bodycam import registry
    from bodycam.models import jobs
    from bodycam.registry import SplitJob

    calls = []

    def prepare(store, job, options):
        calls.append("prepare")
        return {"path": "media/derived/7/audio.wav"}

    def compute(task, options, progress, media):
        calls.append("compute")
        progress(0.5, "halfway")
        return str(media(task["path"]))

    def write(store, job, task, result):
        calls.append("write")
        with store.change("worker", "echo.done") as change:
            jobs.finish(change, job)
        return result

    saved = registry.snapshot()
    try:
        registry.register_job_kind("echo", SplitJob(prepare, compute, write))
        with store.change("tester", "job.enqueue") as change:
            jobs.enqueue(change, "echo", None)
        [outcome] = process_jobs(store)
    finally:
        registry.restore(saved)
    assert calls == ["prepare", "compute", "write"]
    assert (outcome.state, outcome.detail) == (
        "done",
        str(store.layout.root / "media/derived/7/audio.wav"),
    )
    assert store.one("SELECT state, progress_detail FROM jobs") == {
        "state": "done",
        "progress_detail": "halfway",
    }


def test_media_root_is_a_path_or_file_url_and_a_missing_file_names_the_fix(tmp_path, monkeypatch):
    from bodycam.core.errors import BodycamError
    from bodycam.scale.media import MEDIA_ROOT_ENV, MediaMissing, MediaResolver, media_root

    wav = tmp_path / "media/derived/4/audio.wav"
    wav.parent.mkdir(parents=True)
    wav.write_bytes(b"RIFF")
    monkeypatch.delenv(MEDIA_ROOT_ENV, raising=False)
    assert media_root(tmp_path) == str(tmp_path.resolve())
    monkeypatch.setenv(MEDIA_ROOT_ENV, f"file://{tmp_path}")
    assert media_root(tmp_path / "elsewhere") == f"file://{tmp_path}"
    for root in (str(tmp_path), f"file://{tmp_path}"):
        assert MediaResolver(root)("media/derived/4/audio.wav") == wav
    with pytest.raises(
        MediaMissing,
        match=r"media/derived/5/audio\.wav is not on worker .*"
        r"set BODYCAM_MEDIA_ROOT",
    ):
        MediaResolver(f"file://{tmp_path}")("media/derived/5/audio.wav")
    # Any other fsspec URL is copied into the task's scratch directory.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    copied = MediaResolver(f"memory://{tmp_path.name}", str(scratch))
    import fsspec

    with fsspec.open(f"memory://{tmp_path.name}/media/derived/4/audio.wav", "wb") as handle:
        handle.write(b"RIFF")
    assert copied("media/derived/4/audio.wav").read_bytes() == b"RIFF"
    assert copied("media/derived/4/audio.wav").parent == scratch
    with pytest.raises(MediaMissing, match="does not exist"):
        copied("media/derived/9/audio.wav")
    # Never into a folder of its own, which nothing would remove.
    with pytest.raises(BodycamError, match=r"audio\.wav: a download needs the task's scratch"):
        MediaResolver(f"memory://{tmp_path.name}")("media/derived/4/audio.wav")
