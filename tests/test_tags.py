"""Tags, codebook versions and the encounter form: the records reviewers create."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bodycam.annotate import codebook_store, encounter, tags
from bodycam.annotate.codebook import Code, CodebookError
from bodycam.core.errors import InvalidInput, StaleEdit
from bodycam.models import Store, audit
from bodycam.models.schema import MIGRATIONS, current_version, migrate


@pytest.fixture
def footage(run, media, store):
    run("ingest", str(media["h264_aac"]))  # 6 s
    return store


def test_point_tag_records_author_codebook_and_default_subject(footage):
    tag_id = tags.create_tag(footage, 1, "open_question", tags.lagged_time(3.4), "sgt.kim")
    tag = tags.get_tag(footage, tag_id)
    assert (tag["code"], tag["kind"], tag["start"], tag["end"]) == (
        "open_question",
        "point",
        2.4,
        None,
    )
    assert (tag["created_by"], tag["version"], tag["subject"]) == ("sgt.kim", 1, "officer")
    version = codebook_store.versions(footage)[0]
    assert (version["codebook"], version["version"]) == ("bodycam-deescalation", "1.0.0")
    assert tag["codebook_id"] == version["id"]


@pytest.mark.parametrize(
    ("playhead", "lag", "expected"),
    [(7.0, 1.0, 6.0), (0.4, 1.0, 0.0), (10.25, 0.5, 9.75), (3.5, 0.25, 3.25)],
)
def test_lagged_time(playhead, lag, expected):
    assert tags.lagged_time(playhead, lag) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"code": "no_such_code"}, "code 'no_such_code' is not in codebook"),
        ({"start": 99.0}, "is after the footage ends"),
        ({"end": 0.5, "start": 2.0}, "end 0.50 s is before start 2.00 s"),
        ({"intensity": 9}, "intensity 9 must be a whole number from 1 to 5"),
        ({"confidence": "sure"}, "confidence 'sure' is not one of"),
        ({"subject": "dog"}, "subject 'dog' is not one of"),
    ],
)
def test_bad_tag_values_are_refused(footage, kwargs, message):
    args = {"code": "open_question", "start": 1.0, **kwargs}
    with pytest.raises(InvalidInput, match=message):
        tags.create_tag(footage, 1, args.pop("code"), args.pop("start"), "a", **args)
    assert tags.list_tags(footage, 1) == []


def test_concurrent_edit_is_refused_not_overwritten(footage):
    tag_id = tags.create_tag(footage, 1, "open_question", 2.0, "alice")
    loaded_by_alice = tags.get_tag(footage, tag_id)["version"]
    loaded_by_bob = tags.get_tag(footage, tag_id)["version"]
    tags.update_tag(footage, tag_id, loaded_by_alice, "alice", notes="asks what happened")
    with pytest.raises(StaleEdit, match="was changed by alice since you opened it"):
        tags.update_tag(footage, tag_id, loaded_by_bob, "bob", intensity=4)
    tag = tags.get_tag(footage, tag_id)
    assert (tag["notes"], tag["intensity"], tag["version"]) == ("asks what happened", None, 2)


def test_two_reviewers_tags_coexist(footage):
    tags.create_tag(footage, 1, "open_question", 2.0, "alice")
    tags.create_tag(footage, 1, "open_question", 2.0, "bob")
    assert [t["created_by"] for t in tags.list_tags(footage, 1)] == ["alice", "bob"]
    assert [t["created_by"] for t in tags.list_tags(footage, 1, author="bob")] == ["bob"]


def test_soft_delete_undo_and_audit(footage):
    tag_id = tags.create_tag(footage, 1, "names_feelings", 1.0, "alice")
    tags.delete_tag(footage, tag_id, 1, "alice")
    assert tags.list_tags(footage, 1) == []
    assert tags.last_deleted(footage, 1, "alice")["id"] == tag_id
    assert footage.get("tags", tag_id)["deleted_by"] == "alice"
    tags.undelete_tag(footage, tag_id, "alice")
    assert [t["id"] for t in tags.list_tags(footage, 1)] == [tag_id]
    actions = [
        r["action"]
        for r in footage.query("SELECT action FROM audit_log WHERE entity = 'tags' ORDER BY id")
    ]
    assert actions == ["tag.create", "tag.delete", "tag.undelete"]
    assert footage.verify_audit().ok


def test_interval_open_then_closed(footage):
    tag_id = tags.create_tag(footage, 1, "offers_choices", 1.5, "a", kind="interval")
    assert tags.get_tag(footage, tag_id)["end"] is None
    tags.close_interval(footage, tag_id, 5.2, "a", lag=1.0)
    tag = tags.get_tag(footage, tag_id)
    assert (tag["kind"], tag["start"], tag["end"]) == ("interval", 1.5, 4.2)


def test_tags_keep_their_codebook_version_after_edits(footage):
    old = tags.create_tag(footage, 1, "open_question", 1.0, "a")
    codebook_store.rename_code(footage, "open_question", "Open-ended question", "admin")
    retired = codebook_store.retire_code(footage, "names_feelings", "admin")
    added = codebook_store.add_code(
        footage,
        Code(
            id="uses_name",
            label="Uses civilian's name",
            category="officer_communication",
            definition="The officer addresses the civilian by name.",
            polarity="de-escalation",
            kind="point",
        ),
        "admin",
    )
    assert [v["version"] for v in codebook_store.versions(footage)] == [
        "1.0.0",
        "1.1.0",
        "1.2.0",
        "1.3.0",
    ]
    assert retired.code("names_feelings").retired and added.code("uses_name")
    new = tags.create_tag(footage, 1, "uses_name", 2.0, "a")
    first, second = (tags.get_tag(footage, i) for i in (old, new))
    assert (
        codebook_store.by_id(footage, first["codebook_id"]).code("open_question").label
        == "Open question"
    )
    assert codebook_store.by_id(footage, second["codebook_id"]).version == "1.3.0"
    with pytest.raises(InvalidInput, match="retired"):
        tags.create_tag(footage, 1, "names_feelings", 2.0, "a")


def test_tag_counts_by_polarity(footage):
    tags.create_tag(footage, 1, "open_question", 1.0, "a")
    tags.create_tag(footage, 1, "closes_distance", 2.0, "a")
    tags.create_tag(footage, 1, "active_listening", 3.0, "a")
    assert tags.counts_by_polarity(footage) == {1: {"de-escalation": 2, "escalation": 1}}


def test_encounter_form_saves_validates_and_detects_conflicts(footage):
    fields = {f["id"]: f for f in encounter.form_fields(footage)}
    assert {"reason_for_contact", "initiation", "call_type", "pj_voice"} <= set(fields)
    saved = encounter.save_form(
        footage,
        1,
        {"initiation": "dispatched", "pj_voice": 6, "crisis_flags": ["crisis_mental_health"]},
        "alice",
        None,
    )
    assert saved["version"] == 1
    assert saved["answers"]["pj_voice"] == 6
    with pytest.raises(StaleEdit, match="saved by alice since you opened it"):
        encounter.save_form(footage, 1, {"pj_voice": 2}, "bob", None)
    with pytest.raises(InvalidInput, match="rating 9 must be from 1 to 7"):
        encounter.save_form(footage, 1, {"pj_voice": 9}, "alice", 1)
    with pytest.raises(InvalidInput, match="unknown encounter form field"):
        encounter.save_form(footage, 1, {"favourite_colour": "red"}, "alice", 1)
    with pytest.raises(InvalidInput) as caught:
        encounter.save_form(footage, 1, {"initiation": "walk_in"}, "alice", 1)
    assert str(caught.value) == (
        "initiation: 'walk_in' is not one of its options. Fix: choose one of: dispatched, "
        "officer_initiated, civilian_initiated, unknown"
    )
    with pytest.raises(InvalidInput) as caught:
        encounter.save_form(footage, 1, {"pj_voice": 0}, "alice", 1)
    assert str(caught.value) == (
        "pj_voice: rating 0 must be from 1 to 7. Fix: give a whole number from 1 to 7"
    )
    updated = encounter.save_form(footage, 1, {"pj_voice": 5}, "bob", 1)
    assert (updated["version"], updated["answers"], updated["updated_by"]) == (
        2,
        {"pj_voice": 5},
        "bob",
    )


def test_deleted_tags_are_listed_for_restore(footage):
    kept = tags.create_tag(footage, 1, "open_question", 1.0, "alice")
    gone = tags.create_tag(footage, 1, "closes_distance", 2.0, "bob")
    tags.delete_tag(footage, gone, 1, "bob")
    assert [t["id"] for t in tags.deleted_tags(footage, 1)] == [gone]
    assert [t["id"] for t in tags.list_tags(footage, 1)] == [kept]


def test_stored_version_with_keys_in_both_cases_still_loads(store):
    # A version saved before keys were compared case-insensitively may bind 'a' and 'A' to two
    # codes. Its tags must still resolve, so it loads; the keymap keeps the first binding
    # only, and the admin's rebind stores a clean version.
    _, book = codebook_store.current(store)
    text = book.to_yaml()
    text = text.replace("  key: '1'\n", "  key: a\n", 1).replace("  key: '2'\n", "  key: A\n", 1)
    assert "key: a\n" in text and "key: A\n" in text
    with store.change("admin", "codebook.version") as change:
        change.insert(
            "codebooks",
            {
                "codebook": book.id,
                "version": "1.0.1",
                "fingerprint": "legacy",
                "content": text.replace("version: 1.0.0", "version: 1.0.1"),
                "created_at": change.at,
                "created_by": "admin",
            },
        )
    _, legacy = codebook_store.current(store)
    assert (legacy.code("open_question").key, legacy.code("active_listening").key) == ("a", "A")
    assert {key: code.id for key, code in legacy.keymap().items() if key in "aA"} == {
        "a": "open_question"
    }
    with pytest.raises(CodebookError, match="key 'A' is already bound to 'open_question' as 'a'"):
        codebook_store.rename_code(store, "open_question", "Open-ended question", "admin")
    fixed = codebook_store.bind_key(store, "active_listening", "2", "admin")
    assert fixed.version == "1.0.2"
    assert {key: code.id for key, code in fixed.keymap().items() if key in "aA2"} == {
        "a": "open_question",
        "2": "active_listening",
    }


def test_migration_renames_tag_actor_to_subject_and_keeps_old_audit_entries(data_dir):
    """A database from before #8 has ``tags.actor``; opening it renames the column, keeps the
    CHECK on its values, and leaves the audit entries that name ``actor`` intact and verifiable."""
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "bodycam.db", isolation_level=None)
    migrate(conn, MIGRATIONS[:3])
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO footage (id, sha256, original_name, original_path, size, ingested_at,"
        " ingested_by, status) VALUES (1, 'x', 'a.mp4', 'a.mp4', 1, 't', 'legacy', 'ready')"
    )
    conn.execute(
        "INSERT INTO codebooks (id, codebook, version, fingerprint, content, created_at,"
        " created_by) VALUES (1, 'cb', '1', 'f', '{}', 't', 'legacy')"
    )
    row = {"footage_id": 1, "codebook_id": 1, "code": "c", "start": 1.0, "actor": "civilian"}
    conn.execute(
        "INSERT INTO tags (id, footage_id, codebook_id, code, start, actor, created_by,"
        " created_at) VALUES (1, 1, 1, 'c', 1.0, 'civilian', 'legacy', 't')"
    )
    audit.append(
        conn,
        at="t",
        actor="legacy",
        action="tag.create",
        entity="tags",
        entity_id=1,
        details={"insert": row},
    )
    conn.execute("COMMIT")
    conn.close()

    store = Store(data_dir)
    assert current_version(store.conn) == len(MIGRATIONS)
    assert store.one("SELECT subject FROM tags WHERE id = 1")["subject"] == "civilian"
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        store.conn.execute("UPDATE tags SET subject = 'dog' WHERE id = 1")
    report = store.verify_audit()
    assert report.ok and report.entries >= 1
    entry = store.one("SELECT actor, details FROM audit_log WHERE entity = 'tags'")
    assert entry["actor"] == "legacy"
    assert json.loads(entry["details"])["insert"]["actor"] == "civilian"


@pytest.mark.parametrize(
    "answers,message",
    [
        (
            {"crisis_flags": ["none_observed", "impairment_substance"]},
            "Crisis indicators seen in the encounter: “None observed” contradicts "
            "“Alcohol or drug impairment”. Fix: untick “None observed”, or untick the others.",
        ),
        (
            {"outcomes": ["arrest", "no_action", "search"]},
            "Outcomes: “No action taken” contradicts “Arrest”, “Search”. Fix: untick "
            "“No action taken”, or untick the others.",
        ),
    ],
)
def test_encounter_form_refuses_contradictions(footage, answers, message):
    with pytest.raises(InvalidInput) as refused:
        encounter.save_form(footage, 1, answers, "alice", None)
    assert str(refused.value) == message
    assert encounter.get_form(footage, 1) is None
    saved = encounter.save_form(footage, 1, {"crisis_flags": ["none_observed"]}, "alice", None)
    assert saved["answers"] == {"crisis_flags": ["none_observed"]}


def test_footage_history_lists_every_change_with_who_and_when(footage):
    from bodycam.annotate.history import footage_history

    tag_id = tags.create_tag(footage, 1, "open_question", 2.0, "alice")
    tags.update_tag(footage, tag_id, 1, "bob", notes="asks twice")
    tags.delete_tag(footage, tag_id, 2, "carol")
    encounter.save_form(footage, 1, {"pj_voice": 5}, "dana", None)
    history = footage_history(footage, 1)
    mine = [(h["actor"], h["action"], h["subject"]) for h in history if h["actor"] != "worker"]
    assert mine[:4] == [
        ("dana", "encounter_form.save", "encounter form 1"),
        ("carol", "tag.delete", f"tag {tag_id}"),
        ("bob", "tag.update", f"tag {tag_id}"),
        ("alice", "tag.create", f"tag {tag_id}"),
    ]
    update = next(h for h in history if h["action"] == "tag.update")
    assert update["change"] == "notes: — → asks twice"
    assert all(h["at"] for h in history)
