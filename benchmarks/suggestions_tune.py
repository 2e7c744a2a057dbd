"""Choose the learned MiniLM prototypes' thresholds, margin and k by cross-validation.

Leave-one-split-out over ``evalset.TRAINING_SPLITS``: for every held-out split Y the prototype
bank is built from the other training splits (``LabelledSimilarity(exclude=(Y,))``) and rules +
model are scored on Y's script text (times estimated from the words, no synthesis), pooled over
the folds. A setting is kept when the pooled precision of its polarity stays >= ``--precision``;
among those, the highest recall wins. ``--nested`` also runs the honest outer loop: for each
split X the setting is chosen on the other splits alone (their folds' banks leave X out too)
and then scored on X, so the figure for X never saw X, not even through the choice of setting.

    .venv/bin/python benchmarks/suggestions_tune.py [--precision 0.9] [--nested]
        [--reader knn|logistic] [--cache DIR]

k is printed as (k, multiple): see ``CodeSimilarity``'s ``multiple``. Blind splits (not in
TRAINING_SPLITS) are never read.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bodycam.annotate.codebook import default_codebook  # noqa: E402
from bodycam.suggest import detect  # noqa: E402
from bodycam.suggest.evalset import (  # noqa: E402
    TRAINING_SPLITS,
    estimated_times,
    load_encounters,
    reference_moments,
    script_utterances,
)
from bodycam.suggest.scoring import Score, score_by  # noqa: E402

TOLERANCE = 0.5
POLARITIES = ("escalation", "de-escalation")
NEIGHBOURS = (1, 2, 3)
MARGINS = (0.0, 0.05, 0.1)
THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
MULTIPLE = (False, True)
READER = "knn"


def _readers():
    from bodycam.suggest.labelled import LabelledSimilarity
    from bodycam.suggest.logistic import LabelledLogistic

    return {"knn": LabelledSimilarity, "logistic": LabelledLogistic}


class _Memo:
    """The model with each text encoded once for the whole run (every fold's bank shares
    most of its lines)."""

    def __init__(self, model) -> None:
        self.model, self.vectors = model, {}

    def encode(self, texts, normalize_embeddings=True):
        import numpy as np

        new = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if new:
            encoded = self.model.encode(new, normalize_embeddings=normalize_embeddings)
            self.vectors.update(zip(new, np.asarray(encoded), strict=True))
        return np.stack([self.vectors[t] for t in texts])


def fold_scores(codebook, model, split, exclude, inputs) -> dict:
    """``{(k, margin, threshold): {polarity: Score}}`` of rules + model on ``split``."""
    # The per-polarity thresholds swept here are chosen with every code at its polarity's:
    # the per-code ones (labelled.CODE_THRESHOLDS) were chosen after, beside them.
    similarity = _readers()[READER](codebook, model, exclude=exclude, code_thresholds={})
    found = {}
    for k, multiple in itertools.product(NEIGHBOURS, MULTIPLE):
        similarity.neighbours, similarity.multiple = k, multiple
        similarity._readings.clear()
        for margin, threshold in itertools.product(MARGINS, THRESHOLDS):
            similarity.margin = margin
            similarity.thresholds = dict.fromkeys(POLARITIES, threshold)
            found[((k, multiple), margin, threshold)] = scored(codebook, similarity, inputs[split])
    return found


def scored(codebook, embedder, transcripts) -> dict:
    """``{polarity: Score}`` of rules + ``embedder`` over ``transcripts``, pooled."""
    polarity_of = {code.id: code.polarity for code in codebook.codes}
    total: dict = {}
    for utterances, moments, context in transcripts:
        result = detect(utterances, codebook, embedder=embedder, **context)
        part = score_by(
            result.suggestions,
            moments,
            lambda s: polarity_of[s.code_id],
            lambda m: m.polarity,
            TOLERANCE,
        )
        for key, value in part.items():
            total[key] = total.get(key, Score(0, 0, 0)) + value
    return total


def choose(folds: list[dict], precision: float):
    """The setting with the most pooled recall at pooled precision >= ``precision``, per
    polarity for the threshold and shared for k and margin."""
    best = None
    for k, margin in itertools.product(itertools.product(NEIGHBOURS, MULTIPLE), MARGINS):
        chosen, recall = {}, 0.0
        for polarity in POLARITIES:
            options = []
            for threshold in THRESHOLDS:
                pooled = Score(0, 0, 0)
                for fold in folds:
                    pooled = pooled + fold[(k, margin, threshold)].get(polarity, Score(0, 0, 0))
                if (pooled.precision or 0.0) >= precision:
                    options.append((pooled.recall or 0.0, pooled.precision or 0.0, threshold))
            if not options:
                options = [(0.0, 0.0, max(THRESHOLDS))]
            r, _, threshold = max(options)
            chosen[polarity] = threshold
            recall += r
        if best is None or recall > best[0]:
            best = (recall, k, margin, chosen)
    return best[1:]


def pooled(fold: dict, k, margin, thresholds) -> dict:
    return {p: fold[(k, margin, thresholds[p])].get(p, Score(0, 0, 0)) for p in POLARITIES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precision", type=float, default=0.9)
    parser.add_argument("--nested", action="store_true")
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="benchmarks/suggestions.py's cache of synthesized transcripts: score the script "
        "(timed by synthesis) and the machine transcript, pooled, instead of the script alone",
    )
    parser.add_argument(
        "--reader",
        choices=["knn", "logistic"],
        default="knn",
        help="k-nearest neighbours (labelled.py) or one logistic regression per code "
        "(logistic.py; k is then unused and thresholds are probabilities)",
    )
    args = parser.parse_args()
    global READER, NEIGHBOURS, MARGINS, THRESHOLDS
    READER = args.reader
    if READER == "logistic":
        NEIGHBOURS, MARGINS = (1,), (0.0, 0.2)
        THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
    from bodycam.suggest.embedding import load_minilm

    codebook = default_codebook()
    polarity_of = {code.id: code.polarity for code in codebook.codes}
    model = _Memo(load_minilm())
    inputs = {}
    for split in TRAINING_SPLITS:
        inputs[split] = []
        for encounter in load_encounters(split):
            if args.cache:
                inputs[split] += _transcripts(encounter, args.cache, polarity_of)
                continue
            spans = estimated_times(encounter)
            inputs[split].append(
                (
                    script_utterances(encounter, spans),
                    reference_moments(encounter, spans, polarity_of),
                    {},
                )
            )
    from bodycam.suggest.embedding import CodeSimilarity

    current = CodeSimilarity(codebook, model)
    print("before (same transcripts): rules alone | rules + the hand-written prototypes")
    for y in TRAINING_SPLITS:
        rows = []
        for embedder in (None, current):
            total = scored(codebook, embedder, inputs[y])
            rows.append("  ".join(_line(p, total.get(p, Score(0, 0, 0))) for p in POLARITIES))
        print(f"  {y:8s} " + " | ".join(rows))
    clock = time.perf_counter()
    loso = {y: fold_scores(codebook, model, y, (y,), inputs) for y in TRAINING_SPLITS}
    k, margin, thresholds = choose(list(loso.values()), args.precision)
    read = "script and machine transcripts" if args.cache else "script text, estimated times"
    print(f"leave-one-split-out over {', '.join(TRAINING_SPLITS)} ({read}):")
    print(f"  chosen k={k} margin={margin} thresholds={thresholds}")
    for y in TRAINING_SPLITS:
        scores = pooled(loso[y], k, margin, thresholds)
        print(f"  {y:8s} " + "  ".join(_line(p, s) for p, s in scores.items()))
    if args.nested:
        print("nested (setting chosen without the scored split):")
        for x in TRAINING_SPLITS:
            inner = [
                fold_scores(codebook, model, y, (x, y), inputs) for y in TRAINING_SPLITS if y != x
            ]
            kx, mx, tx = choose(inner, args.precision)
            scores = pooled(loso[x], kx, mx, tx)
            print(
                f"  {x:8s} k={kx} margin={mx} thresholds={tx}  "
                + "  ".join(_line(p, s) for p, s in scores.items())
            )
    print(f"({time.perf_counter() - clock:.0f} s)")


def _transcripts(encounter, cache: Path, polarity_of) -> list:
    """The script and machine transcripts of ``encounter`` from the benchmark's cache, as
    ``(utterances, moments, detect options)``."""
    from suggestions import synthesize_and_transcribe

    from bodycam.suggest import Envelope
    from bodycam.suggest.adapter import roles_by_overlap, utterances_from_segments
    from bodycam.suggest.evalset import role_spans

    record = synthesize_and_transcribe(encounter, cache)
    spans = record["spans"]
    moments = reference_moments(encounter, spans, polarity_of)
    context = {
        "envelope": Envelope.from_dict(record["envelope"]),
        "wearer": record["wearer"],
        "duration": record["duration"],
    }
    machine = utterances_from_segments(record["segments"])
    roles = roles_by_overlap(machine, role_spans(encounter, spans))
    machine = utterances_from_segments(record["segments"], roles)
    return [
        (script_utterances(encounter, spans), moments, context),
        (machine, moments, context),
    ]


def _line(polarity: str, score: Score) -> str:
    p = "-" if score.precision is None else f"{score.precision:.2f}"
    r = "-" if score.recall is None else f"{score.recall:.2f}"
    return f"{polarity} P {p} R {r} ({score.matched}/{score.suggested}/{score.reference})"


if __name__ == "__main__":
    main()
