"""What an attacker who holds the database file does to the audit log, for the tests of the
defences that must still catch it (anchors, signed heads)."""

from __future__ import annotations

from bodycam.models import audit


def rewrite_chain_from(conn, entry_id: int, details: str) -> None:
    """What an attacker with the file does: edit one entry, then recompute every hash after it,
    so that the ordinary chain check passes again."""
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("UPDATE audit_log SET details = ? WHERE id = ?", [details, entry_id])
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [entry_id - 1]).fetchone()
    prev_hash = prev[0] if prev else audit.GENESIS
    rows = conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log WHERE id >= ?"
        " ORDER BY id",
        [entry_id],
    ).fetchall()
    for row_id, at, actor, action, entity, entity_key, text in rows:
        digest = audit.entry_hash(row_id, at, actor, action, entity, entity_key, text, prev_hash)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev_hash, digest, row_id]
        )
        prev_hash = digest
