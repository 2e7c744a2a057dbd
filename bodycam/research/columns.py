"""Every exported column, once: its name, type and definition (issue #13 §3).

The export builds each table's schema (Parquet types, CSV column order) from these definitions,
and the data dictionary in the bundle is printed from the same definitions, so the two cannot
drift apart. Columns that depend on the codebook (one per code, one per form field) are made by
:func:`encounter_columns` from the codebook used.
"""

# ruff: noqa: E501 - one column per line reads as the table it is
from __future__ import annotations

from dataclasses import dataclass

TYPES = ("string", "integer", "number", "boolean")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    definition: str


def _c(name: str, type_: str, definition: str) -> Column:
    assert type_ in TYPES, type_
    return Column(name, type_, definition)


FOOTAGE = _c(
    "footage", "string",
    "The footage: a pseudonym F-... in a de-identified export, else the footage id.",
)  # fmt: skip

EVENTS = (
    _c("tag_id", "integer", "The tag's row id in the source database (not an identity)."),
    FOOTAGE,
    _c("code", "string", "Code id from the codebook."),
    _c("code_path", "string", "category/code: the code's place in the codebook."),
    _c("category", "string", "Codebook category id."),
    _c("polarity", "string", "escalation, de-escalation, context or outcome (from the codebook)."),
    _c("kind", "string", "point (a moment) or interval (a stretch)."),
    _c("start_s", "number", "Start, seconds from the start of the footage."),
    _c("end_s", "number", "End in seconds; equal to start_s for a point."),
    _c("start_frame", "integer", "Start as a frame number (floor(start_s x fps)); empty without fps."),
    _c("end_frame", "integer", "End as a frame number; empty without fps."),
    _c("subject", "string", "Who the coded behaviour is about (the tag's actor): officer, civilian, other."),
    _c("speaker_role", "string", "Role of the tagged speaker: officer, civilian, dispatch, other, unknown."),
    _c("intensity", "integer", "Coder's intensity rating, 1-5; empty when not rated."),
    _c("confidence", "string", "certain, probable, possible or not_observable; empty when not given."),
    _c("coder", "string", "Who made the tag: a pseudonym C-... in a de-identified export."),
    _c("codebook", "string", "Codebook id the tag was made with."),
    _c("codebook_version", "string", "Codebook version the tag was made with."),
    _c("created", "string", "When the tag was made: the month (YYYY-MM) in a de-identified export, else ISO 8601 UTC."),
    _c("text", "string", "Transcript text spoken during the tag (names replaced in a de-identified export); empty unless requested."),
)  # fmt: skip

ENCOUNTER_FIXED = (
    FOOTAGE,
    _c("incident", "string", "The incident: a pseudonym I-... in a de-identified export."),
    _c("officer", "string", "The recording officer: a pseudonym O-... in a de-identified export."),
    _c("recorded_month", "string", "Month of recording, YYYY-MM."),
    _c("time_of_day", "string", "day (06:00-17:59 on the recording's clock) or night."),
    _c("duration_s", "number", "Length of the footage in seconds."),
    _c("coders", "integer", "Number of coders whose tags the row summarises."),
    _c("speakers", "integer", "Number of speakers in the current transcript."),
    _c("speech_share_officer", "number", "Share of transcribed speech time by officers (0-1)."),
    _c("speech_share_civilian", "number", "Share of transcribed speech time by civilians (0-1)."),
    _c("speech_share_other", "number", "Share of transcribed speech time by dispatch, other or unknown speakers (0-1)."),
    _c("tags", "number", "Tags on the footage, mean over its coders."),
    _c("tags_per_minute", "number", "tags divided by duration in minutes."),
    _c("first_escalation_s", "number", "Seconds to the earliest tag with escalation polarity (earliest over coders); empty if none."),
    _c("first_force_s", "number", "Seconds to the earliest force code of level 1 or more (earliest over coders); empty if none."),
    _c("max_force_level", "integer", "Highest force level tagged (0-6); empty if no force code."),
    _c("max_resistance_level", "integer", "Highest resistance level tagged (0-5); empty if no resistance code."),
    _c("force_factor", "integer", "max_force_level minus max_resistance_level (resistance taken as 0 when none was tagged)."),
    _c("opening_command", "boolean", "The officer's first utterance starts with an imperative verb of a small lexicon (Rho et al. 2023, simple rule); empty without officer speech."),
    _c("opening_reason_given", "boolean", "A reason for the contact is stated within the officer's first 45 words (simple phrase rule); empty without officer speech."),
    _c("unusable_video_share", "number", "Share of the footage covered by media_unusable tags whose note says video (or neither/both)."),
    _c("unusable_audio_share", "number", "Share of the footage covered by media_unusable tags whose note says audio (or neither/both)."),
)  # fmt: skip

WINDOWS = (
    FOOTAGE,
    _c("window", "integer", "Window number from 0."),
    _c("start_s", "number", "Window start in seconds."),
    _c("end_s", "number", "Window end in seconds (start_s + window length, cut at the end of the footage)."),
    _c("codes", "string", "Codes present in the window (any coder's tag touches it), sorted, separated by ';'."),
    _c("tags", "integer", "Number of tags touching the window (all coders)."),
)  # fmt: skip

SEGMENTS = (
    FOOTAGE,
    _c("segment_id", "integer", "Segment row id in the source database."),
    _c("start_s", "number", "Segment start in seconds."),
    _c("end_s", "number", "Segment end in seconds."),
    _c("speaker", "string", "The speaker: a pseudonym S-... in a de-identified export, else the name or label."),
    _c("speaker_role", "string", "officer, civilian, dispatch, other or unknown."),
    _c("text", "string", "What was said; names replaced by role placeholders in a de-identified export."),
)  # fmt: skip


def encounter_columns(code_ids: list[str], form_fields: list[dict]) -> tuple[Column, ...]:
    "The fixed encounter columns, then one count and one rate per code, then the form's fields."
    per_code = []
    for code in code_ids:
        per_code += [
            _c(f"n_{code}", "number", f"Tags of code {code}, mean over coders."),
            _c(f"per_min_{code}", "number", f"n_{code} per minute of footage."),
        ]
    form = [
        _c(
            f"form_{field['id']}",
            "number" if field.get("type") == "rating" else "string",
            f"Encounter form: {field.get('label', field['id'])}"
            + (" (options separated by ';')" if field.get("type") == "multi_choice" else "")
            + ".",
        )
        for field in form_fields
        if field.get("type") != "text"  # free text may name people: never exported
    ]
    return (*ENCOUNTER_FIXED, *per_code, *form)


TABLES = ("events", "encounters", "windows", "segments")
