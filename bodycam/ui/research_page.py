"""Research page (researchers and admins): coding assignments and progress, reliability tables
with a per-code chart, the coder-vs-coder disagreements linked to the moment on the Review page,
and dataset exports run as jobs."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..core.errors import BodycamError
from ..models import jobs
from ..models.users import User
from ..research import assignments
from ..research.export import ExportRequest, footage_in_scope
from ..research.tag_source import database_report, disagreements, double_coded
from .resources import current_account, current_role, current_user, ensure_worker, get_store


def _user() -> User:
    # The signed-in account itself (units included): every action below is checked with it.
    return current_account()


def _assignments(store) -> None:
    st.subheader("Assignments")
    footage = store.query("SELECT id, duration FROM footage ORDER BY id")
    with st.form("research_assign"):
        cols = st.columns(4)
        footage_id = cols[0].selectbox(
            "Footage", [f["id"] for f in footage], format_func=lambda i: f"#{i}"
        )
        coder = cols[1].text_input("Coder (user name)")
        due = cols[2].date_input("Due", value=None)
        blind = cols[3].checkbox("Blind", value=True)
        if st.form_submit_button("Assign") and footage_id and coder:
            try:
                assignments.assign(store, _user(), footage_id, coder, due_date=due, blind=blind)
                st.success(f"Footage #{footage_id} assigned to {coder}.")
            except BodycamError as error:
                st.error(str(error))
    progress = assignments.progress(store)
    left, right = st.columns(2)
    left.caption("Per coder")
    left.dataframe(pd.DataFrame(progress["coders"]), hide_index=True, width="stretch")
    right.caption("Per footage")
    right.dataframe(pd.DataFrame(progress["footage"]), hide_index=True, width="stretch")
    rows = [vars(a) for a in assignments.list_assignments(store)]
    if rows:
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        submitted = [a["id"] for a in rows if a["status"] == "submitted"]
        with st.form("research_reopen"):
            chosen = st.selectbox("Reopen submitted assignment", submitted)
            reason = st.text_input("Reason (kept in the audit log)")
            if st.form_submit_button("Reopen") and chosen:
                try:
                    assignments.reopen(store, _user(), chosen, reason)
                    st.rerun()
                except BodycamError as error:
                    st.error(str(error))


def _reliability(store) -> None:
    st.subheader("Reliability")
    candidates = double_coded(store)
    if not candidates:
        st.info("No footage is coded by two or more coders yet.")
        return
    cols = st.columns(4)
    chosen = cols[0].multiselect("Footage", candidates, default=candidates)
    tolerance = cols[1].number_input("Tolerance ± s", 0.1, 30.0, 2.0, 0.5)
    slice_length = cols[2].number_input("Slice s", 0.1, 30.0, 1.0, 0.5)
    coders = cols[3].text_input("Coders (A,B; empty: all)")
    try:
        report = database_report(
            store,
            chosen or None,
            [c.strip() for c in coders.split(",") if c.strip()] or None,
            tolerance=tolerance,
            slice_length=slice_length,
        )
    except BodycamError as error:
        st.error(str(error))
        return
    rows = []
    for code in [*report.codes, report.overall]:
        rows.append(
            {
                "code": code.code_id or "overall",
                "units": code.ac1.units,
                "kappa": code.kappa.value,
                "alpha": code.alpha.value,
                "AC1": code.ac1.value,
                "IoU": code.iou.value,
                "why undefined": "; ".join(
                    sorted({s.reason for s in (code.kappa, code.alpha, code.ac1) if s.reason})
                ),
            }
        )
    table = pd.DataFrame(rows)
    st.caption(
        f"kappa, alpha and AC1 on {report.slice_length:g} s slices; "
        f"events matched within ±{report.tolerance:g} s"
    )
    st.dataframe(table, hide_index=True, width="stretch")
    st.bar_chart(
        table[table["code"] != "overall"].set_index("code")[["kappa", "alpha", "AC1"]], stack=False
    )
    matching = [
        {
            "code": code.code_id or "overall",
            "A": m.coder_a,
            "B": m.coder_b,
            "matched": m.matched,
            "only A": m.events_a - m.matched,
            "only B": m.events_b - m.matched,
            "precision": m.precision.value,
            "recall": m.recall.value,
            "F1": m.f1.value,
        }
        for code in [*report.codes, report.overall]
        for m in code.matching
    ]
    st.dataframe(pd.DataFrame(matching), hide_index=True, width="stretch")
    st.caption("Disagreements: a tag one coder has and the other lacks; open jumps to the moment.")
    found = disagreements(report)
    for row in found:
        # The Review page reads ?footage=ID&t=SECONDS (bodycam/ui/review.py).
        row["open"] = f"review?footage={row['footage_id']}&t={row['start']:.2f}"
    st.dataframe(
        pd.DataFrame(found),
        hide_index=True,
        width="stretch",
        column_config={"open": st.column_config.LinkColumn("open", display_text="open")},
    )


def _exports(store) -> None:
    st.subheader("Datasets")
    with st.form("research_export"):
        cols = st.columns(3)
        table = cols[0].selectbox(
            "Table", ["all", "events", "encounters", "windows", "segments", "eaf"]
        )
        fmt = cols[1].selectbox("Format", ["parquet", "csv", "jsonl", "eaf"])
        identified = cols[2].checkbox(
            "Identified (admins only)", disabled=current_role() != "admin"
        )
        if st.form_submit_button("Export"):
            request = ExportRequest(table, "eaf" if table == "eaf" else fmt, not identified)
            try:
                request.check()
                # The job runs under the worker; the footage this user may export is fixed here.
                footage_ids = footage_in_scope(store, _user(), request)
            except BodycamError as error:
                st.error(str(error))
                return
            folder = store.root / "exports"
            folder.mkdir(exist_ok=True)
            payload = {
                "footage_ids": footage_ids,
                "table": request.table,
                "format": request.format,
                "deidentify": request.deidentify,
                "out": str(folder),
                "user": current_user(),
            }
            jobs.request(store, _user(), "export", None, payload)
            ensure_worker(store)
            st.success("Export queued.")
    for job in store.query(
        "SELECT id, state, progress_detail, error FROM jobs WHERE kind = 'export'"
        " ORDER BY id DESC LIMIT 5"
    ):
        st.caption(
            f"export job {job['id']}: {job['state']} "
            f"{job['progress_detail'] or ''} {job['error'] or ''}"
        )
    folder = store.root / "exports"
    for bundle in sorted(folder.glob("*.zip"), reverse=True)[:5] if folder.is_dir() else []:
        st.download_button(
            bundle.name, bundle.read_bytes(), file_name=bundle.name, key=f"dl_{bundle.name}"
        )


def render() -> None:
    st.title("Research")
    store = get_store()
    _assignments(store)
    _reliability(store)
    _exports(store)
