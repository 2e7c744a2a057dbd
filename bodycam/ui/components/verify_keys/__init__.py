"""The Verify inbox's clip and keys: a components-v2 component (no iframe) that plays the
suggested moment with a few seconds of lead-in and turns ``y``/``n``/``s``/``e`` into actions.

The browser answers with one trigger value, ``action``: ``{action, suggestion_id, seq}``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

COMPONENT_NAME = "bodycam_verify_keys"
ACTIONS = ("confirm", "reject", "skip", "edit")
#: Seconds of lead-in before a suggested moment, so the reviewer hears what led to it.
LEAD_IN = 3.0
_ASSET_DIR = Path(__file__).parent


@functools.cache
def _component() -> Callable[..., Any]:
    return st.components.v2.component(
        COMPONENT_NAME,
        html=(_ASSET_DIR / "verify.html").read_text(encoding="utf-8"),
        css=(_ASSET_DIR / "verify.css").read_text(encoding="utf-8"),
        js=(_ASSET_DIR / "verify.js").read_text(encoding="utf-8"),
    )


def clip(url: str | None, start: float, end: float, lead_in: float = LEAD_IN) -> dict | None:
    """What the video plays: from ``lead_in`` seconds before the moment to its end."""
    if url is None:
        return None
    return {"url": url, "from": round(max(0.0, start - lead_in), 2), "to": round(end, 2)}


def verify_keys(
    *,
    suggestion_id: int | None,
    clip_data: dict | None,
    key: str,
    on_action: Callable[[str, int], None],
) -> None:
    """Render the clip and listen for the keys; ``on_action(action, suggestion_id)`` runs before
    the script body, once per key press Streamlit delivers."""

    def on_action_change() -> None:
        value = (st.session_state.get(key) or {}).get("action")
        if isinstance(value, dict) and value.get("action") in ACTIONS:
            on_action(value["action"], int(value["suggestion_id"]))

    _component()(
        key=key,
        data={"suggestion_id": suggestion_id, "clip": clip_data},
        on_action_change=on_action_change,
    )
