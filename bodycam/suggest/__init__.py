"""Suggested moments: detectors that read a transcript and propose codebook moments for a
person to confirm (issue 15). A pure library over plain data: no database, CLI or pages.

- ``types``: the input (``Utterance``, ``Envelope``) and output (``Suggestion``,
  ``DetectionResult``);
- ``adapter``: utterances from transcription segments, roles by overlap;
- ``sentences``, ``phrases``, ``commands``, ``sentence_orders``, ``voice``: the rules;
- ``embedding``: the optional MiniLM similarity to the codebook's definitions and examples;
- ``opening``, ``tension``: the opening-move measures and the tension curve;
- ``detection``: runs them all (``detect``);
- ``scoring``, ``evalset``: one-to-one precision/recall and the labelled evaluation set.

The names below load on first use: the suggest stage registers itself from this package on
every ``bodycam`` command, and the detectors' rules (NumPy, the codebook, compiled patterns)
cost about half a second that ``bodycam list`` or ``--help`` should not pay.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .adapter import roles_by_overlap, utterances_from_segments
    from .detection import detect, detector_codes
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

# Each name's module. The detectors live in ``detection``, not ``detect``: importing a submodule
# sets the package attribute of its name, which would hide the ``detect`` function.
_MODULE_OF = {
    "roles_by_overlap": ".adapter",
    "utterances_from_segments": ".adapter",
    "detect": ".detection",
    "detector_codes": ".detection",
    **dict.fromkeys(
        ("DetectionResult", "Envelope", "Suggestion", "TimedWord", "Utterance"), ".types"
    ),
}


def __getattr__(name: str):
    if name in _MODULE_OF:
        value = getattr(importlib.import_module(_MODULE_OF[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
