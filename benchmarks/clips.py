"""Clip rendering speed against plain ffmpeg in the same run (issue #12 §6).

Builds (once, cached in the temp folder) a 1-hour 720p 25 fps H.264/AAC footage with a
keyframe every 2 s: one generated minute of ``testsrc2``, looped 60 times by stream copy, so
it takes seconds rather than an hour of encoding. Then prints, for a 30 s range in the middle:

- stream copy: ``render_clip`` (mode auto, keyframe-aligned start) against a plain
  ``ffmpeg -ss -i -t -c copy`` of the same range. Target: under 1 s. Both ways a clip is cut
  are timed: standalone, where ``render_clip`` hashes the whole original first, and as the
  ``clip`` job and the session export cut it (``bodycam.debrief.clips.make_clip``): the
  original is verified once per job or export and ``render_clip(..., source_verified=True)``
  skips the hash;
- re-encode: ``render_clip`` on a start between keyframes (so auto picks the accurate mode)
  against plain ``ffmpeg`` with the same libx264 veryfast CRF 20 / AAC settings. Target: at
  most 0.5x the clip's duration (30 s) excluding the hash;
- face blur: a 10 s ``render_clip`` with ``blur_faces`` in frames per second, against the
  plain re-encode's frames per second. testsrc2 holds no face, but the detector runs on every
  5th frame and the frames pass through Python all the same, so the cost is the one footage
  with faces pays (blurring a few boxes is negligible next to detection and encoding).

Usage: .venv/bin/python benchmarks/clips.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from bodycam.debrief.clip import AUDIO_CODEC, BITEXACT, VIDEO_CODEC, ClipRequest, render_clip
from bodycam.debrief.files import sha256_file
from bodycam.debrief.keyframes import keyframes_around
from bodycam.ingest.ffmpeg_tool import ffmpeg_version

FPS = 25
MINUTES = 60
MIDDLE = 1800.0  # the clips start on the keyframe before this (looping shifts them a little)
LENGTH = 30.0
BLUR_LENGTH = 10.0
#: render_clip's own re-encode settings, for the plain-ffmpeg baseline.
ENCODE = (*VIDEO_CODEC, *AUDIO_CODEC, *BITEXACT)
#: The same with x264's default frame threads (render_clip used them until they were found to
#: give different bytes for the same request on a busy machine): what the slices cost.
FRAME_THREADS = tuple(a for a in ENCODE if a not in ("-x264-params", "sliced-threads=1"))


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-nostdin", *args], check=True)


def make_footage(folder: Path) -> Path:
    hour = folder / "hour-720p.mp4"
    if hour.exists():
        return hour
    minute = folder / "minute-720p.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", f"testsrc2=size=1280x720:rate={FPS}",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-t", "60", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "28",
        "-g", str(2 * FPS), "-keyint_min", str(2 * FPS), "-sc_threshold", "0",
        "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k", str(minute),
    )  # fmt: skip
    partial = folder / "hour-720p.partial.mp4"
    ffmpeg("-stream_loop", str(MINUTES - 1), "-i", str(minute), "-c", "copy", str(partial))
    partial.rename(hour)
    minute.unlink()
    return hour


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (ffmpeg): unlike wall time, it
    hardly moves when other work loads the machine."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(action) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds, result."""
    began, cpu = time.perf_counter(), cpu_seconds()
    result = action()
    return time.perf_counter() - began, cpu_seconds() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder to cache the footage in")
    options = parser.parse_args()
    cache = options.keep or Path(tempfile.gettempdir()) / "bodycam-bench-clips"
    cache.mkdir(parents=True, exist_ok=True)
    build, _, source = timed(lambda: make_footage(cache))
    out = Path(tempfile.mkdtemp(prefix="bodycam-clips-"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}")
    print(f"footage: {source} ({source.stat().st_size / 1e6:.0f} MB, 1 h 720p25), "
          f"ready in {build:.1f} s")  # fmt: skip

    # Found once per process (the worker is long-lived): not part of a clip's cost.
    ffmpeg_version()
    hashing, hashing_cpu, digest = timed(lambda: sha256_file(source))
    print(f"source SHA-256 (part of every render_clip, timed apart below): {hashing:.2f} s")

    copy_start = keyframes_around(source, MIDDLE).before
    encode_start = copy_start + 1.0  # 1 s after a keyframe: auto mode must re-encode

    def plain(start: float, length: float, *codec: str, name: str) -> tuple[float, float]:
        seconds, cpu, _ = timed(
            lambda: ffmpeg("-ss", f"{start}", "-i", str(source), "-t", f"{length}",
                           "-map", "0:v:0", "-map", "0:a:0", *codec, str(out / name))
        )  # fmt: skip
        return seconds, cpu

    def clip(start: float, length: float, name: str, verified: bool = False, **extra):
        request = ClipRequest(source, digest, start, start + length, before=0, after=0, **extra)
        return timed(lambda: render_clip(request, out / name, source_verified=verified))

    base, _ = plain(copy_start, LENGTH, "-c", "copy", name="plain-copy.mp4")
    seconds, _, result = clip(copy_start, LENGTH, "copy.mp4")
    assert result.mode == "copy", result.mode_reason
    verified, _, again = clip(copy_start, LENGTH, "copy-verified.mp4", verified=True)
    assert again.sha256 == result.sha256 and again.timings["verify_source"] < 0.01
    print(f"30 s stream copy: {seconds:.2f} s standalone (hash included); {verified:.2f} s as a "
          f"job or export cuts it, the source verified once (target < 1 s); plain ffmpeg "
          f"-c copy {base:.2f} s; ratio {verified / base:.2f}x")  # fmt: skip

    base, base_cpu = plain(encode_start, LENGTH, *ENCODE, name="plain-encode.mp4")
    seconds, cpu, result = clip(encode_start, LENGTH, "encode.mp4")
    assert result.mode == "accurate", result.mode_reason
    cut = result.timings["render"]
    print(f"30 s re-encode: {seconds:.2f} s with the hash, {cut:.2f} s without = "
          f"{cut / LENGTH:.2f}x the clip's duration (target <= 0.5x); plain ffmpeg "
          f"{base:.2f} s = {base / LENGTH:.2f}x; ratio {cut / base:.2f}x")  # fmt: skip
    print(f"  CPU: render_clip {cpu:.1f} s incl. the hash (floor on 2 idle cores "
          f"{(cpu - hashing_cpu) / 2 / LENGTH:.2f}x the duration without it), "
          f"plain ffmpeg {base_cpu:.1f} s")  # fmt: skip
    framed, framed_cpu = plain(encode_start, LENGTH, *FRAME_THREADS, name="plain-frames.mp4")
    print(f"  x264 sliced threads (render_clip's) against frame threads, plain ffmpeg: "
          f"{base:.2f} s / {framed:.2f} s = {base / framed:.2f}x wall, "
          f"{base_cpu:.1f} s / {framed_cpu:.1f} s CPU")  # fmt: skip

    frames = BLUR_LENGTH * FPS
    base, base_cpu = plain(encode_start, BLUR_LENGTH, *ENCODE, name="plain-10s.mp4")
    seconds, cpu, result = clip(encode_start, BLUR_LENGTH, "blur.mp4", blur_faces=True)
    cut = result.timings["render"]
    print(f"face blur, 10 s 720p: {frames / cut:.1f} frames/s without the hash "
          f"({cut:.2f} s, {cut / BLUR_LENGTH:.2f}x the clip's duration); plain re-encode "
          f"{frames / base:.1f} frames/s; ratio {cut / base:.2f}x; "
          f"detector runs {result.blur['detector_runs']}")  # fmt: skip
    print(f"  CPU: render_clip {cpu - hashing_cpu:.1f} s without the hash "
          f"({frames / (cpu - hashing_cpu):.1f} frames per CPU-second), "
          f"plain re-encode {base_cpu:.1f} s")  # fmt: skip
    for path in out.iterdir():
        path.unlink()
    out.rmdir()


if __name__ == "__main__":
    main()
