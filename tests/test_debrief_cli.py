"""The debrief stage from the CLI: `bodycam tag`, `bodycam clip`, `bodycam debrief`, with real
footage (ffmpeg), real SQLite and exact outputs (issue #12)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest
from debrief_support import add_footage
from research_support import add_transcript
from support import killed_writer, make_keyframed_video, make_video

from bodycam.debrief.files import sha256_file
from bodycam.models import jobs
from bodycam.worker import process_jobs

FPS = 25
GOP = 2.0
XSS_TITLE = 'Stops <script>alert("t")</script>'
XSS_NOTE = "Watch the hands <img src=x onerror=alert(1)> & the feet"


@pytest.fixture(scope="module")
def camera(tmp_path_factory) -> Path:
    """20 s, a keyframe every 2 s exactly, 440 Hz tone."""
    folder = tmp_path_factory.mktemp("debrief")
    return make_keyframed_video(folder / "cam.mp4", seconds=20, rate=FPS, gop=GOP)


@pytest.fixture
def footage(store, camera) -> int:
    footage_id = add_footage(store, camera, officer="Ofc. Diaz", incident_id="INC-1")
    add_transcript(
        store,
        footage_id,
        [
            ("Officer Diaz", "officer", [(11.0, 12.5, "Show me your hands")]),
            (None, "civilian", [(12.75, 14.0, "I am <calm> & fine")]),
        ],
    )
    return footage_id


def error_of(result) -> str:
    assert result.exit_code == 1, result.output
    return result.output.strip()


def test_tag_add_list_delete_exact_output(run, store, footage):
    assert run("tag", "add", str(footage), "creates_distance", "12").output == "1\n"
    result = run("tag", "add", str(footage), "tactical_pause", "0:14", "16.5", "--notes", "n")
    assert result.output == "2\n"
    record = json.loads(run("tag", "add", str(footage), "command", "3", "--json").output)
    assert (record["id"], record["code"], record["start"]) == (3, "command", 3.0)
    assert record["end"] is None
    assert run("tag", "list", str(footage)).output == (
        "3\tcommand\t3.000\t-\ttester\t\n"
        "1\tcreates_distance\t12.000\t-\ttester\t\n"
        "2\ttactical_pause\t14.000\t16.500\ttester\tn\n"
    )
    assert run("tag", "delete", "3").output == "deleted tag 3\n"
    lines = run("tag", "list", str(footage), "--json").output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [1, 2]
    actions = [r["action"] for r in store.query("SELECT action FROM audit_log WHERE entity='tags'")]
    assert actions == ["tag.create", "tag.create", "tag.create", "tag.delete"]
    assert error_of(run("tag", "add", str(footage), "no_such_code", "1")) == (
        "Error: code 'no_such_code' is not in codebook bodycam-deescalation 1.0.0"
    )
    assert error_of(run("tag", "list", "99")) == "Error: footage 99 does not exist"


def test_clip_stream_copy_then_reuse_then_accurate(run, store, footage, tmp_path):
    run("tag", "add", str(footage), "creates_distance", "12")
    out = tmp_path / "one.mp4"
    result = run("clip", "1", "--out", str(out), "--before", "2", "--after", "3")
    row = store.get("clips", 1)
    assert result.output == (
        f"clip 1: {out} ({row['start']:.3f}-{row['end']:.3f} s of footage {footage}; copy mode:"
        " stream copy: a keyframe is 0.000 s before the start (<= 0.5 s))\n"
        f"captions: {out.with_suffix('.vtt')}\n"
    )
    assert row["start"] == 10.0 and abs(row["end"] - 15.0) <= GOP
    assert sha256_file(out) == row["sha256"]
    provenance = json.loads(row["provenance"])
    assert provenance["source_sha256"] == store.get("footage", footage)["sha256"]
    assert provenance["transcript"] == {"transcript_id": 1, "revision_id": None}
    assert provenance["command"][0].endswith("ffmpeg")
    vtt = out.with_suffix(".vtt").read_text()
    assert "<v Officer Diaz (officer)>Show me your hands" in vtt
    assert "00:00:01.000 --> 00:00:02.500" in vtt  # 11.0 s of footage, from the clip's 10.0 s
    again = run("clip", "1", "--out", str(tmp_path / "two.mp4"), "--before", "2", "--after", "3")
    assert again.output.startswith(f"clip 1 (reused): {tmp_path / 'two.mp4'} (")
    assert store.one("SELECT count(*) AS n FROM clips")["n"] == 1
    data = json.loads(
        run("clip", "1", "--out", str(tmp_path / "acc.mp4"), "--before", "1.3", "--after", "1",
            "--captions", "none", "--json").output
    )  # fmt: skip
    assert (data["clip_id"], data["mode"], data["start"]) == (2, "accurate", 10.7)
    assert "nearest keyframe is 0.700 s before the start" in data["mode_reason"]
    assert abs(data["duration"] - 2.3) <= 1 / FPS


def test_clip_bad_inputs_leave_no_file(run, store, footage, tmp_path):
    from bodycam.annotate.tags import create_tag

    late = create_tag(store, footage, "command", 20.3, "tester")  # within ingest's tolerance
    point = create_tag(store, footage, "command", 5.0, "tester")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "bad.mp4"
    assert error_of(run("clip", str(late), "--out", str(out))) == (
        f"Error: tag {late}: start 20.300 s is past the end of footage {footage} (20.000 s); "
        f"fix the tag's time (`bodycam tag list {footage}`)"
    )
    message = error_of(run("clip", str(point), "--out", str(out), "--before", "0", "--after", "0"))
    assert message.startswith("Error: start/end: the range 5.0-5.0 s with no padding is zero")
    message = error_of(run("clip", str(point), "--out", str(tmp_path / "nope" / "x.mp4")))
    assert message == f"Error: --out: folder {tmp_path / 'nope'} does not exist; create it first"
    original = store.layout.absolute(store.get("footage", footage)["original_path"])
    original.write_bytes(original.read_bytes()[:-10] + b"0123456789")
    message = error_of(run("clip", str(point), "--out", str(out)))
    assert "the original was altered or replaced" in message
    original.unlink()
    message = error_of(run("clip", str(point), "--out", str(out)))
    assert message.startswith(f"Error: source: the original {original} is missing")
    assert list(folder.iterdir()) == []
    clips = store.layout.derived / "clips"
    assert not clips.exists() or not any(clips.rglob("*.mp4"))
    assert store.one("SELECT count(*) AS n FROM clips")["n"] == 0


def test_debrief_session_cli_exact_output(run, store, footage):
    run("tag", "add", str(footage), "creates_distance", "12", "--notes", "good")
    run("tag", "add", str(footage), "shouted_or_repeated_command", "4")
    assert run("debrief", "new", "Distance", "--audience", "patrol", "--objective", "Use time")\
        .output == "1\n"  # fmt: skip
    assert run("debrief", "add", "1", "1", "2").output == "added 2 item(s) to session 1: 1, 2\n"
    assert run("debrief", "edit", "2", "--notes", "Loud", "--position", "1").output == (
        "item 2 updated\n"
    )
    assert run("debrief", "show", "1").output == (
        "Distance (session 1, audience patrol)\n"
        "  objective: Use time\n"
        f"1. item 2: tag 2 shouted_or_repeated_command at 4.000 s of footage {footage}; no clip\n"
        "   notes: Loud\n"
        "   - What told you tension was rising?\n"
        "   - Was the command understood? What else could have been said?\n"
        f"2. item 1: tag 1 creates_distance at 12.000 s of footage {footage}; no clip\n"
        "   - Where could time or distance have been used?\n"
        "   - How did the extra space change the person's behaviour?\n"
    )
    assert run("debrief", "list").output == "1\tDistance\t2 items\ttester\n"
    assert run("debrief", "remove", "2").output == "item 2 removed\n"
    shown = json.loads(run("debrief", "show", "1", "--json").output)
    assert [(i["id"], i["position"]) for i in shown["items"]] == [(1, 1)]
    actions = {r["action"] for r in store.query("SELECT action FROM audit_log")}
    assert {"debrief.create", "debrief.add", "debrief.edit", "debrief.reorder"} <= actions
    assert "debrief.remove" in actions


def test_empty_session_export(run, tmp_path):
    run("debrief", "new", "Empty")
    folder = tmp_path / "out"
    folder.mkdir()
    assert error_of(run("debrief", "export", "1", "--out", str(folder / "s.zip"))) == (
        "Error: debrief session 1 has no items: add tags first (`bodycam debrief add 1 TAG_ID...`)"
    )
    assert list(folder.iterdir()) == []


def test_export_zip_manifest_verifies_and_html_is_offline_and_escaped(
    run, store, footage, camera, tmp_path
):
    second = add_footage(store, make_video(tmp_path / "b.mp4", seconds=8), officer="Ofc. Lee")
    run("tag", "add", str(footage), "creates_distance", "12")
    run("tag", "add", str(second), "command", "3")
    run("debrief", "new", XSS_TITLE, "--audience", "<b>recruits</b>")
    run("debrief", "add", "1", "1", "2", "--before", "2", "--after", "2")
    run("debrief", "edit", "1", "--notes", XSS_NOTE, "--prompt", "<script>x()</script>?")
    # /proc refuses new files even to root (tests may run as root, where mode bits do not).
    message = error_of(run("debrief", "export", "1", "--out", "/proc/session.zip"))
    assert message.startswith("Error: --out: ") and "/proc" in message
    assert message.endswith("choose another folder")
    out = tmp_path / "session.zip"
    half, _ = killed_writer(out)  # an export killed mid-write left half a zip there
    result = run("debrief", "export", "1", "--out", str(out))
    digest = sha256_file(out)
    assert result.output == f"wrote {out} (2 clips, sha256 {digest})\n"
    # Neither this export's partial file nor the killed one's is left.
    assert not half.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with zipfile.ZipFile(out) as bundle:
        names = set(bundle.namelist())
        manifest = json.loads(bundle.read("manifest.json"))
        for name, facts in manifest["files"].items():
            data = bundle.read(name)
            assert hashlib.sha256(data).hexdigest() == facts["sha256"], name
            assert len(data) == facts["bytes"]
        index = bundle.read("index.html").decode()
        handout = bundle.read("handout.html").decode()
    assert names == {*manifest["files"], "manifest.json"}
    assert {
        "clips/01-tag1.mp4", "clips/01-tag1.vtt", "clips/02-tag2.mp4", "index.html",
        "handout.html",
    } <= names  # fmt: skip
    assert [s["sha256"] for s in manifest["sources"]] == [
        store.get("footage", footage)["sha256"],
        store.get("footage", second)["sha256"],
    ]
    assert manifest["codebooks"][0]["version"] == "1.0.0"
    assert manifest["exported_by"] == "tester" and manifest["exported_at"]
    assert manifest["clips"][0]["transcript"] == {"transcript_id": 1, "revision_id": None}
    for page in (index, handout):
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;img src=x onerror=alert(1)&gt; &amp; the feet" in page
        assert "Stops &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;" in page
        assert "&lt;b&gt;recruits&lt;/b&gt;" in page
        assert not re.search(r"https?:|//", page)
        for target in re.findall(r'(?:src|href)="([^"]*)"', page):
            # Inside the zip, or the captions inline (a page opened from file:// may not
            # load a <track> file beside it).
            assert target in names or target.startswith("data:text/vtt;base64,"), target
    assert index.count("<script>") == 1  # ours, inline
    assert "&lt;script&gt;x()&lt;/script&gt;?" in index
    assert "Officer Diaz (officer)</b>: Show me your hands" in index
    inline = re.search(r'<track[^>]* src="data:text/vtt;base64,([^"]+)"', index).group(1)
    with zipfile.ZipFile(out) as bundle:
        assert base64.b64decode(inline) == bundle.read("clips/01-tag1.vtt")
    assert "@media print" in handout
    audit = store.one("SELECT * FROM audit_log WHERE action = 'debrief.export'")
    assert json.loads(audit["details"])["export"]["sha256"] == digest


def test_clip_and_export_jobs_run_under_the_worker(run, store, footage, tmp_path):
    run("tag", "add", str(footage), "creates_distance", "12")
    run("debrief", "new", "Jobs")
    run("debrief", "add", "1", "1")
    with store.change("trainer1", "job.enqueue") as change:
        # What the Debrief page queues: the item's own clip options.
        options = json.loads(store.get("debrief_items", 1)["clip_options"])
        clip_job = {"tag_id": 1, "options": options, "user": "trainer1", "item_id": 1}
        jobs.enqueue(change, "clip", None, clip_job)
        export_job = {"session_id": 1, "out": str(tmp_path / "j.zip"), "user": "trainer1"}
        jobs.enqueue(change, "debrief_export", None, export_job)
    outcomes = process_jobs(store)
    assert [(o.kind, o.state) for o in outcomes] == [("clip", "done"), ("debrief_export", "done")]
    assert outcomes[0].detail == "clip 1 rendered (copy) for tag 1"
    assert store.get("debrief_items", 1)["clip_id"] == 1
    assert store.get("clips", 1)["created_by"] == "trainer1"
    assert (tmp_path / "j.zip").is_file()
    # A session's clips are verified once per export: the reused clip is not re-rendered.
    assert store.one("SELECT count(*) AS n FROM clips")["n"] == 1


def test_clip_with_muted_span_and_burned_captions_is_marked_redacted(run, store, footage, tmp_path):
    run("tag", "add", str(footage), "creates_distance", "12")
    out = tmp_path / "muted.mp4"
    data = json.loads(
        run("clip", "1", "--out", str(out), "--before", "2", "--after", "2", "--captions", "burn",
            "--mute", "11-12.5", "--json").output
    )  # fmt: skip
    assert (data["mode"], data["redaction"]) == ("accurate", "redacted: audio muted 11.0-12.5")
    assert data["mode_reason"] == "re-encoded because captions are burned in, audio spans are muted"
    assert data["files"] == [str(out)]
    row = store.get("clips", 1)
    assert (row["redacted"], json.loads(row["options"])["mute"]) == (1, [[11.0, 12.5]])
    assert error_of(run("clip", "1", "--out", str(out), "--mute", "12-11")) == (
        "Error: --mute: '12-11' must be START-END in seconds, e.g. 12.5-14"
    )


def test_a_clip_whose_file_was_removed_is_rendered_again_into_its_row(
    run, store, footage, tmp_path
):
    run("tag", "add", str(footage), "creates_distance", "12")
    run("clip", "1", "--out", str(tmp_path / "a.mp4"), "--captions", "none")
    first = store.get("clips", 1)
    store.layout.absolute(first["path"]).unlink()
    result = run("clip", "1", "--out", str(tmp_path / "b.mp4"), "--captions", "none")
    assert result.output.startswith(f"clip 1: {tmp_path / 'b.mp4'} (")
    again = store.get("clips", 1)
    assert again["sha256"] == first["sha256"]  # same request, same bytes
    assert store.layout.absolute(again["path"]).is_file()
    assert store.one("SELECT count(*) AS n FROM clips")["n"] == 1
    actions = [
        r["action"] for r in store.query("SELECT action FROM audit_log WHERE entity='clips'")
    ]
    assert actions == ["clip.create", "clip.rerender"]


def test_a_time_range_clip_job_for_the_review_page(store, footage):
    options = {"before": 0, "after": 0, "captions": "none"}
    with store.change("trainer1", "job.enqueue") as change:
        for start, end in ((3.0, 6.0), (5.0, 5.0)):
            payload = {"footage_id": footage, "start": start, "end": end, "options": options}
            jobs.enqueue(change, "clip", None, {**payload, "user": "trainer1"})
    done, zero = process_jobs(store)
    assert (done.state, done.detail) == ("done", "clip 1 rendered (accurate) for footage 1 3-6 s")
    clip = store.get("clips", 1)
    assert (clip["tag_id"], clip["start"], clip["mode"]) == (None, 3.0, "accurate")
    assert abs(clip["end"] - 6.0) <= 1 / FPS
    assert json.loads(clip["provenance"])["tag"] is None
    assert zero.state == "failed"
    assert zero.error.startswith("start/end: the range 5.0-5.0 s with no padding is zero-length")
