"""Reconcile the database with the audit log: every audited row must hold what its audit entries
say it holds.

The hash chain proves the log unchanged; it says nothing of the rows themselves, so a tag
edited with ``sqlite3 ... UPDATE``, a footage record deleted, or a machine segment rewritten
would pass it. Replaying the log gives each row's audited state:

- ``insert`` entries record the inserted values (secrets and binary values by SHA-256);
- ``update`` entries record each changed field's new value;
- ``delete`` entries record that the row is gone;
- ``insert_many`` entries (machine output in bulk) record, going forward, the columns and a
  SHA-256 of the rows as stored; the range is re-hashed with any field a later ``update``
  entry changed put back to its value before that update. Older bulk entries, which lack it,
  are counted as not checkable.

Only the fields the log records are compared: columns filled by a default at insert are not.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from .audit import canonical_json
from .store import _digest, _encode

#: Columns written outside the audited write path on purpose: a running job's heartbeat (its
#: progress and liveness, several times a minute) is bookkeeping, not evidence, and auditing it
#: would bury the log. Everything else about a job (claims, results, failures) is audited.
UNAUDITED_COLUMNS = {"jobs": frozenset({"progress", "progress_detail", "heartbeat_at"})}


@dataclass
class RowState:
    exists: bool = True
    values: dict[str, Any] = field(default_factory=dict)
    #: Per field, its value before the first audited update (for bulk-inserted rows).
    first_old: dict[str, Any] = field(default_factory=dict)
    #: The full row a ``delete`` entry recorded.
    deleted_row: dict[str, Any] | None = None
    entry_id: int = 0


@dataclass(frozen=True)
class Bulk:
    table: str
    first_id: int
    last_id: int
    columns: tuple[str, ...]
    sha256: str
    entry_id: int


@dataclass
class Reconciliation:
    rows_checked: int = 0
    bulk_checked: int = 0
    bulk_unchecked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_checked": self.rows_checked,
            "bulk_checked": self.bulk_checked,
            "bulk_unchecked": self.bulk_unchecked,
            "problems": list(self.problems),
        }


def stored_rows_digest(rows: list[list[Any]]) -> str:
    """SHA-256 of rows as the database holds them (Change.insert_many records it)."""
    return hashlib.sha256(canonical_json(rows).encode("utf-8")).hexdigest()


def _is_digest(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"sha256", "bytes"}


def _matches(expected: Any, current: Any) -> bool:
    if _is_digest(expected) and _digest(current) == expected:
        return True
    return _encode(expected) == current


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows} - {"audit_log", "sqlite_sequence"}


def replay(conn: sqlite3.Connection) -> tuple[dict[tuple[str, int], RowState], list[Bulk], int]:
    """Each audited row's state, the checkable bulk inserts, and how many bulk inserts cannot
    be checked (written before their stored digest was recorded)."""
    tables = _tables(conn)
    states: dict[tuple[str, int], RowState] = {}
    bulks: list[Bulk] = []
    unchecked = 0
    cursor = conn.execute("SELECT id, entity, entity_id, details FROM audit_log ORDER BY id")
    for entry_id, entity, entity_id, details_json in cursor:
        if entity not in tables or entity_id is None:
            continue
        details = json.loads(details_json)
        if "insert_many" in details:
            bulk = details["insert_many"]
            if "stored_sha256" in bulk:
                bulks.append(
                    Bulk(entity, bulk["first_id"], bulk["last_id"], tuple(bulk["columns"]),
                         bulk["stored_sha256"], entry_id)
                )  # fmt: skip
            else:
                unchecked += 1
            continue
        if not entity_id.lstrip("-").isdigit():
            continue
        key = (entity, int(entity_id))
        if "insert" in details:
            values = details["insert"]
            # An insert audited by column names only records that the row exists.
            states[key] = RowState(True, dict(values) if isinstance(values, dict) else {})
        elif "update" in details:
            state = states.setdefault(key, RowState())
            for column, change in details["update"].items():
                state.first_old.setdefault(column, change["old"])
                state.values[column] = change["new"]
        elif "delete" in details:
            previous = states.get(key, RowState())
            states[key] = RowState(False, first_old=previous.first_old,
                                   deleted_row=details["delete"])  # fmt: skip
        else:
            continue
        states[key].entry_id = entry_id
    return states, bulks, unchecked


def _row(conn: sqlite3.Connection, table: str, row_id: int) -> dict[str, Any] | None:
    # rowid: what an audit entry names (Change.insert records lastrowid); for tables with an
    # ``id INTEGER PRIMARY KEY`` it is that id.
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', [row_id])
    found = cursor.fetchone()
    if found is None:
        return None
    return dict(zip([d[0] for d in cursor.description], found, strict=True))


def _check_row(conn, table: str, row_id: int, state: RowState, report: Reconciliation) -> None:
    current = _row(conn, table, row_id)
    where = f"{table} {row_id} (audit entry {state.entry_id})"
    if current is None:
        if state.exists:
            report.problems.append(f"{where}: the row was deleted outside the audited write path")
        return
    if not state.exists:
        report.problems.append(f"{where}: the audit log records it deleted, but the row exists")
        return
    changed = sorted(
        column
        for column, expected in state.values.items()
        if column != "id"
        and column not in UNAUDITED_COLUMNS.get(table, ())
        and not _matches(expected, current.get(column))
    )
    if changed:
        report.problems.append(
            f"{where}: {', '.join(changed)} differ from what the audit log records"
        )


def _check_bulk(conn, bulk: Bulk, states, report: Reconciliation) -> None:
    columns = ", ".join(f'"{c}"' for c in bulk.columns)
    cursor = conn.execute(
        f'SELECT rowid, {columns} FROM "{bulk.table}" WHERE rowid BETWEEN ? AND ? ORDER BY rowid',
        [bulk.first_id, bulk.last_id],
    )
    present = {row_id: values for row_id, *values in cursor}
    rows = []
    for row_id in range(bulk.first_id, bulk.last_id + 1):
        state = states.get((bulk.table, row_id))
        if row_id in present:
            values = present[row_id]
        elif state is not None and state.deleted_row is not None:
            # Deleted through the audited path: the delete entry holds the row.
            values = [state.deleted_row.get(column) for column in bulk.columns]
        else:
            report.problems.append(
                f"{bulk.table} {row_id} (audit entry {bulk.entry_id}): the row was deleted "
                "outside the audited write path"
            )
            return
        if state is not None:
            # Put back what later audited updates changed: the digest is of the inserted rows.
            values = [
                state.first_old.get(column, value)
                for column, value in zip(bulk.columns, values, strict=True)
            ]
        rows.append(values)
    where = f"{bulk.table} {bulk.first_id}-{bulk.last_id} (audit entry {bulk.entry_id})"
    if stored_rows_digest(rows) != bulk.sha256:
        report.problems.append(f"{where}: machine-made rows differ from what the audit log records")


def reconcile(conn: sqlite3.Connection) -> Reconciliation:
    """Compare every audited row with its audited state; name each that differs."""
    states, bulks, unchecked = replay(conn)
    report = Reconciliation(bulk_unchecked=unchecked)
    in_bulk = set()
    for bulk in bulks:
        _check_bulk(conn, bulk, states, report)
        report.bulk_checked += 1
        in_bulk.update((bulk.table, i) for i in range(bulk.first_id, bulk.last_id + 1))
    for (table, row_id), state in sorted(states.items()):
        if (table, row_id) in in_bulk and not state.exists:
            continue  # a deleted bulk row: the range check above accounts for it
        _check_row(conn, table, row_id, state, report)
        report.rows_checked += 1
    return report
