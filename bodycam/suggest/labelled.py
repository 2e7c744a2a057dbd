"""MiniLM prototypes learned from the evaluation set's labelled lines.

The hand-written prototypes (codebook definitions and examples, ``examples.yaml``) are few, so
a new wording of a familiar move lies far from all of them. Every script line of the training
splits (``evalset.TRAINING_SPLITS``) has reference codes: a line becomes one more prototype of
each code it carries that the similarity proposes or holds as a rival for the speaker's role,
and a line that codes nothing becomes a code-nothing sentence. The reading stays the k-nearest
neighbour one of ``embedding.CodeSimilarity``, so each suggestion names the labelled line it
lies nearest to and where that line comes from.

A benchmark scoring a training split builds the bank without that split (``exclude``): the model
never sees the lines it is scored on. Thresholds, margin and k below were chosen by
leave-one-split-out cross-validation over the training splits (docs/BENCHMARKS.md, session 7).
"""

from __future__ import annotations

from bodycam.annotate.codebook import Codebook

from .embedding import (
    CIVILIAN_CODES,
    CIVILIAN_RIVALS,
    NONE,
    OFFICER_CODES,
    OFFICER_RIVALS,
    CodeSimilarity,
    load_examples,
)
from .evalset import TRAINING_SPLITS, labelled_lines

#: Cosine of the k nearest prototypes at or above which a sentence is suggested, by polarity;
#: the lead over other readings; k. Chosen by leave-one-split-out cross-validation on the
#: training splits (``benchmarks/suggestions_tune.py``).
THRESHOLDS = {"escalation": 0.60, "de-escalation": 0.45}
#: Codes whose labelled neighbours are right often enough at a lower cosine than their
#: polarity's threshold, read at that cosine (a whole sentence; clauses keep the polarity's).
#: Chosen by nested leave-one-split-out cross-validation over the eight training splits
#: (docs/BENCHMARKS.md, session 10): per code, the lowest cosine on a grid (de-escalation 0.30,
#: 0.35, 0.40; escalation 0.45, 0.50, 0.55) at which the sentences it adds are right at least
#: 60 % of the time (2 or more) on both transcripts of the splits not held out. The five codes
#: here are those chosen on all eight splits; each held-out split's own choice was nearly the
#: same. Officers state reasons and offer distance in wordings the rules do not know, and the
#: recogniser garbles the rest of such a line more than its gist.
CODE_THRESHOLDS = {
    "states_reason": 0.30,
    "creates_distance": 0.30,
    "active_listening": 0.40,
    "requests_resources": 0.40,
    "resistance_2_verbal": 0.55,
}
MARGIN = 0.0
NEIGHBOURS = 2
MULTIPLE = False
#: Speaker roles whose lines are read, and the bank they join (the detectors read "other"
#: speakers as civilians; dispatch radio is neither side of the encounter and is left out).
_BANK_OF_ROLE = {"officer": "officer", "civilian": "civilian", "other": "civilian"}
_CODES_OF_BANK = {
    "officer": set(OFFICER_CODES + OFFICER_RIVALS),
    "civilian": set(CIVILIAN_CODES + CIVILIAN_RIVALS),
}


def labelled_examples(
    exclude=(), splits=TRAINING_SPLITS
) -> tuple[dict[str, dict[str, list[str]]], dict[str, str]]:
    """``({role: {code or none_<role>: [lines]}}, {line: "split/encounter"})`` from the
    labelled lines of ``splits`` other than ``exclude``.

    A line coded only with codes the similarity does not read (a respectful address, an
    introduction) is left out: it is neither an example of a code nor a sentence that codes
    nothing.
    """
    bank: dict[str, dict[str, list[str]]] = {"officer": {}, "civilian": {}}
    sources: dict[str, str] = {}
    for line in labelled_lines([s for s in splits if s not in set(exclude)]):
        role = _BANK_OF_ROLE.get(line.role)
        if role is None:
            continue
        if not line.moments:
            codes = [f"{NONE}_{role}"]
        else:
            codes = list(dict.fromkeys(c for c in line.moments if c in _CODES_OF_BANK[role]))
        for code in codes:
            bank[role].setdefault(code, []).append(line.text)
        if codes:
            sources.setdefault(line.text, f"{line.split}/{line.encounter}")
    return bank, sources


def left_out(split: str) -> tuple[str, ...]:
    """The training splits to leave out of the bank when scoring ``split``: the split itself
    when the bank would otherwise hold it, else none (a blind split meets the whole bank)."""
    return (split,) if split in TRAINING_SPLITS else ()


def merged(*banks: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """Example banks joined per role and code, each sentence once."""
    joined: dict[str, dict[str, list[str]]] = {}
    for bank in banks:
        for role, codes in bank.items():
            for code, texts in codes.items():
                mine = joined.setdefault(role, {}).setdefault(code, [])
                mine += [text for text in texts if text not in mine]
    return joined


class LabelledSimilarity(CodeSimilarity):
    """``CodeSimilarity`` whose prototypes add the training splits' labelled lines.

    Args:
        codebook: As for ``CodeSimilarity``.
        model: As for ``CodeSimilarity``.
        exclude: Training splits left out of the bank (the split being scored).
        thresholds, margin, neighbours: The reading's settings (this module's constants by
            default).
        multiple: See ``CodeSimilarity``.
        code_thresholds: Per-code thresholds for a whole sentence (``CODE_THRESHOLDS`` by
            default; ``{}`` reads every code at its polarity's).
        vector_cache: Folder for the prototypes' vectors (``embedding.VectorCache``), or None.
    """

    detector = "model:minilm-labelled"
    windows = True

    def __init__(
        self,
        codebook: Codebook,
        model,
        exclude=(),
        thresholds: dict[str, float] | None = None,
        margin: float = MARGIN,
        neighbours: int = NEIGHBOURS,
        vector_cache=None,
        multiple: bool = MULTIPLE,
        code_thresholds: dict[str, float] | None = None,
    ) -> None:
        learned, sources = labelled_examples(exclude)
        self.exclude = tuple(exclude)
        self.code_thresholds = dict(CODE_THRESHOLDS if code_thresholds is None else code_thresholds)
        super().__init__(
            codebook,
            model,
            margin=margin,
            examples=merged(load_examples(), learned),
            neighbours=neighbours,
            thresholds=dict(THRESHOLDS if thresholds is None else thresholds),
            sources=sources,
            vector_cache=vector_cache,
            multiple=multiple,
        )
