"""Timeline images: a poster frame and a filmstrip sprite of thumbnails.

Frames are taken at the keyframe at or before each time, which costs one decode per thumbnail
instead of decoding the whole file (a filmstrip cell covers several seconds, so the keyframe is
close enough); OpenCV scales, tiles and encodes them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np

from ..core.errors import InvalidMedia

# Steps a reviewer reads easily on a time axis; the smallest that keeps the strip short wins.
NICE_INTERVALS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800)
MAX_THUMBNAILS = 150
THUMB_WIDTH = 160
POSTER_WIDTH = 640
COLUMNS = 10
JPEG_QUALITY = 80


def filmstrip_interval(duration: float, max_thumbnails: int = MAX_THUMBNAILS) -> int:
    """One thumbnail per N seconds, N the smallest nice step giving at most max_thumbnails
    (past the longest step, a multiple of it, so the strip never grows with the length)."""
    for step in NICE_INTERVALS:
        if duration / step <= max_thumbnails:
            return step
    longest = NICE_INTERVALS[-1]
    return longest * math.ceil(duration / (longest * max_thumbnails))


def filmstrip_plan(duration: float, max_thumbnails: int = MAX_THUMBNAILS) -> tuple[int, int]:
    """(interval, thumbnail count): at most max_thumbnails decodes per file, whatever its
    length."""
    interval = filmstrip_interval(duration, max_thumbnails)
    return interval, min(max_thumbnails, max(1, math.ceil(duration / interval)))


@dataclass
class Filmstrip:
    interval: int
    count: int
    tile_width: int
    tile_height: int
    columns: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "interval": self.interval,
            "count": self.count,
            "tile_width": self.tile_width,
            "tile_height": self.tile_height,
            "columns": self.columns,
        }


def _frame_at(container, stream, seconds: float) -> np.ndarray | None:
    target = int(seconds / stream.time_base) + (stream.start_time or 0)
    container.seek(target, stream=stream, backward=True, any_frame=False)
    for frame in container.decode(stream):
        return frame.to_ndarray(format="bgr24")
    return None


def _resize(image: np.ndarray, width: int) -> np.ndarray:
    height = max(2, round(image.shape[0] * width / image.shape[1] / 2) * 2)
    return cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)


def make_timeline_images(
    video_path: Path, out_dir: Path, duration: float, display_name: str | None = None
) -> dict[str, Any]:
    """Write ``poster.jpg`` and ``filmstrip.jpg``; return their parameters for provenance."""
    interval, count = filmstrip_plan(duration)
    # Frames are shrunk as soon as they are decoded: keeping full-size frames for a long
    # strip would cost hundreds of MB.
    with av.open(str(video_path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        tiles = []
        for index in range(count):
            frame = _frame_at(container, stream, index * interval)
            tiles.append(None if frame is None else _resize(frame, THUMB_WIDTH))
        poster_time = min(duration * 0.1, 5.0)
        poster = _frame_at(container, stream, poster_time)
    poster = None if poster is None else _resize(poster, POSTER_WIDTH)
    first = next((t for t in tiles if t is not None), None)
    if first is None:
        if poster is None:
            raise InvalidMedia(f"{display_name or video_path}: no video frame could be decoded")
        first = _resize(poster, THUMB_WIDTH)
    tile_shape = first.shape
    blank = np.zeros(tile_shape, dtype=np.uint8)
    scaled = [
        blank if t is None else t if t.shape == tile_shape else cv2.resize(t, tile_shape[1::-1])
        for t in tiles
    ]
    columns = min(COLUMNS, len(scaled))
    rows = math.ceil(len(scaled) / columns)
    scaled += [blank] * (rows * columns - len(scaled))
    sprite = np.vstack(
        [np.hstack(scaled[row * columns : (row + 1) * columns]) for row in range(rows)]
    )
    encode = [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY]
    cv2.imwrite(str(out_dir / "filmstrip.jpg"), sprite, encode)
    cv2.imwrite(str(out_dir / "poster.jpg"), poster if poster is not None else first, encode)
    strip = Filmstrip(interval, count, tile_shape[1], tile_shape[0], columns)
    return {"filmstrip": strip.to_dict(), "poster": {"time": poster_time, "width": POSTER_WIDTH}}
