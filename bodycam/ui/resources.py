"""Shared resources of the app, created once per server process, and who is using it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import streamlit as st

from ..models import audit_events, jobs, permissions
from ..models.permissions import PermissionDenied
from ..models.store import Store, shared_store
from ..models.users import User


def get_store() -> Store:
    """The app's one Store (shared with the media route): see ``shared_store``."""
    return shared_store()


#: Where the router keeps the account it validated on this rerun (ui/main.py).
ACCOUNT_KEY = "bodycam_account"


def current_account() -> User:
    """The signed-in account the router validated on this rerun; the service functions the
    pages call check its permissions. Raises PermissionDenied when nobody is signed in."""
    account = st.session_state.get(ACCOUNT_KEY)
    if account is None:
        raise PermissionDenied("this page needs a signed-in user: sign in first")
    return account


def current_user() -> str:
    """The signed-in account's name, as the audit log records it."""
    return current_account().name


def current_role() -> str:
    return current_account().role


def record_view(store: Store, account: User, footage_id: int) -> None:
    """Check that ``account`` may view the footage, and audit the view once per footage and
    session (a rerun is not a new view; coming back to it after another footage is)."""
    permissions.require(account, "footage.view", permissions.footage_resource(store, footage_id))
    if st.session_state.get("bodycam_viewing") != footage_id:
        audit_events.record(store, account.name, "footage.view", "footage", footage_id)
        st.session_state["bodycam_viewing"] = footage_id


# The worker this server process started, per data directory: kept so that it can be reaped
# (poll) when it exits; an unreaped child stays a zombie that looks alive.
_workers: dict[Path, subprocess.Popen] = {}


def ensure_worker(store: Store) -> bool:
    """Start a background ``bodycam process`` when jobs wait and none is running.

    The page only enqueues work; transcription and ingest of uploads run in this separate
    process, so a rerun never blocks on them and a closed browser tab does not stop them.
    The worker exits when the queue is empty; the next call reaps it and, if jobs wait again,
    starts a new one. Returns whether a worker is running.
    """
    if _running(store.root):
        return True
    if jobs.pending_count(store) == 0:
        return False
    pid_file = store.root / "worker.pid"
    with open(store.root / "worker.log", "ab") as log:  # the child keeps its own descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "bodycam", "--data-dir", str(store.root), "process"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    _workers[store.root] = process
    pid_file.write_text(str(process.pid))
    return True


def _running(root: Path) -> bool:
    """Whether a worker for ``root`` runs; reaps one that exited."""
    process = _workers.get(root)
    if process is not None:
        if process.poll() is None:
            return True
        del _workers[root]  # poll() reaped it
    pid_file = root / "worker.pid"
    text = pid_file.read_text().strip() if pid_file.exists() else ""
    if not text.isdigit():
        return False
    pid = int(text)
    # A worker started by an earlier run of this server (its Popen is gone) is still our
    # child: reap it if it exited. Not our child: ChildProcessError, and process_alive decides.
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    return jobs.process_alive(pid)
