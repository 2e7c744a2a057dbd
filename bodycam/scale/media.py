"""How a Dask worker reaches a media file, and where it puts the files it makes: by path on
shared storage, never through the scheduler.

The coordinator sends paths relative to the data directory (``media/derived/3/audio.wav``);
each worker joins them to the media root, ``$BODYCAM_MEDIA_ROOT``: the data directory as that
worker sees it. A plain path or ``file://`` URL (an NFS mount) is read in place; any other
fsspec URL (``s3://bucket/bodycam``, which needs ``fsspec`` and ``s3fs`` on the workers) is
copied to a local temporary file first. Unset, workers use the coordinator's data directory,
which is right for a ``LocalCluster`` and for machines that mount it at the same path.

Outputs (a rendered clip and its captions) go the same way: ``media.output(folder)`` gives the
task a local folder to write in; under a path root it is the folder itself (an NFS mount: the
coordinator sees the file at once), under a URL root a scratch folder uploaded to the root when
the task succeeds, which the coordinator copies into its data directory (:func:`bring_home`)
before it records the file. In-process, :class:`LocalMedia` is the data directory itself.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
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
        url = self._url(relative)
        if self.scratch is None:
            # A folder of its own would outlive the task: a copy of evidence left in /tmp.
            raise BodycamError(
                f"{url}: a download needs the task's scratch folder, which is removed with the "
                "task (MediaResolver(root, scratch))"
            )
        local = Path(self.scratch) / Path(relative).name
        try:
            with fsspec.open(url, "rb") as source, open(local, "wb") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)
        except FileNotFoundError as error:
            raise MediaMissing(f"{url} does not exist (seen from worker {_host()})") from error
        return local

    @contextlib.contextmanager
    def output(self, folder: str) -> Iterator[Path]:
        """A local folder in which to write files that belong at ``folder`` (relative to the
        root); a URL root gets them uploaded when the block ends without an error."""
        parsed = urlparse(self.root)
        if parsed.scheme in ("", "file"):
            path = Path(parsed.path if parsed.scheme else self.root) / folder
            path.mkdir(parents=True, exist_ok=True)
            yield path
            return
        with tempfile.TemporaryDirectory(prefix="bodycam-out-", dir=self.scratch) as local:
            yield Path(local)
            import fsspec

            for file in sorted(Path(local).iterdir()):
                if file.is_file() and not file.name.startswith("."):  # not a partial file
                    with (
                        open(file, "rb") as source,
                        fsspec.open(self._url(f"{folder}/{file.name}"), "wb") as target,
                    ):
                        shutil.copyfileobj(source, target, 1 << 20)

    def discard(self, relative: str) -> None:
        """Remove an output this task made (its job failed before it was recorded)."""
        parsed = urlparse(self.root)
        if parsed.scheme in ("", "file"):
            (Path(parsed.path if parsed.scheme else self.root) / relative).unlink(missing_ok=True)
            return
        import fsspec

        filesystem, path = fsspec.core.url_to_fs(self._url(relative))
        if filesystem.exists(path):
            filesystem.rm(path)

    def _url(self, relative: str) -> str:
        return f"{self.root.rstrip('/')}/{relative}"


@dataclass(frozen=True)
class LocalMedia:
    """The media of a job run in-process: the data directory itself (``root``), read and
    written in place, exactly as before there was a cluster."""

    root: Path

    def __call__(self, relative: str) -> Path:
        return self.root / relative

    @contextlib.contextmanager
    def output(self, folder: str) -> Iterator[Path]:
        path = self.root / folder
        path.mkdir(parents=True, exist_ok=True)
        yield path

    def discard(self, relative: str) -> None:
        (self.root / relative).unlink(missing_ok=True)


def bring_home(data_dir: Path, relative: str) -> Path:
    """On the coordinator, before recording a file a worker made: the file in the data
    directory. Under a path root (the data directory, or the NFS export of it) it is there
    already; under a URL root it is copied from there.

    Raises:
        MediaMissing: the worker's output is in neither place.
    """
    local = Path(data_dir) / relative
    if local.is_file():
        return local
    root = media_root(data_dir)
    if urlparse(root).scheme in ("", "file"):
        raise MediaMissing(
            f"{local} is missing: the worker wrote it under {root}; set {MEDIA_ROOT_ENV} to "
            "the path of this data directory on the workers (the same shared storage)"
        )
    import fsspec

    local.parent.mkdir(parents=True, exist_ok=True)
    partial = local.with_name(f".{local.name}.part")
    try:
        with (
            fsspec.open(f"{root.rstrip('/')}/{relative}", "rb") as source,
            open(partial, "wb") as target,
        ):
            shutil.copyfileobj(source, target, 1 << 20)
        os.replace(partial, local)
    except FileNotFoundError as error:
        raise MediaMissing(f"{root}/{relative}: the worker's output is not there") from error
    finally:
        partial.unlink(missing_ok=True)
    return local


def _host() -> str:
    import socket

    return socket.gethostname()
