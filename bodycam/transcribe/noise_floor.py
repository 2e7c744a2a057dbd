"""The noise under a recording, per frequency and per moment, and its SNR (issue #14).

A single noise level per recording (a low percentile of frame energies) misreads the noise
that matters on body-cam footage: gusting wind and a swelling downpour leave quiet moments that
pull a whole-file floor down, and a siren's sweep puts a loud tone into the voice band that an
energy percentile takes for speech. So the noise is tracked instead:

- per STFT bin, the minimum of its smoothed power over about a second (minimum statistics,
  Martin 2001): speech leaves each band for a moment within a second, the wind's gust envelope
  does not, so the floor follows the gusts; scaled by a constant calibrated so that, over the
  76 development recordings, the SNR read from it matches the SNR they were built at;
- a swept tone (a siren) is found as a spectral peak in 550-1700 Hz that stands far over its
  band, moves smoothly and sweeps, in most frames; its fundamental and harmonics are noise.
"""

from __future__ import annotations

import numpy as np
from scipy import signal
from scipy.ndimage import minimum_filter1d, uniform_filter1d

from bodycam.core.audio import SAMPLE_RATE

#: STFT frame (32 ms at 16 kHz), half overlapped: hops of 16 ms.
FRAME = 512
#: Frames the power is averaged over before the minimum (80 ms): one frame's power scatters
#: too much for its minimum to mean anything.
_SMOOTH_FRAMES = 5
#: Frames the minimum is taken over (about 1 s): long enough for speech to leave each band,
#: short enough to follow a gust.
_MINIMUM_FRAMES = 62
#: The smoothed minimum's ratio to the mean noise power: calibrated on the development
#: recordings' build SNRs (docs/BENCHMARKS.md, session 12).
_MINIMUM_BIAS = 3.5
#: Where a siren's fundamental sweeps (the European and US wails, 650-1500 Hz, with margin).
_TONE_BAND = (550.0, 1700.0)
#: A tone frame: its peak stands this far (dB) over the band's median...
_TONE_OVER_BAND_DB = 15.0
#: ...and lies within this (Hz) of the last frame's peak (a sweep moves ~11 Hz per 16 ms hop).
_TONE_STEP_HZ = 40.0
#: A siren: tone frames are this share of the recording (engines and voices read 0.5 or less)...
_TONE_SHARE = 0.7
#: ...and their peaks span this much (Hz): an engine's harmonic stays put, a siren sweeps.
_TONE_SWEEP_HZ = 300.0
_TONE_HARMONICS = 4
#: Longest stretch read at once (s): every development recording is one piece.
PIECE_SECONDS = 300.0


def power_spectrum(audio: np.ndarray, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """The STFT power (frequency bins by 16 ms frames) the noise is tracked on."""
    samples = np.asarray(audio, dtype=np.float32).reshape(-1)
    _, _, spectrum = signal.stft(samples, sample_rate, nperseg=FRAME)
    return np.abs(spectrum) ** 2


def tracked_floor(power: np.ndarray) -> np.ndarray:
    """Each bin's noise power at each frame, from the minimum of its smoothed power over about
    a second around it (itself smoothed, so the floor does not step)."""
    smoothed = uniform_filter1d(power, _SMOOTH_FRAMES, axis=1, mode="nearest")
    floor = minimum_filter1d(smoothed, _MINIMUM_FRAMES, axis=1, mode="nearest")
    return _MINIMUM_BIAS * uniform_filter1d(floor, _MINIMUM_FRAMES, axis=1, mode="nearest")


def siren_bins(power: np.ndarray, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Boolean mask (like ``power``) of the bins a swept tone holds, its fundamental and
    harmonics; all False when the recording has no siren."""
    freqs = np.fft.rfftfreq(FRAME, 1.0 / sample_rate)[: power.shape[0]]
    mask = np.zeros(power.shape, dtype=bool)
    band = (freqs > _TONE_BAND[0]) & (freqs < _TONE_BAND[1])
    if power.shape[1] < 2 or not band.any():
        return mask
    inside = power[band]
    peak = freqs[band][inside.argmax(axis=0)]
    standing = inside.max(axis=0) > 10 ** (_TONE_OVER_BAND_DB / 10) * np.maximum(
        np.median(inside, axis=0), 1e-20
    )
    steady = np.zeros(len(peak), dtype=bool)
    steady[1:] = np.abs(np.diff(peak)) < _TONE_STEP_HZ
    tone = standing & steady
    if tone.mean() < _TONE_SHARE:
        return mask
    low, high = np.percentile(peak[tone], [5, 95])
    if high - low < _TONE_SWEEP_HZ:
        return mask
    width = freqs[1] - freqs[0]
    for harmonic in range(1, _TONE_HARMONICS + 1):
        # A harmonic sweeps k times as fast, so it smears over more bins within a frame.
        near = np.abs(freqs[:, None] - harmonic * peak[None, :]) <= (1 + harmonic) * width
        mask |= near & tone[None, :]
    return mask


def noise_power(power: np.ndarray, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Each bin's noise power at each frame: the tracked floor, and all of a siren's bins."""
    floor = tracked_floor(power)
    siren = siren_bins(power, sample_rate)
    return np.where(siren, np.maximum(power, floor), floor)


def pieces(audio: np.ndarray, sample_rate: int = SAMPLE_RATE) -> list[slice]:
    """The stretches a long recording is read in: ``PIECE_SECONDS`` each, a short tail joined
    to the piece before it. The spectra of an hour would take gigabytes; the noise is tracked
    over a second, so nothing is lost at the joins but a second's context."""
    size = round(PIECE_SECONDS * sample_rate)
    total = len(audio)
    starts = list(range(0, max(total - size // 2, 1), size))
    return [
        slice(start, starts[index + 1] if index + 1 < len(starts) else total)
        for index, start in enumerate(starts)
    ]


def snr_db(audio: np.ndarray, sample_rate: int = SAMPLE_RATE) -> float:
    """The recording's SNR (dB) as the development set builds it: speech power where someone
    speaks over the mean noise power. Speech frames are those whose power over the noise
    exceeds the noise; their excess is the speech power. 0 for silence or under one frame."""
    samples = np.asarray(audio, dtype=np.float32).reshape(-1)
    speech_power = speech_frames = noise_total = frames = 0.0
    for piece in pieces(samples, sample_rate):
        if piece.stop - piece.start < FRAME:
            continue
        power = power_spectrum(samples[piece], sample_rate)
        noise = noise_power(power, sample_rate)
        excess = np.maximum(power - noise, 0.0).sum(axis=0)
        floor = noise.sum(axis=0)
        speech = excess > floor
        speech_power += float(excess[speech].sum())
        speech_frames += int(speech.sum())
        noise_total += float(floor.sum())
        frames += len(floor)
    if speech_frames == 0 or noise_total <= 0.0:
        return 0.0
    return float(10.0 * np.log10((speech_power / speech_frames) / (noise_total / frames)))
