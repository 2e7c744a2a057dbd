"""The development set's noises (``devset_noise.NOISES``): where each puts its power, and which of
them sound like voices, the ones a diarizer may take for a speaker (rain and the siren across
the voice band; crowd babble and music pitched and swelling like speech; a dog's barks in
short pitched bursts). Each came in with a blind half (fresh8, fresh9, fresh12)."""

from __future__ import annotations

import numpy as np
from scipy import signal

from bodycam.transcribe import devset, devset_noise


def test_rain_and_siren_noises_fill_the_voice_band():
    """Rain and the siren put about half their power at 1-4 kHz, where voices are told apart;
    street, wind and car noise put a few per cent there at most."""
    shares = {}
    for kind in devset_noise.NOISES:
        noise = devset_noise.noise(kind, 10 * devset.SAMPLE_RATE, np.random.default_rng(1))
        freqs, power = signal.welch(noise, devset.SAMPLE_RATE, nperseg=4096)
        shares[kind] = power[(freqs >= 1000) & (freqs <= 4000)].sum() / power.sum()
    assert min(shares["rain"], shares["siren"]) > 0.3
    assert max(shares["street"], shares["wind"], shares["car"]) < 0.1


_VOICE_BAND = signal.butter(4, [300, 3000], "bandpass", fs=16000, output="sos")


def _pitch_strength(noise: np.ndarray) -> float:
    """The median, over 64 ms frames of the 300-3000 Hz band, of the highest normalised
    autocorrelation at a lag of 2.5-10 ms (a 100-400 Hz pitch): high for a pitched sound, low
    for hiss and rumble."""
    voiced = signal.sosfilt(_VOICE_BAND, noise)
    strengths = []
    for start in range(0, voiced.size - 1024, 1024):
        frame = voiced[start : start + 1024]
        corr = np.correlate(frame, frame, "full")[1023:]
        strengths.append(corr[40:160].max() / corr[0])
    return float(np.median(strengths))


def _syllable_swing(noise: np.ndarray) -> float:
    """The share of the 300-3000 Hz band's loudness swings that come 2-8 times a second, the
    rate at which speech starts and stops syllables."""
    envelope = signal.resample_poly(
        np.abs(signal.hilbert(signal.sosfilt(_VOICE_BAND, noise))), 1, 160
    )
    freqs, power = signal.welch(envelope - envelope.mean(), 100, nperseg=512)
    return float(power[(freqs >= 2) & (freqs <= 8)].sum() / power[freqs > 0.2].sum())


def test_crowd_and_music_noises_sound_like_voices_in_the_voice_band():
    """Most of the crowd's and the music's power is where voices are (the music's bass and drum
    reach down to 50 Hz); the crowd swells and drops at the syllable rate more than any other
    noise but the dog's barking, and the music is pitched (its singer and chords) as only the
    siren was before."""
    band, pitch, swing = {}, {}, {}
    for kind in devset_noise.NOISES:
        noise = devset_noise.noise(kind, 10 * devset.SAMPLE_RATE, np.random.default_rng(1))
        freqs, power = signal.welch(noise, devset.SAMPLE_RATE, nperseg=4096)
        band[kind] = power[(freqs >= 50) & (freqs <= 4000)].sum() / power.sum()
        pitch[kind], swing[kind] = _pitch_strength(noise), _syllable_swing(noise)
    assert min(band["crowd"], band["music"]) > 0.9
    steady = [v for kind, v in swing.items() if kind not in ("crowd", "dog")]
    assert swing["crowd"] > 0.4 > max(steady), swing
    unpitched = ("street", "wind", "car", "rain")
    assert min(pitch["music"], pitch["siren"]) > 0.5 > max(pitch[k] for k in unpitched), pitch


def _loudest_frames(noise: np.ndarray) -> tuple[float, float]:
    """The share of 32 ms frames of the 300-3000 Hz band that hold 80% of its power (small for
    a sound in bursts), and the median pitch strength of the loudest tenth of the frames."""
    voiced = signal.sosfilt(_VOICE_BAND, noise)
    frames = voiced[: voiced.size // 512 * 512].reshape(-1, 512)
    power = (frames**2).sum(axis=1)
    ranked = np.sort(power)[::-1]
    share = np.searchsorted(np.cumsum(ranked) / ranked.sum(), 0.8) / ranked.size
    strengths = []
    for frame in frames[power >= np.quantile(power, 0.9)]:
        corr = np.correlate(frame, frame, "full")[511:]
        strengths.append(corr[40:160].max() / corr[0])
    return float(share), float(np.median(strengths))


def test_dog_noise_barks_in_short_pitched_bursts():
    """The dog: 80% of its voice-band power in under a tenth of the time (every other noise
    spreads it over more than 30%), pitched where it is loud (unlike rain, street and wind),
    and starting and stopping at the syllable rate, as the crowd does: a loud voiced sound as
    short as a word, that is no one's turn."""
    shares, pitch = {}, {}
    for kind in devset_noise.NOISES:
        noise = devset_noise.noise(kind, 10 * devset.SAMPLE_RATE, np.random.default_rng(1))
        shares[kind], pitch[kind] = _loudest_frames(noise)
        if kind == "dog":
            freqs, power = signal.welch(noise, devset.SAMPLE_RATE, nperseg=4096)
            assert power[(freqs >= 50) & (freqs <= 4000)].sum() / power.sum() > 0.9
            assert _syllable_swing(noise) > 0.4
    assert shares["dog"] < 0.1 and min(v for k, v in shares.items() if k != "dog") > 0.3, shares
    assert pitch["dog"] > 0.5 > max(pitch["rain"], pitch["street"], pitch["wind"]), pitch
