"""How much of some stretches of speech is voiced: the share of their speech frames that repeat
with the period of a voice.

A voice speaking aloud is periodic: the vocal folds buzz at its F0, and each 40 ms frame of a
vowel repeats itself one period later. A whisper has no buzz: the same mouth shapes a rush of
breath, and no frame repeats. CAM++ and Resemblyzer learned identity from voiced speech, so a
whispered group of one woman's turns reads as another voice beside her voiced ones (fresh7's
d64: CAM++ 0.39, under the voice split's 0.4), and no pitch can be compared across the two.
``voice_split`` asks this before it makes a group a speaker (docs/BENCHMARKS.md, session 11).

pYIN's voiced flag (``speaker_pitch``) does not tell a whisper from a voice that lost its
fundamental: on the development set it marks 0-3 % of the frames of 21 of 343 voiced turns
voiced (radio dispatchers, quiet civilians: d03, d07, d08, d11, d12), as few as a whisper's.
Their harmonics still repeat with the voice's period, so their frames' autocorrelation still
peaks there: of the 837 clean reference turns of the nine halves, the 8 whispered have
0.00-0.01 of their speech frames periodic, every voiced one 0.31 or more but a civilian at the
noise floor (d17: 0.02-0.23), the radio dispatchers 0.55 or more.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bodycam.transcribe.speaker_pitch import FMAX, FMIN, HIGHPASS_HZ, SAMPLE_RATE

#: 40 ms frames hold two periods of a 50 Hz voice at the longest lag searched.
FRAME = 640
HOP = 320
#: A frame is periodic when it and itself one period later correlate this much (a pure
#: periodic signal: 1; independent noise samples: about 0).
PERIODIC = 0.5


def periodic_share(
    audio: np.ndarray, segments: Sequence[tuple[float, float]], threshold: float = PERIODIC
) -> float | None:
    """Share of the speech frames of ``segments`` (seconds) of ``audio`` (mono, 16 kHz) whose
    normalised autocorrelation reaches ``threshold`` at some lag of a 50-400 Hz period, or
    ``None`` when the segments hold no whole frame.

    The speech frames are the louder half of the segments' 40 ms frames: the quieter half is
    the pauses between words, where only the noise is heard.
    """
    from scipy import signal

    highpass = signal.butter(4, HIGHPASS_HZ, "highpass", fs=SAMPLE_RATE, output="sos")
    pieces = []
    for start, end in segments:
        piece = audio[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
        if len(piece) < FRAME:
            continue
        piece = signal.sosfilt(highpass, piece.astype(np.float64))
        pieces.append(np.lib.stride_tricks.sliding_window_view(piece, FRAME)[::HOP])
    if not pieces:
        return None
    frames = np.concatenate(pieces)
    energy = np.square(frames).sum(axis=1)
    frames = frames[energy >= np.median(energy)]
    frames = frames - frames.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(frames, 2 * FRAME, axis=1)
    products = np.fft.irfft(np.abs(spectrum) ** 2, 2 * FRAME, axis=1)
    lags = np.arange(int(SAMPLE_RATE / FMAX), int(SAMPLE_RATE / FMIN) + 1)
    # Each lag compares the frame's first FRAME - lag samples with its last FRAME - lag: the
    # cosine of the two, so that a quiet frame and a loud one are judged alike.
    cumulative = np.cumsum(np.square(frames), axis=1)
    head = cumulative[:, FRAME - 1 - lags]
    tail = cumulative[:, -1:] - cumulative[:, lags - 1]
    correlation = products[:, lags] / np.sqrt(head * tail + 1e-20)
    return float(np.mean(correlation.max(axis=1) >= threshold))
