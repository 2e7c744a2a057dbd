"""The store: one SQLite database (through sqlite-utils) and the one write path into it.

Every change goes through :meth:`Store.change`, which opens an IMMEDIATE transaction and writes
an audit entry for each insert, update or delete in that same transaction, so a change and its
record land together or not at all.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
import threading
from collections.abc import Collection, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from ..core.errors import DataDirError, NotFound, StaleEdit
from . import audit
from .filemodes import create_private_file, make_private_dir
from .schema import migrate
from .settings import Layout, resolve_data_dir

BUSY_TIMEOUT_MS = 30_000


def utc_now() -> str:
    """Timestamps are ISO 8601 UTC with microseconds, so they sort as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _encode(value: Any) -> Any:
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def _digest(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    raw = value if isinstance(value, bytes | bytearray) else str(value).encode("utf-8")
    return {"sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw)}


def _auditable(values: dict[str, Any], redact: Collection[str] = ()) -> dict[str, Any]:
    """Binary values (embeddings) and secrets (password hashes, session token hashes) are
    recorded by their SHA-256, never their content: the log shows that they changed and lets the
    row be reconciled with it, without handing the secret to whoever reads the log."""
    return {
        k: _digest(v) if k in redact or isinstance(v, bytes | bytearray) else v
        for k, v in values.items()
    }


class Change:
    """One transaction in progress. Each write is audited under the change's actor and action."""

    def __init__(self, conn: sqlite3.Connection, actor: str, action: str, at: str):
        self.conn = conn
        self.actor = actor
        self.action = action
        self.at = at

    def insert(
        self,
        table: str,
        values: dict[str, Any],
        *,
        audit_details: bool = True,
        redact: Collection[str] = (),
    ) -> int:
        """Insert one row. ``redact`` names secret columns the audit entry records by hash."""
        columns = ", ".join(_quote(c) for c in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {_quote(table)} ({columns}) VALUES ({marks})",
            [_encode(v) for v in values.values()],
        )
        row_id = cursor.lastrowid
        if audit_details:
            details = {"insert": _auditable(values, redact)}
        else:
            details = {"insert": sorted(values)}
        self.audit(table, values.get("id", row_id), details)
        return values.get("id", row_id)

    def insert_many(self, table: str, rows: list[dict[str, Any]]) -> list[int]:
        """Insert machine-made rows in bulk under ONE audit entry that records their count, id
        range and a SHA-256 of their content, so the chain covers them without an entry per
        word of a two-hour transcript."""
        if not rows:
            return []
        columns = list(rows[0])
        sql = (
            f"INSERT INTO {_quote(table)} ({', '.join(_quote(c) for c in columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})"
        )
        ids = []
        for row in rows:
            ids.append(self.conn.execute(sql, [_encode(row[c]) for c in columns]).lastrowid)
        digest = hashlib.sha256(audit.canonical_json(rows).encode("utf-8")).hexdigest()
        # The rows read back as stored, so `bodycam verify` can re-hash them (reconcile.py).
        stored = self.conn.execute(
            f"SELECT {', '.join(_quote(c) for c in columns)} FROM {_quote(table)}"
            " WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
            [ids[0], ids[-1]],
        ).fetchall()
        stored_digest = hashlib.sha256(
            audit.canonical_json([list(r) for r in stored]).encode("utf-8")
        ).hexdigest()
        self.audit(
            table,
            f"{ids[0]}-{ids[-1]}",
            {
                "insert_many": {
                    "count": len(rows),
                    "first_id": ids[0],
                    "last_id": ids[-1],
                    "sha256": digest,
                    "columns": columns,
                    "stored_sha256": stored_digest,
                }
            },
        )
        return ids

    def update(
        self,
        table: str,
        row_id: Any,
        values: dict[str, Any],
        *,
        expect: dict[str, Any] | None = None,
        redact: Collection[str] = (),
    ) -> dict[str, Any]:
        """Update one row and audit the old and new values of the fields that changed.

        Args:
            expect: optimistic concurrency: the fields must still hold these values, else
                :class:`StaleEdit` is raised and nothing is written.
            redact: secret columns whose old and new values are audited by hash only.
        """
        old = self.row(table, row_id)
        if expect:
            stale = {k: old.get(k) for k, v in expect.items() if old.get(k) != v}
            if stale:
                raise StaleEdit(
                    f"{table} {row_id} was changed by someone else meanwhile "
                    f"({', '.join(sorted(stale))}); reload it and apply your edit again"
                )
        encoded = {k: _encode(v) for k, v in values.items()}
        changed = {k: v for k, v in encoded.items() if old.get(k) != v}
        if not changed:
            return old
        assignments = ", ".join(f"{_quote(c)} = ?" for c in changed)
        self.conn.execute(
            f"UPDATE {_quote(table)} SET {assignments} WHERE id = ?", [*changed.values(), row_id]
        )
        self.audit(
            table,
            row_id,
            {
                "update": {
                    k: {"old": _digest(old.get(k)), "new": _digest(v)}
                    if k in redact
                    else {"old": old.get(k), "new": v}
                    for k, v in changed.items()
                }
            },
        )
        return {**old, **changed}

    def delete(self, table: str, row_id: Any) -> dict[str, Any]:
        """Hard delete, audited with the full row. Only for machine-made rows: people's work is
        soft-deleted by the stage that owns it."""
        old = self.row(table, row_id)
        self.conn.execute(f"DELETE FROM {_quote(table)} WHERE id = ?", [row_id])
        self.audit(table, row_id, {"delete": old})
        return old

    def row(self, table: str, row_id: Any) -> dict[str, Any]:
        cursor = self.conn.execute(f"SELECT * FROM {_quote(table)} WHERE id = ?", [row_id])
        found = cursor.fetchone()
        if found is None:
            raise NotFound(f"{table} {row_id} does not exist")
        return dict(zip([d[0] for d in cursor.description], found, strict=True))

    def audit(self, entity: str, entity_id: Any, details: dict[str, Any]) -> int:
        return audit.append(
            self.conn,
            at=self.at,
            actor=self.actor,
            action=self.action,
            entity=entity,
            entity_id=entity_id,
            details=details,
        )


class Store:
    """A data directory: the database, the originals and the derived media."""

    def __init__(self, data_dir: str | Path | None = None):
        self.layout = Layout(resolve_data_dir(data_dir))
        try:
            # The root and the database are private from the start (see filemodes).
            make_private_dir(self.layout.root)
            for folder in (self.layout.originals, self.layout.derived):
                folder.mkdir(parents=True, exist_ok=True)
            create_private_file(self.layout.database)
        except OSError as error:
            raise DataDirError(
                f"cannot use data directory {self.layout.root}: {error.strerror}; "
                "choose another with --data-dir or BODYCAM_DATA"
            ) from error
        self._local = threading.local()
        self._write_lock = threading.RLock()
        migrate(self.conn)

    @property
    def conn(self) -> sqlite3.Connection:
        # One connection per thread: the app's script threads and the worker's threads each get
        # their own, and WAL lets readers run beside the writer.
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.layout.database, isolation_level=None, check_same_thread=False
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
        return conn

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils view for reads and schema helpers (never for writes: see change())."""
        database = getattr(self._local, "db", None)
        if database is None:
            database = sqlite_utils.Database(self.conn)
            self._local.db = database
        return database

    @property
    def root(self) -> Path:
        return self.layout.root

    @contextlib.contextmanager
    def change(self, actor: str, action: str) -> Iterator[Change]:
        """Open the write transaction; everything written through the yielded Change commits
        together with its audit entries, or rolls back together."""
        if not actor:
            raise ValueError("every change needs an actor: pass --user or set BODYCAM_USER")
        with self._write_lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Change(conn, actor, action, utc_now())
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def get(self, table: str, row_id: Any) -> dict[str, Any]:
        found = self.one(f"SELECT * FROM {_quote(table)} WHERE id = ?", [row_id])
        if found is None:
            raise NotFound(f"{table} {row_id} does not exist")
        return found

    def verify_audit(self) -> audit.AuditReport:
        return audit.verify(self.conn)

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
            self._local.db = None


@functools.cache
def _store_at(root: Path) -> Store:
    return Store(root)


def shared_store(data_dir: str | Path | None = None) -> Store:
    """The one Store of a long-running process (the app server: its pages, its media route),
    per data directory ($BODYCAM_DATA when None). Each thread still gets its own connection."""
    return _store_at(resolve_data_dir(data_dir))
