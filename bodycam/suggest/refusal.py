"""A civilian's refusal to the officer's face is agitation too (#15, session 9).

Coders tag a verbal refusal ("I'm not going anywhere!", "Don't touch me!") as resistance and,
on the same line, as agitation: 43 of the 56 refusals of the labelled lines carry both. On the
script the agitation comes from the "!" or the raised voice; the recogniser never writes "!"
and the diarizer's labels break the loudness baseline, so on the machine transcript the
refusal is found and the agitation lost. In a civilian's turn (their sentences with no other
speaker's between) that nothing else calls agitated, the first sentence a rule reads as a
verbal refusal (``resistance_2_verbal``) is proposed as ``civilian_agitated`` too (detector
``rule:civilian_agitated.refusal``). Not on a sentence ``roles`` moved to the civilian from
another label: one guess (whose words they are) is enough to stand on.
"""

from __future__ import annotations

from dataclasses import replace

from .sentences import Sentence
from .types import Suggestion

SCORE = 0.5


def refusal_agitation(
    sentences: list[Sentence], found: list[Suggestion], active: set[str]
) -> list[Suggestion]:
    """``civilian_agitated`` for the first refusal of each civilian turn with no agitation."""
    if "civilian_agitated" not in active:
        return []
    turn_of, turn, last = {}, 0, None
    for sentence in sentences:
        turn += (sentence.speaker, sentence.role) != last
        turn_of[(sentence.start, sentence.speaker)], last = turn, (sentence.speaker, sentence.role)
    plain = {(s.start, s.speaker) for s in sentences if s.role == "civilian" and not s.role_note}
    taken = {turn_of.get((s.start, s.speaker)) for s in found if s.code_id == "civilian_agitated"}
    added = []
    for suggestion in sorted(found, key=lambda s: s.start):
        where = (suggestion.start, suggestion.speaker)
        if suggestion.code_id != "resistance_2_verbal" or where not in plain:
            continue
        if turn_of[where] in taken:
            continue
        taken.add(turn_of[where])
        added.append(
            replace(
                suggestion,
                code_id="civilian_agitated",
                score=SCORE,
                detector="rule:civilian_agitated.refusal",
                evidence=f"{suggestion.evidence} [a refusal to the officer's face]",
            )
        )
    return added
