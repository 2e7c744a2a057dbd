"""The app's pages as Streamlit sees them: the pages stages registered (bodycam/registry.py),
filtered by the user's role, so the router and the pages that link to each other agree."""

from __future__ import annotations

import os
from collections.abc import Callable

import streamlit as st

from .. import registry
from ..registry import Page
from .server import OPEN_FOOTAGE_ENV

#: Set once a session has been sent to the footage the app was started for.
_OPENED_KEY = "opened_started_footage"


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


def _st_page(page: Page, role: str | None = None) -> st.Page:
    return st.Page(
        guarded(page),
        title=page.title,
        icon=page.icon,
        url_path=page.url_path,
        # The app opens on the role's first page. Streamlit serves the default page at the root
        # only, never at its own path, so the default is never moved to another page: when the
        # Review page was made the default for `bodycam demo`, the address the command printed
        # (/review?footage=1) showed "Page not found" (open_started_footage instead).
        default=page is visible_pages(role)[0],
    )


def _hidden_at(page: Page, shown: Page, title: str) -> st.Page:
    """``shown`` at ``page``'s address, hidden from the menu, ``title`` in the browser tab."""
    return st.Page(
        guarded(shown), title=title, icon=shown.icon, url_path=page.url_path, visibility="hidden"
    )


def visible_pages(role: str | None) -> list[Page]:
    """The registered pages this role (None: an anonymous visitor) may open, in the order of
    bodycam/stages.py."""
    return [page for page in registry.pages() if may_open(page, role)]


def pages_for(role: str | None) -> list[st.Page]:
    """The role's pages for the router, then the other pages' addresses, hidden from the menu,
    so that a link to a page never lands on Streamlit's "Page not found": a visitor not yet
    signed in gets the sign-in form at each page's address (the address `bodycam demo` prints,
    a link in a research export; signing in comes back to it, ``auth._here``), and a signed-in
    role the pages not open to it, which say so (``guarded``). The default page is served at
    the root only: Streamlit refuses a second page at its own address."""
    shown = visible_pages(role)
    if not shown:
        return []
    pages = [_st_page(page, role) for page in shown]
    for page in registry.pages():
        if page not in shown and not page.public:
            if role is None:
                pages.append(_hidden_at(page, shown[0], shown[0].title))
            else:
                pages.append(_hidden_at(page, page, f"{page.title} (not open to your role)"))
    return pages


def open_started_footage(selected: st.Page, role: str | None) -> None:
    """When the app was started for one footage (`bodycam serve --footage`, `bodycam demo`), a
    signed-in session that opens the app's bare root address goes to that footage's page once;
    every page keeps its own address, so the one the command prints opens it too."""
    footage = opening_footage()
    if footage is None or role is None or st.session_state.get(_OPENED_KEY):
        return
    st.session_state[_OPENED_KEY] = True
    if selected.url_path != "" or st.query_params.to_dict():
        return
    target = next((page for page in visible_pages(role) if page.opens_footage), None)
    if target is not None:
        st.switch_page(_st_page(target, role), query_params={"footage": str(footage)})


def open_review(footage_id: int, at: float | None = None) -> None:
    """Go to the Review page on this footage, at a second when given (a search hit)."""
    params = {"footage": str(footage_id)}
    if at is not None:
        params["t"] = f"{at:.2f}"
    from .resources import current_role

    st.switch_page(_st_page(registry.page("review"), current_role()), query_params=params)
