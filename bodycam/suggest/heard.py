"""A word the recogniser was unsure of, read as the key word it nearly is (#15, session 9).

On synthetic speech the recogniser mishears the one word a rule keys on and gets the rest:
"But the model on the hood of the car" for "Put the bottle on the hood of the car", "I'm going
to pet you down" for "pat you down", "this shot the fell up" for "shut the hell up". The word it
got wrong is usually one it gave a low probability ("But" 0.09).

So each sentence gets **alternative readings**: one word at a time whose probability is under
``LOW_PROBABILITY`` is replaced by a word the rules key on (``key_words``) that differs from
it in one letter, changed for a near sound (``near_sound``: a vowel for a vowel, "b" for
"p"). A rule that matches an alternative but not the sentence as written proposes its code,
with ``.heard`` after its detector's name and the replaced word, its probability and the word
read in its evidence.
Only single replacements are tried, only words of at least ``MIN_LETTERS`` letters in
sentences of at least ``MIN_WORDS`` words (a word alone has nothing to confirm it), and only
where the reading adds a code the sentence did not already have: the written words always win.

One reading is of a phrase, not an unsure word: tiny.en writes "Thank you," at the start of a
segment as "And you," (``thanks_heard``, session 37).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from .sentences import Sentence, normalise
from .types import Utterance

#: Under this probability a word is one the recogniser was unsure of. Whisper gives most
#: correctly heard words 0.85 or more; the misheard key words of the evaluation set lie under it.
LOW_PROBABILITY = 0.7
#: Shorter words are never replaced: too many words of two letters lie one edit apart.
MIN_LETTERS = 3
MIN_WORDS = 3
#: A negation is never read into a sentence: one misheard letter would flip what was said ("I
#: want to talk" is no "I won't").
_NEGATION = re.compile(r"n't$|^(not|no|never|nobody|nothing|none|nor)$")
#: Nor a swear or a name to call someone: an unsure "shut" or "shot" is no "shit" (both were,
#: in the evaluation set's machine transcripts, and made a calm line agitated).
_NEVER_READ_IN = frozenset(
    re.findall(
        r"[\w']+",
        "fuck fucking shit damn hell ass asshole bitch bullshit goddamn crap piss dick idiot "
        "moron stupid dumb dumbass psycho loser clown pig punk jerk bum scumbag lowlife creep "
        "brat thug liar",
    )
)
#: "Thank you," as tiny.en writes it at the start of a segment: "And you, this happens to kids
#: every week." for "Thank you. This happens to kids every week." Only with the comma ("And you
#: can let him know after work" is what it says), only opening an officer's utterance (after
#: another sentence it addresses a second person: "Sir, stay at your car, please. And you, come
#: and stand with me"; and a civilian's "And you, old man, block me in again" is no thanks). Of
#: the 8 officer utterances of the evaluation set's machine transcripts (dev to fresh34) that
#: open so, 7 said "Thank you". Its "And" is not always unsure, so this is read whatever the
#: word probabilities (``thanks_heard``).
_THANKS_HEARD = re.compile(r"^And you,(?=\s)")
#: Terms of address: read only at a clause's edge (``alternatives``).
_ADDRESS = frozenset({"sir", "ma'am", "madam", "miss"})
_TOKEN = re.compile(r"^(\W*)([\w']+)(\W*)$")
#: Regular-expression syntax that would otherwise read as letters of a word.
_ESCAPES = re.compile(r"\\[a-zA-Z]|\(\?[=!<:]+|\{\d+(,\d*)?\}")


def key_words(patterns: Iterable[str]) -> frozenset[str]:
    """The words spelled out in ``patterns`` (regular expressions over normalised text): what
    the rules can match. A word cut inside a group ("frustrat(ed|ing)") gives its parts, which
    only ever add candidates no rule then matches."""
    found: set[str] = set()
    for pattern in patterns:
        found.update(re.findall(r"[a-z']+", _ESCAPES.sub(" ", pattern)))
    return frozenset(
        w
        for w in found
        if len(w) >= MIN_LETTERS
        and w.strip("'") == w
        and not _NEGATION.search(w)
        and w not in _NEVER_READ_IN
    )


#: Letters that stand for sounds a recogniser confuses with each other: the vowels, a voiced
#: consonant with its voiceless twin ("but" / "put", "model" / "bottle"), the nasals, the
#: liquids. A letter changed within one group is a near sound; across groups it is another word.
_SOUND_GROUPS = ("aeiouy", "bp", "dt", "gkc", "fv", "sz", "mn", "lr")
_GROUP = {letter: n for n, group in enumerate(_SOUND_GROUPS) for letter in group}


#: An "r" after a vowel and not before one is not sounded in many accents ("sir" sounds like
#: "sa", "officer" like "office"), and the apostrophe is not sounded at all ("ma'am").
_SILENT = re.compile(r"(?<=[aeiouy])r(?![aeiouy])|'")
#: A letter written twice is sounded once: "ma'am" is said "mam", which the recogniser writes
#: "man" (an "m" for an "n", both nasals) when it is unsure of it.
_DOUBLED = re.compile(r"(\w)\1")


@lru_cache(maxsize=8192)
def _sounded(word: str) -> str:
    # Cached: every unsure word is compared with every key word the rules know.
    return _DOUBLED.sub(r"\1", _SILENT.sub("", word))


def near_sound(a: str, b: str) -> bool:
    """``a`` and ``b``, spelled as sounded (``_SILENT`` letters dropped, ``_DOUBLED`` ones once),
    are the same or the same length and differ in one letter, changed for one of a near sound
    (``_SOUND_GROUPS``)."""
    if a == b:
        return False
    a, b = _sounded(a), _sounded(b)
    if a == b:
        return True
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and _GROUP.get(diff[0][0], -1) == _GROUP.get(diff[0][1], -2)


@lru_cache(maxsize=4096)
def _near(word: str, keys: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(k for k in keys if near_sound(word, k)))


def sentence_words(sentence: Sentence, utterances: Sequence[Utterance]) -> list:
    """The timed words of ``sentence``: its speaker's words within its span, or [] when they
    do not add up to the sentence's text (a sentence without word times)."""
    words = [
        word
        for utterance in utterances
        if utterance.speaker == sentence.speaker
        and utterance.start <= sentence.end
        and utterance.end >= sentence.start
        for word in utterance.words
        if word.start >= sentence.start - 0.005 and word.end <= sentence.end + 0.005
    ]
    return words if len(words) == len(sentence.text.split()) else []


def alternatives(
    sentence: Sentence, utterances: Sequence[Utterance], keys: frozenset[str]
) -> list[Sentence]:
    """``sentence`` read with one unsure word replaced by a key word one edit from it, for
    every such word and key word, and with "Thank you," read in for a leading "And you,"
    (``thanks_heard``); ``Sentence.heard`` says which."""
    found = thanks_heard(sentence, utterances)
    words = sentence_words(sentence, utterances)
    if len(words) < MIN_WORDS:
        return found
    tokens = sentence.text.split()
    for n, word in enumerate(words):
        if word.probability >= LOW_PROBABILITY:
            continue
        match = _TOKEN.match(tokens[n])
        if not match:
            continue
        lead, said, trail = match.groups()
        if len(said) < MIN_LETTERS - 1:
            continue
        # A term of address stands at a clause's edge ("So, I hear you" for "Sir, ..."), never
        # inside one ("you feel so sick").
        edge = n == 0 or bool(trail) or bool(re.search(r"[,.;:!?]$", tokens[n - 1]))
        for key in _near(said.lower(), keys):
            if key in _ADDRESS and not edge:
                continue
            note = f'"{said}" (probability {word.probability:.2f}) heard as "{key}"'
            text = f"{lead}{_cased(key, said)}{trail}"
            found.append(_reading(sentence, tokens, n, n + 1, text, note, key))
    # A word the recogniser cut in two ("which ever" for "whichever"), one half unsure.
    for n in range(len(words) - 1):
        first, second = _TOKEN.match(tokens[n]), _TOKEN.match(tokens[n + 1])
        if not (first and second) or first.group(3) or second.group(1):
            continue
        if min(words[n].probability, words[n + 1].probability) >= LOW_PROBABILITY:
            continue
        joined = (first.group(2) + second.group(2)).lower()
        if joined in keys:
            note = f'"{first.group(2)} {second.group(2)}" heard as "{joined}"'
            text = f"{first.group(1)}{_cased(joined, first.group(2))}{second.group(3)}"
            found.append(_reading(sentence, tokens, n, n + 2, text, note, joined))
    return found


def thanks_heard(sentence: Sentence, utterances: Sequence[Utterance]) -> list[Sentence]:
    """``sentence`` with "Thank you," read in for the "And you," that opens it and its officer's
    utterance (``_THANKS_HEARD``), or nothing."""
    if sentence.role != "officer" or not _THANKS_HEARD.match(sentence.text.strip()):
        return []
    if not 0 <= sentence.utterance < len(utterances) or not _THANKS_HEARD.match(
        utterances[sentence.utterance].text.strip()
    ):
        return []
    tokens = sentence.text.strip().split()
    note = '"And you," heard as "Thank you,"'
    return [_reading(sentence, tokens, 0, 2, "Thank you,", note, "thank")]


def _cased(key: str, said: str) -> str:
    return key.capitalize() if said[:1].isupper() else key


def _reading(
    sentence: Sentence, tokens: list[str], a: int, b: int, text: str, note: str, key: str
) -> Sentence:
    text = " ".join([*tokens[:a], text, *tokens[b:]])
    return replace(sentence, text=text, norm=normalise(text), heard=note, heard_as=key)
