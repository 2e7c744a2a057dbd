"""The upload route on the real app server: uploads stream to disk, not into the server's
memory; tokens are signed, expiring and single-use; the size limit holds while streaming; the
upload is queued for ingest and deleted once ingested (#9 defect 11)."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from accounts_support import account
from support import free_port, make_video, stop_app

from bodycam.models import Store
from bodycam.models.settings import Layout
from bodycam.ui.media import secret_key
from bodycam.ui.server import serve_command, serve_environment
from bodycam.ui.uploads import SPENT_DIR, TOKEN_HEADER, TOKEN_TTL, UPLOAD_ROUTE, upload_token

pytestmark = pytest.mark.slow

LIMIT_MB = 64
MB = 1024 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("uploads")
    data_dir = root / "data"
    secret_key(Layout(data_dir))  # the key the server signs with, made before it starts
    store = Store(data_dir)
    for name, role in (("carol", "admin"), ("dana", "admin"), ("tom", "trainer")):
        account(store, name, role)  # a token only names its user: the account decides
    store.close()
    port = free_port()
    command = serve_command("127.0.0.1", port)
    command[command.index("--server.maxUploadSize") + 1] = str(LIMIT_MB)
    log = open(root / "app.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        command,
        env=serve_environment(data_dir, "tester", None),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                stop_app(process)
                raise RuntimeError(f"the app did not start: see {root / 'app.log'}") from None
            time.sleep(0.2)
    yield port, process, data_dir
    stop_app(process)
    log.close()


def _post(port: int, token: str, body, name: str = "clip.mp4", length: int | None = None, **query):
    """POST a file object or bytes; returns (status, text)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    params = urllib.parse.urlencode({"name": name, **query})
    headers = {TOKEN_HEADER: token}
    if length is not None:
        headers["Content-Length"] = str(length)
    # The server may answer (413) before the whole body is sent.
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        connection.request(
            "POST",
            f"{UPLOAD_ROUTE}?{params}",
            body=body,
            headers=headers,
            encode_chunked=length is None and not isinstance(body, bytes),
        )
    response = connection.getresponse()
    text = response.read().decode()
    connection.close()
    return response.status, text


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _uploads(data_dir: Path) -> list[str]:
    folder = data_dir / "uploads"
    return sorted(p.name for p in folder.iterdir() if p.name != SPENT_DIR)


def _wait_for(condition, seconds: float = 60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.3)
    raise AssertionError("timed out")


def test_a_large_upload_streams_to_disk_and_is_queued(server, tmp_path):
    port, process, data_dir = server
    big = tmp_path / "big.mp4"
    with open(big, "wb") as handle:
        for _ in range(56):
            handle.write(os.urandom(MB))
    token = upload_token(Layout(data_dir), "carol")
    _post(port, upload_token(Layout(data_dir), "carol"), b"warm up", name="w.mp4")
    before = _rss_kb(process.pid)
    with open(big, "rb") as body:
        status, text = _post(
            port,
            token,
            body,
            name="Cam 7.MP4",
            length=big.stat().st_size,
            incident="24-9",
            officer="Ofc. Lee",
        )
    after = _rss_kb(process.pid)
    assert status == 200, text
    assert after - before < 16 * 1024, f"the server grew by {(after - before) // 1024} MB"
    answer = json.loads(text)
    assert (answer["name"], answer["size"]) == ("Cam 7.MP4", 56 * MB)
    store = Store(data_dir)
    job = store.get("jobs", answer["job_id"])
    payload = json.loads(job["payload"])
    assert (job["kind"], job["created_by"]) == ("ingest", "carol")
    assert (
        payload["original_name"],
        payload["incident"],
        payload["officer"],
        payload["actor"],
    ) == ("Cam 7.MP4", "24-9", "Ofc. Lee", "carol")
    assert Path(payload["path"]).parent == data_dir / "uploads"
    assert Path(payload["path"]).suffix == ".mp4"
    store.close()


def test_bad_expired_and_reused_tokens_are_refused(server):
    port, _, data_dir = server
    layout = Layout(data_dir)
    good = upload_token(layout, "carol")
    forged = good[:-1] + ("0" if good[-1] != "0" else "1")
    expired = upload_token(layout, "carol", now=time.time() - 2 * TOKEN_TTL)
    other_key = upload_token(Layout(data_dir.parent / "elsewhere"), "carol")
    before = _uploads(data_dir)
    for token, why in [
        ("", "missing or malformed upload token"),
        ("1.2.3.4", "missing or malformed upload token"),
        (forged, "bad upload token"),
        (other_key, "bad upload token"),
        (expired, "upload token expired: reload the page"),
    ]:
        assert _post(port, token, b"data") == (403, f"forbidden: {why}")
    assert _post(port, good, b"data", name="once.mp4")[0] == 200
    assert _post(port, good, b"data", name="twice.mp4") == (
        403,
        "forbidden: upload token already used",
    )
    assert len(_uploads(data_dir)) == len(before) + 1


def test_a_token_of_a_role_that_may_not_ingest_is_refused(server):
    port, _, data_dir = server
    assert _post(port, upload_token(Layout(data_dir), "tom"), b"data", name="t.mp4") == (
        403,
        "forbidden: tom may not upload footage",
    )
    assert _post(port, upload_token(Layout(data_dir), "nobody"), b"data", name="n.mp4") == (
        403,
        "forbidden: nobody may not upload footage",
    )


def test_an_oversized_body_gets_413_and_leaves_no_partial_file(server):
    port, _, data_dir = server
    layout = Layout(data_dir)
    before = _uploads(data_dir)
    declared = _post(port, upload_token(layout, "carol"), b"x", length=(LIMIT_MB + 1) * MB)
    assert declared[0] == 413
    assert "limited to 64 MB" in declared[1]

    def chunks():  # no Content-Length: the limit must hold while streaming
        for _ in range(LIMIT_MB + 8):
            yield b"\0" * MB

    streamed = _post(port, upload_token(layout, "carol"), chunks())
    assert streamed[0] == 413
    assert _uploads(data_dir) == before


def test_an_uploaded_video_is_ingested_and_the_upload_released(server, tmp_path):
    port, _, data_dir = server
    # What a server killed mid-upload leaves: removed by the next upload.
    stale = data_dir / "uploads" / "dead.part"
    stale.write_bytes(b"half a file")
    os.utime(stale, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    video = make_video(tmp_path / "upload.mkv", seconds=2, audio=None)
    status, text = _post(
        port, upload_token(Layout(data_dir), "dana"), video.read_bytes(), name="Body cam.mkv"
    )
    assert status == 200, text
    store = Store(data_dir)
    job_id = json.loads(text)["job_id"]
    _wait_for(lambda: store.get("jobs", job_id)["state"] in ("done", "failed"), 90)
    assert store.get("jobs", job_id)["state"] == "done"
    footage = store.one("SELECT * FROM footage WHERE original_name = 'Body cam.mkv'")
    assert (footage["status"], footage["ingested_by"]) == ("ready", "dana")
    path = Path(json.loads(store.get("jobs", job_id)["payload"])["path"])
    assert not path.exists()
    assert not stale.exists()
    store.close()
