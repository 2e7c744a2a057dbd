"""A hand-made transcription result, so storage, search and corrections are tested with exact
values without running the models."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from bodycam.transcribe.types import Segment, SpeakerTurn, TranscriptionResult, Word


@dataclass
class Wearer:
    speaker: str
    confidence: float
    levels_db: dict


def _segment(start: float, speaker: str, text: str, step: float = 0.5) -> Segment:
    words = [
        Word(
            start + i * step,
            start + (i + 1) * step - 0.05,
            f" {token}",
            0.3 if i == 1 else 0.9,
            speaker,
        )
        for i, token in enumerate(text.split())
    ]
    return Segment(start, words[-1].end, text, speaker, words, avg_logprob=-0.2)


def fake_result() -> TranscriptionResult:
    segments = [
        _segment(1.0, "S0", "Sir I am Officer Diaz with the city police"),
        _segment(6.0, "S1", "Get away from me I did nothing wrong"),
        _segment(11.0, "S0", "Nobody is in trouble. Take your time"),
        _segment(15.0, "S1", "Okay okay I will talk to you"),
    ]
    turns = [SpeakerTurn(s.start, s.end, s.speaker) for s in segments]
    return TranscriptionResult(
        segments=segments,
        turns=turns,
        speaker_embeddings={
            "S0": np.ones(256, np.float32) / 16,
            "S1": -np.ones(256, np.float32) / 16,
        },
        wearer=Wearer("S0", 0.82, {"S0": -18.0, "S1": -27.5}),
        speech=[(1.0, 18.0)],
        duration=20.0,
        model_info={"model": "fake", "diarization_backend": "fake"},
        timings={"total": 0.0},
    )


def ingested_with_transcript(data_dir: Path, *videos: Path):
    """``videos`` ingested into ``data_dir`` through the CLI (as ``tester``) and footage 1 given
    :func:`fake_result`; returns the open store. Fixtures build this once and hand each test a
    copy (``support.copied_store``): the ingest is most of their setup."""
    from click.testing import CliRunner

    from bodycam.cli import cli
    from bodycam.models import Store
    from bodycam.models.transcripts import save_transcription

    args = ["--data-dir", str(data_dir), "--user", "tester", "ingest", *map(str, videos)]
    ingest = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert ingest.exit_code == 0, ingest.output
    store = Store(data_dir)
    with store.change("worker", "transcript.create") as change:
        save_transcription(
            change, footage_id=1, job_id=1, audio_sha256="a" * 64, result=fake_result()
        )
    return store


def decoded_segment(words: list[tuple[float, float, str]]) -> SimpleNamespace:
    """A segment as faster-whisper yields it (window times) holding ``words``, for tests that
    script the decoder (``Transcriber._decode``)."""
    return SimpleNamespace(
        start=words[0][0],
        end=words[-1][1],
        text="".join(f" {text}" for _, _, text in words),
        avg_logprob=-0.2,
        no_speech_prob=0.01,
        compression_ratio=1.5,
        words=[
            SimpleNamespace(start=start, end=end, word=f" {text}", probability=0.8)
            for start, end, text in words
        ],
    )


def scripted_transcription(
    transcriber, monkeypatch, first: list, again: list, seconds: float, speech: list
):
    """``transcriber`` run on ``seconds`` of silence with voice ``speech``, its first decode
    giving the segments ``first`` and every re-decode ``again`` (``decoded_segment``): the
    result and the length of each re-decode's audio in seconds, in order."""
    heard = []

    def decode(audio, skips=True):
        if not skips:
            heard.append(round(len(audio) / 16000, 2))
        return iter(first if skips else again)

    monkeypatch.setattr(transcriber, "_decode", decode)
    return transcriber.transcribe(np.zeros(int(seconds * 16000), np.float32), speech=speech), heard
