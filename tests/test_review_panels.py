"""The Review page's newer panels in AppTest: blind coding, acknowledgement of stored marks, user
text as plain text, removed text, clips and suggestions (split from test_app.py)."""

from __future__ import annotations

import json
import re

from app_support import app_as, open_review, rendered_text, switch
from streamlit.testing.v1 import AppTest

from bodycam.annotate import tags
from bodycam.ui.formatting import md_text
from bodycam.ui.review.actions import ReviewState, handle_event

# --- blind coding (#13) --------------------------------------------------------------------


def _player_payload(app: AppTest) -> dict:
    [widget] = [e for e in app.get("bidi_component") if "timeline" in str(e.proto.component_name)]
    payload = json.loads(widget.proto.json)
    # Sections travel as JSON text (the browser parses each only when its version changes).
    return payload | {name: json.loads(text) for name, text in payload["sections"].items()}


def _review_as(name: str, role: str, units=()) -> AppTest:
    app = app_as(role, units, name).run()
    switch(app, "review").run()
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
        history = " ".join(rendered_text(app))
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
    app = app_as()
    app.session_state["review_state_1"] = ReviewState(footage_id=1, selected_tag_id=tag_id)
    app.run()
    switch(app, "review").run()
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
    app = open_review(reviewed)
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
    app = app_as(name="tess")  # an admin: debrief.build
    app.session_state["review_state_1"] = ReviewState(footage_id=1, selected_tag_id=tag_id)
    app.run()
    switch(app, "review").run()
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
    app = open_review(reviewed)
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


def test_a_link_sets_speed_zoom_and_lag_and_a_bad_value_is_named(reviewed):
    """#11: ?speed=, ?zoom= and ?lag= open the player with that view; a value out of range is
    ignored with a message naming the parameter and the values it takes."""
    app = app_as()
    for name, value in {
        "footage": "1",
        "t": "3.5",
        "speed": "1.5",
        "zoom": "4",
        "lag": "0.5",
    }.items():
        app.query_params[name] = value
    app.run()
    switch(app, "review").run()
    assert not app.exception
    payload = _player_payload(app)
    assert payload["view"] == {"speed": 1.5, "zoom": 4.0}
    assert (payload["lag"], payload["seek"]["t"]) == (0.5, 3.5)
    assert app.session_state["review_lag"] == 0.5

    app = app_as()
    for name, value in {"footage": "1", "speed": "1.3", "zoom": "0.5", "lag": "x"}.items():
        app.query_params[name] = value
    app.run()
    switch(app, "review").run()
    # Shown as Markdown, the typed value as plain text.
    assert [w.value for w in app.warning] == [
        f"Ignored ?speed={md_text('1.3')} in the link: use one of "
        "0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4.",
        f"Ignored ?zoom={md_text('0.5')} in the link: use 1 (whole footage) to 1000.",
        "Ignored ?lag=x in the link: use 0 to 5 seconds.",
    ]
    assert _player_payload(app)["view"] is None
