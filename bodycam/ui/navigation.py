"""The app's pages as Streamlit sees them: the pages stages registered (bodycam/registry.py),
filtered by the user's role, so the router and the pages that link to each other agree."""

from __future__ import annotations

import os
from collections.abc import Callable

import streamlit as st

from .. import registry
from ..registry import Page
from .server import OPEN_FOOTAGE_ENV


def opening_footage() -> int | None:
    value = os.environ.get(OPEN_FOOTAGE_ENV, "")
    return int(value) if value.isdigit() else None


def guarded(page: Page) -> Callable[[], None]:
    """The page's render behind the role check. The router lists only the pages a role may
    open, but a hidden page is not a refused one: this check runs on every render."""
    render = page.load_render()

    def run() -> None:
        from .resources import ACCOUNT_KEY

        account = st.session_state.get(ACCOUNT_KEY)
        if not may_open(page, account.role if account is not None else None):
            st.error(f"The {page.title} page is not open to your role.")
            st.stop()
        render()

    run.__name__ = render.__name__
    return run


def may_open(page: Page, role: str | None) -> bool:
    """Anonymous visitors open the public pages only; a signed-in role, the pages naming it."""
    if role is None:
        return page.public
    return not page.public and role in page.roles


def _default(page: Page, role: str | None) -> bool:
    if opening_footage() is not None and role is not None:
        return page.opens_footage
    return page is visible_pages(role)[0]


def _st_page(page: Page, role: str | None = None) -> st.Page:
    return st.Page(
        guarded(page),
        title=page.title,
        icon=page.icon,
        url_path=page.url_path,
        # The app opens on the first page, or on the footage's page when started for one.
        default=_default(page, role),
    )


def visible_pages(role: str | None) -> list[Page]:
    """The registered pages this role (None: an anonymous visitor) may open, in the order of
    bodycam/stages.py."""
    return [page for page in registry.pages() if may_open(page, role)]


def pages_for(role: str | None) -> list[st.Page]:
    return [_st_page(page, role) for page in visible_pages(role)]


def open_review(footage_id: int, at: float | None = None) -> None:
    """Go to the Review page on this footage, at a second when given (a search hit)."""
    params = {"footage": str(footage_id)}
    if at is not None:
        params["t"] = f"{at:.2f}"
    from .resources import current_role

    st.switch_page(_st_page(registry.page("review"), current_role()), query_params=params)
