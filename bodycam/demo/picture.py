"""The encounter's picture: a parking lot at night seen through a body camera that walks
up, shakes as voices rise and sits down, with the people in view acting out the script and the
camera's burnt-in overlay. Frames only; ``build`` encodes them."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import timedelta

import cv2
import numpy as np

from .script import EncounterScript, ScriptLine

FRAME_WIDTH = 960
FRAME_HEIGHT = 540
FPS = 30

_SCENE_WIDTH = 1600
_SCENE_HEIGHT = 900


def _draw_car(scene: np.ndarray, x: int, y: int, width: int, colour: tuple, pickup: bool) -> None:
    """A parked vehicle seen from behind: body, cabin, windows, tail lights and wheels."""
    height = int(width * 0.45)
    dark = tuple(int(c * 0.45) for c in colour)
    for wheel_x in (x + int(width * 0.12), x + int(width * 0.78)):
        cv2.rectangle(
            scene, (wheel_x, y - 6), (wheel_x + int(width * 0.1), y + 8), (20, 20, 20), -1
        )
    cv2.rectangle(scene, (x, y - height // 2), (x + width, y), colour, -1, cv2.LINE_AA)
    cabin_left = x + int(width * (0.05 if pickup else 0.12))
    cabin_right = x + int(width * (0.55 if pickup else 0.88))
    cabin = np.array(
        [
            (cabin_left, y - height // 2),
            (cabin_left + 12, y - height),
            (cabin_right - 12, y - height),
            (cabin_right, y - height // 2),
        ],
        np.int32,
    )
    cv2.fillPoly(scene, [cabin], colour, cv2.LINE_AA)
    window = cabin + np.array([(6, -4), (6, 6), (-6, 6), (-6, -4)], np.int32)
    cv2.fillPoly(scene, [window], (70, 60, 45), cv2.LINE_AA)
    cv2.rectangle(scene, (x, y - height // 2), (x + width, y - height // 2 + 6), dark, -1)
    for light_x in (x + 4, x + width - 18):
        cv2.rectangle(
            scene,
            (light_x, y - height // 2 + 10),
            (light_x + 14, y - height // 2 + 18),
            (30, 30, 160),
            -1,
        )


def _draw_scene(rng: np.random.Generator) -> np.ndarray:
    """The static parking lot at night, in scene coordinates (BGR)."""
    rows = np.linspace(0.0, 1.0, _SCENE_HEIGHT)[:, None]
    sky = np.stack([70 - 40 * rows, 30 - 10 * rows, 25 + 20 * rows], axis=-1)
    scene = np.repeat(sky, _SCENE_WIDTH, axis=1).astype(np.float32)
    horizon = 420
    # Asphalt, lighter where the lamps reach.
    ground = np.linspace(0.0, 1.0, _SCENE_HEIGHT - horizon)[:, None, None]
    scene[horizon:] = np.array([48, 52, 56], np.float32) + ground * np.array([18, 20, 22])
    # Worn asphalt: blotchy rather than per-pixel noise, which would cost the encoder dearly.
    grain = rng.normal(0.0, 1.0, ((_SCENE_HEIGHT - horizon) // 4, _SCENE_WIDTH // 4)).astype(
        np.float32
    )
    grain = cv2.resize(
        cv2.GaussianBlur(grain, (0, 0), 1.5), (_SCENE_WIDTH, _SCENE_HEIGHT - horizon)
    )
    scene[horizon:] += 3.0 * grain[..., None] / grain.std()
    scene = np.clip(scene, 0, 255).astype(np.uint8)
    # The store: facade, lit windows, sign and entrance.
    cv2.rectangle(scene, (120, 170), (1480, horizon), (42, 50, 62), -1)
    cv2.rectangle(scene, (120, 170), (1480, 200), (30, 34, 40), -1)
    for left in range(170, 1420, 150):
        if left == 770:
            cv2.rectangle(scene, (left, 270), (left + 110, horizon), (150, 190, 205), -1)
            continue
        cv2.rectangle(scene, (left, 250), (left + 110, 360), (95, 165, 195), -1)
        cv2.line(scene, (left + 55, 250), (left + 55, 360), (45, 70, 85), 3)
    cv2.putText(
        scene,
        "GRANDVIEW MARKET",
        (520, 240),
        cv2.FONT_HERSHEY_DUPLEX,
        1.6,
        (90, 200, 60),
        3,
        cv2.LINE_AA,
    )
    cv2.rectangle(scene, (0, horizon), (_SCENE_WIDTH, horizon + 14), (85, 90, 95), -1)  # curb
    # Parking stalls converge towards a vanishing point above the store door.
    vanish_x, vanish_y = 820, 260
    for foot_x in range(-900, 2600, 260):
        for near, far in ((880, 640), (600, 450)):
            t_near = (near - vanish_y) / (_SCENE_HEIGHT - vanish_y)
            t_far = (far - vanish_y) / (_SCENE_HEIGHT - vanish_y)
            start = (int(vanish_x + (foot_x - vanish_x) * t_near), near)
            end = (int(vanish_x + (foot_x - vanish_x) * t_far), far)
            cv2.line(scene, start, end, (175, 185, 190), 4, cv2.LINE_AA)
    cars = [
        (180, 520, 210, (60, 60, 150), False),
        (470, 525, 200, (120, 120, 125), False),
        (1000, 560, 260, (140, 70, 30), True),
        (1320, 515, 210, (40, 40, 40), False),
    ]
    for x, y, width, colour, pickup in cars:
        _draw_car(scene, x, y, width, colour, pickup)
    # A sodium street lamp with its glow.
    cv2.line(scene, (1530, 700), (1530, 90), (35, 35, 40), 10)
    cv2.line(scene, (1530, 95), (1450, 95), (35, 35, 40), 8)
    # Blurred at an eighth of the size: the same soft glow, a hundred times faster.
    glow = np.zeros((_SCENE_HEIGHT // 8, _SCENE_WIDTH // 8), np.float32)
    cv2.circle(glow, (1450 // 8, 105 // 8), 60 // 8, 1.0, -1)
    glow = cv2.resize(cv2.GaussianBlur(glow, (0, 0), 120 / 8), (_SCENE_WIDTH, _SCENE_HEIGHT))
    glow /= glow.max()
    scene = np.clip(scene + glow[..., None] * np.array([40, 110, 170], np.float32), 0, 255)
    return scene.astype(np.uint8)


def _tension(lines: list[ScriptLine], times: np.ndarray) -> np.ndarray:
    """How hectic the moment is, 0-1 per frame: rises fast with raised voices, settles slowly."""
    level = {"shouting": 1.0, "agitated": 0.5}
    target = np.zeros_like(times)
    for line in lines:
        inside = (times >= line.start) & (times <= line.end)
        target[inside] = np.maximum(target[inside], level.get(line.delivery, 0.0))
    smoothed = np.zeros_like(times)
    value = 0.0
    for index, goal in enumerate(target):
        rate = 0.25 if goal > value else 0.015
        value += (goal - value) * rate
        smoothed[index] = value
    return smoothed


def _person(
    feet: tuple[float, float], height: float, arms: str, seated: bool = False
) -> list[tuple[str, np.ndarray, float]]:
    """A figure as primitives in scene coordinates: ``(kind, points, thickness)``."""
    x, y = feet
    unit = height / 7.0
    hip_y = y - (1.6 if seated else 3.3) * unit
    shoulder_y = hip_y - 2.5 * unit
    head = np.array([[x, shoulder_y - 0.8 * unit]])
    shapes = [("circle", head, 0.55 * unit)]
    if seated:
        shapes.append(
            (
                "line",
                np.array([[x - 0.3 * unit, hip_y], [x - 1.6 * unit, hip_y], [x - 1.6 * unit, y]]),
                0.6 * unit,
            )
        )
        shapes.append(
            (
                "line",
                np.array([[x + 0.3 * unit, hip_y], [x + 1.4 * unit, hip_y], [x + 1.4 * unit, y]]),
                0.6 * unit,
            )
        )
    else:
        shapes.append(
            ("line", np.array([[x - 0.4 * unit, hip_y], [x - 0.6 * unit, y]]), 0.6 * unit)
        )
        shapes.append(
            ("line", np.array([[x + 0.4 * unit, hip_y], [x + 0.6 * unit, y]]), 0.6 * unit)
        )
    torso = np.array(
        [
            [x - unit, shoulder_y],
            [x + unit, shoulder_y],
            [x + 0.8 * unit, hip_y],
            [x - 0.8 * unit, hip_y],
        ]
    )
    shapes.append(("poly", torso, 0.0))
    hand_y = {"down": hip_y + 0.3 * unit, "up": shoulder_y - 1.6 * unit, "out": shoulder_y}[arms]
    reach = {"down": 1.3, "up": 1.8, "out": 3.2}[arms]
    for side in (-1, 1):
        arm = [[x + side * unit, shoulder_y + 0.2 * unit], [x + side * reach * unit, hand_y]]
        shapes.append(("line", np.array(arm), 0.45 * unit))
    return shapes


def _draw_shapes(
    frame: np.ndarray, shapes: list, matrix: np.ndarray, scale: float, colour: tuple
) -> None:
    """Draw scene-space primitives onto an output frame through the camera's affine matrix."""
    for kind, points, thickness in shapes:
        projected = (points @ matrix[:, :2].T + matrix[:, 2]).round().astype(np.int32)
        size = max(1, round(thickness * scale))
        if kind == "circle":
            cv2.circle(frame, tuple(projected[0]), size, colour, -1, cv2.LINE_AA)
        elif kind == "poly":
            cv2.fillPoly(frame, [projected], colour, cv2.LINE_AA)
        else:
            cv2.polylines(frame, [projected], False, colour, size, cv2.LINE_AA)


def _overlay_text(frame: np.ndarray, text: str, origin: tuple[int, int]) -> None:
    """Light text for the burnt-in overlay; it sits on a darkened band, so it needs no outline."""
    cv2.putText(frame, text, origin, cv2.FONT_HERSHEY_SIMPLEX, 0.6, (235, 235, 235), 1, cv2.LINE_AA)


class _Camera:
    """Where the body camera points at each moment: approach, standing sway, shake, sitting."""

    def __init__(self, script: EncounterScript, lines: list[ScriptLine], frame_count: int) -> None:
        times = np.arange(frame_count) / FPS
        self.tension = _tension(lines, times)
        rng = np.random.default_rng(script.seed + 1)
        self.wobble = [(rng.uniform(0.3, 1.7), rng.uniform(0, 2 * math.pi)) for _ in range(6)]
        civilian, _ = _cast(script, lines)
        # The wearer walks up until the civilian first speaks, and sits down for the last line.
        self.arrival = next(line.start for line in lines if line.speaker == civilian)
        self.sit_down = lines[-1].start

    def matrix(self, frame_index: int) -> tuple[np.ndarray, float]:
        """Affine scene-to-frame matrix and the frame pixels per scene pixel."""
        t = frame_index / FPS
        tension = float(self.tension[frame_index])
        approach = min(1.0, t / self.arrival)
        approach = approach * approach * (3 - 2 * approach)
        zoom = 1.55 - 0.35 * approach - 0.06 * min(1.0, max(0.0, (t - self.arrival) / 40.0))
        centre_x = 820 + 180 * approach
        centre_y = 470 + 20 * approach
        if t < self.arrival:
            # Walking: a vertical bob at step rate and a lateral sway at half of it.
            centre_y += 9 * abs(math.sin(math.pi * 1.8 * t))
            centre_x += 6 * math.sin(math.pi * 0.9 * t)
        sitting = min(1.0, max(0.0, (t - self.sit_down) / 1.5))
        centre_y += 90 * sitting
        amplitude = 3.0 + 16.0 * tension
        shake_x = (
            sum(math.sin(2 * math.pi * f * t * 2 + p) for f, p in self.wobble[:3]) * amplitude / 3
        )
        shake_y = (
            sum(math.sin(2 * math.pi * f * t * 2 + p) for f, p in self.wobble[3:]) * amplitude / 3
        )
        roll = (0.6 + 2.2 * tension) * math.sin(
            2 * math.pi * self.wobble[0][0] * t + 1.0
        ) - 3 * sitting
        scale = 1.0 / zoom
        matrix = cv2.getRotationMatrix2D((centre_x + shake_x, centre_y + shake_y), roll, scale)
        matrix[0, 2] += FRAME_WIDTH / 2 - (centre_x + shake_x)
        matrix[1, 2] += FRAME_HEIGHT / 2 - (centre_y + shake_y)
        return matrix, scale


def _cast(script: EncounterScript, lines: list[ScriptLine]) -> tuple[str, str | None]:
    """The people in front of the camera: the civilian (first to speak) and a cover officer."""
    off_camera = {script.camera.get("wearer"), *script.radio_speakers}
    in_view = [s for s in dict.fromkeys(line.speaker for line in lines) if s not in off_camera]
    return in_view[0], (in_view[1] if len(in_view) > 1 else None)


_CIVILIAN_COLOUR = (70, 75, 80)
_UNIFORM_COLOUR = (40, 32, 28)


def _figures(script: EncounterScript, lines: list[ScriptLine], t: float, tension: float) -> list:
    """The people in view at time ``t``, as ``(shapes, colour)``; they act out the script."""
    speaking = {line.speaker: line for line in lines if line.start <= t <= line.end}

    def shouting(speaker: str | None) -> bool:
        return speaker in speaking and speaking[speaker].delivery == "shouting"

    civilian, cover = _cast(script, lines)
    # He paces while upset and sits down on the curb once he has agreed to talk.
    seated = t > [line for line in lines if line.speaker == civilian][-1].end + 1.0
    pace = 45 * math.sin(0.9 * t) * tension
    arms = "up" if shouting(civilian) else "down"
    figures = [
        (_person((1150 + pace, 640), 300 if seated else 330, arms, seated), _CIVILIAN_COLOUR)
    ]
    if cover is not None:
        # The cover officer walks into the left of the frame just before he first speaks.
        arrives = next(line for line in lines if line.speaker == cover).start - 2.5
        if t >= arrives:
            step = min(1.0, (t - arrives) / 2.0)
            arms = "out" if shouting(cover) else "down"
            figures.append((_person((300 + 220 * step, 880), 560, arms), _UNIFORM_COLOUR))
    return figures


def _vignette() -> np.ndarray:
    """A lens vignette darkens the corners, as on every small wide-angle camera."""
    ys, xs = np.mgrid[0:FRAME_HEIGHT, 0:FRAME_WIDTH]
    radius = np.hypot((xs - FRAME_WIDTH / 2) / FRAME_WIDTH, (ys - FRAME_HEIGHT / 2) / FRAME_HEIGHT)
    return np.repeat(
        (np.clip(1.15 - 0.9 * radius**2 * 2, 0.45, 1.0) * 255).astype(np.uint8)[..., None],
        3,
        axis=2,
    )


def draw_frames(
    script: EncounterScript, lines: list[ScriptLine], frame_count: int
) -> Iterator[np.ndarray]:
    """The bodycam picture, one BGR ``FRAME_HEIGHT`` x ``FRAME_WIDTH`` frame at a time.

    Args:
        script: The script (time of day, device, seed).
        lines: Placed lines; the people in view react to them.
        frame_count: Frames to draw, at ``FPS``.
    """
    scene = _draw_scene(np.random.default_rng(script.seed + 2))
    camera = _Camera(script, lines, frame_count)
    vignette = _vignette()
    for index in range(frame_count):
        t = index / FPS
        matrix, scale = camera.matrix(index)
        frame = cv2.warpAffine(
            scene,
            matrix,
            (FRAME_WIDTH, FRAME_HEIGHT),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REFLECT,
        )
        for shapes, colour in _figures(script, lines, t, float(camera.tension[index])):
            _draw_shapes(frame, shapes, matrix, scale, colour)
        frame = cv2.multiply(frame, vignette, scale=1 / 255)
        stamp = script.recorded_at + timedelta(seconds=int(t))
        frame[8:64, FRAME_WIDTH - 330 : FRAME_WIDTH - 8] //= 3
        frame[8:44, 8:86] //= 3
        _overlay_text(frame, stamp.strftime("%Y-%m-%d T%H:%M:%SZ"), (FRAME_WIDTH - 318, 30))
        _overlay_text(frame, script.device_id, (FRAME_WIDTH - 318, 55))
        if int(t * 2) % 2 == 0:
            cv2.circle(frame, (26, 26), 8, (0, 0, 220), -1, cv2.LINE_AA)
        _overlay_text(frame, "REC", (40, 33))
        yield frame
