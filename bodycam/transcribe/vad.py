"""Voice activity detection with the Silero model that ships inside faster-whisper.

Speech regions are computed once per file and shared by ASR and diarization, so this module
depends on nothing else in the package.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.errors import BodycamError
from bodycam.transcribe.audio_source import WavFile

logger = logging.getLogger(__name__)

#: Silero v6 scores one 512-sample window (32 ms at 16 kHz) at a time.
WINDOW_SAMPLES = 512
#: Windows scored per ONNX call: bounds memory on multi-hour files (about 37 s of audio,
#: a few MB of buffers).
_WINDOWS_PER_CALL = 1152
#: Model calls per piece of audio read at once (4 calls: about 2.5 minutes, 9 MB of float32).
_PIECE_CALLS = 4


class VadUnavailable(BodycamError):
    "The Silero voice activity model cannot be loaded"


@dataclass(frozen=True)
class VadSettings:
    """How speech probabilities become speech regions.

    Defaults favour recall (Silero's own default threshold is 0.5): diarization and ASR lose
    whatever the VAD drops, such as a short soft "hello?" on a phone or a distant voice,
    while a little extra silence costs only a small false-alarm rate.

    Attributes:
        threshold: A window whose speech probability reaches this starts (or continues) speech.
        neg_threshold: Speech ends only after probabilities stay below this; ``None`` means
            ``threshold - 0.15`` (Silero's own hysteresis).
        min_silence_duration: Seconds of sub-``neg_threshold`` probability needed to end a
            region; shorter dips (stop consonants, breaths) stay inside the region.
        min_speech_duration: Regions shorter than this (seconds, before padding) are dropped
            as clicks and bumps.
        speech_pad: Seconds added on each side of a region, because Silero reacts a window or
            two late at onsets and drops soft word endings.
    """

    threshold: float = 0.4
    neg_threshold: float | None = None
    min_silence_duration: float = 0.3
    min_speech_duration: float = 0.15
    speech_pad: float = 0.1

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"threshold must be in (0, 1), got {self.threshold}")
        if self.neg_threshold is not None and not 0.0 <= self.neg_threshold <= self.threshold:
            raise ValueError(
                f"neg_threshold must be in [0, threshold={self.threshold}], "
                f"got {self.neg_threshold}"
            )
        for name in ("min_silence_duration", "min_speech_duration", "speech_pad"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")


@functools.lru_cache(maxsize=1)
def _silero_model():
    try:
        from faster_whisper.vad import get_vad_model
    except ImportError as error:  # pragma: no cover - faster-whisper is a core dependency
        raise VadUnavailable("faster-whisper is not installed") from error
    try:
        return get_vad_model()
    except RuntimeError as error:  # raised when onnxruntime is missing
        raise VadUnavailable(str(error)) from error


def _check_audio(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    if sample_rate != SAMPLE_RATE:
        raise ValueError(f"Silero VAD needs {SAMPLE_RATE} Hz audio, got {sample_rate} Hz: resample")
    if isinstance(audio, WavFile):
        return audio
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"audio must be mono (1-D), got shape {audio.shape}")
    return audio


class SpeechProbabilityStream:
    """Silero speech probabilities of audio fed in consecutive pieces (e.g. read from a file).

    Silero is recurrent: the stream carries its LSTM state (h, c) and each window's 64-sample
    left context from piece to piece, so the probabilities equal those of one whole-file call
    while only one piece is in memory. Feed pieces whose length is a multiple of
    ``WINDOW_SAMPLES``; only the last piece may be shorter (it is zero-padded).
    """

    _CONTEXT_SAMPLES = 64

    def __init__(self) -> None:
        self._session = _silero_model().session
        self._state_h = np.zeros((1, 1, 128), dtype=np.float32)
        self._state_c = np.zeros((1, 1, 128), dtype=np.float32)
        self._previous_tail = np.zeros(self._CONTEXT_SAMPLES, dtype=np.float32)
        self._ended = False

    def __call__(self, samples: np.ndarray) -> np.ndarray:
        """Probabilities of the windows of ``samples`` (mono float32, 16 kHz)."""
        samples = np.asarray(samples, dtype=np.float32)
        if self._ended:
            raise ValueError("a piece shorter than a whole number of windows ended the stream")
        if len(samples) % WINDOW_SAMPLES:
            self._ended = True
            samples = np.pad(samples, (0, -len(samples) % WINDOW_SAMPLES))
        out = []
        block = _WINDOWS_PER_CALL * WINDOW_SAMPLES
        for start in range(0, len(samples), block):
            windows = samples[start : start + block].reshape(-1, WINDOW_SAMPLES)
            contexts = np.concatenate(
                [self._previous_tail[None, :], windows[:-1, -self._CONTEXT_SAMPLES :]], axis=0
            )
            self._previous_tail = windows[-1, -self._CONTEXT_SAMPLES :].copy()
            batch = np.ascontiguousarray(np.concatenate([contexts, windows], axis=1))
            probabilities, self._state_h, self._state_c = self._session.run(
                None, {"input": batch, "h": self._state_h, "c": self._state_c}
            )
            out.append(np.asarray(probabilities, dtype=np.float32).reshape(-1))
        return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def speech_probabilities(audio: np.ndarray, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Silero speech probability of each 32 ms window.

    Args:
        audio: Mono float32 samples in [-1, 1].
        sample_rate: Must be 16000.

    Returns:
        float32 array with one probability per ``WINDOW_SAMPLES`` window (the last one
        zero-padded).

    Raises:
        ValueError: The audio is not mono 16 kHz.
        VadUnavailable: The Silero model (onnxruntime) cannot be loaded.
    """
    audio = _check_audio(audio, sample_rate)
    if len(audio) == 0:
        return np.zeros(0, dtype=np.float32)
    # Fed to the stream in pieces (a WavFile is read piece by piece), which keeps memory
    # bounded on multi-hour files; pieces are whole model calls, so the values equal one call.
    stream = SpeechProbabilityStream()
    piece = _PIECE_CALLS * _WINDOWS_PER_CALL * WINDOW_SAMPLES
    return np.concatenate(
        [stream(audio[start : start + piece]) for start in range(0, len(audio), piece)]
    )


def regions_from_probabilities(
    probabilities: np.ndarray,
    duration: float,
    options: VadSettings | None = None,
    window_seconds: float = WINDOW_SAMPLES / SAMPLE_RATE,
) -> list[tuple[float, float]]:
    """Turn per-window speech probabilities into padded speech regions.

    Args:
        probabilities: One speech probability per window.
        duration: Length of the audio in seconds (regions are clipped to it).
        options: Thresholds and durations; defaults to ``VadSettings()``.
        window_seconds: Duration of one probability window.

    Returns:
        Sorted, non-overlapping ``(start, end)`` pairs in seconds.
    """
    options = options or VadSettings()
    high = options.threshold
    low = options.neg_threshold if options.neg_threshold is not None else max(high - 0.15, 0.01)
    min_silence = max(1, round(options.min_silence_duration / window_seconds))

    raw: list[tuple[int, int]] = []
    start = None
    quiet = 0  # consecutive windows under the low threshold while in speech
    for index, probability in enumerate(np.asarray(probabilities)):
        if start is None:
            if probability >= high:
                start, quiet = index, 0
            continue
        if probability < low:
            quiet += 1
            if quiet >= min_silence:
                raw.append((start, index - quiet + 1))
                start = None
        else:
            quiet = 0
    if start is not None:
        raw.append((start, len(probabilities) - quiet))

    regions: list[tuple[float, float]] = []
    for first, stop in raw:
        begin, end = first * window_seconds, stop * window_seconds
        if end - begin < options.min_speech_duration:
            continue
        begin = max(0.0, begin - options.speech_pad)
        end = min(duration, end + options.speech_pad)
        if regions and begin <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        elif end > begin:
            regions.append((begin, end))
    return [(round(b, 3), round(e, 3)) for b, e in regions]


def speech_regions(
    audio: np.ndarray, sample_rate: int = SAMPLE_RATE, options: VadSettings | None = None
) -> list[tuple[float, float]]:
    """Find where people speak.

    Args:
        audio: Mono float32 samples in [-1, 1] at 16 kHz.
        sample_rate: Must be 16000.
        options: Thresholds and durations; defaults to ``VadSettings()``.

    Returns:
        Sorted, non-overlapping ``(start, end)`` pairs in seconds.

    Raises:
        ValueError: The audio is not mono 16 kHz.
        VadUnavailable: The Silero model (onnxruntime) cannot be loaded.
    """
    audio = _check_audio(audio, sample_rate)
    probabilities = speech_probabilities(audio, sample_rate)
    regions = regions_from_probabilities(probabilities, len(audio) / sample_rate, options)
    logger.debug("VAD found %d speech regions", len(regions))
    return regions


def union_regions(
    first: Sequence[tuple[float, float]], second: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The sorted, non-overlapping union of two lists of ``(start, end)`` regions (seconds);
    touching regions are joined."""
    union: list[tuple[float, float]] = []
    for begin, end in sorted([*first, *second]):
        if end <= begin:
            continue
        if union and begin <= union[-1][1]:
            union[-1] = (union[-1][0], max(end, union[-1][1]))
        else:
            union.append((float(begin), float(end)))
    return union


def regions_outside(
    regions: Sequence[tuple[float, float]], covered: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The parts of ``regions`` outside ``covered`` (both sorted, non-overlapping)."""
    outside: list[tuple[float, float]] = []
    for begin, end in regions:
        cursor = begin
        for cover_begin, cover_end in covered:
            if cover_end <= cursor or cover_begin >= end:
                continue
            if cover_begin > cursor:
                outside.append((cursor, cover_begin))
            cursor = max(cursor, cover_end)
            if cursor >= end:
                break
        if cursor < end:
            outside.append((cursor, end))
    return outside
