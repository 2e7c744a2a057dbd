"""The Review page's session state. Every key starts with ``review_`` so no other page's widget
or value can collide with it; defaults are set with ``setdefault`` so a rerun never resets them.
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit.errors import StreamlitInvalidLayoutContextError

from ...annotate import tags
from ..components.timeline_player import PLAYBACK_SPEEDS, new_seek
from ..formatting import md_text
from .actions import ReviewState

PREFIX = "review_"
NONE = "—"


def key(name: str) -> str:
    """The session_state / widget key ``name`` under the page prefix."""
    return f"{PREFIX}{name}"


def review_state(footage_id: int) -> ReviewState:
    return st.session_state.setdefault(key(f"state_{footage_id}"), ReviewState(footage_id))


def player_key(footage_id: int) -> str:
    """The player's component key: the tag list addresses the player by it."""
    return key(f"player_{footage_id}")


def lag() -> float:
    return st.session_state.setdefault(key("lag"), tags.DEFAULT_LAG)


def request_seek(footage_id: int, t: float) -> None:
    """Ask the player to jump to ``t`` on the next full run."""
    st.session_state[key(f"seek_{footage_id}")] = new_seek(t)
    review_state(footage_id).playhead = float(t)


def pending_seek(footage_id: int) -> dict[str, Any] | None:
    return st.session_state.get(key(f"seek_{footage_id}"))


#: Limits of the view a link may ask for (?speed=, ?zoom=, ?lag=), checked before use.
MAX_ZOOM = 1000.0
MAX_LAG = 5.0


def _number(name: str, text: str, low: float, high: float, fix: str) -> float | None:
    """``text`` as a number in [low, high], or None after a warning naming the parameter."""
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        st.warning(f"Ignored ?{name}={md_text(text)} in the link: {fix}", icon="🔗")
        return None
    return value


def view_from_query(footage_id: int) -> None:
    """A link opens at a moment and with the reviewer's view: ``?t=`` becomes a one-shot seek,
    ``?speed=`` and ``?zoom=`` the player's speed and timeline zoom, ``?lag=`` the reaction lag.
    Each set of values is applied once (a later rerun must not undo what the reviewer changed
    since), and the page writes them back as they change (:func:`keep_view_in_url`)."""
    params = st.query_params
    wanted = {name: params.get(name) for name in ("t", "speed", "zoom", "lag")}
    marker = (footage_id, *wanted.values())
    if st.session_state.get(key("applied_query")) == marker:
        return
    st.session_state[key("applied_query")] = marker
    view = dict(player_view(footage_id) or {})
    if wanted["t"]:
        t = _number("t", wanted["t"], 0.0, float("inf"), "use seconds, e.g. t=12.3.")
        if t is not None:
            request_seek(footage_id, t)
    if wanted["speed"]:
        speeds = ", ".join(f"{s:g}" for s in PLAYBACK_SPEEDS)
        speed = _number("speed", wanted["speed"], 0.0, 100.0, f"use one of {speeds}.")
        if speed is not None and speed not in PLAYBACK_SPEEDS:
            st.warning(
                f"Ignored ?speed={md_text(wanted['speed'])} in the link: use one of {speeds}.",
                icon="🔗",
            )
        elif speed is not None:
            view["speed"] = speed
    if wanted["zoom"]:
        zoom = _number(
            "zoom", wanted["zoom"], 1.0, MAX_ZOOM, f"use 1 (whole footage) to {MAX_ZOOM:g}."
        )
        if zoom is not None:
            view["zoom"] = zoom
    if wanted["lag"]:
        lagged = _number("lag", wanted["lag"], 0.0, MAX_LAG, f"use 0 to {MAX_LAG:g} seconds.")
        if lagged is not None:
            st.session_state[key("lag")] = lagged
    if view:
        st.session_state[key(f"view_{footage_id}")] = view


def player_view(footage_id: int) -> dict[str, float] | None:
    """The player's speed and zoom as last reported (or asked for by a link): sent back to the
    player on every run, so a rebuilt player keeps them."""
    return st.session_state.get(key(f"view_{footage_id}"))


def note_reported_view(footage_id: int, reported: dict[str, Any] | None) -> None:
    """Take the speed and zoom the player reported, when new (see note_reported_playhead)."""
    seen = key(f"reported_view_{footage_id}")
    if not isinstance(reported, dict) or st.session_state.get(seen) == reported:
        return
    st.session_state[seen] = reported
    view = {}
    for name in ("speed", "zoom"):
        if isinstance(reported.get(name), (int, float)):
            view[name] = float(reported[name])
    st.session_state[key(f"view_{footage_id}")] = view


def note_reported_playhead(footage_id: int, reported: float | None) -> None:
    """Take the playhead the player last settled on (a keyboard seek, without an event) when
    it is new: an old value must not undo a seek the page has just asked for."""
    seen = key(f"reported_playhead_{footage_id}")
    if reported is not None and st.session_state.get(seen) != reported:
        st.session_state[seen] = reported
        review_state(footage_id).playhead = float(reported)


def url_view(footage_id: int, playhead: float) -> dict[str, str]:
    """The query parameters of the current moment and view; defaults are left out."""
    view = player_view(footage_id) or {}
    values: dict[str, str | None] = {"t": f"{playhead:.1f}"}
    speed = view.get("speed", 1.0)
    values["speed"] = f"{speed:g}" if speed != 1.0 else None
    zoom = view.get("zoom", 1.0)
    values["zoom"] = f"{zoom:g}" if zoom != 1.0 else None
    lagged = lag()
    values["lag"] = f"{lagged:g}" if lagged != tags.DEFAULT_LAG else None
    return values


def keep_view_in_url(footage_id: int, playhead: float) -> None:
    """``?t=``, ``?speed=``, ``?zoom=`` and ``?lag=`` follow what Python last heard of (a
    pause, a seek, a mark, a list pick; the player's reported view; the Settings tab), so a
    reload or a copied link opens at the same moment with the same view. They are marked as
    applied, so they never send the player back to where it already is."""
    for name, value in url_view(footage_id, playhead).items():
        if name == "t" and playhead <= 0 and "t" not in st.query_params:
            continue  # a page opened at the start keeps its plain link
        if value is None:
            if name in st.query_params:
                del st.query_params[name]
        elif st.query_params.get(name) != value:
            st.query_params[name] = value
    params = st.query_params
    st.session_state[key("applied_query")] = (
        footage_id,
        *(params.get(name) for name in ("t", "speed", "zoom", "lag")),
    )


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
