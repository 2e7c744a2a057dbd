"""The labelled evaluation set: scripted encounters with reference moments.

Each ``evalset/<split>/<name>.yaml`` is a small script in the demo's format (speakers with
voices, lines with speaker, text and gap) plus each speaker's ``role`` and, per line, the
``moments`` a coder would tag on it (codebook code ids). ``dev`` is for tuning the detectors;
``heldout`` is scored only at the end; ``fresh`` to ``fresh51`` were written later by people who
had not read the detectors, as unseen data to judge them on (``fresh2`` by another helper, after
``fresh`` had been scored; ``fresh3``, eight encounters, by a third in session 6; ``fresh4``,
eight more, by a fourth in session 7; ``fresh5``, eight more, by a fifth in session 8; ``fresh6``,
eight more, by a sixth in session 9; ``fresh7``, eight more, by a seventh in session 10;
``fresh8``, eight more, by an eighth in session 11; ``fresh9``, eight more, by a ninth in
session 12; ``fresh10``, eight more, by a tenth in session 14; ``fresh11``, eight more, by an
eleventh in session 15; ``fresh12``, eight more, by a twelfth in session 16; ``fresh13``, eight
more, by a thirteenth in session 17; ``fresh14``, eight more, by a fourteenth in session 17;
``fresh15``, eight more, by a fifteenth in session 18; ``fresh16``, eight more, by a sixteenth
in session 19; ``fresh17``, eight more, by a seventeenth in session 21; ``fresh18``, eight
more, by an eighteenth in session 22; ``fresh19``, eight more, by a nineteenth in session 23;
``fresh20``, eight more, by a twentieth in session 24; ``fresh21``, eight more, by a
twenty-first in session 25; ``fresh22``, eight more, by a twenty-second in session 26;
``fresh23``, eight more, by a twenty-third in session 27; ``fresh24``, eight more, by a
twenty-fourth in session 28; ``fresh25``, eight more, by a twenty-fifth in session 29;
``fresh26``, eight more, by a twenty-sixth in session 30; ``fresh27``, eight more, by a
twenty-seventh in session 30; ``fresh28``, eight more, by a twenty-eighth in session 31;
``fresh29``, eight more, by a twenty-ninth in session 32; ``fresh30``, eight more, by a thirtieth
in session 33; ``fresh31``, eight more, by a thirty-first in session 33; ``fresh32``, eight
more, by a thirty-second in session 34; ``fresh33``, eight more, by a thirty-third in session 35;
``fresh34``, eight more, by a thirty-fourth in session 35; ``fresh35``, eight more, by a
thirty-fifth in session 36; ``fresh36``, eight more, by a thirty-sixth in session 37; ``fresh37``,
eight more, by a thirty-seventh in session 38; ``fresh38``, eight more, by a thirty-eighth in
session 39; ``fresh39``, eight more, by a thirty-ninth in session 40; ``fresh40``, eight more, by a
fortieth in session 41; ``fresh41``, eight more, by a forty-first in session 42; ``fresh42``, eight
more, by a forty-second in session 43; ``fresh43``, eight more, by a forty-third in session 44;
``fresh44``, eight more, by a forty-fourth in session 45; ``fresh45``, eight more, by a
forty-fifth in session 46; ``fresh46``, eight more, by a forty-sixth in session 47; ``fresh47``,
eight more, by a forty-seventh in session 48; ``fresh48``, eight more, by a forty-eighth in
session 49; ``fresh49``, eight more, by a forty-ninth in session 50; ``fresh50``, eight more, by a
fiftieth in session 51; ``fresh51``, eight more, by a fifty-first in session 52; each blind until
scored). Lines become times either by estimate (words at the speaker's speed) or from synthesis
(``bodycam.demo.voices.mix_encounter``).
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from bodycam.demo.script import DEFAULT_SCRIPT, EncounterScript, script_from_dict

from .scoring import Moment
from .types import TimedWord, Utterance

EVALSET_DIR = Path(__file__).with_name("evalset")
SPLITS = (
    "dev",
    "heldout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
)
#: The splits whose labelled lines the learned MiniLM prototypes may read (see
#: ``labelled.py``), named one by one on purpose: a split written later (``fresh5``, ...) is
#: blind until someone adds it here, and a benchmark scoring one of these leaves it out.
#: ``fresh4`` joined in session 8, ``fresh5`` in session 9, ``fresh6`` in session 10,
#: ``fresh7`` in session 11, ``fresh8`` in session 12, ``fresh9`` in session 13, ``fresh10`` and
#: ``fresh11`` in session 15, ``fresh12`` in session 16, ``fresh13`` in session 17, ``fresh14``
#: in session 18, ``fresh15`` in session 19, ``fresh16`` in session 21, ``fresh17`` in session
#: 22, ``fresh18`` in session 23, ``fresh19`` in session 24, ``fresh20`` in session 25,
#: ``fresh21`` in session 26, ``fresh22`` in session 27, ``fresh23`` in session 28, ``fresh24``
#: in session 29, ``fresh25`` in session 30, ``fresh26`` and ``fresh27`` in session 31,
#: ``fresh28`` in session 32, ``fresh29`` and ``fresh30`` in session 33, ``fresh31`` and
#: ``fresh32`` in session 34, ``fresh33`` in session 35, ``fresh34`` in session 36, ``fresh35``
#: in session 37, ``fresh36`` in session 38, ``fresh37`` in session 39, ``fresh38`` in session
#: 40, ``fresh39`` in session 41, ``fresh40`` in session 42, ``fresh41`` in session 43,
#: ``fresh42`` in session 44, ``fresh43`` in session 45, ``fresh44`` in session 46, ``fresh45``
#: in session 47, ``fresh46`` in session 48, ``fresh47`` in session 49, ``fresh48`` in session
#: 50, ``fresh49`` in session 51, ``fresh50`` in session 52, each after its blind score was
#: recorded in BENCHMARKS.md; ``fresh51`` (written in session 52) is not yet.
TRAINING_SPLITS = (
    "dev",
    "heldout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
)
_LEAD_IN = 1.0
# LibYAML's parser when PyYAML was built with it: the same documents (compared once on every
# file of the set), about eight times faster. Reading every training split took 1.3 s with the
# Python parser, paid by each bank built (the suggest job with embeddings, benchmarks, tests).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path):
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LOADER)


@functools.cache
def _demo_deliveries() -> dict:
    """The demo script's deliveries (shouting, whispering, ...), which every encounter uses:
    read once, not once per encounter."""
    return _read(DEFAULT_SCRIPT)["deliveries"]


@dataclass(frozen=True)
class EvalLine:
    speaker: str
    text: str
    moments: tuple[str, ...]


@dataclass(frozen=True)
class EvalEncounter:
    """One scripted encounter with its reference labels."""

    name: str
    split: str
    roles: dict[str, str]
    lines: tuple[EvalLine, ...]
    script: EncounterScript

    @property
    def wearer(self) -> str:
        return self.script.camera["wearer"]


def load_encounters(split: str) -> list[EvalEncounter]:
    """The encounters of ``split`` (one of :data:`SPLITS`), by file name."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    return [load_encounter(path, split) for path in sorted((EVALSET_DIR / split).glob("*.yaml"))]


def load_encounter(path: Path, split: str = "dev") -> EvalEncounter:
    raw = _read(path)
    speakers = raw["speakers"]
    officers = [name for name, spec in speakers.items() if spec.get("role") == "officer"]
    script_raw = {
        "title": raw["title"],
        "recorded_at": raw.get("recorded_at", "2025-01-01T12:00:00Z"),
        "seed": raw["seed"],
        "sample_rate": raw.get("sample_rate", 22050),
        "lead_in": _LEAD_IN,
        "tail": raw.get("tail", 1.5),
        "camera": {
            "make": "Bodycam Review",
            "model": "EVAL BODY",
            "serial": Path(path).stem,
            "wearer": officers[0] if officers else next(iter(speakers)),
        },
        "speakers": {
            name: {key: value for key, value in spec.items() if key != "role"} | {"label": name}
            for name, spec in speakers.items()
        },
        # A copy: the script built from it is the encounter's own.
        "deliveries": copy.deepcopy(_demo_deliveries()),
        "lines": [
            {key: line[key] for key in ("speaker", "text", "gap", "delivery") if key in line}
            for line in raw["lines"]
        ],
    }
    script = script_from_dict(script_raw, Path(path))
    lines = tuple(
        EvalLine(line["speaker"], " ".join(line["text"].split()), tuple(line.get("moments", ())))
        for line in raw["lines"]
    )
    roles = {name: spec["role"] for name, spec in speakers.items()}
    return EvalEncounter(Path(path).stem, split, roles, lines, script)


@dataclass(frozen=True)
class LabelledLine:
    """One script line with its speaker's role and reference codes, for training."""

    split: str
    encounter: str
    role: str
    text: str
    moments: tuple[str, ...]


def labelled_lines(splits) -> list[LabelledLine]:
    """Every line of ``splits``, read straight from the YAML (no script is built).

    Raises:
        ValueError: A split is not one of :data:`TRAINING_SPLITS` (a blind split must never
            become training data).
    """
    found = []
    for split in splits:
        if split not in TRAINING_SPLITS:
            raise ValueError(
                f"split {split!r} is not a training split ({', '.join(TRAINING_SPLITS)}): "
                f"blind splits are never read as training data. Fix: add it to "
                f"TRAINING_SPLITS in {Path(__file__).name} once it has been scored blind."
            )
        for path in sorted((EVALSET_DIR / split).glob("*.yaml")):
            raw = _read(path)
            roles = {name: spec.get("role", "") for name, spec in raw["speakers"].items()}
            for number, line in enumerate(raw["lines"], 1):
                if line["speaker"] not in roles:
                    raise ValueError(
                        f"{path}: line {number} has speaker {line['speaker']!r}, not one of "
                        f"the file's speakers. Fix: add it under speakers."
                    )
                found.append(
                    LabelledLine(
                        split,
                        path.stem,
                        roles[line["speaker"]],
                        " ".join(str(line["text"]).split()),
                        tuple(line.get("moments", ())),
                    )
                )
    return found


def estimated_times(encounter: EvalEncounter) -> list[tuple[float, float]]:
    """Line spans without synthesis: each word takes 60/speed seconds."""
    cursor, spans = _LEAD_IN, []
    for _, text, gap, _, settings in encounter.script.lines:
        start = max(0.0, cursor + gap)
        end = start + len(text.split()) * 60.0 / settings.speed
        spans.append((round(start, 3), round(end, 3)))
        cursor = end
    return spans


def script_utterances(
    encounter: EvalEncounter, spans: list[tuple[float, float]]
) -> list[Utterance]:
    """The script text as utterances (the "perfect transcript"), words spread evenly."""
    found = []
    for line, (start, end) in zip(encounter.lines, spans, strict=True):
        tokens = line.text.split()
        step = (end - start) / len(tokens)
        words = tuple(
            TimedWord(token, round(start + i * step, 3), round(start + (i + 1) * step, 3))
            for i, token in enumerate(tokens)
        )
        found.append(
            Utterance(line.speaker, encounter.roles[line.speaker], start, end, line.text, words)
        )
    return found


def reference_moments(
    encounter: EvalEncounter, spans: list[tuple[float, float]], polarity_of: dict[str, str]
) -> list[Moment]:
    """Every labelled moment with its line's span and its code's polarity."""
    return [
        Moment(code, start, end, polarity_of[code])
        for line, (start, end) in zip(encounter.lines, spans, strict=True)
        for code in line.moments
    ]


def role_spans(
    encounter: EvalEncounter, spans: list[tuple[float, float]]
) -> list[tuple[float, float, str]]:
    """``(start, end, role)`` per line, for giving machine speaker labels their roles."""
    return [
        (start, end, encounter.roles[line.speaker])
        for line, (start, end) in zip(encounter.lines, spans, strict=True)
    ]
