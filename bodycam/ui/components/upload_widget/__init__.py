"""The Library page's upload widget: a Streamlit components-v2 component (no iframe, no build
step) that POSTs each chosen file to the app's upload route with a progress bar, so the file
streams to disk instead of into the server's memory (see ``bodycam/ui/uploads.py``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

_ASSET_DIR = Path(__file__).parent
COMPONENT_NAME = "bodycam_upload_widget"


@functools.cache
def _component() -> Callable[..., Any]:
    return st.components.v2.component(
        COMPONENT_NAME,
        html=(_ASSET_DIR / "upload.html").read_text(encoding="utf-8"),
        css=(_ASSET_DIR / "upload.css").read_text(encoding="utf-8"),
        js=(_ASSET_DIR / "upload.js").read_text(encoding="utf-8"),
    )


def upload_widget(
    *, url: str, tokens: list[str], max_bytes: int, key: str, on_done: Callable[[], None]
) -> Any:
    """Render the widget. ``tokens`` holds one single-use upload token per file the user may
    send in one go; ``on_done`` runs (and the page reruns) after a batch finished, with the
    widget's ``done`` value ``{"queued": [names], "failed": [[name, reason]]}`` in
    ``st.session_state[key]``."""
    return _component()(
        key=key,
        data={"url": url, "tokens": tokens, "max_bytes": max_bytes},
        on_done_change=on_done,
    )
