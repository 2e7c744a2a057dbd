"""Officer directives found by grammar: a sentence that starts (after vocatives and fillers)
with a verb in the imperative, or a directive phrased as a need ("I need you to ...").

Offline and transparent: no parser, a lexicon of directive verbs and the exclusions the
codebook names (questions, options, "take your time", "tell me what happened").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import DIRECTIVE_VERBS as _VERBS
from .sentences import Sentence, normalise

#: Words in front of the verb that do not change the mood: "Sir, show me your hands."
_LEADING = re.compile(
    r"^((hey|okay|sir|ma'am|police|sheriff'?s?( office)?|now|just|all right|so|and|yo|buddy|"
    r"man|listen to me|listen|look|officer \w+|i said|again|guys|right now|please|dude|"
    r"come on(?= \w)|i'm telling you|i'm asking you|i told you)\b\s*)+"
)
#: Openings that look imperative but are something else in the codebook.
_NOT_DIRECTIVE = re.compile(
    r"^(take (your|our|a|all the) (time|breath|deep breath|minute|second|moment)|tell me|"
    r"let's|let us|let me (know|explain|ask|help|tell|check|get you)|thank|thanks|have a|"
    r"hold on|come on|go ahead|drive safe|stay safe|get home safe|give (him|her|them) (some )?"
    r"(space|room)|come talk to me|hang on|excuse me|stop right there and listen)"
)
_NEED = re.compile(
    r"\b(?:(?:i|i'm going to|we|we're going to) (?:need|want) you to|(?:i'm|i am) (?:asking|"
    r"telling) you to|you need to|you have to|you've got to|you got to|you must|"
    r"you(?:'d| had)? better|(?:you're|you are) going to (?P<going>step|get|put|turn|sit|stand|"
    r"hand|give|come|keep|stay)) (?P<verb>\w+)"
)
_FRAGMENT = re.compile(
    r"^(hands up|hands where i can see (them|'em)|(let me see|show me) (your|those) hands|"
    r"on the ground|hands behind your back|face down|don't (move|reach|run|touch|do it|"
    r"come)|not another step|back off|back up|(everybody|everyone|all of you) (on the (ground|"
    r"floor)|down|hands up|out|back)|hands? (on|up|behind|out of)|out of the (car|vehicle|house)|"
    r"(down )?on (your|the) (knees|ground|stomach|floor))\b"
)
_QUESTION_START = re.compile(
    r"^(can|could|would|will|do|does|did|are|is|was|were|have|has|what|where|why|how|who|"
    r"which|when|may|should|shall)\b"
)
#: A negative command, also in the second person: "Don't move", "Don't you dare run".
_DONT = re.compile(r"^(don't|do not)( you)?( dare)? (\w+)")
#: A vocative the leading words do not list: a name before a comma ("Marcus, drop it").
_NAME_VOCATIVE = re.compile(r"^[A-Z][a-z]+( [A-Z][a-z]+)?, ")
_CONDITION = re.compile(r"^(if|when|whenever|once|in case)\b")
#: Verbs that are an order on their own, before a comma ("Stop, police!", "Back, back!").
_STANDS_ALONE = frozenset(
    re.findall(
        r"\w+",
        "stop wait freeze move back go run hold listen look come stay relax sit kneel leave drop "
        "stand hurry halt walk down",
    )
)
#: A later clause that is a directive: "I hear you, but put the bottle down."
_CLAUSE = re.compile(r"(?:, |; | -- )(?:but |so |and |now |just |please )*(?=\w)")
#: Words that follow an imperative verb directly: its object or particle.
_OBJECT_NEXT = frozenset(
    re.findall(
        r"[\w']+",
        "it the your that this those these them him her me us down up out away back off over "
        "on in here there yourself everything a an around",
    )
)
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
    found = _read(sentence, _LEADING.sub("", sentence.norm).strip())
    if found is None and _NAME_VOCATIVE.match(sentence.text):
        # "Marcus, drop it": the name is the vocative, the verb after it the directive's.
        found = _read(sentence, normalise(_NAME_VOCATIVE.sub("", sentence.text, count=1)))
    if found is None:
        found = _later_clause(sentence)
    if (
        found is not None
        and found.rule == "imperative"
        and found.verb not in _STANDS_ALONE
        and re.match(rf"(?i)^\W*{re.escape(found.verb)},", sentence.text)
    ):
        # "Release, can you get ...": a verb that needs an object, cut off by a comma, is a
        # word the recogniser heard, not an order.
        return None
    return found


def _later_clause(sentence: Sentence) -> Directive | None:
    """A directive verb opening a clause after a comma, with its object or particle next:
    "Okay, I hear you, but put the bottle down." A clause that is itself a question, an
    excluded opening or a verb without an object is not read."""
    if _CONDITION.match(sentence.norm):
        return None  # "If you see him, give us a call": advice, not an order
    for clause in _CLAUSE.split(sentence.text)[1:]:
        words = normalise(clause).split()
        if len(words) >= 2 and words[0] in _VERBS and words[1] in _OBJECT_NEXT:
            found = _read(sentence, " ".join(words))
            if found is not None:
                return Directive(sentence, "clause_imperative", found.verb)
    return None


def _read(sentence: Sentence, text: str) -> Directive | None:
    if not text or _QUESTION_START.match(text) or _NOT_DIRECTIVE.match(text):
        return None
    fragment = _FRAGMENT.match(text)
    if fragment:
        return Directive(sentence, "fragment", fragment.group(1).split()[0])
    dont = _DONT.match(text)
    if dont:
        if dont.group(4) in ("worry", "be", "know", "have", "mind", "hesitate", "think"):
            return None
        return Directive(sentence, "negative_imperative", dont.group(4))
    first = text.split()[0]
    if first in _VERBS:
        if first == "let" and not text.startswith("let me see"):
            return None
        return Directive(sentence, "imperative", first)
    need = _NEED.search(text)
    if need:
        return Directive(sentence, "need_statement", need.group("going") or need.group("verb"))
    return None


def repeated_in_sentence(sentence: Sentence) -> list[tuple[float, Directive]]:
    """Clauses of an officer's sentence that give again the directive an earlier clause of it
    gave ("Drop the blade, drop it", "Get down, get down"), each with the fraction of the
    sentence's words before it.

    The recogniser writes a shouted "Drop it! Drop it!" with commas, as one sentence; the
    codebook counts every directive, and the second telling is a repeated command. Clauses are
    compared by their own words, as ``is_repeat`` compares sentences."""
    if sentence.role != "officer" or sentence.question:
        return []
    total = len(sentence.text.split()) or 1
    said: list[tuple[str, frozenset[str]]] = []
    repeats, before = [], 0
    for clause in _CLAUSE.split(sentence.text):
        words = _LEADING.sub("", normalise(clause)).split()
        order = _read(sentence, " ".join(words)) if words else None
        if order is not None and order.rule != "need_statement":
            content = frozenset(w for w in words if w not in _STOPWORDS)
            if any(_same_order(order.verb, content, verb, earlier) for verb, earlier in said):
                repeats.append((before / total, order))
            said.append((order.verb, content))
        before += len(clause.split())
    return repeats


def _same_order(verb: str, content: frozenset, earlier_verb: str, earlier: frozenset) -> bool:
    if not content or not earlier:
        return False
    shared = len(content & earlier) / min(len(content), len(earlier))
    return shared >= 0.75 or (verb == earlier_verb and shared >= 0.5)


def is_repeat(later: Directive, earlier: Directive) -> bool:
    """The same directive said again: same verb and half the content words shared, or three
    quarters of the shorter directive's content words shared."""
    a, b = later.content, earlier.content
    if not a or not b:
        return False
    shared = len(a & b) / min(len(a), len(b))
    return shared >= 0.75 or (later.verb == earlier.verb and shared >= 0.5)
