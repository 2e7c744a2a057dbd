"""Build the synthetic demo encounter: a short bodycam-style MP4 with exact reference turns.

The voices come from espeak-ng (``voices``), the picture is drawn with OpenCV (``picture``) and
encoded here by FFmpeg with the mixed sound, so the demo needs no network, no model and no media
files. Everything is seeded: two builds on the same machine give the same audio samples and,
with FFmpeg's bit-exact flags, the same MP4 bytes.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bodycam.core.errors import BodycamError, ToolMissing
from bodycam.core.progress import Progress

from .picture import FPS, FRAME_HEIGHT, FRAME_WIDTH, draw_frames
from .script import DEFAULT_SCRIPT, EncounterScript, ScriptLine, load_script
from .voices import mix_encounter, write_wav

logger = logging.getLogger(__name__)

#: Base name of every file the build writes.
FOOTAGE_NAME = "demo_encounter"

_SETUP_HINT = {
    "espeak-ng": "run ./scripts/setup or apt-get install espeak-ng",
    "ffmpeg": "run ./scripts/setup or apt-get install ffmpeg",
}


class DemoToolMissing(ToolMissing):
    "espeak-ng or ffmpeg, which the demo footage is made with, is not installed"


class DemoEncodingFailed(BodycamError):
    "FFmpeg could not encode the demo footage"


@dataclass(frozen=True)
class DemoFootage:
    """What :func:`build_demo_footage` wrote.

    Attributes:
        video_path: The MP4 (H.264 + AAC, moov atom first).
        audio_path: The mono 16-bit WAV that was muxed into the MP4.
        reference_stm_path: Reference transcript (``file channel speaker start end text``).
        reference_rttm_path: Reference speaker turns.
        script: Lines with speaker, exact start/end and text.
        duration: Length of the audio in seconds.
        recorded_at: Creation time written to the container.
        device_id: Camera identifier written to the metadata and burnt into the picture.
    """

    video_path: Path
    audio_path: Path
    reference_stm_path: Path
    reference_rttm_path: Path
    script: list[ScriptLine]
    duration: float
    recorded_at: datetime
    device_id: str

    @property
    def speakers(self) -> list[str]:
        """Distinct speaker ids in order of first appearance."""
        return list(dict.fromkeys(line.speaker for line in self.script))


def find_tool(name: str) -> str:
    """Path of an external program the demo needs.

    Args:
        name: ``espeak-ng`` or ``ffmpeg``.

    Returns:
        The executable's path.

    Raises:
        DemoToolMissing: It is not on ``PATH``; the message says how to install it.
    """
    path = shutil.which(name)
    if path is None:
        raise DemoToolMissing(f"{name} not found: {_SETUP_HINT.get(name, f'install {name}')}")
    return path


def write_references(
    lines: list[ScriptLine], file_id: str, stm_path: Path, rttm_path: Path
) -> None:
    """Write the reference transcript (STM) and speaker turns (RTTM) of the placed lines.

    Args:
        lines: Lines with exact times.
        file_id: The recording name in both files (the MP4's stem).
        stm_path: Where the STM goes: ``file channel speaker start end text``, time-ordered.
        rttm_path: Where the RTTM goes, one ``SPEAKER`` turn per line.
    """
    ordered = sorted(lines, key=lambda line: (line.start, line.index))
    stm_path.write_text(
        "".join(
            f"{file_id} 1 {line.speaker} {line.start:.3f} {line.end:.3f} {line.text}\n"
            for line in ordered
        ),
        encoding="utf-8",
    )
    rttm_path.write_text(
        "".join(
            f"SPEAKER {file_id} 1 {line.start:.3f} {line.end - line.start:.3f} "
            f"<NA> <NA> {line.speaker} <NA> <NA>\n"
            for line in ordered
        ),
        encoding="utf-8",
    )


def render_video(
    script: EncounterScript,
    lines: list[ScriptLine],
    duration: float,
    audio_path: Path,
    video_path: Path,
    ffmpeg: str,
    *,
    progress: Progress | None = None,
) -> None:
    """Encode the bodycam picture (drawn frame by frame by ``picture``) with the audio into
    an MP4.

    Args:
        script: The script (time of day, device, seed).
        lines: Placed lines; the people in view react to them.
        duration: Seconds of footage.
        audio_path: The mixed WAV to mux.
        video_path: Where the MP4 goes (written to a temporary name, then moved).
        ffmpeg: Path of the ffmpeg executable.
        progress: Called with ``(fraction, detail)`` every second of footage.
    """
    frame_count = math.ceil(duration * FPS)
    created = script.recorded_at.astimezone(UTC)
    metadata = {
        "creation_time": created.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
        "title": script.title,
        "make": script.camera["make"],
        "model": script.camera["model"],
        "device_id": script.device_id,
        "comment": f"Synthetic demo footage. Camera {script.device_id}",
    }
    partial = video_path.with_name(video_path.name + ".partial.mp4")
    command = [ffmpeg, "-y", "-hide_banner", "-loglevel", "error", "-nostdin"]
    command += ["-f", "rawvideo", "-pix_fmt", "bgr24", "-s", f"{FRAME_WIDTH}x{FRAME_HEIGHT}"]
    command += ["-r", str(FPS), "-i", "pipe:0", "-i", str(audio_path)]
    command += ["-map", "0:v:0", "-map", "1:a:0", "-map_metadata", "-1"]
    command += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "24", "-pix_fmt", "yuv420p"]
    command += ["-g", str(2 * FPS), "-c:a", "aac", "-b:a", "96k", "-ar", "48000"]
    # Bit-exact flags keep library version strings out, so the same input gives the same bytes.
    command += ["-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"]
    # use_metadata_tags keeps make/model/device_id, which the plain MP4 udta box would drop.
    command += ["-movflags", "+faststart+use_metadata_tags"]
    for key, value in metadata.items():
        command += ["-metadata", f"{key}={value}"]
    command.append(str(partial))
    with tempfile.TemporaryFile() as errors:
        encoder = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=errors)
        assert encoder.stdin is not None
        try:
            for index, frame in enumerate(draw_frames(script, lines, frame_count)):
                encoder.stdin.write(frame.tobytes())
                if progress is not None and index % FPS == FPS - 1:
                    progress(
                        (index + 1) / frame_count, f"rendered {(index + 1) // FPS} s of picture"
                    )
        except BrokenPipeError:
            pass  # ffmpeg stopped early; its exit code and message below say why
        finally:
            with contextlib.suppress(BrokenPipeError):
                encoder.stdin.close()
            code = encoder.wait()
        if code != 0:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip()
            partial.unlink(missing_ok=True)
            raise DemoEncodingFailed(f"ffmpeg could not encode the demo footage: {message}")
    os.replace(partial, video_path)


def build_demo_footage(
    out_dir: Path, *, progress: Progress | None = None, script_path: Path = DEFAULT_SCRIPT
) -> DemoFootage:
    """Build the demo encounter footage and its reference transcript and speaker turns.

    Writes ``demo_encounter.mp4``, ``.wav``, ``.stm`` and ``.rttm`` into ``out_dir``
    (created if needed), replacing earlier builds.

    Args:
        out_dir: Folder for the outputs.
        progress: Called with ``(fraction, detail)`` as the build advances.
        script_path: The encounter script; the shipped one by default.

    Returns:
        The paths written and the placed script lines.

    Raises:
        DemoToolMissing: espeak-ng or ffmpeg is not installed.
        DemoEncodingFailed: ffmpeg exited with an error (its message is included).
    """
    espeak, ffmpeg = find_tool("espeak-ng"), find_tool("ffmpeg")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    script = load_script(script_path)

    def report(start: float, width: float) -> Progress | None:
        if progress is None:
            return None
        return lambda fraction, detail: progress(start + width * fraction, detail)

    audio, lines = mix_encounter(script, espeak, progress=report(0.0, 0.15))
    duration = audio.size / script.sample_rate
    paths = {
        suffix: out_dir / f"{FOOTAGE_NAME}.{suffix}" for suffix in ("mp4", "wav", "stm", "rttm")
    }
    write_wav(paths["wav"], audio, script.sample_rate)
    write_references(lines, FOOTAGE_NAME, paths["stm"], paths["rttm"])
    logger.info("demo audio: %d lines, %.1f s", len(lines), duration)
    render_video(
        script, lines, duration, paths["wav"], paths["mp4"], ffmpeg, progress=report(0.15, 0.85)
    )
    if progress is not None:
        progress(1.0, "demo footage ready")
    return DemoFootage(
        video_path=paths["mp4"],
        audio_path=paths["wav"],
        reference_stm_path=paths["stm"],
        reference_rttm_path=paths["rttm"],
        script=lines,
        duration=duration,
        recorded_at=script.recorded_at,
        device_id=script.device_id,
    )
