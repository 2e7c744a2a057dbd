"""Transcript storage, corrections as revisions, full-text search and export formats."""

from __future__ import annotations

import json

import pytest
from support import copied_store, json_lines
from transcripts_support import ingested_with_transcript

from bodycam.annotate import corrections
from bodycam.annotate.export import export_transcript
from bodycam.annotate.search import fts_query, search
from bodycam.core.errors import InvalidInput, NotFound, StaleEdit
from bodycam.models.transcripts import current_segments, current_transcript
from bodycam.transcribe import formats


@pytest.fixture(scope="module")
def transcribed_once(tmp_path_factory, media):
    data_dir = tmp_path_factory.mktemp("transcribed") / "data"
    ingested_with_transcript(data_dir, media["h264_aac"]).close()
    return data_dir


@pytest.fixture
def transcribed(transcribed_once, data_dir, request):
    """Footage 1 ingested and given the hand-made transcript (a copy of the module's)."""
    return copied_store(transcribed_once, data_dir, request)


def _texts(store) -> list[str]:
    transcript = current_transcript(store, 1)
    return [s.text for s in current_segments(store, transcript["id"])]


def test_saved_transcript_numbers_speakers_and_keeps_words(transcribed):
    store = transcribed
    speakers = store.query(
        "SELECT label, machine_label, role, wearer_suggestion, level_db FROM speakers ORDER BY id"
    )
    assert speakers == [
        {
            "label": "Speaker 1",
            "machine_label": "S0",
            "role": "unknown",
            "wearer_suggestion": 0.82,
            "level_db": -18.0,
        },
        {
            "label": "Speaker 2",
            "machine_label": "S1",
            "role": "unknown",
            "wearer_suggestion": None,
            "level_db": -27.5,
        },
    ]
    segments = current_segments(store, 1)
    assert [len(s.words) for s in segments] == [9, 8, 7, 7]
    assert segments[0].words[1] == {
        "start": 1.5,
        "end": 1.95,
        "word": " I",
        "probability": 0.3,
        "speaker_id": 1,
    }
    # One audit entry per bulk insert, not one per word.
    bulk = store.query(
        "SELECT entity, details FROM audit_log WHERE details LIKE '{\"insert_many%' ORDER BY id"
    )
    assert [b["entity"] for b in bulk] == ["turns", "segments", "words"]
    assert json.loads(bulk[2]["details"])["insert_many"]["count"] == 31
    assert store.verify_audit().ok


def test_segments_cannot_be_updated_in_place(transcribed):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        transcribed.conn.execute("UPDATE segments SET text = 'x'")


def test_text_edit_is_a_revision_and_machine_text_stays(transcribed):
    store = transcribed
    new_id = corrections.edit_text(store, 2, "Get away from me, I did nothing wrong!", "sgt.kim")
    assert _texts(store)[1] == "Get away from me, I did nothing wrong!"
    assert store.get("segments", 2)["text"] == "Get away from me I did nothing wrong"
    revision = store.query("SELECT kind, author FROM revisions")
    assert revision == [{"kind": "text", "author": "sgt.kim"}]
    edited = next(s for s in current_segments(store, 1) if s.id == new_id)
    assert (edited.start, edited.end, edited.words) == (6.0, 9.95, [])


def test_editing_a_superseded_segment_is_refused(transcribed):
    corrections.edit_text(transcribed, 2, "first reviewer's text", "alice")
    with pytest.raises(StaleEdit, match="already changed by alice"):
        corrections.edit_text(transcribed, 2, "second reviewer's text", "bob")
    assert _texts(transcribed)[1] == "first reviewer's text"


def test_reassign_split_and_merge(transcribed):
    store = transcribed
    moved = corrections.reassign_speaker(store, 3, 2, "alice")
    assert [s.speaker_id for s in current_segments(store, 1)] == [1, 2, 2, 2]
    first, second = corrections.split_segment(store, 1, 3.0, "alice")
    assert _texts(store)[:2] == ["Sir I am Officer", "Diaz with the city police"]
    assert [len(s.words) for s in current_segments(store, 1)][:2] == [4, 5]
    merged = corrections.merge_segments(store, [first, second], "bob")
    assert _texts(store)[0] == "Sir I am Officer Diaz with the city police"
    assert [r["kind"] for r in corrections.revision_history(store, 1)] == [
        "speaker",
        "split",
        "merge",
    ]
    assert merged > moved
    with pytest.raises(InvalidInput, match="outside segment"):
        corrections.split_segment(store, merged, 30.0, "bob")


def test_speaker_rename_role_and_wearer(transcribed):
    store = transcribed
    corrections.update_speaker(store, 2, "alice", name="Mr. Hale", role="civilian")
    with pytest.raises(StaleEdit):
        corrections.update_speaker(store, 2, "bob", name="Someone", expect={"name": None})
    with pytest.raises(InvalidInput, match="role 'boss' is not one of"):
        corrections.update_speaker(store, 2, "bob", role="boss")
    assert store.get("speakers", 1)["wearer_confirmed"] == 0  # a suggestion is never applied
    corrections.confirm_wearer(store, 1, "alice")
    assert (store.get("speakers", 1)["wearer_confirmed"], store.get("speakers", 1)["role"]) == (
        1,
        "officer",
    )
    txt = export_transcript(store, 1, "txt")
    assert (
        txt.splitlines()[1] == "[00:00:06.000] Mr. Hale (civilian): Get away from me I did "
        "nothing wrong"
    )


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ('"stop resisting"', '"stop resisting"'),
        ("take time", '"take" "time"'),
        ("offic*", '"offic"*'),
        ('"" OR NEAR(', '"OR" "NEAR"'),
    ],
)
def test_fts_query_translation(typed, query):
    assert fts_query(typed) == query


def test_fts_query_without_words_is_an_error():
    with pytest.raises(InvalidInput, match="no words"):
        fts_query('"" -- ()')


def test_search_phrases_ranking_and_revisions(transcribed):
    store = transcribed
    hits = search(store, '"take your time"')
    assert [(h.footage_id, h.start, h.speaker) for h in hits] == [(1, 11.0, "Speaker 1")]
    assert hits[0].snippet == "Nobody is in trouble. [Take your time]"
    assert search(store, '"time your take"') == []
    assert [h.start for h in search(store, "okay")] == [15.0]
    corrections.edit_text(store, 4, "Fine, I will talk to you", "alice")
    assert search(store, "okay") == []
    assert [h.text for h in search(store, "fine")] == ["Fine, I will talk to you"]


def test_cli_search_json(run, transcribed):
    result = run("search", '"did nothing wrong"', "--json")
    assert result.exit_code == 0
    [hit] = json_lines(result.output)
    assert (hit["footage_id"], hit["start"], hit["speaker"]) == (1, 6.0, "Speaker 2")
    assert run("search", "zebra").output == "no matches\n"
    bad = run("search", "()")
    assert bad.exit_code == 1
    assert bad.output.startswith("Error: the search query has no words")


def test_export_vtt_srt_json(transcribed):
    vtt = export_transcript(transcribed, 1, "vtt")
    assert vtt.splitlines()[:3] == ["WEBVTT", "", "00:00:01.000 --> 00:00:05.450"]
    assert "<v Speaker 1>Sir I am Officer Diaz with the city police</v>" in vtt
    srt = export_transcript(transcribed, 1, "srt")
    assert srt.splitlines()[:3] == [
        "1",
        "00:00:01,000 --> 00:00:05,450",
        "Speaker 1: Sir I am Officer Diaz with the city police",
    ]
    document = json.loads(export_transcript(transcribed, 1, "json"))
    assert document["speakers"] == {"speaker-1": "Speaker 1", "speaker-2": "Speaker 2"}
    assert len(document["segments"][0]["words"]) == 9


def test_export_rttm_round_trips_through_pyannote(transcribed):
    rttm = export_transcript(transcribed, 1, "rttm")
    turns = formats.from_rttm(rttm)
    assert [(t.start, round(t.end, 3), t.speaker) for t in turns] == [
        (1.0, 5.45, "Speaker_1"),
        (6.0, 9.95, "Speaker_2"),
        (11.0, 14.45, "Speaker_1"),
        (15.0, 18.45, "Speaker_2"),
    ]
    annotation = formats.turns_to_annotation(turns, uri="h264_aac")
    assert annotation.labels() == ["Speaker_1", "Speaker_2"]


def test_cli_transcript_errors(run, media):
    missing = run("transcript", "9")
    assert (missing.exit_code, missing.output) == (
        1,
        "Error: footage 9 does not exist: see `bodycam list`\n",
    )
    run("ingest", str(media["h264_aac"]))
    pending = run("transcript", "1")
    assert pending.output == (
        "Error: footage 1 has no transcript yet (status queued): run `bodycam process`\n"
    )


def test_transcript_not_found_for_unknown_footage(store):
    with pytest.raises(NotFound):
        export_transcript(store, 1, "txt")


def test_segment_commands_list_split_and_merge(transcribed, run):
    assert run("segment", "list", "1").output == (
        "     1       1.00      5.45  Speaker 1: Sir I am Officer Diaz with the city police\n"
        "     2       6.00      9.95  Speaker 2: Get away from me I did nothing wrong\n"
        "     3      11.00     14.45  Speaker 1: Nobody is in trouble. Take your time\n"
        "     4      15.00     18.45  Speaker 2: Okay okay I will talk to you\n"
    )
    split = run("segment", "split", "1", "3", user="alice")
    assert (split.exit_code, split.output) == (
        0,
        "split segment 1 at 3.00 s into segments 5 and 6\n",
    )
    assert _texts(transcribed)[:2] == ["Sir I am Officer", "Diaz with the city police"]
    merged = run("segment", "merge", "5", "6", user="bob")
    assert (merged.exit_code, merged.output) == (0, "merged segments 5, 6 into segment 7\n")
    assert json_lines(run("segment", "list", "1", "--json").output)[0] == {
        "id": 7,
        "start": 1.0,
        "end": 5.45,
        "speaker": "Speaker 1",
        "text": "Sir I am Officer Diaz with the city police",
    }
    history = corrections.revision_history(transcribed, 1)
    assert [(r["kind"], r["author"]) for r in history] == [("split", "alice"), ("merge", "bob")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("split", "1", "30"), "split time 30.00 s is outside segment 1 (1.00-5.45 s)"),
        (("split", "99", "3"), "transcript segment 99 does not exist"),
        (("merge", "1"), "merge needs at least two segments"),
        (("list", "9"), "footage 9 has no transcript: see `bodycam list`"),
    ],
)
def test_segment_command_errors_name_the_problem(transcribed, run, args, message):
    result = run("segment", *args)
    assert (result.exit_code, result.output) == (1, f"Error: {message}\n")
    assert transcribed.one("SELECT count(*) AS n FROM revisions")["n"] == 0
