"""The encounter script: who speaks, in which voice and delivery, and what, read from
``script.yaml`` before synthesis gives each line its times."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from bodycam.transcribe.espeak_names import EspeakVoiceError, known_misreading

#: The encounter script shipped with the package.
DEFAULT_SCRIPT = Path(__file__).with_name("script.yaml")


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


def load_script(path: Path = DEFAULT_SCRIPT) -> EncounterScript:
    """Parse an encounter script and resolve each line's voice settings.

    Args:
        path: A YAML file shaped like the shipped ``script.yaml``.

    Returns:
        The script with per-line :class:`VoiceSettings` (speaker settings plus delivery).

    Raises:
        ValueError: A line names an unknown speaker or delivery.
        EspeakVoiceError: A speaker's voice is one espeak-ng is known to speak as another
            (``espeak_names.known_misreading``).
    """
    return script_from_dict(yaml.safe_load(Path(path).read_text(encoding="utf-8")), path)


def script_from_dict(raw: dict, path: Path) -> EncounterScript:
    """:func:`load_script` on a script already read (the evaluation set builds one from its own
    files); ``path`` is the file its errors name.

    Raises:
        ValueError: A line names an unknown speaker or delivery.
        EspeakVoiceError: A speaker's voice is one espeak-ng is known to speak as another:
            refused here, before synthesis gives a woman's lines to the default male voice
            without a word.
    """
    deliveries = raw["deliveries"]
    speakers = raw["speakers"]
    for speaker, spec in speakers.items():
        problem = known_misreading(spec["voice"])
        if problem:
            raise EspeakVoiceError(f"{path}: speaker {speaker!r}: {problem}")
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
