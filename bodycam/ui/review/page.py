"""The Review page's layout: footage choice and header, the player, then the side panels.

Each side panel is a fragment (see its module) that reruns alone on its own saves; the player
and the Tags tab are one fragment (``player_panel``), so a key press reruns only those two.
"""

from __future__ import annotations

import streamlit as st

from ...annotate import codebook_store
from ...models.footage import list_footage
from ...models.identities import mask_for
from ..formatting import clock, md_text
from ..navigation import opening_footage
from ..resources import current_account, ensure_worker, get_store, record_view
from . import state as page_state
from .data import transcript_segments, usable_keymap
from .encounter_panel import encounter_panel
from .history_panel import history_panel
from .player_panel import player_panel
from .settings_panel import settings_panel
from .speakers_panel import speakers_panel
from .state import NONE
from .suggestions_panel import suggestions_panel, undecided
from .transcript_panel import transcript_panel


def _choose_footage(store) -> dict | None:
    rows = list_footage(store, current_account())  # only the footage this user may view
    if not rows:
        st.info("No footage you may view yet: upload on the Library page or run `bodycam demo`.")
        return None
    by_id = {row["id"]: row for row in rows}
    chosen = page_state.key("footage")
    wanted = st.query_params.get("footage")
    if wanted and wanted.isdigit() and int(wanted) in by_id:
        st.session_state[chosen] = int(wanted)
    st.session_state.setdefault(chosen, opening_footage() or rows[0]["id"])
    if st.session_state[chosen] not in by_id:
        st.session_state[chosen] = rows[0]["id"]
    footage_id = st.selectbox(
        "Footage",
        list(by_id),
        label_visibility="collapsed",
        key=chosen,
        format_func=lambda i: f"#{i} {md_text(by_id[i]['original_name'])} ({by_id[i]['status']})",
    )
    st.query_params["footage"] = str(footage_id)
    # What this user may see of who is in it (researchers: pseudonyms, models/identities.py).
    return mask_for(store, current_account(), footage_id).footage(store.get("footage", footage_id))


def _status(store, footage) -> None:
    if footage["status"] in ("queued", "processing"):
        ensure_worker(store)
        st.info(f"Transcription {footage['status']}: the transcript appears when it is done.")
    elif footage["status"] == "failed":
        st.error(f"Processing failed: {md_text(footage['status_detail'])}")


# The page fills one screen (1440×900 and up): Streamlit's generous top and side padding would
# push the tag editor below the fold. Inline, so nothing is fetched from outside (offline use).
_COMPACT_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding: 2.75rem 1.25rem 1rem 1.25rem; max-width: none; }
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] { gap: 0.45rem; }
</style>"""


def render() -> None:
    store = get_store()
    st.html(_COMPACT_CSS)
    top = st.columns([4, 5, 2], vertical_alignment="center")
    with top[0]:
        footage = _choose_footage(store)
    if footage is None:
        return
    footage_id = footage["id"]
    record_view(store, current_account(), footage_id)
    state = page_state.review_state(footage_id)
    page_state.view_from_query(footage_id)
    _status(store, footage)
    _, codebook = codebook_store.current(store)
    keymap, keymap_warnings = usable_keymap(codebook)
    top[1].markdown(
        f"**{md_text(footage['original_name'])}** · {clock(footage['duration'])} · "
        f"Incident {md_text(footage['incident_id'] or NONE)} · "
        f"Officer {md_text(footage['officer'] or NONE)}"
    )
    codes = [c.id for c in codebook.active_codes()]
    labels = {c.id: c.label for c in codebook.codes}
    keyed = [code.id for _, code in sorted(keymap.items())]
    segment_code = page_state.key("segment_code")
    st.session_state.setdefault(segment_code, (keyed or codes)[0])
    state.segment_code = top[2].selectbox(
        "Code for “Tag this”",
        codes,
        key=segment_code,
        format_func=lambda c: md_text(labels.get(c, c)),
        help="The code a transcript line's “Tag this” button applies.",
    )
    for warning in keymap_warnings:
        st.warning(warning, icon="⌨️")
    # Player and timeline on the left, the work on the right (as BORIS and Axon lay it out):
    # the reviewer watches and edits on one screen.
    left, right = st.columns([7, 4], gap="small")
    with right:
        waiting = len(undecided(store, footage_id))
        tabs = st.tabs(
            [
                "Tags",
                f"Suggestions ({waiting})",
                "Transcript",
                "Speakers",
                "Encounter form",
                "History",
                "Settings",
            ]
        )
    # The player's events rerun only the player and the Tags tab (see player_panel).
    player_panel(footage_id, left.container(), tabs[0].container())
    with tabs[1]:
        suggestions_panel(footage_id)
    with tabs[2]:
        transcript_panel(footage_id, transcript_segments(store, footage_id, current_account()))
    with tabs[3]:
        speakers_panel(footage_id)
    with tabs[4]:
        encounter_panel(footage_id)
    with tabs[5]:
        history_panel(footage_id)
    with tabs[6]:
        settings_panel(page_state.lag())
