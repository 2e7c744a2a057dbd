"""Build the synthetic demo encounter: a short bodycam-style MP4 with exact reference turns.

The voices come from espeak-ng, the picture is drawn with OpenCV and encoded by FFmpeg, so the
demo needs no network, no model and no media files. Everything is seeded: two builds on the same
machine give the same audio samples and, with FFmpeg's bit-exact flags, the same MP4 bytes.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
import yaml
from scipy import signal

from bodycam.core.errors import BodycamError, ToolMissing
from bodycam.core.progress import Progress

logger = logging.getLogger(__name__)

#: The encounter script shipped with the package.
DEFAULT_SCRIPT = Path(__file__).with_name("script.yaml")

#: Base name of every file the build writes.
FOOTAGE_NAME = "demo_encounter"

FRAME_WIDTH = 960
FRAME_HEIGHT = 540
FPS = 30

#: Every synthesized line is levelled to this RMS before its speaker's gain is applied.
_SPEECH_RMS = 0.1
#: Final peak of the mix (-1 dBFS), so shouting never clips.
_MIX_PEAK = 0.89
#: espeak-ng starts and ends every file with silence; turns start at the first sample above this.
_VOICED_THRESHOLD = 0.004
#: Silences inside a line longer than this are shortened to it (seconds), checked in windows.
_LONGEST_PAUSE = 0.3
_PAUSE_WINDOW = 0.01

_SETUP_HINT = {
    "espeak-ng": "run ./scripts/setup or apt-get install espeak-ng",
    "ffmpeg": "run ./scripts/setup or apt-get install ffmpeg",
}


class DemoToolMissing(ToolMissing):
    "espeak-ng or ffmpeg, which the demo footage is made with, is not installed"


class DemoEncodingFailed(BodycamError):
    "FFmpeg could not encode the demo footage"


@dataclass(frozen=True)
class VoiceSettings:
    """How espeak-ng speaks one line and how loud it lands in the mix.

    Attributes:
        voice: espeak-ng voice and variant, e.g. ``en-us+f3``.
        speed: Words per minute.
        pitch: 0-99.
        gain_db: Level in the mix relative to the camera wearer (0 dB).
        drive: Soft-clipping strength; strained, shouted voices distort.
        radio: Band-limit and crackle the line like a handheld radio.
    """

    voice: str
    speed: int
    pitch: int
    gain_db: float = 0.0
    drive: float = 0.0
    radio: bool = False


@dataclass(frozen=True)
class ScriptLine:
    """One spoken line, placed on the timeline.

    Attributes:
        index: Position in the script, from 0.
        speaker: Speaker id as written to the STM and RTTM files, e.g. ``officer_reyes``.
        text: What is said, exactly as in the reference transcript.
        start: Seconds from the start of the footage to the first voiced sample.
        end: Seconds to the last voiced sample.
        delivery: ``normal``, ``slow``, ``agitated`` or ``shouting``.
    """

    index: int
    speaker: str
    text: str
    start: float
    end: float
    delivery: str = "normal"


@dataclass(frozen=True)
class EncounterScript:
    """The parsed ``script.yaml``: who speaks, how, and what, before synthesis gives times.

    Attributes:
        title: Human title, written to the MP4 metadata.
        recorded_at: The fixed wall-clock time the footage claims to start at (UTC).
        seed: Seed for background noise and camera shake.
        sample_rate: Sample rate of the mix in Hz.
        lead_in: Seconds before the first line.
        tail: Seconds after the last line.
        camera: Device fields: ``make``, ``model``, ``serial``, ``wearer``.
        speaker_labels: Speaker id to a human label.
        radio_speakers: Speakers heard over the radio, not in view.
        lines: ``(speaker, text, gap, delivery, settings)`` in script order.
    """

    title: str
    recorded_at: datetime
    seed: int
    sample_rate: int
    lead_in: float
    tail: float
    camera: dict[str, str]
    speaker_labels: dict[str, str]
    radio_speakers: frozenset[str]
    lines: list[tuple[str, str, float, str, VoiceSettings]] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        """Camera model and serial as burnt into the picture, e.g. ``DEMO BODY 4 D12-004871``."""
        return f"{self.camera['model']} {self.camera['serial']}"


@dataclass(frozen=True)
class DemoFootage:
    """What :func:`build_demo_footage` wrote.

    Attributes:
        video_path: The MP4 (H.264 + AAC, moov atom first).
        audio_path: The mono 16-bit WAV that was muxed into the MP4.
        reference_stm_path: Reference transcript (``file channel speaker start end text``).
        reference_rttm_path: Reference speaker turns.
        script: Lines with speaker, exact start/end and text.
        duration: Length of the audio in seconds.
        recorded_at: Creation time written to the container.
        device_id: Camera identifier written to the metadata and burnt into the picture.
    """

    video_path: Path
    audio_path: Path
    reference_stm_path: Path
    reference_rttm_path: Path
    script: list[ScriptLine]
    duration: float
    recorded_at: datetime
    device_id: str

    @property
    def speakers(self) -> list[str]:
        """Distinct speaker ids in order of first appearance."""
        return list(dict.fromkeys(line.speaker for line in self.script))


def load_script(path: Path = DEFAULT_SCRIPT) -> EncounterScript:
    """Parse an encounter script and resolve each line's voice settings.

    Args:
        path: A YAML file shaped like the shipped ``script.yaml``.

    Returns:
        The script with per-line :class:`VoiceSettings` (speaker settings plus delivery).

    Raises:
        ValueError: A line names an unknown speaker or delivery.
    """
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    deliveries = raw["deliveries"]
    speakers = raw["speakers"]
    lines = []
    for number, line in enumerate(raw["lines"]):
        speaker = line["speaker"]
        delivery = line.get("delivery", "normal")
        if speaker not in speakers:
            raise ValueError(f"{path}: line {number} has unknown speaker {speaker!r}")
        if delivery not in deliveries:
            raise ValueError(f"{path}: line {number} has unknown delivery {delivery!r}")
        base, change = speakers[speaker], deliveries[delivery] or {}
        settings = VoiceSettings(
            voice=base["voice"],
            speed=int(base["speed"] + change.get("speed", 0)),
            pitch=int(min(99, max(0, base["pitch"] + change.get("pitch", 0)))),
            gain_db=float(base.get("gain_db", 0.0) + change.get("gain_db", 0.0)),
            drive=float(change.get("drive", 0.0)),
            radio=bool(base.get("radio", False)),
        )
        lines.append(
            (speaker, " ".join(line["text"].split()), float(line["gap"]), delivery, settings)
        )
    recorded_at = datetime.fromisoformat(str(raw["recorded_at"]).replace("Z", "+00:00"))
    return EncounterScript(
        title=raw["title"],
        recorded_at=recorded_at,
        seed=int(raw["seed"]),
        sample_rate=int(raw["sample_rate"]),
        lead_in=float(raw["lead_in"]),
        tail=float(raw["tail"]),
        camera={key: str(value) for key, value in raw["camera"].items()},
        speaker_labels={key: value["label"] for key, value in speakers.items()},
        radio_speakers=frozenset(key for key, value in speakers.items() if value.get("radio")),
        lines=lines,
    )


def find_tool(name: str) -> str:
    """Path of an external program the demo needs.

    Args:
        name: ``espeak-ng`` or ``ffmpeg``.

    Returns:
        The executable's path.

    Raises:
        DemoToolMissing: It is not on ``PATH``; the message says how to install it.
    """
    path = shutil.which(name)
    if path is None:
        raise DemoToolMissing(f"{name} not found: {_SETUP_HINT.get(name, f'install {name}')}")
    return path


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
        # A shouted voice strains: soft-clip its peaks; quiet parts pass almost unchanged.
        knee = 4 * _SPEECH_RMS
        audio = np.tanh(settings.drive * audio / knee) * knee / settings.drive
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


def write_references(
    lines: list[ScriptLine], file_id: str, stm_path: Path, rttm_path: Path
) -> None:
    """Write the reference transcript (STM) and speaker turns (RTTM) of the placed lines.

    Args:
        lines: Lines with exact times.
        file_id: The recording name in both files (the MP4's stem).
        stm_path: Where the STM goes: ``file channel speaker start end text``, time-ordered.
        rttm_path: Where the RTTM goes, one ``SPEAKER`` turn per line.
    """
    ordered = sorted(lines, key=lambda line: (line.start, line.index))
    stm_path.write_text(
        "".join(
            f"{file_id} 1 {line.speaker} {line.start:.3f} {line.end:.3f} {line.text}\n"
            for line in ordered
        ),
        encoding="utf-8",
    )
    rttm_path.write_text(
        "".join(
            f"SPEAKER {file_id} 1 {line.start:.3f} {line.end - line.start:.3f} "
            f"<NA> <NA> {line.speaker} <NA> <NA>\n"
            for line in ordered
        ),
        encoding="utf-8",
    )


# --- Picture -------------------------------------------------------------------------------------

_SCENE_WIDTH = 1600
_SCENE_HEIGHT = 900


def _draw_car(scene: np.ndarray, x: int, y: int, width: int, colour: tuple, pickup: bool) -> None:
    """A parked vehicle seen from behind: body, cabin, windows, tail lights and wheels."""
    height = int(width * 0.45)
    dark = tuple(int(c * 0.45) for c in colour)
    for wheel_x in (x + int(width * 0.12), x + int(width * 0.78)):
        cv2.rectangle(
            scene, (wheel_x, y - 6), (wheel_x + int(width * 0.1), y + 8), (20, 20, 20), -1
        )
    cv2.rectangle(scene, (x, y - height // 2), (x + width, y), colour, -1, cv2.LINE_AA)
    cabin_left = x + int(width * (0.05 if pickup else 0.12))
    cabin_right = x + int(width * (0.55 if pickup else 0.88))
    cabin = np.array(
        [
            (cabin_left, y - height // 2),
            (cabin_left + 12, y - height),
            (cabin_right - 12, y - height),
            (cabin_right, y - height // 2),
        ],
        np.int32,
    )
    cv2.fillPoly(scene, [cabin], colour, cv2.LINE_AA)
    window = cabin + np.array([(6, -4), (6, 6), (-6, 6), (-6, -4)], np.int32)
    cv2.fillPoly(scene, [window], (70, 60, 45), cv2.LINE_AA)
    cv2.rectangle(scene, (x, y - height // 2), (x + width, y - height // 2 + 6), dark, -1)
    for light_x in (x + 4, x + width - 18):
        cv2.rectangle(
            scene,
            (light_x, y - height // 2 + 10),
            (light_x + 14, y - height // 2 + 18),
            (30, 30, 160),
            -1,
        )


def _draw_scene(rng: np.random.Generator) -> np.ndarray:
    """The static parking lot at night, in scene coordinates (BGR)."""
    rows = np.linspace(0.0, 1.0, _SCENE_HEIGHT)[:, None]
    sky = np.stack([70 - 40 * rows, 30 - 10 * rows, 25 + 20 * rows], axis=-1)
    scene = np.repeat(sky, _SCENE_WIDTH, axis=1).astype(np.float32)
    horizon = 420
    # Asphalt, lighter where the lamps reach.
    ground = np.linspace(0.0, 1.0, _SCENE_HEIGHT - horizon)[:, None, None]
    scene[horizon:] = np.array([48, 52, 56], np.float32) + ground * np.array([18, 20, 22])
    # Worn asphalt: blotchy rather than per-pixel noise, which would cost the encoder dearly.
    grain = rng.normal(0.0, 1.0, ((_SCENE_HEIGHT - horizon) // 4, _SCENE_WIDTH // 4)).astype(
        np.float32
    )
    grain = cv2.resize(
        cv2.GaussianBlur(grain, (0, 0), 1.5), (_SCENE_WIDTH, _SCENE_HEIGHT - horizon)
    )
    scene[horizon:] += 3.0 * grain[..., None] / grain.std()
    scene = np.clip(scene, 0, 255).astype(np.uint8)
    # The store: facade, lit windows, sign and entrance.
    cv2.rectangle(scene, (120, 170), (1480, horizon), (42, 50, 62), -1)
    cv2.rectangle(scene, (120, 170), (1480, 200), (30, 34, 40), -1)
    for left in range(170, 1420, 150):
        if left == 770:
            cv2.rectangle(scene, (left, 270), (left + 110, horizon), (150, 190, 205), -1)
            continue
        cv2.rectangle(scene, (left, 250), (left + 110, 360), (95, 165, 195), -1)
        cv2.line(scene, (left + 55, 250), (left + 55, 360), (45, 70, 85), 3)
    cv2.putText(
        scene,
        "GRANDVIEW MARKET",
        (520, 240),
        cv2.FONT_HERSHEY_DUPLEX,
        1.6,
        (90, 200, 60),
        3,
        cv2.LINE_AA,
    )
    cv2.rectangle(scene, (0, horizon), (_SCENE_WIDTH, horizon + 14), (85, 90, 95), -1)  # curb
    # Parking stalls converge towards a vanishing point above the store door.
    vanish_x, vanish_y = 820, 260
    for foot_x in range(-900, 2600, 260):
        for near, far in ((880, 640), (600, 450)):
            t_near = (near - vanish_y) / (_SCENE_HEIGHT - vanish_y)
            t_far = (far - vanish_y) / (_SCENE_HEIGHT - vanish_y)
            start = (int(vanish_x + (foot_x - vanish_x) * t_near), near)
            end = (int(vanish_x + (foot_x - vanish_x) * t_far), far)
            cv2.line(scene, start, end, (175, 185, 190), 4, cv2.LINE_AA)
    cars = [
        (180, 520, 210, (60, 60, 150), False),
        (470, 525, 200, (120, 120, 125), False),
        (1000, 560, 260, (140, 70, 30), True),
        (1320, 515, 210, (40, 40, 40), False),
    ]
    for x, y, width, colour, pickup in cars:
        _draw_car(scene, x, y, width, colour, pickup)
    # A sodium street lamp with its glow.
    cv2.line(scene, (1530, 700), (1530, 90), (35, 35, 40), 10)
    cv2.line(scene, (1530, 95), (1450, 95), (35, 35, 40), 8)
    # Blurred at an eighth of the size: the same soft glow, a hundred times faster.
    glow = np.zeros((_SCENE_HEIGHT // 8, _SCENE_WIDTH // 8), np.float32)
    cv2.circle(glow, (1450 // 8, 105 // 8), 60 // 8, 1.0, -1)
    glow = cv2.resize(cv2.GaussianBlur(glow, (0, 0), 120 / 8), (_SCENE_WIDTH, _SCENE_HEIGHT))
    glow /= glow.max()
    scene = np.clip(scene + glow[..., None] * np.array([40, 110, 170], np.float32), 0, 255)
    return scene.astype(np.uint8)


def _tension(lines: list[ScriptLine], times: np.ndarray) -> np.ndarray:
    """How hectic the moment is, 0-1 per frame: rises fast with raised voices, settles slowly."""
    level = {"shouting": 1.0, "agitated": 0.5}
    target = np.zeros_like(times)
    for line in lines:
        inside = (times >= line.start) & (times <= line.end)
        target[inside] = np.maximum(target[inside], level.get(line.delivery, 0.0))
    smoothed = np.zeros_like(times)
    value = 0.0
    for index, goal in enumerate(target):
        rate = 0.25 if goal > value else 0.015
        value += (goal - value) * rate
        smoothed[index] = value
    return smoothed


def _person(
    feet: tuple[float, float], height: float, arms: str, seated: bool = False
) -> list[tuple[str, np.ndarray, float]]:
    """A figure as primitives in scene coordinates: ``(kind, points, thickness)``."""
    x, y = feet
    unit = height / 7.0
    hip_y = y - (1.6 if seated else 3.3) * unit
    shoulder_y = hip_y - 2.5 * unit
    head = np.array([[x, shoulder_y - 0.8 * unit]])
    shapes = [("circle", head, 0.55 * unit)]
    if seated:
        shapes.append(
            (
                "line",
                np.array([[x - 0.3 * unit, hip_y], [x - 1.6 * unit, hip_y], [x - 1.6 * unit, y]]),
                0.6 * unit,
            )
        )
        shapes.append(
            (
                "line",
                np.array([[x + 0.3 * unit, hip_y], [x + 1.4 * unit, hip_y], [x + 1.4 * unit, y]]),
                0.6 * unit,
            )
        )
    else:
        shapes.append(
            ("line", np.array([[x - 0.4 * unit, hip_y], [x - 0.6 * unit, y]]), 0.6 * unit)
        )
        shapes.append(
            ("line", np.array([[x + 0.4 * unit, hip_y], [x + 0.6 * unit, y]]), 0.6 * unit)
        )
    torso = np.array(
        [
            [x - unit, shoulder_y],
            [x + unit, shoulder_y],
            [x + 0.8 * unit, hip_y],
            [x - 0.8 * unit, hip_y],
        ]
    )
    shapes.append(("poly", torso, 0.0))
    hand_y = {"down": hip_y + 0.3 * unit, "up": shoulder_y - 1.6 * unit, "out": shoulder_y}[arms]
    reach = {"down": 1.3, "up": 1.8, "out": 3.2}[arms]
    for side in (-1, 1):
        arm = [[x + side * unit, shoulder_y + 0.2 * unit], [x + side * reach * unit, hand_y]]
        shapes.append(("line", np.array(arm), 0.45 * unit))
    return shapes


def _draw_shapes(
    frame: np.ndarray, shapes: list, matrix: np.ndarray, scale: float, colour: tuple
) -> None:
    """Draw scene-space primitives onto an output frame through the camera's affine matrix."""
    for kind, points, thickness in shapes:
        projected = (points @ matrix[:, :2].T + matrix[:, 2]).round().astype(np.int32)
        size = max(1, round(thickness * scale))
        if kind == "circle":
            cv2.circle(frame, tuple(projected[0]), size, colour, -1, cv2.LINE_AA)
        elif kind == "poly":
            cv2.fillPoly(frame, [projected], colour, cv2.LINE_AA)
        else:
            cv2.polylines(frame, [projected], False, colour, size, cv2.LINE_AA)


def _overlay_text(frame: np.ndarray, text: str, origin: tuple[int, int]) -> None:
    """Light text for the burnt-in overlay; it sits on a darkened band, so it needs no outline."""
    cv2.putText(frame, text, origin, cv2.FONT_HERSHEY_SIMPLEX, 0.6, (235, 235, 235), 1, cv2.LINE_AA)


class _Camera:
    """Where the body camera points at each moment: approach, standing sway, shake, sitting."""

    def __init__(self, script: EncounterScript, lines: list[ScriptLine], frame_count: int) -> None:
        times = np.arange(frame_count) / FPS
        self.tension = _tension(lines, times)
        rng = np.random.default_rng(script.seed + 1)
        self.wobble = [(rng.uniform(0.3, 1.7), rng.uniform(0, 2 * math.pi)) for _ in range(6)]
        civilian, _ = _cast(script, lines)
        # The wearer walks up until the civilian first speaks, and sits down for the last line.
        self.arrival = next(line.start for line in lines if line.speaker == civilian)
        self.sit_down = lines[-1].start

    def matrix(self, frame_index: int) -> tuple[np.ndarray, float]:
        """Affine scene-to-frame matrix and the frame pixels per scene pixel."""
        t = frame_index / FPS
        tension = float(self.tension[frame_index])
        approach = min(1.0, t / self.arrival)
        approach = approach * approach * (3 - 2 * approach)
        zoom = 1.55 - 0.35 * approach - 0.06 * min(1.0, max(0.0, (t - self.arrival) / 40.0))
        centre_x = 820 + 180 * approach
        centre_y = 470 + 20 * approach
        if t < self.arrival:
            # Walking: a vertical bob at step rate and a lateral sway at half of it.
            centre_y += 9 * abs(math.sin(math.pi * 1.8 * t))
            centre_x += 6 * math.sin(math.pi * 0.9 * t)
        sitting = min(1.0, max(0.0, (t - self.sit_down) / 1.5))
        centre_y += 90 * sitting
        amplitude = 3.0 + 16.0 * tension
        shake_x = (
            sum(math.sin(2 * math.pi * f * t * 2 + p) for f, p in self.wobble[:3]) * amplitude / 3
        )
        shake_y = (
            sum(math.sin(2 * math.pi * f * t * 2 + p) for f, p in self.wobble[3:]) * amplitude / 3
        )
        roll = (0.6 + 2.2 * tension) * math.sin(
            2 * math.pi * self.wobble[0][0] * t + 1.0
        ) - 3 * sitting
        scale = 1.0 / zoom
        matrix = cv2.getRotationMatrix2D((centre_x + shake_x, centre_y + shake_y), roll, scale)
        matrix[0, 2] += FRAME_WIDTH / 2 - (centre_x + shake_x)
        matrix[1, 2] += FRAME_HEIGHT / 2 - (centre_y + shake_y)
        return matrix, scale


def _cast(script: EncounterScript, lines: list[ScriptLine]) -> tuple[str, str | None]:
    """The people in front of the camera: the civilian (first to speak) and a cover officer."""
    off_camera = {script.camera.get("wearer"), *script.radio_speakers}
    in_view = [s for s in dict.fromkeys(line.speaker for line in lines) if s not in off_camera]
    return in_view[0], (in_view[1] if len(in_view) > 1 else None)


_CIVILIAN_COLOUR = (70, 75, 80)
_UNIFORM_COLOUR = (40, 32, 28)


def _figures(script: EncounterScript, lines: list[ScriptLine], t: float, tension: float) -> list:
    """The people in view at time ``t``, as ``(shapes, colour)``; they act out the script."""
    speaking = {line.speaker: line for line in lines if line.start <= t <= line.end}

    def shouting(speaker: str | None) -> bool:
        return speaker in speaking and speaking[speaker].delivery == "shouting"

    civilian, cover = _cast(script, lines)
    # He paces while upset and sits down on the curb once he has agreed to talk.
    seated = t > [line for line in lines if line.speaker == civilian][-1].end + 1.0
    pace = 45 * math.sin(0.9 * t) * tension
    arms = "up" if shouting(civilian) else "down"
    figures = [
        (_person((1150 + pace, 640), 300 if seated else 330, arms, seated), _CIVILIAN_COLOUR)
    ]
    if cover is not None:
        # The cover officer walks into the left of the frame just before he first speaks.
        arrives = next(line for line in lines if line.speaker == cover).start - 2.5
        if t >= arrives:
            step = min(1.0, (t - arrives) / 2.0)
            arms = "out" if shouting(cover) else "down"
            figures.append((_person((300 + 220 * step, 880), 560, arms), _UNIFORM_COLOUR))
    return figures


def render_video(
    script: EncounterScript,
    lines: list[ScriptLine],
    duration: float,
    audio_path: Path,
    video_path: Path,
    ffmpeg: str,
    *,
    progress: Progress | None = None,
) -> None:
    """Draw the bodycam picture frame by frame and encode it with the audio into an MP4.

    Args:
        script: The script (time of day, device, seed).
        lines: Placed lines; the people in view react to them.
        duration: Seconds of footage.
        audio_path: The mixed WAV to mux.
        video_path: Where the MP4 goes (written to a temporary name, then moved).
        ffmpeg: Path of the ffmpeg executable.
        progress: Called with ``(fraction, detail)`` every second of footage.
    """
    frame_count = math.ceil(duration * FPS)
    scene = _draw_scene(np.random.default_rng(script.seed + 2))
    camera = _Camera(script, lines, frame_count)
    # A lens vignette darkens the corners, as on every small wide-angle camera.
    ys, xs = np.mgrid[0:FRAME_HEIGHT, 0:FRAME_WIDTH]
    radius = np.hypot((xs - FRAME_WIDTH / 2) / FRAME_WIDTH, (ys - FRAME_HEIGHT / 2) / FRAME_HEIGHT)
    vignette = np.repeat(
        (np.clip(1.15 - 0.9 * radius**2 * 2, 0.45, 1.0) * 255).astype(np.uint8)[..., None],
        3,
        axis=2,
    )
    created = script.recorded_at.astimezone(UTC)
    metadata = {
        "creation_time": created.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
        "title": script.title,
        "make": script.camera["make"],
        "model": script.camera["model"],
        "device_id": script.device_id,
        "comment": f"Synthetic demo footage. Camera {script.device_id}",
    }
    partial = video_path.with_name(video_path.name + ".partial.mp4")
    command = [ffmpeg, "-y", "-hide_banner", "-loglevel", "error", "-nostdin"]
    command += ["-f", "rawvideo", "-pix_fmt", "bgr24", "-s", f"{FRAME_WIDTH}x{FRAME_HEIGHT}"]
    command += ["-r", str(FPS), "-i", "pipe:0", "-i", str(audio_path)]
    command += ["-map", "0:v:0", "-map", "1:a:0", "-map_metadata", "-1"]
    command += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "24", "-pix_fmt", "yuv420p"]
    command += ["-g", str(2 * FPS), "-c:a", "aac", "-b:a", "96k", "-ar", "48000"]
    # Bit-exact flags keep library version strings out, so the same input gives the same bytes.
    command += ["-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"]
    # use_metadata_tags keeps make/model/device_id, which the plain MP4 udta box would drop.
    command += ["-movflags", "+faststart+use_metadata_tags"]
    for key, value in metadata.items():
        command += ["-metadata", f"{key}={value}"]
    command.append(str(partial))
    with tempfile.TemporaryFile() as errors:
        encoder = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=errors)
        assert encoder.stdin is not None
        try:
            for index in range(frame_count):
                t = index / FPS
                matrix, scale = camera.matrix(index)
                frame = cv2.warpAffine(
                    scene,
                    matrix,
                    (FRAME_WIDTH, FRAME_HEIGHT),
                    flags=cv2.INTER_LINEAR,
                    borderMode=cv2.BORDER_REFLECT,
                )
                for shapes, colour in _figures(script, lines, t, float(camera.tension[index])):
                    _draw_shapes(frame, shapes, matrix, scale, colour)
                frame = cv2.multiply(frame, vignette, scale=1 / 255)
                stamp = script.recorded_at + timedelta(seconds=int(t))
                frame[8:64, FRAME_WIDTH - 330 : FRAME_WIDTH - 8] //= 3
                frame[8:44, 8:86] //= 3
                _overlay_text(frame, stamp.strftime("%Y-%m-%d T%H:%M:%SZ"), (FRAME_WIDTH - 318, 30))
                _overlay_text(frame, script.device_id, (FRAME_WIDTH - 318, 55))
                if int(t * 2) % 2 == 0:
                    cv2.circle(frame, (26, 26), 8, (0, 0, 220), -1, cv2.LINE_AA)
                _overlay_text(frame, "REC", (40, 33))
                encoder.stdin.write(frame.tobytes())
                if progress is not None and index % FPS == FPS - 1:
                    progress(
                        (index + 1) / frame_count, f"rendered {(index + 1) // FPS} s of picture"
                    )
        except BrokenPipeError:
            pass  # ffmpeg stopped early; its exit code and message below say why
        finally:
            with contextlib.suppress(BrokenPipeError):
                encoder.stdin.close()
            code = encoder.wait()
        if code != 0:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip()
            partial.unlink(missing_ok=True)
            raise DemoEncodingFailed(f"ffmpeg could not encode the demo footage: {message}")
    os.replace(partial, video_path)


def build_demo_footage(
    out_dir: Path, *, progress: Progress | None = None, script_path: Path = DEFAULT_SCRIPT
) -> DemoFootage:
    """Build the demo encounter footage and its reference transcript and speaker turns.

    Writes ``demo_encounter.mp4``, ``.wav``, ``.stm`` and ``.rttm`` into ``out_dir``
    (created if needed), replacing earlier builds.

    Args:
        out_dir: Folder for the outputs.
        progress: Called with ``(fraction, detail)`` as the build advances.
        script_path: The encounter script; the shipped one by default.

    Returns:
        The paths written and the placed script lines.

    Raises:
        DemoToolMissing: espeak-ng or ffmpeg is not installed.
        DemoEncodingFailed: ffmpeg exited with an error (its message is included).
    """
    espeak, ffmpeg = find_tool("espeak-ng"), find_tool("ffmpeg")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    script = load_script(script_path)

    def report(start: float, width: float) -> Progress | None:
        if progress is None:
            return None
        return lambda fraction, detail: progress(start + width * fraction, detail)

    audio, lines = mix_encounter(script, espeak, progress=report(0.0, 0.15))
    duration = audio.size / script.sample_rate
    paths = {
        suffix: out_dir / f"{FOOTAGE_NAME}.{suffix}" for suffix in ("mp4", "wav", "stm", "rttm")
    }
    write_wav(paths["wav"], audio, script.sample_rate)
    write_references(lines, FOOTAGE_NAME, paths["stm"], paths["rttm"])
    logger.info("demo audio: %d lines, %.1f s", len(lines), duration)
    render_video(
        script, lines, duration, paths["wav"], paths["mp4"], ffmpeg, progress=report(0.15, 0.85)
    )
    if progress is not None:
        progress(1.0, "demo footage ready")
    return DemoFootage(
        video_path=paths["mp4"],
        audio_path=paths["wav"],
        reference_stm_path=paths["stm"],
        reference_rttm_path=paths["rttm"],
        script=lines,
        duration=duration,
        recorded_at=script.recorded_at,
        device_id=script.device_id,
    )
