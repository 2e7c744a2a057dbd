"""Who may read the evidence on disk: the data directory 0700, the database and the media-signing
key 0600, so that on a shared server another account cannot copy the footage or forge media URLs.

Files are created with these modes from the start (never chmod-ed after the fact, which leaves a
window), and :func:`loose_modes` names any that are looser, for a warning at start.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from .settings import Layout

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
#: Permission bits that let the group or other accounts in.
OTHERS = stat.S_IRWXG | stat.S_IRWXO


#: The one file git puts in the default data directory (data/README.md): a directory holding
#: only it is a fresh clone's, whose mode came from git and the umask (0755), not an operator.
TRACKED_README = "README.md"
TRACKED_README_HEADING = "# data/"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) readable by its owner only. An existing directory is
    left as it is: its mode is the operator's choice, reported by :func:`loose_modes`. The one
    exception is the repository's own ``data/`` before first use (see :func:`_fresh_clone`),
    tightened to 0700 before any evidence goes in."""
    if path.is_dir():
        if _fresh_clone(path):
            path.chmod(PRIVATE_DIR)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkdir's mode is reduced by the umask, never widened, so 0700 stays 0700.
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=PRIVATE_DIR)


def _fresh_clone(path: Path) -> bool:
    """Whether ``path`` holds nothing but the data/README.md that git checked out."""
    try:
        entries = [entry.name for entry in os.scandir(path)]
        if entries != [TRACKED_README] or not stat.S_IMODE(path.stat().st_mode) & OTHERS:
            return False
        with open(path / TRACKED_README, encoding="utf-8") as handle:
            return handle.readline().strip() == TRACKED_README_HEADING
    except (OSError, UnicodeDecodeError):
        return False


def create_private_file(path: Path) -> bool:
    """Create an empty ``path`` with mode 0600 if it does not exist. Returns True if created.

    SQLite gives its -wal and -shm files the mode of the database file, so creating the database
    this way before the first connect keeps all three private.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


def loose_modes(layout: Layout) -> list[str]:
    """One warning per path that the group or other accounts may use, with the fix."""
    checks = [
        (layout.root, PRIVATE_DIR),
        (layout.database, PRIVATE_FILE),
        (Path(f"{layout.database}-wal"), PRIVATE_FILE),
        (Path(f"{layout.database}-shm"), PRIVATE_FILE),
        (layout.secret_key, PRIVATE_FILE),
    ]
    warnings = []
    for path, wanted in checks:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode & OTHERS:
            warnings.append(
                f"{path} has mode {mode:04o}: other accounts on this machine may read it; "
                f"run `chmod {wanted:o} {path}`"
            )
    return warnings
