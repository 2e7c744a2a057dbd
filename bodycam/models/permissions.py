"""Who may do what: one table, checked where the work is done (as Datasette's
``permission_allowed(actor, action, resource)``), never only by hiding a button.

Each action lists the roles that may take it and the *scope* within which they may: any footage,
footage of their own units (supervisors), footage that has tagged moments (trainers), or footage
assigned to them (researchers). Anything not in the table is refused. The admin may take every
action on every resource.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.errors import BodycamError
from ..core.vocabulary import USER_ROLES

if TYPE_CHECKING:  # users.py checks permissions itself, so it cannot be imported here
    from .store import Store
    from .users import User


class PermissionDenied(BodycamError):
    "The signed-in user's role does not allow the action on this resource"


ANY = "any"
UNIT = "unit"
TAGGED = "tagged"
ASSIGNED = "assigned"
SCOPES = (ANY, UNIT, TAGGED, ASSIGNED)
ADMIN = "admin"

# fmt: off
#: action -> {role: scope}. The admin is added to every action below, with scope ANY.
RULES: dict[str, dict[str, str]] = {
    # Footage and what is read from it (the media route checks footage.view).
    "footage.view":        {"supervisor": UNIT, "trainer": TAGGED, "researcher": ASSIGNED},
    "transcript.view":     {"supervisor": UNIT, "trainer": TAGGED, "researcher": ASSIGNED},
    "tag.view":            {"supervisor": UNIT, "trainer": TAGGED, "researcher": ASSIGNED},
    # Who was there: officer, speaker names, incident. Researchers never see identities.
    "identity.view":       {"supervisor": UNIT, "trainer": TAGGED},
    # Review work.
    "tag.edit":            {"supervisor": UNIT, "researcher": ASSIGNED},
    "transcript.correct":  {"supervisor": UNIT},
    "speaker.edit":        {"supervisor": UNIT},
    "encounter.edit":      {"supervisor": UNIT},
    # Machine suggestions (issue 15): run the detectors, confirm (makes a tag), reject, skip.
    "suggestion.decide":   {"supervisor": UNIT},
    # A clip of footage (captions burned in are not redacted: never a researcher's).
    "clip.make":           {"supervisor": UNIT, "trainer": TAGGED},
    # Training.
    "debrief.build":       {"trainer": ANY},
    "debrief.export":      {"trainer": ANY},
    # Research.
    "reliability.view":    {"researcher": ANY},
    "export.deidentified": {"researcher": ASSIGNED},
    "coding.assign":       {"researcher": ANY},
    "coding.reopen":       {"researcher": ANY},
    # A coder submits their own assignment, whatever their role.
    "coding.submit":       {"supervisor": ASSIGNED, "trainer": ASSIGNED, "researcher": ASSIGNED},
    # Admin only: originals, identified exports, ingest and the running of the system.
    "original.download":   {},
    "export.identified":   {},
    "footage.ingest":      {},
    "users.manage":        {},
    "codebook.edit":       {},
    "audit.view":          {},
    "integrity.check":     {},
}
# fmt: on
for _roles in RULES.values():
    _roles[ADMIN] = ANY
ACTIONS = tuple(RULES)


#: Upload size limit per role, in MB, for the app's uploads (roles that may ``footage.ingest``
#: only; the CLI has none). Streamlit's own server.maxUploadSize is the largest of these.
UPLOAD_LIMIT_MB: dict[str, int] = {
    "admin": 20 * 1024,
    "supervisor": 0,
    "trainer": 0,
    "researcher": 0,
}


def upload_limit_bytes(user: User) -> int:
    """The largest file ``user`` may upload: 0 when the role may not ingest at all."""
    if not allowed(user, "footage.ingest"):
        return 0
    return UPLOAD_LIMIT_MB.get(user.role, 0) * 1024 * 1024


def _check_table() -> None:
    for action, roles in RULES.items():
        for role, scope in roles.items():
            if role not in USER_ROLES or scope not in SCOPES:
                raise AssertionError(f"permissions.RULES[{action!r}]: {role!r}: {scope!r}")


_check_table()


@dataclass(frozen=True)
class Resource:
    """What the scope of a rule is judged on; build it with :func:`footage_resource`."""

    footage_id: int | None = None
    unit: str | None = None
    tagged: bool = False
    assigned_to: frozenset[str] = field(default_factory=frozenset)

    def __str__(self) -> str:
        return "everything" if self.footage_id is None else f"footage {self.footage_id}"


def _in_scope(scope: str, user: User, resource: Resource | None) -> bool:
    if scope == ANY:
        return True
    if resource is None:
        return False
    if scope == UNIT:
        return resource.unit is not None and resource.unit in user.units
    if scope == TAGGED:
        return resource.tagged
    return user.name in resource.assigned_to


def allowed(user: User | None, action: str, resource: Resource | None = None) -> bool:
    """Whether ``user`` may take ``action`` on ``resource``. Unknown actions raise, so a typo
    fails loudly instead of refusing (or allowing) in silence."""
    if action not in RULES:
        raise ValueError(f"no action {action!r} in permissions.RULES: use one of {ACTIONS}")
    if user is None or user.disabled:
        return False
    scope = RULES[action].get(user.role)
    return scope is not None and _in_scope(scope, user, resource)


def require(user: User | None, action: str, resource: Resource | None = None) -> User:
    """Return the user if allowed, else raise :class:`PermissionDenied` naming what was refused."""
    if allowed(user, action, resource):
        return user
    if user is None:
        raise PermissionDenied(f"{action} needs a signed-in user: sign in first")
    roles = ", ".join(sorted(RULES[action]))
    raise PermissionDenied(
        f"{user.name} ({user.role}) may not {action} on {resource or 'everything'}: "
        f"it needs one of the roles {roles} in scope; ask an admin"
    )


def acting(actor: str | User, action: str, resource: Resource | None = None) -> str:
    """The name the audit log records for whoever acts, after checking them.

    A plain name is the operator at the CLI: whoever can open the data directory already holds
    the evidence, so the CLI runs with admin rights (issue #10). A signed-in :class:`User` (the
    app) must be allowed the action.
    """
    if isinstance(actor, str):
        return actor
    return require(actor, action, resource).name


def acting_on(store: Store, actor: str | User, action: str, table: str, row_id: int) -> str:
    """:func:`acting` for an action on one row of a table with a ``footage_id`` (footage
    itself when ``table`` is "footage"), judged in the scope of that footage. The CLI's plain
    name skips the look-up."""
    if isinstance(actor, str):
        return actor
    if table == "footage":
        footage_id = row_id
    else:
        # table is one of the service functions' own literals, never user input.
        row = store.one(f'SELECT footage_id FROM "{table}" WHERE id = ?', [row_id])
        if row is None:
            from ..core.errors import NotFound

            raise NotFound(f"{table} {row_id} does not exist")
        footage_id = row["footage_id"]
    return require(actor, action, footage_resource(store, footage_id)).name


def footage_resource(
    store: Store, footage_id: int, assigned_to: frozenset[str] | None = None
) -> Resource:
    """The facts the rules look at for one footage. ``assigned_to`` (its coders and the
    researchers who assigned it) is read from the research stage's coding assignments unless
    the caller gives it."""
    row = store.get("footage", footage_id)
    if assigned_to is None:
        assigned_to = frozenset(
            name
            for found in store.query(
                "SELECT coder, assigned_by FROM coding_assignments WHERE footage_id = ?",
                [footage_id],
            )
            for name in (found["coder"], found["assigned_by"])
        )
    tagged = store.one(
        "SELECT 1 AS yes FROM tags WHERE footage_id = ? AND deleted_at IS NULL LIMIT 1",
        [footage_id],
    )
    return Resource(footage_id, row.get("unit"), tagged is not None, frozenset(assigned_to))


def visible_footage(store: Store, user: str | User | None) -> set[int] | None:
    """The ids of the footage ``user`` may view (``footage.view``), for filtering lists and
    search results in one query; None means every footage (the CLI operator, an admin).
    Researchers see the footage assigned to them (or that they assigned), from the research
    stage's coding assignments."""
    if isinstance(user, str):
        return None
    if user is None or user.disabled:
        return set()
    scope = RULES["footage.view"].get(user.role)
    if scope == ANY:
        return None
    if scope == UNIT and user.units:
        marks = ", ".join("?" for _ in user.units)
        rows = store.query(f"SELECT id FROM footage WHERE unit IN ({marks})", list(user.units))
    elif scope == TAGGED:
        rows = store.query("SELECT DISTINCT footage_id AS id FROM tags WHERE deleted_at IS NULL")
    elif scope == ASSIGNED:
        # A coder's assignments, and a researcher's study (the footage they assigned).
        rows = store.query(
            "SELECT DISTINCT footage_id AS id FROM coding_assignments"
            " WHERE coder = ? COLLATE NOCASE OR assigned_by = ? COLLATE NOCASE",
            [user.name, user.name],
        )
    else:
        rows = []
    return {row["id"] for row in rows}


def only_visible(
    store: Store, user: str | User | None, rows: list[dict], key: str = "id"
) -> list[dict]:
    """``rows`` without those about footage ``user`` may not view (``key`` holds its id)."""
    visible = visible_footage(store, user)
    if visible is None:
        return rows
    return [row for row in rows if row[key] in visible]
