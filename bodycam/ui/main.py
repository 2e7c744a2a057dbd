"""The app's router: page config first, then the pages this user's role may see."""

from __future__ import annotations

import streamlit as st

from bodycam.core.vocabulary import USER_ROLES
from bodycam.models.settings import default_actor
from bodycam.ui.navigation import pages_for

st.set_page_config(page_title="Bodycam Review", layout="wide", page_icon=":material/videocam:")

with st.sidebar:
    st.session_state.setdefault("user", default_actor())
    st.text_input(
        "Reviewer",
        key="user",
        help="Every tag and correction is recorded under this name in the audit log.",
    )
    st.session_state.setdefault("role", "supervisor")
    st.selectbox("Role", USER_ROLES, key="role")

st.navigation(pages_for(st.session_state["role"])).run()
