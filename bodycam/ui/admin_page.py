"""The Admin page (admins): the last integrity check and its time, file-mode warnings, the
accounts (through the same functions as `bodycam user`), and how to back up."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..core.errors import BodycamError
from ..core.vocabulary import USER_ROLES
from ..ingest.integrity import last_result, run_verify
from ..models import permissions, users
from ..models.filemodes import loose_modes
from .resources import current_account, get_store


def render() -> None:
    account = permissions.require(current_account(), "users.manage")
    store = get_store()
    st.title("Admin")
    _integrity(store, account)
    _file_modes(store)
    _users(store, account)
    _backups(store)


def _integrity(store, account) -> None:
    st.subheader("Integrity")
    result = last_result(store)
    if result is None:
        st.info("No integrity check has run yet: `bodycam verify`, or the button below.")
    else:
        headline = (
            f"Last check {result['at']} by {result['user']}: {result['originals']} originals, "
            f"{result['derived']} derived files, {result['audit_entries']} audit entries, "
            f"{result['rows_checked']} audited rows and ranges"
        )
        if result["ok"]:
            st.success(headline + " — all match.")
        else:
            st.error(headline + f" — {len(result['problems'])} problems:")
            for problem in result["problems"]:
                st.text(problem)  # text, never markdown: paths and names come from the data
    if st.button("Run the integrity check now", key="admin_verify"):
        permissions.require(account, "integrity.check")
        with st.spinner("Re-hashing originals and derived files..."):
            run_verify(store, account.name)
        st.rerun()


def _file_modes(store) -> None:
    warnings = loose_modes(store.layout)
    st.subheader("File modes")
    if not warnings:
        st.caption("The data directory, database and signing key are private to the service user.")
    for warning in warnings:
        st.warning(warning)


def _users(store, account) -> None:
    st.subheader("Accounts")
    rows = [{**user.to_dict(), "units": ", ".join(user.units)} for user in users.list_users(store)]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    add, state = st.columns(2)
    with add.form("admin_user_add", clear_on_submit=True):
        st.markdown("**Add an account**")
        name = st.text_input("User name", key="admin_new_name")
        role = st.selectbox("Role", USER_ROLES, key="admin_new_role")
        units = st.text_input("Units (comma-separated; supervisors need one)", key="admin_units")
        submitted = st.form_submit_button("Add")
    if submitted:
        unit_list = [u.strip() for u in units.split(",") if u.strip()]
        password = users.generate_password()
        try:
            users.add(store, account, name.strip(), role, unit_list, password)
        except BodycamError as error:
            add.error(str(error))
        else:
            add.success(f"Added {name.strip()}. One-time password (shown once):")
            add.code(password, language=None)
    with state.form("admin_user_state"):
        st.markdown("**Disable or enable an account**")
        names = [u.name for u in users.list_users(store) if u.name != account.name]
        chosen = st.selectbox("Account", names, key="admin_state_name")
        disable = st.form_submit_button("Disable")
        enable = st.form_submit_button("Enable")
    if chosen and (disable or enable):
        try:
            (users.disable if disable else users.enable)(store, account, chosen)
        except BodycamError as error:
            state.error(str(error))
        else:
            st.rerun()


def _backups(store) -> None:
    st.subheader("Backups")
    st.markdown(
        "Run from a shell on this machine, as the service user (safe while the app runs):\n\n"
        f"```\nbodycam --data-dir {store.root} backup /mnt/backup/bodycam-$(date +%F) --media\n"
        "bodycam audit head   # record the COUNT:HASH token outside this machine\n```\n\n"
        "Restore into an empty data directory with `bodycam restore SRC` "
        "(`--force` to overwrite). See docs/ACCOUNTS.md."
    )
