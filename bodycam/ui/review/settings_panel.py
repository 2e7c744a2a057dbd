"""Settings panel: the reviewer's reaction lag. The player shows where a key press will land,
so a change reruns the whole page once the player's copy is out of date."""

from __future__ import annotations

import streamlit as st

from . import state as page_state


@st.fragment
def settings_panel(player_lag: float) -> None:
    lag = st.number_input(
        "Reaction lag (s)",
        min_value=0.0,
        max_value=5.0,
        step=0.1,
        key=page_state.key("lag"),
        help="A key press tags this long before the playhead (ELAN's "
        "delayed mode): the time it takes to see and press.",
    )
    if lag != player_lag:
        st.rerun()
