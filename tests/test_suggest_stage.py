"""The suggest stage: detector runs stored per footage, the inbox's decisions, the job, the CLI
with exact JSON, and bad input with exact messages."""

from __future__ import annotations

import json

import pytest
from suggest_support import add_derived, add_footage, add_transcript

from bodycam.annotate import codebook_store, corrections, tags
from bodycam.core.errors import InvalidInput
from bodycam.models import jobs
from bodycam.suggest import inbox
from bodycam.suggest.runs import last_run, run_detectors
from bodycam.worker import process_jobs

NO_ENVELOPE = (
    "footage 1 has no loudness envelope, so raised voices were not detected. Fix: re-ingest "
    "the footage to derive it."
)
EXPECTED = [
    {
        "id": 1,
        "code": "command",
        "polarity": "escalation",
        "start": 1.0,
        "end": 2.55,
        "speaker": "Speaker 1",
        "score": 0.8,
        "detector": "rule:command.fragment",
        "evidence": "Show me your hands. [directive (fragment, verb 'show')]",
        "status": "pending",
    },
    {
        "id": 2,
        "code": "introduces_self",
        "polarity": "de-escalation",
        "start": 5.0,
        "end": 8.15,
        "speaker": "Speaker 1",
        "score": 0.9,
        "detector": "rule:introduces_self.name_or_agency",
        "evidence": "Hey, I'm Officer Diaz with the city police. [matched \"i'm officer\"]",
        "status": "pending",
    },
    {
        "id": 3,
        "code": "reassurance",
        "polarity": "de-escalation",
        "start": 9.0,
        "end": 10.55,
        "speaker": "Speaker 1",
        "score": 0.85,
        "detector": "rule:reassurance.safe_or_help",
        "evidence": "You're not in trouble. [matched \"you're not in trouble\"]",
        "status": "pending",
    },
    {
        "id": 4,
        "code": "tactical_pause",
        "polarity": "de-escalation",
        "start": 10.6,
        "end": 11.75,
        "speaker": "Speaker 1",
        "score": 0.8,
        "detector": "rule:tactical_pause.slow_down",
        "evidence": 'Take your time. [matched "take your time"]',
        "status": "pending",
    },
]


@pytest.fixture
def encounter(store):
    footage_id = add_footage(store)
    add_transcript(store, footage_id)
    return footage_id


def test_suggest_and_suggestions_json_are_exact(encounter, run):
    result = run("suggest", "1", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "footage_id": 1,
        "transcript_id": 1,
        "revision_id": None,
        "added": 4,
        "kept": 0,
        "replaced": 0,
        "unchanged": 0,
        "notices": [NO_ENVELOPE],
        "error": None,
    }
    listed = run("suggestions", "1", "--json")
    assert listed.exit_code == 0
    assert json.loads(listed.output) == EXPECTED
    # `suggestions FOOTAGE_ID` is `suggestions list FOOTAGE_ID`: one array, same objects.
    assert run("suggestions", "list", "1", "--json").output == listed.output


def test_suggestions_are_not_tags_until_confirmed(encounter, store, run):
    run("suggest", "1")
    assert store.query("SELECT * FROM tags") == []
    assert tags.counts_by_polarity(store) == {}
    summary = inbox.summary(store, 1)
    assert summary["counts"]["command"] == {
        "pending": 1,
        "confirmed": 0,
        "rejected": 0,
        "skipped": 0,
    }
    assert summary["measures"]["commands_unexplained"] == 1
    assert summary["opening"]["first_utterance_is_command"] is True
    assert len(summary["tension"]) == 14


def test_confirm_creates_exactly_one_machine_tag_in_the_same_change(encounter, store, run):
    run("suggest", "1")
    result = run("confirm", "1", user="sgt.kim")
    assert result.exit_code == 0, result.output
    assert result.output == "suggestion 1 confirmed as tag 1: command 1.00-2.55 s\n"
    [tag] = store.query("SELECT * FROM tags")
    assert (tag["code"], tag["start"], tag["end"], tag["kind"]) == (
        "command",
        1.0,
        2.55,
        "interval",
    )
    assert (tag["source"], tag["confirmed_by"], tag["created_by"]) == (
        "machine",
        "sgt.kim",
        "sgt.kim",
    )
    assert tag["subject"] == "officer"
    row = store.get("suggestions", 1)
    assert (row["status"], row["tag_id"], row["decided_by"], row["edited"]) == (
        "confirmed",
        1,
        "sgt.kim",
        0,
    )
    entries = store.query(
        "SELECT at, action, entity FROM audit_log WHERE entity IN ('tags', 'suggestions')"
        " AND action = 'tag.create'"
    )
    assert [e["entity"] for e in entries] == ["tags", "suggestions"]
    assert entries[0]["at"] == entries[1]["at"] == row["decided_at"]
    again = run("confirm", "1")
    assert again.exit_code == 1
    assert again.output.startswith("Error: suggestion 1 was already confirmed by sgt.kim at ")
    assert len(store.query("SELECT * FROM tags")) == 1


def test_confirm_after_edit_stores_the_edit_and_counts_it(encounter, store, run):
    run("suggest", "1")
    result = run("confirm", "4", "--code", "explains_process", "--start", "10", "--end", "12.5")
    assert result.output == "suggestion 4 confirmed as tag 1: explains_process 10.00-12.50 s\n"
    tag = store.get("tags", 1)
    assert (tag["code"], tag["start"], tag["end"], tag["source"]) == (
        "explains_process",
        10.0,
        12.5,
        "machine",
    )
    # The suggestion keeps what the detector proposed, so its precision stays honest.
    row = store.get("suggestions", 4)
    assert (row["code"], row["start"], row["edited"]) == ("tactical_pause", 10.6, 1)


def test_a_failed_tag_leaves_the_suggestion_pending(encounter, store, run):
    run("suggest", "1")
    result = run("confirm", "1", "--code", "no_such_code")
    assert result.exit_code == 1
    assert "code 'no_such_code' is not in codebook" in result.output
    assert store.get("suggestions", 1)["status"] == "pending"
    assert store.query("SELECT * FROM tags") == []


def test_reject_keeps_the_row_with_who_rejected_it(encounter, store, run):
    run("suggest", "1")
    assert run("reject", "2", user="sgt.kim").output == "suggestion 2 rejected\n"
    row = store.get("suggestions", 2)
    assert (row["status"], row["decided_by"], row["tag_id"]) == ("rejected", "sgt.kim", None)
    assert store.query("SELECT * FROM tags") == []
    assert [r["status"] for r in json.loads(run("suggestions", "1", "--json").output)] == [
        "pending",
        "rejected",
        "pending",
        "pending",
    ]


def test_stats_precision_per_detector_is_exact(store, run):
    for number in (1, 2):
        add_transcript(store, add_footage(store, number))
    run("suggest")  # every footage with a transcript: suggestions 1-4 and 5-8
    for suggestion_id in (1, 5, 3):
        run("confirm", str(suggestion_id))
    run("confirm", "4", "--code", "explains_process")
    for suggestion_id in (2, 6, 7):
        run("reject", str(suggestion_id))
    result = run("suggestions", "stats", "--json")
    assert json.loads(result.output) == [
        {
            "detector": "rule:command.fragment",
            "confirmed": 2,
            "edited": 0,
            "rejected": 0,
            "undecided": 0,
            "precision": 1.0,
        },
        {
            "detector": "rule:introduces_self.name_or_agency",
            "confirmed": 0,
            "edited": 0,
            "rejected": 2,
            "undecided": 0,
            "precision": 0.0,
        },
        {
            "detector": "rule:reassurance.safe_or_help",
            "confirmed": 1,
            "edited": 0,
            "rejected": 1,
            "undecided": 0,
            "precision": 0.5,
        },
        {
            "detector": "rule:tactical_pause.slow_down",
            "confirmed": 1,
            "edited": 1,
            "rejected": 0,
            "undecided": 1,
            "precision": 1.0,
        },
    ]
    text = run("suggestions", "stats").output.splitlines()
    assert text[0].split() == [
        "detector",
        "confirmed",
        "edited",
        "rejected",
        "undecided",
        "precision",
    ]
    assert text[3].split() == ["rule:reassurance.safe_or_help", "1", "0", "1", "0", "0.500"]


def test_a_new_revision_keeps_decided_and_replaces_only_pending(encounter, store, run):
    run("suggest", "1")
    run("confirm", "1")
    run("reject", "2")
    inbox.skip(store, 3, "sgt.kim")
    # A person corrects the last line: "Take your time" is gone, so suggestion 4 goes.
    [last] = [s for s in store.query("SELECT id, text FROM segments") if "time" in s["text"]]
    corrections.edit_text(store, last["id"], "You're not in trouble.", "sgt.kim")
    outcome = run_detectors(store, 1, "sgt.kim")
    assert (outcome.added, outcome.kept, outcome.replaced, outcome.unchanged) == (1, 2, 2, 0)
    rows = store.query("SELECT id, code, status, revision_id FROM suggestions ORDER BY id")
    assert [(r["id"], r["code"], r["status"]) for r in rows] == [
        (1, "command", "confirmed"),
        (2, "introduces_self", "rejected"),
        (5, "reassurance", "pending"),
    ]
    assert rows[2]["revision_id"] == last_run(store, 1)["revision_id"] is not None
    assert len(store.query("SELECT * FROM tags")) == 1


def test_running_again_keeps_unchanged_pending_rows_and_their_ids(encounter, store):
    run_detectors(store, 1, "tester")
    outcome = run_detectors(store, 1, "tester")
    assert (outcome.added, outcome.unchanged, outcome.replaced) == (0, 4, 0)
    assert [r["id"] for r in store.query("SELECT id FROM suggestions")] == [1, 2, 3, 4]


def test_the_suggest_job_runs_through_the_worker(encounter, store):
    with store.change("tester", "job.enqueue") as change:
        jobs.enqueue(change, "suggest", 1)
    [outcome] = process_jobs(store, kinds=("suggest",))
    assert (outcome.state, outcome.detail) == (
        "done",
        "4 new suggestions, 0 unchanged, 0 replaced, 0 decided kept",
    )
    assert store.one("SELECT state FROM jobs WHERE id = 1")["state"] == "done"
    assert last_run(store, 1)["created_by"] == "worker"


def test_transcription_queues_the_suggest_job_in_the_same_change(store, monkeypatch):
    from suggest_support import encounter_result

    footage_id = add_footage(store)
    add_derived(store, footage_id, "audio", "media/derived/1/audio.wav")
    with store.change("tester", "setup") as change:
        jobs.enqueue(change, "transcribe", footage_id)
    monkeypatch.setattr(
        "bodycam.transcribe.pipeline.run_transcription", lambda *a, **k: encounter_result()
    )
    outcomes = process_jobs(store)
    assert [(o.kind, o.state) for o in outcomes] == [("transcribe", "done"), ("suggest", "done")]
    assert json.loads(store.get("jobs", 2)["payload"]) == {"after_job": 1}
    assert len(inbox.list_suggestions(store, footage_id)) == 4


# --- bad input (issue 15, section 5) ---------------------------------------------------------


def test_no_transcript_says_what_to_do(store, run):
    add_footage(store)
    message = (
        "footage 1 has no transcript yet, so there is nothing for the detectors to read. Fix: "
        "run `bodycam process` (or `bodycam retry 1` if its transcription failed), then "
        "`bodycam suggest 1`."
    )
    result = run("suggest", "1")
    assert result.exit_code == 1
    assert result.output == f"footage 1: {message}\n"
    listed = run("suggestions", "1", "--json")
    assert (listed.exit_code, listed.output) == (1, f"Error: {message}\n")
    with pytest.raises(InvalidInput, match="nothing for the detectors to read"):
        run_detectors(store, 1, "tester")


def test_empty_transcript_stores_the_notice_and_no_suggestions(store, run):
    add_transcript(store, add_footage(store), lines=())
    result = run("suggest", "1", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["notices"] == [
        "The transcript is empty: no speech to read, so no suggestions. Fix: transcribe the "
        "footage (or correct the transcript) and run the detectors again.",
        NO_ENVELOPE,
    ]
    assert json.loads(run("suggestions", "1", "--json").output) == []
    assert inbox.summary(store, 1)["tension"] == []


def test_no_officer_role_uses_the_camera_wearer_and_says_so(store, run):
    add_transcript(store, add_footage(store), roles=False)
    result = run("suggest", "1")
    assert result.output.splitlines() == [
        "footage 1: 4 new suggestions, 0 unchanged, 0 replaced, 0 decided kept",
        "  note: No speaker has the officer role; the camera wearer suggested by the "
        "transcription (Speaker 1) is treated as the officer. Fix: assign speaker roles in the "
        "transcript to confirm or correct this.",
        f"  note: {NO_ENVELOPE}",
    ]
    assert [s["code"] for s in json.loads(run("suggestions", "1", "--json").output)] == [
        "command",
        "introduces_self",
        "reassurance",
        "tactical_pause",
    ]


def test_retired_codes_are_skipped_with_a_message(encounter, store, run):
    codebook_store.retire_code(store, "tactical_pause", "admin")
    _, book = codebook_store.current(store)
    notices = json.loads(run("suggest", "1", "--json").output)["notices"]
    assert (
        f"Detector for 'tactical_pause' skipped: the code is retired in codebook {book.id} "
        f"{book.version}."
    ) in notices
    assert "tactical_pause" not in {s["code"] for s in inbox.list_suggestions(store, 1)}


def test_a_suggestion_whose_code_was_retired_since_must_be_edited(encounter, store, run):
    run("suggest", "1")
    codebook_store.retire_code(store, "tactical_pause", "admin")
    result = run("confirm", "4")
    assert (result.exit_code, result.output) == (
        1,
        "Error: code 'tactical_pause' is retired: pick a current code\n",
    )
    assert run("confirm", "4", "--code", "explains_process").exit_code == 0


def test_unknown_suggestion_names_the_fix(run, store):
    result = run("reject", "9")
    assert (result.exit_code, result.output) == (
        1,
        "Error: suggestion 9 does not exist: see `bodycam suggestions FOOTAGE_ID`\n",
    )


def test_signed_in_users_are_checked_against_suggestion_decide(encounter, store):
    from bodycam.models.permissions import PermissionDenied
    from bodycam.models.users import User

    with store.change("admin", "footage.unit") as change:
        change.update("footage", 1, {"unit": "north"})
    run_detectors(store, 1, "tester")
    outsider = User(2, "sam", "supervisor", ("south",))
    with pytest.raises(PermissionDenied) as refused:
        inbox.reject(store, 1, outsider)
    assert str(refused.value) == (
        "sam (supervisor) may not suggestion.decide on footage 1: it needs one of the roles "
        "admin, supervisor in scope; ask an admin"
    )
    with pytest.raises(PermissionDenied):
        inbox.confirm(store, 1, User(3, "tom", "trainer"))
    assert store.get("suggestions", 1)["status"] == "pending"
    inbox.confirm(store, 1, User(4, "sue", "supervisor", ("north",)))
    assert store.get("tags", 1)["confirmed_by"] == "sue"
