"""Speaker diarization: who spoke when.

Two backends behind one ``Diarizer`` interface:

- ``EmbeddedDiarizer`` (default, CPU, parts that ship in packages): Silero speech regions ->
  speaker embeddings (Resemblyzer by default, or CAM++ with ``encoder="campplus"``) of 1.6 s
  windows every 0.25 s -> spectral clustering that estimates
  the speaker count (never below the number of voices the segmentation model hears at once)
  -> Viterbi resegmentation of the windows against the speaker centroids -> pyannote's
  overlap-aware segmentation-3.0 model over 10 s chunks, its chunk-local speakers tied to the
  global speakers by their voices (``stitching.py``) -> turns, overlapped speech included.
  Without the segmentation model (``segmentation=None``) the turns come from the window
  labels alone, the two speakers sharing a short stretch at each change.
- ``PyannoteDiarizer`` (optional extra ``bodycam-review[pyannote]``): a pyannote.audio
  pipeline loaded from a trusted local directory or a hub id.

Layout: ``options.py`` (each backend's frozen options), ``resegmentation.py`` (window labels
to turns), ``embedded.py``, ``pyannote_backend.py``, and ``get_diarizer`` here, which picks the
backend from the options' type. The result types live in ``bodycam.transcribe.types``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np

from bodycam.core.errors import BodycamError
from bodycam.core.progress import Progress
from bodycam.transcribe.types import DiarizationResult

if TYPE_CHECKING:
    from bodycam.transcribe.diarization.options import DiarizationOptions, PyannoteOptions
    from bodycam.transcribe.embeddings import WindowEncoder


class DiarizationUnavailable(BodycamError):
    "The requested diarization backend cannot be loaded"


class Diarizer(Protocol):
    """A diarization backend."""

    def __call__(
        self,
        audio: np.ndarray,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> DiarizationResult:
        """Diarize mono float32 16 kHz audio.

        Args:
            audio: Samples in [-1, 1]: an array, or a ``WavFile`` read piece by piece.
            speech: Speech regions computed once for the file; computed here when ``None``.
            progress: Called with (fraction 0..1, message).
        """
        ...


def get_diarizer(
    options: DiarizationOptions | PyannoteOptions,
    *,
    device: str = "cpu",
    encoder: WindowEncoder | None = None,
) -> Diarizer:
    """Build the diarizer its options' type names: ``DiarizationOptions`` (the embedded
    backend) or ``PyannoteOptions``.

    Raises:
        DiarizationUnavailable: The backend cannot be loaded.
    """
    from bodycam.transcribe.diarization.options import DiarizationOptions, PyannoteOptions

    if isinstance(options, DiarizationOptions):
        from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer

        return EmbeddedDiarizer(options, device=device, encoder=encoder)
    if isinstance(options, PyannoteOptions):
        from bodycam.transcribe.diarization.pyannote_backend import PyannoteDiarizer

        return PyannoteDiarizer.from_options(options, device=device, encoder=encoder)
    raise TypeError(
        f"diarization options must be DiarizationOptions or PyannoteOptions, "
        f"got {type(options).__name__}"
    )
