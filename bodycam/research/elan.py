"""ELAN ``.eaf`` files, written and read with pympi-ling (issue #13 §3 and §4).

Export: one file per footage, one tier per coder per category (``<coder>/<category>``), each
annotation's value the code id. ELAN has no zero-length annotations, so a point tag is written
as ``POINT_MS`` long and read back as a point when it is no longer than that. Every written file
is parsed back with pympi before it goes into a bundle.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import InvalidInput

POINT_MS = 40  # one frame at 25 fps


@dataclass(frozen=True)
class Annotation:
    tier: str
    start: float
    end: float | None  # None: a point
    value: str


def write_eaf(rows: Iterable[dict], path: Path) -> int:
    """Write the event rows of one footage (``coder``, ``category``, ``code``, ``kind``,
    ``start_s``, ``end_s``) to ``path``; return the number of annotations."""
    import pympi

    eaf = pympi.Elan.Eaf(author="bodycam-review")
    eaf.remove_tier("default")
    count = 0
    for row in rows:
        tier = f"{row['coder']}/{row['category'] or 'uncategorised'}"
        if tier not in eaf.tiers:
            eaf.add_tier(tier)
        start = round(row["start_s"] * 1000)
        end = round(row["end_s"] * 1000)
        if row["kind"] == "point" or end - start < 1:
            end = start + POINT_MS
        eaf.add_annotation(tier, start, end, row["code"])
        count += 1
    eaf.to_file(str(path))
    read_eaf(path)  # prove it loads back before anyone ships it
    return count


def read_eaf(path: Path) -> list[Annotation]:
    "Every annotation of every tier; a file pympi cannot parse is refused with the reason."
    import pympi

    try:
        eaf = pympi.Elan.Eaf(str(path))
    except Exception as error:  # pympi raises bare exceptions of several kinds
        raise InvalidInput(
            f"{path}: not a readable ELAN .eaf file ({error}). Fix: save it again from ELAN."
        ) from error
    found = []
    for tier in eaf.get_tier_names():
        for start, end, value, *_ in eaf.get_annotation_data_for_tier(tier):
            point = end - start <= POINT_MS
            found.append(
                Annotation(tier, start / 1000, None if point else end / 1000, value.strip())
            )
    return sorted(found, key=lambda a: (a.start, a.tier))


def eaf_bytes(rows: list[dict]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "footage.eaf"
        write_eaf(rows, path)
        return path.read_bytes()
