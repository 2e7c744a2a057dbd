"""Suggestions panel (#15): the footage's machine-suggested moments still to decide (pending or
skipped), each a button that seeks a little before it, with Confirm (makes the tag) and Reject.
The Verify page is the full inbox; this is the same decision while watching the footage. A
decision changes the timeline and the tab's count, so it reruns the whole page."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...core.errors import BodycamError
from ...models import permissions
from ...suggest import inbox
from ...suggest.curve import hidden_from
from ..formatting import clock, md_text
from ..resources import current_account, get_store
from . import state as page_state

UNDECIDED = ("pending", "skipped")
#: Seconds before a suggestion its seek lands, to hear the lead-up.
LEAD_IN = 3.0


def undecided(store, footage_id: int) -> list[dict[str, Any]]:
    return inbox.list_suggestions(store, footage_id, UNDECIDED, viewer=current_account())


@st.fragment
def suggestions_panel(footage_id: int) -> None:
    store = get_store()
    rows = undecided(store, footage_id)
    if not rows and hidden_from(store, current_account(), [footage_id]):
        st.caption(
            "Machine suggestions are hidden while you code this footage blind: they would "
            "steer your coding. They show once you submit it."
        )
        return
    if not rows:
        st.caption("No suggestions to verify on this footage.")
        return
    resource = permissions.footage_resource(store, footage_id)
    may_decide = permissions.allowed(current_account(), "suggestion.decide", resource)
    for row in rows:
        _suggestion(store, footage_id, row, may_decide)


def _suggestion(store, footage_id: int, row: dict[str, Any], may_decide: bool) -> None:
    key = page_state.key(f"suggestion_{row['id']}")
    at, what, yes, no = st.columns([1, 4, 1, 1], vertical_alignment="center")
    if at.button(clock(row["start"]), key=f"{key}_seek", help="Seek 3 s before it"):
        page_state.request_seek(footage_id, max(0.0, row["start"] - LEAD_IN))
        st.rerun()  # the whole page: the player must seek
    skipped = " · skipped" if row["status"] == "skipped" else ""
    what.markdown(
        f"**{md_text(row['label'])}** ({row['polarity'] or 'unknown code'}) · "
        f"{clock(row['start'])}–{clock(row['end'])} · {md_text(row['speaker'] or '')} · "
        f"{md_text(row['detector'])} {row['score']:.2f}{skipped}  \n{md_text(row['evidence'])}"
    )
    why = None if may_decide else "Your role may not decide suggestions on this footage."
    if yes.button("Confirm", key=f"{key}_confirm", disabled=not may_decide, help=why):
        _decide(lambda: inbox.confirm(store, row["id"], current_account()))
    if no.button("Reject", key=f"{key}_reject", disabled=not may_decide, help=why):
        _decide(lambda: inbox.reject(store, row["id"], current_account()))


def _decide(action) -> None:
    try:
        action()
    except BodycamError as error:
        st.error(md_text(error))
        return
    st.rerun()  # the whole page: a confirmed suggestion is a tag on the timeline
