"""The Review page's layout: footage choice and header, the player, then the side panels.

Only the player and what it needs run on every full rerun; each side panel is a fragment
(see its module) that reruns alone on its own saves.
"""

from __future__ import annotations

import streamlit as st

from ...annotate import codebook_store
from ...models.footage import list_footage
from ...models.identities import mask_for
from ..components.timeline_player import timeline_player
from ..formatting import clock, md_text
from ..navigation import opening_footage
from ..resources import current_account, ensure_worker, get_store, record_view
from . import state as page_state
from .actions import handle_event
from .data import player_data, tag_rows
from .encounter_panel import encounter_panel
from .history_panel import history_panel
from .settings_panel import settings_panel
from .speakers_panel import speakers_panel
from .state import NONE
from .suggestions_panel import suggestions_panel, undecided
from .tag_editor import forget_loaded
from .tags_panel import tags_panel
from .transcript_panel import transcript_panel


def _choose_footage(store) -> dict | None:
    rows = list_footage(store, current_account())  # only the footage this user may view
    if not rows:
        st.info("No footage you may view yet: upload on the Library page or run `bodycam demo`.")
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
        label_visibility="collapsed",
        key=chosen,
        format_func=lambda i: f"#{i} {md_text(by_id[i]['original_name'])} ({by_id[i]['status']})",
    )
    st.query_params["footage"] = str(footage_id)
    # What this user may see of who is in it (researchers: pseudonyms, models/identities.py).
    return mask_for(store, current_account(), footage_id).footage(store.get("footage", footage_id))


def _status(store, footage) -> None:
    if footage["status"] in ("queued", "processing"):
        ensure_worker(store)
        st.info(f"Transcription {footage['status']}: the transcript appears when it is done.")
    elif footage["status"] == "failed":
        st.error(f"Processing failed: {md_text(footage['status_detail'])}")


# The page fills one screen (1440×900 and up): Streamlit's generous top and side padding would
# push the tag editor below the fold. Inline, so nothing is fetched from outside (offline use).
_COMPACT_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding: 2.75rem 1.25rem 1rem 1.25rem; max-width: none; }
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] { gap: 0.45rem; }
</style>"""


def render() -> None:
    store = get_store()
    st.html(_COMPACT_CSS)
    top = st.columns([4, 5, 2], vertical_alignment="center")
    with top[0]:
        footage = _choose_footage(store)
    if footage is None:
        return
    footage_id = footage["id"]
    record_view(store, current_account(), footage_id)
    state = page_state.review_state(footage_id)
    page_state.seek_from_query(footage_id)
    lag = page_state.lag()
    _status(store, footage)
    _, codebook = codebook_store.current(store)
    rows = tag_rows(store, footage_id, current_account())
    data = player_data(store, footage, lag=lag, tags=rows, user=current_account())
    top[1].markdown(
        f"**{md_text(footage['original_name'])}** · {clock(footage['duration'])} · "
        f"Incident {md_text(footage['incident_id'] or NONE)} · "
        f"Officer {md_text(footage['officer'] or NONE)}"
    )
    codes = [c.id for c in codebook.active_codes()]
    labels = {c.id: c.label for c in codebook.codes}
    keyed = [binding["code"] for _, binding in sorted(data["keymap"].items())]
    segment_code = page_state.key("segment_code")
    st.session_state.setdefault(segment_code, (keyed or codes)[0])
    state.segment_code = top[2].selectbox(
        "Code for “Tag this”",
        codes,
        key=segment_code,
        format_func=lambda c: md_text(labels.get(c, c)),
        help="The code a transcript line's “Tag this” button applies.",
    )
    for warning in data["keymap_warnings"]:
        st.warning(warning, icon="⌨️")

    def on_event(event: dict) -> None:
        # Every session-state access comes before the write: each one is a point where
        # Streamlit may stop this run for the next (another key pressed), and a stop between
        # the stored tag and the player's acknowledgement would make the re-sent event a
        # second tag.
        account, lag = current_account(), st.session_state[page_state.key("lag")]
        if event.get("type") == "mark":  # ending an interval changes the tag it selects
            forget_loaded()
        handle_event(store, state, event, account, lag)

    data["seek"] = page_state.pending_seek(footage_id)
    data["selected_tag_id"] = state.selected_tag_id
    if not data["video_url"]:
        st.error("This footage has no browser proxy.")
        return
    page_state.remember_tag_rows(footage_id, rows)
    # Player and timeline on the left, the work on the right (as BORIS and Axon lay it out):
    # the reviewer watches and edits on one screen.
    left, right = st.columns([7, 4], gap="small")
    with left:
        # The player's callbacks run before this script does, so the tags they create are
        # already in `data` above.
        data["keep_in_url"] = True
        result = timeline_player(
            data=data, key=page_state.key(f"player_{footage_id}"), on_event=on_event
        )
        page_state.note_reported_playhead(footage_id, result.playhead)
        page_state.keep_playhead_in_url(footage_id, state.playhead)
        page_state.show_messages(state)
    with right:
        waiting = len(undecided(store, footage_id))
        tabs = st.tabs(
            [
                "Tags",
                f"Suggestions ({waiting})",
                "Transcript",
                "Speakers",
                "Encounter form",
                "History",
                "Settings",
            ]
        )
        with tabs[0]:
            tags_panel(footage_id)
        with tabs[1]:
            suggestions_panel(footage_id)
        with tabs[2]:
            transcript_panel(footage_id, data["segments"])
        with tabs[3]:
            speakers_panel(footage_id)
        with tabs[4]:
            encounter_panel(footage_id)
        with tabs[5]:
            history_panel(footage_id)
        with tabs[6]:
            settings_panel(lag)
