"""The dataset tables (events, encounters, windows, segments) as lists of plain rows.

``Source.load`` reads everything an export needs in a few bulk queries; the ``*_rows``
functions turn it into rows keyed by the column names of ``columns.py``, with identifiers
passed through the export's :class:`~bodycam.research.pseudonyms.Pseudonymizer` and transcript
text through its :class:`~bodycam.research.redact.Redactor`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..annotate import codebook_store
from ..annotate.codebook import Codebook, UnknownCode
from . import pseudonyms
from .opening import opening_move
from .pseudonyms import Pseudonymizer
from .redact import Redactor
from .tag_source import CODED

if TYPE_CHECKING:
    from ..models.store import Store

WINDOW_SECONDS = 5.0
UNUSABLE = "media_unusable"


def _in(ids: Sequence[int]) -> str:
    return f"({', '.join(str(int(i)) for i in ids)})"


@dataclass
class Source:
    footage: list[dict[str, Any]]
    tags: dict[int, list[dict[str, Any]]]
    codebooks: dict[int, Codebook]
    speakers: dict[int, dict[str, Any]]
    segments: dict[int, list[dict[str, Any]]]
    forms: dict[int, dict[str, Any]] = field(default_factory=dict)
    _codes: dict[tuple[int, str], Any] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, store: Store, footage_ids: Sequence[int] | None = None) -> Source:
        import json

        where = "" if footage_ids is None else f" WHERE id IN {_in(footage_ids)}"
        footage = store.query(
            "SELECT id, duration, fps, recorded_at, incident_id, officer FROM footage"
            f"{where} ORDER BY id"
        )
        ids = [f["id"] for f in footage]
        scope = f"footage_id IN {_in(ids)}" if footage_ids is not None else "1"
        tags: dict[int, list] = defaultdict(list)
        for tag in store.query(
            f"SELECT * FROM tags WHERE {CODED} AND {scope} ORDER BY footage_id, start, id"
        ):
            tags[tag["footage_id"]].append(tag)
        codebooks = {
            row["id"]: codebook_store.by_id(store, row["id"])
            for row in store.query("SELECT id FROM codebooks")
        }
        # The newest transcript of each footage, its speakers and its live segments.
        current = f"SELECT max(id) FROM transcripts WHERE {scope} GROUP BY footage_id"
        speakers = {
            s["id"]: s
            for s in store.query(
                "SELECT id, footage_id, label, name, role FROM speakers"
                f" WHERE transcript_id IN ({current})"
            )
        }
        segments: dict[int, list] = defaultdict(list)
        for segment in store.query(
            'SELECT id, footage_id, start, "end", text, speaker_id FROM segments'
            f" WHERE transcript_id IN ({current})"
            " AND id NOT IN (SELECT segment_id FROM superseded)"
            ' ORDER BY footage_id, start, "end", id'
        ):
            segments[segment["footage_id"]].append(segment)
        forms = {
            row["footage_id"]: json.loads(row["answers"])
            for row in store.query(f"SELECT footage_id, answers FROM encounter_forms WHERE {scope}")
        }
        return cls(footage, tags, codebooks, speakers, segments, forms)

    def code_of(self, tag: dict[str, Any]):
        key = (tag["codebook_id"], tag["code"])
        if key not in self._codes:
            try:
                self._codes[key] = self.codebooks[key[0]].code(key[1])
            except (KeyError, UnknownCode):
                self._codes[key] = None
        return self._codes[key]

    def role_of(self, speaker_id: int | None) -> str | None:
        speaker = self.speakers.get(speaker_id) if speaker_id is not None else None
        return speaker["role"] if speaker else None

    def speaker_key(self, speaker_id: int) -> str:
        "What a speaker's pseudonym is made from: their name if named (stable across footage)."
        return pseudonyms.speaker_key({"id": speaker_id, **self.speakers[speaker_id]})


def _frame(seconds: float | None, fps: float | None) -> int | None:
    return None if seconds is None or not fps else math.floor(seconds * fps + 1e-9)


def _stop(tag: dict[str, Any]) -> float:
    return tag["start"] if tag["end"] is None else tag["end"]


def _span_text(segments: list[dict], start: float, stop: float) -> str:
    return " ".join(
        s["text"].strip() for s in segments if s["end"] > start and s["start"] <= max(stop, start)
    )


def event_rows(
    source: Source, names: Pseudonymizer, redactor: Redactor, *, deidentify: bool, with_text: bool
) -> list[dict[str, Any]]:
    rows = []
    for footage in source.footage:
        footage_name = names("footage", footage["id"])
        fps = footage["fps"]
        for tag in source.tags.get(footage["id"], ()):
            code = source.code_of(tag)
            codebook = source.codebooks.get(tag["codebook_id"])
            text = None
            if with_text:
                text = _span_text(source.segments.get(footage["id"], []), tag["start"], _stop(tag))
                text = redactor(text) if deidentify else text
            rows.append(
                {
                    "tag_id": tag["id"],
                    "footage": footage_name,
                    "code": tag["code"],
                    "code_path": f"{code.category}/{code.id}" if code else tag["code"],
                    "category": code.category if code else None,
                    "polarity": code.polarity if code else None,
                    "kind": tag["kind"],
                    "start_s": tag["start"],
                    "end_s": _stop(tag),
                    "start_frame": _frame(tag["start"], fps),
                    "end_frame": _frame(_stop(tag), fps),
                    "subject": tag["subject"],
                    "speaker_role": source.role_of(tag["speaker_id"]),
                    "intensity": tag["intensity"],
                    "confidence": tag["confidence"],
                    "coder": names("coder", tag["created_by"]),
                    "codebook": codebook.id if codebook else None,
                    "codebook_version": codebook.version if codebook else None,
                    "created": pseudonyms.month(tag["created_at"])
                    if deidentify
                    else tag["created_at"],
                    "text": text,
                }
            )
    return rows


def _covered(spans: list[tuple[float, float]], duration: float) -> float:
    "Seconds covered by the union of spans, clipped to the footage."
    total, reach = 0.0, 0.0
    for start, stop in sorted(spans):
        start, stop = max(start, reach), min(stop, duration)
        if stop > start:
            total += stop - start
            reach = stop
    return total


def _unusable_shares(tags: list[dict], duration: float) -> tuple[float, float]:
    video, audio = [], []
    for tag in tags:
        if tag["code"] != UNUSABLE:
            continue
        note = (tag.get("notes") or "").lower()
        says_video, says_audio = "video" in note, "audio" in note
        span = (tag["start"], _stop(tag))
        if says_video or not says_audio:
            video.append(span)
        if says_audio or not says_video:
            audio.append(span)
    return _covered(video, duration) / duration, _covered(audio, duration) / duration


def _speech_shares(source: Source, footage_id: int) -> dict[str, float | None]:
    seconds: dict[str, float] = defaultdict(float)
    for segment in source.segments.get(footage_id, []):
        role = source.role_of(segment["speaker_id"]) or "unknown"
        group = role if role in ("officer", "civilian") else "other"
        seconds[group] += max(0.0, segment["end"] - segment["start"])
    total = sum(seconds.values())
    return {
        f"speech_share_{g}": (seconds[g] / total if total else None)
        for g in ("officer", "civilian", "other")
    }


def _form_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def encounter_rows(
    source: Source,
    names: Pseudonymizer,
    code_ids: list[str],
    form_fields: list[dict],
    *,
    deidentify: bool,
) -> list[dict[str, Any]]:
    rows = []
    for footage in source.footage:
        fid, duration = footage["id"], footage["duration"] or 0.0
        tags = source.tags.get(fid, [])
        coders = sorted({t["created_by"] for t in tags})
        n_coders = max(1, len(coders))
        minutes = duration / 60 if duration else None
        counts: dict[str, int] = defaultdict(int)
        first_escalation = first_force = max_force = max_resistance = None
        for tag in tags:
            counts[tag["code"]] += 1
            code = source.code_of(tag)
            if code is None:
                continue
            if code.polarity == "escalation" and (
                first_escalation is None or tag["start"] < first_escalation
            ):
                first_escalation = tag["start"]
            if code.category == "force" and code.level is not None:
                max_force = max(code.level, max_force if max_force is not None else -1)
                if code.level >= 1 and (first_force is None or tag["start"] < first_force):
                    first_force = tag["start"]
            if code.id.startswith("resistance_") and code.level is not None:
                max_resistance = max(
                    code.level, max_resistance if max_resistance is not None else -1
                )
        officer_speech = [
            s["text"]
            for s in source.segments.get(fid, [])
            if source.role_of(s["speaker_id"]) == "officer"
        ]
        command, reason = opening_move(officer_speech)
        video, audio = _unusable_shares(tags, duration) if duration else (None, None)
        total = len(tags) / n_coders
        recorded = footage["recorded_at"]
        row = {
            "footage": names("footage", fid),
            "incident": names("incident", footage["incident_id"]),
            "officer": names("officer", footage["officer"]),
            "recorded_month": pseudonyms.month(recorded),
            "time_of_day": pseudonyms.day_or_night(recorded),
            "duration_s": footage["duration"],
            "coders": len(coders),
            "speakers": len(
                {s["speaker_id"] for s in source.segments.get(fid, []) if s["speaker_id"]}
            ),
            **_speech_shares(source, fid),
            "tags": total,
            "tags_per_minute": total / minutes if minutes else None,
            "first_escalation_s": first_escalation,
            "first_force_s": first_force,
            "max_force_level": max_force,
            "max_resistance_level": max_resistance,
            "force_factor": None if max_force is None else max_force - (max_resistance or 0),
            "opening_command": command,
            "opening_reason_given": reason,
            "unusable_video_share": video,
            "unusable_audio_share": audio,
        }
        for code in code_ids:
            n = counts.get(code, 0) / n_coders
            row[f"n_{code}"] = n
            row[f"per_min_{code}"] = n / minutes if minutes else None
        answers = source.forms.get(fid, {})
        for form_field in form_fields:
            if form_field.get("type") != "text":
                row[f"form_{form_field['id']}"] = _form_value(answers.get(form_field["id"]))
        rows.append(row)
    return rows


def window_rows(source: Source, names: Pseudonymizer, window: float = WINDOW_SECONDS) -> list[dict]:
    rows = []
    for footage in source.footage:
        duration = footage["duration"] or 0.0
        count = max(1, math.ceil(duration / window - 1e-9)) if duration else 0
        codes: list[set[str]] = [set() for _ in range(count)]
        tagged = [0] * count
        for tag in source.tags.get(footage["id"], []):
            first = int(tag["start"] // window)
            stop = _stop(tag)
            # An interval touches the windows it overlaps; one ending on a boundary not the next.
            last = (
                int(stop // window) if stop == tag["start"] else int(math.ceil(stop / window) - 1)
            )
            for index in range(max(0, first), min(count - 1, last) + 1):
                codes[index].add(tag["code"])
                tagged[index] += 1
        name = names("footage", footage["id"])
        rows += [
            {
                "footage": name,
                "window": i,
                "start_s": i * window,
                "end_s": min((i + 1) * window, duration),
                "codes": ";".join(sorted(codes[i])),
                "tags": tagged[i],
            }
            for i in range(count)
        ]
    return rows


def segment_rows(
    source: Source,
    names: Pseudonymizer,
    redactor: Redactor,
    *,
    deidentify: bool,
    include_civilian: bool,
) -> list[dict]:
    rows = []
    for footage in source.footage:
        name = names("footage", footage["id"])
        for segment in source.segments.get(footage["id"], []):
            speaker_id = segment["speaker_id"]
            role = source.role_of(speaker_id) or "unknown"
            if role == "civilian" and not include_civilian:
                continue
            if speaker_id is None:
                speaker = None
            elif deidentify:
                speaker = names("speaker", source.speaker_key(speaker_id))
            else:
                record = source.speakers.get(speaker_id, {})
                speaker = record.get("name") or record.get("label")
            rows.append(
                {
                    "footage": name,
                    "segment_id": segment["id"],
                    "start_s": segment["start"],
                    "end_s": segment["end"],
                    "speaker": speaker,
                    "speaker_role": role,
                    "text": redactor(segment["text"]) if deidentify else segment["text"],
                }
            )
    return rows
