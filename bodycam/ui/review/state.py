"""The Review page's session state. Every key starts with ``review_`` so no other page's widget
or value can collide with it; defaults are set with ``setdefault`` so a rerun never resets them.
"""

from __future__ import annotations

import contextlib
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitInvalidLayoutContextError

from ...annotate import tags
from ..components.timeline_player import new_seek
from ..formatting import md_text
from .actions import ReviewState

PREFIX = "review_"
NONE = "—"


def key(name: str) -> str:
    """The session_state / widget key ``name`` under the page prefix."""
    return f"{PREFIX}{name}"


def review_state(footage_id: int) -> ReviewState:
    return st.session_state.setdefault(key(f"state_{footage_id}"), ReviewState(footage_id))


def lag() -> float:
    return st.session_state.setdefault(key("lag"), tags.DEFAULT_LAG)


def request_seek(footage_id: int, t: float) -> None:
    """Ask the player to jump to ``t`` on the next full run."""
    st.session_state[key(f"seek_{footage_id}")] = new_seek(t)
    review_state(footage_id).playhead = float(t)


def pending_seek(footage_id: int) -> dict[str, Any] | None:
    return st.session_state.get(key(f"seek_{footage_id}"))


def seek_from_query(footage_id: int) -> None:
    """A search hit opens the page at a second: turn ?t= into a one-shot seek."""
    wanted = st.query_params.get("t")
    if not wanted:
        return
    marker = (footage_id, wanted)
    if st.session_state.get(key("applied_t")) != marker:
        st.session_state[key("applied_t")] = marker
        with contextlib.suppress(ValueError):
            request_seek(footage_id, float(wanted))


def note_reported_playhead(footage_id: int, reported: float | None) -> None:
    """Take the playhead the player last settled on (a keyboard seek, without an event) when
    it is new: an old value must not undo a seek the page has just asked for."""
    seen = key(f"reported_playhead_{footage_id}")
    if reported is not None and st.session_state.get(seen) != reported:
        st.session_state[seen] = reported
        review_state(footage_id).playhead = float(reported)


def keep_playhead_in_url(footage_id: int, playhead: float) -> None:
    """``?t=`` follows the playhead Python last heard of (a pause, a seek, a mark, a list
    pick), so a reload or a copied link opens at the same moment. It is marked as applied, so
    it never seeks the player back to where it already is."""
    value = f"{playhead:.1f}"
    if playhead <= 0 and "t" not in st.query_params:
        return
    if st.query_params.get("t") != value:
        st.query_params["t"] = value
    st.session_state[key("applied_t")] = (footage_id, value)


def remember_tag_rows(footage_id: int, rows: list[dict[str, Any]]) -> None:
    """Keep the full run's tag rows for the tags panel: a panel rerun alone is called with the
    arguments of the last full run, which are stale after its own save."""
    st.session_state[key(f"tag_rows_{footage_id}")] = rows


def tag_rows(footage_id: int) -> list[dict[str, Any]]:
    return st.session_state.get(key(f"tag_rows_{footage_id}"), [])


_TOAST_ICONS = {"success": "✅", "info": "ℹ️", "warning": "⚠️", "error": "⛔"}


def show_messages(state: ReviewState) -> None:
    """The player's messages as toasts, where the eye is (not below the fold); a warning or an
    error stays up until closed, so it is not missed while watching."""
    for level, text in state.messages:
        duration = "short" if level in ("success", "info") else "infinite"
        # Error texts quote what the browser sent (a code) or a name: shown as plain text.
        st.toast(md_text(text), icon=_TOAST_ICONS.get(level), duration=duration)
    state.messages.clear()


def rerun_panel() -> None:
    """Rerun only the calling panel (fragment). Streamlit allows that only while the panel is
    already rerunning alone (its own widget or form fired); during a full run of the page, as
    in AppTest, the page reruns instead."""
    try:
        st.rerun(scope="fragment")
    except StreamlitInvalidLayoutContextError:
        st.rerun()
