"""Library page: every footage with its status and tags, uploads, processing progress and
search across all transcripts."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pandas as pd
import streamlit as st

from ..annotate.search import search
from ..annotate.tags import counts_by_polarity
from ..core.errors import BodycamError
from ..models import permissions
from ..models.footage import list_footage
from ..models.identities import mask_for
from ..models.permissions import PermissionDenied
from ..models.users import User
from .formatting import clock, md_text
from .navigation import open_review
from .resources import current_account, ensure_worker, get_store
from .uploads import enqueue_upload

STATUSES = ("queued", "processing", "ready", "failed")


def footage_frame(store, viewer=None) -> pd.DataFrame:
    """The footage table; with ``viewer`` (the signed-in User) only the footage it may view."""
    counts = counts_by_polarity(store)
    rows = []
    for row in list_footage(store, viewer):
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
    frame = footage_frame(store, current_account())
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


# Single-use upload tokens handed to the widget per page run: at most this many files per batch.
UPLOAD_BATCH = 20


def _upload(store) -> None:
    """Files go straight from the browser to the upload route, which streams them to disk
    (``ui/uploads.py``); ``st.file_uploader`` would hold each one in the server's memory."""
    from .components.upload_widget import upload_widget
    from .uploads import UPLOAD_ROUTE, max_upload_bytes, upload_token

    def done() -> None:
        outcome = st.session_state.get("library_upload") or {}
        result = outcome.get("done") or {}
        st.session_state["library_upload_result"] = result

    account = current_account()
    if not permissions.allowed(account, "footage.ingest"):
        return  # hidden here, and refused by the upload route for anyone who gets around it
    with st.expander("Upload footage", expanded=False):
        user = account.name
        upload_widget(
            url=UPLOAD_ROUTE,
            tokens=[upload_token(store.layout, user) for _ in range(UPLOAD_BATCH)],
            max_bytes=min(max_upload_bytes(), permissions.upload_limit_bytes(account)),
            key="library_upload",
            on_done=done,
        )
        result = st.session_state.pop("library_upload_result", None)
        if result:
            if result.get("queued"):
                st.success(f"Queued {len(result['queued'])} file(s) for ingest.")
            for name, problem in result.get("failed") or []:
                st.error(f"{md_text(name)}: {md_text(problem)}")
        st.caption(
            f"Up to {UPLOAD_BATCH} files at a time. Files on this machine or a share ingest "
            "faster with `bodycam ingest PATH`."
        )


def queue_uploads(
    store,
    files,
    incident: str | None,
    officer: str | None,
    user: str | User,
    unit: str | None = None,
) -> None:
    """Save file-like uploads to the data directory and queue an ingest job for each; the
    background worker runs the same ingest code as the CLI and deletes each once ingested.
    (The page's widget posts to the upload route instead, which streams to disk.) A signed-in
    ``user`` must be allowed to ingest, and each file must be within the role's upload limit."""
    if isinstance(user, User):
        limit = permissions.upload_limit_bytes(user)
        permissions.require(user, "footage.ingest")
        for upload in files:
            size = getattr(upload, "size", None)
            if size is None:
                size = len(upload.getbuffer())
            if size > limit:
                raise PermissionDenied(
                    f"{upload.name}: {size / 1e6:.0f} MB is over the {user.role} upload limit "
                    f"of {limit // (1024 * 1024)} MB: ingest it with `bodycam ingest` instead"
                )
        user = user.name
    unit = (unit or "").strip() or None
    uploads = store.layout.uploads
    uploads.mkdir(parents=True, exist_ok=True)
    for upload in files:
        target = uploads / f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}"
        with open(target, "wb") as handle:
            for chunk in iter(lambda upload=upload: upload.read(8 * 1024 * 1024), b""):
                handle.write(chunk)
        enqueue_upload(store, target, upload.name, incident, officer, user, unit)
    ensure_worker(store)


@st.fragment(run_every=2.0)
def _progress(store) -> None:
    active = store.query(
        "SELECT j.id, j.kind, j.state, j.progress, j.progress_detail, j.footage_id, j.payload,"
        " f.original_name FROM jobs j LEFT JOIN footage f ON f.id = j.footage_id"
        " WHERE j.state IN ('queued', 'running') ORDER BY j.id"
    )
    active = _jobs_shown(store, current_account(), active)
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
        # st.progress renders its text as Markdown: names and details are shown as text.
        name = md_text(job["original_name"] or job["kind"])
        share = min(1.0, job["progress"] or 0.0)
        label = f"{job['kind']} · {name} · {job['state']} · {share:.0%}"
        if job["progress_detail"]:
            label += f" · {md_text(job['progress_detail'])}"
        st.progress(share, text=label)


def _jobs_shown(store, account, active: list[dict]) -> list[dict]:
    """The running jobs this account may know of: those of footage it may view (an upload
    not yet ingested only for those who may ingest), each named as it may see it."""
    visible = permissions.visible_footage(store, account)
    if visible is None:
        return active
    shown = []
    for job in active:
        if job["footage_id"] is None:
            if permissions.allowed(account, "footage.ingest"):
                shown.append(job)
        elif job["footage_id"] in visible:
            mask = mask_for(store, account, job["footage_id"])
            named = mask.footage({"id": job["footage_id"], "original_name": job["original_name"]})
            shown.append(
                {
                    **job,
                    "original_name": named["original_name"],
                    "progress_detail": mask.text(job["progress_detail"]),
                }
            )
    return shown


def _search(store) -> None:
    query = st.text_input(
        "Search all transcripts", key="library_search", placeholder='words, or a "quoted phrase"'
    )
    if not query:
        return
    try:
        hits = search(store, query, limit=50, viewer=current_account())
    except BodycamError as error:
        st.warning(md_text(error))
        return
    if not hits:
        st.write("No matches.")
    for index, hit in enumerate(hits):
        cols = st.columns([1, 6])
        if cols[0].button(f"▶ {clock(hit.start)}", key=f"library_hit_{index}"):
            open_review(hit.footage_id, hit.start)
        cols[1].markdown(
            f"**#{hit.footage_id} {md_text(hit.footage_name)}** · {md_text(hit.speaker or '?')}: "
            f"{_snippet(hit.snippet)}"
        )


def _snippet(snippet: str) -> str:
    """A search snippet as Markdown: the matched words (between the [ ] the search puts
    around them) in bold, everything else, spoken text included, as plain text."""
    parts = re.split(r"\[([^\[\]]*)\]", snippet)
    return "".join(
        f"**{md_text(part)}**" if index % 2 else md_text(part) for index, part in enumerate(parts)
    )


def render() -> None:
    store = get_store()
    st.title("Library")
    _progress(store)
    _table(store)
    _upload(store)
    st.divider()
    _search(store)
