"""Officer directives found by grammar: a sentence that starts (after vocatives and fillers)
with a verb in the imperative, or a directive phrased as a need ("I need you to ...").

Offline and transparent: no parser, a lexicon of directive verbs and the exclusions the
codebook names (questions, options, "take your time", "tell me what happened").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import DIRECTIVE_VERBS as _VERBS
from .sentences import Sentence

#: Words in front of the verb that do not change the mood: "Sir, show me your hands."
_LEADING = re.compile(
    r"^((hey|okay|sir|ma'am|police|sheriff'?s?( office)?|now|just|all right|so|and|yo|buddy|"
    r"man|listen to me|listen|look|officer \w+|i said|again|guys|right now|please|dude)\b\s*)+"
)
#: Openings that look imperative but are something else in the codebook.
_NOT_DIRECTIVE = re.compile(
    r"^(take (your|our|a|all the) (time|breath|deep breath|minute|second|moment)|tell me|"
    r"let's|let us|let me (know|explain|ask|help|tell|check|get you)|thank|thanks|have a|"
    r"hold on|come on|go ahead|drive safe|stay safe|get home safe|give (him|her|them) (some )?"
    r"(space|room)|come talk to me|hang on|excuse me|stop right there and listen)"
)
_NEED = re.compile(
    r"\b(i need you to|you need to|you have to|you've got to|you got to|i want you to|"
    r"(you're|you are) going to (step|get|put|turn|sit|stand|hand|give|come|keep|stay)) "
    r"(\w+)"
)
_FRAGMENT = re.compile(
    r"^(hands up|hands where i can see (them|'em)|(let me see|show me) (your|those) hands|"
    r"on the ground|hands behind your back|face down|don't (move|reach|run|touch|do it|"
    r"come)|not another step|back off|back up)\b"
)
_QUESTION_START = re.compile(
    r"^(can|could|would|will|do|does|did|are|is|was|were|have|has|what|where|why|how|who|"
    r"which|when|may|should|shall)\b"
)
_DONT = re.compile(r"^(don't|do not) (\w+)")
_STOPWORDS = frozenset(
    re.findall(
        r"[\w']+",
        "the a an your my to of now right please sir ma'am and i said again okay hey just",
    )
)


@dataclass(frozen=True)
class Directive:
    """An officer sentence read as a directive, with the rule that matched it."""

    sentence: Sentence
    rule: str
    verb: str

    @property
    def content(self) -> frozenset[str]:
        return frozenset(w for w in self.sentence.norm.split() if w not in _STOPWORDS)


def directive(sentence: Sentence) -> Directive | None:
    """Read ``sentence`` as an officer directive, or return None.

    A question ("Can you show me your ID?") is never a directive, whatever its verb.
    """
    if sentence.role != "officer" or sentence.question:
        return None
    text = _LEADING.sub("", sentence.norm).strip()
    if not text or _QUESTION_START.match(text) or _NOT_DIRECTIVE.match(text):
        return None
    fragment = _FRAGMENT.match(text)
    if fragment:
        return Directive(sentence, "fragment", fragment.group(1).split()[0])
    dont = _DONT.match(text)
    if dont:
        if dont.group(2) in ("worry", "be", "know", "have"):
            return None
        return Directive(sentence, "negative_imperative", dont.group(2))
    first = text.split()[0]
    if first in _VERBS:
        if first == "let" and not text.startswith("let me see"):
            return None
        return Directive(sentence, "imperative", first)
    need = _NEED.search(text)
    if need:
        return Directive(sentence, "need_statement", need.group(3) or need.group(4))
    return None


def is_repeat(later: Directive, earlier: Directive) -> bool:
    """The same directive said again: same verb and half the content words shared, or three
    quarters of the shorter directive's content words shared."""
    a, b = later.content, earlier.content
    if not a or not b:
        return False
    shared = len(a & b) / min(len(a), len(b))
    return shared >= 0.75 or (later.verb == earlier.verb and shared >= 0.5)
