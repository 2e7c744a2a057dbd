"""Library page: every footage with its status and tags, uploads, processing progress and
search across all transcripts."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

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
from ..suggest.curve import tension_by_footage
from .formatting import clock, md_text
from .navigation import open_review
from .resources import current_account, ensure_worker, get_store
from .uploads import enqueue_upload

STATUSES = ("queued", "processing", "ready", "failed")
#: The footage table's special columns: the tension sparkline (-1..1) and its peak.
TABLE_COLUMNS = {
    "tension": st.column_config.LineChartColumn(
        "Tension",
        y_min=-1.0,
        y_max=1.0,
        help="Escalation (up) and de-escalation (down) over the encounter, from the machine "
        "suggestions not rejected. Click it to open the footage at the peak.",
    ),
    "peak": st.column_config.TextColumn(
        "Peak", help="When the tension is highest. Click it to open the footage there."
    ),
}


def footage_frame(store, viewer=None) -> pd.DataFrame:
    """The footage table; with ``viewer`` (the signed-in User) only the footage it may view."""
    counts = counts_by_polarity(store)
    footage = list_footage(store, viewer)
    curves = tension_by_footage(store, [row["id"] for row in footage], viewer)
    rows = []
    for row in footage:
        tally = counts.get(row["id"], {})
        curve = curves[row["id"]]
        rows.append(
            {
                "id": row["id"],
                "name": row["original_name"],
                "status": row["status"],
                "detail": row["status_detail"] or "",
                "duration": clock(row["duration"]),
                # To the minute: the seconds are in the footage's metadata, and the table must fit.
                "recorded": (row["recorded_at"] or "")[:16].replace("T", " "),
                "incident": row["incident_id"] or "",
                "officer": row["officer"] or "",
                "escalation": tally.get("escalation", 0),
                "de-escalation": tally.get("de-escalation", 0),
                "context": tally.get("context", 0),
                "outcome": tally.get("outcome", 0),
                # The suggestions' escalation curve (#15): pending and confirmed, not rejected.
                "tension": curve.sparkline() if any(curve.counted.values()) else [],
                "peak": "" if curve.peak is None else clock(curve.peak),
                "peak_seconds": curve.peak,
            }
        )
    return pd.DataFrame(rows)


#: The table is laid out for the main area of a 1440 px screen with the sidebar open (about
#: 1,100 px with the padding below); a wider screen stretches every column.
TABLE_WIDTH = 1080
#: Columns of a fixed width (px): they hold short, fixed-format values.
_FIXED = {
    "id": 40,
    "tension": 72,
    "peak": 48,
    "status": 72,
    "duration": 76,
    "recorded": 116,
    "tags": 88,
}
#: Columns that share what is left, (narrowest, preferred) in px; long values end in "…".
_FLEXIBLE = {"name": (96, 170), "detail": (60, 130), "officer": (76, 120)}
_POLARITIES = ("escalation", "de-escalation", "context", "outcome")
# The app's font at the table's 14 px: widths of the widest characters of each kind, so an
# estimate is never short of what the browser draws (a test measures it there).
_CHAR_PX = {"upper": 8.8, "lower": 7.2, "digit": 7.4, "other": 5.5}
_CELL_PADDING = 18


def text_px(text: str) -> float:
    """An upper bound of ``text``'s width in the table's font."""

    def width(char: str) -> float:
        if char.isupper():
            return _CHAR_PX["upper"]
        if char.islower():
            return _CHAR_PX["lower"]
        return _CHAR_PX["digit"] if char.isdigit() else _CHAR_PX["other"]

    return sum(width(c) for c in text)


def column_widths(incidents: list[str]) -> dict[str, int]:
    """Each column's width (px) for the footage table: the incident column as wide as the
    longest incident id (an id cut short is a different incident), the rest fitting in
    ``TABLE_WIDTH`` beside it, the flexible columns narrowed first."""
    widths = dict(_FIXED)
    widths["incident"] = int(max([text_px("incident"), *map(text_px, incidents)]) + _CELL_PADDING)
    left = TABLE_WIDTH - sum(widths.values())
    low = sum(lo for lo, _ in _FLEXIBLE.values())
    high = sum(hi for _, hi in _FLEXIBLE.values())
    share = min(1.0, max(0.0, (left - low) / (high - low)))
    for name, (lo, hi) in _FLEXIBLE.items():
        widths[name] = int(lo + (hi - lo) * share)
    return widths


def _shown(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The table as shown: the four tag counts as one column, each column sized to fit."""
    counts = frame[list(_POLARITIES)].itertuples(index=False)
    tags = [" · ".join(str(int(n)) for n in row) for row in counts]
    # peak_seconds stays in the frame for the click, not on screen.
    shown = frame.drop(columns=list(_POLARITIES)).assign(tags=tags)
    widths = column_widths([i for i in shown["incident"] if i])
    # The curve and its peak beside the name, where the eye lands.
    order = ["id", "name", "tension", "peak"]
    order += [c for c in shown.columns if c not in (*order, "peak_seconds")]
    config: dict[str, Any] = {name: st.column_config.Column(width=widths[name]) for name in order}
    for name, column in TABLE_COLUMNS.items():
        config[name] = {**column, "width": widths[name]}
    config["tags"] = st.column_config.TextColumn(
        "tags", width=widths["tags"], help="Tags by polarity: " + " · ".join(_POLARITIES)
    )
    return shown, config


# Streamlit's wide padding leaves the table 980 of a 1440 px screen's 1,140 px main area.
_COMPACT_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-left: 1.25rem; padding-right: 1.25rem; }
</style>"""


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
    table, columns = _shown(shown)
    event = st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config=columns,
        column_order=list(columns),
        on_select="rerun",
        selection_mode="single-cell",
        key="library_table",
    )
    # A click on a footage's name opens it for review; on its tension chart or peak, at the
    # peak.
    cells = event.selection.cells if event and event.selection else []
    if cells and cells[0][1] in ("name", "tension", "peak"):
        row = shown.iloc[cells[0][0]]
        peak = row["peak_seconds"]
        at = float(peak) if cells[0][1] != "name" and pd.notna(peak) else None
        open_review(int(row["id"]), at)


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
        st.caption(
            f"Up to {UPLOAD_BATCH} files at a time. Files on this machine or a share ingest "
            "faster with `bodycam ingest PATH`."
        )
    # Kept (not popped) until the next batch: the page reruns by itself when the queued ingest
    # finishes, and a one-shot message would vanish before anyone read it. Shown below the
    # expander, not in it: a rerun that adds a row above (the job's progress) remounts the
    # expander closed, which hid the message.
    result = st.session_state.get("library_upload_result")
    if result:
        if result.get("queued"):
            st.success(f"Queued {len(result['queued'])} file(s) for ingest.")
        for name, problem in result.get("failed") or []:
            st.error(f"{md_text(name)}: {md_text(problem)}")


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
    st.html(_COMPACT_CSS)
    st.title("Library")
    _progress(store)
    _table(store)
    _upload(store)
    st.divider()
    _search(store)
