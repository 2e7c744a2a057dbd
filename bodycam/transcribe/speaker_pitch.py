"""A speaker's pitch: the median F0 of the voiced frames of some of their stretches (pYIN,
``bodycam.transcribe.pyin``).

One person keeps their pitch wherever they stand: fresh4's d37 civilian near (-4 dB) and far
(-15 dB) read 1.3 semitones apart. Two people CAM++ hears as one timbre need not: fresh6's
father and son (one espeak voice at about 88 and 125 Hz) and its high-voiced man and
deep-voiced woman (about 160 and 125 Hz). ``voice_merge`` asks this before it joins two
speakers (docs/BENCHMARKS.md, session 10).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

SAMPLE_RATE = 16000
#: pYIN's search range (Hz): the development set's voices lie 80-240 Hz.
FMIN, FMAX = 50.0, 400.0
#: 64 ms frames hold more than three periods of a 50 Hz voice; a 20 ms hop keeps pYIN's cost
#: near 0.05 s of CPU per second of speech.
FRAME, HOP = 1024, 320
#: How the pitch checks call pYIN (``bodycam.transcribe.pyin``); its tests and benchmark read
#: the same.
PYIN_SETTINGS = {
    "fmin": FMIN,
    "fmax": FMAX,
    "sr": SAMPLE_RATE,
    "frame_length": FRAME,
    "hop_length": HOP,
}
#: Car rumble and wind sit under any voice's F0 and hide its voicing from pYIN: cut under
#: this (d54's deep-voiced woman in car noise: 56 voiced frames of 607 without, 246 with).
HIGHPASS_HZ = 70.0
#: Stretches whose pYIN frames are kept, by their samples' digest. The pitch checks read the
#: same stretch again (a group's profile in ``voice_split`` and ``voice_merge``, a group read
#: again once it gains a piece): 37 pYIN passes over 28 distinct stretches in d184 (fresh22),
#: 10 of its 32 s of diarizer CPU. 512 stretches of up to 1,000 frames (20 s) each hold a few
#: megabytes at most.
_KEPT_PIECES = 512
_pieces: OrderedDict[bytes, tuple[np.ndarray, np.ndarray]] = OrderedDict()
_pieces_lock = threading.Lock()


def _pyin(
    audio: np.ndarray, segments: Sequence[tuple[float, float]]
) -> tuple[np.ndarray, np.ndarray]:
    """pYIN over ``segments`` (seconds) of ``audio`` (mono, 16 kHz), high-passed: every
    frame's F0 (NaN where unvoiced) and voiced flag, the segments' frames one after another."""
    f0s, flags = [np.zeros(0)], [np.zeros(0, bool)]
    for start, end in segments:
        piece = audio[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
        if len(piece) < 2 * FRAME:
            continue
        f0, voiced = _piece_pyin(piece)
        f0s.append(f0)
        flags.append(voiced)
    return np.concatenate(f0s), np.concatenate(flags)


def _piece_pyin(piece: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """pYIN over one stretch of samples, high-passed: F0 per frame and the voiced flag. pYIN
    is deterministic, so a stretch read before (same samples) gets its kept frames back, read
    only: they are shared by every later read."""
    from scipy import signal

    from bodycam.transcribe import pyin

    key = hashlib.blake2b(np.ascontiguousarray(piece).tobytes(), digest_size=16).digest()
    key += str(piece.dtype).encode()
    with _pieces_lock:
        if key in _pieces:
            _pieces.move_to_end(key)
            return _pieces[key]
    highpass = signal.butter(4, HIGHPASS_HZ, "highpass", fs=SAMPLE_RATE, output="sos")
    filtered = signal.sosfilt(highpass, piece).astype(np.float32)
    # librosa.pyin's frames, decoded by a Viterbi pass over pYIN's banded transitions only
    # (bodycam.transcribe.pyin): the same frames at under half the CPU.
    f0, voiced, _ = pyin.pyin(filtered, **PYIN_SETTINGS)
    found = (f0, voiced & np.isfinite(f0))
    for frames in found:
        frames.flags.writeable = False
    with _pieces_lock:
        _pieces[key] = found
        while len(_pieces) > _KEPT_PIECES:
            _pieces.popitem(last=False)
    return found


def median_f0(
    audio: np.ndarray, segments: Sequence[tuple[float, float]], min_voiced: float
) -> float | None:
    """Median F0 (Hz) of the voiced frames of ``segments`` (seconds) of ``audio`` (mono,
    16 kHz), or ``None`` when they hold under ``min_voiced`` seconds of voiced frames (too
    little to say what the pitch is)."""
    f0, voiced = _pyin(audio, segments)
    values = f0[voiced]
    if len(values) * HOP / SAMPLE_RATE < min_voiced:
        return None
    return float(np.median(values))


def voiced_share(audio: np.ndarray, segments: Sequence[tuple[float, float]]) -> float | None:
    """Share of the pYIN frames of ``segments`` that pYIN calls voiced, or ``None`` when the
    segments hold no whole frame. Over the pauses between turns it says whether the
    background has a pitch of its own (music), which pYIN would read in a quiet voice's
    place."""
    _, voiced = _pyin(audio, segments)
    return float(voiced.mean()) if len(voiced) else None


def semitones_apart(first: float, second: float) -> float:
    """How far apart two pitches (Hz) are, in semitones."""
    return float(12 * abs(np.log2(first / second)))
