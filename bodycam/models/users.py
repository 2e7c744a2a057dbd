"""Local accounts: names, roles, units and argon2 password hashes.

A clear password exists only inside these functions: it is hashed with argon2id and dropped.
The hash never leaves this module: :class:`User` does not carry it, and the audit entries record
it by digest (``redact`` in :meth:`Change.insert`), so the log shows that a password changed and
nothing an attacker could test guesses against.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..core.errors import InvalidInput, NotFound
from ..core.vocabulary import USER_ROLES
from .permissions import acting
from .store import Change, Store

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024  # argon2 hashes anything, but a megabyte "password" is an attack
NAME_RULE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}")
SECRET_COLUMNS = ("password_hash",)

#: argon2id with the library's recommended cost (RFC 9106, second choice). Tests swap in a cheap
#: one through :func:`use_hasher`.
_hasher = PasswordHasher()
#: Checked against when the name is unknown, so that costs the same as a wrong password.
_decoy: str | None = None


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Replace the password hasher (tests use a cheap one); returns the previous one."""
    global _hasher, _decoy
    previous, _hasher, _decoy = _hasher, hasher, None
    return previous


@dataclass(frozen=True)
class User:
    """A signed-in person as the permission checks see them: never the password hash."""

    id: int
    name: str
    role: str
    units: tuple[str, ...] = ()
    disabled: bool = False
    sso: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "units": list(self.units),
            "disabled": self.disabled,
            "sso": self.sso,
        }


def _user(row: dict[str, Any]) -> User:
    return User(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        units=tuple(json.loads(row["units"])),
        disabled=bool(row["disabled"]),
        sso=bool(row["sso"]),
    )


def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME_RULE.fullmatch(name):
        raise InvalidInput(
            f"user name {name!r} is not allowed: use 1 to 100 letters, digits and . _ @ + -, "
            "starting with a letter or digit"
        )
    return name


def check_role(role: str) -> str:
    if role not in USER_ROLES:
        raise InvalidInput(f"role {role!r} does not exist: use one of {', '.join(USER_ROLES)}")
    return role


def check_units(units: Any) -> list[str]:
    units = [units] if isinstance(units, str) else list(units or ())
    for unit in units:
        if not isinstance(unit, str) or not unit.strip():
            raise InvalidInput(f"unit {unit!r} is not a unit name: give a non-empty text")
    return sorted({unit.strip() for unit in units})


def check_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"the password is too short: use at least {MIN_PASSWORD_LENGTH} characters "
            "(a few unrelated words make a strong one)"
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(f"the password is longer than {MAX_PASSWORD_LENGTH} characters")
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(check_password(password))


def password_matches(password_hash: str | None, password: str) -> bool:
    """The same work whether or not the account exists: a missing hash is checked against a
    decoy, so the answer's timing does not reveal which names are accounts."""
    global _decoy
    if password_hash is None and _decoy is None:
        _decoy = _hasher.hash(secrets.token_urlsafe(16))
    try:
        matched = _hasher.verify(password_hash or _decoy, password[:MAX_PASSWORD_LENGTH])
    except (VerificationError, InvalidHashError):
        return False
    return matched and password_hash is not None


def generate_password() -> str:
    """A one-time password to hand out (the demo admin, a reset): 128 bits, easy to type."""
    return secrets.token_urlsafe(16)


def get(store: Store, name: str) -> User:
    found = store.one("SELECT * FROM users WHERE name = ?", [name])
    if found is None:
        raise NotFound(f"no user {name!r}: `bodycam user list` shows the accounts")
    return _user(found)


def get_by_id(store: Store, user_id: int) -> User:
    return _user(store.get("users", user_id))


def list_users(store: Store) -> list[User]:
    return [_user(row) for row in store.query("SELECT * FROM users ORDER BY name")]


def insert_user(
    change: Change,
    name: str,
    role: str,
    units: Any = (),
    *,
    password_hash: str | None = None,
    sso: bool = False,
) -> User:
    """Add a user inside an open change (SSO provisioning adds one within its own). The hash is
    made by the caller before the change opens: argon2 is slow on purpose, and the write lock
    should not wait for it."""
    values = {
        "name": check_name(name),
        "role": check_role(role),
        "units": check_units(units),
        "disabled": 0,
        "password_hash": password_hash,
        "sso": int(sso),
        "created_at": change.at,
        "created_by": change.actor,
    }
    if change.conn.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
        raise InvalidInput(f"user {name!r} already exists: choose another name")
    user_id = change.insert("users", values, redact=SECRET_COLUMNS)
    return User(user_id, name, role, tuple(values["units"]), False, sso)


def add(
    store: Store,
    actor: str | User,
    name: str,
    role: str,
    units: Any = (),
    password: str | None = None,
) -> User:
    """Create a local account. Without a password it cannot sign in until one is set.

    ``actor`` is the CLI operator's name, or the signed-in :class:`User`, who must be an admin
    (here as in every function below: see :func:`permissions.acting`).
    """
    actor_name = acting(actor, "users.manage")
    password_hash = None if password is None else hash_password(password)
    with store.change(actor_name, "user.add") as change:
        return insert_user(change, name, role, units, password_hash=password_hash)


def _apply(change: Change, name: str, values: dict[str, Any]) -> User:
    row = _row_in(change, name)
    change.update(
        "users",
        row["id"],
        {**values, "updated_at": change.at, "updated_by": change.actor},
        redact=SECRET_COLUMNS,
    )
    return _user(change.row("users", row["id"]))


def _row_in(change: Change, name: str) -> dict[str, Any]:
    found = change.conn.execute("SELECT id FROM users WHERE name = ?", [name]).fetchone()
    if found is None:
        raise NotFound(f"no user {name!r}: `bodycam user list` shows the accounts")
    return change.row("users", found[0])


def _update(
    store: Store, actor: str | User, action: str, name: str, values: dict[str, Any]
) -> User:
    with store.change(acting(actor, "users.manage"), action) as change:
        return _apply(change, name, values)


def set_password(store: Store, actor: str | User, name: str, password: str) -> User:
    """Set a password: an admin's (or the operator's) for anyone, anyone's for themselves."""
    if isinstance(actor, User) and not actor.disabled and actor.name.lower() == name.lower():
        actor = actor.name
    return _update(store, actor, "user.passwd", name, {"password_hash": hash_password(password)})


def set_role(store: Store, actor: str | User, name: str, role: str, units: Any = ()) -> User:
    values = {"role": check_role(role), "units": check_units(units)}
    return _update(store, actor, "user.role", name, values)


def disable(store: Store, actor: str | User, name: str) -> User:
    """Disable an account and end its sessions at once (a user is never deleted: the audit log
    keeps naming them)."""
    with store.change(acting(actor, "users.manage"), "user.disable") as change:
        user = _apply(change, name, {"disabled": 1})
        open_sessions = change.conn.execute(
            "SELECT id FROM sessions WHERE user_id = ? AND ended_at IS NULL", [user.id]
        ).fetchall()
        for (session_id,) in open_sessions:
            change.update("sessions", session_id, {"ended_at": change.at, "end_reason": "disabled"})
    return user


def enable(store: Store, actor: str | User, name: str) -> User:
    return _update(store, actor, "user.enable", name, {"disabled": 0})


def stored_hash(store: Store, user_id: int) -> str | None:
    """For the sign-in check only (see logins.py)."""
    found = store.one("SELECT password_hash FROM users WHERE id = ?", [user_id])
    return None if found is None else found["password_hash"]


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def rehash(store: Store, user: User, password: str) -> None:
    """Store a fresh hash of a password that just verified (no length rule: it is not new)."""
    _update(store, user.name, "user.rehash", user.name, {"password_hash": _hasher.hash(password)})
