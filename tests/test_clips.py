"""Clip cutting with real ffmpeg on footage built at test time (bodycam.debrief.clip)."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest

from bodycam.core.errors import InvalidInput, InvalidMedia
from bodycam.debrief.captions import clip_segments, clip_vtt, lower_third_text
from bodycam.debrief.clip import ClipRequest, plan_clip, render_clip
from bodycam.debrief.files import sha256_file
from bodycam.debrief.keyframes import KeyframeSpan, keyframes_around
from bodycam.transcribe.types import Segment
from tests.support import make_keyframed_video, make_video

FPS = 25
GOP = 2.0  # seconds between keyframes in the test footage
SEGMENTS = [
    Segment(start=11.25, end=12.5, text="Show me your hands", speaker="S0"),
    Segment(start=12.75, end=14.0, text="I <am> calm & fine", speaker="S1"),
    Segment(start=13.5, end=16.0, text="Unattributed", speaker=None),
]
NAMES = {"S0": "Officer Diaz"}


@pytest.fixture(scope="module")
def footage(tmp_path_factory) -> Path:
    """20 s, 25 fps, a keyframe every 2 s exactly (no scene-cut keyframes), 440 Hz tone."""
    folder = tmp_path_factory.mktemp("footage")
    return make_keyframed_video(folder / "cam.mp4", seconds=20, rate=FPS, gop=GOP)


@pytest.fixture(scope="module")
def digest(footage) -> str:
    return sha256_file(footage)


def request(footage: Path, digest: str, **options) -> ClipRequest:
    return ClipRequest(source=footage, source_sha256=digest, **options)


def video_stream_facts(path: Path) -> tuple[float, int]:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.demux(stream) if _.size)
        return float(stream.duration * stream.time_base), frames


def audio_rms(path: Path, start: float, end: float) -> float:
    with av.open(str(path)) as container:
        samples = []
        for frame in container.decode(audio=0):
            data = frame.to_ndarray().astype(np.float64)
            mono = data.mean(axis=0) if data.ndim == 2 else data
            times = float(frame.time) + np.arange(mono.shape[-1]) / frame.sample_rate
            samples.append(mono[(times >= start) & (times < end)])
    joined = np.concatenate(samples)
    return float(np.sqrt(np.mean(joined**2)))


def frame_at(path: Path, time: float) -> np.ndarray:
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            if frame.time >= time - 0.5 / FPS:
                return frame.to_ndarray(format="rgb24").astype(np.int16)
    raise AssertionError(f"no frame at {time}")


def test_keyframes_found_by_demuxing(footage):
    assert keyframes_around(footage, 10.0) == KeyframeSpan(before=10.0, after=12.0)
    assert keyframes_around(footage, 11.3) == KeyframeSpan(before=10.0, after=12.0)
    assert keyframes_around(footage, 0.5) == KeyframeSpan(before=0.0, after=2.0)


def test_plan_clamps_padding_and_picks_the_mode():
    base = ClipRequest(Path("x.mp4"), "0" * 64, start=3.0, end=58.0)
    plan = plan_clip(base, 60.0, KeyframeSpan(before=0.0, after=2.0))
    # 10 s before 3.0 clamps to 0; 5 s after 58.0 clamps to the 60 s footage.
    assert (plan.start, plan.end, plan.mode) == (0.0, 60.0, "copy")
    near = plan_clip(
        ClipRequest(Path("x.mp4"), "0" * 64, start=20.4, end=25.0), 60.0, KeyframeSpan(10.0, 12.0)
    )
    assert (near.mode, near.start, near.keyframe_gap) == ("copy", 10.0, pytest.approx(0.4))
    far = plan_clip(
        ClipRequest(Path("x.mp4"), "0" * 64, start=20.7, end=25.0), 60.0, KeyframeSpan(10.0, 12.0)
    )
    assert (far.mode, far.start) == ("accurate", pytest.approx(10.7))
    assert "0.700 s before the start (> 0.5 s)" in far.reason


def test_footage_mp4_cannot_hold_is_reencoded(tmp_path):
    pcm = make_video(tmp_path / "cam.mov", seconds=4, acodec="pcm_s16le")
    clip = ClipRequest(pcm, sha256_file(pcm), start=1.0, end=2.0, before=0, after=0)
    result = render_clip(clip, tmp_path / "c.mp4")
    assert result.mode == "accurate"
    assert result.mode_reason == (
        "re-encoded because its pcm_s16le audio cannot be stream-copied into MP4"
    )
    with pytest.raises(InvalidInput, match="mode: copy cannot be used because its pcm_s16le"):
        render_clip(replace(clip, mode="copy"), tmp_path / "d.mp4")


def test_keyframe_aligned_start_is_stream_copied(footage, digest, tmp_path):
    out = tmp_path / "clip.mp4"
    reports = []
    result = render_clip(
        request(footage, digest, start=10.0, end=14.0, before=0, after=0),
        out,
        progress=lambda fraction, message: reports.append((fraction, message)),
    )
    assert result.mode == "copy"
    assert reports[0] == (0.0, "checking the original's SHA-256")
    assert reports[-1] == (1.0, "clip ready")
    fractions = [fraction for fraction, _ in reports]
    assert fractions == sorted(fractions)
    assert set(result.timings) == {"verify_source", "render"}
    assert result.start == 10.0
    duration, _ = video_stream_facts(out)
    # A stream copy can only end on a packet: within one keyframe gap of the request.
    assert abs(duration - 4.0) <= GOP
    assert result.duration == pytest.approx(duration)
    assert result.sha256 == sha256_file(out)
    assert result.source_sha256 == digest
    assert "-c" in result.command and "copy" in result.command
    assert result.command[-1] == str(out)
    assert result.options["start"] == 10.0 and result.options["mode"] == "auto"
    assert "ffmpeg version" in result.tools["ffmpeg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.mp4"]


def test_start_near_a_keyframe_copies_from_that_keyframe(footage, digest, tmp_path):
    result = render_clip(
        request(footage, digest, start=10.3, end=13.0, before=0, after=0), tmp_path / "c.mp4"
    )
    assert (result.mode, result.start, result.requested_start) == ("copy", 10.0, 10.3)
    assert "0.300 s before the start" in result.mode_reason


def test_start_between_keyframes_is_reencoded_to_the_frame(footage, digest, tmp_path):
    out = tmp_path / "clip.mp4"
    result = render_clip(request(footage, digest, start=11.0, end=15.0, before=0, after=0), out)
    assert result.mode == "accurate"
    assert "1.000 s before the start" in result.mode_reason
    duration, frames = video_stream_facts(out)
    assert abs(duration - 4.0) <= 1 / FPS
    assert frames == 4 * FPS
    assert (result.start, result.end) == (11.0, pytest.approx(15.0, abs=1 / FPS))
    assert "libx264" in result.command


def test_padding_defaults_and_clamping(footage, digest, tmp_path):
    result = render_clip(request(footage, digest, start=3.0, end=18.0, mode="accurate"),
                         tmp_path / "c.mp4")  # fmt: skip
    # 10 s before 3 s clamps to the footage's start, 5 s after 18 s to its 20 s end.
    assert (result.requested_start, result.requested_end) == (0.0, 20.0)
    assert abs(result.duration - 20.0) <= 1 / FPS


def test_vtt_sidecar_is_timed_from_the_clip_zero(footage, digest, tmp_path):
    out = tmp_path / "clip.mp4"
    clip = request(footage, digest, start=12.0, end=14.0, before=1.0, after=1.0,
                   captions="vtt", speaker_names=NAMES, mode="accurate")  # fmt: skip
    result = render_clip(clip, out, transcript_segments=SEGMENTS)
    assert result.captions_path == tmp_path / "clip.vtt"
    # The clip covers 11.0-15.0: cues shift by 11 s; the last is cut at the clip's end.
    assert result.captions_path.read_text() == (
        "WEBVTT\n\n"
        "00:00:00.250 --> 00:00:01.500\n<v Officer Diaz>Show me your hands</v>\n\n"
        "00:00:01.750 --> 00:00:03.000\n<v Speaker 2>I &lt;am&gt; calm &amp; fine</v>\n\n"
        "00:00:02.500 --> 00:00:04.000\nUnattributed\n"
    )


def test_vtt_follows_a_stream_copy_start(footage, digest):
    # A copy that starts on the keyframe at 10.0 shifts cues by 10 s, not by the request.
    text = clip_vtt(SEGMENTS, 10.0, 12.0, NAMES)
    assert "00:00:01.250 --> 00:00:02.000\n<v Officer Diaz>" in text
    assert [s.start for s in clip_segments(SEGMENTS, 12.0, 20.0)] == [0.0, 0.75, 1.5]


def test_burned_captions_appear_only_during_their_cue(footage, digest, tmp_path):
    cue = [Segment(start=12.0, end=13.0, text="STOP STOP STOP", speaker="S0")]
    options = dict(start=11.0, end=14.0, before=0, after=0, mode="accurate")
    plain = render_clip(request(footage, digest, **options), tmp_path / "plain.mp4")
    burned = render_clip(
        request(footage, digest, captions="burn", speaker_names=NAMES, **options),
        tmp_path / "burned.mp4",
        transcript_segments=cue,
    )
    assert burned.mode_reason == "re-encoded because captions are burned in"
    bottom = slice(160, 240)

    def difference(time):
        a, b = frame_at(plain.path, time), frame_at(burned.path, time)
        return float(np.abs(a[bottom] - b[bottom]).mean())

    # The cue runs 1.0-2.0 s in clip time.
    assert difference(1.5) > 8
    assert difference(0.5) < 3 and difference(2.5) < 3


def test_lower_third_is_drawn(footage, digest, tmp_path):
    options = dict(start=11.0, end=12.0, before=0, after=0, mode="accurate")
    plain = render_clip(request(footage, digest, **options), tmp_path / "plain.mp4")
    text = lower_third_text("DEESC-3", 11.0)
    assert text == "DEESC-3 · 00:00:11"
    marked = render_clip(
        request(footage, digest, lower_third=text, **options), tmp_path / "marked.mp4"
    )
    a, b = frame_at(plain.path, 0.5), frame_at(marked.path, 0.5)
    assert float(np.abs(a - b)[150:200, :120].mean()) > 8
    assert marked.options["lower_third"] == text


def test_muted_span_is_silent_and_marked(footage, digest, tmp_path):
    out = tmp_path / "muted.mp4"
    result = render_clip(
        request(footage, digest, start=10.0, end=16.0, before=0, after=0, mute=((12.0, 14.5),)),
        out,
    )
    assert result.mode == "accurate" and result.redacted
    assert result.redaction == "redacted: audio muted 12.0-14.5"
    # Clip time: muted 2.0-4.5; the sine's RMS is ~0.7 of its peak elsewhere.
    assert audio_rms(out, 2.05, 4.45) < 1e-4
    assert audio_rms(out, 0.2, 1.9) > 0.05
    assert audio_rms(out, 4.6, 5.9) > 0.05
    with av.open(str(out)) as container:
        assert container.metadata["comment"] == "redacted: audio muted 12.0-14.5"


def test_same_request_twice_gives_the_same_bytes(footage, digest, tmp_path):
    clip = request(footage, digest, start=11.0, end=14.0, captions="burn", mute=((12.0, 13.0),),
                   lower_third="DEESC-3 · 00:00:11")  # fmt: skip
    first = render_clip(clip, tmp_path / "a.mp4", transcript_segments=SEGMENTS)
    second = render_clip(clip, tmp_path / "b.mp4", transcript_segments=SEGMENTS)
    assert first.sha256 == second.sha256
    # Two renders in a row rarely catch it, so the cause is pinned too: x264's frame threads
    # gave different video packets in 2-4 of 40 renders on a busy machine; slices never did.
    assert "sliced-threads=1" in first.command
    copy = request(footage, digest, start=10.0, end=12.0, before=0, after=0)
    assert (
        render_clip(copy, tmp_path / "c.mp4").sha256 == render_clip(copy, tmp_path / "d.mp4").sha256
    )


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (dict(start=25.0, end=26.0), "start: 25.000 s is past the end of the footage (20.0"),
        (dict(start=5.0, end=5.0, before=0, after=0), "zero-length"),
        (dict(start=6.0, end=5.0), "end: 5.0 s is before start 6.0 s"),
        (dict(start=5.0, end=6.0, captions="srt"), "captions: 'srt' is not one of"),
        (dict(start=5.0, end=6.0, mode="copy", mute=((5.0, 6.0),)), "mode: copy cannot"),
        (dict(start=5.0, end=6.0, mute=((30.0, 31.0),)), "mute: span 30.0-31.0 s lies outside"),
        (dict(start=5.0, end=6.0, mute=((3.0, 2.0),)), "mute: span (3.0, 2.0) must be"),
    ],
)
def test_bad_ranges_are_refused_and_leave_no_file(footage, digest, tmp_path, options, message):
    with pytest.raises(InvalidInput) as error:
        render_clip(request(footage, digest, **options), tmp_path / "clip.mp4")
    assert message in str(error.value)
    assert only(tmp_path) == []


def test_missing_source(footage, digest, tmp_path):
    gone = tmp_path / "gone.mp4"
    with pytest.raises(InvalidInput, match=r"source: the original .*gone.mp4 is missing"):
        render_clip(request(gone, digest, start=1.0, end=2.0), tmp_path / "clip.mp4")
    assert only(tmp_path) == []


def test_altered_source_is_refused_before_cutting(footage, digest, tmp_path):
    altered = shutil.copyfile(footage, tmp_path / "cam.mp4")
    with open(altered, "r+b") as stream:
        stream.seek(5000)
        stream.write(b"tampered")
    with pytest.raises(InvalidInput, match=r"source: cam.mp4 has SHA-256 .* not the recorded"):
        render_clip(request(altered, digest, start=1.0, end=2.0), tmp_path / "clip.mp4")
    assert only(tmp_path) == ["cam.mp4"]


def test_unwritable_output_is_refused_before_rendering(footage, digest, tmp_path):
    clip = request(footage, digest, start=1.0, end=2.0)
    with pytest.raises(InvalidInput, match=r"out_path: folder .*nowhere does not exist"):
        render_clip(clip, tmp_path / "nowhere" / "clip.mp4")
    with pytest.raises(InvalidInput, match=r"out_path: .* is a folder"):
        render_clip(clip, tmp_path)
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(InvalidInput, match=r"out_path: folder .*locked is not writable"):
            render_clip(clip, locked / "clip.mp4")
    assert only(tmp_path) == ([] if os.geteuid() == 0 else ["locked"])


def test_ffmpeg_failure_leaves_no_partial_file(footage, tmp_path):
    # A file cut short after the header: the hash is its own, the cut fails midway.
    broken = tmp_path / "src" / "broken.mp4"
    broken.parent.mkdir()
    broken.write_bytes(footage.read_bytes()[: footage.stat().st_size // 2])
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    with pytest.raises((InvalidMedia, InvalidInput)):
        render_clip(
            request(broken, sha256_file(broken), start=1.0, end=3.0, mode="accurate"),
            out_folder / "clip.mp4",
        )
    assert only(out_folder) == []
