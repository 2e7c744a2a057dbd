"""Keyframe lookup by demuxing packets (no decoding): fast even on multi-GB footage.

Only the packets of a few seconds around the cut are read: the demuxer seeks through the
container's index, so the cost does not grow with the file's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av

from ..core.errors import InvalidMedia

#: How far past the cut to look for the following keyframe (to report the GOP length).
LOOKAHEAD = 20.0


@dataclass(frozen=True)
class KeyframeSpan:
    """The keyframes around a time, in seconds from the start of the file.

    Attributes:
        before: the last keyframe at or before the time (0.0 at worst: files start on one).
        after: the first keyframe after the time, or ``None`` within ``LOOKAHEAD``.
    """

    before: float
    after: float | None


def keyframes_around(path: Path, time: float) -> KeyframeSpan:
    """The keyframes of the first video stream enclosing ``time``.

    Times are relative to the container's start time, as ffmpeg's ``-ss`` counts them.

    Raises:
        InvalidMedia: the file has no video stream or cannot be read.
    """
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.FFmpegError as error:
        raise InvalidMedia(f"{path.name}: cannot be read to find keyframes ({error})") from error
    with container:
        if not container.streams.video:
            raise InvalidMedia(f"{path.name}: no video stream to cut")
        stream = container.streams.video[0]
        base = stream.time_base
        origin = (container.start_time or 0) / av.time_base
        # Seek a little early: some demuxers land after the target rather than before it.
        for margin in (0.0, 10.0, None):
            target = None if margin is None else max(0.0, time - margin)
            if target is None or target == 0.0:
                container.seek(0, backward=True)
            else:
                container.seek(int((target + origin) / base), stream=stream, backward=True)
            before, after = None, None
            for packet in container.demux(stream):
                if packet.pts is None:
                    continue
                at = float(packet.pts * base) - origin
                if at > time + LOOKAHEAD:
                    break
                if packet.is_keyframe:
                    if at <= time + 1e-6:
                        before = at
                    else:
                        after = at
                        break
            if before is not None:
                return KeyframeSpan(before=max(0.0, before), after=after)
        return KeyframeSpan(before=0.0, after=after)
