"""#16 for the render job kinds: clips (face blur included) and debrief session exports on a
Dask LocalCluster give the same rows, files and audit entries as in-process; a worker killed
mid-render is survived with one clip; a missing original fails only its job; worker outputs
reach the data directory through the media root."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import zipfile
from pathlib import Path

import numpy as np
import pytest
from debrief_support import add_footage
from faces_support import FPS, astronaut, write_face_video
from research_support import add_transcript
from support import make_keyframed_video

from bodycam.annotate.tags import create_tag
from bodycam.debrief import sessions
from bodycam.debrief.clips import ClipOptions
from bodycam.models import Store, jobs
from bodycam.scale.cluster import open_client
from bodycam.scale.coordinator import process_jobs_on_cluster
from bodycam.worker import process_jobs

TRAINER = "trainer1"


@pytest.fixture(scope="module")
def picture() -> np.ndarray:
    return astronaut()


def _face_video(path: Path, face, repeat: int = 1) -> Path:
    """The moving astronaut face (2 s), ``repeat`` times over, a keyframe every second."""
    return write_face_video(path, face, repeat=repeat, gop=FPS)


@pytest.fixture(scope="module")
def camera(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("renders")
    return make_keyframed_video(folder / "cam.mp4", seconds=20, rate=25, gop=2.0)


@pytest.fixture(scope="module")
def faces(tmp_path_factory, picture) -> Path:
    return _face_video(tmp_path_factory.mktemp("faces") / "faces.mp4", picture)


@pytest.fixture(scope="module")
def client():
    with open_client(workers=2) as client:
        yield client


@contextlib.contextmanager
def _store(data_dir: Path):
    store = Store(data_dir)
    try:
        yield store
    finally:
        store.close()


def _queue_renders(data_dir: Path, camera: Path, faces: Path, out: Path) -> None:
    """Two footage with tags, a debrief session of two items, and four jobs: a tag's clip with
    WebVTT captions, a face-blurred range, a clip with burned captions and a muted span, and
    the session's export (whose second item is not rendered yet)."""
    store = Store(data_dir)
    try:
        camera_id = add_footage(store, camera, officer="Ofc. Diaz")
        add_transcript(
            store,
            camera_id,
            [
                ("Officer Diaz", "officer", [(11.0, 12.5, "Show me your hands")]),
                (None, "civilian", [(12.75, 14.0, "I am calm")]),
            ],
        )
        faces_id = add_footage(store, faces)
        first = create_tag(store, camera_id, "creates_distance", 12.0, TRAINER)
        second = create_tag(store, camera_id, "open_question", 4.0, TRAINER, end=6.0)
        session = sessions.create_session(store, TRAINER, "Distance")
        sessions.add_items(store, TRAINER, session, [first, second], ClipOptions(2, 1))
        burned = ClipOptions(1, 1, captions="burn", mute=((11.0, 11.5),))
        with store.change(TRAINER, "job.enqueue") as change:
            jobs.enqueue(change, "clip", None, {"tag_id": first, "user": TRAINER,
                         "options": ClipOptions(2, 1).to_dict(), "item_id": 1})  # fmt: skip
            blur = {"before": 0, "after": 0, "captions": "none", "blur_faces": True}
            jobs.enqueue(change, "clip", None, {"footage_id": faces_id, "start": 0.4,
                         "end": 1.2, "options": blur, "user": TRAINER})  # fmt: skip
            jobs.enqueue(change, "clip", None, {"tag_id": first, "user": TRAINER,
                         "options": burned.to_dict()})  # fmt: skip
            export = {"session_id": session, "out": str(out), "user": TRAINER}
            jobs.enqueue(change, "debrief_export", None, export)
    finally:
        store.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _results(data_dir: Path, out: Path, outcomes) -> dict:
    """Everything the jobs wrote, comparable across two data directories: rows without
    creation times or wall-clock timings, the data directory's path replaced, file hashes.
    Clips are named by their request key: on a cluster they are recorded in the order their
    renders end, so their ids differ; audit entries are compared as a set for that reason."""
    root = str(data_dir)
    store = Store(data_dir)
    try:
        keys = {r["id"]: r["request_key"] for r in store.query("SELECT id, request_key FROM clips")}
        clips = []
        for row in store.query("SELECT * FROM clips ORDER BY request_key"):
            row.pop("created_at"), row.pop("id")
            provenance = json.loads(row.pop("provenance"))
            provenance.pop("timings")
            # Burned captions are drawn from a file in a fresh temporary folder, named in the
            # recorded ffmpeg command: that name (its owner process and a random part) differs
            # from run to run, anywhere.
            text = re.sub(r"bodycam-clip-[\w.-]+", "<work>", json.dumps(provenance))
            row["provenance"] = json.loads(text.replace(root, "<data>"))
            clips.append(row)
        files = {
            path.relative_to(data_dir).as_posix(): _sha(path)
            for path in sorted((data_dir / "media/derived/clips").rglob("*"))
            if path.is_file()
        }
        audit = sorted(
            (r["action"], r["entity"], keys[int(r["entity_id"])] if r["entity"] == "clips"
             else r["entity_id"], r["actor"])
            for r in store.query(
                "SELECT action, entity, entity_id, actor FROM audit_log"
                " WHERE action NOT IN ('job.enqueue', 'job.claim')"
            )
        )  # fmt: skip
        items = [(r["id"], keys[r["clip_id"]]) for r in store.query(
            "SELECT id, clip_id FROM debrief_items ORDER BY id")]  # fmt: skip
        job_rows = store.query("SELECT kind, state, attempts, error FROM jobs ORDER BY id")
    finally:
        store.close()
    with zipfile.ZipFile(out) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        manifest.pop("exported_at")
        members = {
            name: hashlib.sha256(bundle.read(name)).hexdigest()
            for name in bundle.namelist()
            if name != "manifest.json"
        }
    for clip in manifest["clips"]:
        clip["clip_id"] = keys[clip["clip_id"]]
    text = re.sub(r"bodycam-clip-[\w.-]+", "<work>", json.dumps(manifest))
    manifest = json.loads(text.replace(root, "<data>"))
    details = sorted(
        (o.job_id, o.kind, o.state, re.sub(r"^clip (\d+)", lambda m: keys[int(m[1])], o.detail))
        for o in outcomes
    )
    return {"clips": clips, "files": files, "audit": audit, "items": items, "jobs": job_rows,
            "zip": members, "manifest": manifest, "details": details}  # fmt: skip


@pytest.mark.slow
def test_clips_blur_and_export_on_a_cluster_match_in_process(tmp_path, camera, faces, client):
    local, remote = tmp_path / "local", tmp_path / "remote"
    for data_dir in (local, remote):  # the zip beside each data directory, with one name
        (data_dir.parent / f"{data_dir.name}-out").mkdir()
        _queue_renders(data_dir, camera, faces, data_dir.parent / f"{data_dir.name}-out/s.zip")
    with _store(local) as store:
        in_process = process_jobs(store)
    with _store(remote) as store:
        # The clips first, as in-process, so the export finds the first one recorded and
        # reuses it (run together, it might render it again beside the clip job).
        on_cluster = process_jobs_on_cluster(store, client, kinds=("clip",))
        on_cluster += process_jobs_on_cluster(store, client, kinds=("debrief_export",))
    assert [(o.kind, o.state) for o in in_process] == [
        ("clip", "done"), ("clip", "done"), ("clip", "done"), ("debrief_export", "done"),
    ]  # fmt: skip
    assert all(o.worker.startswith("tcp://") for o in on_cluster)  # the renders ran remotely
    expected = _results(local, tmp_path / "local-out/s.zip", in_process)
    got = _results(remote, tmp_path / "remote-out/s.zip", on_cluster)
    assert got["files"] == expected["files"]  # byte-identical clips and captions
    assert len(expected["files"]) == 6  # 4 clips, 2 WebVTT sidecars
    assert got == expected
    blurred = next(c for c in expected["clips"] if c["provenance"]["blur"])
    assert blurred["redacted"] == 1 and blurred["provenance"]["blur"]["frames_blurred"] > 0


@pytest.mark.slow
def test_a_worker_killed_mid_render_is_survived_with_one_clip(tmp_path, picture, client):
    data_dir = tmp_path / "data"
    long_faces = _face_video(tmp_path / "faces.mp4", picture, repeat=6)  # 12 s to blur
    with _store(data_dir) as store:
        footage_id = add_footage(store, long_faces)
        options = {"before": 0, "after": 0, "captions": "none", "blur_faces": True}
        with store.change(TRAINER, "job.enqueue") as change:
            jobs.enqueue(change, "clip", None, {"footage_id": footage_id, "start": 0.0,
                         "end": 11.0, "options": options, "user": TRAINER})  # fmt: skip
        pids = client.run(os.getpid)
        killed: list[str] = []

        def progress(job, fraction, message):
            if not killed and "(on tcp://" in message:
                address = message.rpartition("(on ")[2].rstrip(")")
                os.kill(pids[address], signal.SIGKILL)
                killed.append(address)

        [outcome] = process_jobs_on_cluster(store, client, progress=progress)
        assert killed, f"the render never reported from a worker: {outcome}"
        assert (outcome.state, outcome.detail) == (
            "done",
            "clip 1 rendered (accurate) for footage 1 0-11 s",
        )
        assert outcome.worker != killed[0]
        assert store.query("SELECT state, attempts FROM jobs") == [{"state": "done", "attempts": 1}]
        [clip] = store.query("SELECT path, sha256 FROM clips")
        assert _sha(store.layout.absolute(clip["path"])) == clip["sha256"]
        actions = store.query("SELECT action FROM audit_log WHERE entity = 'clips'")
        assert actions == [{"action": "clip.create"}]  # written once
    folder = data_dir / "media/derived/clips/1"
    # The killed render's partial file may stay (hidden, never recorded); one clip is visible.
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == [
        Path(clip["path"]).name
    ]


@pytest.mark.slow
def test_a_missing_original_fails_only_its_clip_job(tmp_path, camera, faces, client):
    data_dir = tmp_path / "data"
    _queue_renders(data_dir, camera, faces, tmp_path / "out.zip")
    with _store(data_dir) as store:
        original = store.layout.absolute(store.get("footage", 2)["original_path"])
        original.unlink()
        outcomes = process_jobs_on_cluster(store, client)
        states = sorted((o.job_id, o.state) for o in outcomes)
        assert states == [(1, "done"), (2, "failed"), (3, "done"), (4, "done")]
        failed = next(o for o in outcomes if o.state == "failed")
        assert str(original.resolve()) in failed.error
        assert "BODYCAM_MEDIA_ROOT" in failed.error
        # A clip job's failure is not its footage's: the footage stays ready.
        assert store.get("footage", 2)["status"] == "ready"
        assert store.one("SELECT error FROM jobs WHERE id = 2")["error"] == failed.error
        assert store.one("SELECT count(*) AS n FROM clips WHERE footage_id = 2")["n"] == 0
    assert (tmp_path / "out.zip").is_file()


def test_outputs_under_an_object_store_root_reach_the_data_directory(tmp_path, monkeypatch):
    """A URL media root: the task writes in a scratch folder, uploaded when it succeeds; the
    coordinator copies the file into its data directory before recording it."""
    import fsspec

    from bodycam.scale.media import MEDIA_ROOT_ENV, MediaMissing, MediaResolver, bring_home

    root = f"memory://{tmp_path.name}-outputs"
    media = MediaResolver(root, str(tmp_path))
    with media.output("media/derived/clips/3") as folder:
        (folder / "tag1-abc.mp4").write_bytes(b"clip")
        (folder / ".tag1-abc.x.mp4").write_bytes(b"partial")  # a partial is not uploaded
    assert fsspec.open(f"{root}/media/derived/clips/3/tag1-abc.mp4").open().read() == b"clip"
    filesystem = fsspec.filesystem("memory")
    assert not filesystem.exists(f"{root}/media/derived/clips/3/.tag1-abc.x.mp4")
    assert not folder.exists()  # the scratch folder is gone
    data_dir = tmp_path / "data"
    monkeypatch.setenv(MEDIA_ROOT_ENV, root)
    local = bring_home(data_dir, "media/derived/clips/3/tag1-abc.mp4")
    assert local == data_dir / "media/derived/clips/3/tag1-abc.mp4"
    assert local.read_bytes() == b"clip"
    media.discard("media/derived/clips/3/tag1-abc.mp4")
    with pytest.raises(MediaMissing, match="the worker's output is not there"):
        bring_home(data_dir, "media/derived/clips/3/tag1-abc.vtt")
    # A failed task uploads nothing.
    with pytest.raises(RuntimeError), media.output("media/derived/clips/4") as folder:
        (folder / "tag2.mp4").write_bytes(b"half")
        raise RuntimeError("render failed")
    assert not filesystem.exists(f"{root}/media/derived/clips/4/tag2.mp4")
    # A path root that is not where the coordinator sees its data directory.
    monkeypatch.setenv(MEDIA_ROOT_ENV, str(tmp_path / "elsewhere"))
    with pytest.raises(MediaMissing, match="set BODYCAM_MEDIA_ROOT to the path of this data"):
        bring_home(data_dir, "media/derived/clips/5/tag3.mp4")


def test_worker_setup_checks_what_clip_renders_need(tmp_path, monkeypatch):
    """Workers render clips now: ffmpeg, the face model and a writable media store are needs."""
    from click.testing import CliRunner

    from bodycam.cli import cli

    monkeypatch.setenv("BODYCAM_FACE_MODEL", str(tmp_path / "none.onnx"))
    data_dir = tmp_path / "data"
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "worker-setup"])
    assert result.exit_code == 1, result.output
    assert "this machine (" in result.output and "NOT READY" in result.output
    assert "  ffmpeg: ok " in result.output
    assert f"  face_model: face detection model {tmp_path / 'none.onnx'} is missing" in (
        result.output
    )
    assert "(clip renders and session exports write under media/derived/clips)" in (result.output)
    monkeypatch.delenv("BODYCAM_FACE_MODEL")
    # A media root where the workers find no data directory.
    monkeypatch.setenv("BODYCAM_MEDIA_ROOT", str(tmp_path / "unmounted"))
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "worker-setup"])
    assert result.exit_code == 1, result.output
    derived = tmp_path / "unmounted/media/derived"
    assert f"  media: {derived} is not a readable and writable directory here" in result.output
    assert "(read-write: clips are rendered into it)" in result.output


def test_a_tag_twice_in_a_session_is_cut_once_and_reused(tmp_path, camera):
    """The export plans every clip before rendering any: the second item of the same request
    reuses the first's clip, as when each item was rendered and recorded in turn."""
    from bodycam.debrief.package import export_session

    with _store(tmp_path / "data") as store:
        footage_id = add_footage(store, camera)
        tag = create_tag(store, footage_id, "creates_distance", 12.0, TRAINER)
        session = sessions.create_session(store, TRAINER, "Twice")
        sessions.add_items(store, TRAINER, session, [tag, tag], ClipOptions(2, 1, captions="none"))
        result = export_session(store, TRAINER, session, tmp_path / "twice.zip")
        assert [c["clip_id"] for c in result.manifest["clips"]] == [1, 1]
        assert store.query("SELECT id, clip_id FROM debrief_items ORDER BY id") == [
            {"id": 1, "clip_id": 1},
            {"id": 2, "clip_id": 1},
        ]
        actions = store.query(
            "SELECT action, entity, entity_id FROM audit_log"
            " WHERE action LIKE 'clip.%' OR action = 'debrief.export' ORDER BY id"
        )
        assert [tuple(a.values()) for a in actions] == [
            ("clip.create", "clips", "1"),
            ("clip.create", "debrief_items", "1"),
            ("clip.reuse", "debrief_items", "2"),
            ("debrief.export", "debrief_sessions", "1"),
        ]
    assert [p.name for p in (tmp_path / "data/media/derived/clips/1").iterdir()] == [
        Path(store.get("clips", 1)["path"]).name
    ]
