"""Encounter form panel: the codebook's whole-encounter questions. Nothing else on the page
shows the answers, so a save reruns only this panel."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...annotate import encounter
from ...core.errors import BodycamError
from ..formatting import md_text
from ..resources import current_account, get_store
from . import state as page_state
from .state import NONE


@st.fragment
def encounter_panel(footage_id: int) -> None:
    store = get_store()
    fields = encounter.form_fields(store)
    saved = encounter.get_form(store, footage_id, current_account())
    answers = dict(saved["answers"]) if saved else {}
    version = saved["version"] if saved else None
    if saved:
        who = saved["updated_by"] or saved["created_by"]
        st.caption(f"Saved by {md_text(who)} · version {version}")
    with st.form(page_state.key(f"encounter_{footage_id}_{version}")):
        values = {field["id"]: _field(field, answers.get(field["id"])) for field in fields}
        if st.form_submit_button("Save encounter form", type="primary"):
            try:
                encounter.save_form(store, footage_id, values, current_account(), version)
                page_state.rerun_panel()
            except BodycamError as error:
                st.error(md_text(error))


def _field(field: dict[str, Any], current: Any) -> Any:
    # Labels, option names and help come from the codebook: text an admin typed.
    label, kind = md_text(field["label"]), field["type"]
    help_given = md_text(field.get("help")) or None
    if kind in ("single_choice", "multi_choice"):
        options = [o["id"] for o in field["options"]]
        names = {o["id"]: md_text(o["label"]) for o in field["options"]}
        if kind == "single_choice":
            return st.selectbox(
                label,
                [None, *options],
                index=[None, *options].index(current) if current in options else 0,
                format_func=lambda o: NONE if o is None else names[o],
                help=help_given,
            )
        return st.multiselect(
            label, options, default=current or [], format_func=names.get, help=help_given
        )
    if kind == "rating":
        scale = list(range(field.get("min", 1), field.get("max", 7) + 1))
        anchors = field.get("anchors") or {}
        help_text = "\n".join(f"{md_text(k)}: {md_text(v)}" for k, v in anchors.items())
        return st.select_slider(
            label,
            [None, *scale],
            value=current,
            format_func=lambda v: "not rated" if v is None else str(v),
            help=help_text or help_given,
        )
    return st.text_area(label, value=current or "")
