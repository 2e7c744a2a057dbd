"""The app's router: page config first, then the pages this user's role may see."""

from __future__ import annotations

import streamlit as st

from bodycam.core.vocabulary import USER_ROLES
from bodycam.ui.navigation import pages_for
from bodycam.ui.paths import FAVICON
from bodycam.ui.resources import current_role, remember_identity, restore_identity

st.set_page_config(page_title="Bodycam Review", layout="wide", page_icon=FAVICON)

with st.sidebar:
    restore_identity()
    st.text_input(
        "Reviewer",
        key="user",
        on_change=remember_identity,
        help="Every tag and correction is recorded under this name in the audit log.",
    )
    st.selectbox("Role", USER_ROLES, key="role", on_change=remember_identity)

st.navigation(pages_for(current_role())).run()
