"""File hashing and all-or-nothing output: a clip either appears whole or not at all."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..core.errors import InvalidInput
from ..core.scratch import written_whole

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_writable(path: Path, field: str = "out_path") -> None:
    """Refuse an output path before any work is done.

    Raises:
        InvalidInput: the folder is missing or read-only, or the path is a folder.
    """
    folder = path.parent
    if path.is_dir():
        raise InvalidInput(f"{field}: {path} is a folder; give a file name such as {path}/clip.mp4")
    if not folder.is_dir():
        raise InvalidInput(f"{field}: folder {folder} does not exist; create it first")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(f"{field}: folder {folder} is not writable; choose another folder")
    if path.exists() and not os.access(path, os.W_OK):
        raise InvalidInput(f"{field}: {path} exists and is read-only; remove it or pick another")


@contextlib.contextmanager
def atomic_output(path: Path, field: str = "out_path") -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder, renamed onto ``path`` on success.

    The temporary file lives in the same folder so the final rename is atomic (same file
    system); on any error it is removed, so no partial clip is ever left behind, and one a
    killed process left is removed by the next output to that folder (``written_whole``).
    """
    check_writable(path, field)
    with contextlib.ExitStack() as stack:
        try:
            partial = stack.enter_context(written_whole(path))
        except OSError as error:
            raise InvalidInput(
                f"{field}: cannot write in {path.parent} ({error.strerror}); choose another folder"
            ) from error
        yield partial
