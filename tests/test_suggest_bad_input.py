"""Bad input (issue 15, section 5) beyond tests/test_suggest_stage.py's: the suggest job on a
footage without a transcript, no officer and no wearer in the database, a codebook without a
detector's code, one with every detector's code retired, and the tension curve of each."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from suggest_support import add_footage, add_transcript

from bodycam.annotate import codebook_store
from bodycam.annotate.codebook import default_codebook
from bodycam.models import jobs
from bodycam.suggest import Utterance, detect, detector_codes, inbox
from bodycam.suggest.curve import footage_tension
from bodycam.suggest.runs import last_run
from bodycam.ui.library import footage_frame
from bodycam.worker import process_jobs

NO_TRANSCRIPT = (
    "footage 1 has no transcript yet, so there is nothing for the detectors to read. Fix: run "
    "`bodycam process` (or `bodycam retry 1` if its transcription failed), then `bodycam "
    "suggest 1`."
)


@pytest.fixture
def encounter_store(store, run):
    add_transcript(store, add_footage(store))
    return store, run


def test_the_suggest_job_on_a_footage_without_transcript_fails_naming_the_fix(store):
    add_footage(store)
    with store.change("tester", "job.enqueue") as change:
        jobs.enqueue(change, "suggest", 1, {"on_demand": True})
    [outcome] = process_jobs(store, kinds=("suggest",))
    assert outcome.state == "failed"
    job = store.get("jobs", 1)
    assert job["state"] == "failed" and NO_TRANSCRIPT in job["error"]
    assert last_run(store, 1) is None
    # No curve to draw, no column values, no summary curve.
    curve = footage_tension(store, 1)
    assert (curve.counted, curve.for_player(), curve.peak) == ({}, None, None)
    frame = footage_frame(store).set_index("id")
    assert (frame.loc[1, "tension"], frame.loc[1, "peak"]) == ([], "")
    assert inbox.summary(store, 1)["tension"] == []


def test_no_officer_role_and_no_wearer_suggestion_says_so(store, run):
    add_transcript(store, add_footage(store), roles=False)
    store.conn.execute("UPDATE speakers SET wearer_suggestion = NULL")
    result = run("suggest", "1", "--json")
    assert result.exit_code == 0
    outcome = json.loads(result.output)
    assert outcome["notices"][0] == (
        "No speaker has the officer role and there is no camera-wearer suggestion, so the "
        "officer detectors found nothing. Fix: assign speaker roles in the transcript."
    )
    # Only the officer rules are blind: nothing in this transcript is a civilian's rule.
    assert outcome["added"] == 0
    assert json.loads(run("suggestions", "1", "--json").output) == []


def test_a_codebook_without_a_detectors_code_skips_it_with_a_message():
    book = default_codebook()
    without = replace(book, codes=tuple(c for c in book.codes if c.id != "command"))
    result = detect([Utterance("S", "officer", 0, 2, "Sit on the curb. Thank you.")], without)
    assert [s.code_id for s in result.suggestions] == ["respectful_address"]
    assert result.notices == [
        f"Detector for 'command' skipped: the code is not in codebook {book.id} {book.version}."
    ]


def test_a_codebook_with_every_detector_code_retired_proposes_nothing(encounter_store):
    store, run = encounter_store
    for code in detector_codes():
        codebook_store.retire_code(store, code, "admin")
    _, book = codebook_store.current(store)
    outcome = json.loads(run("suggest", "1", "--json").output)
    assert outcome["added"] == 0
    where = f"codebook {book.id} {book.version}"
    assert outcome["notices"][: len(detector_codes())] == [
        f"Detector for {code!r} skipped: the code is retired in {where}."
        for code in detector_codes()
    ]
    assert inbox.list_suggestions(store, 1) == []
    assert footage_tension(store, 1).for_player() is None
