"""Suggest which speaker wears the camera: the voice nearest the microphone is the loudest.

Only a suggestion for a reviewer to confirm; nothing here relabels a speaker.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np
from pyannote.core import Annotation, Segment

from bodycam.core.audio import SAMPLE_RATE
from bodycam.transcribe.types import WearerSuggestion

logger = logging.getLogger(__name__)

#: Level frames: long enough to hold a syllable, short enough to skip pauses between words.
FRAME_SECONDS = 0.1
#: A speaker needs this much non-overlapped speech (seconds) for a level worth comparing.
MIN_SPEECH_SECONDS = 1.0
#: Level gap (dB) at which confidence reaches 1 - 1/e (about 0.63). 6 dB is one halving of the
#: distance to the microphone (inverse-square law); a chest-worn camera sits about 0.2 m from
#: its wearer's mouth and usually 1 m or more from anyone else, a gap of 14 dB or more.
GAP_SCALE_DB = 6.0
#: Frames quieter than this (dBFS) are digital silence or dropouts, not a voice level.
FLOOR_DB = -90.0


def _turn_triples(turns: Sequence) -> list[tuple[float, float, str]]:
    triples = []
    for turn in turns:
        if isinstance(turn, tuple):
            start, end, speaker = turn
        else:
            start, end, speaker = turn.start, turn.end, turn.speaker
        triples.append((float(start), float(end), str(speaker)))
    return triples


def speaker_levels(
    audio: np.ndarray, turns: Sequence, sample_rate: int = SAMPLE_RATE
) -> dict[str, float]:
    """Median level (dBFS) of 100 ms frames inside each speaker's non-overlapped turns.

    Overlapped speech is excluded because it mixes two voices. The median ignores the odd loud
    bang or quiet pause that a mean would follow.

    Args:
        audio: Mono float samples in [-1, 1].
        turns: ``SpeakerTurn`` objects or ``(start, end, speaker)`` tuples.
        sample_rate: Sample rate of ``audio``.

    Returns:
        Level per speaker with at least ``MIN_SPEECH_SECONDS`` of non-overlapped speech.
    """
    annotation = Annotation()
    for index, (start, end, speaker) in enumerate(_turn_triples(turns)):
        if end > start:
            annotation[Segment(start, end), index] = speaker
    overlap = annotation.get_overlap()
    frame = int(FRAME_SECONDS * sample_rate)
    levels: dict[str, float] = {}
    for speaker in annotation.labels():
        exclusive = annotation.label_timeline(speaker).support().extrude(overlap)
        frame_levels = []
        for segment in exclusive:
            begin, stop = int(segment.start * sample_rate), int(segment.end * sample_rate)
            piece = np.asarray(audio[begin:stop], dtype=np.float64)
            count = len(piece) // frame
            if count == 0:
                continue
            power = np.mean(piece[: count * frame].reshape(count, frame) ** 2, axis=1)
            frame_levels.append(10 * np.log10(np.maximum(power, 1e-12)))
        if not frame_levels:
            continue
        values = np.concatenate(frame_levels)
        values = values[values > FLOOR_DB]
        if len(values) * FRAME_SECONDS < MIN_SPEECH_SECONDS:
            continue
        levels[speaker] = round(float(np.median(values)), 2)
    return levels


def suggest_wearer(
    audio: np.ndarray, turns: Sequence, sample_rate: int = SAMPLE_RATE
) -> WearerSuggestion | None:
    """Suggest the camera wearer: the speaker whose voice is loudest at the microphone.

    Args:
        audio: Mono float samples in [-1, 1].
        turns: ``SpeakerTurn`` objects or ``(start, end, speaker)`` tuples.
        sample_rate: Sample rate of ``audio``.

    Returns:
        The suggestion, or ``None`` when no speaker has enough non-overlapped speech.
    """
    levels = speaker_levels(audio, turns, sample_rate)
    if not levels:
        return None
    ranked = sorted(levels.items(), key=lambda item: item[1], reverse=True)
    speaker, loudest = ranked[0]
    if len(ranked) == 1:
        # Nothing to compare with: one voice may be the wearer or someone else entirely.
        confidence = 0.0
    else:
        # confidence = 1 - exp(-gap / 6 dB): 0 when the two loudest voices are equally loud,
        # 0.63 at 6 dB (the next voice twice as far away), 0.86 at 12 dB, 0.95 at 18 dB.
        # Saturating, because beyond ~15 dB a larger gap adds little certainty.
        gap = loudest - ranked[1][1]
        confidence = 1.0 - math.exp(-gap / GAP_SCALE_DB)
    logger.debug("wearer suggestion %s (%.2f) from levels %s", speaker, confidence, levels)
    return WearerSuggestion(speaker=speaker, confidence=round(confidence, 4), levels_db=levels)
