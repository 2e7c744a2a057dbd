"""The Review page's tag list: a Streamlit components-v2 component (no iframe, no build step).

Python sends the rows to show; the browser side (``tag_list.js``) also shows a tag the moment
its key is pressed, before Python has stored it: the player announces the mark in the page
(a ``bodycam:mark`` window event) and the row stays marked "saving…" until the player's
acknowledgement (``ack``, see ``timeline_player.EventInbox``) says Python has handled it. A
click on a row is handed to the player (``bodycam:select-tag``), which seeks once and reports
the selection to Python like a click on the timeline. The list sends nothing to Python itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import streamlit as st

COMPONENT_NAME = "bodycam_tag_list"
_ASSET_DIR = Path(__file__).parent
# No ARIA grid role: the player would take it for a control that uses the keys (keys.js), and
# a click on a row must leave the keys with the player.
_HTML = '<div class="bc-taglist" data-testid="bodycam-tag-list"></div>'


@functools.cache
def _component() -> Callable[..., Any]:
    return st.components.v2.component(
        COMPONENT_NAME,
        html=_HTML,
        css=(_ASSET_DIR / "tag_list.css").read_text(encoding="utf-8"),
        js=(_ASSET_DIR / "tag_list.js").read_text(encoding="utf-8"),
    )


def tag_list(
    *,
    rows: Sequence[dict[str, Any]],
    selected_id: int | None,
    player_key: str,
    ack: dict[str, Any],
    key: str,
) -> None:
    """Render the list.

    Args:
        rows: ``{id, start, time, end, label, polarity, by}`` in time order; ``time`` and
            ``end`` are the shown texts.
        selected_id: The tag marked ▶ and scrolled into sight.
        player_key: The key of the player whose marks the list shows and to which it hands
            a clicked row.
        ack: The player's ``EventInbox.ack``: marks up to it are handled by Python.
        key: The component key.
    """
    _component()(
        key=key,
        data={
            "rows": list(rows),
            "selected_id": selected_id,
            "player_key": player_key,
            "ack": ack,
        },
    )


__all__ = ["tag_list"]
