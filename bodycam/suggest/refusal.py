"""A civilian's refusal to the officer's face is agitation too (#15, session 9).

Coders tag a verbal refusal ("I'm not going anywhere!", "Don't touch me!") as resistance and,
on the same line, as agitation: 43 of the 56 refusals of the labelled lines carry both. On the
script the agitation comes from the "!" or the raised voice; the recogniser never writes "!"
and the diarizer's labels break the loudness baseline, so on the machine transcript the
refusal is found and the agitation lost. A civilian sentence a rule reads as a verbal refusal
(``resistance_2_verbal``) with no agitation of its own is proposed as ``civilian_agitated``
(detector ``rule:civilian_agitated.refusal``), at a lower score than the delivery readings.
"""

from __future__ import annotations

from dataclasses import replace

from .sentences import Sentence
from .types import Suggestion

SCORE = 0.5


def refusal_agitation(
    sentences: list[Sentence], found: list[Suggestion], active: set[str]
) -> list[Suggestion]:
    """``civilian_agitated`` for each civilian sentence with a refusal and no agitation."""
    if "civilian_agitated" not in active:
        return []
    civilian = {(s.start, s.speaker) for s in sentences if s.role == "civilian"}
    agitated = {(s.start, s.speaker) for s in found if s.code_id == "civilian_agitated"}
    return [
        replace(
            suggestion,
            code_id="civilian_agitated",
            score=SCORE,
            detector="rule:civilian_agitated.refusal",
            evidence=f"{suggestion.evidence} [a refusal to the officer's face]",
        )
        for suggestion in found
        if suggestion.code_id == "resistance_2_verbal"
        and (suggestion.start, suggestion.speaker) in civilian
        and (suggestion.start, suggestion.speaker) not in agitated
    ]
