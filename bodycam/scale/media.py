"""How a Dask worker reaches a media file: by path on shared storage, never through the
scheduler.

The coordinator sends paths relative to the data directory (``media/derived/3/audio.wav``);
each worker joins them to the media root, ``$BODYCAM_MEDIA_ROOT``: the data directory as that
worker sees it. A plain path or ``file://`` URL (an NFS mount) is read in place; any other
fsspec URL (``s3://bucket/bodycam``, which needs ``fsspec`` and ``s3fs`` on the workers) is
copied to a local temporary file first. Unset, workers use the coordinator's data directory,
which is right for a ``LocalCluster`` and for machines that mount it at the same path.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from ..core.errors import BodycamError

MEDIA_ROOT_ENV = "BODYCAM_MEDIA_ROOT"


class MediaMissing(BodycamError):
    """A media file the job needs is not where the media root says."""


def media_root(data_dir: Path) -> str:
    """The media root the coordinator gives its workers: $BODYCAM_MEDIA_ROOT, else the data
    directory itself."""
    return os.environ.get(MEDIA_ROOT_ENV, "").strip() or str(Path(data_dir).resolve())


@dataclass(frozen=True)
class MediaResolver:
    """Picklable: sent with each task; called on the worker with a relative path."""

    root: str
    #: Where downloads go (the task's scratch directory, removed after the task).
    scratch: str | None = None

    def __call__(self, relative: str) -> Path:
        parsed = urlparse(self.root)
        if parsed.scheme in ("", "file"):
            base = Path(parsed.path if parsed.scheme else self.root)
            path = base / relative
            if not path.is_file():
                raise MediaMissing(
                    f"{path} is not on worker {_host()}: mount the data directory there or "
                    f"set {MEDIA_ROOT_ENV} to where this worker sees it"
                )
            return path
        return self._download(relative)

    def _download(self, relative: str) -> Path:
        try:
            import fsspec
        except ImportError as error:
            raise BodycamError(
                f"{MEDIA_ROOT_ENV}={self.root} needs fsspec on every worker "
                "(and s3fs for s3://): pip install fsspec s3fs"
            ) from error
        url = f"{self.root.rstrip('/')}/{relative}"
        scratch = self.scratch or tempfile.mkdtemp(prefix="bodycam-media-")
        local = Path(scratch) / Path(relative).name
        try:
            with fsspec.open(url, "rb") as source, open(local, "wb") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)
        except FileNotFoundError as error:
            raise MediaMissing(f"{url} does not exist (seen from worker {_host()})") from error
        return local


def _host() -> str:
    import socket

    return socket.gethostname()
