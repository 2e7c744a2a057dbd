"""Debrief sessions as a library: default prompts from the codebook, permissions for the app
path, reordering and removal, the tag filter (issue #12 §3)."""

from __future__ import annotations

import pytest
import yaml
from research_support import make_footage

from bodycam.annotate import codebook_store
from bodycam.annotate.codebook import CodebookError, default_codebook, load_codebook
from bodycam.annotate.tags import create_tag
from bodycam.core.errors import InvalidInput
from bodycam.debrief import sessions
from bodycam.debrief.package import export_session
from bodycam.debrief.prompts import BY_POLARITY, GENERIC, default_prompts
from bodycam.models.permissions import PermissionDenied
from bodycam.models.users import User

TRAINER = User(1, "tara", "trainer")
RESEARCHER = User(2, "rob", "researcher")
SUPERVISOR = User(3, "sam", "supervisor", units=("north",))


def codebook_with_prompts(tmp_path, prompts):
    data = default_codebook().to_dict()
    code = next(c for c in data["codes"] if c["id"] == "closes_distance")
    code["prompts"] = prompts
    data["version"] = "1.1.0"
    path = tmp_path / "book.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_a_codes_own_prompts_win_then_the_stage_defaults(tmp_path):
    book = load_codebook(codebook_with_prompts(tmp_path, ["Why here?", "What next?"]))
    code = book.code("closes_distance")
    assert code.prompts == ("Why here?", "What next?")
    assert default_prompts(code) == ["Why here?", "What next?"]
    assert code.to_dict()["prompts"] == ["Why here?", "What next?"]
    assert load_codebook(codebook_with_prompts(tmp_path, ["Why here?"])).fingerprint() != (
        default_codebook().fingerprint()
    )
    default = default_codebook()
    assert default.code("closes_distance").prompts is None
    assert "prompts" not in default.code("closes_distance").to_dict()
    assert default_prompts(default.code("creates_distance"))[0] == (
        "Where could time or distance have been used?"
    )
    assert default_prompts(default.code("reassurance")) == list(BY_POLARITY["de-escalation"])
    assert default_prompts(default.code("arrest")) == list(GENERIC)
    assert default_prompts(None) == list(GENERIC)


def test_empty_prompt_in_a_codebook_is_refused_with_the_field(tmp_path):
    with pytest.raises(CodebookError, match=r"prompts.*non-empty text"):
        load_codebook(codebook_with_prompts(tmp_path, ["ok", "  "]))


def test_app_path_needs_a_trainer_or_admin(store):
    footage = make_footage(store)
    tag = create_tag(store, footage, "command", 3.0, "sam")
    with pytest.raises(PermissionDenied, match=r"rob \(researcher\) may not debrief.build"):
        sessions.create_session(store, RESEARCHER, "No")
    session_id = sessions.create_session(store, TRAINER, "Yes", "patrol", ["a", " "])
    assert sessions.get_session(store, session_id)["objectives"] == ["a"]
    with pytest.raises(PermissionDenied, match=r"sam \(supervisor\) may not debrief.build"):
        sessions.add_items(store, SUPERVISOR, session_id, [tag])
    with pytest.raises(PermissionDenied, match=r"may not debrief.export"):
        export_session(store, SUPERVISOR, session_id, "/tmp/never.zip")
    [item] = sessions.add_items(store, TRAINER, session_id, [tag])
    entry = store.one("SELECT actor FROM audit_log WHERE action = 'debrief.add'")
    assert entry["actor"] == "tara"
    with pytest.raises(InvalidInput, match="title: a session needs a title"):
        sessions.create_session(store, TRAINER, "  ")
    assert sessions.items(store, session_id)[0]["id"] == item


def test_reorder_and_remove_keep_positions_dense(store):
    footage = make_footage(store)
    tags = [create_tag(store, footage, "command", float(t), "sam") for t in (1, 2, 3, 4)]
    session_id = sessions.create_session(store, "tara", "Order")
    ids = sessions.add_items(store, "tara", session_id, tags)
    sessions.move_item(store, "tara", ids[3], 1)
    sessions.move_item(store, "tara", ids[0], 4)
    order = [(r["id"], r["position"]) for r in sessions.items(store, session_id)]
    assert order == [(ids[3], 1), (ids[1], 2), (ids[2], 3), (ids[0], 4)]
    sessions.remove_item(store, "tara", ids[1])
    order = [(r["id"], r["position"]) for r in sessions.items(store, session_id)]
    assert order == [(ids[3], 1), (ids[2], 2), (ids[0], 3)]
    with pytest.raises(InvalidInput, match="position: 9 must be from 1 to 3"):
        sessions.move_item(store, "tara", ids[0], 9)


def test_find_tags_filters_across_footage(store):
    north = make_footage(store, 1, officer="Diaz", incident_id="INC-1", recorded_at="2024-05-01")
    south = make_footage(store, 2, officer="Lee", recorded_at="2024-06-10")
    create_tag(store, north, "creates_distance", 3.0, "rita")
    create_tag(store, north, "command", 5.0, "sam")
    create_tag(store, south, "command", 7.0, "rita")
    codes = lambda **f: [r["code"] for r in sessions.find_tags(store, **f)]  # noqa: E731
    assert codes() == ["creates_distance", "command", "command"]
    assert codes(polarity="escalation") == ["command", "command"]
    assert codes(officer="Lee") == ["command"]
    assert codes(incident="INC-1", reviewer="rita") == ["creates_distance"]
    assert codes(date_from="2024-06-01") == ["command"]
    assert codes(date_to="2024-05-31", codes=["command"]) == ["command"]
    assert codebook_store.current(store)[1].version == "1.0.0"
