"""Putting the demo encounter into a store: built and ingested once, reused afterwards."""

from __future__ import annotations

from collections.abc import Callable

from ..core.errors import BodycamError
from ..ingest.pipeline import Ingestor
from ..models.store import Store
from .build import build_demo_footage

DEMO_INCIDENT = "DEMO-0001"
DEMO_OFFICER = "Ofc. Reyes"  # the camera wearer in script.yaml


def ensure_demo_footage(store: Store, actor: str, say: Callable[[str], None] = print) -> int:
    """The demo footage's id, building and ingesting it first when the store has none."""
    existing = store.one(
        "SELECT id FROM footage WHERE incident_id = ? ORDER BY id LIMIT 1", [DEMO_INCIDENT]
    )
    if existing:
        say(f"demo footage already stored as footage {existing['id']}")
        return existing["id"]
    say("building the demo encounter (espeak-ng voices, ffmpeg picture)...")
    built = build_demo_footage(store.root / "demo")
    result = Ingestor(store, actor).ingest_file(
        built.video_path, incident=DEMO_INCIDENT, officer=DEMO_OFFICER
    )
    if result.status == "failed" or result.footage_id is None:
        raise BodycamError(result.error or "the demo footage could not be ingested")
    say(f"ingested demo footage as footage {result.footage_id}")
    return result.footage_id
