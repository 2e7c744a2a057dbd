"""The Audit page (admins): the audit log filtered by user, object, action and time, exported
as CSV. The export is itself an audited event."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pandas as pd
import streamlit as st

from ..models import audit_events, permissions
from .resources import current_account, get_store


def _stamp(day, end: bool) -> str | None:
    if day is None:
        return None
    moment = datetime.combine(day, time.max if end else time.min, tzinfo=UTC)
    return moment.isoformat(timespec="microseconds")


def render() -> None:
    account = permissions.require(current_account(), "audit.view")
    store = get_store()
    st.title("Audit log")
    chain = store.verify_audit()
    if chain.ok:
        st.caption(f"Hash chain intact: {chain.entries} entries.")
    else:
        st.error(f"Hash chain broken: {chain.problem}")
    left, middle, right = st.columns(3)
    actor = left.selectbox("User", ["", *audit_events.distinct(store, "actor")], key="audit_user")
    action = middle.text_input("Action (prefix, e.g. login)", key="audit_action")
    entity = right.selectbox(
        "Object type", ["", *audit_events.distinct(store, "entity")], key="audit_entity"
    )
    left, middle, right = st.columns(3)
    entity_id = left.text_input("Object id", key="audit_entity_id")
    since = middle.date_input("From (UTC)", value=None, key="audit_since")
    until = right.date_input("To (UTC)", value=None, key="audit_until")
    rows = audit_events.search(
        store,
        actor=actor or None,
        action=action.strip() or None,
        entity=entity or None,
        entity_id=entity_id.strip() or None,
        since=_stamp(since, False),
        until=_stamp(until, True),
    )
    st.caption(f"{len(rows)} entries (newest first, at most 5000).")
    st.dataframe(pd.DataFrame(rows, columns=audit_events.COLUMNS), hide_index=True, width="stretch")
    st.download_button(
        "Export CSV",
        audit_events.to_csv(rows),
        file_name="audit.csv",
        mime="text/csv",
        key="audit_export",
        on_click=audit_events.record,
        args=(store, account.name, "audit.export", "audit_log", None),
        kwargs={"details": {"rows": len(rows), "filters": _filters(actor, action, entity)}},
    )


def _filters(actor: str, action: str, entity: str) -> dict[str, str]:
    return {k: v for k, v in (("actor", actor), ("action", action), ("entity", entity)) if v}
