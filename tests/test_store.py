"""The store: migrations, the single write path, the hash-chained audit log."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bodycam.core.errors import SchemaTooNew, StaleEdit
from bodycam.models import Store
from bodycam.models.schema import MIGRATIONS, current_version, migrate


def test_new_database_is_at_newest_version_in_wal_mode(store):
    assert current_version(store.conn) == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (store.root / "media" / "originals").is_dir()


def test_older_database_is_upgraded_in_place(data_dir):
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "bodycam.db", isolation_level=None)
    migrate(conn, MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO incidents (id, created_at, created_by) VALUES ('OLD-1', 't', 'legacy')"
    )
    conn.close()
    store = Store(data_dir)
    assert current_version(store.conn) == len(MIGRATIONS)
    assert store.get("incidents", "OLD-1")["created_by"] == "legacy"


def test_database_from_newer_release_is_refused(data_dir):
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "bodycam.db")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(SchemaTooNew, match="upgrade bodycam-review"):
        Store(data_dir)


def test_change_writes_row_and_audit_entry_together(store):
    with store.change("alice", "incident.create") as change:
        change.insert("incidents", {"id": "24-001", "created_at": change.at, "created_by": "alice"})
    entries = store.query("SELECT actor, action, entity, entity_id FROM audit_log")
    assert entries == [
        {
            "actor": "alice",
            "action": "incident.create",
            "entity": "incidents",
            "entity_id": "24-001",
        }
    ]


def test_failed_change_leaves_neither_row_nor_audit_entry(store):
    with pytest.raises(RuntimeError), store.change("alice", "incident.create") as change:
        change.insert("incidents", {"id": "24-002", "created_at": change.at, "created_by": "a"})
        raise RuntimeError("crash in the middle")
    assert store.query("SELECT * FROM incidents") == []
    assert store.query("SELECT * FROM audit_log") == []


def test_update_records_old_and_new_values_and_refuses_stale_edits(store):
    with store.change("alice", "incident.create") as change:
        change.insert(
            "incidents", {"id": "X", "title": "first", "created_at": "t", "created_by": "alice"}
        )
    with store.change("bob", "incident.rename") as change:
        change.update("incidents", "X", {"title": "second"}, expect={"title": "first"})
    details = store.one("SELECT details FROM audit_log WHERE id = 2")["details"]
    assert details == '{"update":{"title":{"new":"second","old":"first"}}}'
    with (
        pytest.raises(StaleEdit, match="changed by someone else"),
        store.change("carol", "incident.rename") as change,
    ):
        change.update("incidents", "X", {"title": "third"}, expect={"title": "first"})
    assert store.get("incidents", "X")["title"] == "second"


def test_audit_log_rejects_update_and_delete(store):
    with store.change("alice", "incident.create") as change:
        change.insert("incidents", {"id": "X", "created_at": "t", "created_by": "alice"})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE audit_log SET actor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM audit_log")


def _three_entries(store):
    for name in ("A", "B", "C"):
        with store.change("alice", "incident.create") as change:
            change.insert("incidents", {"id": name, "created_at": "t", "created_by": "alice"})


def _tamper(store, *statements):
    conn = store.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)


@pytest.mark.parametrize(
    ("statements", "bad_entry"),
    [
        (["UPDATE audit_log SET actor = 'mallory' WHERE id = 2"], 2),
        (["UPDATE audit_log SET details = '{}' WHERE id = 1"], 1),
        (["DELETE FROM audit_log WHERE id = 2"], 2),
        (["DELETE FROM audit_log WHERE id = 3"], 3),
        (
            [
                "UPDATE audit_log SET id = 99 WHERE id = 2",
                "UPDATE audit_log SET id = 2 WHERE id = 3",
                "UPDATE audit_log SET id = 3 WHERE id = 99",
            ],
            2,
        ),
    ],
    ids=["edited-actor", "edited-details", "deleted-middle", "deleted-last", "reordered"],
)
def test_audit_verify_names_first_bad_entry(store, statements, bad_entry):
    _three_entries(store)
    assert store.verify_audit().ok
    _tamper(store, *statements)
    report = store.verify_audit()
    assert not report.ok
    assert report.problem.entry_id == bad_entry


def test_cli_audit_verify_exit_codes(run, store):
    _three_entries(store)
    ok = run("audit", "verify")
    assert ok.exit_code == 0
    assert ok.output.startswith("audit log intact: 3 entries, head ")
    _tamper(store, "UPDATE audit_log SET actor = 'mallory' WHERE id = 2")
    bad = run("audit", "verify")
    assert bad.exit_code == 1
    assert "audit entry 2: content was altered after it was written" in bad.output


def test_footage_status_has_one_setter_that_audits_and_refuses_unknown_states(store):
    from bodycam.models.footage import FOOTAGE_STATUSES, set_status

    assert FOOTAGE_STATUSES == ("queued", "processing", "ready", "failed")
    with store.change("tester", "footage.ingest") as change:
        footage_id = change.insert(
            "footage",
            {
                "sha256": "f" * 64,
                "original_name": "a.mp4",
                "original_path": "media/originals/ff/a.mp4",
                "size": 1,
                "ingested_at": change.at,
                "ingested_by": change.actor,
                "status": "queued",
            },
        )
    with store.change("worker", "footage.processing") as change:
        set_status(change, footage_id, "processing", "transcribing")
    row = store.get("footage", footage_id)
    assert (row["status"], row["status_detail"]) == ("processing", "transcribing")
    last = store.one("SELECT actor, action, details FROM audit_log ORDER BY id DESC LIMIT 1")
    assert (last["actor"], last["action"]) == ("worker", "footage.processing")
    assert json.loads(last["details"]) == {
        "update": {
            "status": {"old": "queued", "new": "processing"},
            "status_detail": {"old": None, "new": "transcribing"},
        }
    }
    with (
        pytest.raises(ValueError, match="footage status 'done' is not one of queued, processing"),
        store.change("worker", "footage.done") as change,
    ):
        set_status(change, footage_id, "done")
    assert store.get("footage", footage_id)["status"] == "processing"


def test_one_store_per_data_directory_in_the_app(data_dir, monkeypatch):
    from bodycam.models.store import shared_store
    from bodycam.ui.resources import get_store

    monkeypatch.setenv("BODYCAM_DATA", str(data_dir))
    assert shared_store(data_dir) is shared_store(str(data_dir)) is get_store()
    assert shared_store(data_dir.parent / "other") is not get_store()
