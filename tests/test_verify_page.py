"""The Verify page (AppTest): the queue across footage, one footage with its summary, the
buttons that stand beside the keys, and edit-then-confirm."""

from __future__ import annotations

import pytest
import streamlit as st
from accounts_support import sign_in_app
from streamlit.testing.v1 import AppTest
from suggest_support import add_footage, add_transcript

from bodycam.models.store import shared_store
from bodycam.suggest.runs import run_detectors
from bodycam.ui.paths import MAIN_SCRIPT


@pytest.fixture
def suggested(store, monkeypatch):
    for number in (1, 2):
        footage_id = add_footage(store, number)
        add_transcript(store, footage_id)
        run_detectors(store, footage_id, "tester")
        with store.change("tester", "footage.unit") as change:
            change.update("footage", footage_id, {"unit": "north"})
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    st.cache_resource.clear()
    yield store
    st.cache_resource.clear()


def _open(role: str = "supervisor", footage: int | None = None) -> AppTest:
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    sign_in_app(app, shared_store(), "sgt.kim", role, ("north",))
    if footage is not None:
        app.query_params["footage"] = str(footage)
    app.run()
    [page_hash] = [h for h, i in app._registered_pages.items() if i.get("url_pathname") == "verify"]
    app._page_hash = page_hash
    app.run()
    assert not app.exception
    return app


def _button(app: AppTest, label: str):
    return next(b for b in app.button if b.label == label)


def test_queue_across_footage_confirm_reject_skip(suggested):
    store = suggested
    app = _open()
    assert app.title[0].value == "Verify"
    assert app.subheader[0].value == "Command"
    assert "Suggestion 1 · footage #1 · escalation" in app.caption[1].value
    assert "8 to verify" in app.caption[1].value
    _button(app, "Confirm (y)").click().run()
    assert app.success[0].value == "Suggestion 1 confirmed as tag 1."
    _button(app, "Reject (n)").click().run()
    assert app.success[0].value == "Suggestion 2 rejected."
    _button(app, "Skip (s)").click().run()
    assert app.success[0].value == "Suggestion 3 skipped."
    assert "Suggestion 4 · footage #1" in app.caption[1].value
    statuses = [r["status"] for r in store.query("SELECT status FROM suggestions ORDER BY id")]
    assert statuses[:4] == ["confirmed", "rejected", "skipped", "pending"]
    [tag] = store.query("SELECT code, source, confirmed_by FROM tags")
    assert tag == {"code": "command", "source": "machine", "confirmed_by": "sgt.kim"}


def test_one_footage_shows_its_summary_and_edit_then_confirm(suggested):
    store = suggested
    app = _open(footage=2)
    assert any("Suggestion 5 · footage #2" in c.value for c in app.caption)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {
        "Officer talk share": "83%",
        "Commands explained": "0",
        "Commands unexplained": "1",
        "First explanation": "none",
    }
    counts = next(d.value for d in app.dataframe if "pending" in d.value.columns)
    assert list(counts["code"]) == ["command", "introduces_self", "reassurance", "tactical_pause"]
    assert list(counts["pending"]) == [1, 1, 1, 1]
    _button(app, "Edit (e)").click().run()
    [code_box] = [s for s in app.selectbox if s.label == "Code"]
    code_box.set_value("shouted_or_repeated_command")
    [start] = [n for n in app.number_input if n.label == "Start (s)"]
    start.set_value(0.5)
    next(b for b in app.button if b.label == "Confirm edited").click().run()
    assert not app.exception
    assert app.success[0].value == "Suggestion 5 confirmed (edited) as tag 1."
    tag = store.get("tags", 1)
    assert (tag["footage_id"], tag["code"], tag["start"], tag["end"], tag["source"]) == (
        2,
        "shouted_or_repeated_command",
        0.5,
        2.55,
        "machine",
    )
    assert store.get("suggestions", 5)["edited"] == 1


def test_trainers_do_not_see_the_page(suggested):
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    sign_in_app(app, shared_store(), "trainer1", "trainer")
    app.run()
    # Not in the menu: its address is registered hidden only to say so (not "Page not found").
    names = {i["url_pathname"]: i["page_name"] for i in app._registered_pages.values()}
    assert names["verify"] == "Verify (not open to your role)"


def test_run_button_queues_a_suggest_job(suggested, monkeypatch):
    monkeypatch.setattr("bodycam.ui.verify_page.ensure_worker", lambda store: True)
    app = _open(footage=1)
    _button(app, "Run the detectors again").click().run()
    assert app.success[0].value == "Detectors queued: refresh in a moment."
    [job] = suggested.query("SELECT kind, footage_id, payload, created_by FROM jobs")
    assert job == {
        "kind": "suggest",
        "footage_id": 1,
        "payload": '{"on_demand": true}',
        "created_by": "sgt.kim",
    }


def test_a_supervisor_sees_only_their_units_footage_and_suggestions(suggested):
    """Footage 2 moves to the south unit: a north supervisor's Verify page neither lists it
    nor queues its suggestions."""
    store = suggested
    with store.change("tester", "footage.unit") as change:
        change.update("footage", 2, {"unit": "south"})
    app = _open()
    [choice] = [box for box in app.selectbox if box.label == "Footage"]
    assert [option for option in choice.options if "#2" in option] == []
    assert "footage #2" not in "".join(c.value for c in app.caption)
    queued = store.one("SELECT count(*) AS n FROM suggestions WHERE footage_id = 1")["n"]
    assert f"{queued} to verify" in app.caption[1].value
