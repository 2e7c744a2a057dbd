"""Signed-in sessions: a random token held by the browser, its SHA-256 held here.

A session ends on sign-out, when its user is disabled, after ``idle`` seconds without a request,
or after ``MAX_AGE`` whatever happens. Each check re-reads the user, so a changed role or a
disabled account takes effect on the next request, not at the next sign-in.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
import time
from datetime import datetime

from ..core.errors import InvalidInput
from . import users
from .logins import Clock, iso
from .store import Store
from .users import User

IDLE_ENV = "BODYCAM_SESSION_IDLE_MINUTES"
DEFAULT_IDLE_SECONDS = 30 * 60
MAX_AGE = 12 * 3600
#: last_seen is written at most this often: each write is an audited change, and a page rerun
#: per keystroke must not add an audit entry each. A session may therefore end up to this long
#: before its idle limit, never after it.
TOUCH_SECONDS = 60
#: The actor the audit log names for what the system does on its own (an idle session ending).
SYSTEM = "system"


def idle_seconds(environ: dict[str, str] | None = None) -> int:
    """The idle limit: $BODYCAM_SESSION_IDLE_MINUTES, else 30 minutes."""
    raw = (os.environ if environ is None else environ).get(IDLE_ENV)
    if raw is None or raw == "":
        return DEFAULT_IDLE_SECONDS
    try:
        minutes = float(raw)
    except ValueError:
        minutes = -1
    if not 0 < minutes <= MAX_AGE / 60:
        raise InvalidInput(
            f"{IDLE_ENV}={raw!r} is not a number of minutes between 0 and {MAX_AGE // 60}: "
            "set it to e.g. 30"
        )
    return int(minutes * 60)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _seconds(stamp: str) -> float:
    return datetime.fromisoformat(stamp).timestamp()


def create(store: Store, user: User, client: str, *, clock: Clock = time.time) -> str:
    """Open a session for a user who just signed in; returns the token for the browser."""
    if user.disabled:
        raise InvalidInput(f"user {user.name!r} is disabled: an admin must enable it first")
    token = secrets.token_urlsafe(32)
    now = iso(clock())
    with store.change(user.name, "session.start") as change:
        change.insert(
            "sessions",
            {
                "token_hash": token_hash(token),
                "user_id": user.id,
                "client": client,
                "created_at": now,
                "last_seen": now,
            },
            redact=("token_hash",),
        )
    return token


def _end(store: Store, session_id: int, actor: str, reason: str, now: float) -> None:
    with store.change(actor, "session.end") as change:
        change.update("sessions", session_id, {"ended_at": iso(now), "end_reason": reason})


def validate(
    store: Store, token: str | None, *, idle: int | None = None, clock: Clock = time.time
) -> User | None:
    """The user a token belongs to, or None when it is unknown, ended, idle or too old."""
    if not token:
        return None
    row = store.one(
        "SELECT id, user_id, created_at, last_seen, ended_at FROM sessions WHERE token_hash = ?",
        [token_hash(token)],
    )
    if row is None or row["ended_at"] is not None:
        return None
    now = clock()
    idle = idle_seconds() if idle is None else idle
    if now - _seconds(row["last_seen"]) > idle:
        _end(store, row["id"], SYSTEM, "idle", now)
        return None
    if now - _seconds(row["created_at"]) > MAX_AGE:
        _end(store, row["id"], SYSTEM, "max_age", now)
        return None
    user = users.get_by_id(store, row["user_id"])
    if user.disabled:
        _end(store, row["id"], SYSTEM, "disabled", now)
        return None
    if now - _seconds(row["last_seen"]) >= TOUCH_SECONDS:
        with store.change(user.name, "session.touch") as change:
            change.update("sessions", row["id"], {"last_seen": iso(now)})
    return user


def end(store: Store, token: str, *, clock: Clock = time.time) -> bool:
    """Sign out. Returns False when the token named no open session."""
    row = store.one(
        "SELECT s.id, u.name FROM sessions s JOIN users u ON u.id = s.user_id"
        " WHERE s.token_hash = ? AND s.ended_at IS NULL",
        [token_hash(token)],
    )
    if row is None:
        return False
    _end(store, row["id"], row["name"], "logout", clock())
    return True


def expire_idle(store: Store, *, idle: int | None = None, clock: Clock = time.time) -> int:
    """End every session idle for longer than ``idle`` (housekeeping; :func:`validate` ends
    them on their next use anyway). Returns how many were ended."""
    now = clock()
    idle = idle_seconds() if idle is None else idle
    stale = store.query(
        "SELECT id FROM sessions WHERE ended_at IS NULL AND last_seen < ?", [iso(now - idle)]
    )
    if stale:
        with store.change(SYSTEM, "session.end") as change:
            for row in stale:
                change.update("sessions", row["id"], {"ended_at": iso(now), "end_reason": "idle"})
    return len(stale)


#: How often the app's janitor ends idle sessions (at most; never less often than half the
#: idle limit), so a session nobody comes back to is ended, not only refused at its next use.
PURGE_SECONDS = 60
_janitors: dict[str, tuple[threading.Thread, threading.Event]] = {}
_janitors_lock = threading.Lock()


def purge_interval(idle: int | None = None) -> float:
    return max(0.5, min(PURGE_SECONDS, (idle_seconds() if idle is None else idle) / 2))


def start_janitor(root, *, every: float | None = None) -> threading.Thread:
    """Run :func:`expire_idle` on the data directory ``root`` every ``every`` seconds
    (:func:`purge_interval` by default) in a daemon thread with its own connection; one
    thread per data directory and process, however often this is called."""
    key = str(root)
    with _janitors_lock:
        running = _janitors.get(key)
        if running is not None and running[0].is_alive():
            return running[0]
        stop = threading.Event()
        thread = threading.Thread(
            target=_janitor, args=(key, every, stop), name=f"bodycam-sessions-{key}", daemon=True
        )
        _janitors[key] = (thread, stop)
        thread.start()
        return thread


def stop_janitor(root) -> None:
    """Stop the janitor of ``root`` (tests; a server's ends with its process)."""
    with _janitors_lock:
        running = _janitors.pop(str(root), None)
    if running is not None:
        running[1].set()
        running[0].join(timeout=10)


def _janitor(root: str, every: float | None, stop: threading.Event) -> None:
    import logging
    from pathlib import Path

    log = logging.getLogger(__name__)
    while not stop.is_set():
        if not Path(root).is_dir():
            return  # the data directory is gone (moved, a test's): never recreate it
        try:
            store = Store(root)
            try:
                expire_idle(store)
            finally:
                store.close()
        except Exception:  # a locked or unreadable database now: try again next round
            log.exception("ending idle sessions in %s failed; retrying", root)
        stop.wait(every if every is not None else purge_interval())
