"""pYIN with a banded Viterbi pass (``bodycam.transcribe.pyin``) gives librosa's frames exactly."""

from __future__ import annotations

import librosa
import numpy as np
import pytest
from devset_builds import build_once, needs_voices
from scipy import signal

from bodycam.transcribe import devset, pyin, speaker_pitch

RATE = 16000
SETTINGS = speaker_pitch.PYIN_SETTINGS


def _same_as_librosa(piece: np.ndarray) -> None:
    expected = librosa.pyin(piece, **SETTINGS)
    found = pyin.pyin(piece, **SETTINGS)
    for name, want, got in zip(("f0", "voiced", "voiced_prob"), expected, found, strict=True):
        assert got.dtype == want.dtype, name
        np.testing.assert_array_equal(got, want, err_msg=name)


def _tone(hertz: np.ndarray) -> np.ndarray:
    phase = 2 * np.pi * np.cumsum(hertz) / RATE
    return (0.2 * np.sin(phase)).astype(np.float32)


@needs_voices
@pytest.mark.slow
def test_every_stretch_of_a_scene_gets_librosas_frames(tmp_path):
    # fresh22's d184 (a husband and wife, a witness, street noise), high-passed as
    # speaker_pitch reads it, in stretches of 0.13 to 7 s from quiet gaps to talk over talk.
    audio = devset.read_audio(build_once("d184", tmp_path).audio_path)
    highpass = signal.butter(4, speaker_pitch.HIGHPASS_HZ, "highpass", fs=RATE, output="sos")
    filtered = signal.sosfilt(highpass, audio).astype(np.float32)
    stretches = [(0.0, 7.0), (3.2, 3.33), (9.5, 12.0), (14.0, 20.5), (25.0, 26.1), (31.0, 38.0)]
    for start, end in stretches:
        _same_as_librosa(filtered[int(start * RATE) : int(end * RATE)])


@pytest.mark.parametrize(
    "piece",
    [
        np.zeros(RATE, np.float32),
        np.random.default_rng(7).normal(0, 0.1, RATE).astype(np.float32),
        # A glide over the whole range in a second, and a jump of 18 semitones between two
        # frames: further than pYIN lets a voice move in one hop.
        _tone(np.geomspace(55, 390, RATE)),
        _tone(np.repeat([110.0, 311.0, 110.0], RATE // 3)),
        # The shortest stretch speaker_pitch reads (two frames).
        _tone(np.full(2 * speaker_pitch.FRAME, 140.0)),
    ],
    ids=["silence", "noise", "glide", "jump", "shortest"],
)
def test_silence_noise_and_tones_get_librosas_frames(piece):
    _same_as_librosa(piece)


def test_a_state_no_band_reaches_well_is_decoded_densely():
    # Certain voicing at the lowest pitch, then at the highest, frame about: every state's own
    # band lies far below the best source outside it (a log(tiny) step from the lowest bin),
    # so the states are read densely, and the path pays that step once, as librosa's does.
    bins, width = 361, 91
    frames = 12
    prob = np.zeros((2 * bins, frames))
    prob[np.where(np.arange(frames) % 2, bins - 1, 0), np.arange(frames)] = 1.0
    states, dense = pyin.viterbi(prob, bins, width)
    transition = np.kron(
        librosa.sequence.transition_loop(2, 1 - pyin.SWITCH_PROB),
        librosa.sequence.transition_local(bins, width, window="triangle", wrap=False),
    )
    expected = librosa.sequence.viterbi(
        prob, transition, p_init=np.full(2 * bins, 1.0 / (2 * bins))
    )
    np.testing.assert_array_equal(states, expected)
    assert list(states) == [0] * 5 + [bins - 1] * 7
    assert dense > 0


def test_random_observations_decode_as_librosa_decodes_them():
    bins, width = 361, 91
    rng = np.random.default_rng(3)
    transition = np.kron(
        librosa.sequence.transition_loop(2, 1 - pyin.SWITCH_PROB),
        librosa.sequence.transition_local(bins, width, window="triangle", wrap=False),
    )
    for _ in range(3):
        prob = rng.random((2 * bins, 40)) * (rng.random((2 * bins, 40)) < 0.05)
        expected = librosa.sequence.viterbi(
            prob, transition, p_init=np.full(2 * bins, 1.0 / (2 * bins))
        )
        np.testing.assert_array_equal(pyin.viterbi(prob, bins, width)[0], expected)


def test_stereo_is_refused_by_shape():
    with pytest.raises(
        ValueError, match=r"pyin reads mono audio, got an array of shape \(2, 4096\)"
    ):
        pyin.pyin(np.zeros((2, 4096), np.float32), **SETTINGS)
