"""Signing in with a local password, throttled per account and per client.

Every attempt is a row in ``login_attempts`` written through the one write path, so each success,
failure and refusal has its audit entry. Throttling counts the failures whose password was really
checked within the last window: past the limit an attempt is refused *without checking the
password*, so a guesser learns nothing from it however fast they try, and the lock lifts one
window after the failures stop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from . import users
from .store import Store
from .users import User

Clock = Callable[[], float]

WINDOW_SECONDS = 60
#: Checked failures on one account within the window before its attempts are refused unchecked.
ACCOUNT_LIMIT = 5
#: Checked failures from one client (address) within the window, whatever names it tries.
CLIENT_LIMIT = 10
#: What a refused person is told: the same words whether the name, the password or the account
#: state was wrong, so the page does not reveal which accounts exist.
REFUSED = "wrong user name or password"
THROTTLED = "too many failed sign-ins: wait a minute and try again"
#: The audit log's actor for attempts that did not prove who they are.
ANONYMOUS = "anonymous"


def iso(seconds: float) -> str:
    """The project's timestamp form (ISO 8601 UTC, sorts as text) for a clock reading."""
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Login:
    outcome: str  # success | failure | throttled
    user: User | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == "success"


def recent_failures(store: Store, column: str, value: str, now: float) -> int:
    if column not in ("name", "client"):
        raise ValueError(f"throttling counts by name or client, not {column!r}")
    found = store.one(
        f"SELECT count(*) AS n FROM login_attempts WHERE {column} = ? AND at > ?"
        " AND outcome = 'failure'",
        [value, iso(now - WINDOW_SECONDS)],
    )
    return found["n"]


def throttled(store: Store, name: str, client: str, now: float) -> bool:
    return (
        recent_failures(store, "name", name, now) >= ACCOUNT_LIMIT
        or recent_failures(store, "client", client, now) >= CLIENT_LIMIT
    )


def _record(
    store: Store, name: str, client: str, now: float, outcome: str, user: User | None
) -> None:
    actor = user.name if user is not None else ANONYMOUS
    with store.change(actor, f"login.{outcome}") as change:
        change.insert(
            "login_attempts", {"at": iso(now), "name": name, "client": client, "outcome": outcome}
        )


def authenticate(
    store: Store, name: str, password: str, client: str, *, clock: Clock = time.time
) -> Login:
    """Check a name and password from ``client`` (the remote address, or "cli").

    Returns a :class:`Login` whose ``message`` is safe to show; the reason for a failure stays in
    the audit log only as its outcome.
    """
    now = clock()
    name = (name or "").strip()[:100]
    if throttled(store, name, client, now):
        _record(store, name, client, now, "throttled", None)
        return Login("throttled", message=THROTTLED)
    row = store.one("SELECT id, disabled, password_hash FROM users WHERE name = ?", [name])
    # The hash is computed even for an unknown name, so timing does not reveal which exist.
    matches = users.password_matches(row["password_hash"] if row else None, password or "")
    if not (matches and row and not row["disabled"]):
        _record(store, name, client, now, "failure", None)
        return Login("failure", message=REFUSED)
    user = users.get_by_id(store, row["id"])
    _record(store, user.name, client, now, "success", user)
    if users.needs_rehash(row["password_hash"]):
        # The cost parameters were raised since this hash was made: upgrade it while the clear
        # password is at hand.
        users.rehash(store, user, password)
    return Login("success", user=user)
