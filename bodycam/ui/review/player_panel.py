"""The player and the tags panel as one fragment: a key press reruns only these two.

The player's events (a mark, a seek, a pause, a tag picked on the timeline) used to rerun the
whole page: footage list, header, every tab. For a two-hour footage with 2,000 tags that took
seconds between the key and the new tag in the list. As a fragment, an event reruns only what it
changes: the player (the tag on the timeline, the selection) and the Tags tab (the list and the
editor). The fragment writes into containers the page made (the left column and the Tags tab),
so the layout stays the page's.
"""

from __future__ import annotations

import streamlit as st

from ...models.identities import mask_for
from ..components.timeline_player import timeline_player
from ..resources import current_account, get_store
from . import state as page_state
from .actions import handle_event
from .data import player_data, tag_rows
from .tag_editor import forget_loaded
from .tags_panel import tags_panel


@st.fragment
def player_panel(footage_id: int, player_box, tags_box) -> None:
    """The player in ``player_box`` and the tags panel in ``tags_box`` (both made by the page
    on its full run; a fragment rerun writes into them again in place)."""
    store = get_store()
    # What this user may see of who is in it (researchers: pseudonyms, models/identities.py).
    footage = mask_for(store, current_account(), footage_id).footage(
        store.get("footage", footage_id)
    )
    state = page_state.review_state(footage_id)
    lag = page_state.lag()

    def on_event(event: dict) -> None:
        # Every session-state access comes before the write: each one is a point where
        # Streamlit may stop this run for the next (another key pressed), and a stop between
        # the stored tag and the player's acknowledgement would make the re-sent event a
        # second tag.
        account, lag = current_account(), st.session_state[page_state.key("lag")]
        if event.get("type") == "mark":  # ending an interval changes the tag it selects
            forget_loaded()
        handle_event(store, state, event, account, lag)

    # The player's callback (on_event) ran before this body, so a tag it created is in `rows`.
    rows = tag_rows(store, footage_id, current_account())
    page_state.remember_tag_rows(footage_id, rows)
    data = player_data(store, footage, lag=lag, tags=rows, user=current_account())
    data["seek"] = page_state.pending_seek(footage_id)
    data["selected_tag_id"] = state.selected_tag_id
    data["view"] = page_state.player_view(footage_id)
    data["keep_in_url"] = True
    if not data["video_url"]:
        player_box.error("This footage has no browser proxy.")
        return
    with player_box:
        result = timeline_player(
            data=data, key=page_state.player_key(footage_id), on_event=on_event
        )
        page_state.note_reported_playhead(footage_id, result.playhead)
        page_state.note_reported_view(footage_id, result.view)
        page_state.keep_view_in_url(footage_id, state.playhead)
        page_state.show_messages(state)
    with tags_box:
        tags_panel(footage_id)
