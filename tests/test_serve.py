"""How `bodycam serve` and `bodycam demo` start the app (the server itself is exercised by the
media-route and browser tests)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bodycam.demo.setup import DEMO_INCIDENT, ensure_demo_footage
from bodycam.ui.server import app_url, serve_command, serve_environment


@pytest.mark.parametrize(
    ("host", "footage", "url"),
    [
        ("127.0.0.1", None, "http://localhost:8501/"),
        ("0.0.0.0", 3, "http://localhost:8501/review?footage=3"),
        ("review.local", 12, "http://review.local:8501/review?footage=12"),
    ],
)
def test_app_url(host, footage, url):
    assert app_url(host, 8501, footage) == url


def test_serve_command_and_environment(tmp_path):
    command = serve_command("127.0.0.1", 9000)
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert command[4].endswith("bodycam/app.py")
    flags = dict(zip(command[5::2], command[6::2], strict=True))
    assert flags["--server.port"] == "9000"
    assert flags["--server.maxUploadSize"] == "20480"
    # No full garbage collection after each script run (benchmarks/server_cpu.py), from the
    # command line and from the repository's config alike.
    assert flags["--runner.postScriptGC"] == "false"
    config = tomllib.loads((Path(__file__).parents[1] / ".streamlit" / "config.toml").read_text())
    assert config["runner"] == {"postScriptGC": False}
    env = serve_environment(tmp_path, "sgt.kim", 4)
    assert (env["BODYCAM_DATA"], env["BODYCAM_USER"], env["BODYCAM_OPEN_FOOTAGE"]) == (
        str(tmp_path),
        "sgt.kim",
        "4",
    )
    assert "BODYCAM_OPEN_FOOTAGE" not in serve_environment(tmp_path, "a", None)


def test_demo_footage_is_reused(run, media, store):
    run("ingest", str(media["no_audio"]), "--incident", DEMO_INCIDENT)
    said = []
    assert ensure_demo_footage(store, "tester", say=said.append) == 1
    assert said == ["demo footage already stored as footage 1"]


def test_serve_warns_about_loose_file_modes_at_start(run, store, monkeypatch):
    from bodycam.ui import server

    started = []
    monkeypatch.setattr(server, "exec_server", lambda *args: started.append(args))
    store.root.chmod(0o755)
    result = run("serve", "--port", "8999")
    assert result.exit_code == 0 and len(started) == 1
    assert (
        f"Warning: {store.root} has mode 0755: other accounts on this machine may read it; "
        f"run `chmod 700 {store.root}`"
    ) in result.output
