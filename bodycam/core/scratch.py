"""Scratch folders for work on evidence, and the sweep of those a killed process left behind.

A task's scratch holds copies of media (a worker's download of the footage, a clip's caption
and concat files, frames). ``tempfile.TemporaryDirectory`` removes its folder when the block
ends, and even on an exception, but not when the process is killed (SIGKILL, the OOM killer, a
power cut on one worker): the folder and the copies in it stay in the temporary directory for
as long as the machine runs. Copies of evidence must not outlive the work that needed them, so
each folder is named after the process that owns it (host and pid), and every new scratch
folder first removes the ones whose owner on this host is gone.

The same holds for the partial files an output is written to before it is renamed into place
(a clip, an export's zip): a kill leaves ``.clip.mp4.bodycam-<host>-<pid>-XXXXXXXX.mp4`` beside
where the clip was going, a partial copy of evidence. They are named for their owner too, and
each new one first removes its folder's partial files whose owner on this host is dead.

A pid that has been reused by another process reads as alive, so its folder waits for the next
sweep after that process ends: a sweep never removes a live process's folder, it only ever
leaves a dead one's a while longer. A killed process its parent has not yet reaped (a zombie)
reads as dead: it will never run again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

logger = logging.getLogger(__name__)

#: The kinds of scratch folder that hold evidence copies (a task on a worker; a clip render).
KINDS = ("task", "clip")

# ``TemporaryDirectory`` and ``mkstemp`` append 8 characters of [a-z0-9_]; the host may hold
# hyphens and dots.
_NAME = re.compile(r"^bodycam-(?P<kind>[a-z]+)-(?P<host>.+)-(?P<pid>\d+)-[a-z0-9_]{8}$")
_PARTIAL = re.compile(r"^\..+\.bodycam-(?P<host>.+)-(?P<pid>\d+)-[a-z0-9_]{8}(\.[^.]+)?$")


def _host() -> str:
    """This host's name as it can stand in a folder name."""
    return re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname()) or "localhost"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive unless a zombie
        pass
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Whether ``pid`` is a killed process its parent has not reaped yet. It still answers
    ``kill(pid, 0)``, but it will never run again: a Dask worker killed mid-task stays one
    until its nanny notices, and the rerun's sweep on the other worker can come first (CI saw
    the killed worker's folder kept that way). Where there is no /proc it reads as alive."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    # The state follows the command name, which is in brackets and may hold spaces.
    fields = stat.rpartition(")")[2].split()
    return bool(fields) and fields[0] in ("Z", "X")


def _owner() -> str:
    """What names this process in a scratch folder or partial file: ``<host>-<pid>-``."""
    return f"{_host()}-{os.getpid()}-"


def _left_by_the_dead(folder: Path, pattern: re.Pattern) -> Iterator[tuple[Path, re.Match]]:
    """The entries of ``folder`` whose names ``pattern`` reads as made by a process on this
    host that is no longer alive (none when the folder cannot be listed)."""
    host = _host()
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        match = pattern.match(entry.name)
        if match and match["host"] == host and not _alive(int(match["pid"])):
            yield entry, match


def sweep_stale(root: str | os.PathLike | None = None) -> list[Path]:
    """Remove the scratch folders under ``root`` (the temporary directory) that processes on
    this host left when they were killed; other hosts' folders (a shared /tmp) are left to
    them.

    Returns:
        The folders removed.
    """
    removed = []
    for entry, match in _left_by_the_dead(Path(root or tempfile.gettempdir()), _NAME):
        if match["kind"] not in KINDS or not entry.is_dir():
            continue
        # Another process may be sweeping the same folder: whatever it removed first is gone.
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            logger.warning("removed %s, left by killed process %s", entry, match["pid"])
            removed.append(entry)
    return removed


def sweep_stale_partials(folder: str | os.PathLike) -> list[Path]:
    """Remove the partial files in ``folder`` that processes on this host left when they were
    killed mid-write.

    Returns:
        The files removed.
    """
    removed = []
    for entry, match in _left_by_the_dead(Path(folder), _PARTIAL):
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            entry.unlink()
            logger.warning("removed %s, left by killed process %s", entry, match["pid"])
            removed.append(entry)
    return removed


def partial_file(target: Path, suffix: str | None = None) -> Path:
    """A new empty file beside ``target`` to write it in, named for this process
    (``.<name>.bodycam-<host>-<pid>-XXXXXXXX<suffix>``, hidden, and ending in ``target``'s
    suffix unless told: FFmpeg picks its muxer by it), made after the folder's partial files of
    killed processes are swept. Rename it onto ``target`` when it is whole, or unlink it.

    Raises:
        OSError: the folder cannot be written.
    """
    sweep_stale_partials(target.parent)
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.bodycam-{_owner()}",
        suffix=target.suffix if suffix is None else suffix,
        dir=target.parent,
    )
    os.close(handle)
    return Path(name)


@contextlib.contextmanager
def written_whole(target: Path, suffix: str | None = None) -> Iterator[Path]:
    """A partial file beside ``target`` (``partial_file``) to write it in: renamed onto
    ``target`` when the block ends, removed when it raises, so ``target`` is only ever whole
    or absent (and a kill leaves a partial file the next output there removes).

    Raises:
        OSError: the folder cannot be written.
    """
    partial = partial_file(target, suffix)
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def scratch_folder(kind: str) -> tempfile.TemporaryDirectory:
    """A ``TemporaryDirectory`` (use it in a ``with``) named for this process, made after the
    folders of killed processes are swept.

    Args:
        kind: One of ``KINDS``: what the folder is for.
    """
    if kind not in KINDS:
        raise ValueError(f"scratch kind must be one of {', '.join(KINDS)}, got {kind!r}")
    sweep_stale()
    return tempfile.TemporaryDirectory(prefix=f"bodycam-{kind}-{_owner()}")
