"""Codebook page (admins and researchers): browse the codes, and add, rename, retire or
rebind them. Each edit stores a new codebook version; tags keep the version they were made
with."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..annotate import codebook_store
from ..annotate.codebook import Code, CodebookError
from ..core.vocabulary import CODE_KINDS, POLARITIES
from .formatting import md_text
from .resources import current_account, current_role, get_store


def _codes_table(codebook) -> None:
    rows = [
        {
            "key": c.key or "",
            "id": c.id,
            "label": c.label,
            "category": c.category,
            "polarity": c.polarity,
            "kind": c.kind,
            "retired": c.retired,
            "definition": c.definition,
        }
        for c in codebook.codes
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", height=420)


def _edit(store, codebook) -> None:
    if current_role() != "admin":
        st.caption("Only an admin edits the codebook.")
        return
    user = current_account()  # the service functions check codebook.edit themselves
    active = [c.id for c in codebook.active_codes()]
    rename, retire, bind, add = st.tabs(["Rename", "Retire", "Bind key", "Add code"])
    try:
        with rename, st.form("codebook_rename"):
            code_id = st.selectbox("Code", active)
            label = st.text_input("New label")
            definition = st.text_area("New definition (optional)")
            if st.form_submit_button("Rename") and label:
                codebook_store.rename_code(store, code_id, label, user, definition or None)
                st.rerun()
        with retire, st.form("codebook_retire"):
            code_id = st.selectbox("Code", active, key="codebook_retire_code")
            if st.form_submit_button("Retire"):
                codebook_store.retire_code(store, code_id, user)
                st.rerun()
        with bind, st.form("codebook_bind"):
            code_id = st.selectbox("Code", active, key="codebook_bind_code")
            key = st.text_input("Key (one character; empty to unbind)", max_chars=1)
            if st.form_submit_button("Bind"):
                codebook_store.bind_key(store, code_id, key or None, user)
                st.rerun()
        with add, st.form("codebook_add"):
            code_id = st.text_input("Id (snake_case)")
            label = st.text_input("Label")
            category = st.selectbox("Category", [c.id for c in codebook.categories])
            definition = st.text_area("Definition")
            polarity = st.selectbox("Polarity", POLARITIES)
            kind = st.selectbox("Kind", CODE_KINDS)
            if st.form_submit_button("Add code") and code_id:
                codebook_store.add_code(
                    store,
                    Code(
                        id=code_id,
                        label=label,
                        category=category,
                        definition=definition,
                        polarity=polarity,
                        kind=kind,
                    ),
                    user,
                )
                st.rerun()
    except (CodebookError, ValueError) as error:
        st.error(md_text(error))  # it may quote a label or definition


def render() -> None:
    store = get_store()
    _, codebook = codebook_store.current(store)
    st.title("Codebook")
    st.markdown(f"**{md_text(codebook.title)}** · version {codebook.version}")
    _codes_table(codebook)
    _edit(store, codebook)
    with st.expander("Versions"):
        st.dataframe(pd.DataFrame(codebook_store.versions(store)), hide_index=True)
