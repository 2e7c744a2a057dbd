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
import os
import sqlite3
import sys
import threading
from collections.abc import Collection, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.errors import DatabaseBusy, DataDirError, InvalidInput, NotFound, StaleEdit
from . import audit
from .filemodes import create_private_file, make_private_dir
from .schema import migrate
from .settings import Layout, resolve_data_dir


def _import_sqlite_utils():
    """sqlite-utils, imported without pandas where no other thread runs.

    sqlite-utils imports pandas (and with it pyarrow) at its own import when it is installed,
    only to give ``pd.Timestamp`` values a column type, which the store never writes: 0.35 s of
    the 0.75 s each `bodycam` command took, and the fault suite alone starts fifty. With
    ``sys.modules["pandas"]`` None its ``import pandas`` fails as if it were absent. Where other
    threads run (the app's sessions) one of them could be importing pandas meanwhile and be
    refused, so there, and once pandas is loaded anyway, it is imported as usual.
    """
    if "pandas" in sys.modules or threading.active_count() > 1:
        import sqlite_utils
    else:
        sys.modules["pandas"] = None  # type: ignore[assignment]
        try:
            import sqlite_utils
        finally:
            del sys.modules["pandas"]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()

# How long a write waits for another process's write lock before giving up. SQLite's busy
# handler retries with back-off (1 ms growing to 100 ms sleeps) for this long.
BUSY_TIMEOUT_ENV = "BODYCAM_BUSY_TIMEOUT"
BUSY_TIMEOUT_SECONDS = 30.0
# SQLITE_BUSY and SQLITE_LOCKED (primary result codes; extended codes carry them in the low byte).
_BUSY_CODES = (5, 6)
_FULL_CODE = 13
_IOERR_CODE = 10  # what a full disk gives when the WAL index (-shm) cannot grow


def busy_timeout_seconds() -> float:
    """The busy timeout: $BODYCAM_BUSY_TIMEOUT seconds when set, else 30."""
    text = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not text:
        return BUSY_TIMEOUT_SECONDS
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 3600:
        raise InvalidInput(
            f"{BUSY_TIMEOUT_ENV}={text!r} is not a number of seconds between 0 and 3600: "
            "unset it or give e.g. 30"
        )
    return seconds


def _primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(error: BaseException) -> bool:
    """Whether a SQLite error means another connection holds a lock we need."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    if (code := _primary_code(error)) is not None:
        return code in _BUSY_CODES
    text = str(error)
    return "database is locked" in text or "database is busy" in text


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
        self.busy_timeout = busy_timeout_seconds()
        self._local = threading.local()
        self._write_lock = threading.RLock()
        with self.busy_errors():
            migrate(self.conn)

    @contextlib.contextmanager
    def busy_errors(self) -> Iterator[None]:
        """Turn SQLite's "database is locked" (after the busy handler gave up) into
        :class:`DatabaseBusy`, and "database or disk is full" into :class:`DataDirError`:
        messages a person can act on instead of a traceback."""
        try:
            yield
        except sqlite3.OperationalError as error:
            path = self.layout.database
            if _primary_code(error) == _FULL_CODE:
                raise DataDirError(
                    f"the disk holding the database {path} is full; nothing was written. "
                    "Free space on it (or move the data directory) and run the command again"
                ) from error
            if _primary_code(error) == _IOERR_CODE:
                raise DataDirError(
                    f"the database {path} could not be read or written (disk I/O error): check "
                    "that the disk holding it has free space and is healthy, then try again"
                ) from error
            if not is_busy(error):
                raise
            raise DatabaseBusy(
                f"the database is busy (locked by another process) for more than "
                f"{self.busy_timeout:g} s: {path}. Try again in a moment; if it stays busy, "
                f"check for a stuck process holding it (`fuser {path}` lists them) or raise "
                f"{BUSY_TIMEOUT_ENV} (seconds)"
            ) from error

    @property
    def conn(self) -> sqlite3.Connection:
        # One connection per thread: the app's script threads and the worker's threads each get
        # their own, and WAL lets readers run beside the writer.
        conn = getattr(self._local, "conn", None)
        if conn is None:
            with self.busy_errors():
                conn = sqlite3.connect(
                    self.layout.database, isolation_level=None, check_same_thread=False
                )
                conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
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
        together with its audit entries, or rolls back together.

        Raises:
            DatabaseBusy: another process held the write lock for longer than the busy
                timeout (SQLite retried with back-off meanwhile); nothing was written.
        """
        if not actor:
            raise ValueError("every change needs an actor: pass --user or set BODYCAM_USER")
        with self._write_lock, self.busy_errors():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Change(conn, actor, action, utc_now())
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Rows as dicts. Raises :class:`DatabaseBusy` like :meth:`change`."""
        with self.busy_errors():
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
