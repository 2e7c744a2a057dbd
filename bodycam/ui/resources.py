"""Shared resources of the app, created once per server process, and who is using it."""

from __future__ import annotations

import subprocess
import sys

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
