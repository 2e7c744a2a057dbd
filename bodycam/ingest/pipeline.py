"""Ingest: files in, evidence records out.

Each file is copied into a private staging folder while it is hashed, probed, and turned into
its derived media there. Only when all of that succeeded does one transaction create the
footage row, its derived-file records, its transcription job and their audit entries, with the
files moved into place just before the commit. A crash at any point therefore leaves either no
record or a whole one, and the next run cleans up the staging leftovers and does the work again.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import av
import cv2

from bodycam.core.progress import Progress

from .. import __version__
from ..core.errors import BodycamError, InvalidMedia
from ..models import jobs
from ..models.footage import initial_status
from ..models.store import Change, Store
from .copy import hash_and_copy, sha256_file
from .derive import make_proxy_and_audio
from .envelope import write_envelope
from .ffmpeg_tool import ffmpeg_version
from .images import make_timeline_images
from .probe import MediaInfo, probe

log = logging.getLogger(__name__)


# Weights of the phases in a file's progress bar, by their typical share of the time.
COPY_SHARE, DERIVE_SHARE = 0.35, 0.55


@dataclass
class IngestResult:
    path: str
    status: str  # ingested | duplicate | failed | skipped
    footage_id: int | None = None
    sha256: str | None = None
    error: str | None = None
    reason: str | None = None  # why a file found in a folder was skipped

    def to_dict(self) -> dict:
        record = asdict(self)
        if self.reason is None:
            del record["reason"]  # only skipped files have one
        return record


# What operating systems leave on cards and shares. Only these are skipped: a name starting
# with a dot is not enough, since camera exports can name footage ".DSC_0001.mp4".
JUNK_FILES = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".localized"})
JUNK_FOLDERS = frozenset(
    {
        ".trashes",
        ".spotlight-v100",
        ".fseventsd",
        ".temporaryitems",
        ".documentrevisions-v100",
        "__macosx",
        "$recycle.bin",
        "system volume information",
    }
)


@dataclass(frozen=True)
class Found:
    """A path met while expanding the inputs: to ingest, or skipped or unreadable, and why."""

    path: Path
    skipped: str | None = None
    problem: str | None = None


def junk_reason(name: str, is_folder: bool) -> str | None:
    if is_folder:
        return "operating-system folder, not footage" if name.lower() in JUNK_FOLDERS else None
    if name.lower() in JUNK_FILES:
        return "operating-system file, not footage"
    if name.startswith("._"):
        return "macOS AppleDouble file: metadata of the file named without '._', not footage"
    return None


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Found]:
    """Files as given, and everything inside folders (recursively; in each folder its files,
    then its sub-folders, sorted by name so that a rerun goes in the same order).

    Symbolic links are followed; a link to a folder this walk is inside (a loop) or has
    already been through is reported as skipped instead of walked again.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            identity = _identity(path)
            yield from _walk(path, ancestors={identity}, walked={identity})
        else:
            yield Found(path)


def _identity(folder: Path) -> tuple[int, int]:
    info = folder.stat()
    return info.st_dev, info.st_ino


def _walk(folder: Path, ancestors: set, walked: set) -> Iterator[Found]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
            folders = [e for e in entries if _is_dir(e)]
            folder_names = {e.name for e in folders}
    except OSError as error:
        yield Found(folder, problem=f"{folder}: cannot read the folder ({error.strerror})")
        return
    for entry in entries:
        if entry.name in folder_names:
            continue
        reason = junk_reason(entry.name, is_folder=False)
        yield Found(Path(entry.path), skipped=reason)
    for entry in folders:
        path = Path(entry.path)
        if reason := junk_reason(entry.name, is_folder=True):
            yield Found(path, skipped=reason)
            continue
        identity = _identity(path)
        if identity in ancestors:
            yield Found(
                path,
                skipped=f"symbolic link loop: it points to {path.resolve()}, a folder this "
                "walk is already inside; not followed",
            )
        elif identity in walked:
            yield Found(
                path,
                skipped=f"symbolic link to {path.resolve()}, a folder this walk already went "
                "through; not walked twice",
            )
        else:
            walked.add(identity)
            yield from _walk(path, ancestors | {identity}, walked)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links
    except OSError:
        return False


def tool_versions() -> dict[str, str]:
    return {
        "bodycam-review": __version__,
        "ffmpeg": ffmpeg_version(),
        "pyav": av.__version__,
        "opencv": cv2.__version__,
    }


def _clean_stale_staging(store: Store) -> None:
    """Remove staging folders of ingest runs that died (their process is gone)."""
    staging = store.layout.staging
    if not staging.exists():
        return
    for entry in staging.iterdir():
        pid_text = entry.name.split("-", 1)[0]
        if pid_text.isdigit() and jobs.process_alive(int(pid_text)):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _check_readable(path: Path) -> None:
    if path.is_symlink() and not path.exists():
        raise InvalidMedia(
            f"{path}: a symbolic link to {os.readlink(path)}, which does not exist; check the link"
        )
    if not path.exists():
        raise InvalidMedia(f"{path}: no such file; check the path")
    if not path.is_file():
        raise InvalidMedia(f"{path}: not a regular file")
    if path.stat().st_size == 0:
        raise InvalidMedia(f"{path}: the file is empty (0 bytes)")


def _ensure_incident(change: Change, incident: str | None) -> None:
    if not incident:
        return
    exists = change.conn.execute("SELECT 1 FROM incidents WHERE id = ?", [incident]).fetchone()
    if not exists:
        change.insert(
            "incidents", {"id": incident, "created_at": change.at, "created_by": change.actor}
        )


class Ingestor:
    """Ingests files into one store, attributing every record to ``actor``."""

    def __init__(self, store: Store, actor: str, unit: str | None = None):
        self.store = store
        self.actor = actor
        #: The unit the footage belongs to: supervisors see only their units' footage.
        self.unit = unit or None
        _clean_stale_staging(store)

    def existing(self, sha256: str) -> int | None:
        row = self.store.one("SELECT id FROM footage WHERE sha256 = ?", [sha256])
        return row["id"] if row else None

    def ingest_paths(
        self,
        paths: Iterable[str | Path],
        *,
        incident: str | None = None,
        officer: str | None = None,
        progress_factory: Callable[[Path], Progress | None] | None = None,
    ) -> Iterator[IngestResult]:
        """Ingest every file; one result per file found, failures and skipped files included
        (never raised)."""
        for found in expand_paths(paths):
            if found.skipped:
                yield IngestResult(str(found.path), "skipped", reason=found.skipped)
                continue
            if found.problem:
                yield IngestResult(str(found.path), "failed", error=found.problem)
                continue
            path = found.path
            progress = progress_factory(path) if progress_factory else None
            yield self.ingest_file(path, incident=incident, officer=officer, progress=progress)

    def ingest_file(
        self,
        path: Path,
        *,
        incident: str | None = None,
        officer: str | None = None,
        progress: Progress | None = None,
        display_name: str | None = None,
    ) -> IngestResult:
        """Ingest one file. Errors a user can act on come back as a failed result."""
        name = display_name or path.name
        try:
            return self._ingest(path, name, incident, officer, progress)
        except BodycamError as error:
            return IngestResult(str(path), "failed", error=str(error))
        except PermissionError as error:
            return IngestResult(
                str(path), "failed", error=f"{path}: cannot read the file ({error.strerror})"
            )
        except OSError as error:
            return IngestResult(str(path), "failed", error=f"{path}: {error.strerror or error}")
        except Exception as error:  # one file must never stop the batch
            log.debug("unexpected error ingesting %s", path, exc_info=True)
            return IngestResult(
                str(path),
                "failed",
                error=f"{path}: unexpected error ({type(error).__name__}: "
                f"{' '.join(str(error).split())}); nothing was stored, please report it",
            )

    def _ingest(
        self,
        path: Path,
        name: str,
        incident: str | None,
        officer: str | None,
        progress: Progress | None,
    ) -> IngestResult:
        def report(fraction: float, message: str) -> None:
            if progress:
                progress(fraction, message)

        _check_readable(path)
        staging = self.store.layout.staging / f"{os.getpid()}-{uuid.uuid4().hex}"
        staging.mkdir(parents=True)
        try:
            staged = staging / ("original" + path.suffix.lower())
            copied = hash_and_copy(path, staged, lambda f, m: report(f * COPY_SHARE, m))
            if (found := self.existing(copied.sha256)) is not None:
                report(1.0, "duplicate")
                return IngestResult(str(path), "duplicate", found, copied.sha256)
            info = probe(staged, display_name=str(path))
            derived_dir = staging / "derived"
            derived_dir.mkdir()
            params: dict = {}
            # ffmpeg (proxy and WAV) runs in its own process; the timeline images are read
            # from the staged original meanwhile, so the two overlap on a multi-core machine.
            with ThreadPoolExecutor(max_workers=1) as pool:
                ffmpeg_run = pool.submit(
                    make_proxy_and_audio,
                    staged,
                    derived_dir,
                    info,
                    name=str(path),
                    progress=lambda f, m: report(COPY_SHARE + f * DERIVE_SHARE, m),
                )
                if info.has_video:
                    images = make_timeline_images(
                        staged, derived_dir, info.duration, display_name=str(path)
                    )
                    params["poster"] = images["poster"]
                    params["filmstrip"] = images["filmstrip"]
                outputs = ffmpeg_run.result()
            report(COPY_SHARE + DERIVE_SHARE, "loudness envelope")
            params.update({o.kind: o.params for o in outputs})
            if info.has_audio:
                params["envelope"] = write_envelope(
                    derived_dir / "audio.wav", derived_dir / "envelope.json"
                )
            footage_id = self._commit(
                name, staged, copied, info, derived_dir, params, incident, officer
            )
            report(1.0, "done")
            if footage_id is None:
                found = self.existing(copied.sha256)
                return IngestResult(str(path), "duplicate", found, copied.sha256)
            return IngestResult(str(path), "ingested", footage_id, copied.sha256)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _commit(
        self,
        original_name: str,
        staged: Path,
        copied,
        info: MediaInfo,
        derived_dir: Path,
        params: dict,
        incident: str | None,
        officer: str | None,
    ) -> int | None:
        layout = self.store.layout
        tools = tool_versions()
        derived_files = {
            "proxy": "proxy.mp4",
            "audio": "audio.wav",
            "envelope": "envelope.json",
            "poster": "poster.jpg",
            "filmstrip": "filmstrip.jpg",
        }
        present = {k: v for k, v in derived_files.items() if (derived_dir / v).exists()}
        # Hash derived files before taking the write lock: it is the slow part.
        hashes = {
            k: (sha256_file(derived_dir / v), (derived_dir / v).stat().st_size)
            for k, v in present.items()
        }
        final_original = layout.original_path(copied.sha256, Path(original_name).suffix or ".bin")
        with self.store.change(self.actor, "footage.ingest") as change:
            # Another process may have ingested the same bytes while we worked.
            if change.conn.execute(
                "SELECT 1 FROM footage WHERE sha256 = ?", [copied.sha256]
            ).fetchone():
                return None
            _ensure_incident(change, incident)
            status, detail = initial_status(info.has_audio)
            footage_id = change.insert(
                "footage",
                {
                    "sha256": copied.sha256,
                    "original_name": original_name,
                    "original_path": final_original.relative_to(layout.root).as_posix(),
                    "size": copied.size,
                    "container": info.container,
                    "duration": info.duration,
                    "fps": info.fps,
                    "width": info.width,
                    "height": info.height,
                    "video_codec": info.video_codec,
                    "audio_codec": info.audio_codec,
                    "audio_channels": info.audio_channels,
                    "audio_sample_rate": info.audio_sample_rate,
                    "recorded_at": info.recorded_at,
                    "device": info.device,
                    "probe": info.to_dict(),
                    "incident_id": incident,
                    "officer": officer,
                    "unit": self.unit,
                    "ingested_at": change.at,
                    "ingested_by": change.actor,
                    "status": status,
                    "status_detail": detail,
                },
            )
            for kind, file_name in present.items():
                digest, size = hashes[kind]
                change.insert(
                    "derived_files",
                    {
                        "footage_id": footage_id,
                        "kind": kind,
                        "path": f"media/derived/{footage_id}/{file_name}",
                        "sha256": digest,
                        "size": size,
                        "source_sha256": copied.sha256,
                        "params": params.get(kind, {}),
                        "tools": tools,
                        "created_at": change.at,
                    },
                )
            if info.has_audio:
                jobs.enqueue(change, "transcribe", footage_id)
            # Files last, just before the commit: if the commit fails they are unreferenced
            # and the next run replaces them.
            final_original.parent.mkdir(parents=True, exist_ok=True)
            if not final_original.exists():
                os.chmod(staged, 0o444)
                os.replace(staged, final_original)
            final_derived = layout.derived_dir(footage_id)
            if final_derived.exists():
                shutil.rmtree(final_derived)  # left by a run that died before its commit
            os.replace(derived_dir, final_derived)
        return footage_id
