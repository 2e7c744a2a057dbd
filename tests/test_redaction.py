"""Face blur on generated footage with a real face (scikit-image's astronaut) moving across
the frame, the tracker between detector runs, and the detection preview."""

from __future__ import annotations

from pathlib import Path

import av
import cv2
import numpy as np
import pytest
from faces_support import (
    FACE_SIZE,
    FPS,
    FRAMES,
    astronaut,
    background,
    face_position,
    frames,
    write_face_video,
)

from bodycam.debrief.clip import ClipRequest, render_clip
from bodycam.debrief.files import sha256_file
from bodycam.debrief.redaction import (
    BlurSettings,
    BlurStats,
    FaceDetector,
    FaceTracker,
    blur_boxes,
    blurred_frames,
    boxes_between,
    iou,
    preview_detections,
)


@pytest.fixture(scope="module")
def picture() -> np.ndarray:
    return astronaut()


@pytest.fixture(scope="module")
def face_in_picture(picture) -> tuple[float, float, float, float]:
    """The face box within the scaled picture, as the detector sees it on a still."""
    frame = background()
    frame[50 : 50 + FACE_SIZE, 100 : 100 + FACE_SIZE] = picture
    (box, _), *others = FaceDetector()(frame)
    assert not others
    return (box[0] - 100, box[1] - 50, box[2] - 100, box[3] - 50)


def truth(face_in_picture, index: int) -> tuple[int, int, int, int]:
    x, y = face_position(index)
    x1, y1, x2, y2 = face_in_picture
    return round(x + x1), round(y + y1), round(x + x2), round(y + y2)


@pytest.fixture(scope="module")
def face_video(tmp_path_factory, picture) -> Path:
    return write_face_video(tmp_path_factory.mktemp("faces") / "faces.mp4", picture)


def decoded(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]


def detail(frame: np.ndarray, box) -> float:
    x1, y1, x2, y2 = box
    gray = cv2.cvtColor(frame[y1:y2, x1:x2], cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(gray, cv2.CV_64F).var())


@pytest.mark.slow
def test_every_detectable_face_is_blurred(face_video, face_in_picture, tmp_path):
    out = tmp_path / "redacted.mp4"
    clip = ClipRequest(
        source=face_video,
        source_sha256=sha256_file(face_video),
        start=0.0,
        end=FRAMES / FPS,
        before=0,
        after=0,
        blur_faces=True,
        mute=((0.5, 1.0),),
    )
    result = render_clip(clip, out)
    assert result.mode == "accurate" and result.redacted
    assert result.redaction == "redacted: faces blurred, audio muted 0.5-1.0"
    assert "CenterFace" in result.tools["face_model"]
    assert result.blur["frames"] == FRAMES
    with av.open(str(out)) as container:
        assert container.metadata["comment"] == result.redaction
        assert len(container.streams.audio) == 1

    source, redacted = decoded(face_video), decoded(out)
    assert len(redacted) == FRAMES
    detector = FaceDetector()
    detectable, blurred = 0, 0
    before, after = [], []
    for index, (original, output) in enumerate(zip(source, redacted, strict=True)):
        box = truth(face_in_picture, index)
        if not any(iou(found, box) > 0.3 for found, _ in detector(original)):
            continue
        detectable += 1
        before.append(detail(original, box))
        after.append(detail(output, box))
        # Blurred: under a tenth of the face's own detail is left.
        blurred += after[-1] < 0.1 * before[-1]
    assert detectable >= 0.9 * FRAMES  # the check is about real faces, not an empty set
    assert blurred / detectable == 1.0
    assert np.median(after) < 0.05 * np.median(before)


def test_blurred_region_variance_drops(picture, face_in_picture):
    frame = frames(picture)[10]
    box = truth(face_in_picture, 10)
    x1, y1, x2, y2 = box
    original = frame[y1:y2, x1:x2].astype(float).var()
    out = blur_boxes(frame.copy(), [box], margin=0.25)
    assert out[y1:y2, x1:x2].astype(float).var() < 0.5 * original
    assert detail(out, box) < 0.05 * detail(frame, box)
    # Outside the box and its margin nothing changes.
    assert np.array_equal(out[:, x2 + 20 :], frame[:, x2 + 20 :])


def test_a_face_missed_at_one_detector_run_stays_blurred(picture, face_in_picture):
    """The detector is replaced by the ground truth with run 3 (frame 10) missing."""
    runs = []

    def flaky(frame):
        # Runs on frames 0, 5, ..., 45, then on the last frame (49) for the clip's tail.
        index = min(len(runs) * 5, FRAMES - 1)
        runs.append(index)
        return [] if index == 10 else [(truth(face_in_picture, index), 0.9)]

    stats = BlurStats()
    settings = BlurSettings(detect_every=5, margin=0.25)
    outputs = list(blurred_frames(iter(frames(picture)), settings, stats, detector=flaky))
    assert stats.frames == FRAMES and stats.frames_blurred == FRAMES
    assert runs == [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 49]
    assert stats.boxes == FRAMES  # one track throughout: the missed run did not split it
    originals = frames(picture)
    for index in range(FRAMES):
        box = truth(face_in_picture, index)
        assert detail(outputs[index], box) < 0.1 * detail(originals[index], box), index


def test_tracker_interpolates_and_coasts():
    tracker = FaceTracker(max_missed=1)
    assert tracker.update(0, [(0, 0, 10, 10)]) == [(None, (0.0, 0.0, 10.0, 10.0))]
    pairs = tracker.update(5, [(5, 0, 15, 10)])
    assert boxes_between(pairs, 0.4) == [(2.0, 0.0, 12.0, 10.0)]
    # Missed once: it covers where it was and where its velocity (1 px/frame) takes it.
    assert tracker.update(10, []) == [((5.0, 0.0, 15.0, 10.0), (5.0, 0.0, 20.0, 10.0))]
    # Missed twice (> max_missed): held at its last box for the frames between, then dropped.
    pairs = tracker.update(15, [])
    assert boxes_between(pairs, 0.5) == [(5.0, 0.0, 20.0, 10.0)]
    assert tracker.tracks == []


def test_a_new_face_is_blurred_back_to_the_previous_run():
    tracker = FaceTracker()
    tracker.update(0, [])
    pairs = tracker.update(5, [(50, 50, 60, 60)])
    assert boxes_between(pairs, 0.2) == [(50, 50, 60, 60)]


def test_preview_draws_the_detections(face_video, face_in_picture):
    image, detections = preview_detections(face_video, 0.4)
    assert len(detections) == 1
    assert iou(detections[0][0], truth(face_in_picture, 10)) > 0.5
    x1, y1, _, _ = (int(v) for v in detections[0][0])
    assert tuple(image[y1 + 5, x1]) == (255, 0, 0)  # the box's left edge, red


@pytest.mark.slow
def test_blurred_clip_is_deterministic(face_video, tmp_path):
    clip = ClipRequest(
        face_video, sha256_file(face_video), 0.4, 1.2, before=0, after=0, blur_faces=True
    )
    assert (
        render_clip(clip, tmp_path / "a.mp4").sha256 == render_clip(clip, tmp_path / "b.mp4").sha256
    )
