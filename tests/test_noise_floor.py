"""The SNR estimate the diarizer's low-SNR path is gated on (issue #14): tracked per band and
per moment, a siren's swept tone counted as noise, read on the build SNR's scale."""

from __future__ import annotations

import numpy as np
import pytest

from bodycam.transcribe import denoise, noise_floor
from bodycam.transcribe.diarization.embedded import detection_audio
from bodycam.transcribe.diarization.options import DiarizationOptions
from tests.devset_builds import needs_voices

RATE = 16000


def _siren(seconds: float, low: float = 650.0, high: float = 1500.0) -> np.ndarray:
    """A tone sweeping ``low``-``high`` Hz and back every 5 s, with three harmonics, over a
    little white noise."""
    t = np.arange(round(seconds * RATE)) / RATE
    sweep = 0.5 - 0.5 * np.cos(2 * np.pi * t / 5.0)
    phase = 2 * np.pi * np.cumsum(low + (high - low) * sweep) / RATE
    wail = sum(np.sin(k * phase) / k for k in range(1, 5))
    noise = np.random.default_rng(0).normal(0.0, 0.01, len(t))
    return (0.1 * wail + noise).astype(np.float32)


def test_a_sweeping_tone_is_a_siren_and_a_steady_one_is_not():
    siren = noise_floor.siren_bins(noise_floor.power_spectrum(_siren(20.0)))
    assert siren.any(axis=0).mean() == pytest.approx(0.99, abs=0.01)
    freqs = np.fft.rfftfreq(noise_floor.FRAME, 1 / RATE)
    # The fundamental's bins and the harmonics', never the low band under the sweep.
    assert not siren[freqs < 500].any()
    assert siren[(freqs > 2000) & (freqs < 4000)].any()
    # An engine's whine holds one pitch: not a siren.
    steady = noise_floor.siren_bins(noise_floor.power_spectrum(_siren(20.0, 900.0, 900.0)))
    assert not steady.any()


def test_snr_on_silence_and_tiny_input():
    assert noise_floor.snr_db(np.zeros(RATE, dtype=np.float32)) == 0.0
    assert noise_floor.snr_db(np.ones(300, dtype=np.float32)) == 0.0


def test_denoising_takes_a_siren_down_whole():
    audio = _siren(20.0)
    filtered = denoise.spectral_subtraction(audio)
    # The percentile floor alone left the sweep as it was (0.995 of its level).
    ratio = np.sqrt(np.mean(filtered**2) / np.mean(audio**2))
    assert ratio == pytest.approx(0.121, abs=0.01)


@needs_voices
@pytest.mark.parametrize(
    ("recording_id", "build_db", "reads_db"),
    [
        # The old whole-file estimate read 16.87 (siren) and 12.03 (gusts): both over its
        # 12 dB bar, so neither was denoised.
        ("d70", 6, 7.85),
        ("d74", 0, 5.62),
        # A stationary car at 14 dB stays over the bar.
        ("d72", 14, 13.02),
    ],
)
def test_built_recordings_read_near_their_build_snr(tmp_path, recording_id, build_db, reads_db):
    from bodycam.transcribe import devset

    (recording,) = devset.build(ids=[recording_id], folder=tmp_path)
    audio = devset.read_audio(recording.audio_path)
    assert recording.spec.snr_db == build_db
    assert noise_floor.snr_db(audio) == pytest.approx(reads_db, abs=0.01)
    low = reads_db < DiarizationOptions().denoise_below_db
    assert (detection_audio(DiarizationOptions(), audio) is not audio) == low


def test_every_reader_hears_a_siren_taken_down_and_anything_else_as_it_is():
    audio = _siren(20.0)
    quiet = denoise.without_siren(audio)
    assert np.sqrt(np.mean(quiet**2) / np.mean(audio**2)) == pytest.approx(0.15, abs=0.01)
    noise = np.random.default_rng(1).normal(0.0, 0.05, 5 * RATE).astype(np.float32)
    assert denoise.without_siren(noise) is noise


def test_a_long_recording_is_read_in_pieces():
    # An hour's spectra would take gigabytes: five-minute pieces, a short tail joined on.
    spans = [(p.start, p.stop) for p in noise_floor.pieces(np.zeros(700 * RATE))]
    assert spans == [(0, 300 * RATE), (300 * RATE, 700 * RATE)]
    assert [(p.start, p.stop) for p in noise_floor.pieces(np.zeros(100))] == [(0, 100)]
    audio = _siren(20.0)
    assert noise_floor.snr_db(np.tile(audio, 20)) == pytest.approx(
        noise_floor.snr_db(audio), abs=0.1
    )
