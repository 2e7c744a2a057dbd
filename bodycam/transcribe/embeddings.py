"""Speaker embeddings with Resemblyzer's GE2E voice encoder (weights ship in its wheel).

``WindowEncoder`` is the interface every speaker encoder implements and ``load_encoder`` picks
one by name; CAM++ (``campplus.py``) is the other.

The encoder reads 1.6 s windows of a 40-band mel spectrogram. Windows are laid on a regular
grid inside the speech regions, the mel spectrogram of each batch is computed once for the span
the batch covers (not once per window), and batches are bounded so multi-hour files stay in
bounded memory.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.fft

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.errors import BodycamError

logger = logging.getLogger(__name__)

#: Resemblyzer's mel parameters (resemblyzer.hparams): 25 ms windows, 10 ms hop, 40 bands.
N_FFT = 400
HOP = 160
N_MELS = 40
EMBEDDING_SIZE = 256
#: Frames in one encoder window: the 1.6 s "partial utterance" the model was trained on.
WINDOW_FRAMES = 160
#: Level Resemblyzer's training audio was normalised to (``audio_norm_target_dBFS``).
TARGET_LEVEL_DB = -30.0


class EncoderUnavailable(BodycamError):
    "The speaker encoder (Resemblyzer or CAM++) cannot be loaded"


@dataclass(frozen=True)
class EmbeddingSettings:
    """Where speaker embeddings are taken.

    Attributes:
        window: Window length in seconds. The encoder was trained on 1.6 s; shorter windows
            resolve speaker changes more finely but carry less voice evidence.
        step: Seconds between window starts (0.125 s = 8 windows per second of speech). A
            finer step sharpens speaker-change times at a proportional cost.
        batch_size: Windows per encoder call.
        max_batch_span: Seconds of audio one batch's mel spectrogram may cover; bounds memory
            and keeps long silences out of the spectrogram.
        threads: torch intra-op threads while encoding; ``None`` leaves torch's setting.
            One by default: the encoder shares its machine with ASR, the app and other jobs,
            and a multi-threaded LSTM slows down many times over when cores are contended
            (measured 15x on 2 busy cores), while a second thread on an idle core gains only
            about 1.5x.
    """

    window: float = WINDOW_FRAMES * HOP / SAMPLE_RATE
    step: float = 0.125
    batch_size: int = 64
    max_batch_span: float = 30.0
    threads: int | None = 1

    def __post_init__(self) -> None:
        if not 0.2 <= self.window <= 10.0:
            raise ValueError(f"window must be between 0.2 and 10 s, got {self.window}")
        if not 0.01 <= self.step <= self.window:
            raise ValueError(f"step must be between 0.01 s and the window, got {self.step}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")


@dataclass
class WindowEmbeddings:
    """Embeddings of fixed-length windows laid over speech.

    Attributes:
        starts: Window start times (seconds), sorted.
        centers: Window centre times (seconds); the time each embedding stands for.
        regions: Index of the speech region each window belongs to.
        vectors: ``(n, d)`` float32, L2-normalised (d: the encoder's size).
    """

    starts: np.ndarray
    centers: np.ndarray
    regions: np.ndarray
    vectors: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)


@functools.lru_cache(maxsize=1)
def _mel_filters() -> np.ndarray:
    import librosa

    # Same filterbank as resemblyzer.audio.wav_to_mel_spectrogram (librosa defaults: Slaney).
    return librosa.filters.mel(sr=SAMPLE_RATE, n_fft=N_FFT, n_mels=N_MELS).astype(np.float32)


@functools.lru_cache(maxsize=1)
def _hann() -> np.ndarray:
    return (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)


def mel_frames(audio: np.ndarray, first_frame: int, n_frames: int) -> np.ndarray:
    """Mel power spectrogram frames ``first_frame .. first_frame + n_frames - 1`` of ``audio``.

    Frame ``i`` is centred on sample ``i * HOP`` and the audio is zero beyond its ends, exactly
    as Resemblyzer's whole-file ``wav_to_mel_spectrogram``; computing only a span lets batches
    skip silence without changing a single value.

    Returns:
        ``(n_frames, 40)`` float32.
    """
    begin = first_frame * HOP - N_FFT // 2
    end = begin + (n_frames - 1) * HOP + N_FFT
    piece = audio[max(begin, 0) : max(min(end, len(audio)), 0)]
    if begin < 0 or end > len(audio):
        piece = np.pad(piece, (max(-begin, 0), end - begin - len(piece) - max(-begin, 0)))
    frames = np.lib.stride_tricks.sliding_window_view(piece, N_FFT)[::HOP][:n_frames]
    spectrum = scipy.fft.rfft(frames * _hann(), axis=1)
    power = spectrum.real**2 + spectrum.imag**2
    return (power.astype(np.float32) @ _mel_filters().T).astype(np.float32)


@contextlib.contextmanager
def torch_threads(threads: int | None) -> Iterator[None]:
    import torch

    if threads is None:
        yield
        return
    previous = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


class WindowEncoder:
    """The speaker encoder interface: ``embed_windows`` (fixed-length windows at given starts)
    and ``embed_segments``; ``embedding_size`` and ``name`` say which encoder it is."""

    embedding_size = EMBEDDING_SIZE
    name = "resemblyzer"

    def embed_windows(
        self,
        audio: np.ndarray,
        starts: np.ndarray,
        settings: EmbeddingSettings | None = None,
        progress: Callable[[float], None] | None = None,
        gain: float = 1.0,
    ) -> np.ndarray:
        raise NotImplementedError

    def info(self) -> str:
        raise NotImplementedError

    def embed_segments(
        self,
        audio: np.ndarray,
        segments: Sequence[tuple[float, float]],
        step: float = 0.4,
        gain: float = 1.0,
    ) -> np.ndarray:
        """One embedding for the union of ``segments``: the normalised mean of its windows.

        Segments shorter than a window are embedded through a window centred on them.

        Returns:
            ``(embedding_size,)`` float32 unit vector (zeros when there is no segment).
        """
        duration = len(audio) / SAMPLE_RATE
        settings = EmbeddingSettings(step=step)
        grid = window_grid(list(segments), duration, step, settings.window)
        if len(grid[0]) == 0:
            return np.zeros(self.embedding_size, dtype=np.float32)
        vectors = self.embed_windows(audio, grid[0], settings, gain=gain)
        return normalize(vectors.mean(axis=0))


#: Speaker encoders by the name ``DiarizationOptions.encoder`` gives.
ENCODERS = ("resemblyzer", "campplus", "resemblyzer+campplus")


def load_encoder(
    name: str = "resemblyzer",
    device: str = "cpu",
    fusion_weight: float = 0.5,
    fusion_stride: int = 1,
) -> WindowEncoder:
    """Load the speaker encoder ``name`` (one of ``ENCODERS``); ``fusion_weight`` and
    ``fusion_stride`` configure ``"resemblyzer+campplus"`` (``fused_encoder.FusedEncoder``).

    Raises:
        EncoderUnavailable: It cannot be loaded.
    """
    if name == "resemblyzer":
        return SpeakerEncoder(device)
    if name == "campplus":
        from bodycam.transcribe.campplus import CamPlusEncoder

        return CamPlusEncoder(device)
    if name == "resemblyzer+campplus":
        from bodycam.transcribe.campplus import CamPlusEncoder
        from bodycam.transcribe.fused_encoder import FusedEncoder

        return FusedEncoder(
            SpeakerEncoder(device), CamPlusEncoder(device), fusion_weight, fusion_stride
        )
    raise ValueError(f"encoder must be one of {ENCODERS}, got {name!r}")


class SpeakerEncoder(WindowEncoder):
    """Resemblyzer's GE2E encoder, batched over windows of a shared mel spectrogram.

    Args:
        device: torch device name.
    """

    def __init__(self, device: str = "cpu") -> None:
        try:
            with warnings.catch_warnings():
                # webrtcvad (a Resemblyzer dependency we do not use) warns about pkg_resources.
                warnings.simplefilter("ignore")
                from resemblyzer import VoiceEncoder
        except ImportError as error:
            raise EncoderUnavailable(
                f"resemblyzer cannot be imported ({error}); it needs setuptools<81"
            ) from error
        self.model = VoiceEncoder(device, verbose=False)
        self.model.eval()
        self.device = device
        _mel_filters()  # imports librosa's filter code now (about 1 s), not at the first call

    def info(self) -> str:
        from importlib.metadata import version

        return f"resemblyzer {version('resemblyzer')}"

    def encode_mels(self, mels: np.ndarray) -> np.ndarray:
        """Embed a batch of ``(n, frames, 40)`` mel windows; returns ``(n, 256)`` unit vectors."""
        import torch

        if len(mels) == 0:
            return np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)
        with torch.inference_mode():
            tensor = torch.from_numpy(np.ascontiguousarray(mels, dtype=np.float32))
            vectors = self.model(tensor.to(self.device)).cpu().numpy()
        # An all-silent window gives a zero vector (ReLU output) and NaN after normalising.
        return np.nan_to_num(vectors, nan=0.0).astype(np.float32)

    def embed_windows(
        self,
        audio: np.ndarray,
        starts: np.ndarray,
        settings: EmbeddingSettings | None = None,
        progress: Callable[[float], None] | None = None,
        gain: float = 1.0,
    ) -> np.ndarray:
        """Embed the windows (``settings.window`` long) starting at ``starts`` (seconds, sorted).

        Args:
            audio: Mono float32 16 kHz samples.
            starts: Window start times in seconds, sorted.
            settings: Batching and threads.
            progress: Called with the fraction of windows done.
            gain: Amplitude factor applied before the encoder (see ``speech_gain``).

        Returns:
            ``(len(starts), 256)`` float32 unit vectors.
        """
        settings = settings or EmbeddingSettings()
        frame_starts = np.round(np.asarray(starts) * SAMPLE_RATE / HOP).astype(int)
        out = np.zeros((len(frame_starts), EMBEDDING_SIZE), dtype=np.float32)
        max_span_frames = int(settings.max_batch_span * SAMPLE_RATE / HOP)
        window_frames = round(settings.window * SAMPLE_RATE / HOP)
        with torch_threads(settings.threads):
            for batch in _batches(frame_starts, settings.batch_size, max_span_frames):
                first = frame_starts[batch[0]]
                n_frames = frame_starts[batch[-1]] - first + window_frames
                mel = mel_frames(audio, first, n_frames)
                if gain != 1.0:
                    # The encoder reads a power (not log) spectrogram, so level matters.
                    mel *= np.float32(gain * gain)
                offsets = frame_starts[batch] - first
                windows = mel[offsets[:, None] + np.arange(window_frames)[None, :]]
                out[batch] = self.encode_mels(windows)
                if progress is not None:
                    progress((batch[-1] + 1) / len(frame_starts))
        return out


def speech_gain(
    audio: np.ndarray, regions: Sequence[tuple[float, float]], target_db: float = TARGET_LEVEL_DB
) -> float:
    """Amplitude factor that brings the RMS level of the speech regions to ``target_db`` dBFS.

    Resemblyzer was trained on audio normalised to -30 dBFS and reads a power spectrogram, so
    its embeddings drift with recording level; body-worn audio varies by tens of dB.

    Returns:
        The factor (1.0 when there is no speech or it is digital silence).
    """
    energy = 0.0
    count = 0
    for begin, end in regions:
        piece = audio[int(begin * SAMPLE_RATE) : int(end * SAMPLE_RATE)].astype(np.float64)
        energy += float(np.dot(piece, piece))
        count += len(piece)
    if count == 0 or energy <= 0:
        return 1.0
    level_db = 10 * np.log10(energy / count)
    return float(10 ** ((target_db - level_db) / 20))


def normalize(vectors: np.ndarray) -> np.ndarray:
    """L2-normalise a vector or the rows of a matrix (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def _batches(frame_starts: np.ndarray, batch_size: int, max_span: int) -> Iterator[np.ndarray]:
    batch: list[int] = []
    for index, start in enumerate(frame_starts):
        if batch and (len(batch) >= batch_size or start - frame_starts[batch[0]] > max_span):
            yield np.array(batch)
            batch = []
        batch.append(index)
    if batch:
        yield np.array(batch)


def window_grid(
    regions: Sequence[tuple[float, float]],
    duration: float,
    step: float,
    window: float = WINDOW_FRAMES * HOP / SAMPLE_RATE,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lay windows ``window`` seconds long over speech regions.

    A region at least one window long gets windows every ``step`` seconds, the last one flush
    with the region's end so its final words are covered. A shorter region gets one window
    centred on it that borrows the surrounding audio, so every window has the same length.

    Returns:
        ``(starts, centers, region_index)`` arrays; ``centers`` is where each window's
        embedding is taken to apply (clipped into its region).
    """
    starts: list[float] = []
    centers: list[float] = []
    owners: list[int] = []
    for index, (begin, end) in enumerate(regions):
        length = end - begin
        if length >= window:
            count = int(np.floor((length - window) / step + 1e-9)) + 1
            region_starts = begin + step * np.arange(count)
            if region_starts[-1] + window < end - step / 2:
                region_starts = np.append(region_starts, end - window)
        else:
            middle = (begin + end) / 2
            region_starts = np.array([min(max(middle - window / 2, 0.0), duration - window)])
            region_starts = np.maximum(region_starts, 0.0)
        region_centers = np.clip(region_starts + window / 2, begin, end)
        starts.extend(region_starts.tolist())
        centers.extend(region_centers.tolist())
        owners.extend([index] * len(region_starts))
    return (
        np.asarray(starts, dtype=np.float64),
        np.asarray(centers, dtype=np.float64),
        np.asarray(owners, dtype=np.int64),
    )


def embed_speech(
    audio: np.ndarray,
    regions: Sequence[tuple[float, float]],
    encoder: WindowEncoder,
    settings: EmbeddingSettings | None = None,
    progress: Callable[[float], None] | None = None,
    gain: float = 1.0,
) -> WindowEmbeddings:
    """Embed windows every ``settings.step`` seconds inside ``regions``.

    Args:
        audio: Mono float32 16 kHz samples.
        regions: Speech regions (seconds), sorted and non-overlapping.
        encoder: A loaded encoder (``load_encoder``).
        settings: Window step and batching.
        progress: Called with the fraction of windows done.
        gain: Amplitude factor applied before the encoder (see ``speech_gain``).

    Returns:
        The windows and their embeddings.
    """
    settings = settings or EmbeddingSettings()
    starts, centers, owners = window_grid(
        regions, len(audio) / SAMPLE_RATE, settings.step, settings.window
    )
    vectors = encoder.embed_windows(audio, starts, settings, progress, gain=gain)
    return WindowEmbeddings(starts=starts, centers=centers, regions=owners, vectors=vectors)
