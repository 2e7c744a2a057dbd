"""The numba kernels of pitch reading (librosa's, and pYIN's Viterbi pass in
``bodycam.transcribe.pyin``) compiled once, before any parallel work.

librosa compiles its pitch kernels (``localmin`` and friends, under YIN and pYIN) with numba's
on-disk cache on first use. Processes that compile the same kernel at the same moment race on
the cache's index: on a fresh install, three test workers did, and every later process that
loaded the kernel crashed with a segmentation fault (session 17's CI). The same can happen to
the scale-out workers' first jobs. So the setup script, and the test run before it starts its
workers, call :func:`warm` once: the kernels the speaker-pitch and delivery readings use are
compiled and cached by one process, and every process after that only reads the cache.
"""

from __future__ import annotations

import numpy as np

SAMPLE_RATE = 16000


def warm() -> None:
    """Run the pitch readings once on two seconds of a voiced tone (float32, as the pipeline
    reads audio), so their numba kernels are compiled and cached."""
    from bodycam.suggest.delivery import PitchTrack
    from bodycam.transcribe import speaker_pitch

    time = np.arange(2 * SAMPLE_RATE) / SAMPLE_RATE
    tone = (0.1 * np.sin(2 * np.pi * 140.0 * time)).astype(np.float32)
    speaker_pitch.median_f0(tone, [(0.0, 2.0)], min_voiced=0.0)
    PitchTrack.from_audio(tone, SAMPLE_RATE)


if __name__ == "__main__":
    warm()
