"""The encounter's sound: each line spoken by espeak-ng, coloured by where its speaker
stands, and laid on one timeline over seeded night-time background noise."""

from __future__ import annotations

import math
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np
from scipy import signal

from bodycam.core.progress import Progress

from .script import EncounterScript, ScriptLine, VoiceSettings

#: Every synthesized line is levelled to this RMS before its speaker's gain is applied.
_SPEECH_RMS = 0.1
#: Final peak of the mix (-1 dBFS), so shouting never clips.
_MIX_PEAK = 0.89
#: Where a strained voice's soft clip bends, in multiples of the line's RMS, divided by its
#: delivery's drive: shouting (drive 3) bends at 3.3x its RMS, about 10 dB under espeak-ng's
#: peaks (7x the RMS), and loses about 2 dB; agitated speech (drive 1.5) bends at 6.7x.
_STRAIN_KNEE = 10.0
#: espeak-ng starts and ends every file with silence; turns start at the first sample above this.
_VOICED_THRESHOLD = 0.004
#: Silences inside a line longer than this are shortened to it (seconds), checked in windows.
_LONGEST_PAUSE = 0.3
_PAUSE_WINDOW = 0.01


def synthesize_line(
    espeak: str, text: str, settings: VoiceSettings, sample_rate: int, work_dir: Path
) -> np.ndarray:
    """Speak one line with espeak-ng and return its voiced samples.

    Args:
        espeak: Path of the espeak-ng executable.
        text: What to say.
        settings: Voice, speed and pitch.
        sample_rate: Rate to return, in Hz.
        work_dir: Where the temporary WAV goes.

    Returns:
        Float32 mono samples from the first to the last voiced sample, levelled to a fixed RMS
        (the speaker's gain is applied later, in the mix).
    """
    wav_path = work_dir / "line.wav"
    command = [espeak, "-v", settings.voice, "-s", str(settings.speed), "-p", str(settings.pitch)]
    command += ["-w", str(wav_path), "--stdin"]
    subprocess.run(command, input=text.encode("utf-8"), check=True, capture_output=True)
    with wave.open(str(wav_path), "rb") as reader:
        rate = reader.getframerate()
        samples = np.frombuffer(reader.readframes(reader.getnframes()), dtype="<i2")
    audio = samples.astype(np.float32) / 32768.0
    if rate != sample_rate:
        divisor = math.gcd(rate, sample_rate)
        audio = signal.resample_poly(audio, sample_rate // divisor, rate // divisor)
    voiced = np.flatnonzero(np.abs(audio) > _VOICED_THRESHOLD)
    audio = _shorten_pauses(audio[voiced[0] : voiced[-1] + 1], sample_rate)
    return (audio * (_SPEECH_RMS / float(np.sqrt(np.mean(audio**2))))).astype(np.float32)


def _shorten_pauses(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Cap the silences between sentences, which espeak-ng makes longer than people do."""
    window = int(_PAUSE_WINDOW * sample_rate)
    windows = audio[: audio.size // window * window].reshape(-1, window)
    silent = np.max(np.abs(windows), axis=1) <= _VOICED_THRESHOLD
    keep = np.ones(audio.size, dtype=bool)
    longest = int(_LONGEST_PAUSE / _PAUSE_WINDOW)
    run_start = None
    for index, is_silent in enumerate([*silent, False]):
        if is_silent and run_start is None:
            run_start = index
        elif not is_silent and run_start is not None:
            if index - run_start > longest:
                keep[(run_start + longest // 2) * window : (index - longest // 2) * window] = False
            run_start = None
    return audio[keep]


def _colour_voice(
    audio: np.ndarray, settings: VoiceSettings, sample_rate: int, distant: bool
) -> np.ndarray:
    """Apply the speaker's gain and the sound of where they stand relative to the camera."""
    audio = audio * 10 ** (settings.gain_db / 20)
    if settings.drive > 0:
        # A shouted voice strains: soft-clip its peaks; quiet parts pass almost unchanged. The
        # knee follows the line's own level, so the strain flattens the peaks of a loud line
        # without capping its loudness (a fixed knee held shouting to the level of speech).
        level = float(np.sqrt(np.mean(audio**2)))
        knee = _STRAIN_KNEE * level / settings.drive
        audio = np.tanh(audio / knee) * knee
    if settings.radio:
        band = signal.butter(2, [300, 3400], btype="bandpass", fs=sample_rate, output="sos")
        audio = signal.sosfilt(band, audio)
        audio = np.tanh(audio * 6) / 6
    elif distant:
        # Voices a few metres away lose their top end and pick up a reflection off parked cars.
        lowpass = signal.butter(2, 4500, fs=sample_rate, output="sos")
        audio = signal.sosfilt(lowpass, audio)
        delay = int(0.035 * sample_rate)
        audio = np.concatenate([audio, np.zeros(delay)])
        audio[delay:] += 0.18 * audio[:-delay].copy()
    return audio.astype(np.float32)


def _background(duration_samples: int, sample_rate: int, rng: np.random.Generator) -> np.ndarray:
    """Outdoor night ambience: brown-noise traffic rumble plus a faint pink hiss."""
    white = rng.standard_normal(duration_samples)
    brown = signal.lfilter([1.0], [1.0, -0.995], white)
    brown -= signal.lfilter([0.002], [1.0, -0.998], brown)  # remove the drift below a few Hz
    # Paul Kellet's economy pink filter.
    pink = signal.lfilter(
        [0.049922035, -0.095993537, 0.050612699, -0.004408786],
        [1, -2.494956002, 2.017265875, -0.522189400],
        rng.standard_normal(duration_samples),
    )
    seconds = np.arange(duration_samples) / sample_rate
    # A car passes behind the store half-way through.
    swell = 1.0 + 1.5 * np.exp(-(((seconds - seconds[-1] * 0.55) / 4.0) ** 2))
    brown *= 0.010 * swell / np.sqrt(np.mean(brown**2))
    pink *= 0.004 / np.sqrt(np.mean(pink**2))
    return (brown + pink).astype(np.float32)


def _squelch(sample_rate: int, rng: np.random.Generator) -> np.ndarray:
    """The short burst of static a radio makes when a transmission opens or closes."""
    burst = rng.standard_normal(int(0.09 * sample_rate))
    band = signal.butter(2, [800, 4000], btype="bandpass", fs=sample_rate, output="sos")
    burst = signal.sosfilt(band, burst) * np.hanning(burst.size)
    return (0.03 * burst / np.max(np.abs(burst))).astype(np.float32)


def mix_encounter(
    script: EncounterScript, espeak: str, *, progress: Progress | None = None
) -> tuple[np.ndarray, list[ScriptLine]]:
    """Synthesize every line and lay them on one timeline over background noise.

    Args:
        script: The parsed script.
        espeak: Path of the espeak-ng executable.
        progress: Called with ``(fraction, detail)`` after each line.

    Returns:
        The mono float32 mix at ``script.sample_rate`` (peak at -1 dBFS) and the lines with
        their exact start and end times (first and last voiced sample).
    """
    rate = script.sample_rate
    rng = np.random.default_rng(script.seed)
    wearer = script.camera.get("wearer")
    placed: list[tuple[int, np.ndarray, ScriptLine, bool]] = []
    cursor = round(script.lead_in * rate)
    with tempfile.TemporaryDirectory(prefix="bodycam-demo-") as work:
        for index, (speaker, text, gap, delivery, settings) in enumerate(script.lines):
            voiced = synthesize_line(espeak, text, settings, rate, Path(work))
            start = max(0, cursor + round(gap * rate))
            end = start + voiced.size
            line = ScriptLine(index, speaker, text, start / rate, end / rate, delivery)
            coloured = _colour_voice(voiced, settings, rate, distant=speaker != wearer)
            placed.append((start, coloured, line, settings.radio))
            cursor = end
            if progress is not None:
                progress((index + 1) / len(script.lines), f"voiced line {index + 1}")
    total = max(start + audio.size for start, audio, _, _ in placed) + round(script.tail * rate)
    mix = _background(total, rate, rng)
    for start, audio, _, radio in placed:
        mix[start : start + audio.size] += audio
        if radio:
            for at in (start - round(0.12 * rate), start + audio.size + round(0.03 * rate)):
                target = mix[max(0, at) : max(0, at) + round(0.09 * rate)]
                target += _squelch(rate, rng)[: target.size]
    mix *= _MIX_PEAK / float(np.max(np.abs(mix)))
    return mix.astype(np.float32), [line for _, _, line, _ in placed]


def write_wav(path: Path, audio: np.ndarray, sample_rate: int) -> None:
    """Write mono float samples in [-1, 1] as a 16-bit PCM WAV."""
    pcm = np.round(np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(sample_rate)
        writer.writeframes(pcm.tobytes())
