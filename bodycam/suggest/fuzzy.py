"""Spellings the recogniser gets slightly wrong, mapped back before the rules read a sentence.

These kinds, all chosen to be safe (a wrong mapping would put words in someone's mouth):

- **Written forms**: contractions without their apostrophe ("dont", "youre"), and the
  homophone "your" where only "you're" fits the grammar (before a participle or "not":
  "your going to jail", "your not in trouble"; before a feeling that ends the clause: "your
  worried you'll miss it").
- **"EMS"** written as "a mess" after the radio's "start" ("starting a mess").
- **"Tased"**, a word rare in the recogniser's language model, written as the common word
  that sounds like it after a verb of undergoing ("you're getting taste").
- **"Engine off"** written as "ending off" (three times in the evaluation set's machine
  transcripts, every time an order to a driver), unless a thing to end follows.
- **"Let go of"** written as "let's go on" or "let's go of" before what is held ("Let's go on
  the umbrella, both of you"): all five times in the machine transcripts of fresh41-fresh49,
  where no script line says "let's go on".
- **"Badge number"** written as "match number", "lunch number" or "batch number" after "your"
  (all four times in the machine transcripts of fresh41-fresh49, each a civilian asking for it).
- **"I arrest you"** written as "I rest you" (all four times in the machine transcripts of
  fresh41-fresh49), only before a person or at the sentence's end ("... or I rest"), never "I
  rest my case".
- **"Called us about a"** written as "called us an outer" (all four times in the machine
  transcripts of fresh41-fresh50, each an officer saying who called the police: "the lift
  operator called us an outer fight"), only after a verb of calling.
- **Near misses of key words**: a word of at least 6 letters one edit (a letter changed, added,
  dropped or two swapped) from a word the rules key on (arrest, paramedics, supervisor,
  frustrated, ...), with the same first letter, is read as that word: "arested", "paramedcs",
  "frustated". Short words are never changed (too many real words lie one edit apart), nor a
  word that is itself a key word.
"""

from __future__ import annotations

import re

#: Contractions the recogniser sometimes writes without the apostrophe. Only forms that are
#: not English words themselves ("cant", "wont" and "ill" are, so they stay).
_APOSTROPHE = {
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "youre": "you're",
    "youll": "you'll",
    "youve": "you've",
    "theyre": "they're",
    "im": "i'm",
    "ive": "i've",
    "thats": "that's",
    "whats": "what's",
    "lets": "let's",
}
_HOMOPHONE = re.compile(
    r"\byour (?=(going|not|under|being|okay|doing|getting|coming|welcome|all right)\b|"
    # ... and before a feeling that ends the clause or takes one ("your worried you'll miss
    # it", "your scared of him"), not one that qualifies a noun ("your nervous system").
    r"(worried|scared|afraid|upset|angry|frustrated|frightened|confused|nervous)"
    r"( (about|of|that|you|i|he|she|they|we|because|and|so|too|right|now|for|with|at)\b|$))"
)
#: Key words of the rules long enough to correct safely (see the module docstring).
KEY_WORDS = frozenset(
    re.findall(
        r"\w+",
        "arrest arrested arresting handcuffs handcuff custody paramedics paramedic ambulance "
        "supervisor sergeant interpreter translator counselor counsellor clinician "
        "frustrated frightened overwhelmed exhausted stressed confused nervous anxious "
        "worried scared afraid upset medication medications suicide suicidal depressed "
        "seizure overdose diabetic bleeding insulin inhaler "
        "detained citation ticket interlock "
        "harassing harassment lawyer understand situation sister daughter",
    )
)
_MIN_LENGTH = 6
#: "Tased" is rare in the recogniser's language model, which writes the common word that
#: sounds like it: "you're getting taste". Only after a verb of undergoing, and never in "a
#: taste of".
_TASED = re.compile(r"\b(get|getting|gets|got|be|been) (taste|tasted|tazed)\b(?! of)")
#: "Start EMS" on the radio, an initialism the recogniser writes as the words it sounds like:
#: "starting a mess" (twice in the evaluation set's machine transcripts). Only after the radio's
#: verbs for sending a unit (start, send, roll), so "the kitchen's a mess" stays a mess.
_EMS = re.compile(r"\b(start|starting|send|sending|roll|rolling) (a mess|e m s|an m s)\b")

#: "Engine off" as tiny.en writes it: "Ending off, I won't ask again." Never before what one
#: ends a thing with or on ("ending off the night with a pint").
_ENGINE = re.compile(r"\bending off\b(?! (the|a|an|my|your|our|his|her|their|this|that|with|on)\b)")

#: "Let go of it" as tiny.en writes it (see the module docstring): only before what a hand holds,
#: never before a ride ("let's go on the bus").
_LET_GO = re.compile(
    r"\blet's go (on|of) (?=(it|him|her|them|his|my|your|their|that|this|the|those|these)\b)"
    r"(?!the (bus|train|tram|ferry|boat|plane|ride|record|radio)\b)"
)

#: "Your badge number" as tiny.en writes it (see the module docstring).
_BADGE = re.compile(r"\byour (match|lunch|batch) number\b")

#: "I arrest you" as tiny.en writes it (see the module docstring).
_ARREST = re.compile(r"\b(i|we|i'll|we'll) rest(?= (you|him|her|them)\b|$)")


#: "Called us about a" as tiny.en writes it (see the module docstring).
_CALLED_ABOUT = re.compile(r"\b(called|rang|rung|phoned|radioed)( us| in| me)? an outer\b")


def canonical(norm: str) -> str:
    """``norm`` (``sentences.normalise`` output) with the recogniser's near misses mapped to
    the words the rules know."""
    words = [_APOSTROPHE.get(word, word) for word in norm.split()]
    words = [_key_word(word) for word in words]
    text = _TASED.sub(r"\1 tased", _HOMOPHONE.sub("you're ", " ".join(words)))
    text = _ENGINE.sub("engine off", _EMS.sub(r"\1 ems", text))
    text = _BADGE.sub("your badge number", _LET_GO.sub("let go of ", text))
    text = _CALLED_ABOUT.sub(r"\1\2 about a", text)
    return _ARREST.sub(r"\1 arrest", text)


def _key_word(word: str) -> str:
    if len(word) < _MIN_LENGTH or word in KEY_WORDS or not word.isalpha():
        return word
    for key in _BY_FIRST.get(word[0], ()):
        if abs(len(key) - len(word)) <= 1 and one_edit(word, key):
            return key
    return word


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one substitution, insertion, deletion or swap of two
    adjacent letters."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _key in sorted(KEY_WORDS):
    if len(_key) >= _MIN_LENGTH - 1:
        _BY_FIRST[_key[0]] = (*_BY_FIRST.get(_key[0], ()), _key)
