"""A per-code logistic regression on MiniLM vectors, trained on the labelled prototype bank.

The k-nearest-neighbour reading (``embedding.CodeSimilarity``) asks how close a sentence is to
a code's few nearest examples; with several hundred labelled lines a linear model per code can
instead learn which directions of the embedding carry the code (an ultimatum, a refusal) and
which are only the topic of the encounter. Each code of a role gets one scikit-learn
``LogisticRegression`` (classes balanced: a code is rare) on every sentence of the role's bank,
positive when the sentence carries the code; the code-nothing sentences and the other codes'
are its negatives. A code with fewer than ``MIN_POSITIVES`` examples gets no model.

A sentence's reading of a code is the model's probability; its lead is that minus the most
probable code of the other polarity. Suggestions keep the rest of ``CodeSimilarity`` (threshold
per polarity, negation agreement, only what the rules missed) and name, as evidence, the
probability and the code's nearest example in the bank with where it comes from.
"""

from __future__ import annotations

import numpy as np

from .embedding import NONE, Nearest
from .labelled import LabelledSimilarity

#: Probability at or above which a code is suggested, by polarity; chosen by leave-one-split-out
#: cross-validation (``benchmarks/suggestions_tune.py --reader logistic``).
THRESHOLDS = {"escalation": 0.80, "de-escalation": 0.60}
MARGIN = 0.0
#: Inverse regularisation strength (scikit-learn's ``C``).
STRENGTH = 4.0
MIN_POSITIVES = 3


class LabelledLogistic(LabelledSimilarity):
    """``LabelledSimilarity`` read by one logistic regression per code (see the module)."""

    detector = "model:minilm-logistic"
    #: Clause readings were measured with the k-NN reading only.
    windows = False

    def __init__(self, codebook, model, exclude=(), thresholds=None, margin=MARGIN, **options):
        # Its thresholds are probabilities: the k-NN reading's per-code cosines do not apply.
        options.setdefault("code_thresholds", {})
        super().__init__(
            codebook,
            model,
            exclude=exclude,
            thresholds=dict(THRESHOLDS if thresholds is None else thresholds),
            margin=margin,
            **options,
        )
        self._weights = {role: self._fit(role) for role in self.by_role}

    def _fit(self, role: str) -> tuple[list[str], np.ndarray, np.ndarray]:
        """``(codes, weights, biases)`` of the role's per-code models."""
        from sklearn.linear_model import LogisticRegression

        pairs, vectors = self.by_role[role]
        rows: dict[str, int] = {}
        carries: dict[str, set[str]] = {}
        for row, (code, text) in enumerate(pairs):
            rows.setdefault(text, row)
            carries.setdefault(text, set()).add(code)
        texts = list(rows)
        x = vectors[[rows[text] for text in texts]]
        codes, weights, biases = [], [], []
        for code in dict.fromkeys(code for code, _ in pairs):
            labels = np.array([code in carries[text] for text in texts])
            if code == NONE or labels.sum() < MIN_POSITIVES:
                continue
            fitted = LogisticRegression(C=STRENGTH, class_weight="balanced", max_iter=2000)
            fitted.fit(x, labels)
            codes.append(code)
            weights.append(fitted.coef_[0])
            biases.append(fitted.intercept_[0])
        if not codes:
            return [], np.zeros((0, vectors.shape[1])), np.zeros(0)
        return codes, np.array(weights, np.float32), np.array(biases, np.float32)

    def readings(self, role: str, vector: np.ndarray) -> list[Nearest]:
        codes, weights, biases = self._weights[role]
        if not codes:
            return []
        probability = 1.0 / (1.0 + np.exp(-(weights @ vector + biases)))
        pairs, prototype_vectors = self.by_role[role]
        cosine = prototype_vectors @ vector
        found = []
        for index in np.argsort(-probability):
            code = codes[index]
            rivals = [
                float(p)
                for other, p in zip(codes, probability, strict=True)
                if self.polarity.get(other) != self.polarity.get(code)
            ]
            row = max(self._rows[role][code], key=lambda r: cosine[r])
            found.append(
                Nearest(
                    code,
                    float(probability[index]),
                    pairs[row][1],
                    float(cosine[row]),
                    float(probability[index]) - max(rivals, default=0.0),
                )
            )
        return found

    def _score(self, near: Nearest) -> float:
        return near.similarity

    def _evidence(self, near: Nearest) -> str:
        return f"[logistic probability {near.similarity:.2f}, lead {near.lead:.2f}] "
