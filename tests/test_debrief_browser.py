"""The exported session's index.html in a real browser, opened from file:// with every network
request refused: the first clip loads, its notes and prompts show, present mode steps and
loops (issue #12 §4)."""

from __future__ import annotations

import zipfile

import pytest
from debrief_support import add_footage
from research_support import add_transcript
from support import make_video

from bodycam.annotate.tags import create_tag
from bodycam.debrief import sessions
from bodycam.debrief.clips import ClipOptions
from bodycam.debrief.package import export_session

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def test_exported_index_plays_offline_in_present_mode(store, browser, tmp_path):
    first = add_footage(store, make_video(tmp_path / "a.mp4", seconds=10), officer="Diaz")
    second = add_footage(store, make_video(tmp_path / "b.mp4", seconds=8), officer="Lee")
    add_transcript(store, first, [("Officer Diaz", "officer", [(3.0, 5.0, "Step back, please")])])
    tags = [
        create_tag(store, first, "creates_distance", 4.0, "rita"),
        create_tag(store, second, "command", 3.0, "rita"),
    ]
    session_id = sessions.create_session(store, "trainer1", "Offline <b>check</b>")
    sessions.add_items(store, "trainer1", session_id, tags, ClipOptions(2, 2))
    sessions.edit_item(store, "trainer1", 1, notes="Note <img src=x onerror=alert(1)>")
    result = export_session(store, "trainer1", session_id, tmp_path / "s.zip")
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(result.path) as bundle:
        bundle.extractall(folder)

    context = browser.new_context(viewport={"width": 1200, "height": 900})
    refused: list[str] = []

    def only_files(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_files)
    page = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((folder / "index.html").as_uri())
    page.wait_for_function(
        "() => document.querySelector('#item-1 video').readyState >= 1", timeout=30_000
    )
    current = page.locator("section.item.current")
    assert current.locator("h2").inner_text() == "1. creates_distance"
    assert current.locator(".notes").inner_text() == "Note <img src=x onerror=alert(1)>"
    assert current.locator(".prompts li").first.is_visible()
    prompts = current.locator(".prompts").inner_text()
    assert "Where could time or distance have been used?" in prompts
    assert not page.locator("#item-2").is_visible()
    # Captions load from file:// too (inline), timed from the clip's zero: 2 s before 4.0 s.
    page.wait_for_function(
        "() => document.querySelector('#item-1 track').readyState === 2", timeout=10_000
    )
    cue = page.evaluate("() => { const c = document.querySelector('#item-1 video').textTracks[0]"
                        ".cues[0]; return [c.startTime, c.endTime, c.text]; }")  # fmt: skip
    assert cue == [1.0, 3.0, "<v Officer Diaz (officer)>Step back, please</v>"]
    page.check("#loop")
    assert page.evaluate("document.querySelector('#item-1 video').loop") is True
    page.click("#next")
    assert page.locator("section.item.current h2").inner_text() == "2. command"
    page.wait_for_function(
        "() => document.querySelector('#item-2 video').readyState >= 1", timeout=30_000
    )
    assert page.locator("#counter").inner_text() == "2 / 2"
    context.close()
    assert errors == [] and dialogs == [] and refused == []
