"""A scripted encounter stored as a machine transcript (no models run), for the suggest stage's
storage, CLI, page and browser tests."""

from __future__ import annotations

import numpy as np
from transcripts_support import Wearer

from bodycam.models.transcripts import save_transcription
from bodycam.suggest import TimedWord, Utterance, detect
from bodycam.transcribe.types import Segment, SpeakerTurn, TranscriptionResult, Word

#: (start, speaker, text): the officer is S0, the civilian S1; 0.4 s per word.
LINES = (
    (1.0, "S0", "Show me your hands."),
    (3.0, "S1", "What did I do?"),
    (5.0, "S0", "Hey, I'm Officer Diaz with the city police."),
    (9.0, "S0", "You're not in trouble. Take your time."),
)


def _segment(start: float, speaker: str, text: str) -> Segment:
    words = [
        Word(start + i * 0.4, start + i * 0.4 + 0.35, f" {token}", 0.9, speaker)
        for i, token in enumerate(text.split())
    ]
    return Segment(start, words[-1].end, text, speaker, words, avg_logprob=-0.2)


def encounter_result(lines=LINES) -> TranscriptionResult:
    segments = [_segment(*line) for line in lines]
    return TranscriptionResult(
        segments=segments,
        turns=[SpeakerTurn(s.start, s.end, s.speaker) for s in segments],
        speaker_embeddings={"S0": np.ones(4, np.float32), "S1": -np.ones(4, np.float32)},
        wearer=Wearer("S0", 0.8, {"S0": -18.0, "S1": -27.0}),
        speech=[(1.0, 13.0)],
        duration=14.0,
        model_info={"model": "fake", "diarization_backend": "fake"},
        timings={"total": 0.0},
    )


def add_footage(store, number: int = 1, duration: float = 14.0) -> int:
    with store.change("tester", "footage.add") as change:
        return change.insert(
            "footage",
            {
                "sha256": f"{number:064x}",
                "original_name": f"clip{number}.mp4",
                "original_path": f"/tmp/clip{number}.mp4",
                "size": 1,
                "duration": duration,
                "ingested_at": change.at,
                "ingested_by": "tester",
                "status": "ready",
            },
        )


def add_derived(store, footage_id: int, kind: str, path: str) -> None:
    """A derived-file row (its file is the caller's to write, or to leave missing)."""
    with store.change("tester", "setup") as change:
        change.insert(
            "derived_files",
            {
                "footage_id": footage_id,
                "kind": kind,
                "path": path,
                "sha256": "c" * 64,
                "size": 1,
                "source_sha256": "a" * 64,
                "params": {},
                "tools": {},
                "created_at": change.at,
            },
        )


def add_transcript(store, footage_id: int, lines=LINES, roles: bool = True) -> int:
    """Store the encounter as the footage's transcript; with ``roles`` Speaker 1 is the
    officer and Speaker 2 the civilian, else both stay unknown."""
    with store.change("worker", "transcript.create") as change:
        transcript_id = save_transcription(
            change,
            footage_id=footage_id,
            job_id=None,
            audio_sha256="b" * 64,
            result=encounter_result(lines),
        )
        if roles:
            for speaker in change.conn.execute(
                "SELECT id, label FROM speakers WHERE transcript_id = ?", [transcript_id]
            ).fetchall():
                role = "officer" if speaker[1] == "Speaker 1" else "civilian"
                change.update("speakers", speaker[0], {"role": role})
    return transcript_id


def timed(speaker: str, role: str, start: float, text: str) -> Utterance:
    """An utterance whose words take 0.4 s each, as the recogniser gives them."""
    words = tuple(
        TimedWord(token, round(start + 0.4 * i, 2), round(start + 0.4 * i + 0.3, 2))
        for i, token in enumerate(text.split())
    )
    return Utterance(speaker, role, start, words[-1].end, text, words)


def codes_and_detectors(codebook, text: str, role: str = "officer") -> list[tuple[str, str]]:
    """What the detectors suggest for ``text`` said alone by ``role``: (code, detector) pairs."""
    result = detect([Utterance("S0", role, 0.0, 3.0, text)], codebook)
    return sorted((s.code_id, s.detector) for s in result.suggestions)
