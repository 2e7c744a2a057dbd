"""The benchmarks' choice of Whisper model (#14, #15): the suggestions benchmark keeps each
model's machine transcripts apart in one cache while every model hears the same audio, and the
ASR-variants benchmark names its raw faster-whisper columns by model and splits WER by role."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def suggestions():
    return _load("suggestions")


def test_each_model_has_its_own_transcript_file_and_all_share_the_audio(suggestions, tmp_path):
    # The default model keeps the names the caches made before --model use.
    assert (
        suggestions.transcript_path(tmp_path, "fresh8", "bridge") == tmp_path / "fresh8-bridge.pkl"
    )
    assert suggestions.transcript_path(tmp_path, "fresh8", "bridge", "base") == (
        tmp_path / "fresh8-bridge.model-base.pkl"
    )
    assert suggestions.transcript_path(tmp_path, "dev", "x", "/opt/models/small.en") == (
        tmp_path / "dev-x.model-_opt_models_small.en.pkl"
    )
    assert suggestions.audio_path(tmp_path, "dev", "x") == tmp_path / "dev-x.audio.npy"


def test_a_transcript_of_another_model_is_refused(suggestions, tmp_path):
    encounter = SimpleNamespace(split="dev", name="bridge")
    old = {"spans": [(0.0, 1.0)], "segments": [], "wearer": None}  # written before "model"
    (tmp_path / "dev-bridge.pkl").write_bytes(pickle.dumps(old))
    assert suggestions.synthesize_and_transcribe(encounter, tmp_path) == old
    (tmp_path / "dev-bridge.pkl").write_bytes(pickle.dumps({**old, "model": "base"}))
    with pytest.raises(SystemExit, match=r"dev-bridge.pkl holds a base transcript, not tiny.en"):
        suggestions.synthesize_and_transcribe(encounter, tmp_path)


def test_a_second_model_transcribes_the_cached_audio_with_its_own_options(
    suggestions, tmp_path, monkeypatch
):
    encounter = SimpleNamespace(split="dev", name="bridge")
    spans = [(0.25, 0.75)]
    audio = (0.1 * np.sin(np.arange(16000) / 5)).astype(np.float32)
    (tmp_path / "dev-bridge.pkl").write_bytes(pickle.dumps({"spans": spans, "segments": []}))
    np.save(tmp_path / "dev-bridge.audio.npy", audio)
    models = []

    def transcribe(wav, options):
        models.append(options.asr.model)
        return SimpleNamespace(segments=["a segment"], wearer=None)

    def no_synthesis(encounter):
        raise AssertionError("the cached audio must be used, not synthesized again")

    import bodycam.transcribe.pipeline as pipeline

    monkeypatch.setattr(pipeline, "run_transcription", transcribe)
    monkeypatch.setattr(suggestions, "_mixed_audio", no_synthesis)
    record = suggestions.synthesize_and_transcribe(encounter, tmp_path, "base")
    assert models == ["base"]
    assert (record["model"], record["spans"], record["segments"]) == ("base", spans, ["a segment"])
    assert record["duration"] == 1.0 and np.array_equal(record["audio"], audio)
    saved = pickle.loads((tmp_path / "dev-bridge.model-base.pkl").read_bytes())
    assert saved["model"] == "base" and "audio" not in saved
    # The default model's transcript is untouched, and read back as before.
    assert suggestions.synthesize_and_transcribe(encounter, tmp_path)["segments"] == []
    assert suggestions.synthesize_and_transcribe(encounter, tmp_path, "base")["segments"] == [
        "a segment"
    ]


def test_asr_variants_names_raw_columns_by_model_and_splits_wer_by_role():
    variants = _load("asr_variants")
    assert variants.raw_name("tiny.en") == "raw"
    assert variants.raw_name("base") == "raw-base"
    assert variants._split({"officer": (1, 4), "civilian": (3, 8)}) == "25.00% / 37.50%"
    assert variants._split({"officer": [2, 5]}) == "40.00% / -"
