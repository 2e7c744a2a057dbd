"""Researchers never see identities (issue #10): every read that takes the acting user gives
a researcher the de-identified export's pseudonyms and redacted text, in the service functions
and on every page a researcher can open; admins and the unit's supervisors see the names."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from accounts_support import account
from app_support import app_as, switch

from bodycam.annotate import corrections, encounter, history, search, tags
from bodycam.models import identities
from bodycam.models.footage import list_footage
from bodycam.models.transcripts import current_transcript, removed_text, speakers
from bodycam.research import assignments
from bodycam.research.export import ExportRequest, export_bundle
from bodycam.research.pseudonyms import Pseudonymizer, load_key
from bodycam.suggest import inbox
from bodycam.ui.review.data import player_data, tag_rows

OFFICER = "Maria Diaz"
CIVILIAN = "Jonah Whitfield"
INCIDENT = "INC-2231"
ORIGINAL = "Diaz_stop_Whitfield.mp4"
SUPERVISOR = "north_sup"
#: Strings a researcher must never be shown, wherever they look.
SECRETS = ("Diaz", "Whitfield", "Maria", "Jonah", INCIDENT, SUPERVISOR, "north")


@pytest.fixture
def identified(reviewed):
    """Footage 1 with an officer, incident, unit and file name that name people, named
    speakers, a supervisor's tag with a note naming the civilian, an encounter form, a
    suggestion and a removed-text entry, assigned to researcher "res"."""
    store = reviewed
    with store.change("operator", "footage.update") as change:
        change.insert(
            "incidents", {"id": INCIDENT, "created_at": change.at, "created_by": "operator"}
        )
        change.update(
            "footage",
            1,
            {
                "officer": OFFICER,
                "incident_id": INCIDENT,
                "unit": "north",
                "original_name": ORIGINAL,
            },
        )
    admin = account(store, "chief", "admin")
    supervisor = account(store, SUPERVISOR, "supervisor", ["north"])
    officer, civilian = (row["id"] for row in speakers(store, 1))
    corrections.update_speaker(store, officer, admin, name=OFFICER, role="officer")
    corrections.update_speaker(store, civilian, admin, name=CIVILIAN, role="civilian")
    tags.create_tag(
        store, 1, "open_question", 2.0, supervisor, notes=f"{CIVILIAN} refused, Diaz calm"
    )
    transcript = current_transcript(store, 1)
    with store.change("worker", "suggestion.create") as change:
        change.insert(
            "suggestions",
            {
                "footage_id": 1,
                "transcript_id": transcript["id"],
                "codebook_id": 1,
                "code": "open_question",
                "start": 6.0,
                "end": 9.0,
                "speaker_id": civilian,
                "score": 0.9,
                "detector": "phrases",
                "evidence": f"Officer Diaz asks {CIVILIAN} what happened",
                "created_at": change.at,
            },
        )
        change.insert(
            "removed_text",
            {
                "transcript_id": transcript["id"],
                "footage_id": 1,
                "start": 18.0,
                "end": 19.0,
                "text": "thanks Jonah",
                "reason": "silence",
            },
        )
    encounter.save_form(store, 1, {"pj_voice": 4}, supervisor, expected_version=None)
    researcher = account(store, "res", "researcher")
    assignments.assign(store, "operator", 1, "res", blind=False)
    return store, researcher, supervisor


def _pseudonyms(store) -> dict[str, str]:
    names = Pseudonymizer(load_key(store.root))
    return {
        "footage": names("footage", 1),
        "officer": names("officer", OFFICER),
        "incident": names("incident", INCIDENT),
        "speaker": names("speaker", f"name:{OFFICER}"),
        "civilian": names("speaker", f"name:{CIVILIAN}"),
        "supervisor": names("coder", SUPERVISOR),
    }


def _leaks(value) -> list[str]:
    text = repr(value)
    return [secret for secret in SECRETS if secret in text]


def test_service_reads_give_a_researcher_pseudonyms_and_redacted_text(identified):
    store, researcher, _ = identified
    expected = _pseudonyms(store)
    [footage] = list_footage(store, researcher)
    assert (footage["original_name"], footage["officer"], footage["incident_id"]) == (
        expected["footage"],
        expected["officer"],
        expected["incident"],
    )
    assert {s["name"] for s in speakers(store, 1, researcher)} == {
        expected["speaker"],
        expected["civilian"],
    }
    [tag] = tag_rows(store, 1, researcher)
    assert tag["created_by"] == expected["supervisor"]
    assert tag["notes"] == "[CIVILIAN] [CIVILIAN] refused, [OFFICER] calm"
    assert tags.get_tag(store, tag["id"], viewer=researcher)["notes"] == tag["notes"]
    [suggestion] = inbox.list_suggestions(store, 1, viewer=researcher)
    assert suggestion["speaker"] == expected["civilian"]
    assert suggestion["evidence"] == "Officer [OFFICER] asks [CIVILIAN] [CIVILIAN] what happened"
    form = encounter.get_form(store, 1, researcher)
    assert form["created_by"] == expected["supervisor"]
    transcript = current_transcript(store, 1)
    assert [r["text"] for r in removed_text(store, transcript["id"], researcher)] == [
        "thanks [CIVILIAN]"
    ]
    changes = history.footage_history(store, 1, viewer=researcher)
    assert {c["actor"] for c in changes} >= {expected["supervisor"]}
    data = player_data(store, store.get("footage", 1), lag=0.0, user=researcher)
    assert data["segments"][0]["text"] == "Sir I am Officer [OFFICER] with the city police"
    assert [w[2] for w in data["segments"][0]["words"]][4] == "[OFFICER]"
    assert {s["label"] for s in data["speakers"]} == {
        f"{expected['speaker']} (officer)",
        f"{expected['civilian']} (civilian)",
    }
    every = [footage, speakers(store, 1, researcher), tag, suggestion, form, changes, data]
    assert _leaks(every) == []


def test_search_hides_names_and_never_confirms_a_redacted_one(identified):
    store, researcher, supervisor = identified
    [hit] = search.search(store, "city police", viewer=researcher)
    assert hit.footage_name == _pseudonyms(store)["footage"]
    assert hit.text == "Sir I am Officer [OFFICER] with the city police"
    assert _leaks(hit) == []
    # The supervisor finds the officer's name; a researcher searching it learns nothing.
    assert len(search.search(store, "Diaz", viewer=supervisor)) == 1
    assert search.search(store, "Diaz", viewer=researcher) == []
    assert search.search(store, "Dia*", viewer=researcher) == []


def test_admins_and_the_units_supervisor_see_the_names(identified):
    store, _, supervisor = identified
    admin = account(store, "chief", "admin")
    for viewer in (admin, supervisor, "operator"):
        [footage] = list_footage(store, viewer)
        assert (footage["officer"], footage["original_name"]) == (OFFICER, ORIGINAL)
        assert {s["name"] for s in speakers(store, 1, viewer)} == {OFFICER, CIVILIAN}
        assert identities.mask_for(store, viewer, 1) is identities.OPEN


def test_the_pages_pseudonyms_are_the_deidentified_exports(identified, tmp_path):
    store, researcher, _ = identified
    result = export_bundle(
        store, researcher, ExportRequest("encounters", "csv"), tmp_path / "out.zip"
    )
    with zipfile.ZipFile(result.path) as bundle:
        [row] = csv.DictReader(io.StringIO(bundle.read("encounters.csv").decode()))
    [footage] = list_footage(store, researcher)
    assert (row["footage"], row["officer"], row["incident"]) == (
        footage["original_name"],
        footage["officer"],
        footage["incident_id"],
    )


def test_a_researchers_review_page_shows_no_identity(identified):
    """Every element of the Review page (all tabs, the player's data, the tables' cells) and
    the Library page: no real name, the pseudonyms instead."""
    store, _, _ = identified
    expected = _pseudonyms(store)
    app = app_as("researcher", name="res").run()
    switch(app, "review").run()
    assert not app.exception
    shown = _everything(app)
    assert _leaks(shown) == []
    for pseudonym in ("footage", "officer", "incident", "speaker", "civilian", "supervisor"):
        assert expected[pseudonym] in shown, pseudonym
    app = app_as("researcher", name="res").run()  # the first page: the Library
    assert not app.exception and app.title[0].value == "Library"
    app.text_input(key="library_search").input("police").run()
    shown = _everything(app)
    assert _leaks(shown) == []
    # The hit's snippet: the officer's name replaced (the page bolds the matched words).
    assert expected["footage"] in shown and "Officer **OFFICER** with the city" in shown
    # The admin's page does show the names: the check above looks in the right place.
    admin = app_as().run()
    switch(admin, "review").run()
    assert {"Diaz", "Whitfield", INCIDENT} <= set(_leaks(_everything(admin)))


def _everything(app) -> str:
    """The text of every element the app sent, tables and component data included."""
    found = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if children:
            for child in children.values():
                walk(child)
        proto = getattr(node, "proto", None)
        if proto is not None:
            found.append(str(proto))

    walk(app.main)
    walk(app.sidebar)
    # Markdown escapes (F\\-3949…) removed, so an escaped name cannot slip through.
    return "\n".join(found).replace("\\", "")


def test_a_read_that_takes_the_viewer_checks_it_may_view_the_footage(identified):
    from bodycam.models.permissions import PermissionDenied

    store, _, _ = identified
    south = account(store, "south_sup", "supervisor", ["south"])
    stranger = account(store, "other_res", "researcher")
    for viewer in (south, stranger):
        with pytest.raises(PermissionDenied, match=r"may not footage\.view on footage 1"):
            speakers(store, 1, viewer)
        with pytest.raises(PermissionDenied):
            history.footage_history(store, 1, viewer=viewer)
        assert inbox.list_suggestions(store, 1, viewer=viewer) == []
        assert inbox.list_suggestions(store, None, viewer=viewer) == []
        assert list_footage(store, viewer) == []
        assert search.search(store, "police", viewer=viewer) == []
