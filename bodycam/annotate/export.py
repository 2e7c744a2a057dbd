"""Export a footage's current transcript (machine output with people's corrections)."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import InvalidInput, NotFound
from ..models.store import Store
from ..models.transcripts import (
    current_segments,
    current_transcript,
    speaker_display,
    speakers,
    turns,
)
from ..transcribe import formats
from ..transcribe.types import Segment, SpeakerTurn, Word

FORMATS = ("srt", "vtt", "json", "txt", "rttm")


def _key(speaker_id: int | None) -> str | None:
    return None if speaker_id is None else f"speaker-{speaker_id}"


def export_transcript(store: Store, footage_id: int, fmt: str) -> str:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    footage = store.one("SELECT id, original_name, status FROM footage WHERE id = ?", [footage_id])
    if footage is None:
        raise NotFound(f"footage {footage_id} does not exist: see `bodycam list`")
    transcript = current_transcript(store, footage_id)
    if transcript is None:
        raise NotFound(
            f"footage {footage_id} has no transcript yet (status {footage['status']}): "
            "run `bodycam process`"
        )
    names = {_key(s["id"]): speaker_display(s) for s in speakers(store, footage_id)}
    speaker_turns = [
        SpeakerTurn(t["start"], t["end"], _key(t["speaker_id"]))
        for t in turns(store, transcript["id"])
    ]
    if fmt == "rttm":
        named = [SpeakerTurn(t.start, t.end, names[t.speaker]) for t in speaker_turns]
        return formats.to_rttm(named, uri=Path(footage["original_name"]).stem or str(footage_id))
    segments = [
        Segment(
            start=view.start,
            end=view.end,
            text=view.text,
            speaker=_key(view.speaker_id),
            words=[
                Word(w["start"], w["end"], w["word"], w["probability"], _key(w["speaker_id"]))
                for w in view.words
            ],
            avg_logprob=view.avg_logprob or 0.0,
        )
        for view in current_segments(store, transcript["id"])
    ]
    if fmt == "srt":
        return formats.to_srt(segments, names)
    if fmt == "vtt":
        return formats.to_vtt(segments, names)
    if fmt == "txt":
        return formats.to_txt(segments, names)
    return formats.to_json(
        segments,
        turns=speaker_turns,
        speaker_names=names,
        metadata={
            "footage_id": footage_id,
            "transcript_id": transcript["id"],
            "asr_model": transcript["asr_model"],
            "diarization": transcript["diarization"],
        },
    )
