"""The Review page's layout: footage choice and header, the player, then the side panels.

Only the player and what it needs run on every full rerun; each side panel is a fragment
(see its module) that reruns alone on its own saves.
"""

from __future__ import annotations

import streamlit as st

from ...annotate import codebook_store
from ...models.footage import list_footage
from ..components.timeline_player import timeline_player
from ..formatting import clock
from ..navigation import opening_footage
from ..resources import current_user, ensure_worker, get_store
from . import state as page_state
from .actions import handle_event
from .data import player_data, tag_rows
from .encounter_panel import encounter_panel
from .history_panel import history_panel
from .settings_panel import settings_panel
from .speakers_panel import speakers_panel
from .state import NONE
from .tag_editor import forget_loaded
from .tags_panel import tags_panel
from .transcript_panel import transcript_panel


def _choose_footage(store) -> dict | None:
    rows = list_footage(store)
    if not rows:
        st.info("No footage yet: upload on the Library page or run `bodycam demo`.")
        return None
    by_id = {row["id"]: row for row in rows}
    chosen = page_state.key("footage")
    wanted = st.query_params.get("footage")
    if wanted and wanted.isdigit() and int(wanted) in by_id:
        st.session_state[chosen] = int(wanted)
    st.session_state.setdefault(chosen, opening_footage() or rows[0]["id"])
    if st.session_state[chosen] not in by_id:
        st.session_state[chosen] = rows[0]["id"]
    footage_id = st.selectbox(
        "Footage",
        list(by_id),
        key=chosen,
        format_func=lambda i: f"#{i} {by_id[i]['original_name']} ({by_id[i]['status']})",
    )
    st.query_params["footage"] = str(footage_id)
    return store.get("footage", footage_id)


def _status(store, footage) -> None:
    if footage["status"] in ("queued", "processing"):
        ensure_worker(store)
        st.info(f"Transcription {footage['status']}: the transcript appears when it is done.")
    elif footage["status"] == "failed":
        st.error(f"Processing failed: {footage['status_detail']}")


def render() -> None:
    store = get_store()
    footage = _choose_footage(store)
    if footage is None:
        return
    footage_id = footage["id"]
    state = page_state.review_state(footage_id)
    page_state.seek_from_query(footage_id)
    lag = page_state.lag()
    _status(store, footage)
    _, codebook = codebook_store.current(store)
    rows = tag_rows(store, footage_id)
    data = player_data(store, footage, lag=lag, tags=rows)
    header = st.columns([3, 2, 2, 2])
    header[0].markdown(f"**{footage['original_name']}** · {clock(footage['duration'])}")
    header[1].markdown(f"Incident: {footage['incident_id'] or NONE}")
    header[2].markdown(f"Officer: {footage['officer'] or NONE}")
    codes = [c.id for c in codebook.active_codes()]
    labels = {c.id: c.label for c in codebook.codes}
    keyed = [binding["code"] for _, binding in sorted(data["keymap"].items())]
    segment_code = page_state.key("segment_code")
    st.session_state.setdefault(segment_code, (keyed or codes)[0])
    state.segment_code = header[3].selectbox(
        "Code for “Tag this”", codes, key=segment_code, format_func=labels.get
    )
    for warning in data["keymap_warnings"]:
        st.warning(warning, icon="⌨️")

    def on_event(event: dict) -> None:
        handle_event(store, state, event, current_user(), st.session_state[page_state.key("lag")])
        if event.get("type") == "mark":  # ending an interval changes the tag it selects
            forget_loaded()

    data["seek"] = page_state.pending_seek(footage_id)
    data["selected_tag_id"] = state.selected_tag_id
    if not data["video_url"]:
        st.error("This footage has no browser proxy.")
        return
    # The player's callbacks run before this script does, so the tags they create are already
    # in `data` above.
    timeline_player(data=data, key=page_state.key(f"player_{footage_id}"), on_event=on_event)
    page_state.show_messages(state)
    page_state.remember_tag_rows(footage_id, rows)
    left, right = st.columns([3, 2])
    with left:
        tags_panel(footage_id)
    with right:
        tabs = st.tabs(["Speakers", "Transcript", "Encounter form", "History", "Settings"])
        with tabs[0]:
            speakers_panel(footage_id)
        with tabs[1]:
            transcript_panel(footage_id, data["segments"])
        with tabs[2]:
            encounter_panel(footage_id)
        with tabs[3]:
            history_panel(footage_id)
        with tabs[4]:
            settings_panel(lag)
