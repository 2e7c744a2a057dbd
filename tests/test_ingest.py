"""bodycam ingest: the store's contents, the derived media and every kind of bad input."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import stat
import struct
import subprocess
import sys
import time
from pathlib import Path

import av
import cv2
import pytest
from support import copy_to, ffmpeg, json_lines, make_video

from bodycam.ingest import copy as copy_module
from bodycam.ingest import pipeline
from bodycam.ingest.copy import sha256_file
from bodycam.ingest.images import filmstrip_interval, filmstrip_plan
from bodycam.models import Store


def test_ingest_h264_aac_records_probe_and_derived_media(run, media, data_dir):
    result = run(
        "ingest",
        str(media["h264_aac"]),
        "--incident",
        "24-0107",
        "--officer",
        "Ofc. Diaz",
        "--json",
    )
    assert result.exit_code == 0, result.output
    [line] = json_lines(result.output)
    digest = sha256_file(media["h264_aac"])
    assert line == {
        "path": str(media["h264_aac"]),
        "status": "ingested",
        "footage_id": 1,
        "sha256": digest,
        "error": None,
    }
    store = Store(data_dir)
    row = store.get("footage", 1)
    assert (row["width"], row["height"], row["fps"]) == (320, 240, 25.0)
    assert (row["video_codec"], row["audio_codec"]) == ("h264", "aac")
    assert (row["audio_channels"], row["audio_sample_rate"]) == (1, 48000)
    assert row["duration"] == pytest.approx(6.0, abs=0.1)
    assert row["recorded_at"] == "2024-05-01T10:00:00+00:00"
    assert json.loads(row["device"])["comment"] == "CAM-X81-0042"
    assert (row["incident_id"], row["officer"], row["ingested_by"]) == (
        "24-0107",
        "Ofc. Diaz",
        "tester",
    )
    assert row["status"] == "queued"
    original = data_dir / row["original_path"]
    assert original == data_dir / "media" / "originals" / digest[:2] / f"{digest}.mp4"
    assert sha256_file(original) == digest
    assert not os.stat(original).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    kinds = {r["kind"]: r for r in store.query("SELECT * FROM derived_files")}
    assert sorted(kinds) == ["audio", "envelope", "filmstrip", "poster", "proxy"]
    for record in kinds.values():
        assert record["source_sha256"] == digest
        assert sha256_file(data_dir / record["path"]) == record["sha256"]
        assert "ffmpeg" in json.loads(record["tools"])
    assert json.loads(kinds["proxy"]["params"]) == {"method": "remux"}
    jobs = store.query("SELECT kind, footage_id, state FROM jobs")
    assert jobs == [{"kind": "transcribe", "footage_id": 1, "state": "queued"}]
    assert store.get("incidents", "24-0107")["created_by"] == "tester"
    assert store.verify_audit().ok


def test_proxy_is_faststart_h264_aac_and_audio_is_16k_mono(run, media, data_dir):
    assert run("ingest", str(media["mpeg4_mp3"])).exit_code == 0
    derived = data_dir / "media" / "derived" / "1"
    with av.open(str(derived / "proxy.mp4")) as proxy:
        assert proxy.streams.video[0].codec_context.name == "h264"
        assert proxy.streams.audio[0].codec_context.name == "aac"
    head = (derived / "proxy.mp4").read_bytes()[:4096]
    assert head.find(b"moov") < head.find(b"mdat") or b"mdat" not in head
    with av.open(str(derived / "audio.wav")) as wav:
        audio = wav.streams.audio[0]
        assert (audio.sample_rate, audio.channels) == (16000, 1)
    params = Store(data_dir).one("SELECT params FROM derived_files WHERE kind = 'proxy'")
    assert json.loads(params["params"])["method"] == "transcode"


def test_wide_source_is_scaled_to_1280(run, tmp_path, data_dir):
    wide = make_video(tmp_path / "wide.mov", size="1920x1080", seconds=1, vcodec="mpeg4")
    assert run("ingest", str(wide)).exit_code == 0
    with av.open(str(data_dir / "media/derived/1/proxy.mp4")) as proxy:
        context = proxy.streams.video[0].codec_context
        assert (context.width, context.height) == (1280, 720)


def test_filmstrip_has_one_tile_per_interval(run, media, data_dir):
    run("ingest", str(media["h264_aac"]))
    params = json.loads(
        Store(data_dir).one("SELECT params FROM derived_files WHERE kind='filmstrip'")["params"]
    )
    assert params == {
        "interval": 1,
        "count": 6,
        "tile_width": 160,
        "tile_height": 120,
        "columns": 6,
    }
    sprite = cv2.imread(str(data_dir / "media/derived/1/filmstrip.jpg"))
    assert sprite.shape == (120, 960, 3)


@pytest.mark.parametrize(
    ("duration", "interval"), [(6, 1), (150, 1), (151, 2), (600, 5), (7200, 60), (36000, 300)]
)
def test_filmstrip_interval_from_duration(duration, interval):
    assert filmstrip_interval(duration) == interval


def _claim_duration(mkv: Path, seconds: float) -> None:
    """Overwrite the Segment Info Duration of an MKV written by ffmpeg (element 0x4489, an
    8-byte float in TimecodeScale units, 1 ms by default) with a false claim."""
    data = bytearray(mkv.read_bytes())
    at = data.find(b"\x44\x89\x88")
    assert at > 0, "ffmpeg wrote no 8-byte Duration element"
    data[at + 3 : at + 11] = struct.pack(">d", seconds * 1000)
    mkv.write_bytes(bytes(data))


def test_crafted_header_duration_is_replaced_by_the_demuxed_one(run, tmp_path, data_dir):
    # Issue #9 defect 4: a 3 s file claiming 2e7 s made a 11,112-tile filmstrip (36 s, 2.1 GB)
    # and stored the claim as the duration.
    crafted = make_video(tmp_path / "crafted.mkv", seconds=3, size="160x120")
    _claim_duration(crafted, 2e7)
    with av.open(str(crafted)) as container:
        assert container.duration / av.time_base == pytest.approx(2e7)
    [line] = json_lines(run("ingest", str(crafted), "--json").output)
    assert line["status"] == "ingested", line
    store = Store(data_dir)
    row = store.get("footage", 1)
    assert row["duration"] == pytest.approx(3.0, abs=0.1)
    assert json.loads(row["probe"])["claimed_duration"] == pytest.approx(2e7)
    params = json.loads(
        store.one("SELECT params FROM derived_files WHERE kind='filmstrip'")["params"]
    )
    # 3.029 s once AAC's last frame is counted: four one-second tiles, as the honest file gives.
    assert (params["interval"], params["count"]) == (1, 4)
    assert cv2.imread(str(data_dir / "media/derived/1/filmstrip.jpg")).shape == (120, 640, 3)
    envelope = json.loads((data_dir / "media/derived/1/envelope.json").read_text())
    assert len(envelope["values"]) == pytest.approx(30, abs=1)


def test_honest_header_duration_is_kept(run, media, data_dir):
    run("ingest", str(media["no_audio"]))
    probe = json.loads(Store(data_dir).get("footage", 1)["probe"])
    assert probe["duration"] == pytest.approx(6.0, abs=0.05)
    assert probe["claimed_duration"] is None


@pytest.mark.parametrize(
    ("duration", "interval", "count"),
    [(6, 1, 6), (36000, 300, 120), (75 * 3600, 1800, 150), (2e7, 135000, 149)],
)
def test_filmstrip_work_is_capped(duration, interval, count):
    assert filmstrip_plan(duration) == (interval, count)


def test_video_without_audio_is_ingested_without_job(run, media, data_dir):
    [line] = json_lines(run("ingest", str(media["no_audio"]), "--json").output)
    assert line["status"] == "ingested"
    store = Store(data_dir)
    row = store.get("footage", 1)
    assert (row["status"], row["status_detail"]) == (
        "ready",
        "no audio track: nothing to transcribe",
    )
    assert store.query("SELECT * FROM jobs") == []


def test_audio_only_is_ingested(run, media, data_dir):
    [line] = json_lines(run("ingest", str(media["audio_only"]), "--json").output)
    assert line["status"] == "ingested"
    row = Store(data_dir).get("footage", 1)
    assert (row["video_codec"], row["audio_codec"], row["width"]) == (None, "pcm_s16le", None)
    kinds = {r["kind"] for r in Store(data_dir).query("SELECT kind FROM derived_files")}
    assert kinds == {"proxy", "audio", "envelope"}


def test_duplicate_is_not_copied_twice_and_reports_existing_id(run, media, data_dir, tmp_path):
    twin = copy_to(media["h264_aac"], tmp_path / "elsewhere", "renamed copy.mp4")
    run("ingest", str(media["h264_aac"]))
    result = run("ingest", str(twin), "--json")
    assert result.exit_code == 0
    [line] = json_lines(result.output)
    assert (line["status"], line["footage_id"]) == ("duplicate", 1)
    assert len(list((data_dir / "media" / "originals").rglob("*.mp4"))) == 1
    assert Store(data_dir).one("SELECT count(*) AS n FROM footage")["n"] == 1
    human = run("ingest", str(twin))
    assert "already stored as footage 1" in human.output


def test_name_with_spaces_and_non_ascii(run, media, tmp_path, data_dir):
    odd = copy_to(media["no_audio"], tmp_path / "in", "Körper kamera – Ñandú 01.mkv")
    [line] = json_lines(run("ingest", str(odd), "--json").output)
    assert line["status"] == "ingested"
    assert Store(data_dir).get("footage", 1)["original_name"] == "Körper kamera – Ñandú 01.mkv"


def _assert_nothing_left(data_dir: Path) -> None:
    store = Store(data_dir)
    for table in ("footage", "derived_files", "jobs", "audit_log"):
        assert store.query(f"SELECT * FROM {table}") == [], table
    media_files = [p for p in (data_dir / "media").rglob("*") if p.is_file()]
    assert media_files == []


def _truncated_mp4(media, tmp_path) -> Path:
    data = media["h264_aac"].read_bytes()
    target = tmp_path / "bad" / "truncated.mp4"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(data[: len(data) // 2])
    return target


def _truncated_faststart_mp4(media, tmp_path) -> Path:
    full = tmp_path / "bad" / "fs.mp4"
    full.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-i",
            str(media["h264_aac"]),
            "-c",
            "copy",
            "-movflags",
            "+faststart",
            str(full),
        ],
        check=True,
    )
    data = full.read_bytes()
    full.unlink()
    target = tmp_path / "bad" / "truncated-faststart.mp4"
    target.write_bytes(data[: len(data) // 2])
    return target


def _bad_file(kind: str, media, tmp_path) -> tuple[Path, str]:
    folder = tmp_path / "bad"
    folder.mkdir(exist_ok=True)
    if kind == "zero-byte":
        path = folder / "empty.mp4"
        path.write_bytes(b"")
        return path, "the file is empty (0 bytes)"
    if kind == "truncated":
        return _truncated_mp4(media, tmp_path), "not a media file FFmpeg can read"
    if kind == "truncated-faststart":
        return _truncated_faststart_mp4(media, tmp_path), "may be truncated or damaged"
    if kind == "text":
        path = folder / "notes.mp4"
        path.write_text("Officer notes, not a video\n")
        return path, "not a media file FFmpeg can read"
    if kind == "random":
        path = folder / "noise.mov"
        # Seeded: FFmpeg's probers read a few signature bytes, and unseeded noise once began
        # with JPEG XL's two (0xFF 0x0A) and was, correctly, refused as a still image (session
        # 31's CI). These bytes are no format's.
        path.write_bytes(random.Random(31).randbytes(64 * 1024))
        return path, "not a media file FFmpeg can read"
    if kind == "still-image":
        path = folder / "photo.jpg"
        ffmpeg("-f", "lavfi", "-i", "testsrc2=size=64x48", "-frames:v", "1", str(path))
        return path, "not footage; store photos with the case file"
    if kind == "subtitles":
        path = folder / "captions.srt"
        path.write_text("1\n00:00:01,000 --> 00:00:02,000\nStop right there\n")
        return path, "no audio or video stream found; it is not a recording"
    if kind == "missing":
        return folder / "does-not-exist.mp4", "no such file; check the path"
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    [
        "zero-byte",
        "truncated",
        "truncated-faststart",
        "text",
        "random",
        "still-image",
        "subtitles",
        "missing",
    ],
)
def test_bad_file_fails_with_one_line_error_and_leaves_nothing(
    kind, run, media, tmp_path, data_dir
):
    path, reason = _bad_file(kind, media, tmp_path)
    result = run("ingest", str(path), "--json")
    assert result.exit_code == 1
    [line] = json_lines(result.output)
    assert line["status"] == "failed"
    assert line["footage_id"] is None
    assert line["error"].startswith(f"{path}: ")
    assert reason in line["error"]
    assert "\n" not in line["error"] and "staging" not in line["error"]
    assert "Traceback" not in result.output
    _assert_nothing_left(data_dir)
    human = run("ingest", str(path))
    assert human.output.strip() == f"failed     {line['error']}"


def test_mixed_folder_goes_on_after_failures(run, media, tmp_path, data_dir):
    folder = tmp_path / "mixed"
    copy_to(media["h264_aac"], folder / "a")
    copy_to(media["no_audio"], folder / "b")
    (folder / "b" / "readme.txt").write_text("case notes")
    (folder / "empty.mov").write_bytes(b"")
    copy_to(media["audio_only"], folder)
    result = run("ingest", str(folder), "--json")
    assert result.exit_code == 1
    lines = json_lines(result.output)
    assert [(Path(x["path"]).name, x["status"]) for x in lines] == [
        ("empty.mov", "failed"),
        ("voice.wav", "ingested"),
        ("h264_aac.mp4", "ingested"),
        ("readme.txt", "failed"),
        ("silent.mkv", "ingested"),
    ]
    assert Store(data_dir).one("SELECT count(*) AS n FROM footage")["n"] == 3


def test_unreadable_file(run, media, tmp_path, data_dir, monkeypatch):
    path = copy_to(media["h264_aac"], tmp_path / "locked")
    os.chmod(path, 0)
    if os.geteuid() == 0:
        # root reads anything, so make the refusal the kernel would give a normal user.
        real_open = open

        def refusing_open(file, *args, **kwargs):
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(copy_module, "open", refusing_open, raising=False)
    result = run("ingest", str(path), "--json")
    assert result.exit_code == 1
    [line] = json_lines(result.output)
    assert line["error"] == f"{path}: cannot read the file (Permission denied)"
    _assert_nothing_left(data_dir)


@pytest.mark.parametrize("how", ["deleted", "truncated", "grown"])
def test_file_that_changes_mid_copy(how, run, media, tmp_path, data_dir, monkeypatch):
    path = copy_to(media["h264_aac"], tmp_path / "live")
    monkeypatch.setattr(copy_module, "BLOCK_SIZE", 64 * 1024)
    real = copy_module.hash_and_copy

    def sabotaged(source, destination, progress=None):
        def hook(fraction, message):
            if fraction > 0.2 and path.exists() and not hook.done:
                hook.done = True
                if how == "deleted":
                    path.unlink()
                elif how == "truncated":
                    os.truncate(path, 1000)
                else:
                    with open(path, "ab") as grow:
                        grow.write(b"\0" * 1000)
            if progress:
                progress(fraction, message)

        hook.done = False
        return real(source, destination, hook)

    monkeypatch.setattr(pipeline, "hash_and_copy", sabotaged)
    result = run("ingest", str(path), "--json")
    assert result.exit_code == 1
    [line] = json_lines(result.output)
    expected = "vanished" if how == "deleted" else "changed while it was being copied"
    assert expected in line["error"]
    _assert_nothing_left(data_dir)


class SimulatedCrash(BaseException):
    """Stands for the process being killed: not an Exception, so nothing catches it."""


@pytest.mark.parametrize("point", ["after-derive", "inside-transaction"])
def test_crash_leaves_no_record_and_rerun_completes(point, run, media, data_dir, monkeypatch):
    if point == "after-derive":
        target, name = pipeline, "make_timeline_images"
    else:
        target, name = pipeline.jobs, "enqueue"
    real = getattr(target, name)

    def crash(*args, **kwargs):
        real(*args, **kwargs)
        raise SimulatedCrash

    monkeypatch.setattr(target, name, crash)
    with pytest.raises(SimulatedCrash):
        run("ingest", str(media["h264_aac"]))
    store = Store(data_dir)
    assert store.query("SELECT * FROM footage") == []
    assert store.query("SELECT * FROM audit_log") == []
    monkeypatch.setattr(target, name, real)
    result = run("ingest", str(media["h264_aac"]), "--json")
    assert json_lines(result.output)[0]["status"] == "ingested"
    assert store.one("SELECT count(*) AS n FROM footage")["n"] == 1
    derived = sorted(p.name for p in (data_dir / "media/derived/1").iterdir())
    assert derived == ["audio.wav", "envelope.json", "filmstrip.jpg", "poster.jpg", "proxy.mp4"]
    assert list((data_dir / "media" / "staging").iterdir()) == []
    assert store.verify_audit().ok


@pytest.mark.slow
def test_killed_process_leaves_no_record(media, tmp_path, data_dir):
    big = make_video(tmp_path / "long.avi", seconds=40, size="640x480", vcodec="mpeg4")
    command = [sys.executable, "-m", "bodycam", "--data-dir", str(data_dir), "ingest", str(big)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    staging = data_dir / "media" / "staging"
    while time.monotonic() < deadline:
        if any(staging.glob("*/derived/proxy.mp4")):
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    store = Store(data_dir)
    assert store.query("SELECT * FROM footage") == []
    rerun = subprocess.run([*command, "--json"], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads(rerun.stdout)["status"] == "ingested"
    assert list(staging.iterdir()) == []
    assert store.one("SELECT count(*) AS n FROM footage")["n"] == 1


def test_incident_groups_footage_ordered_by_recorded_time(run, tmp_path, data_dir):
    later = make_video(
        tmp_path / "cam-b.mp4", seconds=1, extra=("-metadata", "creation_time=2024-05-01T10:05:00Z")
    )
    earlier = make_video(
        tmp_path / "cam-a.mp4", seconds=2, extra=("-metadata", "creation_time=2024-05-01T10:00:00Z")
    )
    other = make_video(tmp_path / "other.mp4", seconds=3)
    run("ingest", str(later), str(earlier), "--incident", "24-9")
    run("ingest", str(other))
    rows = json_lines(run("list", "--json").output)
    assert [(r["original_name"], r["incident_id"]) for r in rows] == [
        ("cam-a.mp4", "24-9"),
        ("cam-b.mp4", "24-9"),
        ("other.mp4", None),
    ]


def test_list_human_output(run, media):
    assert run("list").output == "No footage yet: bodycam ingest PATH\n"
    run("ingest", str(media["no_audio"]), "--officer", "Lee")
    lines = run("list").output.splitlines()
    assert lines[1].split() == ["1", "ready", "0:00:06", "-", "Lee", "silent.mkv"]


def test_verify_names_altered_and_missing_originals(run, media, data_dir):
    run("ingest", str(media["h264_aac"]), str(media["no_audio"]))
    assert run("verify").output == (
        "2 of 2 originals intact\n"
        "8 of 8 derived files intact\n"
        "audit log: 11 entries, 11 audited rows and ranges reconciled (database matches)\n"
    )
    store = Store(data_dir)
    first = data_dir / store.get("footage", 1)["original_path"]
    second = data_dir / store.get("footage", 2)["original_path"]
    os.chmod(first, 0o644)
    with open(first, "r+b") as handle:
        handle.seek(100)
        handle.write(b"X")
    second.unlink()
    result = run("verify")
    assert result.exit_code == 1
    assert f"altered: footage 1 {first}" in result.output
    assert f"missing: footage 2 {second}" in result.output
    checks = json_lines(run("verify", "--json").output)
    assert [c["status"] for c in checks if c["type"] == "original"] == ["altered", "missing"]


def test_ingest_without_paths_is_usage_error(run):
    result = run("ingest")
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.output


def test_staging_leftovers_of_dead_runs_are_cleaned(store):
    dead = store.layout.staging / "999999999-abc"
    dead.mkdir(parents=True)
    (dead / "original.mp4").write_bytes(b"partial")
    pipeline.Ingestor(store, "tester")
    assert not dead.exists()


def test_data_dir_from_environment(media, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from bodycam.cli import cli

    monkeypatch.setenv("BODYCAM_DATA", str(tmp_path / "envdata"))
    result = CliRunner().invoke(cli, ["ingest", str(media["no_audio"])])
    assert result.exit_code == 0
    assert (tmp_path / "envdata" / "bodycam.db").is_file()
    shutil.rmtree(tmp_path / "envdata")


def test_unexpected_error_fails_that_file_only(run, media, data_dir, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("decoder\nexploded")

    monkeypatch.setattr(pipeline, "write_envelope", broken)
    result = run("ingest", str(media["audio_only"]), str(media["no_audio"]), "--json")
    assert result.exit_code == 1
    first, second = json_lines(result.output)
    assert first["error"] == (
        f"{media['audio_only']}: unexpected error (RuntimeError: decoder exploded); "
        "nothing was stored, please report it"
    )
    assert second["status"] == "ingested"
    assert "Traceback" not in result.output


def _camera_export(media, tmp_path) -> Path:
    """A card as cameras and desktops leave it: a footage file whose name starts with a dot,
    OS junk, a symlinked day folder and, inside it, a link back up (a loop)."""
    card = tmp_path / "card"
    copy_to(media["no_audio"], card, ".DSC_0001.mkv")
    (card / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (card / "._DSC_0001.mkv").write_bytes(b"\0\5\26\7AppleDouble")
    (card / "Thumbs.db").write_bytes(b"thumbs")
    (card / ".Trashes").mkdir()
    (card / ".Trashes" / "deleted.mp4").write_bytes(b"gone")
    elsewhere = tmp_path / "day2-export"
    copy_to(media["audio_only"], elsewhere)
    (card / "day2").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "back").symlink_to(card, target_is_directory=True)
    return card


def test_folder_reports_every_file_found_or_skipped(run, media, tmp_path, data_dir):
    card = _camera_export(media, tmp_path)
    result = run("ingest", str(card))
    assert result.exit_code == 0
    hidden = sha256_file(media["no_audio"])
    voice = sha256_file(media["audio_only"])
    assert result.output.splitlines() == [
        f"ingested   #1  {card}/.DSC_0001.mkv  sha256 {hidden}",
        f"skipped    {card}/.DS_Store  (operating-system file, not footage)",
        f"skipped    {card}/._DSC_0001.mkv  (macOS AppleDouble file: metadata of the file"
        " named without '._', not footage)",
        f"skipped    {card}/Thumbs.db  (operating-system file, not footage)",
        f"skipped    {card}/.Trashes  (operating-system folder, not footage)",
        f"ingested   #2  {card}/day2/voice.wav  sha256 {voice}",
        f"skipped    {card}/day2/back  (symbolic link loop: it points to {card}, a folder"
        " this walk is already inside; not followed)",
    ]
    names = [r["original_name"] for r in Store(data_dir).query("SELECT * FROM footage")]
    assert names == [".DSC_0001.mkv", "voice.wav"]


def test_folder_json_has_a_line_per_skipped_file_with_its_reason(run, media, tmp_path):
    card = _camera_export(media, tmp_path)
    lines = json_lines(run("ingest", str(card), "--json").output)
    assert [(Path(x["path"]).name, x["status"]) for x in lines] == [
        (".DSC_0001.mkv", "ingested"),
        (".DS_Store", "skipped"),
        ("._DSC_0001.mkv", "skipped"),
        ("Thumbs.db", "skipped"),
        (".Trashes", "skipped"),
        ("voice.wav", "ingested"),
        ("back", "skipped"),
    ]
    assert lines[1]["reason"] == "operating-system file, not footage"
    assert "reason" not in lines[0]


def test_a_folder_linked_twice_is_walked_once(run, media, tmp_path):
    folder = tmp_path / "cases"
    copy_to(media["audio_only"], folder / "a")
    (folder / "b").symlink_to(folder / "a", target_is_directory=True)
    result = run("ingest", str(folder))
    assert result.output.splitlines()[1:] == [
        f"skipped    {folder}/b  (symbolic link to {folder}/a, a folder this walk already"
        " went through; not walked twice)"
    ]


def test_broken_symlink_and_unreadable_folder_are_failures(run, media, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "gone.mp4").symlink_to(tmp_path / "nowhere.mp4")
    locked = folder / "locked"
    locked.mkdir()
    os.chmod(locked, 0)
    try:
        result = run("ingest", str(folder))
    finally:
        os.chmod(locked, 0o755)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        f"failed     {folder}/gone.mp4: a symbolic link to {tmp_path}/nowhere.mp4, which does"
        " not exist; check the link"
    )
    if os.geteuid() != 0:  # root reads any folder
        assert lines[1].startswith(f"failed     {folder}/locked: cannot read the folder (")
