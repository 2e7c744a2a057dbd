"""History panel: every change to this footage's tags, transcript corrections, speakers and
encounter form, from the audit log with who and when; each deleted tag can be restored. A
restore puts the tag back on the timeline, so it reruns the whole page."""

from __future__ import annotations

import streamlit as st

from ...annotate import tags
from ...annotate.history import footage_history
from ...research.assignments import is_blind_for
from ..formatting import clock, md_text
from ..resources import current_account, get_store
from . import state as page_state


@st.fragment
def history_panel(footage_id: int) -> None:
    store = get_store()
    account = current_account()
    # A blind coder (assignment not submitted) sees only their own work here too: another
    # coder's deleted tag or change would show what they coded.
    blind = is_blind_for(store, account, footage_id)
    deleted = tags.deleted_tags(store, footage_id, account)
    if blind:
        deleted = [tag for tag in deleted if tag["created_by"] == account.name]
    for tag in deleted:
        cols = st.columns([5, 1], vertical_alignment="center")
        cols[0].write(
            f"{tag['deleted_at'][:19].replace('T', ' ')} · {md_text(tag['deleted_by'])} deleted "
            f"tag {tag['id']} ({md_text(tag['code'])} at {clock(tag['start'])})"
        )
        if cols[1].button("Restore", key=page_state.key(f"restore_{tag['id']}")):
            tags.undelete_tag(store, tag["id"], account)
            st.rerun()
    changes = footage_history(store, footage_id, viewer=account)
    if blind:
        changes = [change for change in changes if change["actor"] == account.name]
    if not changes:
        st.caption("No changes recorded for this footage yet.")
        return
    st.dataframe(
        [
            {
                "when": change["at"][:19].replace("T", " "),
                "who": change["actor"],
                "what": change["action"],
                "on": change["subject"],
                "change": change["change"],
            }
            for change in changes
        ],
        hide_index=True,
        width="stretch",
        height=360,
    )
