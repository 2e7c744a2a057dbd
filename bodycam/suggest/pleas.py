"""A civilian pleading with someone by name (#15, ``civilian_calming_statement``).

"Hugo, darling, please.", "Please, Martin.", "Robbo, love, please.", "Dad. Please.": the
person's name, a family word or an endearment with "please" and nothing else is a companion
begging the one stopped to give in, or to calm down; the sentences after it say what to do
("Just let her sort it out", "Come and sit on the grass with me") in words no rule could list.
In the training splits' civilian lines the shapes read 17 lines, 16 of them coded calming (the
17th, "Please, Ffi. Please just go.", is said the same way). The codes' regex rules read the
words only, with no way to tell a name from "Yes, please", "Next, please" or "Officer,
please!", a plea to the police that is no calming statement.

A name is a capitalised word that is no common lower-case word (``listening.uncommon_name``).
Detector ``grammar:civilian_calming_statement.pleads_by_name``.
"""

from __future__ import annotations

import re

from .listening import uncommon_name
from .sentences import Sentence

_FAMILY = frozenset(
    [
        "mom",
        "mum",
        "mam",
        "mammy",
        "mommy",
        "mummy",
        "dad",
        "daddy",
        "nan",
        "nana",
        "gran",
        "granny",
        "grandma",
        "grandad",
        "grandpa",
        "son",
    ]
)
_ENDEARMENTS = frozenset(["love", "honey", "darling", "babe", "pet", "sweetheart", "sweetie"])
_WORD = r"[^\W\d_][\w'-]*"
#: One or two words of address and "please", in either order: "Hugo, darling, please."
_PLEA = re.compile(
    rf"^(?:please,? )?(?P<first>{_WORD})(?:,? (?P<second>{_WORD}))?,? please[.!]*$"
    rf"|^please,? (?P<after>{_WORD})(?:,? (?P<after2>{_WORD}))?[.!]*$",
    re.IGNORECASE,
)
#: "Dad. Please.": the word of address alone, then "Please." alone.
_ALONE = re.compile(rf"^(?P<first>{_WORD})[.!]*$")
_PLEASE = re.compile(r"(?i)^please[.!]*$")
#: Seconds between the word of address and its "Please.".
_GAP = 1.5


def pleas_by_name(sentences: list[Sentence]) -> list[tuple[Sentence, Sentence, str]]:
    """Civilians' pleas by name: ``(first, last, words)``, ``first`` the sentence with the word of
    address and ``last`` the one with "please" (the same sentence unless it stands alone)."""
    found = []
    for n, sentence in enumerate(sentences):
        if sentence.role != "civilian":
            continue
        text = sentence.text.strip()
        plea = _PLEA.match(text)
        if plea:
            words = [w for w in plea.groupdict().values() if w]
            if all(_addresses(w) for w in words):
                found.append((sentence, sentence, ", ".join(words)))
            continue
        if n + 1 < len(sentences) and _PLEASE.match(sentences[n + 1].text.strip()):
            after = sentences[n + 1]
            alone = _ALONE.match(text)
            if (
                alone
                and after.speaker == sentence.speaker
                and after.start - sentence.end <= _GAP
                and _addresses(alone.group("first"))
            ):
                found.append((sentence, after, alone.group("first")))
    return found


def _addresses(word: str) -> bool:
    """A name (capitalised, no common word), a family word or an endearment."""
    lower = word.lower()
    if lower in _FAMILY or lower in _ENDEARMENTS:
        return True
    return uncommon_name(word)
