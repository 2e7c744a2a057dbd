"""The opening-move measures of Rho et al. (2023), by a deliberately simple rule.

Kept in this one function so that the full detectors being built in ``bodycam/suggest/`` can
replace it: ``opening_move(officer_utterances)`` -> (starts with a command, reason given in the
first 45 words), each None when the officer says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

FIRST_WORDS = 45
# Imperative verbs officers open with; "please" is skipped so "Please step out" counts.
COMMAND_VERBS = {
    "stop", "step", "get", "put", "show", "hand", "give", "turn", "keep", "stay", "sit", "stand",
    "come", "move", "go", "drop", "hold", "wait", "let", "back", "shut", "open", "roll", "face",
    "place", "lie", "don't", "do", "listen", "calm", "relax", "freeze", "walk", "exit", "pull",
}  # fmt: skip
REASON_PHRASES = (
    "the reason", "reason i", "reason we", "because", "pulled you over", "stopped you",
    "stopping you", "we got a call", "we received a call", "got a call", "call about",
    "we're here", "we are here", "i'm here", "i am here", "here because", "you were speeding",
    "you ran", "your license plate", "complaint about", "report of", "reported",
)  # fmt: skip
WORD = re.compile(r"[a-z']+")


def opening_move(officer_utterances: Sequence[str]) -> tuple[bool | None, bool | None]:
    """Whether the officer's first utterance is a command, and whether a reason for contact is
    given within the officer's first 45 words."""
    if not officer_utterances:
        return None, None
    first = [w for w in WORD.findall(officer_utterances[0].lower()) if w != "please"]
    command = bool(first) and first[0] in COMMAND_VERBS
    words: list[str] = []
    for utterance in officer_utterances:
        words += WORD.findall(utterance.lower())
        if len(words) >= FIRST_WORDS:
            break
    opening = " ".join(words[:FIRST_WORDS])
    return command, any(phrase in opening for phrase in REASON_PHRASES)
