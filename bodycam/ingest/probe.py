"""Probe a media file in-process with PyAV (FFmpeg's libraries)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import av

from ..core.errors import InvalidMedia

# Container and stream tags that cameras use for their make, model and serial numbers.
DEVICE_TAGS = (
    "make",
    "model",
    "com.apple.quicktime.make",
    "com.apple.quicktime.model",
    "com.android.manufacturer",
    "com.android.model",
    "serial",
    "serial_number",
    "device_id",
    "camera_id",
    "firmware",
    "software",
    "encoder",
    "handler_name",
    "comment",
    "location",
    "com.apple.quicktime.location.ISO6709",
)
RECORDED_AT_TAGS = ("creation_time", "date", "com.apple.quicktime.creationdate", "date_recorded")
# A container's duration is a claim written in its header; the packets are the recording. The
# claim is kept when the packets agree with it within this margin (seconds, or 1 %).
DURATION_MARGIN = 1.0


@dataclass
class MediaInfo:
    container: str
    duration: float
    size: int
    fps: float | None = None
    width: int | None = None
    height: int | None = None
    video_codec: str | None = None
    pix_fmt: str | None = None
    audio_codec: str | None = None
    audio_channels: int | None = None
    audio_sample_rate: int | None = None
    recorded_at: str | None = None
    # The header's duration when the packets disproved it (a damaged or crafted file).
    claimed_duration: float | None = None
    device: dict[str, str] = field(default_factory=dict)
    streams: list[dict[str, Any]] = field(default_factory=list)

    @property
    def has_video(self) -> bool:
        return self.video_codec is not None

    @property
    def has_audio(self) -> bool:
        return self.audio_codec is not None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _normalise_time(value: str) -> str | None:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    # Muxers that know no time write the epoch; that is "unknown", not 1970.
    if parsed.year < 1990:
        return None
    return parsed.isoformat()


def _is_cover_art(stream: av.stream.Stream) -> bool:
    disposition = getattr(stream, "disposition", None)
    try:
        return bool(disposition & av.stream.Disposition.attached_pic)
    except TypeError:
        return False


def _is_still_image(format_name: str) -> bool:
    """FFmpeg reads photos through its image demuxers (``image2``, ``jpeg_pipe``...)."""
    names = format_name.split(",")
    return any(n == "image2" or n.endswith("_pipe") for n in names)


def _packets_end(container) -> float | None:
    """Seconds at which the last packet from here on ends (presentation time plus duration);
    a damaged stretch ends the reading, as it would end playback."""
    end = None
    try:
        for packet in container.demux():
            stamp = packet.pts if packet.pts is not None else packet.dts
            if stamp is None or packet.time_base is None:
                continue
            packet_end = float((stamp + (packet.duration or 0)) * packet.time_base)
            if end is None or packet_end > end:
                end = packet_end
    except av.FFmpegError:
        pass
    return end


def demuxed_duration(container) -> float | None:
    """The length the packets really cover, read without decoding anything.

    A seek to the header's claimed end lands on the last keyframe the index knows (MKV cues,
    the MP4 sample table...), so only the last few seconds are demuxed even for a multi-GB
    file. Where nothing is found there (a WAV, whose seek is exact, or a claim past the end),
    the seek backs off from the claim by 1, 2, 4... seconds down to the start: a few dozen
    seeks at most, and never more demuxing than the file really holds.
    None when the container yields no timed packet at all.
    """
    start = container.start_time or 0  # in av.time_base units, as seek() takes them
    claimed_end = start + max(container.duration or 0, 0)
    back_off = 0
    while True:
        target = max(start, claimed_end - back_off)
        try:
            container.seek(target, backward=True, any_frame=False)
            end = _packets_end(container)
        except (av.FFmpegError, OverflowError, ValueError):
            end = None
        if end is not None or target <= start:
            break
        back_off = max(av.time_base, back_off * 2)
    return None if end is None else max(0.0, end - start / av.time_base)


def probe(path: Path, display_name: str | None = None) -> MediaInfo:
    """Read container and stream facts.

    Raises:
        InvalidMedia: FFmpeg cannot read the file, or it holds no audio or video stream.
    """
    name = display_name or str(path)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InvalidMedia(
            f"{name}: not a media file FFmpeg can read ({reason}); "
            "check that it is a complete video or audio recording"
        ) from error
    with container:
        tags = {k.lower(): v for k, v in (container.metadata or {}).items()}
        video = next(
            (s for s in container.streams.video if not _is_cover_art(s)),
            None,
        )
        audio = next(iter(container.streams.audio), None)
        if video is None and audio is None:
            raise InvalidMedia(f"{name}: no audio or video stream found; it is not a recording")
        duration = None
        if container.duration is not None and container.duration > 0:
            duration = container.duration / av.time_base
        streams = []
        for stream in container.streams:
            stream_tags = {k.lower(): v for k, v in (stream.metadata or {}).items()}
            for key, value in stream_tags.items():
                tags.setdefault(key, value)
            stream_duration = (
                float(stream.duration * stream.time_base)
                if stream.duration and stream.time_base
                else None
            )
            if duration is None and stream_duration:
                duration = stream_duration
            streams.append(
                {
                    "index": stream.index,
                    "type": stream.type,
                    "codec": stream.codec_context.name if stream.codec_context else None,
                    "duration": stream_duration,
                    "tags": stream_tags,
                }
            )
        if _is_still_image(container.format.name):
            raise InvalidMedia(
                f"{name}: a still image ({container.format.name}), not footage; "
                "store photos with the case file, not here"
            )
        claimed = None
        measured = demuxed_duration(container)
        if measured and (
            not duration or abs(duration - measured) > max(DURATION_MARGIN, measured / 100)
        ):
            claimed, duration = duration, measured
        if not duration:
            raise InvalidMedia(f"{name}: the file holds no playable duration (empty or truncated)")
        info = MediaInfo(
            container=container.format.name,
            duration=round(duration, 6),
            size=path.stat().st_size,
            claimed_duration=None if claimed is None else round(claimed, 6),
            streams=streams,
        )
        if video is not None:
            rate = video.average_rate or video.guessed_rate
            info.fps = round(float(rate), 6) if rate else None
            info.width = video.codec_context.width or None
            info.height = video.codec_context.height or None
            info.video_codec = video.codec_context.name
            info.pix_fmt = video.codec_context.pix_fmt
        if audio is not None:
            info.audio_codec = audio.codec_context.name
            info.audio_channels = audio.codec_context.channels or None
            info.audio_sample_rate = audio.codec_context.sample_rate or None
        for key in RECORDED_AT_TAGS:
            if key in tags and (when := _normalise_time(tags[key])):
                info.recorded_at = when
                break
        info.device = {key: str(tags[key]) for key in DEVICE_TAGS if tags.get(key)}
        return info
