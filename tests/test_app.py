"""The Streamlit app: a smoke test per page (AppTest) and the review page's event handling as
plain functions (component callbacks do not fire under AppTest)."""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path

import pytest
import streamlit as st
from accounts_support import sign_in_app
from review_support import bind_a_and_upper_a
from streamlit.testing.v1 import AppTest
from transcripts_support import fake_result

from bodycam.annotate import tags
from bodycam.models.store import shared_store
from bodycam.models.transcripts import save_transcription
from bodycam.ui.formatting import md_text
from bodycam.ui.paths import MAIN_SCRIPT
from bodycam.ui.review.actions import ReviewState, handle_event
from bodycam.ui.review.data import player_data


@pytest.fixture
def reviewed(run, media, store, monkeypatch):
    """Footage 1 with the hand-made transcript, served to AppTest through BODYCAM_DATA."""
    run("ingest", str(media["h264_aac"]))
    with store.change("worker", "transcript.create") as change:
        save_transcription(
            change, footage_id=1, job_id=1, audio_sha256="a" * 64, result=fake_result()
        )
    store.conn.execute("UPDATE footage SET status = 'ready'")
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    st.cache_resource.clear()
    yield store
    st.cache_resource.clear()


def _app(role: str = "admin", units=(), name: str | None = None) -> AppTest:
    """The app signed in as an account of this role (an admin unless asked), named after the
    role unless a name is given."""
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    return sign_in_app(app, shared_store(), name or role, role, units)[0]


def _switch(app: AppTest, url_path: str) -> AppTest:
    """AppTest.switch_page only knows file pages; ours are st.Page(render) callables, so pick
    the registered page by its url_path (after a first run registered them)."""
    pages = app._registered_pages  # no public API for callable pages in Streamlit 1.67
    [page_hash] = [h for h, info in pages.items() if info.get("url_pathname") == url_path]
    app._page_hash = page_hash
    return app


def test_library_page_lists_footage_with_tag_counts(reviewed):
    tags.create_tag(reviewed, 1, "open_question", 1.0, "alice")
    app = _app().run()
    assert not app.exception
    assert app.title[0].value == "Library"
    frame = app.dataframe[0].value
    assert list(frame["name"]) == ["h264_aac.mp4"]
    assert (int(frame["de-escalation"][0]), int(frame["escalation"][0])) == (1, 0)


def test_library_uploads_through_the_streaming_widget_not_file_uploader(reviewed):
    """st.file_uploader keeps uploads in the server's memory (#9): the page has none, and its
    widget gets single-use tokens for the signed-in reviewer."""
    from bodycam.models.settings import Layout
    from bodycam.ui.library import UPLOAD_BATCH
    from bodycam.ui.uploads import check_token

    app = _app().run()
    assert not app.exception
    assert app.get("file_uploader") == []
    [widget] = [e for e in app.get("bidi_component") if "upload" in str(e.proto.component_name)]
    data = json.loads(widget.proto.json)
    tokens = data["tokens"]
    assert len(set(tokens)) == UPLOAD_BATCH
    assert check_token(Layout(reviewed.root), tokens[0])[0] == "admin"  # the signed-in account


def test_library_search_shows_hits(reviewed):
    app = _app().run()
    app.text_input(key="library_search").input('"take your time"').run()
    assert not app.exception
    assert [b.label for b in app.button if b.key == "library_hit_0"] == ["▶ 0:11.0"]


def test_review_page_renders_footage_tags_and_speakers(reviewed):
    tags.create_tag(reviewed, 1, "closes_distance", 2.0, "alice")
    app = _app()
    app.run()
    _switch(app, "review").run()
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
    app = _app()
    app.run()
    _switch(app, "codebook").run()
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


@pytest.fixture
def state(reviewed):
    return ReviewState(footage_id=1, segment_code="reassurance")


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


def _rendered_text(app: AppTest) -> list[str]:
    """The text of every element the page sends that the browser renders as Markdown:
    everything but dataframes, whose cells are plain text (their Arrow bytes hold the raw
    names)."""
    found = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if children:
            for child in children.values():
                walk(child)
        elif getattr(node, "type", "") not in ("arrow_data_frame", "dataframe"):
            proto = getattr(node, "proto", None)
            if proto is not None:
                found.append(str(proto))

    walk(app.main)
    walk(app.sidebar)
    return found


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
    app = _app().run()
    app.text_input(key="library_search").input('"take your time"').run()
    assert not app.exception
    texts = _rendered_text(app)
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


def test_app_started_for_a_footage_opens_on_review(reviewed, monkeypatch):
    monkeypatch.setenv("BODYCAM_OPEN_FOOTAGE", "1")
    app = _app().run()
    assert not app.exception
    assert app.selectbox(key="review_footage").value == 1
    assert not app.title  # the Library page has a title; Review does not


# --- a bad keymap and the transcript corrections panel ------------------------------------


def _review(store) -> AppTest:
    app = _app().run()
    _switch(app, "review").run()
    assert not app.exception
    return app


def test_review_page_survives_a_and_upper_a_bound_to_two_codes(reviewed):
    bind_a_and_upper_a(reviewed)
    app = _review(reviewed)
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
    app = _review(reviewed)
    app.number_input(key="review_split_at_1").set_value(3.0).run()
    app.button(key="review_split_at").click().run()
    assert not app.exception
    assert _segments(reviewed) == [
        (1.0, 3.0, "Sir I am Officer"),
        (3.0, 5.45, "Diaz with the city police"),
    ]


def test_split_a_segment_at_the_playhead(reviewed):
    app = _app()
    app.session_state["review_state_1"] = ReviewState(footage_id=1, playhead=2.0)
    app.run()
    _switch(app, "review").run()
    assert app.button(key="review_split_playhead").label == "Split at playhead (0:02.0)"
    app.button(key="review_split_playhead").click().run()
    assert not app.exception
    assert _segments(reviewed) == [
        (1.0, 2.0, "Sir I"),
        (2.0, 5.45, "am Officer Diaz with the city police"),
    ]


def test_merge_a_segment_with_the_next(reviewed):
    app = _review(reviewed)
    app.button(key="review_merge_next").click().run()
    assert not app.exception
    assert _segments(reviewed)[0] == (
        1.0,
        9.95,
        "Sir I am Officer Diaz with the city police Get away from me I did nothing wrong",
    )


def test_split_outside_the_segment_is_an_error_on_the_panel(reviewed):
    app = _review(reviewed)
    app.number_input(key="review_split_at_1").set_value(5.45).run()
    app.button(key="review_split_at").click().run()
    assert not app.exception
    # Error texts are shown as plain text (#9 defect 5): escaped for Markdown.
    assert [e.value for e in app.error] == [
        md_text("split time 5.45 s is outside segment 1 (1.00-5.45 s)")
    ]


def test_tag_editor_saves_subject_and_notes_in_its_panel(reviewed):
    tag_id = tags.create_tag(reviewed, 1, "open_question", 2.0, "alice")
    app = _app(name="carol")  # the signed-in account is the one the audit log names
    app.session_state["review_state_1"] = ReviewState(footage_id=1, selected_tag_id=tag_id)
    app.run()
    _switch(app, "review").run()
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

    app = _review(reviewed)
    app.selectbox(key="review_edit_segment_1").set_value(2).run()
    app.selectbox(key="review_reassign_to").set_value(1).run()
    app.button(key="review_reassign").click().run()
    assert not app.exception
    transcript = current_transcript(reviewed, 1)
    speakers = [(s.start, s.speaker_id) for s in current_segments(reviewed, transcript["id"])]
    assert speakers == [(1.0, 1), (6.0, 1), (11.0, 1), (15.0, 2)]


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
    app = _app().run()
    assert not app.exception
    [bar] = app.get("progress")
    assert "42%" in bar.proto.text
    assert app.session_state["library_active_jobs"] == {job_id}
    reviewed.conn.execute("UPDATE jobs SET state = 'done', progress = 1.0 WHERE id = ?", [job_id])
    app.run()
    assert not app.exception
    assert app.get("progress") == []
    assert app.session_state["library_active_jobs"] == set()


# --- blind coding (#13) --------------------------------------------------------------------


def _player_payload(app: AppTest) -> dict:
    [widget] = [e for e in app.get("bidi_component") if "timeline" in str(e.proto.component_name)]
    return json.loads(widget.proto.json)


def _review_as(name: str, role: str, units=()) -> AppTest:
    app = _app(role, units, name).run()
    _switch(app, "review").run()
    assert not app.exception
    return app


def test_blind_coders_see_only_their_own_tags_until_they_submit(reviewed):
    from bodycam.research import assignments

    # The coders are supervisors of the footage's unit: researchers do not list assigned
    # footage on the Review page yet (permissions.visible_footage).
    reviewed.conn.execute("UPDATE footage SET unit = 'north'")
    rita_job = assignments.assign(reviewed, "admin", 1, "rita", blind=True)
    assignments.assign(reviewed, "admin", 1, "ross", blind=True)
    rita_tag = tags.create_tag(reviewed, 1, "open_question", 1.0, "rita")
    ross_tag = tags.create_tag(reviewed, 1, "reassurance", 2.0, "ross")
    sue_tag = tags.create_tag(reviewed, 1, "closes_distance", 3.0, "sue")
    gone = tags.create_tag(reviewed, 1, "open_question", 4.0, "ross")
    tags.delete_tag(reviewed, gone, 1, "ross")

    for name, own in (("rita", rita_tag), ("ross", ross_tag)):
        app = _review_as(name, "supervisor", ("north",))
        assert [t["id"] for t in _player_payload(app)["tags"]] == [own]
        rows = app.session_state["review_tag_rows_1"]
        assert [row["id"] for row in rows] == [own]
        history = " ".join(_rendered_text(app))
        assert (f"deleted tag {gone}" in history) == (name == "ross")
        assert "sue" not in " ".join(str(frame.value) for frame in app.dataframe)

    # Submitted, rita's coding is no longer blind: she sees everyone's tags.
    assignments.submit(reviewed, "rita", rita_job)
    app = _review_as("rita", "supervisor", ("north",))
    assert [t["id"] for t in _player_payload(app)["tags"]] == [rita_tag, ross_tag, sue_tag]
    # A supervisor has no assignment: everything.
    app = _review_as("admin", "admin")
    assert [t["id"] for t in _player_payload(app)["tags"]] == [rita_tag, ross_tag, sue_tag]


# --- acknowledge a mark only once it is stored (#9 defect 7) -------------------------------


def test_a_mark_hit_by_a_busy_database_is_not_acknowledged_and_is_stored_on_resend(
    reviewed, state, monkeypatch
):
    from bodycam.core.errors import DatabaseBusy
    from bodycam.ui.components.timeline_player import EventInbox, dispatch

    real_create, calls = tags.create_tag, []

    def busy_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise DatabaseBusy("database is locked")
        return real_create(*args, **kwargs)

    monkeypatch.setattr(tags, "create_tag", busy_once)
    inbox = EventInbox()
    mark = {"type": "mark", "code": "open_question", "t": 3.0, "phase": "point", "seq": 1}
    batch = {"session": "s", "events": [mark]}

    def on_event(event):
        handle_event(reviewed, state, event, "alice", 1.0)

    assert dispatch(inbox, batch, on_event) == []
    assert inbox.ack == {"session": "s", "seq": 0}
    assert tags.list_tags(reviewed, 1) == []
    assert state.messages == [("warning", "Database busy, the mark will be retried.")]
    # The browser's outbox sends the same batch again.
    assert len(dispatch(inbox, batch, on_event)) == 1
    assert inbox.ack == {"session": "s", "seq": 1}
    assert [(t["code"], t["start"]) for t in tags.list_tags(reviewed, 1)] == [
        ("open_question", 2.0)
    ]


def test_a_domain_error_is_still_acknowledged_with_its_message(reviewed, state):
    from bodycam.ui.components.timeline_player import EventInbox, dispatch

    inbox = EventInbox()
    bogus = {"type": "mark", "code": "bogus", "t": 2.0, "phase": "point", "seq": 1}
    dispatch(
        inbox,
        {"session": "s", "events": [bogus]},
        lambda event: handle_event(reviewed, state, event, "a", 1.0),
    )
    assert inbox.ack == {"session": "s", "seq": 1}
    assert state.messages[0][0] == "error"


# --- user text on the Review page is plain text (#9 defect 5) ------------------------------

IMAGE = "![x](http://example.invalid/x.png)"
# Unescaped Markdown image syntax or a raw <img> a renderer would turn into an image.
UNESCAPED_IMAGE = re.compile(r"(?<!\\)!(?<!\\)\[|(?<!\\)\]\(http|<img", re.IGNORECASE)


def _markdown_texts(app: AppTest) -> list[str]:
    """Every element the browser renders as Markdown (labels, options, alerts, captions...):
    not dataframes (plain cells) nor a text input's value (shown as typed)."""
    found = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if children:
            for child in children.values():
                walk(child)
            return
        kind = getattr(node, "type", "")
        proto = getattr(node, "proto", None)
        # The player component draws its own DOM with textContent: no Markdown there.
        if proto is None or kind in ("arrow_data_frame", "dataframe", "bidi_component"):
            return
        if kind in ("text_area", "text_input"):
            found.append(f"{proto.label} {proto.help}")
        else:
            found.append(str(proto))

    walk(app.main)
    walk(app.sidebar)
    return found


def test_user_text_on_the_review_page_is_never_rendered_as_markdown(reviewed):
    reviewed.conn.execute("UPDATE speakers SET name = ?", [IMAGE])
    reviewed.conn.execute(
        "UPDATE footage SET status = 'failed', status_detail = ?, officer = ?",
        [IMAGE, IMAGE],
    )
    tag_id = tags.create_tag(reviewed, 1, "open_question", 2.0, IMAGE)
    tags.update_tag(reviewed, tag_id, 1, IMAGE, notes="<img src=x onerror=alert(1)>")
    gone = tags.create_tag(reviewed, 1, "reassurance", 3.0, IMAGE)
    tags.delete_tag(reviewed, gone, 1, IMAGE)
    app = _app()
    app.session_state["review_state_1"] = ReviewState(footage_id=1, selected_tag_id=tag_id)
    app.run()
    _switch(app, "review").run()
    assert not app.exception
    texts = _markdown_texts(app)
    joined = " ".join(texts)
    assert "example\\\\.invalid" in joined  # the names are on the page (escaped in the proto)
    assert [t for t in texts if UNESCAPED_IMAGE.search(t)] == []


# --- removed text on the transcript panel (#9 defect 1) ------------------------------------


def test_transcript_panel_lists_removed_text_and_seeks_to_it(reviewed):
    reviewed.conn.execute(
        'INSERT INTO removed_text (transcript_id, footage_id, start, "end", text, reason, detail)'
        " VALUES (1, 1, 4.5, 5.5, 'Thanks for watching!', 'silence', 'no voice in 4.5-5.5 s')"
    )
    app = _review(reviewed)
    [expander] = [e for e in app.expander if e.label.startswith("Removed by the guards")]
    assert expander.label == "Removed by the guards (1)"
    [line] = [m.value for m in expander.markdown]
    assert line == (
        f"{md_text('silence')} ({md_text('no voice in 4.5-5.5 s')}): "
        f"“{md_text('Thanks for watching!')}”"
    )
    [removed_row] = [b for b in expander.button if b.label == "0:04.5"]
    removed_row.click().run()
    assert not app.exception
    assert app.session_state["review_state_1"].playhead == 4.5
    assert app.session_state["review_seek_1"]["t"] == 4.5


# --- clip a time range from the Review page (#12) ------------------------------------------


def test_make_clip_queues_a_clip_job_for_the_range(reviewed, monkeypatch):
    from bodycam.ui.review import clip_panel

    started = []
    monkeypatch.setattr(clip_panel, "ensure_worker", lambda store: started.append(1) or True)
    tag_id = tags.create_tag(reviewed, 1, "open_question", 2.0, "alice")
    app = _app(name="tess")  # an admin: debrief.build
    app.session_state["review_state_1"] = ReviewState(footage_id=1, selected_tag_id=tag_id)
    app.run()
    _switch(app, "review").run()
    assert not app.exception
    start = next(n for n in app.number_input if n.label == "From (s)")
    end = next(n for n in app.number_input if n.label == "To (s)")
    assert (start.value, end.value) == (0.0, 6.0)  # 2.0 - 10 s and 2.0 + 5 s, in the footage
    start.set_value(1.5)
    end.set_value(4.0)
    next(s for s in app.selectbox if s.label == "Captions").set_value("burn")
    next(c for c in app.checkbox if c.label == "Blur faces").check()
    app.button(key="review_clip_make").click().run()
    assert not app.exception
    [job] = reviewed.query(
        "SELECT kind, footage_id, payload, created_by FROM jobs WHERE kind = 'clip'"
    )
    assert (job["footage_id"], job["created_by"]) == (None, "tess")
    assert json.loads(job["payload"]) == {
        "footage_id": 1,
        "start": 1.5,
        "end": 4.0,
        "options": {
            "before": 0.0,
            "after": 0.0,
            "captions": "burn",
            "blur_faces": True,
            "mute": [],
            "lower_third": False,
        },
        "user": "tess",
    }
    assert started == [1]
    assert any("Clip job" in p.proto.text for p in app.get("progress"))


def test_clip_section_only_for_who_may_build_debriefs(reviewed):
    reviewed.conn.execute("UPDATE footage SET unit = 'north'")
    app = _review_as("sam", "supervisor", ("north",))
    assert [n for n in app.number_input if n.label == "From (s)"] == []


# --- suggestions on the Review page (#15) --------------------------------------------------


def _suggest(store, code: str, start: float, end: float, status: str = "pending") -> None:
    from bodycam.annotate import codebook_store

    book_id, _ = codebook_store.current(store)
    store.conn.execute(
        'INSERT INTO suggestions (footage_id, transcript_id, codebook_id, code, start, "end",'
        " speaker_id, score, detector, evidence, status, created_at)"
        " VALUES (1, 1, ?, ?, ?, ?, NULL, 0.9, 'rules', 'asks a question', ?, '2026-01-01')",
        [book_id, code, start, end, status],
    )


def test_suggestions_tab_seeks_confirms_and_rejects(reviewed):
    from bodycam.suggest import inbox

    _suggest(reviewed, "open_question", 4.0, 5.0)
    _suggest(reviewed, "reassurance", 1.0, 2.0, status="skipped")
    _suggest(reviewed, "closes_distance", 3.0, 3.5, status="rejected")
    app = _review(reviewed)
    assert [t.label for t in app.tabs][1] == "Suggestions (2)"
    app.button(key="review_suggestion_1_seek").click().run()
    assert app.session_state["review_seek_1"]["t"] == 1.0  # 3 s before 4.0
    app.button(key="review_suggestion_1_confirm").click().run()
    assert not app.exception
    [tag] = tags.list_tags(reviewed, 1)
    assert (tag["code"], tag["start"], tag["source"]) == ("open_question", 4.0, "machine")
    app.button(key="review_suggestion_2_reject").click().run()
    assert not app.exception
    statuses = {r["id"]: r["status"] for r in inbox.list_suggestions(reviewed, 1)}
    assert statuses == {1: "confirmed", 2: "rejected", 3: "rejected"}
    assert [t.label for t in app.tabs][1] == "Suggestions (0)"
