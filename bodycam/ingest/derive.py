"""Derived media made by ffmpeg in one pass over the original: the browser proxy and the
16 kHz mono WAV that speech recognition reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ffmpeg

from ..core.audio import SAMPLE_RATE
from .ffmpeg_tool import run_ffmpeg
from .probe import MediaInfo

PROXY_MAX_WIDTH = 1280
# Browsers play H.264 reliably only as 8-bit 4:2:0.
BROWSER_PIX_FMTS = {"yuv420p", "yuvj420p"}


@dataclass
class DerivedOutput:
    kind: str
    path: Path
    params: dict[str, Any] = field(default_factory=dict)


def proxy_plan(info: MediaInfo) -> dict[str, Any]:
    """How the proxy is made: a remux when the browser can already play the streams."""
    video_ok = not info.has_video or (
        info.video_codec == "h264" and (info.pix_fmt or "yuv420p") in BROWSER_PIX_FMTS
    )
    audio_ok = not info.has_audio or info.audio_codec == "aac"
    if video_ok and audio_ok:
        return {"method": "remux"}
    plan: dict[str, Any] = {"method": "transcode"}
    if info.has_video:
        if video_ok:
            plan["video"] = "copy"
        else:
            plan["video"] = {
                "codec": "libx264",
                "preset": "veryfast",
                "crf": 23,
                "max_width": PROXY_MAX_WIDTH,
                "pix_fmt": "yuv420p",
            }
    if info.has_audio:
        plan["audio"] = "copy" if audio_ok else {"codec": "aac", "bitrate": "128k"}
    return plan


def make_proxy_and_audio(
    source: Path,
    out_dir: Path,
    info: MediaInfo,
    *,
    name: str,
    progress=None,
) -> list[DerivedOutput]:
    """Write ``proxy.mp4`` (and ``audio.wav`` when there is sound) in a single ffmpeg run."""
    stream = ffmpeg.input(str(source))
    plan = proxy_plan(info)
    proxy_streams = []
    proxy_args: dict[str, Any] = {"movflags": "+faststart", "map_metadata": 0}
    if info.has_video:
        video = stream["v:0"]
        settings = plan.get("video", "copy")
        if plan["method"] == "remux" or settings == "copy":
            proxy_args["vcodec"] = "copy"
        else:
            # Even dimensions are required by 4:2:0; never upscale.
            video = video.filter("scale", f"min({PROXY_MAX_WIDTH},trunc(iw/2)*2)", "-2")
            proxy_args.update(vcodec="libx264", preset="veryfast", crf=23, pix_fmt="yuv420p")
        proxy_streams.append(video)
    if info.has_audio:
        proxy_streams.append(stream["a:0"])
        audio_settings = plan.get("audio", "copy")
        if plan["method"] == "remux" or audio_settings == "copy":
            proxy_args["acodec"] = "copy"
        else:
            proxy_args.update(acodec="aac", audio_bitrate="128k")
    proxy_path = out_dir / "proxy.mp4"
    outputs = [ffmpeg.output(*proxy_streams, str(proxy_path), **proxy_args)]
    derived = [DerivedOutput("proxy", proxy_path, plan)]
    if info.has_audio:
        audio_path = out_dir / "audio.wav"
        outputs.append(
            ffmpeg.output(stream["a:0"], str(audio_path), ac=1, ar=SAMPLE_RATE, acodec="pcm_s16le")
        )
        derived.append(
            DerivedOutput(
                "audio",
                audio_path,
                {
                    "sample_rate": SAMPLE_RATE,
                    "channels": 1,
                    "codec": "pcm_s16le",
                    "source_stream": "a:0",
                },
            )
        )
    args = ffmpeg.merge_outputs(*outputs).global_args("-xerror").get_args()
    run_ffmpeg(
        args,
        name=name,
        source=str(source),
        duration=info.duration,
        progress=progress,
        message="proxy/audio",
    )
    return derived
