"""The demo admin `bodycam demo` signs in with: created on the first run, given a fresh
one-time password on every run (the previous one is never stored in clear, so it cannot be
shown again)."""

from __future__ import annotations

from ..core.errors import NotFound
from ..models import users
from ..models.store import Store

DEMO_ADMIN = "demo-admin"


def ensure_demo_admin(store: Store, actor: str) -> tuple[str, str, bool]:
    """Create the demo admin, or reset its password (and enable it); returns its name, the new
    password and whether it was created now."""
    password = users.generate_password()
    try:
        existing = users.get(store, DEMO_ADMIN)
    except NotFound:
        users.add(store, actor, DEMO_ADMIN, "admin", (), password)
        return DEMO_ADMIN, password, True
    if existing.role != "admin":
        users.set_role(store, actor, DEMO_ADMIN, "admin")
    if existing.disabled:
        users.enable(store, actor, DEMO_ADMIN)
    users.set_password(store, actor, DEMO_ADMIN, password)
    return DEMO_ADMIN, password, False


def banner(name: str, password: str, created: bool) -> str:
    """What `bodycam demo` prints: the name and password stand out from the job output."""
    state = "created" if created else "exists: its password was reset"
    rule = "=" * 64
    return (
        f"{rule}\n"
        f"  Demo admin {state}.\n"
        f"  Sign in as:   {name}\n"
        f"  Password:     {password}\n"
        "  Shown once; `bodycam demo` again makes a new one.\n"
        f"{rule}"
    )
