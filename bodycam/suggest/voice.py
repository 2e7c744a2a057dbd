"""Voice measurements: loudness against the same speaker's own baseline, and overlapped turns.

The envelope mixes every voice, so a sentence's level is read only where no other utterance
overlaps it; the baseline is a low percentile of the speaker's sentence levels, so a speaker who
shouts half the time still has a calm baseline. A speaker label that shouts nearly all the time
(a civilian who only yells, or two voices the diarizer merged, one of them shouting) has a
shouted baseline, so a sentence also counts as raised when it lies far above the recording's
typical sentence level (``RECORDING_RAISED_DB``): the nearest, loudest normal voice (the
camera wearer's) sits around that level, a civilian further away below it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .sentences import Sentence
from .types import Envelope, Utterance

#: dB above the speaker's baseline that counts as a raised voice.
RAISED_DB = 4.0
#: dB above the median level of every sentence in the recording that counts as raised whatever
#: the speaker's own baseline. On fresh2's machine transcripts 90 % of the normal lines lie
#: under 3 dB above that median (the camera wearer's, nearest the microphone, sit around it) and
#: shouted ones 4 to 13 dB above it.
RECORDING_RAISED_DB = 5.0
#: Percentile of a speaker's sentence levels taken as their normal speaking level.
BASELINE_PERCENTILE = 25
#: A speaker needs this many measured sentences before a baseline means anything.
MIN_SENTENCES = 3
#: Seconds two turns must overlap to count as cross-talk.
MIN_OVERLAP = 0.3


@dataclass(frozen=True)
class Loudness:
    """A sentence's level, how far it lies above its speaker's baseline and above the
    recording's median sentence level (dB)."""

    sentence: Sentence
    level_db: float
    above_db: float
    over_recording_db: float = float("-inf")

    @property
    def raised(self) -> bool:
        return self.above_db >= RAISED_DB or self.over_recording_db >= RECORDING_RAISED_DB

    def describe(self) -> str:
        """The measurement that makes the sentence raised, for a suggestion's evidence."""
        if self.above_db >= RAISED_DB:
            return f"{self.above_db:.1f} dB above the speaker's baseline"
        return (
            f"{self.over_recording_db:.1f} dB above the recording's median sentence level "
            f"({self.above_db:.1f} dB above the speaker's own, shouted, baseline)"
        )


def sentence_loudness(
    sentences: list[Sentence], utterances: list[Utterance], envelope: Envelope
) -> dict[int, Loudness]:
    """Loudness of each sentence that has clean (non-overlapped) envelope frames, by index."""
    values = np.asarray(envelope.values, dtype=float)
    if values.size == 0:
        return {}
    overlapped = np.zeros(values.size, dtype=bool)
    spans = sorted((u.start, u.end, n) for n, u in enumerate(utterances))
    for i, (start, end, _) in enumerate(spans):
        for other_start, other_end, _ in spans[i + 1 :]:
            if other_start >= end:
                break
            lo, hi = _frames(max(start, other_start), min(end, other_end), envelope, values.size)
            overlapped[lo:hi] = True
    levels: dict[int, float] = {}
    for sentence in sentences:
        lo, hi = _frames(sentence.start, sentence.end, envelope, values.size)
        frames = values[lo:hi][~overlapped[lo:hi]]
        if frames.size:
            # The loud half of the frames: pauses between words would drag a mean down.
            levels[sentence.index] = envelope.db(float(np.percentile(frames, 75)))
    baselines = speaker_baselines(sentences, levels, BASELINE_PERCENTILE, MIN_SENTENCES)
    median = float(np.median(list(levels.values())))
    return {
        s.index: Loudness(
            s, levels[s.index], levels[s.index] - baselines[s.speaker], levels[s.index] - median
        )
        for s in sentences
        if s.index in levels and s.speaker in baselines
    }


def speaker_baselines(
    sentences: list[Sentence], values: dict[int, float], percentile: float, minimum: int
) -> dict[str, float]:
    """A low percentile of each speaker label's sentence values (by sentence index), for labels
    with at least ``minimum`` measured sentences: the label's own calm level."""
    by_speaker: dict[str, list[float]] = {}
    for sentence in sentences:
        if sentence.index in values:
            by_speaker.setdefault(sentence.speaker, []).append(values[sentence.index])
    return {
        speaker: float(np.percentile(found, percentile))
        for speaker, found in by_speaker.items()
        if len(found) >= minimum
    }


def _frames(start: float, end: float, envelope: Envelope, size: int) -> tuple[int, int]:
    lo = max(0, int(start * envelope.rate))
    hi = min(size, int(np.ceil(end * envelope.rate)))
    return lo, max(lo, hi)


@dataclass(frozen=True)
class Overlap:
    """``second`` started talking while ``first`` was still talking."""

    first: Utterance
    second: Utterance
    seconds: float


def overlaps(utterances: list[Utterance]) -> list[Overlap]:
    """Pairs of utterances by different speakers that overlap by at least ``MIN_OVERLAP``."""
    ordered = sorted(utterances, key=lambda u: (u.start, u.end))
    found = []
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            if second.start >= first.end:
                break
            shared = min(first.end, second.end) - second.start
            if second.speaker != first.speaker and shared >= MIN_OVERLAP:
                found.append(Overlap(first, second, round(shared, 2)))
    return found
