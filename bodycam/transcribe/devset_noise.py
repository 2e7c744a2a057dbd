"""The development set's synthesized backgrounds (:mod:`devset` mixes them under the voices):
street, wind, car, rain, siren, crowd, music and dog, each drawn from the recording's seeded
generator, so the same spec gives the same samples. Their own module: the builder's job is
the voices and the turns, this one's the scene around them."""

from __future__ import annotations

import numpy as np
from scipy import signal

SAMPLE_RATE = 16000
#: The kinds of background a spec may ask for (``RecordingSpec.noise``).
NOISES = ("street", "wind", "car", "rain", "siren", "crowd", "music", "dog")


def noise(kind: str, size: int, rng: np.random.Generator) -> np.ndarray:
    """Synthesized background: ``street`` (traffic rumble, hiss, a passing car), ``wind``
    (gusting low-passed noise), ``car`` (idling engine harmonics over road rumble), ``rain``
    (broadband hiss and drops, over the whole speech band), ``siren`` (a wailing two-tone
    sweep through the voice band, loudest as it passes, over traffic rumble), ``crowd`` (the
    babble of a dozen voiced talkers nobody is scored for), ``music`` (a car stereo: bass,
    chords, a beat and a sung line) or ``dog`` (a dog barking in bouts, over a quiet yard)."""
    if kind not in NOISES:
        raise ValueError(f"noise must be one of {NOISES}, got {kind!r}")
    seconds = np.arange(size) / SAMPLE_RATE
    brown = signal.lfilter([1.0], [1.0, -0.995], rng.standard_normal(size))
    brown -= signal.lfilter([0.002], [1.0, -0.998], brown)
    brown /= np.sqrt(np.mean(brown**2))
    if kind == "street":
        hiss = signal.sosfilt(
            signal.butter(2, [1000, 6000], btype="bandpass", fs=SAMPLE_RATE, output="sos"),
            rng.standard_normal(size),
        )
        passing = 1.0 + 2.0 * np.exp(-(((seconds - seconds[-1] * rng.uniform(0.3, 0.7)) / 3) ** 2))
        return brown * passing + 0.3 * hiss / np.sqrt(np.mean(hiss**2))
    if kind == "wind":
        gusts = signal.sosfilt(
            signal.butter(2, 600, fs=SAMPLE_RATE, output="sos"), rng.standard_normal(size)
        )
        envelope = signal.sosfilt(
            signal.butter(1, 0.5, fs=SAMPLE_RATE, output="sos"), rng.standard_normal(size)
        )
        envelope = 0.4 + np.abs(envelope) / np.abs(envelope).mean()
        return gusts * envelope / np.sqrt(np.mean(gusts**2)) + 0.5 * brown
    if kind == "rain":
        return _rain(size, seconds, brown, rng)
    if kind == "siren":
        return _siren(size, seconds, brown, rng)
    if kind == "crowd":
        return _crowd(size, seconds, brown, rng)
    if kind == "music":
        return _music(size, seconds, brown, rng)
    if kind == "dog":
        return _dog(size, seconds, brown, rng)
    engine = rng.uniform(25, 35)
    hum = sum(np.sin(2 * np.pi * engine * k * seconds + rng.uniform(0, 6)) / k for k in range(1, 8))
    road = signal.sosfilt(
        signal.butter(3, 400, fs=SAMPLE_RATE, output="sos"), rng.standard_normal(size)
    )
    return hum / np.sqrt(np.mean(hum**2)) + road / np.sqrt(np.mean(road**2))


def _rain(
    size: int, seconds: np.ndarray, brown: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Rain on pavement and car roofs: hiss from 400 Hz to 7 kHz (unlike wind and engines, it
    covers the consonants and upper formants), a few hundred drops a second as short ticks, and
    a slow swell of the downpour."""
    hiss = signal.sosfilt(
        signal.butter(2, [400, 7000], btype="bandpass", fs=SAMPLE_RATE, output="sos"),
        rng.standard_normal(size),
    )
    falls = (rng.random(size) < 300 / SAMPLE_RATE) * rng.standard_normal(size)
    drops = signal.sosfilt(
        signal.butter(2, 1500, btype="highpass", fs=SAMPLE_RATE, output="sos"),
        signal.lfilter([1.0], [1.0, -0.97], falls),
    )
    swell = 1.0 + 0.3 * np.sin(2 * np.pi * seconds / rng.uniform(8, 15) + rng.uniform(0, 6))
    hiss *= swell / np.sqrt(np.mean(hiss**2))
    return hiss + 0.6 * drops / np.sqrt(np.mean(drops**2)) + 0.3 * brown


def _siren(
    size: int, seconds: np.ndarray, brown: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """An emergency vehicle's wail: a tone sweeping 650-1500 Hz and back every 4-6 s, with its
    harmonics (pitched, in the band voices are told apart in), loudest as it passes mid-way,
    over traffic rumble."""
    period = rng.uniform(4, 6)
    sweep = 0.5 - 0.5 * np.cos(2 * np.pi * seconds / period + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(650 + 850 * sweep) / SAMPLE_RATE
    wail = sum(np.sin(k * phase) / k for k in range(1, 5))
    passing = seconds[-1] * rng.uniform(0.35, 0.65)
    approach = 0.25 + np.exp(-(((seconds - passing) / 10) ** 2))
    return wail * approach / np.sqrt(np.mean(wail**2)) + 0.5 * brown


def _talker(
    seconds: np.ndarray, f0: float, syllables: float, rng: np.random.Generator
) -> np.ndarray:
    """Something like one voice, wordless: a buzz at a gliding pitch ``f0`` through two vowel
    formants, switched on and off ``syllables`` times a second. It has what a voice has (a
    pitch, harmonics, formants, a syllable rhythm), so a diarizer can take it for one."""
    glide = 1 + 0.12 * np.sin(2 * np.pi * seconds / rng.uniform(1.5, 3) + rng.uniform(0, 6))
    buzz = signal.sawtooth(2 * np.pi * np.cumsum(f0 * glide) / SAMPLE_RATE)
    vowel = sum(
        signal.sosfilt(
            signal.butter(
                2, [centre * 0.8, centre * 1.2], "bandpass", fs=SAMPLE_RATE, output="sos"
            ),
            buzz,
        )
        for centre in (rng.uniform(400, 800), rng.uniform(1100, 2200))
    )
    rhythm = signal.sosfilt(
        signal.butter(2, syllables, fs=SAMPLE_RATE, output="sos"), rng.standard_normal(seconds.size)
    )
    return vowel * np.clip(rhythm / np.std(rhythm), 0, None)


def _crowd(
    size: int, seconds: np.ndarray, brown: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """A crowd behind the scene (a protest, a bar letting out): twelve wordless talkers of both
    sexes, each speaking in bursts (half the time quiet), all a few metres off. Speech-like
    sound that is no one's turn: the reference has no label for it."""
    babble = np.zeros(size)
    for _ in range(12):
        talker = _talker(seconds, rng.uniform(95, 260), rng.uniform(3, 5), rng)
        bursts = signal.sosfilt(
            signal.butter(1, 0.15, fs=SAMPLE_RATE, output="sos"), rng.standard_normal(size)
        )
        babble += talker * (bursts > 0) * rng.uniform(0.4, 1.0) / np.std(talker)
    babble = signal.sosfilt(signal.butter(2, 4000, fs=SAMPLE_RATE, output="sos"), babble)
    return babble / np.sqrt(np.mean(babble**2)) + 0.3 * brown


def _music(
    size: int, seconds: np.ndarray, brown: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """A car stereo or a party's speakers: a bass line and chords changing every two bars, a
    kick drum on the beat and a singer (a voiced line moving note by note, with vibrato). Unlike
    every other noise it has a voice in it that belongs to no one in the scene."""
    beat = 60 / rng.uniform(90, 128)
    step = (seconds // (4 * beat)).astype(int)
    roots = 110 * 2 ** (rng.choice([0, 3, 5, 7, 8, 10], 1 + step[-1]) / 12)
    root = roots[step]
    phase = 2 * np.pi * np.cumsum(root) / SAMPLE_RATE
    chords = sum(np.sin(phase * ratio * 2) / (1 + k) for k, ratio in enumerate((1, 1.26, 1.5, 2)))
    bass = np.sin(phase / 2)
    since = seconds % beat
    kick = np.sin(2 * np.pi * 60 * since) * np.exp(-since / 0.08)
    # The singer: one note a beat from a major scale, with vibrato, through a vowel band,
    # sung in phrases (on about half the time).
    notes = 220 * 2 ** (rng.choice([0, 2, 4, 5, 7, 9, 12], 1 + int(seconds[-1] / beat)) / 12)
    vibrato = 1 + 0.015 * np.sin(2 * np.pi * 5.5 * seconds)
    pitch = notes[(seconds // beat).astype(int)] * vibrato
    sung = signal.sosfilt(
        signal.butter(2, [500, 3000], "bandpass", fs=SAMPLE_RATE, output="sos"),
        signal.sawtooth(2 * np.pi * np.cumsum(pitch) / SAMPLE_RATE),
    )
    phrases = signal.sosfilt(
        signal.butter(1, 0.3, fs=SAMPLE_RATE, output="sos"), rng.standard_normal(size)
    )
    singer = sung * (phrases > 0)
    parts = (chords, bass, kick, singer)
    mixed = sum(w * p / np.std(p) for w, p in zip((0.6, 0.7, 0.8, 1.0), parts, strict=True))
    return mixed / np.sqrt(np.mean(mixed**2)) + 0.2 * brown


def _dog(size: int, seconds: np.ndarray, brown: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A dog barking (a search dog, a dog behind a door): bouts of two to six barks a third of
    a second apart, one bout every 4-9 s, each bark a tenth to a quarter of a second of a
    pitched, falling yelp (350-650 Hz and its harmonics, through the voice band), over a quiet
    yard. Loud, voiced and short like a one-word reply, and no one's turn."""
    barks = np.zeros(size)
    pitch = rng.uniform(350, 650)  # one dog
    bout = rng.uniform(0.5, 4.0)
    while bout < seconds[-1]:
        at = bout
        for _ in range(int(rng.integers(2, 7))):
            length = int(rng.uniform(0.1, 0.25) * SAMPLE_RATE)
            start = int(at * SAMPLE_RATE)
            if start + length > size:
                break
            t = np.arange(length) / SAMPLE_RATE
            glide = pitch * rng.uniform(0.9, 1.1) * (1 - 0.3 * t / t[-1])
            yelp = signal.sawtooth(2 * np.pi * np.cumsum(glide) / SAMPLE_RATE)
            yelp += 0.3 * rng.standard_normal(length)  # the breathy, noisy onset of a bark
            barks[start : start + length] += yelp * np.exp(-t / 0.06) * (1 - np.exp(-t / 0.005))
            at += rng.uniform(0.25, 0.45)
        bout = at + rng.uniform(4.0, 9.0)
    barks = signal.sosfilt(
        signal.butter(2, [300, 4000], "bandpass", fs=SAMPLE_RATE, output="sos"), barks
    )
    return barks / np.sqrt(np.mean(barks**2)) + 0.15 * brown
