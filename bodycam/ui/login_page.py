"""The sign-in page: the one page open to anonymous visitors."""

from __future__ import annotations

import streamlit as st

from . import auth


def render() -> None:
    st.title("Sign in")
    if st.session_state.pop("sso_refused", False):
        st.error(
            "Your single sign-on account is not given a role here: ask an admin to add you "
            "to the role mapping."
        )
    if auth.sso_configured():
        if st.button("Sign in with your agency account", key="login_sso", type="primary"):
            st.login()
        st.caption("Or with a local account:")
    with st.form("login_form"):
        name = st.text_input("User name", key="login_name", autocomplete="username")
        password = st.text_input(
            "Password", key="login_password", type="password", autocomplete="current-password"
        )
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        login = auth.sign_in(name, password)
        if login.ok:
            st.rerun()
        st.error(login.message)
    st.caption(
        "An admin creates accounts with `bodycam user add`; `bodycam demo` prints a demo "
        "admin's one-time password."
    )
