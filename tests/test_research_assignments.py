"""Coding assignments: blind coding, submission locks, reopening with a logged reason (#13 §1)."""

from __future__ import annotations

import json

import pytest
from research_support import make_footage

from bodycam.annotate.tags import create_tag, delete_tag, get_tag, update_tag
from bodycam.core.errors import InvalidInput
from bodycam.models.permissions import PermissionDenied
from bodycam.models.users import User
from bodycam.research import assignments
from bodycam.research.assignments import CodingLocked, visible_tags

RITA = User(4, "rita", "researcher")
ALICE = User(5, "alice", "researcher")


@pytest.fixture
def coded(store):
    footage_id = make_footage(store)
    a = assignments.assign(store, RITA, footage_id, "alice", due_date="2026-12-31")
    b = assignments.assign(store, RITA, footage_id, "bob", blind=False)
    tags = {
        "alice": create_tag(store, footage_id, "command", 3.0, "alice"),
        "bob": create_tag(store, footage_id, "command", 3.5, "bob"),
        "sam": create_tag(store, footage_id, "arrest", 30.0, "sam"),  # a supervisor's tag
    }
    return footage_id, a, b, tags


def _ids(rows):
    return [row["id"] for row in rows]


def test_blind_coder_sees_only_their_own_tags_until_submitted(store, coded):
    footage_id, a, _, tags = coded
    assert _ids(visible_tags(store, "alice", footage_id)) == [tags["alice"]]
    # bob's assignment is open (not blind): he sees everyone's tags
    assert _ids(visible_tags(store, "bob", footage_id)) == [tags["alice"], tags["bob"], tags["sam"]]
    # someone without an assignment (the supervisor) sees all
    assert len(visible_tags(store, "sam", footage_id)) == 3
    assignments.submit(store, ALICE, a)
    assert _ids(visible_tags(store, "alice", footage_id)) == [
        tags["alice"],
        tags["bob"],
        tags["sam"],
    ]


def test_submission_locks_the_coders_tags_and_reopening_unlocks_them(store, coded):
    footage_id, a, _, tags = coded
    done = assignments.submit(store, ALICE, a)
    assert done.status == "submitted" and done.submitted_at
    expected = (
        f"alice submitted the coding of footage {footage_id} at {done.submitted_at} "
        f"(assignment {a}): those tags are locked. Fix: ask a researcher to reopen it "
        f"(`bodycam coding reopen {a} --reason ...`)."
    )
    with pytest.raises(CodingLocked) as refused:
        create_tag(store, footage_id, "command", 9.0, "alice")
    assert str(refused.value) == expected
    with pytest.raises(CodingLocked):
        update_tag(store, tags["alice"], 1, "alice", start=4.0)
    with pytest.raises(CodingLocked):
        delete_tag(store, tags["alice"], 1, "alice")
    # other people's tags on the footage are not locked by alice's submission
    create_tag(store, footage_id, "command", 9.0, "bob")

    with pytest.raises(InvalidInput, match="needs a reason for the audit log"):
        assignments.reopen(store, RITA, a, " ")
    assert assignments.reopen(store, RITA, a, "missed the second stop").status == "reopened"
    update_tag(store, tags["alice"], 1, "alice", start=4.0)
    assert get_tag(store, tags["alice"])["start"] == 4.0
    entry = store.one(
        "SELECT actor, details FROM audit_log"
        " WHERE action = 'coding.reopen' AND details LIKE '%reason%'"
    )
    assert entry["actor"] == "rita"
    assert json.loads(entry["details"]) == {"reopen_reason": "missed the second stop"}


def test_permissions_researchers_assign_coders_submit_their_own(store, coded):
    footage_id, a, b, _ = coded
    with pytest.raises(
        PermissionDenied, match=r"alice \(researcher\) may not coding.submit on footage"
    ):
        assignments.submit(store, ALICE, b)  # bob's assignment
    sam = User(2, "sam", "supervisor", ("north",))
    with pytest.raises(PermissionDenied, match=r"sam \(supervisor\) may not coding.assign"):
        assignments.assign(store, sam, footage_id, "carol")
    with pytest.raises(PermissionDenied, match=r"sam \(supervisor\) may not coding.reopen"):
        assignments.reopen(store, sam, a, "why not")


def test_bad_assignments_are_refused_with_the_fix(store, coded):
    footage_id, a, _, _ = coded
    with pytest.raises(InvalidInput) as twice:
        assignments.assign(store, RITA, footage_id, "alice")
    assert str(twice.value) == (
        f"footage {footage_id} is already assigned to alice (assignment {a}, assigned). "
        "Fix: reopen that assignment instead of assigning again."
    )
    with pytest.raises(
        InvalidInput, match=r"due date '31/12' is not a date. Fix: write it as YYYY-MM-DD"
    ):
        assignments.assign(store, RITA, footage_id, "carol", due_date="31/12")
    with pytest.raises(InvalidInput, match="is assigned, not submitted: nothing to reopen"):
        assignments.reopen(store, RITA, a, "x")


def test_progress_per_coder_and_per_footage(store, coded):
    footage_id, a, _, _ = coded
    assignments.submit(store, ALICE, a)
    report = assignments.progress(store)
    assert report["coders"] == [
        {"coder": "alice", "assigned": 1, "submitted": 1, "overdue": 0, "tags": 1},
        {"coder": "bob", "assigned": 1, "submitted": 0, "overdue": 0, "tags": 1},
    ]
    assert report["footage"] == [
        {"footage_id": footage_id, "assigned": 2, "submitted": 1, "overdue": 0, "tags": 2}
    ]
    assert assignments.assigned_names(store, footage_id) == {"alice", "bob", "rita"}


def test_cli_assign_submit_reopen_list(run, store):
    footage_id = make_footage(store)
    assert run("coding", "assign", str(footage_id), "alice", "--due", "2026-12-31").output == (
        f"assignment 1: footage {footage_id} to alice\n"
    )
    assert run("coding", "submit", "1").output.startswith("assignment 1 submitted at ")
    assert run("coding", "reopen", "1", "--reason", "typo").output == "assignment 1 reopened\n"
    assert (
        run("coding", "list").output
        == f"1\tfootage {footage_id}\talice\treopened\tdue 2026-12-31\tblind\n"
    )


def test_a_researcher_coder_may_view_and_tag_the_footage_assigned_to_them(store):
    """Researchers see only footage assigned to them (or that they assigned): the permission
    layer reads the coding assignments itself, so the Review page and the media route admit
    a coder to exactly that footage."""
    from bodycam.models import permissions

    assigned, other = make_footage(store, 1), make_footage(store, 2)
    assignments.assign(store, RITA, assigned, "alice")
    alice = User(1, "alice", "researcher", ())
    rita = User(2, "rita", "researcher", ())
    bob = User(3, "bob", "researcher", ())
    assert permissions.visible_footage(store, alice) == {assigned}
    assert permissions.visible_footage(store, rita) == {assigned}  # her study
    assert permissions.visible_footage(store, bob) == set()
    for footage_id, allowed in ((assigned, True), (other, False)):
        resource = permissions.footage_resource(store, footage_id)
        assert permissions.allowed(alice, "footage.view", resource) is allowed
        assert permissions.allowed(alice, "tag.edit", resource) is allowed
    tag_id = create_tag(store, assigned, "command", 3.0, alice)
    assert get_tag(store, tag_id)["created_by"] == "alice"
    with pytest.raises(PermissionDenied):
        create_tag(store, other, "command", 3.0, alice)
