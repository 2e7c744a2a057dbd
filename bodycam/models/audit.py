"""The hash-chained, append-only audit log.

Each entry stores the hash of the one before it, and its own hash covers its id, its content and
that previous hash. Editing, deleting or reordering any entry therefore breaks the chain at that
entry. Deleting entries from the end is caught by SQLite's AUTOINCREMENT counter, which keeps the
highest id ever issued; ``head_token()`` gives a value to record outside the database for full
protection against someone who can also rewrite that counter.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(
    entry_id: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    details: str,
    prev_hash: str,
) -> str:
    payload = canonical_json([entry_id, at, actor, action, entity, entity_id, details, prev_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: sqlite3.Connection,
    *,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: Any,
    details: dict[str, Any],
) -> int:
    """Append one entry. Must run inside the write transaction of the change it records."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    prev_hash = row[1] if row else GENESIS
    # AUTOINCREMENT ids are max(seq)+1; computing it here lets the hash cover the id.
    entry_id = (seq[0] if seq else 0) + 1
    entity_key = None if entity_id is None else str(entity_id)
    details_json = canonical_json(details)
    digest = entry_hash(entry_id, at, actor, action, entity, entity_key, details_json, prev_hash)
    conn.execute(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, at, actor, action, entity, entity_key, details_json, prev_hash, digest),
    )
    return entry_id


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int | None
    reason: str

    def __str__(self) -> str:
        where = f"audit entry {self.entry_id}" if self.entry_id is not None else "audit log"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class AuditReport:
    entries: int
    head: str
    problem: AuditProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(conn: sqlite3.Connection) -> AuditReport:
    """Walk the chain from the first entry and report the first entry that does not fit."""
    prev_hash = GENESIS
    expected_id = 1
    count = 0
    rows = conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, details, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    )
    for entry_id, at, actor, action, entity, entity_key, details, stored_prev, stored in rows:
        count += 1
        if entry_id != expected_id:
            return AuditReport(
                count,
                prev_hash,
                AuditProblem(expected_id, f"missing (the next entry present is {entry_id})"),
            )
        if stored_prev != prev_hash:
            return AuditReport(
                count,
                prev_hash,
                AuditProblem(entry_id, "does not follow the entry before it (deleted or moved)"),
            )
        digest = entry_hash(entry_id, at, actor, action, entity, entity_key, details, stored_prev)
        if digest != stored:
            return AuditReport(
                count, prev_hash, AuditProblem(entry_id, "content was altered after it was written")
            )
        prev_hash = stored
        expected_id += 1
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    issued = seq[0] if seq else 0
    if issued != expected_id - 1:
        return AuditReport(
            count,
            prev_hash,
            AuditProblem(expected_id, f"missing: entries up to {issued} were written"),
        )
    return AuditReport(count, prev_hash, None)


def head_token(conn: sqlite3.Connection) -> str:
    """``COUNT:HASH`` of the newest entry, to record outside the database (a ticket, a signed
    e-mail, syslog). Someone who can rewrite the whole file can make a consistent new chain, but
    not one whose entry COUNT still has this hash."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return f"{row[0]}:{row[1]}" if row else f"0:{GENESIS}"


def parse_anchor(token: str) -> tuple[int, str]:
    count, _, digest = (token or "").strip().partition(":")
    digest = digest.lower()
    if not (count.isdigit() and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
        raise ValueError(
            f"anchor {token!r} is not COUNT:HASH (an entry count, a colon and 64 hex digits) "
            "as `bodycam audit head` prints it"
        )
    return int(count), digest


def verify_anchor(conn: sqlite3.Connection, token: str) -> AuditReport:
    """Prove the chain intact *and* that its entry COUNT still has the anchored hash, so every
    entry up to the anchor is unchanged (each hash covers all before it)."""
    count, anchored = parse_anchor(token)
    report = verify(conn)
    if not report.ok:
        return report
    problem = anchor_problem(conn, report, count, anchored)
    if problem is not None:
        return AuditReport(report.entries, report.head, AuditProblem(count, problem))
    return report


def anchor_problem(
    conn: sqlite3.Connection, report: AuditReport, count: int, anchored: str
) -> str | None:
    """Why entry ``count`` no longer has the ``anchored`` hash, or None if it does. ``report``
    is the intact chain's :func:`verify` result, computed once for many anchors (a file of
    daily signed heads)."""
    if count == 0:
        return None
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [count]).fetchone()
    if row is None:
        return f"anchored entry is gone: the log now holds {report.entries} entries"
    if row[0] != anchored:
        return (
            f"does not match the anchor (hash now {row[0][:12]}..., anchored {anchored[:12]}...): "
            f"the log was rewritten at or before entry {count}"
        )
    return None
