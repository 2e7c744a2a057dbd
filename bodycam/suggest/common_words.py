"""Words common in lower case, read from the recogniser's own vocabulary.

Whisper's byte-pair vocabulary (``vocabulary.txt`` beside the bundled ``tiny.en`` model) holds a
single token for a lower-case word with its leading space (``Ġpassport``, ``Ġhedge``) only when
that word is frequent in lower case in the text the tokenizer was built from. People's names are
written with a capital, so their lower-case forms are rarely tokens: ``Ġryan``, ``Ġambrose``,
``Ġchloe`` are not, ``Ġpassport`` and ``Ġcontrol`` are. That tells a name from a common word at
the start of a sentence, where the capital says nothing ("Ambrose, have you fallen?" against
"Control, one male detained").

A name that is also a common word ("Chase", "Basil") reads as the word: the test errs toward
not calling a word a name.
"""

from __future__ import annotations

import functools
import re

from bodycam.transcribe.asr_model import ModelUnavailable, bundled_model_dir

#: GPT-2's byte-level marker for a leading space.
_SPACE = "\u0120"
_LOWER_WORD = re.compile(r"[a-z]+")


@functools.cache
def _common() -> frozenset[str] | None:
    try:
        path = bundled_model_dir() / "vocabulary.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ModelUnavailable, OSError):
        return None
    return frozenset(
        token[1:]
        for token in lines
        if token.startswith(_SPACE) and _LOWER_WORD.fullmatch(token[1:])
    )


def uncommon(word: str) -> bool:
    """Whether ``word`` (any case) is not a common lower-case word of the vocabulary.

    False when the vocabulary cannot be read, so callers fall back to what they did without it.
    """
    common = _common()
    if common is None:
        return False
    return word.lower() not in common
