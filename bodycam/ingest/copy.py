"""Hash a file while copying it: the source is read exactly once, in fixed-size blocks."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from bodycam.core.progress import Progress

from ..core.errors import SourceChanged

BLOCK_SIZE = 4 * 1024 * 1024


@dataclass(frozen=True)
class CopiedFile:
    sha256: str
    size: int


def _identity(stat: os.stat_result) -> tuple[int, int, int, int]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


def hash_and_copy(source: Path, destination: Path, progress: Progress | None = None) -> CopiedFile:
    """Copy ``source`` to ``destination`` and return the SHA-256 of exactly the bytes copied.

    Memory stays at one block whatever the file size. The source's identity (device, inode,
    size, mtime) is compared before and after, so a file that is replaced, truncated, grown or
    deleted during the copy is refused rather than stored half-copied.

    Raises:
        SourceChanged: the source changed or vanished during the copy.
        OSError: the source cannot be read (the caller names the file).
    """
    digest = hashlib.sha256()
    buffer = bytearray(BLOCK_SIZE)
    view = memoryview(buffer)
    copied = 0
    with open(source, "rb", buffering=0) as reader:
        before = os.fstat(reader.fileno())
        expected = before.st_size
        with open(destination, "xb") as writer:
            while True:
                count = reader.readinto(buffer)
                if not count:
                    break
                chunk = view[:count]
                digest.update(chunk)
                writer.write(chunk)
                copied += count
                if progress and expected:
                    progress(min(copied / expected, 1.0), "copying")
            writer.flush()
            os.fsync(writer.fileno())
    try:
        after = os.stat(source)
    except FileNotFoundError as error:
        raise SourceChanged(f"{source}: the file vanished while it was being copied") from error
    if copied != expected or _identity(after) != _identity(before):
        raise SourceChanged(
            f"{source}: the file changed while it was being copied "
            f"(expected {expected} bytes, read {copied}); wait until it is complete and retry"
        )
    return CopiedFile(sha256=digest.hexdigest(), size=copied)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    buffer = bytearray(BLOCK_SIZE)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as reader:
        while count := reader.readinto(buffer):
            digest.update(view[:count])
    return digest.hexdigest()
