"""The app's pages, defined once so the router and the pages that link to each other agree."""

from __future__ import annotations

import os

import streamlit as st

# Set by `bodycam serve --footage ID` (and `bodycam demo`): the app opens on that footage.
OPEN_FOOTAGE_ENV = "BODYCAM_OPEN_FOOTAGE"


def opening_footage() -> int | None:
    value = os.environ.get(OPEN_FOOTAGE_ENV, "")
    return int(value) if value.isdigit() else None


def library_page() -> st.Page:
    from . import library

    return st.Page(
        library.render,
        title="Library",
        icon=":material/video_library:",
        url_path="library",
        default=opening_footage() is None,
    )


def review_page() -> st.Page:
    from . import review

    return st.Page(
        review.render,
        title="Review",
        icon=":material/play_circle:",
        url_path="review",
        default=opening_footage() is not None,
    )


def codebook_page() -> st.Page:
    from . import codebook_page as page

    return st.Page(page.render, title="Codebook", icon=":material/menu_book:", url_path="codebook")


def pages_for(role: str) -> list[st.Page]:
    pages = [library_page(), review_page()]
    if role in ("admin", "researcher"):
        pages.append(codebook_page())
    return pages


def open_review(footage_id: int, at: float | None = None) -> None:
    """Go to the Review page on this footage, at a second when given (a search hit)."""
    params = {"footage": str(footage_id)}
    if at is not None:
        params["t"] = f"{at:.2f}"
    st.switch_page(review_page(), query_params=params)
