"""A cheap noise reduction for the detection path only: power spectral subtraction.

Under loud noise (a car at 0 dB SNR) Silero and the segmentation model lose a far
voice that is still there in the spectrum. Subtracting each frequency's noise floor (a low
percentile of its power over the whole recording, since any recording has pauses) lets both
hear it again. The filtered signal is only used to decide *when* someone speaks; the speaker
embeddings, and everything kept as evidence, read the original audio (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import numpy as np
from scipy import signal

from bodycam.core.audio import SAMPLE_RATE
from bodycam.transcribe import noise_floor


def spectral_subtraction(
    audio: np.ndarray,
    sample_rate: int = SAMPLE_RATE,
    over_subtraction: float = 4.0,
    floor: float = 0.1,
    noise_percentile: float = 20.0,
    frame: int = 512,
) -> np.ndarray:
    """``audio`` with each frequency's noise floor subtracted from its power.

    Args:
        audio: Mono float samples.
        sample_rate: Their rate (Hz).
        over_subtraction: Multiple of the noise power removed (4: tuned on the development
            half's 0 dB car recording, d11; 2 left most of the noise, 6 took the voice).
        floor: Smallest amplitude gain: keeps some noise rather than "musical" holes.
        noise_percentile: Percentile over time of each frequency's power taken as its noise.
        frame: STFT frame in samples (32 ms at 16 kHz), half overlapped.

    Returns:
        float32 samples, as many as ``audio``.
    """
    samples = np.asarray(audio, dtype=np.float32).reshape(-1)
    if len(samples) < frame:
        return samples.copy()
    _, _, spectrum = signal.stft(samples, sample_rate, nperseg=frame)
    power = np.abs(spectrum) ** 2
    noise = np.percentile(power, noise_percentile, axis=1, keepdims=True)
    gain = np.sqrt(np.maximum(1.0 - over_subtraction * noise / np.maximum(power, 1e-20), floor**2))
    # A siren is not a floor: its sweep passes each bin for a moment, so no percentile holds
    # it. The bins its tone holds are taken down whole (issue #14, d70).
    gain[noise_floor.siren_bins(power, sample_rate)] = floor
    _, filtered = signal.istft(spectrum * gain, sample_rate, nperseg=frame)
    out = np.zeros(len(samples), dtype=np.float32)
    usable = min(len(samples), len(filtered))
    out[:usable] = filtered[:usable]
    return out


def without_siren(
    audio: np.ndarray, sample_rate: int = SAMPLE_RATE, floor: float = 0.1
) -> np.ndarray:
    """``audio`` with a siren's swept tone taken down (``noise_floor.siren_bins``, gain
    ``floor``), piece by piece; ``audio`` itself when no piece has a siren. Unlike the noise
    subtraction this is for every reader, the speaker encoders and the pitch too: under a
    siren's loudest pass the window embeddings of three people fell together into speakers of
    their own (d70, docs/BENCHMARKS.md)."""
    samples = np.asarray(audio, dtype=np.float32).reshape(-1)
    out = None
    frame = noise_floor.FRAME
    for piece in noise_floor.pieces(samples, sample_rate):
        if piece.stop - piece.start < frame:
            continue
        _, _, spectrum = signal.stft(samples[piece], sample_rate, nperseg=frame)
        siren = noise_floor.siren_bins(np.abs(spectrum) ** 2, sample_rate)
        if not siren.any():
            continue
        spectrum[siren] *= floor
        _, filtered = signal.istft(spectrum, sample_rate, nperseg=frame)
        if out is None:
            out = samples.copy()
        usable = min(piece.stop - piece.start, len(filtered))
        out[piece.start : piece.start + usable] = filtered[:usable]
    return audio if out is None else out
