"""Separating the parties, read across an officer's turn (#15).

An officer who parts two people does it by sending each somewhere, one sentence each: "Ma'am,
would you step over to your truck with me? Sir, stay right here by the road." "Miss Pearline,
walk round by the ice house with me. Dwayne, stay by your cooler, please." Or by sending one
away and keeping the other: "Kelly, wait down by the truck, please. I've got him." No sentence
alone says it (each is an order to go somewhere), so the phrase rules missed them: 14 of the 21
``separates_parties`` moments of fresh35-40 on the script text.

A *placement* is a clause that opens with the person addressed (a name, "sir", "ma'am", "you",
"and you, sir") and an order to be somewhere ("wait", "stay", "sit", "stand", "come", "step",
"walk", "go", "move") followed by a place ("by your gate", "with me", "over there", "right
here"). Clauses, not sentences: the recogniser joins the two orders with a comma, or writes no
comma after the name at all ("Sir come over in the shade ... Joseph wait up at the hall").
Within one officer turn (sentences of one label, no one else between, ``TURN_GAP`` apart at
most), two placements of two different people, or one placement and the officer taking the
other on ("I've got him", "I'll deal with him", "let me have a word with her first"), are one
``separates_parties`` moment from the first placement to the end of the second sentence.
Detector ``grammar:separates_parties.sent_apart``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .sentences import Sentence, normalise

#: Seconds between two sentences of one label that still make one turn.
TURN_GAP = 3.0
#: Words that open a clause but address nobody.
_NOT_ADDRESSED = frozenset(
    {
        "i", "we", "he", "she", "it", "they", "there", "that", "this", "what", "then", "so",
        "but", "if", "when", "once", "just", "please", "now", "okay", "ok", "right", "well",
        "course", "let", "let's", "nobody", "everybody", "everyone", "someone", "one",
        "the", "a", "your", "my", "his", "her", "their", "our", "or", "no", "yes", "yeah",
        "thanks", "thank", "hello", "hi", "hey", "look", "listen", "here", "sorry", "good",
        "great", "alright", "all", "both", "officer", "police", "don't", "do", "i'll", "i'm",
        "we'll", "we're", "you'll", "you're", "it's", "that's", "there's", "he's", "she's",
        "they're", "would", "will", "can", "could",
    }
)  # fmt: skip
_TITLES = r"sir|ma'am|madam|miss|mister|mate|love|son|lads|ladies|guys|folks|gentlemen"
_TITLE_WORDS = frozenset(_TITLES.split("|"))
_MODALS = frozenset({"would", "will", "can", "could"})
_FILLERS = frozenset({"please", "okay", "ok", "right", "thanks", "thank you", "now", "then"})
#: Who is addressed, before an order to be somewhere: a title or a name (a capitalised word)
#: with a title or a name after ("Miss Pearline", "Nimal aiya", "And you, sir"), or "you"
#: ("would you wait ...", "you stay ..."), or nobody named (a bare "Come and sit ...").
_ADDRESSEE = re.compile(
    r"^(?:and )?(?:(?!(?:wait|stay|sit|stand|come|step|walk|go|move|hop|please|just)\b)"
    rf"(?P<who>you|{_TITLES}|[a-z][a-z']*)(?: (?:{_TITLES}|[a-z][a-z']*))? )?"
    r"(?:please )?(?P<you>(?:would|will|can|could) you |you )?(?:just |please )?"
    r"(?:go (?:and |on and )?|come and )?"
    r"(?P<verb>wait|stay|sit|stand|come|step|walk|go|move|hop)\b(?P<rest>.*)$"
)
#: Where the order sends them.
_PLACE = re.compile(
    r"\b(?:by|at|in|into|over|on|up|down|round|around|across|near|beside|behind|inside|"
    r"outside|with me|here|there|to (?:your|the|my))\b"
)
#: The officer taking the other party on.
_OWN = re.compile(
    r"^(?:(?:okay|right|and) )?(?:i've got (?:him|her|them|this)|i'll (?:deal with|talk to|speak "
    r"to|get to|sort out|look after) (?:him|her|them|you)|let me (?:have|get) a (?:word|chat|"
    r"minute) with (?:him|her|them))\b"
)
_CLAUSE = re.compile(r"[,;]\s+|(?<=[.!?])\s+")


def _events(sentence: Sentence) -> Iterator[str]:
    """What each clause of ``sentence`` does toward a separation, in order: who a placement
    addresses (their first word in lower case, ``"you"``, or ``"?"`` for a bare order), or
    ``""`` for the officer taking the other party on."""
    # "please", "okay", "thanks" between commas belong to no one's clause.
    clauses = [c for c in _CLAUSE.split(sentence.text.strip()) if normalise(c) not in _FILLERS]
    number = 0
    while number < len(clauses):
        clause, text = clauses[number], normalise(clauses[number])
        number += 1
        if _OWN.match(text):
            yield ""
            continue
        # A name or title set off by a comma is the next clause's addressee: "Dwayne, stay by
        # your cooler" is read as one clause, "Kirsty, you stay by your car" as one person.
        if 0 < len(text.split()) <= 2 and number < len(clauses):
            text = f"{text} {normalise(clauses[number])}"
            number += 1
        found = _ADDRESSEE.match(text)
        if found is None or not _PLACE.search(found.group("rest")):
            continue
        who = found.group("who")
        if who is None or who in _NOT_ADDRESSED or who == found.group("verb"):
            # "Would you wait by your gate", "Come and sit with me": the listener, unnamed.
            if who is None or who in _MODALS:
                yield "you" if found.group("you") or who in _MODALS else "?"
            continue
        if who == "you" or who in _TITLE_WORDS or _capitalised(clause, who):
            yield who


def _capitalised(clause: str, word: str) -> bool:
    """``word`` is written with a capital in ``clause``: a name, not a common word."""
    return any(w.strip(",.!?;:").lower() == word and w[:1].isupper() for w in clause.split())


def _turns(sentences: list[Sentence]) -> Iterator[list[Sentence]]:
    """The officer turns: runs of one label's officer sentences, no one else between."""
    run: list[Sentence] = []
    for sentence in sentences:
        if (
            run
            and sentence.speaker == run[-1].speaker
            and sentence.role == "officer"
            and sentence.start - run[-1].end <= TURN_GAP
        ):
            run.append(sentence)
            continue
        if run:
            yield run
        run = [sentence] if sentence.role == "officer" else []
    if run:
        yield run


def _parted(turn: list[Sentence]) -> tuple[Sentence, Sentence, str] | None:
    """The first separation in one officer turn, or None."""
    first, sent = None, ""
    for sentence in turn:
        for who in _events(sentence):
            if who and first is None:
                first, sent = sentence, who
            elif who and who != sent:
                return first, sentence, f"sent apart: {sent}, {who}"
            elif not who and first is not None:
                return first, sentence, f"sent {sent} away and kept the other"
    return None


def parties_sent_apart(sentences: list[Sentence]) -> list[tuple[Sentence, Sentence, str]]:
    """``(first, last, how)`` per officer turn that parts two people: the sentence of the first
    placement, the sentence that completes the separation, and what was read."""
    return [found for turn in _turns(sentences) if (found := _parted(turn)) is not None]
