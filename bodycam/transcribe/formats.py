"""Transcript and speaker-turn file formats: SRT, WebVTT, plain text, JSON and RTTM.

Speakers are stored as diarization labels (``"S0"``, ``"S1"``...); the names shown to people
("Officer Diaz") live in the database, so every writer takes a ``speaker_names`` mapping and
falls back to "Speaker 1", "Speaker 2"...
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pyannote.core import Annotation
from pyannote.core import Segment as TimeSpan

from bodycam.core.errors import BodycamError
from bodycam.transcribe.types import Segment, SpeakerTurn, Word

JSON_FORMAT = "bodycam-transcript"
JSON_VERSION = 1
UNKNOWN_SPEAKER = "Unknown speaker"


class TranscriptFormatError(BodycamError):
    "A transcript or RTTM file cannot be parsed"


class RttmFormatError(TranscriptFormatError):
    "An RTTM file has a malformed SPEAKER line"


def speaker_label(speaker: str | None, speaker_names: Mapping[str, str] | None = None) -> str:
    """The name to show for a diarization label.

    Args:
        speaker: A label such as ``"S0"``, or ``None`` for an unattributed segment.
        speaker_names: Display names by label, e.g. ``{"S0": "Officer Diaz"}``.

    Returns:
        The mapped name; else ``"Speaker N"`` for label ``"S<N-1>"``; else the label itself;
        ``"Unknown speaker"`` for ``None``.
    """
    if speaker is None:
        return UNKNOWN_SPEAKER
    if speaker_names and speaker in speaker_names:
        return speaker_names[speaker]
    match = re.fullmatch(r"S(\d+)", speaker)
    return f"Speaker {int(match.group(1)) + 1}" if match else speaker


def format_timestamp(seconds: float, decimal_marker: str = ".") -> str:
    """``HH:MM:SS.mmm`` (SRT uses ``,`` as the decimal marker); negative times clamp to 0."""
    milliseconds = max(0, round(seconds * 1000))
    hours, milliseconds = divmod(milliseconds, 3_600_000)
    minutes, milliseconds = divmod(milliseconds, 60_000)
    whole, milliseconds = divmod(milliseconds, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}{decimal_marker}{milliseconds:03d}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_srt(segments: Iterable[Segment], speaker_names: Mapping[str, str] | None = None) -> str:
    """SubRip subtitles, each cue prefixed with its speaker (``Speaker 1: text``).

    Segments without a speaker are written without a prefix.
    """
    cues = []
    for number, segment in enumerate(segments, start=1):
        text = _one_line(segment.text)
        if segment.speaker is not None:
            text = f"{speaker_label(segment.speaker, speaker_names)}: {text}"
        cues.append(
            f"{number}\n{format_timestamp(segment.start, ',')} --> "
            f"{format_timestamp(segment.end, ',')}\n{text}\n"
        )
    return "\n".join(cues)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(segments: Iterable[Segment], speaker_names: Mapping[str, str] | None = None) -> str:
    """WebVTT subtitles with voice spans (``<v Speaker 1>text</v>``).

    ``&``, ``<`` and ``>`` are escaped in text and names (which also keeps ``-->`` out of cue
    text). Segments without a speaker get no voice span.
    """
    parts = ["WEBVTT\n"]
    for segment in segments:
        text = _vtt_escape(_one_line(segment.text))
        if segment.speaker is not None:
            name = _vtt_escape(_one_line(speaker_label(segment.speaker, speaker_names)))
            text = f"<v {name}>{text}</v>"
        parts.append(
            f"{format_timestamp(segment.start)} --> {format_timestamp(segment.end)}\n{text}\n"
        )
    return "\n".join(parts)


def to_txt(segments: Iterable[Segment], speaker_names: Mapping[str, str] | None = None) -> str:
    """Plain text, one line per segment: ``[00:01:02.500] Speaker 1: text``."""
    return "".join(
        f"[{format_timestamp(segment.start)}] "
        f"{speaker_label(segment.speaker, speaker_names)}: {_one_line(segment.text)}\n"
        for segment in segments
    )


def to_json(
    segments: Iterable[Segment],
    *,
    turns: Iterable[SpeakerTurn] = (),
    speaker_names: Mapping[str, str] | None = None,
    metadata: Mapping[str, Any] | None = None,
    indent: int | None = 2,
) -> str:
    """The full transcript as JSON: segments with words, speaker turns and names, provenance.

    Args:
        segments: Aligned transcript segments.
        turns: Diarization turns (kept so the speaker timeline can be redrawn).
        speaker_names: Display names by label; every label in ``segments`` and ``turns`` gets
            an entry (default names filled in).
        metadata: Provenance such as the ASR model info; must be JSON-serialisable.
        indent: ``json.dumps`` indent; ``None`` for the most compact file.

    Returns:
        A JSON document that :func:`from_json` reads back.
    """
    segments = list(segments)
    turns = list(turns)
    labels = sorted(
        {s.speaker for s in segments if s.speaker is not None} | {t.speaker for t in turns}
    )
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "metadata": dict(metadata or {}),
        "speakers": {label: speaker_label(label, speaker_names) for label in labels},
        "segments": [asdict(segment) for segment in segments],
        "turns": [
            {"start": turn.start, "end": turn.end, "speaker": turn.speaker} for turn in turns
        ],
    }
    return json.dumps(document, indent=indent, ensure_ascii=False)


def from_json(text: str) -> tuple[list[Segment], list[SpeakerTurn], dict[str, str], dict]:
    """Read a document written by :func:`to_json`.

    Returns:
        ``(segments, turns, speaker_names, metadata)``.

    Raises:
        TranscriptFormatError: Not a bodycam transcript, or a newer version.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise TranscriptFormatError(f"not JSON: {error}") from error
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise TranscriptFormatError(f"not a {JSON_FORMAT} JSON document")
    if document.get("version", 0) > JSON_VERSION:
        raise TranscriptFormatError(
            f"transcript version {document['version']} is newer than this reader "
            f"({JSON_VERSION}): upgrade bodycam-review"
        )
    segments = [
        Segment(
            **{key: value for key, value in item.items() if key != "words"},
            words=[Word(**word) for word in item.get("words", [])],
        )
        for item in document.get("segments", [])
    ]
    turns = [SpeakerTurn(**item) for item in document.get("turns", [])]
    return segments, turns, dict(document.get("speakers", {})), dict(document.get("metadata", {}))


def _rttm_token(value: str) -> str:
    # RTTM is space-separated: a space inside a file id or label would shift every field.
    return re.sub(r"\s+", "_", value.strip()) or "<NA>"


def to_rttm(turns: Iterable[SpeakerTurn], uri: str) -> str:
    """Speaker turns as RTTM ``SPEAKER`` lines (written by pyannote.core).

    Args:
        turns: Turns with ``start``, ``end`` and ``speaker``.
        uri: The file id of every line (spaces become ``_``).

    Returns:
        RTTM text, turns in time order, times with millisecond precision.
    """
    annotation = Annotation(uri=_rttm_token(uri))
    for track, turn in enumerate(turns):
        if turn.end > turn.start:
            annotation[TimeSpan(turn.start, turn.end), track] = _rttm_token(turn.speaker)
    buffer = io.StringIO()
    annotation.write_rttm(buffer)
    return buffer.getvalue()


def read_rttm(text: str, uri: str | None = None, *, source: str = "RTTM") -> Annotation:
    """Parse RTTM ``SPEAKER`` lines: the project's one RTTM reader.

    Args:
        text: RTTM text; other line types are ignored.
        uri: Keep only lines of this file id; ``None`` keeps every line (one Annotation).
        source: How errors name the text (a file path, or ``"RTTM"``).

    Returns:
        Turns labelled with the RTTM speaker names; the Annotation's uri is ``uri`` or the
        first line's file id.

    Raises:
        RttmFormatError: A SPEAKER line has fewer than 8 fields or non-numeric times.
    """
    annotation: Annotation | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        fields = line.split()
        if not fields or fields[0] != "SPEAKER":
            continue
        if len(fields) < 8:
            raise RttmFormatError(
                f"{source} line {number}: expected 8+ fields: {line!r}. Fix: write "
                f"'SPEAKER file 1 start duration <NA> <NA> speaker <NA> <NA>'"
            )
        if uri is not None and fields[1] != uri:
            continue
        try:
            start, duration = float(fields[3]), float(fields[4])
        except ValueError as error:
            raise RttmFormatError(
                f"{source} line {number}: bad time in {line!r}. Fix: fields 4 and 5 are the "
                f"start and duration in seconds"
            ) from error
        if annotation is None:
            annotation = Annotation(uri=fields[1])
        annotation[TimeSpan(start, start + duration), number] = fields[7]
    return annotation if annotation is not None else Annotation(uri=uri)


def load_rttm(path: str | Path, uri: str | None = None) -> Annotation:
    """Read an RTTM file (see ``read_rttm``); an empty file's Annotation is named after it."""
    path = Path(path)
    annotation = read_rttm(path.read_text(), uri, source=str(path))
    if annotation.uri is None:
        annotation.uri = uri or path.stem
    return annotation


def from_rttm(text: str, uri: str | None = None) -> list[SpeakerTurn]:
    """Parse RTTM ``SPEAKER`` lines into speaker turns (see ``read_rttm``).

    Returns:
        Turns sorted by start time, times rounded to milliseconds.
    """
    return [
        SpeakerTurn(start=round(span.start, 3), end=round(span.end, 3), speaker=label)
        for span, _, label in read_rttm(text, uri).itertracks(yield_label=True)
    ]


def turns_to_annotation(turns: Sequence[SpeakerTurn], uri: str | None = None) -> Annotation:
    """Speaker turns as a pyannote ``Annotation`` (for scoring with pyannote.metrics)."""
    annotation = Annotation(uri=uri)
    for track, turn in enumerate(turns):
        if turn.end > turn.start:
            annotation[TimeSpan(turn.start, turn.end), track] = turn.speaker
    return annotation
