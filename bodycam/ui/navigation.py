"""The app's pages as Streamlit sees them: the pages stages registered (bodycam/registry.py),
filtered by the user's role, so the router and the pages that link to each other agree."""

from __future__ import annotations

import os

import streamlit as st

from .. import registry
from ..registry import Page

# Set by `bodycam serve --footage ID` (and `bodycam demo`): the app opens on that footage.
OPEN_FOOTAGE_ENV = "BODYCAM_OPEN_FOOTAGE"


def opening_footage() -> int | None:
    value = os.environ.get(OPEN_FOOTAGE_ENV, "")
    return int(value) if value.isdigit() else None


def _st_page(page: Page) -> st.Page:
    opening = opening_footage() is not None
    return st.Page(
        page.load_render(),
        title=page.title,
        icon=page.icon,
        url_path=page.url_path,
        # The app opens on the first page, or on the footage's page when started for one.
        default=page.opens_footage if opening else page is registry.pages()[0],
    )


def visible_pages(role: str) -> list[Page]:
    """The registered pages this role may open, in the order of bodycam/stages.py."""
    return [page for page in registry.pages() if role in page.roles]


def pages_for(role: str) -> list[st.Page]:
    return [_st_page(page) for page in visible_pages(role)]


def open_review(footage_id: int, at: float | None = None) -> None:
    """Go to the Review page on this footage, at a second when given (a search hit)."""
    params = {"footage": str(footage_id)}
    if at is not None:
        params["t"] = f"{at:.2f}"
    st.switch_page(_st_page(registry.page("review")), query_params=params)
