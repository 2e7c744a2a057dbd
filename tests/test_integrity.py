"""`bodycam verify`: derived files re-hashed (a swapped proxy is named) and the database
reconciled with the audit log (a row changed, deleted or rewritten behind the write path is
named), with no false alarm after the audited edits a review makes."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from support import copied_store
from transcripts_support import ingested_with_transcript

from bodycam.annotate import corrections, encounter, tags
from bodycam.ingest.integrity import last_result, run_verify
from bodycam.models import Store


@pytest.fixture(scope="module")
def reviewed_once(tmp_path_factory, media):
    """Two footage, a transcript on the first, and a review's worth of audited edits, built
    once (ingest made proxies and images for each test before: most of the file's time)."""
    data_dir = tmp_path_factory.mktemp("reviewed") / "data"
    store = ingested_with_transcript(data_dir, media["h264_aac"], media["mpeg4_mp3"])
    tag = tags.create_tag(store, 1, "open_question", 1.0, "alice", notes="first")
    tags.update_tag(store, tag, 1, "alice", notes="edited")
    gone = tags.create_tag(store, 1, "closes_distance", 2.0, "alice")
    tags.delete_tag(store, gone, 1, "alice")
    first = store.one("SELECT id FROM segments ORDER BY start LIMIT 1")["id"]
    corrections.edit_text(store, first, "Sir, I am Officer Diaz.", "bob")
    speaker = store.one("SELECT id FROM speakers ORDER BY id LIMIT 1")["id"]
    corrections.update_speaker(store, speaker, "bob", name="Ofc. Diaz")
    encounter.save_form(store, 1, {}, "bob", None)
    store.close()
    return data_dir


@pytest.fixture
def reviewed(reviewed_once, data_dir, request):
    """Each test's own copy of the reviewed store (file modes kept)."""
    return copied_store(reviewed_once, data_dir, request)


def _raw(store: Store) -> sqlite3.Connection:
    """A connection that bypasses the write path, as someone with the database file would."""
    conn = sqlite3.connect(store.layout.database, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def test_a_reviewed_store_verifies_clean_and_the_result_is_kept(reviewed):
    report = run_verify(reviewed, "admin")
    assert report.problems == []
    assert (report.originals, report.derived) == (2, 10)
    kept = last_result(reviewed)
    assert (kept["ok"], kept["user"], kept["at"]) == (True, "admin", report.at)
    assert oct((reviewed.root / "last_verify.json").stat().st_mode & 0o777) == "0o600"


def test_a_swapped_proxy_is_named(reviewed):
    one = reviewed.layout.derived_dir(1) / "proxy.mp4"
    two = reviewed.layout.derived_dir(2) / "proxy.mp4"
    one.chmod(0o644)
    shutil.copyfile(two, one)
    [problem] = run_verify(reviewed, "admin").problems
    assert problem == f"proxy of footage 1 ({one}): holds footage 2's proxy, not its own"


def test_an_altered_derived_file_is_named(reviewed):
    envelope = reviewed.layout.derived_dir(2) / "envelope.json"
    envelope.chmod(0o644)
    envelope.write_text("[]")
    [problem] = run_verify(reviewed, "admin").problems
    assert problem == f"envelope of footage 2 ({envelope}): altered"


def _entry(store: Store, table: str, row_id: int) -> int:
    return store.one(
        "SELECT max(id) AS id FROM audit_log WHERE entity = ? AND entity_id = ?",
        [table, str(row_id)],
    )["id"]


def test_a_tag_changed_with_sqlite_is_named(reviewed):
    _raw(reviewed).execute("UPDATE tags SET notes = 'nothing happened' WHERE id = 1")
    [problem] = run_verify(reviewed, "admin").problems
    assert problem == (
        f"tags 1 (audit entry {_entry(reviewed, 'tags', 1)}): notes differ from what the audit "
        "log records"
    )


def test_edited_footage_metadata_and_a_deleted_record_are_named(reviewed):
    conn = _raw(reviewed)
    conn.execute("UPDATE footage SET officer = 'Someone Else', duration = 1 WHERE id = 1")
    conn.execute("DELETE FROM footage WHERE id = 2")
    problems = run_verify(reviewed, "admin").problems
    assert (
        f"footage 1 (audit entry {_entry(reviewed, 'footage', 1)}): duration, officer differ "
        "from what the audit log records"
    ) in problems
    assert (
        f"footage 2 (audit entry {_entry(reviewed, 'footage', 2)}): the row was deleted outside "
        "the audited write path"
    ) in problems


def test_a_rewritten_machine_segment_is_named(reviewed):
    # The second segment is the machine's, untouched by the review. Its trigger forbids the
    # update; someone with the database file drops it first.
    conn = _raw(reviewed)
    conn.execute("DROP TRIGGER segments_no_update")
    conn.execute("UPDATE segments SET text = 'I will talk to you' WHERE id = 2")
    entry = reviewed.one(
        "SELECT id, entity_id FROM audit_log WHERE entity = 'segments' AND details LIKE"
        " '%insert_many%' ORDER BY id LIMIT 1"
    )
    problems = run_verify(reviewed, "admin").problems
    assert problems == [
        f"segments {entry['entity_id']} (audit entry {entry['id']}): machine-made rows differ "
        "from what the audit log records"
    ]


def test_a_soft_deleted_tag_brought_back_by_sqlite_is_named(reviewed):
    _raw(reviewed).execute("UPDATE tags SET deleted_at = NULL, deleted_by = NULL WHERE id = 2")
    [problem] = run_verify(reviewed, "admin").problems
    assert problem.startswith("tags 2 (audit entry")
    assert "deleted_at, deleted_by differ" in problem


def test_cli_verify_exits_1_and_names_the_row(run, reviewed):
    _raw(reviewed).execute("UPDATE tags SET code = 'reassurance' WHERE id = 1")
    result = run("verify")
    assert result.exit_code == 1
    assert "tags 1 (audit entry" in result.output and "code differ" in result.output
    kept = json.loads((reviewed.root / "last_verify.json").read_text())
    assert kept["ok"] is False and kept["user"] == "tester"
