"""The job's bounded-memory audio path: a 16 kHz mono WAV read piece by piece."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
import soundfile
from support import ffmpeg

from bodycam.transcribe import vad
from bodycam.transcribe.audio_source import WavFile, as_signal, open_wav

TONES = "sine=frequency=300:sample_rate=16000,volume=0.5"


def _wav(path, seconds, *extra: str, source: str = TONES):
    ffmpeg("-f", "lavfi", "-i", source, "-t", str(seconds), *extra, str(path))
    return path


def test_slices_equal_libsndfile_exactly(tmp_path):
    path = _wav(tmp_path / "a.wav", 3, "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le")
    expected, rate = soundfile.read(str(path), dtype="float32")
    with open_wav(path) as audio:
        assert isinstance(audio, WavFile) and rate == 16000
        assert len(audio) == len(expected) == 48000 and audio.shape == (48000,)
        for key in (slice(None), slice(100, 4100), slice(47990, 60000), slice(-5, None)):
            piece = audio[key]
            assert piece.dtype == np.float32
            np.testing.assert_array_equal(piece, expected[key])
        assert len(audio[60000:70000]) == 0
        np.testing.assert_array_equal(np.asarray(audio), expected)
        np.testing.assert_array_equal(np.concatenate(list(audio.blocks(10000))), expected)
        with pytest.raises(TypeError, match="slices"):
            audio[5]
        assert as_signal(audio) is audio


@pytest.mark.parametrize(
    "extra",
    [
        ("-ac", "1", "-ar", "22050", "-c:a", "pcm_s16le"),  # another rate
        ("-ac", "2", "-ar", "16000", "-c:a", "pcm_s16le"),  # stereo
        ("-ac", "1", "-ar", "16000", "-c:a", "pcm_f32le"),  # float samples
    ],
)
def test_other_wavs_are_left_to_the_decoder(tmp_path, extra):
    assert open_wav(_wav(tmp_path / "b.wav", 1, *extra)) is None


def test_non_wav_files_are_left_to_the_decoder(tmp_path):
    assert open_wav(_wav(tmp_path / "c.flac", 1, "-ar", "16000")) is None
    (tmp_path / "short.wav").write_bytes(b"RIFF")
    assert open_wav(tmp_path / "short.wav") is None
    assert open_wav(tmp_path / "missing.wav") is None


@pytest.mark.slow
def test_voice_activity_of_a_long_file_stays_in_bounded_memory(tmp_path):
    # 20 minutes are 77 MB as float32; read piece by piece the VAD pass holds about one piece
    # (9 MB) and gives the same probabilities as the whole array.
    source = "anoisesrc=color=pink:amplitude=0.05:sample_rate=16000"
    path = _wav(tmp_path / "long.wav", 1200, "-ac", "1", "-c:a", "pcm_s16le", source=source)
    with open_wav(path) as audio:
        vad.speech_probabilities(audio[:16000])  # load the model outside the measurement
        tracemalloc.start()
        streamed = vad.speech_probabilities(audio)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < 30e6, f"peak {peak / 1e6:.0f} MB"
        np.testing.assert_array_equal(streamed, vad.speech_probabilities(audio[:]))
