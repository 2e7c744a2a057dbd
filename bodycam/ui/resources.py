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


# Who is using the app, kept for the browser session. Streamlit drops a widget's value when
# ``st.switch_page`` changes page (opening footage from the Library, following a search hit),
# which reset the reviewer to the OS login and the role to "supervisor" and recorded later tags
# under the wrong name. So the sidebar's choices live in plain session keys, which survive page
# switches and query-param navigation, and the widgets are refilled from them on every run. A
# reload starts a new session: accounts replace this with a login.
_IDENTITY = {"user": "identity_user", "role": "identity_role"}  # widget key -> kept key
_DEFAULTS = {"role": "supervisor"}


def current_user() -> str:
    """The reviewer every tag, correction and form is recorded under: the one source of it."""
    return st.session_state.get(_IDENTITY["user"]) or default_actor()


def current_role() -> str:
    return st.session_state.get(_IDENTITY["role"]) or _DEFAULTS["role"]


def restore_identity() -> None:
    """Put the kept identity back into the sidebar widgets; call before drawing them. A value
    set on the widget key before the first run (a test, a link) is adopted."""
    for widget, kept in _IDENTITY.items():
        if not st.session_state.get(kept):
            st.session_state[kept] = st.session_state.get(widget) or (
                default_actor() if widget == "user" else _DEFAULTS[widget]
            )
        st.session_state[widget] = st.session_state[kept]


def remember_identity() -> None:
    """The sidebar widgets' ``on_change``: keep what the reviewer chose."""
    for widget, kept in _IDENTITY.items():
        if st.session_state.get(widget):
            st.session_state[kept] = st.session_state[widget]


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
