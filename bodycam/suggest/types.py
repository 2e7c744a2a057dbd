"""Plain input and output of the detectors, decoupled from the transcript and database types.

The detectors read utterances (who, in which role, when, what, with word times), an optional
loudness envelope and an optional camera-wearer suggestion; they return suggestions. Adapters
from the transcription types live in ``adapter``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TimedWord:
    """One word with its times in seconds from the start of the footage, and how sure the
    recogniser was of it (0..1; 1 for a written transcript)."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Utterance:
    """A stretch of speech by one speaker.

    Attributes:
        speaker: Speaker label, e.g. ``SPEAKER_01`` or ``officer_reyes``.
        role: One of ``core.vocabulary.SPEAKER_ROLES``.
        start: Seconds to the first word.
        end: Seconds to the last word's end.
        text: What was said, with punctuation when the recogniser gives it.
        words: The words with times; empty when only the utterance's span is known.
    """

    speaker: str
    role: str
    start: float
    end: float
    text: str
    words: tuple[TimedWord, ...] = ()


@dataclass(frozen=True)
class Envelope:
    """Loudness over time as stored by ``ingest.envelope``: ``rate`` values per second, each
    0..1 mapping ``floor_db``..0 dBFS."""

    rate: float
    values: tuple[float, ...]
    floor_db: float = -60.0

    @classmethod
    def from_dict(cls, data: dict) -> Envelope:
        return cls(float(data["rate"]), tuple(data["values"]), float(data.get("floor_db", -60)))

    def db(self, value: float) -> float:
        return self.floor_db + value * -self.floor_db


@dataclass(frozen=True)
class Suggestion:
    """A machine-proposed moment for a person to confirm or reject.

    Attributes:
        code_id: Code id from the codebook.
        start: Seconds.
        end: Seconds.
        speaker: Speaker label of the utterance it came from ("" for measurements across
            speakers).
        score: 0..1, how sure the detector is.
        detector: Which rule or model produced it, e.g. ``rule:command.imperative``.
        evidence: The words or the measurement that triggered it.
    """

    code_id: str
    start: float
    end: float
    speaker: str
    score: float
    detector: str
    evidence: str


@dataclass
class DetectionResult:
    """What one run of the detectors produces.

    Attributes:
        suggestions: In time order.
        notices: Human-readable remarks: role fallback, skipped detectors, empty input.
        opening: The opening-move measures (Rho et al. 2023), empty without an officer.
        measures: Counts for the footage summary: commands with and without explanation,
            officer talk share, time to first explanation.
        tension: Per-second tension (positive: escalation), smoothed.
    """

    suggestions: list[Suggestion] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    opening: dict = field(default_factory=dict)
    measures: dict = field(default_factory=dict)
    tension: list[float] = field(default_factory=list)
