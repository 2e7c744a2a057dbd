"""Review-page test helpers shared by the AppTests and the browser tests."""

from __future__ import annotations

import dataclasses

from support import PAGE_RENDER_MS

from bodycam.annotate import codebook_store
from bodycam.models import Store

#: Two codes bound to the same key in two cases: the player ignores case.
CLASHING_KEYS = {"reassurance": "a", "complaint_voiced": "A"}


def bind_a_and_upper_a(store: Store) -> None:
    """Store a new codebook version binding ``a`` and ``A`` to two codes, as an admin edit could
    before #8, written straight to the table so no validator refuses it."""
    _, book = codebook_store.current(store)
    codes = [
        dataclasses.replace(c, key=CLASHING_KEYS[c.id]) if c.id in CLASHING_KEYS else c
        for c in book.codes
    ]
    major, minor, patch = book.version.split(".")
    edited = dataclasses.replace(
        book, codes=type(book.codes)(codes), version=f"{major}.{minor}.{int(patch) + 1}"
    )
    with store.change("admin", "codebook.version") as change:
        change.insert(
            "codebooks",
            {
                "codebook": edited.id,
                "version": edited.version,
                "fingerprint": edited.fingerprint(),
                "content": edited.to_yaml(),
                "created_at": change.at,
                "created_by": "admin",
            },
        )


def wait_for_rerun(page, timeout_ms: int = 30_000) -> None:
    """Wait until Streamlit has finished its rerun in the browser: its running indicator shows a
    moment after a click, so look after 400 ms, then until it is gone."""
    page.wait_for_timeout(400)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_ms
    )


def wait_player_ready(page) -> None:
    """The page's player is up: live and on the page (after a page switch the previous one
    lingers in window.__bodycamPlayer until the new one is drawn) with its video loaded."""
    page.wait_for_function(
        "() => { const P = window.__bodycamPlayer;"
        " return P && P.alive && P.parent.isConnected && P.video.readyState >= 2; }",
        timeout=PAGE_RENDER_MS,
    )
