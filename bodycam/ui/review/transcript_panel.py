"""Transcript corrections panel: reassign a segment's speaker, split a segment (at the playhead
or at a chosen time) and merge it with the next one. Text is corrected inline in the player.
Every correction changes what the player shows, so each reruns the whole page."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...annotate import corrections
from ...core.errors import BodycamError
from ...models.transcripts import speaker_display
from ...models.transcripts import speakers as list_speakers
from ..formatting import clock
from ..resources import current_user, get_store
from . import state as page_state


@st.fragment
def transcript_panel(footage_id: int, segments: list[dict[str, Any]]) -> None:
    if not segments:
        st.caption("Transcript corrections are possible once the footage is transcribed.")
        return
    store = get_store()
    _reassign(store, footage_id, segments)
    _split_and_merge(store, footage_id, segments)


def _describe(segment: dict[str, Any]) -> str:
    return f"{clock(segment['start'])}–{clock(segment['end'])} {segment['text'][:60]}"


def _apply(action) -> None:
    """Run one correction; on success rerun the page so the player shows it."""
    try:
        action()
    except BodycamError as error:
        st.error(str(error))
        return
    st.rerun()


def _reassign(store, footage_id: int, segments: list[dict[str, Any]]) -> None:
    speakers = list_speakers(store, footage_id)
    if not speakers:
        return
    with st.form(page_state.key("reassign")):
        st.markdown("**Reassign a segment's speaker**")
        by_id = {s["id"]: s for s in segments}
        segment_id = st.selectbox(
            "Segment",
            list(by_id),
            format_func=lambda i: f"{clock(by_id[i]['start'])} {by_id[i]['text'][:60]}",
        )
        names = {s["id"]: speaker_display(s) for s in speakers}
        speaker_id = st.selectbox("Speaker", list(names), format_func=names.get)
        if st.form_submit_button("Reassign"):
            _apply(
                lambda: corrections.reassign_speaker(store, segment_id, speaker_id, current_user())
            )


def _split_and_merge(store, footage_id: int, segments: list[dict[str, Any]]) -> None:
    st.markdown("**Split or merge segments**")
    by_id = {s["id"]: s for s in segments}
    order = list(by_id)
    segment_id = st.selectbox(
        "Segment",
        order,
        key=page_state.key(f"edit_segment_{footage_id}"),
        format_func=lambda i: _describe(by_id[i]),
    )
    segment = by_id[segment_id]
    playhead = page_state.review_state(footage_id).playhead
    at = st.number_input(
        "Split at (s)",
        min_value=float(segment["start"]),
        max_value=float(segment["end"]),
        value=round((segment["start"] + segment["end"]) / 2, 2),
        step=0.1,
        format="%.2f",
        key=page_state.key(f"split_at_{segment_id}"),
        help="A time inside the segment, between two words.",
    )
    split_here, split_playhead, merge = st.columns(3)
    if split_here.button("Split at this time", key=page_state.key("split_at")):
        _apply(lambda: corrections.split_segment(store, segment_id, at, current_user()))
    if split_playhead.button(
        f"Split at playhead ({clock(playhead)})", key=page_state.key("split_playhead")
    ):
        _apply(lambda: corrections.split_segment(store, segment_id, playhead, current_user()))
    position = order.index(segment_id)
    following = by_id[order[position + 1]] if position + 1 < len(order) else None
    if merge.button(
        "Merge with next segment",
        key=page_state.key("merge_next"),
        disabled=following is None,
        help=None if following else "This is the last segment.",
    ):
        _apply(
            lambda: corrections.merge_segments(store, [segment_id, following["id"]], current_user())
        )
