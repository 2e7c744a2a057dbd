"""The Research page renders assignments, reliability with disagreement links, and exports."""

from __future__ import annotations

import json

import pytest
import streamlit as st
from accounts_support import sign_in_app
from research_support import make_footage
from streamlit.testing.v1 import AppTest

from bodycam.annotate.tags import create_tag
from bodycam.models.store import shared_store
from bodycam.research import assignments
from bodycam.ui.paths import MAIN_SCRIPT


@pytest.fixture
def coded(store, monkeypatch):
    footage_id = make_footage(store)
    assignments.assign(store, "rita", footage_id, "alice")
    assignments.assign(store, "rita", footage_id, "bob")
    create_tag(store, footage_id, "command", 3.0, "alice")
    create_tag(store, footage_id, "command", 3.5, "bob")
    create_tag(store, footage_id, "arrest", 40.0, "bob")
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    st.cache_resource.clear()
    yield footage_id
    st.cache_resource.clear()


def test_research_page_shows_progress_reliability_and_disagreement_links(coded):
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    sign_in_app(app, shared_store(), "rita", "researcher")
    app.run()
    [page_hash] = [
        h for h, i in app._registered_pages.items() if i.get("url_pathname") == "research"
    ]
    app._page_hash = page_hash
    app.run()
    assert not app.exception
    assert app.title[0].value == "Research"
    frames = [d.value for d in app.dataframe]
    assert list(frames[0]["coder"]) == ["alice", "bob"]
    reliability = next(f for f in frames if "kappa" in f.columns)
    assert list(reliability["code"]) == ["arrest", "command", "overall"]
    links = next(f for f in frames if "open" in f.columns)
    assert list(links["open"]) == [f"review?footage={coded}&t=40.00"]
    assert list(links["tagged_by"]) == ["bob"]


def test_research_page_queues_a_deidentified_export_of_the_footage_in_scope(coded, monkeypatch):
    monkeypatch.setattr("bodycam.ui.research_page.ensure_worker", lambda store: True)
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    sign_in_app(app, shared_store(), "rita", "researcher")
    app.run()
    [page_hash] = [
        h for h, i in app._registered_pages.items() if i.get("url_pathname") == "research"
    ]
    app._page_hash = page_hash
    app.run()
    [export] = [b for b in app.button if b.label == "Export"]
    export.click().run()
    assert not app.exception
    [job] = shared_store().query("SELECT kind, payload FROM jobs")
    payload = json.loads(job["payload"])
    assert job["kind"] == "export"
    assert (payload["footage_ids"], payload["deidentify"], payload["user"]) == (
        [coded],
        True,
        "rita",
    )
