"""Tags panel: the footage's tag list (selecting a row seeks the player; a new mark shows at
once) and the editor of the selected tag. It is part of the player's fragment (player_panel):
a key press or a save reruns the player and this panel, not the page; a delete or undo reruns
the page."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...annotate import tags
from ...core.errors import BodycamError
from ..components.tag_list import tag_list
from ..components.timeline_player import player_ack
from ..formatting import clock, md_text
from ..resources import current_account, current_user, get_store
from . import state as page_state
from .actions import ReviewState
from .clip_panel import clip_section
from .tag_editor import forget_loaded, tag_editor


def tags_panel(footage_id: int) -> None:
    """Not a fragment of its own: it is drawn by the player's fragment (player_panel), so its
    saves rerun that fragment, and the timeline shows an edited tag at once."""
    store = get_store()
    state = page_state.review_state(footage_id)
    _open_intervals(store, footage_id, state, page_state.tag_rows(footage_id))
    _tag_list(store, footage_id, state, page_state.tag_rows(footage_id))
    tag_editor(store, footage_id, state)
    clip_section(footage_id, state, page_state.tag_rows(footage_id))


def _open_intervals(store, footage_id: int, state: ReviewState, rows) -> None:
    """Each interval started and not ended, with a visible way to end or cancel it. They come
    from the database, so one opened before a reload is still here (its key also ends it)."""
    for row in rows:
        if row["kind"] != "interval" or row["end"] is not None:
            continue
        left, close, cancel = st.columns([3, 2, 1], vertical_alignment="center")
        left.markdown(f"● **Open:** {md_text(row['label'])} since {clock(row['start'])}")
        end = max(state.playhead, row["start"])
        if close.button(f"End at {clock(end)}", key=page_state.key(f"close_{row['id']}")):
            # At the paused playhead, without reaction lag: the reviewer sees the frame.
            _apply(
                lambda r=row, e=end: tags.close_interval(store, r["id"], e, current_account(), 0.0)
            )
        if cancel.button("Cancel", key=page_state.key(f"cancel_{row['id']}")):
            _apply(lambda r=row: tags.delete_tag(store, r["id"], r["version"], current_account()))


def _apply(action) -> None:
    try:
        action()
        forget_loaded()
    except BodycamError as error:
        st.error(md_text(error))
        return
    st.rerun()  # the whole page: the timeline shows the change


def _tag_list(store, footage_id: int, state: ReviewState, rows: list[dict[str, Any]]) -> None:
    # Every element above the list has a fixed slot, present or not: a list that moves down
    # one place is a new element to Streamlit, rebuilt in the browser (and a mark shown in the
    # old one would vanish with it).
    undo_slot, note_slot, nav = st.empty(), st.empty(), st.container()
    undo = tags.last_deleted(store, footage_id, current_user())
    if undo and undo_slot.button(f"Undo delete of tag {undo['id']}", key=page_state.key("undo")):
        tags.undelete_tag(store, undo["id"], current_account())
        state.selected_tag_id = undo["id"]
        st.rerun()
    if not rows:
        note_slot.caption("No tags yet: press a code's key while the video plays.")
    with nav:
        rows = _window(footage_id, rows, state)
    player = page_state.player_key(footage_id)
    # A row picked here goes to the player, which seeks once and reports the selection
    # (select_tag), as a click on the timeline does; a new mark shows here at once.
    tag_list(
        rows=[
            {
                "id": r["id"],
                "start": r["start"],
                "time": clock(r["start"]),
                "end": clock(r["end"]) if r["end"] is not None else "",
                "label": r["label"],
                "polarity": r["polarity"],
                "by": r["created_by"],
            }
            for r in rows
        ],
        selected_id=state.selected_tag_id,
        player_key=player,
        ack=player_ack(player),
        key=page_state.key(f"tag_list_{footage_id}"),
    )


#: A long list shows this many tags at a time, around the selected tag (or the playhead): a
#: grid of 2,000 rows sent and drawn again on every key press cost most of its time. A
#: shorter list is shown whole.
PAGE_ROWS = 50
#: Tags before the selected one in the window, for context.
LEAD_ROWS = 2


def window_start(rows: list[dict[str, Any]], selected_id: int | None, playhead: float) -> int:
    """Where the list's window starts: ``LEAD_ROWS`` above the selected tag, or above the first
    tag at or after the playhead when none is selected."""
    if len(rows) <= PAGE_ROWS:
        return 0
    ids = [r["id"] for r in rows]
    if selected_id in ids:
        anchor = ids.index(selected_id)
    else:
        anchor = next((i for i, r in enumerate(rows) if r["start"] >= playhead), len(rows) - 1)
    return max(0, anchor - LEAD_ROWS)


def _window(footage_id: int, rows: list[dict[str, Any]], state: ReviewState):
    """The page of ``rows`` the list shows, with Earlier / Later to move it. Moving is kept
    until the selection changes (a new mark selects its tag, and the window goes to it)."""
    if len(rows) <= PAGE_ROWS:
        return rows
    moved = page_state.key(f"tags_window_{footage_id}")
    anchor = state.selected_tag_id
    start = window_start(rows, anchor, state.playhead)
    kept = st.session_state.get(moved)
    if kept and kept[0] == anchor:
        start = kept[1]
    start = max(0, min(start, len(rows) - 1))
    end = min(len(rows), start + PAGE_ROWS)
    earlier, shown, later = st.columns([3, 4, 3], vertical_alignment="center")
    shown.caption(f"Tags {start + 1:,}–{end:,} of {len(rows):,}, by time")
    step = PAGE_ROWS - LEAD_ROWS
    if earlier.button("◀ Earlier", key=page_state.key("tags_earlier"), disabled=start == 0):
        st.session_state[moved] = (anchor, max(0, start - step))
        page_state.rerun_panel()
    if later.button("Later ▶", key=page_state.key("tags_later"), disabled=end >= len(rows)):
        st.session_state[moved] = (anchor, min(len(rows) - 1, start + step))
        page_state.rerun_panel()
    return rows[start:end]
