"""librosa's pYIN, step for step, with a Viterbi pass that reads only the transitions pYIN allows.

``librosa.pyin`` decodes its pitch track with a dense Viterbi pass over 722 states (50-400 Hz in
tenths of a semitone, voiced and unvoiced): every state from every state, 521,000 sums a frame,
about two thirds of pYIN's CPU and a fifth of the diarizer's (d184, fresh22). pYIN's own
transition matrix is banded: a voice moves at most nine semitones in a 20 ms hop, so each state
is reached from 182 of the 722 (its band in the voiced half and the same band in the unvoiced
half). Every other entry is zero, which librosa's Viterbi reads as ``log(tiny)`` (-708.4).

:func:`viterbi` sums only the band, and is exact: a source outside the band scores at most
``max(previous) + log(tiny)``, so when the band's best beats that bound no source outside it
can win (nor tie, which would change numpy's first-index argmax); when it does not, that state
is decoded densely, as librosa does. The states are librosa's bit for bit (the same additions
in the same order), and ``tests/test_pyin.py`` holds :func:`pyin` to ``librosa.pyin``.

Everything before the Viterbi pass is librosa's own code (its YIN difference function,
parabolic refinement and observation probabilities), called as ``librosa.pyin`` calls it; only
the parameters ``speaker_pitch`` uses are offered, each of librosa's defaults kept.
"""

from __future__ import annotations

import functools

import numba
import numpy as np

#: librosa.pyin's defaults, which speaker_pitch keeps.
N_THRESHOLDS = 100
BETA_PARAMETERS = (2, 18)
BOLTZMANN_PARAMETER = 2
RESOLUTION = 0.1
MAX_TRANSITION_RATE = 35.92
SWITCH_PROB = 0.01
NO_TROUGH_PROB = 0.01


def pyin(
    y: np.ndarray, *, fmin: float, fmax: float, sr: int, frame_length: int, hop_length: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``librosa.pyin(y, fmin=, fmax=, sr=, frame_length=, hop_length=)`` for mono ``y``, with
    librosa's defaults otherwise: F0 per frame (NaN where unvoiced), the voiced flag and the
    voiced probability."""
    import scipy.stats
    from librosa import util
    from librosa.core import pitch

    if y.ndim != 1:
        raise ValueError(f"pyin reads mono audio, got an array of shape {y.shape}")
    util.valid_audio(y)
    # librosa.pyin's checks of fmin, fmax and the frame (module-private there, so by name).
    getattr(pitch, "__check_yin_params")(sr=sr, fmax=fmax, fmin=fmin, frame_length=frame_length)
    padded = np.pad(y, (frame_length // 2, frame_length // 2), mode="constant")
    frames = util.frame(padded, frame_length=frame_length, hop_length=hop_length)
    min_period = int(np.floor(sr / fmax))
    max_period = min(int(np.ceil(sr / fmin)), frame_length - 1)
    yin_frames = pitch._cumulative_mean_normalized_difference(frames, min_period, max_period)
    shifts = pitch._parabolic_interpolation(yin_frames)
    thresholds = np.linspace(0, 1, N_THRESHOLDS + 1)
    beta_probs = np.diff(scipy.stats.beta.cdf(thresholds, *BETA_PARAMETERS))
    bins_per_semitone = int(np.ceil(1.0 / RESOLUTION))
    n_bins = int(np.floor(12 * bins_per_semitone * np.log2(fmax / fmin))) + 1
    observation_probs, voiced_prob = getattr(pitch, "__pyin_helper")(
        yin_frames,
        shifts,
        sr,
        thresholds,
        BOLTZMANN_PARAMETER,
        beta_probs,
        NO_TROUGH_PROB,
        min_period,
        fmin,
        n_bins,
        bins_per_semitone,
    )
    width = round(MAX_TRANSITION_RATE * 12 * hop_length / sr) * bins_per_semitone + 1
    states, _ = viterbi(observation_probs[0], n_bins, width)
    freqs = fmin * 2 ** (np.arange(n_bins) / (12 * bins_per_semitone))
    f0 = freqs[states % n_bins]
    voiced = states < n_bins
    f0[~voiced] = np.nan
    return f0, voiced, voiced_prob[0]


def viterbi(prob: np.ndarray, n_bins: int, width: int) -> tuple[np.ndarray, int]:
    """The state sequence ``librosa.sequence.viterbi`` gives for ``prob`` (2 x ``n_bins``
    states by frames) under pYIN's transitions (a triangle ``width`` bins wide within voiced
    and unvoiced, ``SWITCH_PROB`` between them, a uniform start), and how many (frame, state)
    steps needed the dense decode."""
    from librosa.util import tiny

    log_trans, low, high, floor = _transitions(n_bins, width)
    epsilon = tiny(prob)
    log_prob = np.log(prob + epsilon).T
    log_init = np.log(np.full(2 * n_bins, 1.0 / (2 * n_bins)) + epsilon)
    states, dense = _banded_viterbi(
        np.ascontiguousarray(log_prob), log_trans, log_init, low, high, floor
    )
    return states, int(dense)


@functools.lru_cache(maxsize=4)
def _transitions(n_bins: int, width: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """pYIN's log transition matrix as librosa's Viterbi reads it (``log(p + tiny)``), the
    ranges of sources each state is reached from with a probability over zero (``low`` to
    ``high``, one row per state, in index order) and the log of a zero."""
    from librosa import sequence
    from librosa.util import tiny

    local = sequence.transition_local(n_bins, width, window="triangle", wrap=False)
    transition = np.kron(sequence.transition_loop(2, 1 - SWITCH_PROB), local)
    epsilon = tiny(transition)
    reached = np.pad(transition > 0, ((1, 1), (0, 0))).astype(np.int8)
    edges = [np.flatnonzero(np.diff(reached[:, state])) for state in range(2 * n_bins)]
    most = max(len(found) // 2 for found in edges)
    low = np.zeros((2 * n_bins, most), np.int64)
    high = np.zeros((2 * n_bins, most), np.int64)
    for state, found in enumerate(edges):
        low[state, : len(found) // 2] = found[::2]
        high[state, : len(found) // 2] = found[1::2]
    return np.log(transition + epsilon), low, high, float(np.log(epsilon))


@numba.njit(cache=True)
def _banded_viterbi(log_prob, log_trans, log_init, low, high, floor):  # pragma: no cover
    steps, n_states = log_prob.shape
    value = np.empty((steps, n_states))
    pointer = np.zeros((steps, n_states), dtype=np.uint16)
    value[0] = log_prob[0] + log_init
    dense = 0
    for t in range(1, steps):
        previous = value[t - 1]
        # No source outside a state's band scores above this (its transition is log(tiny)).
        bound = np.max(previous) + floor
        for state in range(n_states):
            best = -np.inf
            source = 0
            for band in range(low.shape[1]):
                for k in range(low[state, band], high[state, band]):
                    score = previous[k] + log_trans[k, state]
                    if score > best:
                        best = score
                        source = k
            if not best > bound:
                # A source outside the band may win or tie: read every source, as librosa does.
                dense += 1
                best = previous[0] + log_trans[0, state]
                source = 0
                for k in range(1, n_states):
                    score = previous[k] + log_trans[k, state]
                    if score > best:
                        best = score
                        source = k
            pointer[t, state] = source
            value[t, state] = log_prob[t, state] + best
    states = np.zeros(steps, dtype=np.uint16)
    states[-1] = np.argmax(value[-1])
    for t in range(steps - 2, -1, -1):
        states[t] = pointer[t + 1, states[t + 1]]
    return states, dense
