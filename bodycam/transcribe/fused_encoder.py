"""Two speaker encoders read as one: Resemblyzer (GE2E) and CAM++ embeddings of the same
windows, each a unit vector, scaled by the square roots of their weights and joined.

The joined vector is a unit vector whose cosine similarity to another is the weighted mean of
the two encoders' cosines (score fusion), so clustering, resegmentation and stitching use it
unchanged. The encoders fail differently on the development set (docs/BENCHMARKS.md): GE2E
confuses the 4-voice radio recording, CAM++ merges a wearer and a civilian another recording
keeps apart; the mean of two independent judgements is steadier than either.

CAM++ costs about three times what GE2E does per window, so it may read only every
``stride``-th window, each window then taking the CAM++ embedding of the nearest one read.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from bodycam.transcribe.embeddings import EmbeddingSettings, WindowEncoder, normalize

#: ``DiarizationOptions.encoder`` name of the fused encoder.
NAME = "resemblyzer+campplus"


class FusedEncoder(WindowEncoder):
    """GE2E and CAM++ embeddings of each window, joined (see the module docstring).

    Args:
        first: The encoder read on every window (Resemblyzer).
        second: The encoder read on every ``stride``-th window (CAM++).
        weight: Weight of ``first`` in the fused cosine, in (0, 1); ``second`` gets the rest.
        stride: ``second`` reads windows ``0, stride, 2 * stride, ...`` (and the last one).
    """

    name = NAME

    def __init__(
        self, first: WindowEncoder, second: WindowEncoder, weight: float = 0.5, stride: int = 1
    ) -> None:
        if not 0.0 < weight < 1.0:
            raise ValueError(f"the fusion weight must be in (0, 1), got {weight}")
        if stride < 1:
            raise ValueError(f"the fusion stride must be >= 1, got {stride}")
        self.first, self.second = first, second
        self.weight, self.stride = weight, stride
        self.embedding_size = first.embedding_size + second.embedding_size

    def info(self) -> str:
        return (
            f"{self.first.info()} (weight {self.weight}) + {self.second.info()} "
            f"(weight {1 - self.weight:g}, every {self.stride} window(s))"
        )

    def embed_windows(
        self,
        audio: np.ndarray,
        starts: np.ndarray,
        settings: EmbeddingSettings | None = None,
        progress: Callable[[float], None] | None = None,
        gain: float = 1.0,
    ) -> np.ndarray:
        """Fused unit vectors of the windows starting at ``starts`` (seconds, sorted); a window
        either encoder embeds to zero keeps only the other's part."""
        starts = np.asarray(starts, dtype=np.float64)
        first = self.first.embed_windows(
            audio, starts, settings, _part(progress, 0.0, 0.5), gain=gain
        )
        read = np.arange(0, len(starts), self.stride)
        if len(starts) and read[-1] != len(starts) - 1:
            read = np.append(read, len(starts) - 1)
        second = self.second.embed_windows(
            audio, starts[read], settings, _part(progress, 0.5, 0.5), gain=gain
        )
        if len(read) < len(starts):
            # Each window takes the CAM++ embedding of the nearest window read.
            nearest = np.clip(np.searchsorted(starts[read], starts), 1, max(len(read) - 1, 1))
            left = nearest - 1
            closer = np.abs(starts[read][left] - starts) <= np.abs(starts[read][nearest] - starts)
            second = second[np.where(closer, left, nearest)]
        return fuse(first, second, self.weight)


def fuse(first: np.ndarray, second: np.ndarray, weight: float) -> np.ndarray:
    """Join rows of two unit-vector matrices so that the cosine of two joined rows is
    ``weight`` times the first part's cosine plus ``1 - weight`` times the second's."""
    joined = np.concatenate(
        [np.sqrt(weight) * normalize(first), np.sqrt(1.0 - weight) * normalize(second)], axis=1
    )
    return normalize(joined)


def _part(
    progress: Callable[[float], None] | None, offset: float, share: float
) -> Callable[[float], None] | None:
    if progress is None:
        return None
    return lambda done: progress(offset + share * done)
