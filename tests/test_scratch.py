"""Scratch folders that hold evidence copies are swept once the process that made them is gone
(bodycam/core/scratch.py): killed processes, real ones, in a temporary directory of the test's
own."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from bodycam.core import scratch
from bodycam.debrief.clip import ClipRequest, render_clip
from bodycam.debrief.files import sha256_file
from tests.support import killed, killed_writer, make_keyframed_video

_HOLDER = """
import sys, tempfile, time
tempfile.tempdir = sys.argv[1]
from bodycam.core.scratch import scratch_folder
with scratch_folder(sys.argv[2]) as folder:
    open(folder + "/copy.wav", "wb").write(b"evidence")
    print(folder, flush=True)
    time.sleep(600)
"""


@pytest.fixture
def tmp_root(tmp_path, monkeypatch) -> Path:
    """The temporary directory every scratch folder of this process goes to."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def killed_holder(root: Path, kind: str) -> tuple[Path, int]:
    """A process that makes a scratch folder with a file in it and is then killed: its folder
    and pid."""
    return killed(_HOLDER, str(root), kind)


def test_a_killed_process_leaves_its_folder_and_the_next_scratch_removes_it(tmp_root):
    folder, pid = killed_holder(tmp_root, "clip")
    assert folder.parent == tmp_root
    assert folder.name.startswith(f"bodycam-clip-{scratch._host()}-{pid}-")
    assert (folder / "copy.wav").read_bytes() == b"evidence"  # TemporaryDirectory did not run
    with scratch.scratch_folder("task") as mine:
        assert not folder.exists()
        assert Path(mine).is_dir()
        assert Path(mine).name.startswith(f"bodycam-task-{scratch._host()}-{os.getpid()}-")
    assert not Path(mine).exists()
    assert sorted(tmp_root.iterdir()) == []


def test_only_folders_of_dead_processes_on_this_host_are_swept(tmp_root):
    dead_folder, dead = killed_holder(tmp_root, "task")
    host = scratch._host()
    kept = [
        f"bodycam-task-{host}-{os.getpid()}-abcd1234",  # a live process: this one
        f"bodycam-task-other-host-{dead}-abcd1234",  # another host's (a shared /tmp)
        f"bodycam-devset-{host}-{dead}-abcd1234",  # not an evidence scratch kind
        "bodycam-task-abcd1234",  # named before owners were: whose it is cannot be known
        f"unrelated-{host}-{dead}-abcd1234",
    ]
    for name in kept:
        (tmp_root / name).mkdir()
    (tmp_root / f"bodycam-clip-{host}-{dead}-file0000").write_text("a file, not a folder")
    assert scratch.sweep_stale() == [dead_folder]
    assert sorted(path.name for path in tmp_root.iterdir()) == sorted(
        [*kept, f"bodycam-clip-{host}-{dead}-file0000"]
    )
    assert scratch.sweep_stale(tmp_root) == []  # nothing left to sweep


def test_a_killed_process_not_yet_reaped_by_its_parent_is_dead_to_the_sweep(tmp_root):
    # A Dask worker killed mid-task stays a zombie until its nanny reaps it; the rerun on the
    # other worker may sweep first. This test is the parent and reaps only at the end.
    import signal
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(tmp_root), "task"], stdout=subprocess.PIPE, text=True
    )
    try:
        folder = Path(holder.stdout.readline().strip())
        holder.send_signal(signal.SIGKILL)
        # Killed, not reaped: the kernel keeps its entry, and kill(pid, 0) still answers.
        for _ in range(200):
            if scratch._zombie(holder.pid):
                break
            time.sleep(0.01)
        assert scratch._zombie(holder.pid)
        os.kill(holder.pid, 0)
        assert scratch.sweep_stale() == [folder]
        assert not folder.exists()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert not scratch._zombie(os.getpid())
    assert scratch._alive(os.getpid())


def test_a_host_name_with_characters_a_folder_name_cannot_hold(monkeypatch):
    monkeypatch.setattr(scratch.socket, "gethostname", lambda: "cam/box 7")
    assert scratch._host() == "cam_box_7"
    monkeypatch.setattr(scratch.socket, "gethostname", lambda: "")
    assert scratch._host() == "localhost"


def test_an_unknown_scratch_kind_is_refused(tmp_root):
    with pytest.raises(ValueError, match="scratch kind must be one of task, clip, got 'media'"):
        scratch.scratch_folder("media")
    assert list(tmp_root.iterdir()) == []


def test_a_killed_writers_partial_file_is_removed_by_the_next_output_there(tmp_path):
    target = tmp_path / "clip.mp4"
    partial, dead = killed_writer(target)
    host = scratch._host()
    assert partial.parent == tmp_path
    assert partial.name.startswith(f".clip.mp4.bodycam-{host}-{dead}-")
    assert partial.suffix == ".mp4"  # FFmpeg picks the muxer by it
    assert partial.read_bytes() == b"half a clip"
    kept = [
        f".clip.mp4.bodycam-{host}-{os.getpid()}-abcd1234.mp4",  # a live writer: this process
        f".clip.mp4.bodycam-other-host-{dead}-abcd1234.mp4",  # another host's (shared storage)
        f".clip.mp4.{dead}-abcd1234.mp4",  # not ours
        "clip.mp4.bodycam-x-1-abcd1234.mp4",  # not hidden: not a partial file
    ]
    for name in kept:
        (tmp_path / name).write_bytes(b"")
    mine = scratch.partial_file(target, ".part")
    assert not partial.exists()
    assert mine.name.startswith(f".clip.mp4.bodycam-{host}-{os.getpid()}-")
    assert mine.suffix == ".part" and mine.read_bytes() == b""
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([*kept, mine.name])
    assert scratch.sweep_stale_partials(tmp_path) == []


def test_a_clip_render_sweeps_a_killed_render_and_leaves_nothing(tmp_root, tmp_path_factory):
    # The clip's own scratch (captions, concat lists) goes to the same temporary directory,
    # its partial output beside the clip.
    footage = make_keyframed_video(
        tmp_path_factory.mktemp("footage") / "cam.mp4", seconds=4, rate=25, gop=2.0
    )
    killed, _ = killed_holder(tmp_root, "clip")
    out = tmp_path_factory.mktemp("out") / "c.mp4"
    half, _ = killed_writer(out)
    request = ClipRequest(
        source=footage, source_sha256=sha256_file(footage), start=0.0, end=2.0, before=0, after=0
    )
    result = render_clip(request, out)
    assert (result.mode, result.start, result.end) == ("copy", 0.0, 2.0)
    assert not killed.exists() and not half.exists()
    assert list(tmp_root.iterdir()) == []
    assert [path.name for path in out.parent.iterdir()] == ["c.mp4"]
