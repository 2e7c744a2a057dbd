"""Running the ffmpeg program: progress, errors that name the file, and version provenance."""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections import deque
from collections.abc import Callable, Sequence

from ..core.errors import InvalidMedia, ToolMissing

# Lines ffmpeg prints at level "error" for input it could only partly read. A proxy built from
# such a file would silently end early, so the footage is refused instead.
DAMAGE_MARKERS = (
    "partial file",
    "invalid data found",
    "moov atom not found",
    "error while decoding",
    "truncat",
    "corrupt",
    "stream ends prematurely",
)


def ffmpeg_binary() -> str:
    found = shutil.which("ffmpeg")
    if not found:
        raise ToolMissing(
            "ffmpeg not found on PATH: run ./scripts/setup (or apt-get install ffmpeg)"
        )
    return found


@functools.cache
def ffmpeg_version() -> str:
    output = subprocess.run(
        [ffmpeg_binary(), "-hide_banner", "-version"], capture_output=True, text=True, check=False
    ).stdout
    return output.splitlines()[0] if output else "unknown"


def run_ffmpeg(
    args: Sequence[str],
    *,
    name: str,
    source: str | None = None,
    duration: float | None = None,
    progress: Callable[[float, str], None] | None = None,
    message: str = "converting",
) -> None:
    """Run ffmpeg with machine-readable progress on stdout.

    Args:
        args: everything after the program name (inputs, outputs, options).
        name: the footage's file name, for error messages.
        duration: the input duration, to turn ffmpeg's position into a fraction.

    Raises:
        InvalidMedia: ffmpeg failed, or reported damaged input.
    """
    command = [
        ffmpeg_binary(),
        "-hide_banner",
        "-nostdin",
        "-v",
        "error",
        "-progress",
        "pipe:1",
        "-nostats",
        *args,
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace"
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        for line in process.stdout:
            key, _, value = line.strip().partition("=")
            if key == "out_time_us" and progress and duration and value.isdigit():
                progress(min(int(value) / 1e6 / duration, 1.0), message)
        errors = deque(process.stderr, maxlen=20)
        code = process.wait()
    lines = [line.strip() for line in errors if line.strip()]
    damaged = [line for line in lines if any(m in line.lower() for m in DAMAGE_MARKERS)]
    if code != 0 or damaged:
        detail = (damaged or lines or [f"exit code {code}"])[-1]
        if source:
            # ffmpeg names the private staging copy; the user knows the file by its own name.
            detail = detail.replace(source, name)
        raise InvalidMedia(
            f"{name}: ffmpeg could not read the file completely ({detail}); "
            "the recording may be truncated or damaged"
        )
