"""Clip a time range from the Review page (#12): From/To around the selected tag (or the
playhead), captions and face blur, then a ``clip`` job; the page never cuts video itself. The
section shows the job's progress and, once done, the clip. Trainers and admins only
(``debrief.build``, the Debrief page's action)."""

from __future__ import annotations

import json
from typing import Any

import streamlit as st

from ...core.errors import BodycamError
from ...debrief.clips import ClipOptions, find_clip, prepare_range
from ...models import jobs, permissions
from ...models.permissions import PermissionDenied
from ..debrief_present import show_clip
from ..formatting import clock, md_text
from ..resources import current_account, current_user, ensure_worker, get_store
from . import state as page_state
from .actions import ReviewState

#: Seconds before a tag's start and after its end the range starts with (``ClipOptions``).
BEFORE, AFTER = ClipOptions.before, ClipOptions.after
CAPTION_CHOICES = {"vtt": "subtitle file (VTT)", "burn": "burned into the video", "none": "none"}


def default_range(
    footage: dict[str, Any], state: ReviewState, rows: list[dict[str, Any]]
) -> tuple[float, float]:
    """The selected tag's start − 10 s to its end + 5 s, else the playhead's; within the
    footage."""
    tag = next((r for r in rows if r["id"] == state.selected_tag_id), None)
    if tag:
        start, end = tag["start"], tag["end"] if tag["end"] is not None else tag["start"]
    else:
        start = end = state.playhead
    duration = footage["duration"] or (end + AFTER)
    return round(max(0.0, start - BEFORE), 2), round(min(duration, end + AFTER), 2)


def clip_payload(
    footage_id: int, start: float, end: float, captions: str, blur_faces: bool, user: str
) -> dict[str, Any]:
    """The ``clip`` job's payload for a range (``debrief.clips.prepare_clip_job``). The range is
    the clip: no extra seconds before or after it."""
    options = ClipOptions(before=0.0, after=0.0, captions=captions, blur_faces=blur_faces)
    return {
        "footage_id": footage_id,
        "start": float(start),
        "end": float(end),
        "options": options.to_dict(),
        "user": user,
    }


def clip_section(footage_id: int, state: ReviewState, rows: list[dict[str, Any]]) -> None:
    if not permissions.allowed(current_account(), "debrief.build"):
        return
    store = get_store()
    footage = store.get("footage", footage_id)
    with st.expander("Clip a time range"):
        start, end = default_range(footage, state, rows)
        # The keys name where the defaults come from, so picking another tag resets them.
        anchor = f"tag{state.selected_tag_id}" if state.selected_tag_id else f"t{start:g}"
        prefix = page_state.key(f"clip_{footage_id}_{anchor}")
        cols = st.columns(2)
        start = cols[0].number_input(
            "From (s)", min_value=0.0, value=start, step=0.5, format="%.2f", key=f"{prefix}_from"
        )
        end = cols[1].number_input(
            "To (s)", min_value=0.0, value=end, step=0.5, format="%.2f", key=f"{prefix}_to"
        )
        cols = st.columns(2)
        captions = cols[0].selectbox(
            "Captions", list(CAPTION_CHOICES), format_func=CAPTION_CHOICES.get, key=f"{prefix}_cc"
        )
        blur = cols[1].checkbox("Blur faces", key=f"{prefix}_blur")
        if st.button("Make clip", key=page_state.key("clip_make")):
            _queue(store, footage_id, start, end, captions, blur)
        job_id = st.session_state.get(page_state.key(f"clip_job_{footage_id}"))
        if job_id is not None and _state(store, job_id) in ("queued", "running"):
            _job_status(store, job_id)
        elif job_id is not None:
            _show_job(store, job_id)


def _state(store, job_id: int) -> str | None:
    row = store.one("SELECT state FROM jobs WHERE id = ?", [job_id])
    return row["state"] if row else None


@st.fragment(run_every=2.0)
def _job_status(store, job_id: int) -> None:
    """The clip job's progress, polled every 2 s alone (the player stays put); once the job
    ends, one full run shows the clip and stops the polling."""
    if _state(store, job_id) not in ("queued", "running"):
        st.rerun()
    _show_job(store, job_id)


def _queue(store, footage_id: int, start: float, end: float, captions: str, blur: bool) -> None:
    if end <= start:
        st.error(f"To ({clock(end)}) must be after From ({clock(start)}): change one of them.")
        return
    payload = clip_payload(footage_id, start, end, captions, blur, current_user())
    try:
        # No footage on the job: a failed clip must not mark the footage itself failed.
        job_id = jobs.request(store, current_account(), "clip", None, payload)
    except PermissionDenied as error:
        st.error(md_text(error))
        return
    st.session_state[page_state.key(f"clip_job_{footage_id}")] = job_id
    ensure_worker(store)


def _show_job(store, job_id: int) -> None:
    job = store.one(
        "SELECT id, state, progress, progress_detail, error, payload FROM jobs WHERE id = ?",
        [job_id],
    )
    if job is None:
        return
    if job["state"] == "failed":
        st.error(f"Clip job {job['id']} failed: {md_text(job['error'])}")
    elif job["state"] != "done":
        detail = md_text(job["progress_detail"] or job["state"])
        st.progress(job["progress"] or 0.0, text=f"Clip job {job['id']}: {detail}")
    else:
        payload = json.loads(job["payload"])
        options = ClipOptions.from_dict(payload["options"])
        try:
            prepared = prepare_range(
                store, payload["footage_id"], payload["start"], payload["end"], options
            )
        except BodycamError as error:
            st.error(md_text(error))
            return
        clip = find_clip(store, prepared.key)
        if clip is None:
            st.warning(f"Clip job {job['id']} is done but its clip is gone: make it again.")
            return
        show_clip(store, clip["id"])
        st.caption(f"Clip {clip['id']}: {clock(clip['start'])}–{clock(clip['end'])}")
