"""One transcription options object: built at the edge, hashable, stored as data."""

from __future__ import annotations

import json

import pytest

from bodycam.core.errors import BodycamError, InvalidInput
from bodycam.transcribe.diarization.options import DiarizationOptions, PyannoteOptions
from bodycam.transcribe.options import TranscriptionOptions
from bodycam.transcribe.vad import VadSettings


def test_from_settings_builds_the_embedded_backend():
    options = TranscriptionOptions.from_settings(model="small.en", min_speakers=2, max_speakers=3)
    assert options.backend == "embedded"
    assert options.asr.model == "small.en" and options.asr.beam_size == 5
    assert options.diarization == DiarizationOptions(min_speakers=2, max_speakers=3)
    assert options.diarization_vad == DiarizationOptions().vad
    assert options == TranscriptionOptions.from_settings(
        model="small.en", min_speakers=2, max_speakers=3
    )


def test_from_settings_builds_the_pyannote_backend_without_its_token(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "secret-token")
    options = TranscriptionOptions.from_settings(
        diarization="pyannote", pyannote_pipeline="/pipelines/p", max_speakers=4
    )
    assert options.backend == "pyannote"
    assert options.diarization == PyannoteOptions("/pipelines/p", min_speakers=1, max_speakers=4)
    assert options.diarization_vad == VadSettings()
    stored = json.dumps(options.to_dict())
    assert "secret-token" not in stored  # provenance never holds the hub token


def test_to_dict_is_asdict_json_not_repr():
    data = json.loads(json.dumps(TranscriptionOptions().to_dict()))
    assert data["backend"] == "embedded"
    assert data["asr"]["model"] == "tiny.en"
    assert data["diarization"]["embedding"]["step"] == 0.25
    assert data["diarization"]["vad"]["threshold"] == 0.4
    assert data["diarization"]["stitching"]["max_overlap_speakers"] == 2
    assert "Options(" not in json.dumps(data) and "Settings(" not in json.dumps(data)
    assert TranscriptionOptions().key() == TranscriptionOptions().key()
    assert TranscriptionOptions().key() != TranscriptionOptions.from_settings(max_speakers=3).key()


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"diarization": "nemo"}, r"unknown diarization backend 'nemo'\. Fix: use one of"),
        ({"min_speakers": 4, "max_speakers": 2}, r"min_speakers 4 / max_speakers 2.*Fix:"),
        ({"diarization": "pyannote"}, r"needs a pipeline\. Fix: give --pyannote-pipeline"),
    ],
)
def test_from_settings_refuses_bad_settings_with_the_fix(settings, message):
    with pytest.raises(InvalidInput, match=message) as caught:
        TranscriptionOptions.from_settings(**settings)
    assert isinstance(caught.value, BodycamError)
