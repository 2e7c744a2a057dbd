"""``bodycam import-coding``: one coder's ELAN or BORIS coding as tags (issue #13 §4).

- ELAN ``.eaf``: each tier is a code (by ``--map``, else the tier name as code id); a tier named
  like no code whose annotation values are all code ids (the layout ``bodycam export eaf``
  writes) takes its codes from the values.
- BORIS tabular events export (CSV or TSV, old ``Status`` or new ``Behavior type`` column):
  each behaviour is a code; START/STOP pairs become intervals, POINT events points.

Names that map to no code are listed and the import is refused, unless ``skip_unknown`` is set:
then they are listed in the result and left out. The tags are written in one change, each one
audited, as ``source = 'human'`` tags created by the coder.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from ..annotate import codebook_store
from ..core.errors import InvalidInput, NotFound
from .assignments import ensure_tag_editable

if TYPE_CHECKING:
    from ..models.store import Store


@dataclass(frozen=True)
class ImportedEvent:
    name: str  # tier or behaviour
    start: float
    end: float | None
    value: str = ""


@dataclass
class ImportResult:
    footage_id: int
    coder: str
    tag_ids: list[int]
    by_code: dict[str, int]
    skipped: dict[str, int] = field(default_factory=dict)


def load_mapping(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InvalidInput(
            f"{path}: cannot read the mapping ({error}). Fix: check the file."
        ) from error
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise InvalidInput(
            f"{path}: the mapping must be YAML of `name: code_id` lines, e.g. `Hands up: command`."
        )
    return {str(k).strip(): v.strip() for k, v in data.items()}


def _number(value: str, where: str) -> float:
    try:
        return float(value.strip().replace(",", "."))
    except (ValueError, AttributeError):
        raise InvalidInput(f"{where}: time {value!r} is not a number of seconds.") from None


def read_boris(path: Path) -> list[ImportedEvent]:
    "Events of a BORIS tabular events export, START/STOP paired per subject and behaviour."
    text = Path(path).read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    # Older BORIS versions put metadata lines above the header: start at the header row.
    header_at = next(
        (i for i, line in enumerate(lines) if "Behavior" in line and "Time" in line), None
    )
    if header_at is None:
        raise InvalidInput(
            f"{path}: no BORIS header row (with Behavior and Time columns). Fix: export "
            f"'Tabular events' from BORIS as CSV or TSV."
        )
    body = "\n".join(lines[header_at:])
    delimiter = "\t" if lines[header_at].count("\t") > lines[header_at].count(",") else ","
    reader = csv.DictReader(io.StringIO(body), delimiter=delimiter)
    status_column = next(
        (c for c in ("Behavior type", "Status") if c in (reader.fieldnames or [])), None
    )
    if status_column is None:
        raise InvalidInput(f"{path}: no 'Behavior type' or 'Status' column (START/STOP/POINT).")
    open_starts: dict[tuple[str, str], list[float]] = defaultdict(list)
    events = []
    for number, row in enumerate(reader, start=header_at + 2):
        where = f"{path}:{number}"
        behaviour = (row.get("Behavior") or "").strip()
        subject = (row.get("Subject") or "").strip()
        status = (row.get(status_column) or "").strip().upper()
        time = _number(row.get("Time", ""), where)
        if status == "POINT":
            events.append(ImportedEvent(behaviour, time, None))
        elif status == "START":
            open_starts[(subject, behaviour)].append(time)
        elif status == "STOP":
            starts = open_starts[(subject, behaviour)]
            if not starts:
                raise InvalidInput(f"{where}: STOP of {behaviour!r} without a START before it.")
            events.append(ImportedEvent(behaviour, starts.pop(0), time))
        else:
            raise InvalidInput(f"{where}: status {status!r} is not START, STOP or POINT.")
    unclosed = sorted(b for (_, b), starts in open_starts.items() if starts)
    if unclosed:
        raise InvalidInput(
            f"{path}: START without STOP for {', '.join(unclosed)}. Fix: close the state events "
            f"in BORIS and export again."
        )
    return sorted(events, key=lambda e: (e.start, e.name))


def read_file(path: Path) -> list[ImportedEvent]:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file.")
    if path.suffix.lower() == ".eaf":
        from .elan import read_eaf

        return [ImportedEvent(a.tier, a.start, a.end, a.value) for a in read_eaf(path)]
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return read_boris(path)
    raise InvalidInput(
        f"{path}: unknown file type {path.suffix!r}. Fix: give an ELAN .eaf or a BORIS tabular "
        f"events export (.csv or .tsv)."
    )


def resolve_codes(events, mapping: dict[str, str], known: set[str]) -> tuple[list, dict[str, int]]:
    """(event, code) for every event that names a code; unknown names with their counts."""
    resolved, unknown = [], defaultdict(int)
    by_name = defaultdict(list)
    for event in events:
        by_name[event.name].append(event)
    for name, group in by_name.items():
        code = mapping.get(name, name)
        if code in known:
            resolved += [(e, code) for e in group]
        elif name not in mapping and all(e.value in known for e in group):
            resolved += [(e, e.value) for e in group]  # tiers of a `bodycam export eaf` file
        else:
            unknown[name if name not in mapping else f"{name} -> {code}"] += len(group)
    return resolved, dict(unknown)


def import_coding(
    store: Store,
    actor: str,
    footage_id: int,
    path: Path,
    coder: str,
    mapping_path: Path | None = None,
    *,
    skip_unknown: bool = False,
) -> ImportResult:
    footage = store.one("SELECT id, duration FROM footage WHERE id = ?", [footage_id])
    if footage is None:
        raise NotFound(
            f"footage {footage_id} does not exist. Fix: list footage with `bodycam list`."
        )
    if not coder or not coder.strip():
        raise InvalidInput("--coder is empty. Fix: name the coder whose work this is.")
    ensure_tag_editable(store, coder, footage_id)
    existing = store.one(
        "SELECT count(*) AS n FROM tags"
        " WHERE footage_id = ? AND created_by = ? AND deleted_at IS NULL",
        [footage_id, coder],
    )["n"]
    if existing:
        raise InvalidInput(
            f"{coder} already has {existing} tags on footage {footage_id}; importing would mix two "
            f"codings. Fix: import under another --coder name, or delete those tags first."
        )
    codebook_id, codebook = codebook_store.current(store)
    known = {c.id for c in codebook.active_codes()}
    resolved, unknown = resolve_codes(read_file(path), load_mapping(mapping_path), known)
    if unknown and not skip_unknown:
        listed = ", ".join(f"{name} ({n})" for name, n in sorted(unknown.items()))
        raise InvalidInput(
            f"{Path(path).name}: {len(unknown)} name(s) match no code of codebook {codebook.id} "
            f"{codebook.version}: {listed}. Fix: map them with --map MAPPING.yaml "
            f"(`name: code_id`), or pass --skip-unknown to leave them out."
        )
    duration = footage["duration"]
    for event, _ in resolved:
        if duration is not None and event.start > duration + 0.5:
            raise InvalidInput(
                f"{Path(path).name}: {event.name!r} at {event.start:.2f} s is after the end of "
                f"footage {footage_id} ({duration:.2f} s). Fix: check that the file codes this "
                f"footage."
            )
    by_code: dict[str, int] = defaultdict(int)
    with store.change(actor, "coding.import") as change:
        ids = []
        for event, code in resolved:
            ids.append(
                change.insert(
                    "tags",
                    {
                        "footage_id": footage_id,
                        "codebook_id": codebook_id,
                        "code": code,
                        "kind": "point" if event.end is None else "interval",
                        "start": round(event.start, 3),
                        "end": None if event.end is None else round(event.end, 3),
                        "notes": f"imported from {Path(path).name}",
                        "source": "human",
                        "created_by": coder.strip(),
                        "created_at": change.at,
                        "version": 1,
                    },
                )
            )
            by_code[code] += 1
        change.audit(
            "tags",
            f"import:{footage_id}",
            {"file": Path(path).name, "coder": coder, "skipped": unknown},
        )
    return ImportResult(footage_id, coder, ids, dict(sorted(by_code.items())), unknown)
