"""Generated footage with a real face (scikit-image's astronaut) moving across the frame, for
the face-blur tests (test_redaction) and the cluster render tests (test_scale_renders)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np
from skimage import data

WIDTH, HEIGHT, FPS, FRAMES = 640, 360, 25, 50
FACE_SIZE = 200  # the astronaut picture is scaled to this square


def face_position(index: int) -> tuple[int, int]:
    """Top-left of the picture in frame ``index``: left to right, bobbing up and down."""
    return round(index * 440 / (FRAMES - 1)), round(70 + 40 * np.sin(index / 6))


def background() -> np.ndarray:
    ramp = np.linspace(40, 160, WIDTH, dtype=np.float32)
    return np.repeat(np.repeat(ramp[None, :, None], HEIGHT, 0), 3, 2).astype(np.uint8)


def astronaut() -> np.ndarray:
    return cv2.resize(data.astronaut(), (FACE_SIZE, FACE_SIZE), interpolation=cv2.INTER_AREA)


def frames(picture) -> list[np.ndarray]:
    result = []
    for index in range(FRAMES):
        frame = background()
        x, y = face_position(index)
        frame[y : y + FACE_SIZE, x : x + FACE_SIZE] = picture
        result.append(frame)
    return result


def write_face_video(path: Path, picture, repeat: int = 1, gop: int | None = None) -> Path:
    """2 s of the moving face (``repeat`` times over), near-lossless H.264, with a tone to check
    the audio is kept; ``gop`` sets the keyframe interval (frames) where a test cuts at them."""
    keyframes = ["-g", str(gop)] if gop else []
    command = [
        "ffmpeg", "-v", "error", "-y",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{WIDTH}x{HEIGHT}", "-framerate", str(FPS),
        "-i", "pipe:0", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-t", str(repeat * FRAMES / FPS), "-c:v", "libx264", "-preset", "ultrafast", "-crf", "10",
        *keyframes, "-pix_fmt", "yuv420p", "-c:a", "aac", str(path),
    ]  # fmt: skip
    payload = b"".join(frame.tobytes() for frame in frames(picture)) * repeat
    subprocess.run(command, input=payload, check=True)
    return path
