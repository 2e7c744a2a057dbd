"""How the app is started: the Streamlit command line and the environment it runs with."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Set by `bodycam serve --footage ID` (and `bodycam demo`): the app opens on that footage.
# Defined here, not in navigation (which reads it): that imports Streamlit, half a second the
# `bodycam serve` process would pay just before it replaces itself with Streamlit's.
OPEN_FOOTAGE_ENV = "BODYCAM_OPEN_FOOTAGE"

MAX_UPLOAD_MB = 20 * 1024  # real footage runs to gigabytes
APP = Path(__file__).resolve().parents[1] / "app.py"


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def allowed_hosts(host: str) -> list[str]:
    """The Host names the server answers to: loopback, plus the address it was told to bind
    (a reverse proxy's public name is added in .streamlit/config.toml; see the README)."""
    extra = [] if host in ("0.0.0.0", "::", *LOOPBACK_HOSTS) else [host]
    return [*LOOPBACK_HOSTS, *extra]


def serve_command(host: str, port: int) -> list[str]:
    hosts = [flag for name in allowed_hosts(host) for flag in ("--server.allowedHosts", name)]
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", host,
        "--server.port", str(port),
        # Requests from other origins and forged Host headers are refused (ui/origin.py too).
        "--server.enableCORS", "true",
        "--server.enableXsrfProtection", "true",
        *hosts,
        "--server.headless", "true",
        "--server.maxUploadSize", str(MAX_UPLOAD_MB),
        "--browser.gatherUsageStats", "false",
        # No "Deploy" button: this app serves evidence, it is not published anywhere.
        "--client.toolbarMode", "minimal",
        # Streamlit runs a full garbage collection after every script run; over the app's
        # imports (160,000 objects) that was two thirds of the server's CPU for a tag key
        # press (benchmarks/server_cpu.py). Python's own collector still runs.
        "--runner.postScriptGC", "false",
    ]  # fmt: skip


def serve_environment(data_dir: Path, user: str, footage_id: int | None) -> dict[str, str]:
    env = {**os.environ, "BODYCAM_DATA": str(data_dir), "BODYCAM_USER": user}
    if footage_id is not None:
        # The app opens on the Review page with this footage when no page is asked for.
        env[OPEN_FOOTAGE_ENV] = str(footage_id)
    return env


def app_url(host: str, port: int, footage_id: int | None) -> str:
    shown = "localhost" if host in ("0.0.0.0", "127.0.0.1") else host
    url = f"http://{shown}:{port}/"
    return url if footage_id is None else f"{url}review?footage={footage_id}"


def exec_server(data_dir: Path, user: str, host: str, port: int, footage_id: int | None):
    """Replace this process with the Streamlit server (Ctrl-C then stops it directly).

    Raises:
        DataDirError: the media signing key is unusable; checked here, while the error can
            still reach the terminal as a message.
    """
    from ..models.settings import Layout
    from .media import secret_key

    secret_key(Layout(Path(data_dir)))
    os.execve(
        sys.executable, serve_command(host, port), serve_environment(data_dir, user, footage_id)
    )
