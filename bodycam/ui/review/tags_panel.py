"""Tags panel: the footage's tag list (selecting a row seeks the player) and the editor of the
selected tag. A save reruns only this panel; a delete or undo reruns the page so the timeline
never shows a deleted tag."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...annotate import tags
from ...core.errors import BodycamError
from ..components.timeline_player import section_version
from ..formatting import clock, md_text
from ..resources import current_account, current_user, get_store
from . import state as page_state
from .actions import ReviewState
from .clip_panel import clip_section
from .tag_editor import forget_loaded, tag_editor


@st.fragment
def tags_panel(footage_id: int) -> None:
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
    undo = tags.last_deleted(store, footage_id, current_user())
    if undo and st.button(f"Undo delete of tag {undo['id']}", key=page_state.key("undo")):
        tags.undelete_tag(store, undo["id"], current_account())
        state.selected_tag_id = undo["id"]
        st.rerun()
    if not rows:
        st.caption("No tags yet: press a code's key while the video plays.")
        return
    widget = _list_key(footage_id, rows, state)
    picked = _take_pick(footage_id, widget, rows, state)
    table = [
        {
            "": "▶" if r["id"] == state.selected_tag_id else "",
            "id": r["id"],
            "time": clock(r["start"]),
            "end": clock(r["end"]) if r["end"] is not None else "",
            "code": r["label"],
            "polarity": r["polarity"],
            "by": r["created_by"],
        }
        for r in rows
    ]
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=220,
        on_select="rerun",
        selection_mode="single-row",
        key=widget,
    )
    if picked is not None:
        state.selected_tag_id = picked["id"]
        page_state.request_seek(footage_id, picked["start"])
        st.rerun()  # the whole page: the player must seek


def _list_key(footage_id: int, rows: list[dict[str, Any]], state: ReviewState) -> str:
    """The tag list's widget key. It names the rows shown, so a row index the grid reports
    always means the row it was picked on: a new or deleted tag starts a fresh grid instead of
    leaving the highlight (and the next pick) on whatever row moved into that place. A tag
    selected elsewhere (timeline, a new mark, a delete) also starts a fresh grid, so the list
    never shows a stale highlight; the ▶ column marks the selected tag."""
    ids = section_version([r["id"] for r in rows])
    generation = page_state.key(f"tags_generation_{footage_id}")
    widget = page_state.key(f"tags_{footage_id}_{ids}_{st.session_state.get(generation, 0)}")
    shown = _picked_row(widget, rows)
    if shown is not None and shown["id"] != state.selected_tag_id and _handled(widget, shown):
        st.session_state[generation] = st.session_state.get(generation, 0) + 1
        widget = page_state.key(f"tags_{footage_id}_{ids}_{st.session_state[generation]}")
    return widget


def _picked_row(widget: str, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    event = st.session_state.get(widget)
    picked = event.selection.rows if event and event.selection else []
    return rows[picked[0]] if picked and picked[0] < len(rows) else None


def _handled(widget: str, row: dict[str, Any]) -> bool:
    return st.session_state.get(page_state.key("tags_pick_handled")) == (widget, row["id"])


def _take_pick(footage_id: int, widget: str, rows, state: ReviewState) -> dict[str, Any] | None:
    """The row the reviewer has just picked in the list, once: only a new pick seeks. Making
    a tag or deleting one never does (the list's old selection used to throw the player back
    to the selected tag on every new mark)."""
    row = _picked_row(widget, rows)
    if row is None or _handled(widget, row):
        return None
    st.session_state[page_state.key("tags_pick_handled")] = (widget, row["id"])
    return row
