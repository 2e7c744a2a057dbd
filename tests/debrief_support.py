"""Fixtures for the debrief stage: real footage files stored as originals, with transcripts."""

from __future__ import annotations

import shutil
from pathlib import Path

from bodycam.debrief.files import sha256_file
from bodycam.ingest.probe import probe


def add_footage(store, source: Path, **values) -> int:
    """Store ``source`` as an original (by SHA-256, as ingest does) and add its footage row."""
    digest = sha256_file(source)
    target = store.layout.original_path(digest, source.suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    info = probe(target)
    with store.change("tester", "footage.add") as change:
        if values.get("incident_id"):
            change.insert(
                "incidents",
                {"id": values["incident_id"], "title": "t", "created_at": change.at,
                 "created_by": "tester"},
            )  # fmt: skip
        return change.insert(
            "footage",
            {
                "sha256": digest,
                "original_name": values.pop("original_name", source.name),
                "original_path": target.relative_to(store.layout.root).as_posix(),
                "size": target.stat().st_size,
                "duration": info.duration,
                "fps": 25.0,
                "ingested_at": change.at,
                "ingested_by": "tester",
                "status": "ready",
                **values,
            },
        )
