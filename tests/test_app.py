"""The Streamlit app: a smoke test per page (AppTest) and the review page's event handling as
plain functions (component callbacks do not fire under AppTest)."""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path

from app_support import app_as, open_review, rendered_text, switch
from review_support import bind_a_and_upper_a
from transcripts_support import fake_result

from bodycam.annotate import tags
from bodycam.models.transcripts import save_transcription
from bodycam.ui.formatting import md_text
from bodycam.ui.review.actions import ReviewState, handle_event
from bodycam.ui.review.data import player_data


def test_library_page_lists_footage_with_tag_counts(reviewed):
    tags.create_tag(reviewed, 1, "open_question", 1.0, "alice")
    app = app_as().run()
    assert not app.exception
    assert app.title[0].value == "Library"
    frame = app.dataframe[0].value
    assert list(frame["name"]) == ["h264_aac.mp4"]
    # Escalation · de-escalation · context · outcome, in one column (#11: fits at 1440 px).
    assert frame["tags"][0] == "0 · 1 · 0 · 0"


def test_library_uploads_through_the_streaming_widget_not_file_uploader(reviewed):
    """st.file_uploader keeps uploads in the server's memory (#9): the page has none, and its
    widget gets single-use tokens for the signed-in reviewer."""
    from bodycam.models.settings import Layout
    from bodycam.ui.library import UPLOAD_BATCH
    from bodycam.ui.uploads import check_token

    app = app_as().run()
    assert not app.exception
    assert app.get("file_uploader") == []
    [widget] = [e for e in app.get("bidi_component") if "upload" in str(e.proto.component_name)]
    data = json.loads(widget.proto.json)
    tokens = data["tokens"]
    assert len(set(tokens)) == UPLOAD_BATCH
    assert check_token(Layout(reviewed.root), tokens[0])[0] == "admin"  # the signed-in account


def test_library_search_shows_hits(reviewed):
    app = app_as().run()
    app.text_input(key="library_search").input('"take your time"').run()
    assert not app.exception
    assert [b.label for b in app.button if b.key == "library_hit_0"] == ["▶ 0:11.0"]


def test_review_page_renders_footage_tags_and_speakers(reviewed):
    tags.create_tag(reviewed, 1, "closes_distance", 2.0, "alice")
    app = app_as()
    app.run()
    switch(app, "review").run()
    assert not app.exception
    assert app.selectbox(key="review_footage").value == 1
    assert [t.label for t in app.tabs] == [  # #11: the tags list and editor are a tab
        "Tags",
        "Suggestions (0)",  # #15
        "Transcript",
        "Speakers",
        "Encounter form",
        "History",
        "Settings",
    ]
    markdown = " ".join(m.value for m in app.markdown)
    # The file name is user text, shown escaped (Markdown never renders it): h264\_aac\.mp4.
    assert "Speaker 1" in markdown and r"h264\_aac\.mp4" in markdown


def test_codebook_page_for_admin(reviewed):
    app = app_as()
    app.run()
    switch(app, "codebook").run()
    assert not app.exception
    assert app.title[0].value == "Codebook"
    assert "version 1.0.0" in app.markdown[0].value


def test_player_data_has_everything_the_component_draws(reviewed):
    tag_id = tags.create_tag(reviewed, 1, "offers_choices", 3.0, "a", kind="interval")
    data = player_data(reviewed, reviewed.get("footage", 1), lag=1.0, user="admin")
    assert data["video_url"].startswith("/footage/1/proxy?u=admin&exp=")
    assert data["filmstrip"]["count"] == 6 and data["filmstrip"]["interval"] == 1
    # 6 s of tone; the AAC encoder's priming adds a few ms, hence a 61st window.
    assert data["envelope"]["rate"] == 10 and len(data["envelope"]["values"]) == 61
    assert data["envelope"]["values"][10] == 0.649
    assert [s["label"] for s in data["speakers"]] == ["Speaker 1", "Speaker 2"]
    assert data["turns"][0] == [1.0, 5.45, 1]
    assert data["segments"][0]["words"][1] == [1.5, 1.95, "I", 0.3]
    assert data["tags"] == [
        {
            "id": tag_id,
            "code": "offers_choices",
            "label": "Offers choices",
            "polarity": "de-escalation",
            "start": 3.0,
            "end": None,
            "pending": True,
        }
    ]
    assert data["keymap"]["1"]["code"] == "open_question"


# --- the page's callback logic ---------------------------------------------------------


def test_point_mark_lands_at_playhead_minus_lag(reviewed, state):
    handle_event(
        reviewed,
        state,
        {"type": "mark", "code": "open_question", "t": 4.37, "phase": "point"},
        "alice",
        1.0,
    )
    [tag] = tags.list_tags(reviewed, 1)
    assert (tag["code"], tag["start"], tag["kind"], tag["created_by"]) == (
        "open_question",
        3.37,
        "point",
        "alice",
    )
    assert state.selected_tag_id == tag["id"]
    assert state.playhead == 4.37


def test_shift_mark_starts_and_same_key_ends_interval(reviewed, state):
    handle_event(
        reviewed,
        state,
        {"type": "mark", "code": "offers_choices", "t": 2.0, "phase": "start"},
        "alice",
        0.5,
    )
    assert state.open_intervals == {"offers_choices": 1}
    handle_event(
        reviewed,
        state,
        {"type": "mark", "code": "offers_choices", "t": 5.0, "phase": "end"},
        "alice",
        0.5,
    )
    tag = tags.get_tag(reviewed, 1)
    assert (tag["kind"], tag["start"], tag["end"]) == ("interval", 1.5, 4.5)
    assert state.open_intervals == {}


def test_end_without_start_is_a_message_not_an_error(reviewed, state):
    handle_event(
        reviewed,
        state,
        {"type": "mark", "code": "offers_choices", "t": 5.0, "phase": "end"},
        "alice",
        1.0,
    )
    assert state.messages == [("warning", "No open “offers_choices” interval to end.")]


def test_tag_this_spans_the_segment_with_its_speaker(reviewed, state):
    handle_event(reviewed, state, {"type": "tag_segment", "segment_id": 1}, "bob", 1.0)
    [tag] = tags.list_tags(reviewed, 1)
    assert (tag["code"], tag["start"], tag["end"], tag["speaker_id"], tag["kind"]) == (
        "reassurance",
        1.0,
        5.45,
        1,
        "interval",
    )
    handle_event(reviewed, state, {"type": "tag_segment", "segment_id": 3}, "bob", 1.0)
    assert state.messages == [("error", "start 11.00 s is after the footage ends (6.00 s)")]


def test_inline_edit_creates_revision_and_stale_edit_is_reported(reviewed, state):
    handle_event(
        reviewed,
        state,
        {"type": "edit_segment", "segment_id": 2, "text": "Get away from me!"},
        "alice",
        1.0,
    )
    handle_event(
        reviewed, state, {"type": "edit_segment", "segment_id": 2, "text": "Stale text"}, "bob", 1.0
    )
    assert state.messages[0] == ("success", "Transcript correction saved.")
    level, text = state.messages[1]
    assert level == "error" and "already changed by alice" in text


def test_seek_pause_and_select_update_state(reviewed, state):
    handle_event(reviewed, state, {"type": "seek", "t": 12.5}, "a", 1.0)
    assert state.playhead == 12.5
    handle_event(reviewed, state, {"type": "pause", "t": 13.0}, "a", 1.0)
    assert state.playhead == 13.0
    handle_event(reviewed, state, {"type": "select_tag", "tag_id": 9}, "a", 1.0)
    assert state.selected_tag_id == 9


def test_unknown_code_from_browser_is_a_message(reviewed, state):
    handle_event(
        reviewed, state, {"type": "mark", "code": "bogus", "t": 2.0, "phase": "point"}, "a", 1.0
    )
    assert state.messages[0][0] == "error"
    assert "code 'bogus' is not in codebook" in state.messages[0][1]


def test_uploads_are_queued_and_ingested_by_the_worker(store, media, monkeypatch):
    import io

    from bodycam.ui import library
    from bodycam.worker import process_jobs

    monkeypatch.setattr(library, "ensure_worker", lambda store: True)
    upload = io.BytesIO(media["no_audio"].read_bytes())
    upload.name = "Cam 3 – upload.mkv"
    library.queue_uploads(store, [upload], "24-77", "Ofc. Lee", "carol")
    [job] = store.query("SELECT kind, state, payload FROM jobs")
    assert (job["kind"], job["state"]) == ("ingest", "queued")
    [outcome] = process_jobs(store, kinds=("ingest",))
    assert (outcome.state, outcome.detail) == ("done", "ingested as footage 1")
    footage = store.get("footage", 1)
    assert (
        footage["original_name"],
        footage["incident_id"],
        footage["officer"],
        footage["ingested_by"],
    ) == ("Cam 3 – upload.mkv", "24-77", "Ofc. Lee", "carol")
    assert list(store.layout.uploads.iterdir()) == []


PIXEL = "![x](http://127.0.0.1:9/pixel.png)"
# Markdown image syntax that a renderer would turn into <img>: "![" with neither part escaped.
RENDERED_IMAGE = re.compile(r"(?<!\\\\)!(?<!\\\\)\[|<img", re.IGNORECASE)


def test_markdown_in_user_text_is_shown_as_text(reviewed, monkeypatch):
    """A name holding Markdown image syntax must not become an <img> the browser fetches."""
    from bodycam.ui import library

    monkeypatch.setattr(library, "ensure_worker", lambda store: True)
    reviewed.conn.execute("UPDATE jobs SET state = 'done'")
    reviewed.conn.execute(
        "UPDATE footage SET original_name = ?, officer = ?", [PIXEL + ".mp4", PIXEL]
    )
    reviewed.conn.execute("UPDATE speakers SET name = ?", [PIXEL])
    reviewed.conn.execute(
        "INSERT INTO jobs (kind, footage_id, payload, state, attempts, progress,"
        " progress_detail, created_at, created_by) VALUES ('transcribe', 1, '{}', 'running',"
        " 1, 0.5, ?, '2026-01-01', 'carol')",
        [PIXEL],
    )
    app = app_as().run()
    app.text_input(key="library_search").input('"take your time"').run()
    assert not app.exception
    texts = rendered_text(app)
    assert any("pixel" in text for text in texts)  # the names are on the page...
    assert [t for t in texts if RENDERED_IMAGE.search(t)] == []  # ...as text only


def _process_state(pid: int) -> str | None:
    """``Z`` once every thread of the process exited and it waits to be reaped, ``running``
    before, None once it is gone (the main thread alone shows Z while the others exit)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return None
    states = set()
    for task in tasks:
        with contextlib.suppress(FileNotFoundError):  # a thread that just went
            stat = Path(f"/proc/{pid}/task/{task}/stat").read_text()
            states.add(stat.rpartition(")")[2].split()[0])
    return "Z" if states <= {"Z", "X"} else "running"


def _wait_for(condition, what: str, seconds: float = 60.0):
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


def test_background_worker_starts_again_for_a_later_upload(store, tmp_path, media):
    """The worker the app spawns exits when the queue is empty; a later upload must start a
    new one, not wait on the exited (zombie) process until the server restarts (#9)."""
    import io

    from support import make_video

    from bodycam.ui import library

    def upload(path, name):
        handle = io.BytesIO(path.read_bytes())
        handle.name = name
        library.queue_uploads(store, [handle], None, None, "carol")

    def status(footage_id):
        row = store.one("SELECT status FROM footage WHERE id = ?", [footage_id])
        return row and row["status"]

    # Made first: any new subprocess would reap a finished child whose Popen was dropped.
    second_file = make_video(tmp_path / "second.mkv", seconds=2, audio=None)
    pid_file = store.root / "worker.pid"
    upload(media["no_audio"], "first.mkv")
    first = int(pid_file.read_text())
    _wait_for(lambda: status(1) == "ready", "the first upload to be ready")
    # The worker ran out of jobs and exited; nothing has waited for it yet.
    _wait_for(lambda: _process_state(first) in ("Z", None), "the first worker to exit")

    upload(second_file, "second.mkv")
    second = int(pid_file.read_text())
    assert second != first
    _wait_for(lambda: status(2) == "ready", "the second upload to be ready")
    assert _process_state(first) is None  # reaped, not left a zombie
    _wait_for(lambda: _process_state(second) in ("Z", None), "the second worker to exit")
    library.ensure_worker(store)  # reaps it: nothing is pending, so nothing starts
    assert _process_state(second) is None


def test_app_started_for_a_footage_opens_onopen_review(reviewed, monkeypatch):
    monkeypatch.setenv("BODYCAM_OPEN_FOOTAGE", "1")
    app = app_as().run()
    assert not app.exception
    assert app.selectbox(key="review_footage").value == 1
    assert not app.title  # the Library page has a title; Review does not


# --- a bad keymap and the transcript corrections panel ------------------------------------


def test_review_page_survives_a_and_upper_a_bound_to_two_codes(reviewed):
    bind_a_and_upper_a(reviewed)
    app = open_review(reviewed)
    [warning] = [w.value for w in app.warning]
    assert "“a” and “A”" in warning
    assert "(reassurance)" in warning and "(complaint_voiced)" in warning
    assert "Fix: an admin binds one of them to another key on the Codebook page." in warning
    data = player_data(reviewed, reviewed.get("footage", 1), lag=1.0, user="admin")
    assert sorted(data["keymap"]) == [str(i) for i in range(1, 10)]
    assert data["keymap_warnings"] == [warning]


def _segments(store) -> list[tuple[float, float, str]]:
    from bodycam.models.transcripts import current_segments, current_transcript

    transcript = current_transcript(store, 1)
    return [(s.start, s.end, s.text) for s in current_segments(store, transcript["id"])][:2]


def test_split_a_segment_at_a_chosen_time(reviewed):
    app = open_review(reviewed)
    app.number_input(key="review_split_at_1").set_value(3.0).run()
    app.button(key="review_split_at").click().run()
    assert not app.exception
    assert _segments(reviewed) == [
        (1.0, 3.0, "Sir I am Officer"),
        (3.0, 5.45, "Diaz with the city police"),
    ]


def test_split_a_segment_at_the_playhead(reviewed):
    app = app_as()
    app.session_state["review_state_1"] = ReviewState(footage_id=1, playhead=2.0)
    app.run()
    switch(app, "review").run()
    assert app.button(key="review_split_playhead").label == "Split at playhead (0:02.0)"
    app.button(key="review_split_playhead").click().run()
    assert not app.exception
    assert _segments(reviewed) == [
        (1.0, 2.0, "Sir I"),
        (2.0, 5.45, "am Officer Diaz with the city police"),
    ]


def test_merge_a_segment_with_the_next(reviewed):
    app = open_review(reviewed)
    app.button(key="review_merge_next").click().run()
    assert not app.exception
    assert _segments(reviewed)[0] == (
        1.0,
        9.95,
        "Sir I am Officer Diaz with the city police Get away from me I did nothing wrong",
    )


def test_split_outside_the_segment_is_an_error_on_the_panel(reviewed):
    app = open_review(reviewed)
    app.number_input(key="review_split_at_1").set_value(5.45).run()
    app.button(key="review_split_at").click().run()
    assert not app.exception
    # Error texts are shown as plain text (#9 defect 5): escaped for Markdown.
    assert [e.value for e in app.error] == [
        md_text("split time 5.45 s is outside segment 1 (1.00-5.45 s)")
    ]


def test_tag_editor_saves_subject_and_notes_in_its_panel(reviewed):
    tag_id = tags.create_tag(reviewed, 1, "open_question", 2.0, "alice")
    app = app_as(name="carol")  # the signed-in account is the one the audit log names
    app.session_state["review_state_1"] = ReviewState(footage_id=1, selected_tag_id=tag_id)
    app.run()
    switch(app, "review").run()
    subject = next(s for s in app.selectbox if s.label == "Subject")
    assert subject.value == "officer"  # the code's default subject
    subject.set_value("civilian")
    next(t for t in app.text_area if t.label == "Notes").input("asks what happened")
    next(b for b in app.button if b.label == "Save").click().run()
    assert not app.exception
    tag = tags.get_tag(reviewed, tag_id)
    assert (tag["subject"], tag["notes"], tag["version"], tag["updated_by"]) == (
        "civilian",
        "asks what happened",
        2,
        "carol",
    )
    # The panel reran with the saved version loaded.
    assert "version 2" in " ".join(m.value for m in app.markdown)


def test_usable_keymap_drops_a_reserved_key_with_the_fix():
    import dataclasses

    from bodycam.annotate.codebook import default_codebook
    from bodycam.ui.review.data import usable_keymap

    book = default_codebook()
    codes = [dataclasses.replace(c, key="J") if c.key == "1" else c for c in book.codes]
    keymap, warnings = usable_keymap(dataclasses.replace(book, codes=type(book.codes)(codes)))
    assert sorted(keymap) == [str(i) for i in range(2, 10)]
    assert warnings == [
        "Code “Open question” (open_question) has no key in the player: 'J' is reserved by the "
        "player for playback control. Fix: choose a digit or a letter other than j, k, l, J, K, "
        "L. An admin changes it on the Codebook page."
    ]


def test_reassign_the_chosen_segment_to_another_speaker(reviewed):
    from bodycam.models.transcripts import current_segments, current_transcript

    app = open_review(reviewed)
    app.selectbox(key="review_edit_segment_1").set_value(2).run()
    app.selectbox(key="review_reassign_to").set_value(1).run()
    app.button(key="review_reassign").click().run()
    assert not app.exception
    transcript = current_transcript(reviewed, 1)
    speakers = [(s.start, s.speaker_id) for s in current_segments(reviewed, transcript["id"])]
    assert speakers == [(1.0, 1), (6.0, 1), (11.0, 1), (15.0, 2)]


def test_player_data_lists_speaker_reassignments_and_nothing_else(reviewed):
    """#11: the lanes show a reviewer's speaker, told apart from the machine's. A split and a
    text edit keep the speaker: they are not reassignments."""
    from bodycam.annotate import corrections
    from bodycam.models.transcripts import current_transcript, speakers

    s0, s1 = (s["id"] for s in speakers(reviewed, 1))
    machine = {
        s["id"]: s
        for s in reviewed.query("SELECT * FROM segments WHERE transcript_id = ?", [1])
        if s["speaker_id"] is not None
    }
    corrections.split_segment(reviewed, 1, 3.0, "admin")
    corrections.edit_text(reviewed, 2, "Get away from me, I did nothing wrong", "admin")
    corrections.reassign_speaker(reviewed, 3, s1, "admin")
    data = player_data(reviewed, reviewed.get("footage", 1), lag=1.0, user="admin")
    assert machine[3]["speaker_id"] == s0 and current_transcript(reviewed, 1)["id"] == 1
    assert data["reassigned"] == [[11.0, machine[3]["end"], s0, s1]]
    # Back to the machine's speaker: nothing is drawn as a correction.
    [now] = [s["id"] for s in data["segments"] if s["start"] == 11.0]
    corrections.reassign_speaker(reviewed, now, s0, "admin")
    data = player_data(reviewed, reviewed.get("footage", 1), lag=1.0, user="admin")
    assert data["reassigned"] == []


def test_player_says_no_speech_found_only_after_transcription(reviewed, run, media):
    """#11: a footage transcription found no speech in says so, not "No transcript yet"."""
    import dataclasses

    assert player_data(reviewed, reviewed.get("footage", 1), lag=1.0, user="admin")[
        "transcript_status"
    ] == ("ready")
    run("ingest", str(media["no_audio"]))
    footage = reviewed.get("footage", 2)
    assert player_data(reviewed, footage, lag=1.0, user="admin")["transcript_status"] == "pending"
    silent = dataclasses.replace(fake_result(), segments=[], turns=[], speaker_embeddings={})
    with reviewed.change("worker", "transcript.create") as change:
        save_transcription(change, footage_id=2, job_id=None, audio_sha256="b" * 64, result=silent)
    assert player_data(reviewed, footage, lag=1.0, user="admin")["transcript_status"] == "no_speech"


def test_library_shows_job_progress_as_a_percentage_and_reruns_when_it_ends(reviewed, monkeypatch):
    import bodycam.ui.library as library
    from bodycam.models import jobs

    monkeypatch.setattr(library, "ensure_worker", lambda store: True)  # no real worker here
    reviewed.conn.execute("UPDATE jobs SET state = 'done'")  # the fixture's own jobs
    with reviewed.change("tester", "test.queue") as change:
        job_id = jobs.enqueue(change, "transcribe", 1)
    reviewed.conn.execute(
        "UPDATE jobs SET state = 'running', progress = 0.42 WHERE id = ?", [job_id]
    )
    app = app_as().run()
    assert not app.exception
    [bar] = app.get("progress")
    assert "42%" in bar.proto.text
    assert app.session_state["library_active_jobs"] == {job_id}
    reviewed.conn.execute("UPDATE jobs SET state = 'done', progress = 1.0 WHERE id = ?", [job_id])
    app.run()
    assert not app.exception
    assert app.get("progress") == []
    assert app.session_state["library_active_jobs"] == set()
