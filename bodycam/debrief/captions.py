"""Captions for a clip: transcript segments re-timed against the clip's zero.

The sidecar is WebVTT with voice tags (``<v Officer Diaz>``); burned-in captions go through
ffmpeg's ``subtitles`` filter (libass, present in Debian's ffmpeg) from an SRT whose cues carry
a ``Name: `` prefix. Both are written by :mod:`bodycam.transcribe.formats`, so the app's
transcript downloads and the clips name speakers the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from ..transcribe.formats import format_timestamp, to_srt, to_vtt
from ..transcribe.types import Segment

#: Characters a file path may hold to be put in a filtergraph without escaping rules.
_SAFE_PATH = re.compile(r"[A-Za-z0-9_./+-]+")
#: libass style for burned captions: readable on 480p-1080p body-camera video.
BURN_STYLE = "FontName=DejaVu Sans,FontSize=18,Outline=2,Shadow=0,MarginV=36"


def clip_segments(segments: Iterable[Segment], start: float, end: float) -> list[Segment]:
    """Segments overlapping ``[start, end)`` of the footage, timed from the clip's zero.

    A segment cut by the clip's edges keeps only the part inside; times are rounded to the
    millisecond (WebVTT's resolution) so cues are exactly reproducible.
    """
    length = end - start
    clipped = []
    for segment in sorted(segments, key=lambda s: (s.start, s.end)):
        if segment.end <= start or segment.start >= end or not segment.text.strip():
            continue
        cue_start = round(max(0.0, segment.start - start), 3)
        cue_end = round(min(length, segment.end - start), 3)
        if cue_end > cue_start:
            clipped.append(replace(segment, start=cue_start, end=cue_end, words=[]))
    return clipped


def clip_vtt(
    segments: Iterable[Segment],
    start: float,
    end: float,
    speaker_names: Mapping[str, str] | None = None,
) -> str:
    return to_vtt(clip_segments(segments, start, end), speaker_names)


def clip_srt(
    segments: Iterable[Segment],
    start: float,
    end: float,
    speaker_names: Mapping[str, str] | None = None,
) -> str:
    return to_srt(clip_segments(segments, start, end), speaker_names)


def lower_third_text(code: str, time: float) -> str:
    """The lower-third line for a tag: its code and footage time (``DEESC-3 · 00:12:34``)."""
    return f"{code} · {format_timestamp(time)[:8]}"


def _filter_path(path: Path) -> str:
    text = str(path)
    if not _SAFE_PATH.fullmatch(text):
        # Filtergraph quoting differs per nesting level; the files are ours, in our temp folder.
        raise ValueError(f"caption work file path needs escaping: {text}")
    return text


def burn_filter(srt_path: Path) -> str:
    return f"subtitles=filename={_filter_path(srt_path)}:force_style='{BURN_STYLE}'"


def lower_third_filter(text_path: Path) -> str:
    """A boxed line at the bottom left, above the captions; read from a file so no text
    needs escaping."""
    return (
        f"drawtext=textfile={_filter_path(text_path)}:x=12:y=h-th-h/5"
        ":fontsize=h/24:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=6"
    )
