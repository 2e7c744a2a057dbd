"""The de-identification parts on their own: pseudonyms, coarse times, the names pass, the
opening-move rule, and the export job run by the worker."""

from __future__ import annotations

import zipfile

from research_support import identified_fixture

from bodycam.models import jobs
from bodycam.research.opening import opening_move
from bodycam.research.pseudonyms import Pseudonymizer, day_or_night, load_key, month
from bodycam.research.redact import build_redactor
from bodycam.worker import process_jobs


def test_pseudonyms_are_keyed_and_stable():
    names = Pseudonymizer(b"k" * 32)
    assert names("officer", "Diaz") == names("officer", "Diaz")
    assert names("officer", "Diaz").startswith("O-") and len(names("officer", "Diaz")) == 12
    assert names("officer", "Diaz") != Pseudonymizer(b"j" * 32)("officer", "Diaz")
    assert names("coder", "Diaz") != names("officer", "Diaz")[2:]
    assert names("officer", None) is None
    assert Pseudonymizer(b"k" * 32, enabled=False)("footage", 12) == "12"


def test_key_file_is_created_private_once(tmp_path):
    key = load_key(tmp_path)
    assert len(key) == 32 and load_key(tmp_path) == key
    assert (tmp_path / "research.key").stat().st_mode & 0o777 == 0o600


def test_times_are_coarsened():
    assert month("2024-05-01T22:10:00Z") == "2024-05"
    assert (day_or_night("2024-05-01T05:59:00"), day_or_night("2024-05-01T06:00:00")) == (
        "night",
        "day",
    )
    assert (day_or_night("2024-05-01T17:59:59"), day_or_night("2024-05-01T18:00:00")) == (
        "day",
        "night",
    )
    assert month(None) is None and day_or_night("garbage") is None


def test_names_pass_replaces_and_reports_what_it_could_not_judge():
    redact = build_redactor(["Ofc. Daniel Reyes"], [("Maria Lopez", "civilian")])
    text = redact(
        "Hello Maria, I am Officer Reyes. Sgt. Kowalski is coming. Call 555-867-5309. "
        "Tanya said Jennifer lives on Elm Street, plate 7ABC123. maria?"
    )
    assert text == (
        "Hello [CIVILIAN], I am Officer [OFFICER]. Sgt. [OFFICER] is coming. Call [NUMBER]. "
        "Tanya said [NAME] lives on [NAME] [NAME], plate [ID]. [CIVILIAN]?"
    )
    report = redact.report.to_dict()
    assert report["replaced"] == {
        "after_title": 1,
        "alphanumeric_id": 1,
        "capitalised_word": 2,
        "known_name": 3,
        "names_list": 1,
        "number": 1,
    }
    # "Hello", "Call" and "Tanya" start sentences and are in no list: left, and counted
    assert report["not_covered"]["sentence_initial_capitalised_words_left"] == 3


def test_opening_move_rule():
    assert opening_move(["Please step out of the car.", "We pulled you over for speeding."]) == (
        True,
        True,
    )
    assert opening_move(["Good evening, how are you?"]) == (False, False)
    assert opening_move([]) == (None, None)
    far = ["Hi. " + "word " * 50, "the reason is a broken light"]
    assert opening_move(far) == (False, False)  # the reason came after 45 words


def test_export_job_is_run_by_the_worker(store, tmp_path):
    identified_fixture(store)
    with store.change("rita", "job.enqueue") as change:
        job_id = jobs.enqueue(
            change,
            "export",
            None,
            {"table": "windows", "format": "csv", "deidentify": True, "out": str(tmp_path),
             "user": "rita"},
        )  # fmt: skip
    [outcome] = process_jobs(store)
    assert (outcome.state, outcome.error) == ("done", None)
    assert outcome.detail.startswith("exported 12 windows to bodycam-export-")
    [bundle] = tmp_path.glob("*.zip")
    assert "windows.csv" in zipfile.ZipFile(bundle).namelist()
    assert store.get("jobs", job_id)["state"] == "done"
