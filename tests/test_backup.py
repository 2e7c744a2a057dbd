"""Backups: consistent while another connection writes, incremental media, a restore that gives
the same answers as the data directory that was backed up."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import threading

import pytest
from accounts_support import admin_cli
from click.testing import CliRunner

from bodycam.core.errors import DataDirError, InvalidInput
from bodycam.models import Store, audit
from bodycam.models.backup import backup, restore
from bodycam.models.schema import MIGRATIONS


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_incidents(store, prefix: str, count: int) -> None:
    for number in range(count):
        with store.change("alice", "incident.create") as change:
            change.insert(
                "incidents",
                {"id": f"{prefix}-{number}", "created_at": change.at, "created_by": "alice"},
            )


def add_media(store, name: str, content: bytes) -> str:
    """A footage record and its original on disk, laid out as ingest lays them out."""
    digest = hashlib.sha256(content).hexdigest()
    path = store.layout.original_path(digest, ".mp4")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    path.chmod(0o444)
    relative = path.relative_to(store.root).as_posix()
    with store.change("alice", "footage.ingest") as change:
        change.insert(
            "footage",
            {
                "sha256": digest,
                "original_name": name,
                "original_path": relative,
                "size": len(content),
                "ingested_at": change.at,
                "ingested_by": "alice",
                "status": "ready",
            },
        )
    return relative


def test_backup_is_consistent_while_another_connection_writes(store, data_dir, tmp_path):
    add_incidents(store, "before", 300)
    stop = threading.Event()
    errors = []
    started = threading.Event()

    def writer():
        other = Store(data_dir)  # its own connection, like the app beside a CLI backup
        try:
            number = 0
            while not stop.is_set():
                add_incidents(other, f"during{number}", 1)
                started.set()
                number += 1
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    assert started.wait(timeout=30)
    try:
        outcomes = [backup(store, tmp_path / f"b{i}", "op") for i in range(3)]
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not errors
    for outcome in outcomes:
        copy = sqlite3.connect(outcome.path / "bodycam.db")
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert audit.verify(copy).ok
        rows = copy.execute("SELECT count(*) FROM incidents").fetchone()[0]
        audited = copy.execute(
            "SELECT count(*) FROM audit_log WHERE entity = 'incidents'"
        ).fetchone()[0]
        assert rows == audited >= 300  # every row with its audit entry: one snapshot
        database = outcome.manifest["database"]
        assert database["sha256"] == sha256(outcome.path / "bodycam.db")
        assert database["tables"]["incidents"] == rows
        total = copy.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert database["tables"]["audit_log"] == total
        assert database["schema_version"] == len(MIGRATIONS)
        assert database["audit_head"] == audit.head_token(copy)
        assert outcome.manifest["created_by"] == "op"
        assert json.loads((outcome.path / "manifest.json").read_text()) == outcome.manifest
        copy.close()
    # The backup is itself audited, in the live log.
    entry = store.one(
        "SELECT actor, entity, entity_id FROM audit_log WHERE action = 'backup.create'"
    )
    assert entry == {"actor": "op", "entity": "backup", "entity_id": str(tmp_path / "b0")}


def test_backup_into_the_data_directory_is_refused(store):
    with pytest.raises(InvalidInput, match="inside the data directory"):
        backup(store, store.root / "backups", "op")


def test_media_is_copied_incrementally(store, tmp_path):
    first = add_media(store, "a.mp4", b"first video")
    second = add_media(store, "b.mp4", b"second video")
    dest = tmp_path / "backup"
    outcome = backup(store, dest, "op", media=True)
    assert (outcome.copied, outcome.skipped, outcome.problems) == (2, 0, [])
    files = outcome.manifest["media"]["files"]
    assert files[first] == {"sha256": hashlib.sha256(b"first video").hexdigest(), "size": 11}
    assert stat.S_IMODE(os.stat(dest / first).st_mode) == 0o444
    assert stat.S_IMODE(os.stat(dest).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(dest / "bodycam.db").st_mode) == 0o600

    again = backup(store, dest, "op", media=True)
    assert (again.copied, again.skipped) == (0, 2)

    (dest / second).unlink()
    third = add_media(store, "c.mp4", b"third video")
    later = backup(store, dest, "op", media=True)
    assert (later.copied, later.skipped) == (2, 1)
    assert sorted(later.manifest["media"]["files"]) == sorted([first, second, third])


def test_a_swapped_original_is_reported_not_hidden(store, tmp_path):
    relative = add_media(store, "a.mp4", b"original content")
    path = store.root / relative
    path.chmod(0o644)
    path.write_bytes(b"swapped content!")
    outcome = backup(store, tmp_path / "backup", "op", media=True)
    assert len(outcome.problems) == 1
    assert outcome.problems[0].startswith(f"{relative}: its content (sha256 ")
    assert outcome.manifest["problems"] == outcome.problems


def test_restore_refuses_a_non_empty_data_dir_without_force(store, tmp_path):
    add_incidents(store, "x", 2)
    add_media(store, "a.mp4", b"video")
    backup(store, tmp_path / "backup", "op", media=True)
    with pytest.raises(DataDirError, match="is not empty: restore into an empty data directory"):
        restore(tmp_path / "backup", store.root)
    add_incidents(store, "after", 1)
    store.close()
    restore(tmp_path / "backup", store.root, force=True)
    restored = Store(store.root)
    assert restored.one("SELECT count(*) AS n FROM incidents")["n"] == 2
    assert restored.verify_audit().ok
    restored.close()


def test_restore_refuses_an_altered_backup(store, tmp_path):
    relative = add_media(store, "a.mp4", b"video")
    backup(store, tmp_path / "backup", "op", media=True)
    with sqlite3.connect(tmp_path / "backup" / "bodycam.db") as conn:
        conn.execute("INSERT INTO incidents (id, created_at, created_by) VALUES ('x', 't', 'm')")
    with pytest.raises(InvalidInput, match=r"bodycam.db: sha256 \w+ differs from .*manifest.json"):
        restore(tmp_path / "backup", tmp_path / "new")
    assert not (tmp_path / "new").exists()

    backup(store, tmp_path / "second", "op", media=True)
    (tmp_path / "second" / relative).chmod(0o644)
    (tmp_path / "second" / relative).write_bytes(b"other")
    with pytest.raises(InvalidInput, match=f"{relative}: its content"):
        restore(tmp_path / "second", tmp_path / "new2")

    with pytest.raises(InvalidInput, match=r"has no manifest\.json"):
        restore(tmp_path, tmp_path / "new3")


@pytest.mark.slow
def test_restored_data_dir_answers_like_the_original(run, data_dir, media, tmp_path):
    """End to end with the real `bodycam` CLI: ingest real footage, back up, wipe, restore."""
    assert run("ingest", str(media["h264_aac"]), "--incident", "24-7").exit_code == 0
    admin = admin_cli()
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(
            admin,
            ["--data-dir", str(data_dir), "--user", "op", *args],
            input=input,
            catch_exceptions=False,
        )

    assert (
        invoke(
            "user",
            "add",
            "ada",
            "--role",
            "admin",
            "--password-stdin",
            input="a long enough password\n",
        ).exit_code
        == 0
    )
    backup_dir = tmp_path / "backup"
    result = invoke("backup", str(backup_dir), "--media")
    assert result.exit_code == 0, result.output
    files = [p for p in (data_dir / "media").rglob("*") if p.is_file()]
    assert len(files) >= 5  # the original, its proxy, audio, images
    assert f"media: {len(files)} copied, 0 already there" in result.output

    before_list = run("list", "--json").output
    before_verify = run("audit", "verify").output
    assert '"incident_id": "24-7"' in before_list and before_verify.startswith("audit log intact")
    token = invoke("audit", "head").output.strip()
    # Every media file is recorded with its hash, so a second run into the same folder copies
    # nothing (and its database is the one restored below).
    again = invoke("backup", str(backup_dir), "--media")
    assert f"media: 0 copied, {len(files)} already there" in again.output

    shutil.rmtree(data_dir)
    result = invoke("restore", str(backup_dir))
    assert result.exit_code == 0, result.output
    assert run("list", "--json").output == before_list
    assert run("audit", "verify").output == before_verify
    assert invoke("audit", "verify", "--anchor", token).exit_code == 0
    # Every original and derived file came back with its recorded hash.
    assert run("verify").exit_code == 0

    refused = invoke("restore", str(backup_dir))
    assert refused.exit_code == 1
    assert "is not empty: restore into an empty data directory, or pass --force" in refused.output
