"""Orders counted within one officer sentence, and an order said again (#15).

The codebook counts every directive. The recogniser writes a shouted "Drop it! Drop it!" or
"Turn around, hands behind your back" as one sentence, so the clauses of a sentence are read for
the orders after its first (``joined_in_sentence``) and for the same order given again
(``repeated_in_sentence``); ``is_repeat`` compares two sentences' directives the same way, and
``said_again`` reads an officer saying the order was given before. What one clause means is
``commands``' reading.
"""

from __future__ import annotations

import re

from .commands import (
    _CLAUSE,
    _LEADING,
    _SAID_AGAIN,
    _STANDS_ALONE,
    _STOPWORDS,
    _THANK_YOU_HEARD,
    Directive,
    _clauses,
    _read,
)
from .sentences import Sentence, normalise


def repeated_in_sentence(sentence: Sentence) -> list[tuple[float, Directive]]:
    """Clauses of an officer's sentence that give again the directive an earlier clause of it
    gave ("Drop the blade, drop it", "Get down, get down"), each with the fraction of the
    sentence's words before it.

    The recogniser writes a shouted "Drop it! Drop it!" with commas, as one sentence; the
    codebook counts every directive, and the second telling is a repeated command. Clauses are
    compared by their own words, as ``is_repeat`` compares sentences."""
    said: list[tuple[str, frozenset[str]]] = []
    repeats = []
    for fraction, order, content in _clause_orders(sentence, _CLAUSE):
        if any(_same_order(order.verb, content, verb, earlier) for verb, earlier in said):
            repeats.append((fraction, order))
        said.append((order.verb, content))
    return repeats


#: Clauses of one sentence that may each be an order: after a comma or semicolon (as
#: ``_CLAUSE``) or joined by "and" ("Turn around and put your hands behind your back"), but
#: not "come and", "go and", "try and" (one order: "Come and sit down").
_JOINED = re.compile(
    r"(?:, |; | -- )(?:but |so |and |now |just |please |then )*(?=\w)|"
    r"(?<!\b[Cc]ome)(?<!\b[Gg]o)(?<!\b[Tt]ry),? and (?:then )?(?=\w)"
)


def joined_in_sentence(sentence: Sentence) -> list[tuple[float, Directive]]:
    """Orders after the first in one officer sentence, other than it ("Turn around, hands
    behind your back", "Stay there and keep your hands where I can see them"), each with the
    fraction of the sentence's words before it. The codebook counts every directive; an order
    given again is ``repeated_in_sentence``'s, not this. A clause of one word is not read
    ("Stop, police") unless it opens the sentence with a verb that orders alone."""
    said: list[tuple[str, frozenset[str]]] = []
    joined = []
    for fraction, order, content in _clause_orders(sentence, _JOINED, min_words=2, needs=True):
        if said and said[-1][0] == "this" and order.verb == "turn":
            # Where someone is led: tiny.en writes "this way, to the steps" as "this way,
            # turn the steps" (both times in the machine transcripts of fresh41-fresh49).
            continue
        # A need statement opening the sentence is its first order ("I need you to stay right
        # there and keep your hands where I can see them"): the order after it is joined to
        # it, while the need statement itself is the sentence's own suggestion.
        if (
            said
            and not order.rule.startswith("need")
            and not any(_same_order(order.verb, content, verb, earlier) for verb, earlier in said)
        ):
            joined.append((fraction, Directive(sentence, f"joined.{order.rule}", order.verb)))
        said.append((order.verb, content))
    return joined


def _clause_orders(
    sentence: Sentence, splitter: re.Pattern, min_words: int = 1, needs: bool = False
):
    """Each clause of an officer's statement that reads as an order (a need statement only
    with ``needs``), as (fraction of the sentence's words before it, the order, its content
    words)."""
    if sentence.role != "officer" or sentence.question:
        return
    total = len(sentence.text.split()) or 1
    before = 0
    for number, clause in enumerate(_clauses(splitter, sentence.text)):
        words = _LEADING.sub("", _THANK_YOU_HEARD.sub("", normalise(clause))).split()
        order = _read(sentence, " ".join(words)) if len(words) >= min_words else None
        if order is None and number == 0 and len(words) == 1 and words[0] in _STANDS_ALONE:
            # A one-word order opening the sentence ("Stop, both of you, sit on the bench") is
            # its own, and an order after it is joined to it.
            order = _read(sentence, words[0])
        if order is not None and (needs or not order.rule.startswith("need")):
            yield before / total, order, frozenset(w for w in words if w not in _STOPWORDS)
        before += len(clause.split())


def _same_order(verb: str, content: frozenset, earlier_verb: str, earlier: frozenset) -> bool:
    if not content or not earlier:
        return False
    shared = len(content & earlier) / min(len(content), len(earlier))
    return shared >= 0.75 or (verb == earlier_verb and shared >= 0.5)


def is_repeat(later: Directive, earlier: Directive) -> bool:
    """The same directive said again: same verb and half the content words shared, or three
    quarters of the shorter directive's content words shared."""
    return _same_order(later.verb, later.content, earlier.verb, earlier.content)


def said_again(sentence: Sentence) -> bool:
    """Whether an officer's sentence says its order was given before (``_SAID_AGAIN``)."""
    return bool(_SAID_AGAIN.match(sentence.norm))
