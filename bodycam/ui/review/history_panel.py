"""History panel: transcript revisions and deleted tags, each deleted tag restorable. A restore
puts the tag back on the timeline, so it reruns the whole page."""

from __future__ import annotations

import streamlit as st

from ...annotate import corrections, tags
from ..formatting import clock
from ..resources import current_account, get_store
from . import state as page_state


@st.fragment
def history_panel(footage_id: int) -> None:
    store = get_store()
    revisions = corrections.revision_history(store, footage_id)
    deleted = tags.deleted_tags(store, footage_id)
    if not revisions and not deleted:
        st.caption("No corrections or deletions yet.")
    for revision in revisions:
        st.write(
            f"{revision['created_at'][:19]} · {revision['author']} · "
            f"transcript {revision['kind']} (revision {revision['id']})"
        )
    for tag in deleted:
        cols = st.columns([5, 1])
        cols[0].write(
            f"{tag['deleted_at'][:19]} · {tag['deleted_by']} deleted tag {tag['id']} "
            f"({tag['code']} at {clock(tag['start'])})"
        )
        if cols[1].button("Restore", key=page_state.key(f"restore_{tag['id']}")):
            tags.undelete_tag(store, tag["id"], current_account())
            st.rerun()
