"""Transcripts in the database: the machine's output as written by a transcription job, and
the current view (machine segments with people's revisions on top)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from .store import Change, Store

if TYPE_CHECKING:
    from bodycam.transcribe.types import TranscriptionResult


def save_transcription(
    change: Change,
    *,
    footage_id: int,
    job_id: int | None,
    audio_sha256: str,
    result: TranscriptionResult,
) -> int:
    """Write one job's result as a new machine transcript.

    Its provenance is the result's ``model_info`` (JSON: the options as
    ``dataclasses.asdict``, never ``repr``) plus the stage timings.

    Speakers are numbered ``Speaker 1``, ``Speaker 2``... in order of first appearance.
    """
    info = result.model_info
    transcript_id = change.insert(
        "transcripts",
        {
            "footage_id": footage_id,
            "job_id": job_id,
            "created_at": change.at,
            "audio_sha256": audio_sha256,
            "asr_model": str(info.get("model", "unknown")),
            "diarization": str(info.get("diarization_backend", "embedded")),
            "provenance": {**info, "timings": result.timings},
            "speech": [list(region) for region in result.speech],
        },
    )
    first_seen: dict[str, float] = {}
    for turn in result.turns:
        first_seen[turn.speaker] = min(first_seen.get(turn.speaker, turn.start), turn.start)
    for segment in result.segments:
        if segment.speaker is not None:
            first_seen.setdefault(segment.speaker, segment.start)
    order = sorted(first_seen, key=lambda label: (first_seen[label], label))
    wearer = result.wearer
    levels = getattr(wearer, "levels_db", {}) or {}
    speaker_ids: dict[str, int] = {}
    for number, machine_label in enumerate(order, start=1):
        embedding = result.speaker_embeddings.get(machine_label)
        suggestion = None
        if wearer is not None and wearer.speaker == machine_label:
            suggestion = float(wearer.confidence)
        speaker_ids[machine_label] = change.insert(
            "speakers",
            {
                "footage_id": footage_id,
                "transcript_id": transcript_id,
                "label": f"Speaker {number}",
                "machine_label": machine_label,
                "embedding": None
                if embedding is None
                else np.asarray(embedding, dtype=np.float32).tobytes(),
                "level_db": levels.get(machine_label),
                "wearer_suggestion": suggestion,
            },
        )
    change.insert_many(
        "turns",
        [
            {
                "transcript_id": transcript_id,
                "footage_id": footage_id,
                "speaker_id": speaker_ids[turn.speaker],
                "start": round(turn.start, 3),
                "end": round(turn.end, 3),
            }
            for turn in result.turns
        ],
    )
    segment_rows = [
        {
            "transcript_id": transcript_id,
            "footage_id": footage_id,
            "start": round(segment.start, 3),
            "end": round(segment.end, 3),
            "text": segment.text.strip(),
            "speaker_id": speaker_ids.get(segment.speaker),
            "avg_logprob": segment.avg_logprob,
            "no_speech_prob": segment.no_speech_prob,
        }
        for segment in result.segments
    ]
    segment_ids = change.insert_many("segments", segment_rows)
    change.insert_many(
        "words",
        [
            {
                "transcript_id": transcript_id,
                "segment_id": segment_id,
                "start": round(word.start, 3),
                "end": round(word.end, 3),
                "word": word.text,
                "probability": round(float(word.probability), 4),
                "speaker_id": speaker_ids.get(word.speaker),
            }
            for segment_id, segment in zip(segment_ids, result.segments, strict=True)
            for word in segment.words
        ],
    )
    change.insert_many(
        "removed_text",
        [
            {
                "transcript_id": transcript_id,
                "footage_id": footage_id,
                "start": round(item.start, 3),
                "end": round(item.end, 3),
                "text": item.text,
                "reason": item.reason,
                "detail": item.detail,
            }
            for item in result.removed
        ],
    )
    return transcript_id


def removed_text(store: Store, transcript_id: int, viewer: Any = None) -> list[dict[str, Any]]:
    """What the speech-recognition guards took out of a machine transcript, in time order:
    ``start``, ``end``, ``text``, ``reason``, ``detail`` (see ``transcribe.removed``); with
    ``viewer``, the text as it may read it (``identities``)."""
    rows = store.query(
        'SELECT id, start, "end", text, reason, detail FROM removed_text'
        " WHERE transcript_id = ? ORDER BY start, id",
        [transcript_id],
    )
    if viewer is None or not rows:
        return rows
    from .identities import mask_for

    footage = store.one("SELECT footage_id FROM transcripts WHERE id = ?", [transcript_id])
    mask = mask_for(store, viewer, footage["footage_id"])
    return [{**row, "text": mask.text(row["text"])} for row in rows]


def current_transcript(store: Store, footage_id: int) -> dict[str, Any] | None:
    """The newest machine transcript of the footage; people's revisions sit on top of it."""
    return store.one(
        "SELECT * FROM transcripts WHERE footage_id = ? ORDER BY id DESC LIMIT 1", [footage_id]
    )


@dataclass
class SegmentView:
    id: int
    start: float
    end: float
    text: str
    speaker_id: int | None
    revision_id: int | None
    text_from_machine: bool
    avg_logprob: float | None
    words: list[dict[str, Any]] = field(default_factory=list)


def current_segments(store: Store, transcript_id: int) -> list[SegmentView]:
    """Segments not superseded by a revision, in time order, with their words.

    A revised segment keeps the machine's word timings when its text is still the machine's
    (speaker changes, splits, merges); after a text edit it has none.
    """
    rows = store.query(
        'SELECT s.id, s.start, s."end", s.text, s.speaker_id, s.revision_id,'
        " s.text_from_machine, s.avg_logprob FROM segments s"
        " WHERE s.transcript_id = ? AND s.id NOT IN (SELECT segment_id FROM superseded)"
        ' ORDER BY s.start, s."end", s.id',
        [transcript_id],
    )
    words = store.query(
        'SELECT start, "end", word, probability, speaker_id FROM words'
        " WHERE transcript_id = ? ORDER BY start",
        [transcript_id],
    )
    word_starts = [w["start"] for w in words]
    views = []
    for row in rows:
        view = SegmentView(
            id=row["id"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            speaker_id=row["speaker_id"],
            revision_id=row["revision_id"],
            text_from_machine=bool(row["text_from_machine"]),
            avg_logprob=row["avg_logprob"],
        )
        if view.text_from_machine:
            low = bisect.bisect_left(word_starts, view.start - 1e-6)
            high = bisect.bisect_left(word_starts, view.end - 1e-6)
            view.words = words[low:high]
        views.append(view)
    return views


def speakers(store: Store, footage_id: int, viewer: Any = None) -> list[dict[str, Any]]:
    """The current transcript's speakers; with ``viewer`` (a signed-in User) their names as it
    may see them (``identities``: pseudonyms for researchers)."""
    transcript = current_transcript(store, footage_id)
    if transcript is None:
        return []
    rows = store.query(
        "SELECT id, label, machine_label, name, role, level_db, wearer_suggestion,"
        " wearer_confirmed, updated_at, updated_by FROM speakers WHERE transcript_id = ?"
        " ORDER BY id",
        [transcript["id"]],
    )
    if viewer is None:
        return rows
    from .identities import mask_for

    mask = mask_for(store, viewer, footage_id)
    return [mask.speaker(row) for row in rows]


def speaker_display(speaker: dict[str, Any]) -> str:
    """``Ofc. Diaz (officer)`` once named, else ``Speaker 2`` (and the role when set)."""
    name = speaker.get("name") or speaker["label"]
    role = speaker.get("role") or "unknown"
    return name if role == "unknown" else f"{name} ({role})"


def turns(store: Store, transcript_id: int) -> list[dict[str, Any]]:
    return store.query(
        'SELECT start, "end", speaker_id FROM turns WHERE transcript_id = ? ORDER BY start',
        [transcript_id],
    )
