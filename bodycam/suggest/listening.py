"""Two de-escalation acts read from the conversation, not from one sentence's words (#15).

- **Addressing a person by name** (``respectful_address``): "Walter, is there somebody at home
  I can call?", "Did you work at the cannery too, Walter?", "Hiya Eli, ...". A name is a word
  the transcript writes with a capital inside a sentence somewhere (writers and the recogniser
  capitalise names, not common words), standing as a vocative: first in the sentence before a
  comma (after a greeting at most), last after a comma, or between two commas. First in its
  sentence, or alone, a word that is no common lower-case word (``common_words``) is a name
  too, capitalised elsewhere or not. Titles and words capitalised for other reasons
  ("Officer", "Police", "I") are not names.
- **Reflecting back** (``active_listening``): the officer says again, in a short statement,
  what the other person just said ("Six years, with your daughter's school right round the
  corner" after "Six years I've lived here. My kid's school is round the corner"): at least
  two of the statement's content words, and at least half of them, come from what another
  speaker said in the last ``ECHO_SECONDS``. A directive that repeats words is not listening,
  so sentences read as directives are left out by the caller.

Both read officers' sentences only; detectors ``grammar:respectful_address.name`` and
``grammar:active_listening.echo``.
"""

from __future__ import annotations

import re

from .common_words import uncommon
from .sentences import Sentence

#: Seconds back to look for the words an officer reflects.
ECHO_SECONDS = 20.0
#: At most this many words: a reflection is short; a long sentence shares words by chance.
ECHO_MAX_WORDS = 14
_GREETING = r"(?:(?:hi|hiya|hello|hey|morning|evening|okay|alright|thanks|thank you),? )?"
_LEADING = re.compile(rf"(?i)^{_GREETING}([A-Za-z][a-z]+),")
_TRAILING = re.compile(r",\s*([A-Z][a-z]+)[.?!]*$")
#: A name set off by commas inside a sentence: the recogniser runs a sentence that ended in a
#: name into the next one with a comma ("Take care of yourself, Donna, you two" for "Take care
#: of yourself, Donna. You too, Biscuit.").
_MIDDLE = re.compile(r",\s*([A-Z][a-z]+),\s")
#: A name said on its own ("Gary. Gary. Look at me."): calling someone by name to get their
#: attention, often before an instruction.
_ALONE = re.compile(r"^([A-Z][a-z]+)[.?!]*$")
_CAPITALISED = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]+)\b")
#: Capitalised inside a sentence for reasons other than being a name.
_NOT_NAMES = frozenset(
    {
        "I",
        "Officer",
        "Officers",
        "Deputy",
        "Sergeant",
        "Detective",
        "Police",
        "Sir",
        "God",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Okay",
        "Ok",
        "Alright",
        "Dispatch",
        # Days and months are capitalised but name nobody ("What is it today, Thursday?").
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)
#: Words too common to show that one speaker repeats another.
_COMMON = frozenset(
    {
        "about",
        "after",
        "again",
        "also",
        "been",
        "before",
        "being",
        "could",
        "didn't",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "every",
        "from",
        "going",
        "gonna",
        "have",
        "here",
        "just",
        "know",
        "like",
        "look",
        "make",
        "more",
        "much",
        "need",
        "never",
        "only",
        "other",
        "over",
        "really",
        "right",
        "said",
        "should",
        "some",
        "than",
        "that",
        "that's",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "those",
        "through",
        "want",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "you're",
        "yours",
        "yeah",
        "okay",
        "alright",
        "please",
        "thank",
        "thanks",
        "sorry",
        "tell",
        "there's",
        "here's",
        "it's",
        "i'm",
        "we're",
        "they're",
        "he's",
        "she's",
        "can't",
        "won't",
        "let's",
        "come",
        "take",
        "give",
        "back",
        "still",
        "even",
        "nobody",
        "anybody",
        "somebody",
        "someone",
        "anyone",
        "everyone",
        "everybody",
        "nothing",
        "anything",
        "something",
        "officer",
        "officers",
        "deputy",
        "sergeant",
        "police",
        "ma'am",
        # Titles of address, no common words in lower case: the courtesy rule reads them.
        "Madam",
        "Madame",
        "Mademoiselle",
        "Monsieur",
        "Senora",
        "Señora",
        "Senor",
        "Señor",
        "Signora",
        "Signore",
        "Frau",
        "Herr",
    }
)


def vocative_names(sentences: list[Sentence]) -> list[tuple[Sentence, str]]:
    """Officers' sentences that address someone by a name the transcript capitalises.

    A name first in its sentence (or alone) need not be capitalised elsewhere when it is no
    common lower-case word (``common_words.uncommon``): the recogniser often writes a name only
    there, where every word has a capital ("Ambrose, have you fallen tonight?"). Of the 25 new
    readings this gave in the machine transcripts of fresh41 to fresh50, 17 were at a
    de-escalation moment (the CHANGELOG has the before and after).
    """
    names = {
        word
        for sentence in sentences
        for word in _CAPITALISED.findall(sentence.text)
        if word not in _NOT_NAMES
    }
    found = []
    for sentence in sentences:
        if sentence.role != "officer":
            continue
        text = sentence.text.strip()
        for pattern in (_LEADING, _TRAILING, _MIDDLE, _ALONE):
            hit = pattern.search(text)
            if not hit:
                continue
            # A lone word shouted is a warning as often as a call ("Taser! Taser!"): then
            # only a capital elsewhere makes it a name.
            first = pattern is _LEADING or (pattern is _ALONE and not text.endswith("!"))
            if hit.group(1) in names or (first and uncommon_name(hit.group(1))):
                found.append((sentence, hit.group(1)))
                break
    return found


def uncommon_name(word: str) -> bool:
    """A capitalised word that is no title and no common lower-case word: a name."""
    return word[:1].isupper() and word not in _NOT_NAMES and uncommon(word)


def _content(norm: str) -> list[str]:
    return [w for w in norm.split() if len(w) >= 4 and w not in _COMMON]


def reflections(sentences: list[Sentence], skip: set[int]) -> list[tuple[Sentence, list[str]]]:
    """Officers' short statements that repeat another speaker's recent content words."""
    found = []
    for n, sentence in enumerate(sentences):
        if sentence.role != "officer" or sentence.question or sentence.index in skip:
            continue
        mine = _content(sentence.norm)
        if len(sentence.norm.split()) > ECHO_MAX_WORDS or len(mine) < 2:
            continue
        heard = {
            word
            for earlier in sentences[:n]
            if earlier.speaker != sentence.speaker
            and earlier.role != "officer"
            and sentence.start - earlier.end <= ECHO_SECONDS
            for word in _content(earlier.norm)
        }
        shared = [w for w in mine if w in heard]
        if len(shared) >= 2 and 2 * len(shared) >= len(mine):
            found.append((sentence, shared))
    return found
