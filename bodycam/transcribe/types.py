"""The transcript vocabulary: words, segments, speaker turns and the results of a job.

Defined once here and imported by alignment, diarization, the file formats, the pipeline and
the database layer (``bodycam.models.transcripts``). Only NumPy is needed to import it, so the
app can read results without loading the speech models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from bodycam.transcribe.removed import RemovedText

if TYPE_CHECKING:
    from pyannote.core import Annotation


class Turn(Protocol):
    """Anything with a start, an end and a speaker label (e.g. ``SpeakerTurn``)."""

    start: float
    end: float
    speaker: str


@dataclass
class Word:
    """One word with its speaker (``None`` when no speaker turn is near it)."""

    start: float
    end: float
    text: str
    probability: float
    speaker: str | None = None


@dataclass
class Segment:
    """A stretch of transcript spoken by one speaker.

    ``avg_logprob`` and ``no_speech_prob`` are those of the ASR segment it was cut from.
    """

    start: float
    end: float
    text: str
    speaker: str | None
    words: list[Word] = field(default_factory=list)
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0


@dataclass
class SpeakerTurn:
    """One stretch of one speaker's speech (seconds)."""

    start: float
    end: float
    speaker: str


@dataclass
class DiarizationResult:
    """Who spoke when.

    Attributes:
        turns: Sorted by start; turns of different speakers may overlap (overlapped speech).
        embeddings: One L2-normalised float32 centroid embedding per speaker label.
        speech: The speech regions used (seconds).
    """

    turns: list[SpeakerTurn]
    embeddings: dict[str, np.ndarray]
    speech: list[tuple[float, float]]

    @property
    def speakers(self) -> list[str]:
        """Speaker labels in order of first appearance."""
        return list(dict.fromkeys(turn.speaker for turn in self.turns))

    def to_annotation(self, uri: str = "audio") -> Annotation:
        """The turns as a pyannote.core Annotation (for scoring and RTTM export)."""
        from bodycam.transcribe.formats import turns_to_annotation

        return turns_to_annotation(self.turns, uri=uri)


@dataclass
class WearerSuggestion:
    """The likely camera wearer.

    Attributes:
        speaker: Suggested speaker label.
        confidence: 0..1, from the level gap to the next loudest speaker (0 with one speaker).
        levels_db: Median frame level (dBFS) of each speaker's non-overlapped speech.
    """

    speaker: str
    confidence: float
    levels_db: dict[str, float]


@dataclass
class TranscriptionResult:
    """Everything one transcription job produces.

    Attributes:
        segments: Transcript segments, each with one speaker, in time order.
        turns: Diarization turns (who spoke when), including overlapped speech.
        speaker_embeddings: One L2-normalised voice embedding per speaker label.
        wearer: Which speaker is probably the camera wearer (a suggestion for a person to
            confirm), or ``None``.
        speech: Voice-activity regions (seconds) shared by ASR and diarization.
        duration: Length of the audio in seconds.
        model_info: Provenance, JSON-serialisable: ASR model name and path, versions, the
            job's ``TranscriptionOptions`` as ``dataclasses.asdict``, the diarization backend.
        timings: Wall-clock seconds per stage: ``load``, ``vad``, ``asr`` (until the last
            window is decoded), ``diarization``, ``asr_and_diarization`` (concurrent run:
            until both are done), ``align``, ``wearer``, ``total``.
        removed: Text the ASR guards took out (``asr.AsrResult.removed``), kept for a reviewer.
    """

    segments: list[Segment]
    turns: list[SpeakerTurn]
    speaker_embeddings: dict[str, np.ndarray]
    wearer: WearerSuggestion | None
    speech: list[tuple[float, float]]
    duration: float
    model_info: dict[str, Any]
    timings: dict[str, float] = field(default_factory=dict)
    removed: list[RemovedText] = field(default_factory=list)
