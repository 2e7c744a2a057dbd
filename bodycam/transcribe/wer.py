"""Word error rate against reference transcripts, for tests and benchmarks.

Both sides go through the same :func:`normalise`, so casing and punctuation choices of the ASR
model (``Okay.`` vs ``okay``) do not count as errors; the figures in ``../shared/samples`` were
measured the same way.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import jiwer

#: STM placeholder text for stretches the reference says not to score.
IGNORE_SEGMENT = "ignore_time_segment_in_scoring"

# Hyphens and slashes join words ("follow-up", "and/or"): they become spaces so both halves
# are scored. Apostrophes vanish inside words ("didn't" -> "didnt") so contractions stay one word.
_JOINERS = re.compile(r"[-‐‑‒–—/]")


def normalise(text: str) -> str:
    """Lower-case, strip punctuation and fold whitespace.

    Args:
        text: Any transcript text.

    Returns:
        Space-separated lower-case words with no punctuation.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = _JOINERS.sub(" ", text)
    # Unicode categories P (punctuation) and S (symbols such as "♪") carry no words.
    text = "".join(
        character for character in text if unicodedata.category(character)[0] not in "PS"
    )
    return " ".join(text.split())


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word error rate of ``hypothesis`` against ``reference``, after :func:`normalise`.

    Args:
        reference: The true transcript.
        hypothesis: The transcript to score.

    Returns:
        (substitutions + deletions + insertions) / reference words, e.g. ``0.16``.

    Raises:
        ValueError: The reference has no words after normalisation.
    """
    reference_words = normalise(reference)
    if not reference_words:
        raise ValueError("reference transcript is empty: WER is undefined")
    hypothesis_words = normalise(hypothesis)
    if not hypothesis_words:
        return 1.0
    return float(jiwer.wer(reference_words, hypothesis_words))


def load_stm(path: str | Path) -> str:
    """Reference text of an STM file, in time order.

    Each line is ``file channel speaker start end [<labels>] text``. Comment lines (``;;``)
    and segments marked ``ignore_time_segment_in_scoring`` are skipped.

    Args:
        path: The STM file.

    Returns:
        The utterance texts joined by spaces.
    """
    utterances: list[tuple[float, int, str]] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
        line = line.strip()
        if not line or line.startswith(";;"):
            continue
        fields = line.split(maxsplit=5)
        if len(fields) < 5:
            raise ValueError(f"{path}:{number + 1}: STM line needs at least 5 fields: {line!r}")
        text = fields[5] if len(fields) == 6 else ""
        if text.startswith("<"):  # optional label field such as <o,f0,male>
            text = text.split(">", 1)[1] if ">" in text else ""
        text = text.strip()
        if not text or text.lower() == IGNORE_SEGMENT or fields[2] == "inter_segment_gap":
            continue
        utterances.append((float(fields[3]), number, text))
    return " ".join(text for _, _, text in sorted(utterances))
