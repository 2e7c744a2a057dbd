"""Transcript corrections panel: choose a segment, then reassign its speaker, split it (at the
playhead or at a chosen time) or merge it with the next one. Text is corrected inline in the player.
Every correction changes what the player shows, so each reruns the whole page."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...annotate import corrections
from ...core.errors import BodycamError
from ...models.transcripts import current_transcript, removed_text, speaker_display
from ...models.transcripts import speakers as list_speakers
from ..formatting import clock, md_text
from ..resources import current_account, get_store
from . import state as page_state


@st.fragment
def transcript_panel(footage_id: int, segments: list[dict[str, Any]]) -> None:
    _removed(footage_id)
    if not segments:
        st.caption("Transcript corrections are possible once the footage is transcribed.")
        return
    store = get_store()
    by_id = {s["id"]: s for s in segments}
    order = list(by_id)
    # One segment choice for every correction below: a 2-hour transcript has thousands of
    # segments, and a second list of them would double this panel's cost on every run.
    segment_id = st.selectbox(
        "Segment",
        order,
        key=page_state.key(f"edit_segment_{footage_id}"),
        format_func=lambda i: _describe(by_id[i]),
    )
    position = order.index(segment_id)
    following = by_id[order[position + 1]] if position + 1 < len(order) else None
    _reassign(store, footage_id, segment_id)
    _split(store, footage_id, by_id[segment_id])
    _merge(store, segment_id, following)


def _removed(footage_id: int) -> None:
    """What the speech-recognition guards took out of the machine transcript (invented text on
    silence, sound captions, loop copies), so a reviewer can hear for themselves whether words
    were lost there. Shown even when nothing else is left of the transcript."""
    store = get_store()
    transcript = current_transcript(store, footage_id)
    removed = removed_text(store, transcript["id"], current_account()) if transcript else []
    if not removed:
        return
    with st.expander(f"Removed by the guards ({len(removed)})"):
        for item in removed:
            at, what = st.columns([1, 4], vertical_alignment="center")
            if at.button(clock(item["start"]), key=page_state.key(f"removed_{item['id']}")):
                page_state.request_seek(footage_id, item["start"])
                st.rerun()  # the whole page: the player must seek
            detail = f" ({md_text(item['detail'])})" if item["detail"] else ""
            what.markdown(f"{md_text(item['reason'])}{detail}: “{md_text(item['text'])}”")


def _describe(segment: dict[str, Any]) -> str:
    return f"{clock(segment['start'])}–{clock(segment['end'])} {md_text(segment['text'][:60])}"


def _apply(action) -> None:
    """Run one correction; on success rerun the page so the player shows it."""
    try:
        action()
    except BodycamError as error:
        st.error(md_text(error))
        return
    st.rerun()


def _reassign(store, footage_id: int, segment_id: int) -> None:
    speakers = list_speakers(store, footage_id, current_account())
    if not speakers:
        return
    names = {s["id"]: md_text(speaker_display(s)) for s in speakers}
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    speaker_id = left.selectbox(
        "Speaker", list(names), format_func=names.get, key=page_state.key("reassign_to")
    )
    if right.button("Reassign", key=page_state.key("reassign")):
        _apply(
            lambda: corrections.reassign_speaker(store, segment_id, speaker_id, current_account())
        )


def _split(store, footage_id: int, segment: dict[str, Any]) -> None:
    segment_id = segment["id"]
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
    here, at_playhead = st.columns(2)
    if here.button("Split at this time", key=page_state.key("split_at")):
        _apply(lambda: corrections.split_segment(store, segment_id, at, current_account()))
    if at_playhead.button(
        f"Split at playhead ({clock(playhead)})", key=page_state.key("split_playhead")
    ):
        _apply(lambda: corrections.split_segment(store, segment_id, playhead, current_account()))


def _merge(store, segment_id: int, following: dict[str, Any] | None) -> None:
    if st.button(
        "Merge with next segment",
        key=page_state.key("merge_next"),
        disabled=following is None,
        help=None if following else "This is the last segment.",
    ):
        _apply(
            lambda: corrections.merge_segments(
                store, [segment_id, following["id"]], current_account()
            )
        )
