"""Names in transcript text replaced by role placeholders, offline (issue #13 §5).

Three passes, most certain first:

1. **Known names**: the officer roster (``footage.officer``) and the speakers' names, each word
   of them; an officer's name becomes ``[OFFICER]``, a speaker's becomes their role
   (``[CIVILIAN]``, ``[DISPATCH]``...).
2. **Titles**: the capitalised words after a title (``Officer``, ``Sgt.``, ``Mr``, ``Dr``...)
   become ``[OFFICER]`` after police titles and ``[PERSON]`` after others.
3. **Heuristic**: a capitalised word inside a sentence that is not a common English word, and
   any word in the shipped first-names list (``names.txt``) anywhere, becomes ``[NAME]``; a run
   of four or more digits (phone, date of birth, badge) becomes ``[NUMBER]``, and a token
   mixing letters and digits (plate, serial, case number) ``[ID]``.

What it cannot cover is counted in the report rather than guessed: capitalised words at the
start of a sentence that are in no list (a name there looks like any first word), and names
spoken in lower case by the transcriber. The report never quotes the words themselves.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

POLICE_TITLES = {
    "officer", "ofc", "sergeant", "sgt", "deputy", "dep", "detective", "det", "lieutenant",
    "lt", "captain", "capt", "trooper", "corporal", "cpl", "chief", "agent",
}  # fmt: skip
CIVIL_TITLES = {"mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "sir", "madam"}
# Capitalised words that are not names: the pronoun, days, months, common interjections and
# words of address that transcribers capitalise.
COMMON = {
    "i", "i'm", "i'll", "i've", "i'd", "okay", "ok", "hey", "yes", "no", "yeah", "god", "jesus",
    "christ", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "english", "spanish", "police", "911", "tv", "id",
    "dispatch", "copy", "ma'am", "sir", "bro", "dude", "man",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# A placeholder already put in ([NUMBER]) is one token, never a word to judge.
TOKEN = re.compile(r"\[[A-Z]+\]|[A-Za-z][A-Za-z'\-]*")
DIGITS = re.compile(r"\d[\d\- ]{2,}\d")
# Letters and digits mixed in one token: plates, serials, badge and case numbers.
ALPHANUMERIC = re.compile(r"\b(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d-]{4,}\b")


@functools.cache
def first_names() -> frozenset[str]:
    text = (Path(__file__).with_name("names.txt")).read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.split() if w.strip())


@dataclass
class RedactionReport:
    "What each pass replaced, and what none could judge (counts only: no words are quoted)."

    replaced: Counter = field(default_factory=Counter)
    sentence_initial_unchecked: int = 0
    segments: int = 0

    def to_dict(self) -> dict:
        return {
            "segments": self.segments,
            "replaced": dict(sorted(self.replaced.items())),
            "not_covered": {
                "sentence_initial_capitalised_words_left": self.sentence_initial_unchecked,
                "limits": [
                    "a name at the start of a sentence is replaced only when it is in the "
                    "roster, a speaker name or the first-names list",
                    "names the transcriber wrote in lower case are replaced only when they are "
                    "in the roster or a speaker name",
                    "spelled-out names, nicknames and street addresses without capitals are "
                    "not detected",
                ],
            },
        }


class Redactor:
    """Built once per export with every known name -> placeholder; ``__call__`` redacts one
    segment's text and adds to the report."""

    def __init__(self, known: Mapping[str, str]):
        # Each word of a known name (``Maria Lopez`` -> maria, lopez), longest first.
        self.known: dict[str, str] = {}
        for name, placeholder in known.items():
            for word in WORD.findall(name or ""):
                if len(word) > 1 and word.lower() not in POLICE_TITLES | CIVIL_TITLES:
                    self.known.setdefault(word.lower(), placeholder)
        self.report = RedactionReport()

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        self.report.segments += 1
        text = ALPHANUMERIC.sub(self._identifier, text)
        text = DIGITS.sub(self._number, text)
        out, last, previous_word = [], 0, ""
        for match in TOKEN.finditer(text):
            word = match.group()
            if word.startswith("["):
                continue
            between = text[last : match.start()]
            sentence_start = last == 0 or any(mark in between for mark in ".!?")
            out += [between, self._judge(word, previous_word, sentence_start)]
            last = match.end()
            previous_word = word.lower()
        out.append(text[last:])
        return "".join(out)

    def words(self, words: Sequence[str]) -> list[str]:
        """A segment's words redacted as they stand in their sentence, one output per input
        word, so the player's word timings still line up with the redacted text."""
        out: list[str] = []
        previous, sentence_start = "", True

        def judge(match: re.Match) -> str:
            nonlocal previous, sentence_start
            word = match.group()
            if word.startswith("["):
                return word
            judged = self._judge(word, previous, sentence_start)
            previous, sentence_start = word.lower(), False
            return judged

        for raw in words:
            text = DIGITS.sub(self._number, ALPHANUMERIC.sub(self._identifier, raw))
            out.append(TOKEN.sub(judge, text))
            if any(mark in raw for mark in ".!?"):
                sentence_start = True
        return out

    def _identifier(self, match: re.Match) -> str:
        self.report.replaced["alphanumeric_id"] += 1
        return "[ID]"

    def _number(self, match: re.Match) -> str:
        if sum(ch.isdigit() for ch in match.group()) < 4:
            return match.group()
        self.report.replaced["number"] += 1
        return "[NUMBER]"

    def _judge(self, word: str, previous: str, sentence_start: bool) -> str:
        lower = word.lower()
        if lower in self.known:
            self.report.replaced["known_name"] += 1
            return self.known[lower]
        if not word[0].isupper() or lower in COMMON:
            return word
        if previous in POLICE_TITLES:
            self.report.replaced["after_title"] += 1
            return "[OFFICER]"
        if previous in CIVIL_TITLES:
            self.report.replaced["after_title"] += 1
            return "[PERSON]"
        if lower in first_names():
            self.report.replaced["names_list"] += 1
            return "[NAME]"
        if lower in POLICE_TITLES | CIVIL_TITLES:
            return word
        if sentence_start:
            self.report.sentence_initial_unchecked += 1
            return word
        self.report.replaced["capitalised_word"] += 1
        return "[NAME]"


def placeholder_for(role: str | None) -> str:
    return f"[{(role or 'unknown').upper()}]"


def build_redactor(officers: Iterable[str], speakers: Iterable[tuple[str, str | None]]) -> Redactor:
    """Officers' names -> ``[OFFICER]``; each speaker's name -> their role's placeholder."""
    known: dict[str, str] = {}
    for officer in officers:
        if officer:
            known[officer] = "[OFFICER]"
    for name, role in speakers:
        if name:
            known.setdefault(name, placeholder_for(role))
    return Redactor(known)
