"""Library page: every footage with its status and tags, uploads, processing progress and
search across all transcripts."""

from __future__ import annotations

import uuid
from pathlib import Path

import pandas as pd
import streamlit as st

from ..annotate.search import search
from ..annotate.tags import counts_by_polarity
from ..core.errors import BodycamError
from ..models import jobs
from ..models.footage import list_footage
from .formatting import clock
from .navigation import open_review
from .resources import current_user, ensure_worker, get_store

STATUSES = ("queued", "processing", "ready", "failed")


def footage_frame(store) -> pd.DataFrame:
    counts = counts_by_polarity(store)
    rows = []
    for row in list_footage(store):
        tally = counts.get(row["id"], {})
        rows.append(
            {
                "id": row["id"],
                "name": row["original_name"],
                "status": row["status"],
                "detail": row["status_detail"] or "",
                "duration": clock(row["duration"]),
                "recorded": (row["recorded_at"] or "")[:19].replace("T", " "),
                "incident": row["incident_id"] or "",
                "officer": row["officer"] or "",
                "escalation": tally.get("escalation", 0),
                "de-escalation": tally.get("de-escalation", 0),
                "context": tally.get("context", 0),
                "outcome": tally.get("outcome", 0),
            }
        )
    return pd.DataFrame(rows)


def _table(store) -> None:
    frame = footage_frame(store)
    if frame.empty:
        st.info(
            "No footage yet. Upload files below, or run `bodycam ingest PATH` / `bodycam demo`."
        )
        return
    left, middle, right = st.columns([2, 2, 3])
    statuses = left.multiselect("Status", list(STATUSES), key="library_status")
    incidents = sorted(i for i in frame["incident"].unique() if i)
    incident = middle.selectbox("Incident", ["(all)", *incidents], key="library_incident")
    text = right.text_input("Filter by name or officer", key="library_filter")
    shown = frame
    if statuses:
        shown = shown[shown["status"].isin(statuses)]
    if incident != "(all)":
        shown = shown[shown["incident"] == incident]
    if text:
        needle = text.lower()
        shown = shown[
            shown["name"].str.lower().str.contains(needle, regex=False)
            | shown["officer"].str.lower().str.contains(needle, regex=False)
        ]
    event = st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-cell",
        key="library_table",
    )
    # A click on a footage's name opens it for review.
    cells = event.selection.cells if event and event.selection else []
    if cells and cells[0][1] == "name":
        open_review(int(shown.iloc[cells[0][0]]["id"]))


def _upload(store) -> None:
    with (
        st.expander("Upload footage", expanded=False),
        st.form("library_upload", clear_on_submit=True),
    ):
        files = st.file_uploader("Footage files", accept_multiple_files=True)
        incident = st.text_input("Incident or case number")
        officer = st.text_input("Officer who wore the camera")
        if st.form_submit_button("Ingest") and files:
            queue_uploads(store, files, incident or None, officer or None, current_user())
            st.success(f"Queued {len(files)} file(s) for ingest.")


def queue_uploads(store, files, incident: str | None, officer: str | None, user: str) -> None:
    """Save uploads to the data directory and queue an ingest job for each; the background
    worker runs the same ingest code as the CLI."""
    uploads = store.layout.uploads
    uploads.mkdir(parents=True, exist_ok=True)
    for upload in files:
        target = uploads / f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}"
        with open(target, "wb") as handle:
            for chunk in iter(lambda upload=upload: upload.read(8 * 1024 * 1024), b""):
                handle.write(chunk)
        with store.change(user, "upload.queue") as change:
            jobs.enqueue(
                change,
                "ingest",
                None,
                {
                    "path": str(target),
                    "original_name": upload.name,
                    "incident": incident,
                    "officer": officer,
                    "actor": user,
                },
            )
    ensure_worker(store)


@st.fragment(run_every=2.0)
def _progress(store) -> None:
    active = store.query(
        "SELECT j.id, j.kind, j.state, j.progress, j.progress_detail, j.footage_id, j.payload,"
        " f.original_name FROM jobs j LEFT JOIN footage f ON f.id = j.footage_id"
        " WHERE j.state IN ('queued', 'running') ORDER BY j.id"
    )
    # When a job finishes (an upload ingested, a transcript done) the whole page reruns, so
    # the footage table shows the new footage and status without a manual reload.
    running = {job["id"] for job in active}
    finished = st.session_state.get("library_active_jobs", set()) - running
    st.session_state["library_active_jobs"] = running
    if finished:
        st.rerun()
    if not active:
        return
    ensure_worker(store)
    st.caption("Processing")
    for job in active:
        name = job["original_name"] or job["kind"]
        share = min(1.0, job["progress"] or 0.0)
        label = f"{job['kind']} · {name} · {job['state']} · {share:.0%}"
        if job["progress_detail"]:
            label += f" · {job['progress_detail']}"
        st.progress(share, text=label)


def _search(store) -> None:
    query = st.text_input(
        "Search all transcripts", key="library_search", placeholder='words, or a "quoted phrase"'
    )
    if not query:
        return
    try:
        hits = search(store, query, limit=50)
    except BodycamError as error:
        st.warning(str(error))
        return
    if not hits:
        st.write("No matches.")
    for index, hit in enumerate(hits):
        cols = st.columns([1, 6])
        if cols[0].button(f"▶ {clock(hit.start)}", key=f"library_hit_{index}"):
            open_review(hit.footage_id, hit.start)
        cols[1].markdown(
            f"**#{hit.footage_id} {hit.footage_name}** · {hit.speaker or '?'}: "
            f"{hit.snippet.replace('[', '**').replace(']', '**')}"
        )


def render() -> None:
    store = get_store()
    st.title("Library")
    _progress(store)
    _table(store)
    _upload(store)
    st.divider()
    _search(store)
