"""Helpers the app's AppTests share: footage with a transcript served through BODYCAM_DATA, a
signed-in app, and a page switch for callable pages."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from accounts_support import sign_in_app
from streamlit.testing.v1 import AppTest
from support import copied_store
from transcripts_support import ingested_with_transcript

from bodycam.models.store import shared_store
from bodycam.ui.paths import MAIN_SCRIPT
from bodycam.ui.review.actions import ReviewState


@pytest.fixture(scope="session")
def reviewed_template(tmp_path_factory, media) -> Path:
    """The data directory ``reviewed`` copies, built once per test process: ingest (proxy,
    images) took about a second of every AppTest's setup."""
    data_dir = tmp_path_factory.mktemp("reviewed_app") / "data"
    store = ingested_with_transcript(data_dir, media["h264_aac"])
    store.conn.execute("UPDATE footage SET status = 'ready'")
    store.close()
    return data_dir


@pytest.fixture
def reviewed(reviewed_template, data_dir, request, monkeypatch):
    """Footage 1 with the hand-made transcript, served to AppTest through BODYCAM_DATA (the
    test's own copy of ``reviewed_template``)."""
    store = copied_store(reviewed_template, data_dir, request)
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    st.cache_resource.clear()
    yield store
    st.cache_resource.clear()


@pytest.fixture
def state(reviewed):
    return ReviewState(footage_id=1, segment_code="reassurance")


def app_as(role: str = "admin", units=(), name: str | None = None) -> AppTest:
    """The app signed in as an account of this role (an admin unless asked), named after the
    role unless a name is given."""
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    return sign_in_app(app, shared_store(), name or role, role, units)[0]


def switch(app: AppTest, url_path: str) -> AppTest:
    """AppTest.switch_page only knows file pages; ours are st.Page(render) callables, so pick
    the registered page by its url_path (after a first run registered them)."""
    pages = app._registered_pages  # no public API for callable pages in Streamlit 1.67
    [page_hash] = [h for h, info in pages.items() if info.get("url_pathname") == url_path]
    app._page_hash = page_hash
    return app


def rendered_text(app: AppTest) -> list[str]:
    """The text of every element the page sends that the browser renders as Markdown:
    everything but dataframes, whose cells are plain text (their Arrow bytes hold the raw
    names)."""
    found = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if children:
            for child in children.values():
                walk(child)
        elif getattr(node, "type", "") not in ("arrow_data_frame", "dataframe"):
            proto = getattr(node, "proto", None)
            if proto is not None:
                found.append(str(proto))

    walk(app.main)
    walk(app.sidebar)
    return found


def open_review(store) -> AppTest:
    """The Review page of footage 1, signed in as an admin."""
    app = app_as().run()
    switch(app, "review").run()
    assert not app.exception
    return app
