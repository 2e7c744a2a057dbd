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
    return " ".join(text for _, text in load_stm_lines(path))


def load_stm_lines(path: str | Path) -> list[tuple[str, str]]:
    """``(speaker, text)`` of each scored line of an STM file, in time order (the same lines
    :func:`load_stm` joins)."""
    utterances: list[tuple[float, int, str, str]] = []
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
        utterances.append((float(fields[3]), number, fields[2], text))
    return [(speaker, text) for _, _, speaker, text in sorted(utterances)]


def errors_by_speaker(
    reference: list[tuple[str, str]], hypothesis: str
) -> dict[str, tuple[int, int]]:
    """Word errors of ``hypothesis`` against a reference told in lines, split by who spoke.

    The whole hypothesis is aligned to the whole reference (the lines joined in order), as
    :func:`word_error_rate` does; each substitution and deletion counts against the speaker
    of its reference word, each insertion against the speaker of the reference word before it
    (the first word's speaker at the very start). The errors therefore add up to the
    recording's: summed over speakers, errors / words is its WER.

    Args:
        reference: ``(speaker, text)`` per line, in spoken order; ``speaker`` can be any key
            (a label or a role such as ``"officer"``).
        hypothesis: The transcript to score.

    Returns:
        ``{speaker: (errors, reference words)}`` for every speaker with words.

    Raises:
        ValueError: The reference has no words after normalisation.
    """
    owners = [speaker for speaker, text in reference for _ in normalise(text).split()]
    if not owners:
        raise ValueError("reference transcript is empty: WER is undefined")
    counts = {speaker: [0, 0] for speaker in owners}
    for speaker in owners:
        counts[speaker][1] += 1
    hypothesis_words = normalise(hypothesis)
    if not hypothesis_words:
        return {speaker: (words, words) for speaker, (_, words) in counts.items()}
    words = " ".join(normalise(text) for _, text in reference if normalise(text))
    for chunk in jiwer.process_words(words, hypothesis_words).alignments[0]:
        if chunk.type in ("substitute", "delete"):
            for index in range(chunk.ref_start_idx, chunk.ref_end_idx):
                counts[owners[index]][0] += 1
        elif chunk.type == "insert":
            owner = owners[max(chunk.ref_start_idx - 1, 0)]
            counts[owner][0] += chunk.hyp_end_idx - chunk.hyp_start_idx
    return {speaker: (errors, total) for speaker, (errors, total) in counts.items()}
