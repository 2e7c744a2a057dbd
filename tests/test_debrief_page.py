"""The Debrief page (AppTest): trainers build a session, queue clip renders and the export as
jobs, preview clips and step through present mode; other roles are refused."""

from __future__ import annotations

import json

import pytest
import streamlit as st
from accounts_support import sign_in_app
from debrief_support import add_footage
from streamlit.testing.v1 import AppTest
from support import copied_store, make_video

from bodycam.annotate.tags import create_tag
from bodycam.debrief import sessions
from bodycam.debrief.clips import ClipOptions, make_clip
from bodycam.models import Store
from bodycam.models.store import shared_store
from bodycam.ui.paths import MAIN_SCRIPT


@pytest.fixture(scope="module")
def session_template(tmp_path_factory):
    """A data directory with a debrief session of two tagged clips, one rendered, built once
    (the video and the clip render were most of each test's setup); returns it and the
    session's id."""
    root = tmp_path_factory.mktemp("debrief_session")
    store = Store(root / "data")
    footage_id = add_footage(store, make_video(root / "cam.mp4", seconds=10), officer="Diaz")
    first = create_tag(store, footage_id, "creates_distance", 4.0, "rita")
    second = create_tag(store, footage_id, "command", 7.0, "sam")
    session_id = sessions.create_session(store, "trainer1", "Distance", "patrol", ["Use time"])
    sessions.add_items(store, "trainer1", session_id, [first, second], ClipOptions(2, 1))
    make_clip(store, "trainer1", first, ClipOptions(2, 1), item_id=1)
    sessions.edit_item(store, "trainer1", 1, notes="Watch the feet")
    store.close()
    return store.root, session_id


@pytest.fixture
def session(session_template, data_dir, request, monkeypatch):
    """The test's own copy of the template in its ``data_dir``, opened by its ``store``."""
    template, session_id = session_template
    store = copied_store(template, data_dir, request)
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    monkeypatch.setattr("bodycam.ui.debrief_page.ensure_worker", lambda store: True)
    st.cache_resource.clear()
    yield session_id
    st.cache_resource.clear()


def open_page(role: str) -> AppTest:
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    sign_in_app(app, shared_store(), "trainer1" if role == "trainer" else role, role)
    app.run()
    pages = [h for h, i in app._registered_pages.items() if i.get("url_pathname") == "debrief"]
    if not pages:
        return app
    app._page_hash = pages[0]
    app.run()
    return app


def test_debrief_page_builds_queues_and_presents(session):
    app = open_page("trainer")
    assert not app.exception
    assert app.title[0].value == "Debrief"
    assert [e.label for e in app.expander][1:] == [
        "1. creates_distance at 4.0 s, cam.mp4",
        "2. command at 7.0 s, cam.mp4",
    ]
    table = app.dataframe[0].value
    assert list(table["code"]) == ["creates_distance", "command"]
    assert list(table["reviewer"]) == ["rita", "sam"]
    [render] = [b for b in app.button if b.label == "Render clip"]
    render.click().run()
    assert not app.exception
    [job] = shared_store().query("SELECT kind, payload FROM jobs")
    payload = json.loads(job["payload"])
    assert (job["kind"], payload["item_id"], payload["tag_id"], payload["user"]) == (
        "clip", 2, 2, "trainer1",
    )  # fmt: skip
    assert payload["options"]["before"] == 2.0
    [export] = [b for b in app.button if b.label == "Export session (zip)"]
    export.click().run()
    kinds = [r["kind"] for r in shared_store().query("SELECT kind FROM jobs ORDER BY id")]
    assert kinds == ["clip", "debrief_export"]
    # Present mode: the first item's clip plays (signed URL of the clip), notes and prompts.
    players = [h.proto.body for h in app.get("html")]
    assert any('<video src="/footage/1/clip?u=trainer1&amp;exp=' in body for body in players)
    assert "Watch the feet" in [t.value for t in app.text]
    assert any("time or distance" in m.value for m in app.markdown)
    [loop] = [t for t in app.toggle if t.label == "Loop this clip"]
    loop.set_value(True).run()
    assert any(" loop " in h.proto.body for h in app.get("html"))
    [next_button] = [b for b in app.button if b.label == "Next"]
    next_button.click().run()
    assert not app.exception
    assert any("not rendered yet" in w.value for w in app.warning)
    assert any("**2 / 2**" in m.value for m in app.markdown)


def test_debrief_page_filters_by_polarity_and_reviewer(session):
    app = open_page("admin")
    [polarity] = [s for s in app.selectbox if s.label == "Polarity"]
    polarity.set_value("escalation").run()
    assert list(app.dataframe[0].value["code"]) == ["command"]
    [reviewer] = [s for s in app.selectbox if s.label == "Reviewer"]
    reviewer.set_value("rita").run()
    assert any("No tags match" in i.value for i in app.info)


def test_debrief_page_is_not_for_researchers(session):
    app = open_page("researcher")
    assert not app.exception
    assert not any(t.value == "Debrief" for t in app.title)


def test_new_clip_options_unlink_the_old_clip(session):
    app = open_page("trainer")
    # The add form comes first, then each item's options form in order.
    befores = [n for n in app.number_input if n.label == "Seconds before"]
    befores[1].set_value(3.0)
    [mute] = [t for t in app.text_input if t.label.startswith("Mute")][:1]
    mute.set_value("4-5")
    [save] = [b for b in app.button if b.label == "Save clip options"][:1]
    save.click().run()
    assert not app.exception
    item = shared_store().get("debrief_items", 1)
    assert item["clip_id"] is None
    assert json.loads(item["clip_options"]) == {
        "before": 3.0, "after": 1.0, "captions": "vtt", "blur_faces": False,
        "mute": [[4.0, 5.0]], "lower_third": False,
    }  # fmt: skip
    assert shared_store().one("SELECT count(*) AS n FROM clips")["n"] == 1  # kept, unlinked


def test_face_detection_preview_before_a_blurred_render(session, store):
    pytest.importorskip("cv2")
    from bodycam.debrief.facemodel import default_path

    if not default_path().exists():
        pytest.skip("the CenterFace model is not installed (python -m bodycam.debrief.facemodel)")
    sessions.set_clip_options(store, "trainer1", 2, ClipOptions(2, 1, blur_faces=True))
    app = open_page("trainer")
    [preview] = [b for b in app.button if b.label == "Preview face detection"]
    preview.click().run()
    assert not app.exception
    assert [e.value for e in app.error] == []
    [image] = app.get("image")
    assert image.proto.imgs[0].caption == "0 face(s) detected at 7.0 s"  # testsrc2: no face


def test_the_media_route_serves_a_clip_by_its_id(session, store):
    import asyncio

    from accounts_support import account
    from starlette.requests import Request

    from bodycam.ui.media import media_endpoint, signed_url

    account(store, "trainer1", "trainer")
    url = signed_url(store.layout, 1, "clip", "trainer1")
    path, _, query = url.partition("?")
    scope = {
        "type": "http", "method": "GET", "path": path, "query_string": query.encode(),
        "headers": [], "path_params": {"footage_id": "1", "kind": "clip"},
    }  # fmt: skip
    response = asyncio.run(media_endpoint(str(store.root))(Request(scope)))
    clip = store.get("clips", 1)
    assert (response.status_code, response.media_type) == (200, "video/mp4")
    assert response.path == store.layout.absolute(clip["path"]).resolve()
    scope["path_params"]["footage_id"] = "2"  # no clip 2 (and the signature is for 1)
    assert asyncio.run(media_endpoint(str(store.root))(Request(scope))).status_code == 403
    # A clip is judged on the footage it was cut from: a supervisor of another unit is refused.
    account(store, "sgt.other", "supervisor", ("south",))
    url = signed_url(store.layout, 1, "clip", "sgt.other")
    path, _, query = url.partition("?")
    scope.update(path=path, query_string=query.encode())
    scope["path_params"]["footage_id"] = "1"
    response = asyncio.run(media_endpoint(str(store.root))(Request(scope)))
    assert response.status_code == 403
