"""Queuing work from the app (``jobs.request``): the signed-in user needs the job kind's
permission on every footage the job reads, because the worker later runs it with the
operator's rights. A refused request leaves no job behind; the CLI's operator (a plain name)
queues anything."""

from __future__ import annotations

import pytest
from research_support import make_footage

from bodycam.annotate.tags import create_tag
from bodycam.models import jobs
from bodycam.models.permissions import PermissionDenied
from bodycam.models.users import User
from bodycam.research import assignments

ADA = User(1, "ada", "admin")
SAM = User(2, "sam", "supervisor", ("north",))
TOM = User(3, "tom", "trainer")
RITA = User(4, "rita", "researcher")


@pytest.fixture
def footage(store) -> dict[str, int]:
    """north: sam's unit, tagged, assigned to rita; south: another unit, untagged."""
    north = make_footage(store, 1, unit="north")
    south = make_footage(store, 2, unit="south")
    create_tag(store, north, "command", 1.0, "ada")
    assignments.assign(store, ADA, north, "rita")
    return {"north": north, "south": south}


def _job_count(store) -> int:
    return store.one("SELECT COUNT(*) AS n FROM jobs")["n"]


# (who, kind, footage, payload keys) -> allowed? The payload's footage is named, not numbered.
CASES = [
    (SAM, "suggest", "north", {}, True),
    (SAM, "suggest", "south", {}, False),
    (TOM, "suggest", "north", {}, False),
    (RITA, "suggest", "north", {}, False),
    (SAM, "clip", None, {"footage_id": "north"}, True),
    (SAM, "clip", None, {"footage_id": "south"}, False),
    (TOM, "clip", None, {"footage_id": "north"}, True),  # tagged footage
    (TOM, "clip", None, {"footage_id": "south"}, False),  # untagged
    (RITA, "clip", None, {"footage_id": "north"}, False),  # captions are not redacted
    (TOM, "debrief_export", None, {"session_id": 1}, True),
    (SAM, "debrief_export", None, {"session_id": 1}, False),
    (RITA, "export", None, {"footage_ids": ["north"], "deidentify": True}, True),
    (RITA, "export", None, {"footage_ids": ["north", "south"], "deidentify": True}, False),
    (RITA, "export", None, {"footage_ids": ["north"], "deidentify": False}, False),
    (ADA, "export", None, {"footage_ids": ["north", "south"], "deidentify": False}, True),
    (SAM, "transcribe", "north", {}, False),
    (ADA, "transcribe", "south", {}, True),
    (SAM, "ingest", None, {"path": "/tmp/x.mp4"}, False),
]


@pytest.mark.parametrize(("user", "kind", "own", "payload", "expected"), CASES)
def test_a_request_needs_the_kinds_permission_on_every_footage_it_reads(
    store, footage, user, kind, own, payload, expected
):
    def named(value):
        return footage[value] if isinstance(value, str) and value in footage else value

    payload = {
        key: [named(v) for v in value] if isinstance(value, list) else named(value)
        for key, value in payload.items()
    }
    before = _job_count(store)
    if expected:
        job_id = jobs.request(store, user, kind, named(own), payload)
        row = store.get("jobs", job_id)
        assert (row["kind"], row["created_by"], row["state"]) == (kind, user.name, "queued")
        assert _job_count(store) == before + 1
    else:
        with pytest.raises(PermissionDenied, match=rf"{user.name} \({user.role}\) may not"):
            jobs.request(store, user, kind, named(own), payload)
        assert _job_count(store) == before  # nothing half-queued


def test_a_clip_of_a_tag_is_judged_on_the_tags_footage(store, footage):
    tag_south = create_tag(store, footage["south"], "command", 2.0, "ada")
    with pytest.raises(PermissionDenied, match=r"sam \(supervisor\) may not clip\.make"):
        jobs.request(store, SAM, "clip", None, {"tag_id": tag_south})
    assert jobs.footage_read(store, None, {"tag_id": tag_south}) == [footage["south"]]


def test_the_cli_operator_queues_anything_under_its_own_name(store, footage):
    job_id = jobs.request(store, "operator", "transcribe", footage["south"])
    assert store.get("jobs", job_id)["created_by"] == "operator"
