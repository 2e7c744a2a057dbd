"""Backups of a data directory, and restoring one.

A backup folder is laid out like a data directory (``bodycam.db``, ``media/originals``,
``media/derived``) plus ``manifest.json``, written last, which records the hash, size, schema
version, table counts and audit head of the database and the hash of every media file. The
database is copied with SQLite's online backup API from a read snapshot, so it is consistent
even while the app or the worker writes. Media is content-addressed and never changes in place,
so a second backup into the same folder copies only files it does not hold yet.

Restoring checks the database's hash against the manifest before anything is written, and each
media file's as it is copied, failing on the first that differs. It never writes to the restored
database: its audit log stays exactly the one that was backed up.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import DataDirError, InvalidInput, SchemaTooNew
from . import audit
from .filemodes import PRIVATE_FILE, create_private_file, make_private_dir
from .schema import MIGRATIONS, current_version
from .settings import Layout, resolve_data_dir
from .store import Store, utc_now

MANIFEST = "manifest.json"
FORMAT = 1
BLOCK_SIZE = 1 << 20
READ_ONLY = 0o444


@dataclass
class Outcome:
    """What a backup or restore did; ``problems`` are files whose content did not match."""

    path: Path
    manifest: dict[str, Any]
    copied: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


def copy_hashed(source: Path, target: Path | None = None) -> tuple[str, int]:
    """SHA-256 and size of ``source``, copied to ``target`` on the way when one is given
    (through a temporary name, so a half-copied file never carries the final name)."""
    digest = hashlib.sha256()
    size = 0
    partial = None if target is None else target.with_name(target.name + ".partial")
    writer = None
    if partial is not None:
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        writer = open(partial, "wb")  # noqa: SIM115 - closed in finally
    try:
        with open(source, "rb") as reader:
            while block := reader.read(BLOCK_SIZE):
                digest.update(block)
                size += len(block)
                if writer is not None:
                    writer.write(block)
        if writer is not None:
            writer.flush()
            os.fsync(writer.fileno())
    finally:
        if writer is not None:
            writer.close()
    if partial is not None and target is not None:
        os.replace(partial, target)
    return digest.hexdigest(), size


def database_facts(path: Path) -> dict[str, Any]:
    """Schema version, row count of every table and the audit head of a database file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        report = audit.verify(conn)
        return {
            "schema_version": current_version(conn),
            "tables": counts,
            "audit_head": audit.head_token(conn),
            "audit_problem": None if report.ok else str(report.problem),
        }
    finally:
        conn.close()


def recorded_hashes(store: Store) -> dict[str, str]:
    """Media path (relative to the data directory) -> the SHA-256 the database records."""
    recorded = {
        row["original_path"]: row["sha256"]
        for row in store.query("SELECT original_path, sha256 FROM footage")
    }
    for row in store.query("SELECT path, sha256 FROM derived_files"):
        recorded[row["path"]] = row["sha256"]
    return recorded


def read_manifest(folder: Path) -> dict[str, Any] | None:
    path = folder / MANIFEST
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InvalidInput(f"{path} cannot be read as a backup manifest: {error}") from error


def _write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    partial = folder / (MANIFEST + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    partial.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(partial, folder / MANIFEST)


def _media_files(layout: Layout) -> list[Path]:
    found = []
    for folder in (layout.originals, layout.derived):
        if folder.is_dir():
            found += [p for p in folder.rglob("*") if p.is_file() and p.suffix != ".partial"]
    return sorted(found)


def _copy_media(
    source_root: Path,
    target_root: Path,
    files: dict[str, str | None],
    known: dict[str, dict[str, Any]],
    outcome: Outcome,
) -> dict[str, dict[str, Any]]:
    """Copy ``files`` (relative path -> expected SHA-256 or None) unless the target already holds
    the same content. ``known`` is what a previous manifest says the target holds."""
    entries = {}
    for relative, expected in sorted(files.items()):
        source, target = source_root / relative, target_root / relative
        entry = known.get(relative)
        present = target.exists()
        if present and expected and entry and entry.get("sha256") == expected:
            same = target.stat().st_size == entry.get("size")
        elif present and expected:
            same = copy_hashed(target)[0] == expected
        else:
            same = False
        if same:
            outcome.skipped += 1
            entries[relative] = {"sha256": expected, "size": target.stat().st_size}
            continue
        if present:
            target.chmod(PRIVATE_FILE)  # originals are read-only; this copy replaces it
        digest, size = copy_hashed(source, target)
        outcome.copied += 1
        if expected and digest != expected:
            outcome.problems.append(
                f"{relative}: its content (sha256 {digest}) does not match the recorded "
                f"{expected}; run `bodycam verify` on the source"
            )
        if relative.startswith("media/originals/"):
            target.chmod(READ_ONLY)
        entries[relative] = {"sha256": digest, "size": size}
    return entries


def backup(store: Store, dest: str | Path, actor: str, *, media: bool = False) -> Outcome:
    """Back up the database (and with ``media`` the originals and derived files) into ``dest``."""
    dest = Path(dest).expanduser().resolve()
    if dest == store.root or store.root in dest.parents:
        raise InvalidInput(f"{dest} is inside the data directory: back up to a folder outside it")
    make_private_dir(dest)
    previous = read_manifest(dest) or {}
    target = Layout(dest)
    # Before the database snapshot, so every head it signs is in the copied chain.
    signatures = _copy_signatures(store.layout, target)
    partial = dest / "bodycam.db.partial"
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    # Its own connection, so the backup's read snapshot never shares a transaction with a write
    # of this thread; one step (pages=-1) copies one consistent snapshot.
    source = sqlite3.connect(store.layout.database)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
        # A standalone file: no -wal beside it that the copy would depend on.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
        source.close()
    os.replace(partial, target.database)
    db_sha, db_size = copy_hashed(target.database)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "created_at": utc_now(),
        "created_by": actor,
        "os_user": getpass.getuser(),
        "host": socket.gethostname(),
        "source": str(store.root),
        "database": {
            "file": target.database.name,
            "sha256": db_sha,
            "size": db_size,
            **database_facts(target.database),
        },
        "media": None,
        "signatures": signatures,
    }
    outcome = Outcome(dest, manifest)
    if media:
        recorded = recorded_hashes(store)
        files = {p.relative_to(store.root).as_posix(): None for p in _media_files(store.layout)}
        files.update({k: v for k, v in recorded.items() if k in files})
        missing = sorted(set(recorded) - set(files))
        outcome.problems += [f"{m}: recorded in the database but missing on disk" for m in missing]
        known = (previous.get("media") or {}).get("files", {})
        entries = _copy_media(store.root, dest, files, known, outcome)
        manifest["media"] = {"files": entries, "count": len(entries)}
    manifest["problems"] = outcome.problems
    _write_manifest(dest, manifest)
    with store.change(actor, "backup.create") as change:
        change.audit(
            "backup",
            str(dest),
            {
                "database_sha256": db_sha,
                "audit_head": manifest["database"]["audit_head"],
                "media": manifest["media"]["count"] if media else None,
                "copied": outcome.copied,
                "problems": len(outcome.problems),
            },
        )
    return outcome


def _copy_signatures(source: Layout, target: Layout) -> dict[str, Any] | None:
    """Copy the signed audit heads (`bodycam audit sign`), which a restore must bring back with
    the chain they sign; None when there are none."""
    if not source.audit_signatures.is_file():
        target.audit_signatures.unlink(missing_ok=True)
        return None
    digest, size = copy_hashed(source.audit_signatures, target.audit_signatures)
    return {"file": target.audit_signatures.name, "sha256": digest, "size": size}


def _restore_signatures(src: Path, manifest: dict[str, Any], layout: Layout) -> list[str]:
    entry = manifest.get("signatures")  # absent in backups made before signed heads
    if not entry:
        return []
    digest, _ = copy_hashed(src / entry["file"], layout.audit_signatures)
    if digest != entry["sha256"]:
        return [
            f"{src / entry['file']}: sha256 {digest} differs from the manifest's signatures.sha256"
        ]
    return []


def _check_backup(src: Path) -> dict[str, Any]:
    manifest = read_manifest(src)
    if manifest is None:
        raise InvalidInput(f"{src} has no {MANIFEST}: give a folder made by `bodycam backup`")
    if manifest.get("format") != FORMAT:
        raise InvalidInput(
            f"{src / MANIFEST}: format {manifest.get('format')!r} is not {FORMAT}: "
            "restore it with the release that made it"
        )
    database = manifest.get("database") or {}
    if database.get("schema_version", 0) > len(MIGRATIONS):
        raise SchemaTooNew(
            f"{src}: the backup's schema version {database['schema_version']} is newer than this "
            f"release supports ({len(MIGRATIONS)}): upgrade bodycam-review"
        )
    db_file = src / database.get("file", "bodycam.db")
    if not db_file.exists():
        raise InvalidInput(f"{db_file} is missing: the backup is incomplete")
    digest, _ = copy_hashed(db_file)
    if digest != database.get("sha256"):
        raise InvalidInput(
            f"{db_file}: sha256 {digest} differs from {src / MANIFEST} database.sha256: the "
            "backup was altered or damaged; restore another one"
        )
    return manifest


def restore(src: str | Path, data_dir: str | Path | None, *, force: bool = False) -> Outcome:
    """Restore a backup folder into a data directory that is empty (or, with ``force``,
    replace its database and add the backup's media)."""
    src = Path(src).expanduser().resolve()
    manifest = _check_backup(src)
    layout = Layout(resolve_data_dir(data_dir))
    if layout.root.is_dir() and any(layout.root.iterdir()) and not force:
        raise DataDirError(
            f"{layout.root} is not empty: restore into an empty data directory, or pass --force "
            "to replace its database (stop the app and worker first)"
        )
    make_private_dir(layout.root)
    outcome = Outcome(layout.root, manifest)
    media = (manifest.get("media") or {}).get("files", {})
    signed = (manifest.get("signatures") or {}).get("file")
    for relative in [*media, *([signed] if signed else [])]:
        if not (src / relative).is_file():
            raise InvalidInput(f"{src / relative} is missing: the backup is incomplete")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{layout.database}{suffix}").unlink(missing_ok=True)
    copy_hashed(src / manifest["database"]["file"], layout.database)
    layout.database.chmod(PRIVATE_FILE)
    expected = {relative: entry["sha256"] for relative, entry in media.items()}
    _copy_media(src, layout.root, expected, {}, outcome)
    outcome.problems += _restore_signatures(src, manifest, layout)
    for folder in (layout.originals, layout.derived):
        folder.mkdir(parents=True, exist_ok=True)
    if outcome.problems:
        raise InvalidInput(
            "the backup's files do not match its manifest: "
            + "; ".join(outcome.problems)
            + "; restore another backup"
        )
    return outcome
