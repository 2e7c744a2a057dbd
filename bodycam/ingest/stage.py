"""The ingest stage: ingest jobs for app uploads, the derived media the app serves, the
`ingest`, `list` and `verify` commands and the Library page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.errors import BodycamError
from ..core.progress import Progress
from ..registry import Page, register_cli, register_job_kind, register_media_kind, register_page


def run_ingest_job(store, job, options: Any, progress: Progress) -> str:
    """An upload saved by the Library page: ingest it like `bodycam ingest`, then delete it."""
    from ..models import jobs
    from .pipeline import Ingestor

    payload = job.payload
    upload = Path(payload["path"])
    result = Ingestor(store, payload.get("actor") or "worker", payload.get("unit")).ingest_file(
        upload,
        incident=payload.get("incident"),
        officer=payload.get("officer"),
        progress=progress,
        display_name=payload.get("original_name"),
    )
    if result.status == "failed":
        raise BodycamError(result.error or "ingest failed")
    with store.change("worker", "job.finish") as change:
        jobs.finish(change, job)
    upload.unlink(missing_ok=True)
    return f"{result.status} as footage {result.footage_id}"


register_job_kind("ingest", run_ingest_job, permission="footage.ingest")
# The derived files ingest makes (see Ingestor), served by the media route under these kinds.
register_media_kind("proxy", "video/mp4")
register_media_kind("audio", "audio/wav")
register_media_kind("poster", "image/jpeg")
register_media_kind("filmstrip", "image/jpeg")
register_media_kind("envelope", "application/json")
register_cli("bodycam.cli.ingest")
register_cli("bodycam.cli.footage")
register_page(
    Page("Library", "bodycam.ui.library:render", "library", icon=":material/video_library:")
)
