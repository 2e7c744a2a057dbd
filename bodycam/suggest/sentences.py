"""Utterances cut into sentences, with times and a normalised text the rules match against."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .fuzzy import canonical
from .lexicon import DIRECTIVE_VERBS
from .types import Utterance

#: Run-on cuts (``_run_on``): words a cut leaves before it at least, ...
_MIN_BEFORE = 3
#: ... words an imperative's object or particle may be, ...
_RUN_ON_OBJECT = frozenset(
    re.findall(
        r"[\w']+",
        "it the your around down up out that him her them me off away over back this those these",
    )
)
#: ... and words after which a verb is not an imperative (a subject, auxiliary or modal, "to",
#: "and", "dare": "Don't you dare grab me" is one sentence; an article or possessive, after
#: which the word is a noun: "a clear out", "the stop", "your walk").
_NOT_BEFORE_IMPERATIVE = frozenset(
    re.findall(
        r"[\w']+",
        "i you we they he she it who that's to and or but will would can could should must "
        "don't didn't won't can't couldn't i'll you'll we'll they'll he'll she'll let's please "
        "just not never also did do does is are was were be been have has had going gonna wanna "
        "gotta want need let me him her them us dare might may shall "
        "a an the my your his our their its some any no every each "
        # A preposition, a relative word or an adverb of frequency wants what follows in its
        # own clause: "built that wheel by hand", "my wife always minded the papers", "one
        # day like bring", "through which come" (machine transcripts of fresh41 to fresh50).
        "by of with from at into onto through while which whose like always both than",
    )
)
#: ... nor after a subject with its auxiliary run into one word: "so I've come up to check
#: in", "you've come over the turnstile" are a perfect tense, not a new clause.
_AUXILIARY = re.compile(r"\w'(ve|d|ll|re|m)$")
#: Directive verbs that are adverbs after a verb form ("the sugar's coming back up", "walked
#: back down"): there they go on the clause, they begin none. As an order they come with a
#: particle, next or after a short object ("back up", "back off", "back this car up"); with
#: none ("I got on | back the roof", "on the board | back the door") they are the adverb, and
#: begin nothing either.
_ALSO_ADVERB = frozenset({"back"})
_ADVERB_ORDERED_WITH = frozenset({"up", "off", "away", "out"})
_SHORT_OBJECT = frozenset({"it", "the", "this", "that", "your"})
_PARTICIPLE = re.compile(r"\w(ing|ed)$")
#: Seconds between a segment that ends mid-sentence and the same speaker's next segment, for
#: the two to be read as one sentence (the recogniser cuts segments by length, not grammar).
JOIN_GAP = 1.0
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*$")
#: A title's full stop ends no sentence: "Mr. Harlan, he has until four" is one sentence.
_TITLE = re.compile(r"(?i)^(mr|mrs|ms|dr|sgt|lt|det|st)\.$")
_NOT_WORD = re.compile(r"[^a-z0-9' ]+")
#: Letters NFKD leaves whole: a stroke or a ligature, not an accent.
_UNDECOMPOSED = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}
)
_SPACES = re.compile(r"\s+")
# Spoken forms the recogniser writes either way; rules are written against the right side.
_SPOKEN = [
    (re.compile(r"\bgonna\b"), "going to"),
    (re.compile(r"\bwanna\b"), "want to"),
    (re.compile(r"\bgotta\b"), "got to"),
    (re.compile(r"\bok\b"), "okay"),
    (re.compile(r"\balright\b"), "all right"),
    # Whisper sometimes writes "Ma 'am".
    (re.compile(r"\bma ?'? ?am\b"), "ma'am"),
]


@dataclass(frozen=True)
class Sentence:
    """One sentence of an utterance.

    Attributes:
        index: Position among all sentences of the transcript, in time order.
        utterance: Index of the utterance it was cut from.
        speaker: The utterance's speaker.
        role: The utterance's role.
        start: Seconds.
        end: Seconds.
        text: As said, punctuation kept.
        norm: Lower case, punctuation removed except apostrophes, spoken forms expanded.
        question: The sentence ends with a question mark.
        exclaimed: The sentence ends with an exclamation mark.
        role_note: Why ``role`` differs from the utterance's (``roles.sentence_roles``), or "".
        heard: For an alternative reading (``heard.alternatives``), which unsure word was read
            as which key word; "" for the sentence as transcribed.
        heard_as: For such a reading, the key word read in (lower case); "" otherwise.
    """

    index: int
    utterance: int
    speaker: str
    role: str
    start: float
    end: float
    text: str
    norm: str
    question: bool
    exclaimed: bool
    role_note: str = ""
    heard: str = ""
    heard_as: str = ""


def _unaccented(text: str) -> str:
    """Letters without their accents ("señora" -> "senora", "café" -> "cafe"): the recogniser
    writes a borrowed word either way, and ``_NOT_WORD`` would cut an accented letter out of
    the word. Only text with a letter beyond ASCII is decomposed (most sentences have none)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Lower case, curly apostrophes straightened, punctuation dropped, spoken forms expanded,
    the recogniser's near misses of key words mapped back (``fuzzy.canonical``)."""
    text = _unaccented(text.lower().replace("\u2019", "'").replace("-", " "))
    text = _SPACES.sub(" ", _NOT_WORD.sub(" ", text)).strip()
    for pattern, replacement in _SPOKEN:
        text = pattern.sub(replacement, text)
    return canonical(text)


def split_sentences(utterances: list[Utterance], voice_change=None) -> list[Sentence]:
    """Cut every utterance at sentence-final punctuation.

    With word times, a sentence spans its own words; without them, the utterance's span is
    shared out in proportion to the number of words. A sentence the recogniser cut between two
    segments ("Ma'am, come talk" | "to me over here.") is joined back (see ``_rejoin``).

    ``voice_change(role, clause)``, when given, says whether a clause's words belong to a role
    other than the utterance's (``roles.other_voice``): a piece is also cut before such a clause
    after a comma (``_voice_cuts``), as the recogniser runs two speakers' turns into one
    sentence ("you're under arrest, don't touch me, get your hands off").
    """
    sentences: list[Sentence] = []
    for number, (utterance, pieces) in enumerate(_rejoin(utterances, voice_change)):
        for text, start, end in pieces:
            stripped = text.rstrip("\"')] ")
            sentences.append(
                Sentence(
                    index=len(sentences),
                    utterance=number,
                    speaker=utterance.speaker,
                    role=utterance.role,
                    start=round(start, 2),
                    end=round(end, 2),
                    text=text,
                    norm=normalise(text),
                    question=stripped.endswith("?"),
                    exclaimed=stripped.endswith("!"),
                )
            )
    return [s for s in sentences if s.norm]


def _rejoin(utterances: list[Utterance], voice_change=None):
    """Each utterance with its pieces, its last piece moved onto the next utterance's first
    when that is the same speaker's, follows within ``JOIN_GAP`` and goes on with it: an
    unfinished piece (no sentence-final punctuation) before one that starts in lower case, or
    any piece before one that starts with "or" (options, see ``_join_alternatives``). The
    recogniser capitalises what it takes for a new sentence, so that is never joined. The
    joined sentence counts as the later utterance's."""
    pieces = [_pieces(u, voice_change) for u in utterances]
    for n in range(len(utterances) - 1):
        here, after = pieces[n], pieces[n + 1]
        if not here or not after:
            continue
        text, start, end = here[-1]
        following = utterances[n + 1]
        if following.speaker != utterances[n].speaker or following.start - end > JOIN_GAP:
            continue
        nxt = after[0][0].strip()
        unfinished = not _SENTENCE_END.search(text.strip()) and nxt[:1].islower()
        if unfinished or re.match(r"(?i)or\b", nxt):
            here.pop()
            after[0] = (f"{text} {nxt}", start, after[0][2])
    return zip(utterances, pieces, strict=True)


def _join_alternatives(pieces: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    # "Do you want to stay here? Or would you rather go?" is one offer of two options, however
    # the recogniser punctuates it.
    joined: list[tuple[str, float, float]] = []
    for text, start, end in pieces:
        if joined and re.match(r"(?i)or\b", text.strip()):
            previous = joined.pop()
            joined.append((f"{previous[0]} {text}", previous[1], end))
        else:
            joined.append((text, start, end))
    return joined


def _pieces(utterance: Utterance, voice_change=None) -> list[tuple[str, float, float]]:
    return _join_alternatives(_split(utterance, voice_change))


#: Words a piece keeps at least on each side of a cut where the voice changes.
_MIN_VOICE_PART = 2


def _voice_cuts(words: list, role: str, voice_change) -> list[list]:
    """Cut a piece before each clause (after a comma) whose words ``voice_change`` gives to
    another role than ``role``, and after that clause's run when the words go back."""
    if voice_change is None:
        return [words]
    starts = [0] + [i for i in range(1, len(words)) if re.search(r",$", words[i - 1].text.strip())]
    clauses = [words[a:b] for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    other = [voice_change(role, " ".join(w.text for w in clause)) for clause in clauses]
    parts: list[list] = []
    for clause, theirs in zip(clauses, other, strict=True):
        if parts and theirs == parts[-1][1]:
            parts[-1][0].extend(clause)
        else:
            parts.append([list(clause), theirs])
    if len(parts) == 1 or any(len(part) < _MIN_VOICE_PART for part, _ in parts):
        return [words]
    return [part for part, _ in parts]


def _run_on(words: list) -> list[list]:
    """Cut a run-on piece before a directive verb the recogniser ran on after another clause
    without punctuation ("I haven't done a thing turn around and face the car"): the verb
    follows a word that ends no clause of its own (no punctuation), is not one a verb form
    follows (a subject, modal, "to", "and"), and is followed by its object or particle."""
    cuts = [
        i
        for i in range(_MIN_BEFORE, len(words) - 1)
        if _bare(words[i]) in DIRECTIVE_VERBS
        and _bare(words[i + 1]) in _RUN_ON_OBJECT
        and _bare(words[i - 1]) not in _NOT_BEFORE_IMPERATIVE
        and _bare(words[i - 1]) not in DIRECTIVE_VERBS
        and not _AUXILIARY.search(_bare(words[i - 1]))
        and not (
            _bare(words[i]) in _ALSO_ADVERB
            and (_PARTICIPLE.search(_bare(words[i - 1])) or not _with_particle(words[i + 1 :]))
        )
        and not re.search(r"[,;:.!?]$", words[i - 1].text.strip())
        # "... if he doubles back, this is ...": a comma after the verb, so what follows is
        # not its object.
        and not re.search(r"[,;:]$", words[i].text.strip())
    ]
    parts, last = [], 0
    for cut in cuts:
        if cut - last >= _MIN_BEFORE:
            parts.append(words[last:cut])
            last = cut
    parts.append(words[last:])
    return parts


def _with_particle(after: list) -> bool:
    """The words after an adverb-verb hold its particle: next ("back off"), or after "it" or a
    determiner and at most one more word ("back it up", "back this car up")."""
    bare = [_bare(word) for word in after[:3]]
    if bare[0] in _ADVERB_ORDERED_WITH:
        return True
    if bare[0] not in _SHORT_OBJECT:
        return False
    return any(word in _ADVERB_ORDERED_WITH for word in bare[1:3])


def _bare(word) -> str:
    return normalise(word.text)


def _split(utterance: Utterance, voice_change=None) -> list[tuple[str, float, float]]:
    if utterance.words:
        pieces, current = [], []
        for word in utterance.words:
            current.append(word)
            if _SENTENCE_END.search(word.text.strip()) and not _TITLE.match(word.text.strip()):
                pieces.append(current)
                current = []
        if current:
            pieces.append(current)
        pieces = [part for piece in pieces for part in _run_on(piece)]
        pieces = [
            part for piece in pieces for part in _voice_cuts(piece, utterance.role, voice_change)
        ]
        return [
            (" ".join(w.text.strip() for w in piece), piece[0].start, piece[-1].end)
            for piece in pieces
        ]
    parts = [
        p
        for p in re.split(
            r"(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSgt\.)\s+",
            utterance.text.strip(),
        )
        if p
    ]
    total = sum(len(p.split()) for p in parts) or 1
    span = utterance.end - utterance.start
    out, cursor = [], utterance.start
    for part in parts:
        length = span * len(part.split()) / total
        out.append((part, cursor, cursor + length))
        cursor += length
    return out
