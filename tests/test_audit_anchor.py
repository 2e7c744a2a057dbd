"""Anchoring the audit log: a COUNT:HASH kept outside the database catches a chain rewritten
consistently by someone who can edit the file (triggers dropped, every later hash recomputed)."""

from __future__ import annotations

import json

import pytest
from audit_support import rewrite_chain_from

from bodycam.models import audit


def write_entries(store, count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        with store.change("alice", "incident.create") as change:
            change.insert(
                "incidents", {"id": f"24-{number:03d}", "created_at": change.at, "created_by": "a"}
            )


def test_head_token_is_count_and_hash_of_the_newest_entry(store):
    assert audit.head_token(store.conn) == f"0:{audit.GENESIS}"
    write_entries(store, 3)
    newest = store.one("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    assert audit.head_token(store.conn) == f"3:{newest['hash']}"


def test_anchor_holds_as_the_log_grows(store):
    write_entries(store, 3)
    token = audit.head_token(store.conn)
    write_entries(store, 4, start=3)
    report = audit.verify_anchor(store.conn, token)
    assert report.ok and report.entries == 7
    assert audit.verify_anchor(store.conn, f"0:{audit.GENESIS}").ok


def test_consistent_rewrite_passes_the_chain_check_but_not_the_anchor(store):
    write_entries(store, 4)
    token = audit.head_token(store.conn)
    write_entries(store, 2, start=4)
    forged = json.dumps({"insert": {"id": "24-001", "created_by": "someone-else"}})
    rewrite_chain_from(store.conn, 2, forged)
    assert audit.verify(store.conn).ok  # the attack the anchor exists for
    report = audit.verify_anchor(store.conn, token)
    assert not report.ok
    assert report.problem.entry_id == 4
    assert "does not match the anchor" in str(report.problem)
    assert "rewritten at or before entry 4" in str(report.problem)


def test_rewrite_after_the_anchor_leaves_the_anchor_intact(store):
    write_entries(store, 4)
    token = audit.head_token(store.conn)
    write_entries(store, 2, start=4)
    rewrite_chain_from(store.conn, 5, "{}")
    assert audit.verify_anchor(store.conn, token).ok


def test_truncated_log_loses_the_anchored_entry(store):
    write_entries(store, 4)
    token = audit.head_token(store.conn)
    conn = store.conn
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > 2")
    conn.execute("UPDATE sqlite_sequence SET seq = 2 WHERE name = 'audit_log'")
    assert audit.verify(conn).ok
    report = audit.verify_anchor(conn, token)
    assert str(report.problem) == (
        "audit entry 4: anchored entry is gone: the log now holds 2 entries"
    )


def test_a_broken_chain_is_reported_before_the_anchor(store):
    write_entries(store, 3)
    token = audit.head_token(store.conn)
    store.conn.execute("DROP TRIGGER audit_log_no_update")
    store.conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")
    report = audit.verify_anchor(store.conn, token)
    assert str(report.problem) == "audit entry 2: content was altered after it was written"


@pytest.mark.parametrize("token", ["", "12", "x:" + "a" * 64, "3:" + "g" * 64, "3:abc"])
def test_malformed_anchor_is_refused_with_the_expected_form(store, token):
    with pytest.raises(ValueError, match="is not COUNT:HASH"):
        audit.verify_anchor(store.conn, token)
