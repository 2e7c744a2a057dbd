"""The role x action matrix, against an expected table written out here (not derived from
permissions.RULES, so a change to the rules must be made twice, on purpose)."""

from __future__ import annotations

import pytest

from bodycam.core.vocabulary import USER_ROLES
from bodycam.models import permissions
from bodycam.models.permissions import PermissionDenied, Resource, allowed, require
from bodycam.models.users import User

USERS = {
    "admin": User(1, "ada", "admin"),
    "supervisor": User(2, "sam", "supervisor", ("north",)),
    "trainer": User(3, "tom", "trainer"),
    "researcher": User(4, "rita", "researcher"),
}
# Footage inside every scope: the supervisor's unit, tagged, assigned to the researcher.
INSIDE = Resource(1, unit="north", tagged=True, assigned_to=frozenset({"rita"}))
# Footage outside every scope: another unit, untagged, assigned to someone else.
OUTSIDE = Resource(2, unit="south", tagged=False, assigned_to=frozenset({"rex"}))

# Letters: a = admin, s = supervisor, t = trainer, r = researcher.
EXPECTED_INSIDE = {
    "footage.view": "astr",
    "transcript.view": "astr",
    "tag.view": "astr",
    "identity.view": "ast",
    "tag.edit": "asr",
    "transcript.correct": "as",
    "speaker.edit": "as",
    "encounter.edit": "as",
    "suggestion.decide": "as",
    "clip.make": "ast",
    "debrief.build": "at",
    "debrief.export": "at",
    "reliability.view": "ar",
    "export.deidentified": "ar",
    "coding.assign": "ar",
    "coding.reopen": "ar",
    "coding.submit": "ar",
    "original.download": "a",
    "export.identified": "a",
    "footage.ingest": "a",
    "users.manage": "a",
    "codebook.edit": "a",
    "audit.view": "a",
    "integrity.check": "a",
}
# Outside every scope only the unscoped grants remain.
EXPECTED_OUTSIDE = {action: "a" for action in EXPECTED_INSIDE} | {
    "debrief.build": "at",
    "debrief.export": "at",
    "reliability.view": "ar",
    "coding.assign": "ar",
    "coding.reopen": "ar",
}
MATRIX = [
    (role, action, place)
    for role in USER_ROLES
    for action in EXPECTED_INSIDE
    for place in ("inside", "outside")
]


def test_the_expected_table_covers_every_action():
    assert set(EXPECTED_INSIDE) == set(permissions.ACTIONS)


@pytest.mark.parametrize(("role", "action", "place"), MATRIX)
def test_role_action_matrix(role, action, place):
    expected_roles = (EXPECTED_INSIDE if place == "inside" else EXPECTED_OUTSIDE)[action]
    resource = INSIDE if place == "inside" else OUTSIDE
    expected = role[0] in expected_roles
    user = USERS[role]
    assert allowed(user, action, resource) is expected
    if expected:
        assert require(user, action, resource) is user
    else:
        with pytest.raises(PermissionDenied, match=rf"{user.name} \({role}\) may not {action}"):
            require(user, action, resource)


@pytest.mark.parametrize("action", ["footage.view", "tag.edit", "identity.view"])
def test_scoped_actions_without_a_resource_are_refused(action):
    for role in ("supervisor", "trainer", "researcher"):
        assert allowed(USERS[role], action, None) is False
    assert allowed(USERS["admin"], action, None) is True


def test_supervisor_of_several_units_and_footage_without_a_unit():
    both = User(5, "sue", "supervisor", ("north", "south"))
    assert allowed(both, "footage.view", OUTSIDE)
    assert not allowed(both, "footage.view", Resource(3, unit=None))


def test_nobody_and_disabled_users_are_refused_everything():
    disabled = User(6, "old", "admin", disabled=True)
    for action in permissions.ACTIONS:
        assert not allowed(None, action, INSIDE)
        assert not allowed(disabled, action, INSIDE)
    with pytest.raises(PermissionDenied, match="needs a signed-in user"):
        require(None, "footage.view", INSIDE)


def test_unknown_action_fails_loudly():
    with pytest.raises(ValueError, match=r"no action 'footage\.veiw'"):
        allowed(USERS["admin"], "footage.veiw")


def test_footage_resource_reads_unit_and_tags(store):
    with store.change("ada", "setup") as change:
        for footage_id, unit in ((1, "north"), (2, None)):
            change.insert(
                "footage",
                {
                    "id": footage_id,
                    "sha256": str(footage_id) * 64,
                    "original_name": f"{footage_id}.mp4",
                    "original_path": f"media/originals/{footage_id}.mp4",
                    "size": 1,
                    "ingested_at": change.at,
                    "ingested_by": "ada",
                    "status": "ready",
                    "unit": unit,
                },
            )
        codebook = change.insert(
            "codebooks",
            {
                "codebook": "c",
                "version": "1",
                "fingerprint": "f",
                "content": "{}",
                "created_at": change.at,
                "created_by": "ada",
            },
        )
        change.insert(
            "tags",
            {
                "footage_id": 1,
                "codebook_id": codebook,
                "code": "x",
                "start": 1.0,
                "created_by": "ada",
                "created_at": change.at,
            },
        )
    first = permissions.footage_resource(store, 1, frozenset({"rita"}))
    assert first == Resource(1, "north", True, frozenset({"rita"}))
    assert permissions.footage_resource(store, 2) == Resource(2, None, False, frozenset())
    assert allowed(USERS["trainer"], "footage.view", first)
    assert not allowed(USERS["trainer"], "footage.view", permissions.footage_resource(store, 2))
