"""The Audit and Admin pages (admins), the audit entries the app writes (views, exports), and
the demo admin."""

from __future__ import annotations

import csv
import io

import pytest
import streamlit as st
from accounts_support import cheap_hasher, sign_in_app
from streamlit.testing.v1 import AppTest

from bodycam.demo.accounts import DEMO_ADMIN, banner, ensure_demo_admin
from bodycam.ingest.integrity import run_verify
from bodycam.models import audit_events, logins, users
from bodycam.models.store import shared_store
from bodycam.ui.paths import MAIN_SCRIPT

hasher = pytest.fixture(cheap_hasher)


@pytest.fixture
def app_store(run, media, store, monkeypatch):
    run("ingest", str(media["no_audio"]))
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    st.cache_resource.clear()
    yield store
    st.cache_resource.clear()


def _admin_app(url_path: str) -> AppTest:
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    sign_in_app(app, shared_store(), "chief", "admin")
    app.run()
    pages = app._registered_pages
    [page_hash] = [h for h, info in pages.items() if info.get("url_pathname") == url_path]
    app._page_hash = page_hash
    return app.run()


def test_audit_page_filters_and_its_csv_export_is_audited(app_store):
    audit_events.record(app_store, "alice", "footage.view", "footage", 1)
    audit_events.record(app_store, "bob", "footage.view", "footage", 1)
    app = _admin_app("audit")
    assert not app.exception
    assert app.title[0].value == "Audit log"
    app.selectbox(key="audit_user").select("alice").run()
    frame = app.dataframe[0].value
    assert list(frame["actor"]) == ["alice"]
    assert list(frame["action"]) == ["footage.view"]
    app.text_input(key="audit_action").input("footage").run()
    assert list(app.dataframe[0].value["actor"]) == ["alice"]
    app.selectbox(key="audit_user").select("").run()
    app.text_input(key="audit_action").input("footage.view").run()
    assert list(app.dataframe[0].value["actor"]) == ["bob", "alice"]  # newest first


def test_audit_search_and_csv():
    rows = [
        {"id": 2, "at": "t", "actor": "=cmd|' /C calc'!A0", "action": "tag.create",
         "entity": "tags", "entity_id": "1", "details": "{}"},
    ]  # fmt: skip
    text = audit_events.to_csv(rows)
    [header, row] = list(csv.reader(io.StringIO(text)))
    assert header == list(audit_events.COLUMNS)
    assert row[2] == "'=cmd|' /C calc'!A0"  # a spreadsheet shows it, never runs it


def test_audit_export_records_an_entry(app_store):
    audit_events.record(app_store, "chief", "audit.export", "audit_log", None, {"rows": 3})
    [entry] = audit_events.search(app_store, action="audit.export")
    assert (entry["actor"], entry["entity"]) == ("chief", "audit_log")


def test_admin_page_shows_last_verify_modes_and_accounts(app_store):
    run_verify(app_store, "chief")
    app = _admin_app("admin")
    assert not app.exception
    assert app.title[0].value == "Admin"
    [success] = app.success
    assert "by chief: 1 originals, 3 derived files, 4 audit entries" in success.value
    assert "all match" in success.value
    names = list(app.dataframe[0].value["name"])
    assert names == ["chief"]
    assert "bodycam audit head" in " ".join(m.value for m in app.markdown)


def test_admin_page_adds_and_disables_an_account_through_the_user_functions(app_store):
    app = _admin_app("admin")
    app.text_input(key="admin_new_name").input("new.sup")
    app.selectbox(key="admin_new_role").select("supervisor")
    app.text_input(key="admin_units").input("north, south")
    next(b for b in app.button if b.label == "Add").click().run()
    assert not app.exception
    added = users.get(app_store, "new.sup")
    assert (added.role, added.units, added.disabled) == ("supervisor", ("north", "south"), False)
    [entry] = audit_events.search(app_store, action="user.add", entity="users")[:1]
    assert entry["actor"] == "chief"
    app.selectbox(key="admin_state_name").select("new.sup")
    next(b for b in app.button if b.label == "Disable").click().run()
    assert users.get(app_store, "new.sup").disabled


def test_review_page_view_is_audited_once_per_footage(app_store):
    app = _admin_app("review")
    assert not app.exception
    app.run()
    views = audit_events.search(app_store, action="footage.view")
    assert [(v["actor"], v["entity_id"]) for v in views] == [("chief", "1")]


def test_transcript_export_is_audited(run, media, store):
    from transcripts_support import fake_result

    from bodycam.models.transcripts import save_transcription

    run("ingest", str(media["h264_aac"]))
    with store.change("worker", "transcript.create") as change:
        save_transcription(
            change, footage_id=1, job_id=1, audio_sha256="a" * 64, result=fake_result()
        )
    assert run("transcript", "1", "--format", "srt").exit_code == 0
    [entry] = audit_events.search(store, action="transcript.export")
    assert (entry["actor"], entry["entity_id"], entry["details"]) == (
        "tester",
        "1",
        '{"format":"srt","output":null}',
    )


def test_demo_admin_is_created_then_reset_with_a_new_password(store, hasher):
    name, first, created = ensure_demo_admin(store, "operator")
    assert (name, created) == (DEMO_ADMIN, True)
    assert logins.authenticate(store, DEMO_ADMIN, first, "test").ok
    again, second, created = ensure_demo_admin(store, "operator")
    assert (again, created) == (DEMO_ADMIN, False) and second != first
    assert not logins.authenticate(store, DEMO_ADMIN, first, "test2").ok
    assert logins.authenticate(store, DEMO_ADMIN, second, "test3").ok
    users.disable(store, "operator", DEMO_ADMIN)
    _, third, _ = ensure_demo_admin(store, "operator")
    assert logins.authenticate(store, DEMO_ADMIN, third, "test4").ok
    text = banner(DEMO_ADMIN, third, False)
    assert f"  Sign in as:   {DEMO_ADMIN}\n  Password:     {third}\n" in text
