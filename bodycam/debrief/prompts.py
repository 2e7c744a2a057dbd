"""Default discussion prompts for a debrief item, from the codebook entry of its tag.

A code's own ``prompts`` (codebook field) win. Otherwise the prompts below, by code id and then
by polarity, are used: kept here rather than in the shipped codebook so adding them does not
change codebook 1.0.0, which stored tags and agreement statistics are tied to.
"""

from __future__ import annotations

from ..annotate.codebook.model import Code

GENERIC = (
    "What options did the officer have here?",
    "Where could time or distance have been used?",
    "What told you tension was rising?",
)

BY_POLARITY: dict[str, tuple[str, ...]] = {
    "de-escalation": (
        "What did the officer do here that lowered the tension?",
        "How did the person respond, and how soon?",
        "Where else in this encounter could the same move have helped?",
    ),
    "escalation": (
        "What options did the officer have here?",
        "What told you tension was rising?",
        "Where could time or distance have been used?",
    ),
}

BY_CODE: dict[str, tuple[str, ...]] = {
    "tactical_pause": (
        "What did the pause buy the officer?",
        "What told the officer it was safe to slow down?",
    ),
    "creates_distance": (
        "Where could time or distance have been used?",
        "How did the extra space change the person's behaviour?",
    ),
    "gives_time_to_comply": (
        "How long did the officer wait, and was it enough?",
        "What would rushing have risked here?",
    ),
    "names_feelings": (
        "Which words named the feeling, and how did the person react?",
        "What cues showed how the person was feeling?",
    ),
    "offers_choices": (
        "What choices were offered, and were they real choices?",
        "How did offering a choice change the person's stance?",
    ),
    "active_listening": (
        "What showed the person they were being heard?",
        "What did the officer learn by listening?",
    ),
    "closes_distance": (
        "Why was distance closed at this moment?",
        "Where could time or distance have been used?",
        "What else could have been done from where the officer stood?",
    ),
    "shouted_or_repeated_command": (
        "What told you tension was rising?",
        "Was the command understood? What else could have been said?",
    ),
    "threat_of_arrest_or_force": (
        "What options did the officer have here?",
        "What did the threat change, and for whom?",
    ),
    "interrupts_or_dismisses": (
        "What was the person trying to say?",
        "How could the officer have kept control and still listened?",
    ),
    "weapon_drawn_or_pointed": (
        "What did the officer see that led to this?",
        "Where could time, distance or cover have been used?",
    ),
    "civilian_agitated": (
        "What told you tension was rising?",
        "What options did the officer have here?",
    ),
    "officer_recognises_crisis": (
        "What signs of crisis were there, and when did they first show?",
        "What resources could have been called?",
    ),
}


def default_prompts(code: Code | None) -> list[str]:
    """The prompts a new debrief item starts with (the trainer may edit them)."""
    if code is None:
        return list(GENERIC)
    if code.prompts:
        return list(code.prompts)
    return list(BY_CODE.get(code.id) or BY_POLARITY.get(code.polarity) or GENERIC)
