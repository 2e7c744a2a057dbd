"""Suggested moments: detectors that read a transcript and propose codebook moments for a
person to confirm (issue 15). A pure library over plain data: no database, CLI or pages.

- ``types``: the input (``Utterance``, ``Envelope``) and output (``Suggestion``,
  ``DetectionResult``);
- ``adapter``: utterances from transcription segments, roles by overlap;
- ``sentences``, ``phrases``, ``commands``, ``voice``: the rules;
- ``embedding``: the optional MiniLM similarity to the codebook's definitions and examples;
- ``opening``, ``tension``: the opening-move measures and the tension curve;
- ``detect``: runs them all;
- ``scoring``, ``evalset``: one-to-one precision/recall and the labelled evaluation set.
"""

from __future__ import annotations

from .adapter import roles_by_overlap, utterances_from_segments
from .detect import detect, detector_codes
from .types import DetectionResult, Envelope, Suggestion, TimedWord, Utterance

__all__ = [
    "DetectionResult",
    "Envelope",
    "Suggestion",
    "TimedWord",
    "Utterance",
    "detect",
    "detector_codes",
    "roles_by_overlap",
    "utterances_from_segments",
]
