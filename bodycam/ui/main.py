"""The app's router: page config, who is signed in, then the pages that account's role may
open (only the sign-in page for an anonymous visitor)."""

from __future__ import annotations

import streamlit as st

from bodycam.ui import auth
from bodycam.ui.formatting import md_text
from bodycam.ui.navigation import open_started_footage, pages_for
from bodycam.ui.paths import FAVICON
from bodycam.ui.resources import ACCOUNT_KEY

st.set_page_config(page_title="Bodycam Review", layout="wide", page_icon=FAVICON)

account = auth.signed_in_account()
st.session_state[ACCOUNT_KEY] = account
auth.sync_cookie(account)

if account is not None:
    with st.sidebar:
        units = f", units {', '.join(account.units)}" if account.units else ""
        st.caption(f"Signed in as **{md_text(account.name)}** ({account.role}{md_text(units)})")
        if st.button("Sign out", key="sign_out", icon=":material/logout:"):
            auth.sign_out()
            st.session_state[ACCOUNT_KEY] = None
            st.rerun()

role = account.role if account is not None else None
page = st.navigation(pages_for(role))
open_started_footage(page, role)
page.run()
