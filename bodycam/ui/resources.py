"""Shared resources of the app, created once per server process, and who is using it."""

from __future__ import annotations

import subprocess
import sys

import streamlit as st

from ..models import jobs
from ..models.settings import default_actor
from ..models.store import Store, shared_store


def get_store() -> Store:
    """The app's one Store (shared with the media route): see ``shared_store``."""
    return shared_store()


def current_user() -> str:
    return st.session_state.get("user") or default_actor()


def current_role() -> str:
    return st.session_state.get("role", "supervisor")


def ensure_worker(store: Store) -> bool:
    """Start a background ``bodycam process`` when jobs wait and none is running.

    The page only enqueues work; transcription and ingest of uploads run in this separate
    process, so a rerun never blocks on them and a closed browser tab does not stop them.
    Returns whether a worker is running.
    """
    if jobs.pending_count(store) == 0:
        return False
    pid_file = store.root / "worker.pid"
    if pid_file.exists():
        text = pid_file.read_text().strip()
        if text.isdigit() and jobs.process_alive(int(text)):
            return True
    log = open(store.root / "worker.log", "ab")  # noqa: SIM115 - handed to the child
    process = subprocess.Popen(
        [sys.executable, "-m", "bodycam", "--data-dir", str(store.root), "process"],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    pid_file.write_text(str(process.pid))
    return True
