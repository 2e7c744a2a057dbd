"""The review page in a real browser on the demo footage, as a supervisor uses it: seek, tag
with a key, jump from the transcript, and find everything again after a reload."""

from __future__ import annotations

from pathlib import Path

import pytest
from accounts_support import browser_sign_in, demo_password, session_context
from click.testing import CliRunner
from review_support import bind_a_and_upper_a, wait_for_rerun, wait_player_ready
from support import REPO, demo_copy, free_port, start_app, stop_app, wait_for

from bodycam.annotate import tags
from bodycam.cli import cli
from bodycam.demo import setup as demo_setup
from bodycam.demo.accounts import DEMO_ADMIN
from bodycam.models import Store

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ARTIFACTS = REPO / "test-artifacts"
LAG = 1.0


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory, browser, demo_encounter):
    root = tmp_path_factory.mktemp("demo")
    data_dir = root / "data"
    # `bodycam demo` builds into the store's demo folder; it gets a copy of the run's one
    # build (test_demo checks the build) and ingests, transcribes and serves it as usual.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            demo_setup, "build_demo_footage", lambda out_dir: demo_copy(demo_encounter, out_dir)
        )
        result = CliRunner().invoke(
            cli,
            ["--data-dir", str(data_dir), "--user", "sgt.kim", "demo", "--no-serve"],
            catch_exceptions=False,
        )
    assert result.exit_code == 0, result.output
    port = free_port()
    process = start_app(data_dir, port, root / "app.log")
    base = f"http://127.0.0.1:{port}"
    store = Store(data_dir)
    # The banner's one-time password signs the demo admin in through the login page, once;
    # the tests' own browsers then get sessions of their own directly (session_context).
    signed_in = browser.new_context()
    browser_sign_in(signed_in, base, DEMO_ADMIN, demo_password(result.output))
    signed_in.close()
    _STORES[base] = store
    yield base, store
    stop_app(process)


_STORES: dict[str, Store] = {}


def _context(browser, base: str, width: int = 1500, height: int = 1100):
    """A browser signed in as the demo admin, with a session of its own."""
    return session_context(
        browser, base, _STORES[base], DEMO_ADMIN, viewport={"width": width, "height": height}
    )


@pytest.fixture(scope="module")
def _signed_in(demo_app, browser):
    """One signed-in context for the file's pages. Each test's page still opens a Streamlit
    session and websocket of its own (the app keeps no state in the browser: no storage, one
    session cookie), while the front end's scripts, fetched and compiled once, come from the
    context's cache: a new context per test fetched and compiled them again, 2.2 s of every
    test's setup."""
    base, _ = demo_app
    context = _context(browser, base)
    yield context
    context.close()


@pytest.fixture
def page(demo_app, _signed_in):
    base, _ = demo_app
    page = _signed_in.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/review?footage=1")
    wait_player_ready(page)
    yield page
    page.close()
    assert errors == []


def _js(page, expr: str, arg=None):
    return page.evaluate(f"(arg) => {{ const P = window.__bodycamPlayer; return {expr}; }}", arg)


def _seek(page, t: float) -> float:
    _js(page, "P.video.currentTime = arg", t)
    page.wait_for_function(
        "(t) => { const v = window.__bodycamPlayer.video;"
        " return !v.seeking && v.readyState >= 2 && Math.abs(v.currentTime - t) < 1e-3; }",
        arg=t,
        timeout=10_000,
    )
    return _js(page, "P.video.currentTime")


def test_tag_key_while_paused_stores_the_frame_on_screen(demo_app, page):
    """#11: paused, a key tags the frame on screen; the reaction lag is for playback."""
    _, store = demo_app
    before = {t["id"] for t in tags.list_tags(store, 1)}
    playhead = _seek(page, 23.4)
    page.keyboard.press("1")  # Open question in the default codebook
    new = wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in before])
    [tag] = new
    assert tag["code"] == "open_question"
    assert tag["start"] == pytest.approx(playhead, abs=0.01)
    assert tag["created_by"] == DEMO_ADMIN  # the signed-in account, not a typed name


def test_tag_while_playing(demo_app, page):
    _, store = demo_app
    before = {t["id"] for t in tags.list_tags(store, 1)}
    _seek(page, 30.0)
    _js(page, "P.video.play()")
    page.wait_for_function("() => window.__bodycamPlayer.video.currentTime > 31.0", timeout=10_000)
    low = _js(page, "P.video.currentTime")
    page.keyboard.press("6")  # Shouted or repeated command
    high = _js(page, "P.video.currentTime")
    _js(page, "P.video.pause()")
    [tag] = wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in before])
    assert tag["code"] == "shouted_or_repeated_command"
    assert low - LAG - 0.1 <= tag["start"] <= high - LAG + 0.1


def test_transcript_click_seeks_to_segment(page):
    segment = page.locator('.bc-seg[data-i="3"]')
    segment.locator(".bc-seg-h").click()
    start = float(_js(page, "P.segs.list[3].start"))
    page.wait_for_function(
        "(t) => Math.abs(window.__bodycamPlayer.video.currentTime - t) < 0.05",
        arg=start,
        timeout=10_000,
    )
    assert _js(page, "P.video.currentTime") == pytest.approx(start, abs=0.05)


def test_tags_survive_reload_and_screenshot(demo_app, page):
    _, store = demo_app
    _seek(page, 12.0)
    page.keyboard.press("3")
    wait_for(lambda: any(t["code"] == "names_feelings" for t in tags.list_tags(store, 1)))
    page.reload()
    wait_player_ready(page)
    drawn = wait_for(lambda: _js(page, "P.tags.list.map(t => t.code)"))
    assert "names_feelings" in drawn
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "review_page.png"), full_page=True)
    assert Path(ARTIFACTS / "review_page.png").stat().st_size > 50_000


def test_search_hit_link_opens_review_at_that_second(demo_app, browser):
    base, _ = demo_app
    context = _context(browser, base)
    page = context.new_page()
    page.goto(f"{base}/review?footage=1&t=41.30")
    wait_player_ready(page)
    page.wait_for_function(
        "() => Math.abs(window.__bodycamPlayer.video.currentTime - 41.3) < 0.05", timeout=20_000
    )
    context.close()


def test_correct_a_transcript_line_and_tag_it(demo_app, page):
    _, store = demo_app
    from bodycam.models.transcripts import current_segments, current_transcript

    transcript = current_transcript(store, 1)
    before = current_segments(store, transcript["id"])
    text = page.locator('.bc-seg[data-i="2"] .bc-seg-x')
    text.dblclick()
    page.keyboard.press("Control+a")
    page.keyboard.type("Get away from me, I didn't do anything. Leave me alone!")
    page.keyboard.press("Enter")

    def corrected():
        segments = current_segments(store, transcript["id"])
        return segments[2].text == "Get away from me, I didn't do anything. Leave me alone!" and (
            segments
        )

    after = wait_for(corrected)
    assert after[2].revision_id is not None
    assert store.get("segments", before[2].id)["text"] == before[2].text  # machine text kept
    revision = store.get("revisions", after[2].revision_id)
    assert (revision["kind"], revision["author"]) == ("text", DEMO_ADMIN)  # the signed-in account

    existing = {t["id"] for t in tags.list_tags(store, 1)}
    page.locator('.bc-seg[data-i="2"]').hover()
    page.locator('.bc-seg[data-i="2"] button[data-act="tag"]').click()
    [tag] = wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in existing])
    assert (tag["start"], tag["end"]) == (after[2].start, after[2].end)
    assert tag["kind"] == "interval"


def _tag_list(page):
    rows = page.locator('[data-testid="bodycam-tag-list"]').first
    rows.scroll_into_view_if_needed()
    return rows


def _select_row(page, index: int) -> None:
    """Click row ``index`` of the tag list."""
    _tag_list(page).locator(".bc-tl-row").nth(index).click()


def _select_tag(page, tag_id: int) -> None:
    _tag_list(page).locator(f'.bc-tl-row[data-id="{tag_id}"]').click()


def _wait_playhead(page, t: float, timeout: int = 10_000) -> None:
    page.wait_for_function(
        "(t) => Math.abs(window.__bodycamPlayer.video.currentTime - t) < 0.05",
        arg=t,
        timeout=timeout,
    )


def _live(store) -> list[dict]:
    return tags.list_tags(store, 1)


def _settle(page) -> None:
    """Wait until Streamlit finished its reruns (no running indicator) and a bit more."""
    wait_for_rerun(page, timeout_ms=20_000)
    page.wait_for_timeout(600)


def test_selected_row_seeks_once_and_a_new_tag_never_seeks(demo_app, page):
    """#11 defect 1: with a row selected, a new tag threw the video back to the selected tag."""
    _, store = demo_app
    _seek(page, 14.0)
    page.keyboard.press("4")
    wait_for(lambda: any(t["code"] == "offers_choices" for t in _live(store)))
    _settle(page)
    first = _live(store)[0]
    _select_row(page, 0)
    _wait_playhead(page, first["start"])  # selecting a row seeks once
    _settle(page)
    playhead = _seek(page, 66.7)
    count = len(_live(store))
    page.keyboard.press("2")
    wait_for(lambda: len(_live(store)) == count + 1)
    _settle(page)
    assert _js(page, "P.video.currentTime") == pytest.approx(playhead, abs=0.05)
    _seek(page, 70.0)
    page.keyboard.press("5")
    wait_for(lambda: len(_live(store)) == count + 2)
    _settle(page)
    assert _js(page, "P.video.currentTime") == pytest.approx(70.0, abs=0.05)


def test_brackets_select_the_previous_and_next_tag_with_keys_only(demo_app, page):
    """#11: a reviewer works with keys only: "[" selects the last tag before the playhead
    (seeking to it once), then "]" the tag after it; Python's selection (the tag list's marked
    row) follows. Two quick presses step twice, and the selection never flicks back to a tag
    left behind while Python's answer to the first press is still on its way."""
    _, store = demo_app
    for second in (40.4, 43.0, 45.6):
        _seek(page, second)
        count = len(_live(store))
        page.keyboard.press("3")
        wait_for(lambda count=count: len(_live(store)) == count + 1)
        _settle(page)
    ordered = sorted(_live(store), key=lambda t: (t["start"], t["id"]))
    newest = max(ordered, key=lambda t: t["id"])
    assert (newest["start"], _js(page, "P.selectedTagId")) == (45.6, newest["id"])
    _seek(page, 44.0)
    before = max(i for i, t in enumerate(ordered) if t["start"] < 44.0 - 1e-3)
    for key, tag in (("[", ordered[before]), ("]", ordered[before + 1])):
        page.keyboard.press(key)
        _wait_playhead(page, tag["start"])
        _wait_marked_row(page, tag["id"])  # Python's answer: the row is selected there too
        assert _js(page, "P.selectedTagId") == tag["id"]
    _settle(page)
    # Every assignment is recorded (an accessor on the player), not sampled: on a loaded
    # machine both presses can land in one task, and a 5 ms poll then never saw the tag
    # between them (CI: [10, 8]).
    page.evaluate(
        """() => { const P = window.__bodycamPlayer; let value = P.selectedTagId;
           const seen = [value]; window.__selections = seen;
           Object.defineProperty(P, "selectedTagId", { configurable: true,
             get() { return value; },
             set(next) { if (next !== value) { value = next; seen.push(next); } } }); }"""
    )
    page.keyboard.press("[")
    page.wait_for_timeout(60)
    page.keyboard.press("[")
    _wait_playhead(page, ordered[before - 1]["start"])
    _wait_marked_row(page, ordered[before - 1]["id"])
    _settle(page)
    assert page.evaluate("() => window.__selections") == [
        ordered[before + 1]["id"],
        ordered[before]["id"],
        ordered[before - 1]["id"],
    ]


def _wait_marked_row(page, tag_id: int) -> None:
    page.wait_for_function(
        "(id) => { const row = window.__bodycamTagList.box"
        ".querySelector('.bc-tl-row[aria-selected=\"true\"]');"
        " return row && Number(row.dataset.id) === id; }",
        arg=tag_id,
        timeout=20_000,
    )


def test_ten_rapid_key_presses_show_at_once_and_store_ten_tags(demo_app, page):
    """#11: a key press shows its tag in the list at once (before Python answers), and no
    press is lost when keys come faster than the page reruns."""
    _, store = demo_app
    _settle(page)
    before = {t["id"] for t in _live(store)}
    playhead = _seek(page, 77.7)
    # Ten presses in one browser task: the list has all ten before any answer can arrive.
    saving = page.evaluate(
        """() => { for (let i = 0; i < 10; i++) document.dispatchEvent(new KeyboardEvent(
             'keydown', {key: '1', code: 'Digit1', bubbles: true}));
           return window.__bodycamTagList.box.querySelectorAll('.bc-tl-saving').length; }"""
    )
    assert saving == 10
    new = wait_for(lambda: len(_live(store)) == len(before) + 10 and _live(store))
    made = [t for t in new if t["id"] not in before]
    assert len(made) == 10
    assert [t["code"] for t in made] == ["open_question"] * 10
    assert [t["start"] for t in made] == pytest.approx([playhead] * 10, abs=0.01)
    # Once Python has answered, the list shows the ten stored tags by id, none still saving.
    ids = sorted(t["id"] for t in made)
    page.wait_for_function(
        """(ids) => { const list = window.__bodycamTagList.box;
             const shown = [...list.querySelectorAll('.bc-tl-row[data-id]')]
               .map((r) => Number(r.dataset.id));
             return ids.every((id) => shown.includes(id))
               && !list.querySelector('.bc-tl-saving'); }""",
        arg=ids,
        timeout=30_000,
    )


def test_speed_zoom_and_lag_are_kept_in_the_url_and_a_link_opens_with_them(demo_app, browser):
    """#11: a link opens at the same moment with the same view (?t=, ?speed=, ?zoom=, ?lag=),
    changes are written back, and a rerun or a reload keeps them."""
    base, store = demo_app
    context = _context(browser, base)
    page = context.new_page()
    page.goto(f"{base}/review?footage=1&t=12.3&speed=1.5&zoom=4&lag=0.5")
    wait_player_ready(page)
    _wait_playhead(page, 12.3, timeout=20_000)
    duration = store.get("footage", 1)["duration"]
    view = "[P.video.playbackRate, P.speedSel.value, P.currentZoom(), P.lag]"
    page.wait_for_function("() => window.__bodycamPlayer.currentZoom() === 4", timeout=20_000)
    assert _js(page, view) == [1.5, "1.5", 4, 0.5]
    assert _js(page, "P.view.end - P.view.start") == pytest.approx(duration / 4)
    page.wait_for_function("() => location.search.includes('lag=0.5')", timeout=20_000)
    _settle(page)
    page.keyboard.press(">")  # 2×
    page.keyboard.press("+")  # zoom in twice as far: 8
    page.wait_for_function(
        "() => location.search.includes('speed=2') && location.search.includes('zoom=8')",
        timeout=20_000,
    )
    # A rerun (a tag key reruns the player) keeps the view.
    count = len(_live(store))
    page.keyboard.press("2")
    wait_for(lambda: len(_live(store)) == count + 1)
    _settle(page)
    assert _js(page, view) == [2, "2", 8, 0.5]
    url = page.url
    assert "speed=2" in url and "zoom=8" in url and "lag=0.5" in url
    # The link opens with all of it, in a new browser session too.
    other = _context(browser, base).new_page()
    other.goto(url)
    wait_player_ready(other)
    other.wait_for_function("() => window.__bodycamPlayer.currentZoom() === 8", timeout=20_000)
    assert _js(other, view) == [2, "2", 8, 0.5]
    other.context.close()
    context.close()


def test_delete_selects_nothing_keeps_playhead_and_offers_undo(demo_app, page):
    """#11 defect 2: delete selected the next tag and jumped to it, so a double click deleted
    two tags."""
    _, store = demo_app
    for t, key in ((5.0, "3"), (6.0, "4")):
        _seek(page, t)
        page.keyboard.press(key)
        wait_for(lambda t=t: any(abs(x["start"] - t) < 0.05 for x in _live(store)))
    _settle(page)
    rows = _live(store)
    _select_row(page, 0)
    _wait_playhead(page, rows[0]["start"])
    _settle(page)
    playhead = _seek(page, 33.0)
    page.get_by_role("button", name="Delete", exact=True).dblclick()
    wait_for(lambda: len(_live(store)) == len(rows) - 1)
    _settle(page)
    assert [t["id"] for t in _live(store)] == [t["id"] for t in rows[1:]]
    assert _js(page, "P.video.currentTime") == pytest.approx(playhead, abs=0.05)
    assert page.get_by_role("button", name="Delete", exact=True).count() == 0  # nothing selected
    undo = page.get_by_role("button", name=f"Undo delete of tag {rows[0]['id']}")
    undo.click()
    wait_for(lambda: len(_live(store)) == len(rows))


def _open_from_library(page) -> None:
    """Click footage 1's name in the Library table (a canvas grid: the name is the second
    column, after the narrow id)."""
    box = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    page.mouse.click(box["x"] + 110, box["y"] + 35 + 17)
    page.wait_for_url("**/review?footage=1**", timeout=30_000)


def test_reviewer_identity_survives_library_open_and_search_hit(demo_app, page):
    """#11 defect 3: opening footage from the Library or a search hit reset the reviewer to
    the OS login, so later tags were recorded under the wrong person. The reviewer is now the
    signed-in account (#10), on every page and after every navigation."""
    _, store = demo_app
    page.get_by_role("link", name="Library").click()
    page.get_by_role("heading", name="Library").wait_for(timeout=30_000)
    _settle(page)
    _open_from_library(page)
    wait_player_ready(page)
    _settle(page)
    before = {t["id"] for t in _live(store)}
    _seek(page, 44.0)
    page.keyboard.press("7")
    [tag] = wait_for(lambda: [t for t in _live(store) if t["id"] not in before])
    assert tag["created_by"] == DEMO_ADMIN

    page.get_by_role("link", name="Library").click()
    page.get_by_role("heading", name="Library").wait_for(timeout=30_000)
    search = page.get_by_role("textbox", name="Search all transcripts")
    search.fill("worried")
    search.press("Enter")
    page.get_by_role("button", name="▶").first.click()
    wait_player_ready(page)
    _settle(page)
    before = {t["id"] for t in _live(store)}
    page.keyboard.press("8")
    [tag] = wait_for(lambda: [t for t in _live(store) if t["id"] not in before])
    assert tag["created_by"] == DEMO_ADMIN


def test_keys_stay_with_a_focused_slider_or_button(demo_app, page):
    """#11 defect 4: with a slider focused → seeked the video; Space on a focused button
    toggled playback instead of pressing it."""
    _, store = demo_app
    start = _seek(page, 20.0)
    page.get_by_role("tab", name="Encounter form").click()
    slider = page.get_by_role("slider").first
    slider.focus()
    before = len(_live(store))
    page.keyboard.press("ArrowRight")
    page.keyboard.press("1")
    page.wait_for_timeout(1500)
    assert _js(page, "P.video.currentTime") == pytest.approx(start, abs=0.01)
    assert len(_live(store)) == before
    tab = page.get_by_role("tab", name="History")
    tab.focus()
    page.keyboard.press("Space")
    page.wait_for_timeout(500)
    assert _js(page, "P.video.paused") is True
    assert tab.get_attribute("aria-selected") == "true"  # the button got its key
    page.locator(".bc-timeline").click(position={"x": 5, "y": 5})  # back to the player
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => window.__bodycamPlayer.video.currentTime > 1", timeout=5_000)


def test_interval_opened_before_reload_can_be_ended_or_cancelled(demo_app, page):
    """#11 defect 5: after a reload the screen said "● open" but the key only raised a warning
    nobody saw, so the interval could never be closed."""
    _, store = demo_app
    before = {t["id"] for t in _live(store)}
    _seek(page, 50.0)
    page.keyboard.press("Shift+4")  # Offers choices, as an interval
    [opened] = wait_for(lambda: [t for t in _live(store) if t["id"] not in before])
    assert (opened["kind"], opened["end"]) == ("interval", None)
    page.reload()
    wait_player_ready(page)
    _settle(page)
    _seek(page, 56.0)
    page.keyboard.press("Shift+4")
    closed = wait_for(lambda: tags.get_tag(store, opened["id"])["end"])
    assert closed == pytest.approx(56.0, abs=0.05)  # paused: the frame on screen

    _seek(page, 60.0)
    page.keyboard.press("Shift+5")  # Creates distance, as an interval
    [second] = wait_for(
        lambda: [
            t
            for t in _live(store)
            if (t["code"], t["kind"], t["end"]) == ("creates_distance", "interval", None)
        ]
    )
    page.reload()
    wait_player_ready(page)
    shown = page.locator('[data-testid="stMarkdownContainer"]', has_text="Open: Creates distance")
    shown.wait_for(timeout=20_000)
    page.get_by_role("button", name="Cancel", exact=True).click()
    wait_for(lambda: second["id"] not in {t["id"] for t in _live(store)})


def _notes(page):
    return page.get_by_role("textbox", name="Notes")


def test_concurrent_edit_shows_the_conflict_and_overwrites_only_on_request(demo_app, browser):
    """#11 defect 6: two browsers edit one tag; the second save vanished with no message."""
    base, store = demo_app
    tag_id = tags.create_tag(store, 1, "open_question", 3.0, "sgt.kim")
    pages = []
    for _ in range(2):
        context = _context(browser, base)
        pages.append(context.new_page())
        pages[-1].goto(f"{base}/review?footage=1")
        wait_player_ready(pages[-1])
        _settle(pages[-1])
        _select_tag(pages[-1], tag_id)
        _notes(pages[-1]).wait_for(timeout=20_000)
        _settle(pages[-1])
    first, second = pages
    _notes(second).fill("raises voice at 0:03")  # typing in the second browser first
    _notes(first).fill("calm question")
    first.get_by_role("button", name="Save", exact=True).click()
    wait_for(lambda: tags.get_tag(store, tag_id)["notes"] == "calm question")
    second.get_by_role("button", name="Save", exact=True).click()
    message = second.get_by_text("changed tag")
    message.wait_for(timeout=20_000)
    assert "while you were editing it (now version 2, you opened version 1)" in (
        message.inner_text()
    )
    table = second.locator('[data-testid="stTable"]').inner_text()
    assert "notes" in table and "calm question" in table and "raises voice at 0:03" in table
    assert tags.get_tag(store, tag_id)["notes"] == "calm question"  # nothing overwritten yet
    second.get_by_role("button", name="Overwrite with mine").click()
    wait_for(lambda: tags.get_tag(store, tag_id)["notes"] == "raises voice at 0:03")
    assert tags.get_tag(store, tag_id)["version"] == 3
    for p in pages:
        p.context.close()


@pytest.mark.parametrize("width,height", [(1440, 900), (1920, 1080)])
def test_player_tag_list_and_editor_fit_the_first_screen(demo_app, browser, width, height):
    """#11: the video, the tag list and the editor were spread over two screens; now a
    reviewer watches and edits without scrolling. Screenshots go to test-artifacts/."""
    base, store = demo_app
    if not _live(store):
        tags.create_tag(store, 1, "open_question", 9.0, "sgt.kim")
    context = _context(browser, base, width, height)
    page = context.new_page()
    page.goto(f"{base}/review?footage=1")
    wait_player_ready(page)
    _settle(page)
    _select_row(page, 0)
    _notes(page).wait_for(timeout=20_000)
    _settle(page)
    boxes = {
        "player": page.locator('[data-testid="bodycam-player"]').bounding_box(),
        "tag list": _tag_list(page).bounding_box(),
        "editor notes": _notes(page).bounding_box(),
        "editor save": page.get_by_role("button", name="Save", exact=True).bounding_box(),
        "editor delete": page.get_by_role("button", name="Delete", exact=True).bounding_box(),
    }
    outside = {
        name: box
        for name, box in boxes.items()
        if box["x"] < 0
        or box["y"] < 0
        or box["x"] + box["width"] > width
        or box["y"] + box["height"] > height
    }
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"review_{width}x{height}.png"))
    assert outside == {}, f"not on the first {width}×{height} screen: {outside}"
    assert page.evaluate("() => window.scrollY") == 0
    context.close()


def test_playhead_is_kept_in_the_url_and_a_reload_opens_there(demo_app, page):
    """#11: a link or a reload opens at the same moment (?t=)."""
    _seek(page, 30.0)
    page.keyboard.press("ArrowRight")  # a player seek Python hears of: 35.0
    page.wait_for_function("() => location.search.includes('t=35.0')", timeout=20_000)
    page.reload()
    wait_player_ready(page)
    _wait_playhead(page, 35.0, timeout=20_000)


def test_search_hit_opens_at_its_line_and_scrolls_the_transcript_to_it(demo_app, browser):
    """#11: a search hit lands on its line's start and the transcript shows that line."""
    base, store = demo_app
    from bodycam.annotate.search import search

    [hit] = [h for h in search(store, "fired", limit=5) if h.footage_id == 1][:1]
    context = _context(browser, base, 1440, 900)
    page = context.new_page()
    page.goto(f"{base}/review?footage=1&t={hit.start:.2f}")
    wait_player_ready(page)
    _wait_playhead(page, hit.start, timeout=20_000)
    index = _js(page, "P.segs.list.findIndex(s => Math.abs(s.start - arg) < 0.01)", hit.start)
    assert index >= 0
    page.wait_for_timeout(800)
    box = page.locator(".bc-transcript").bounding_box()
    line = page.locator(f'.bc-seg[data-i="{index}"]').bounding_box()
    assert box["y"] <= line["y"] and line["y"] + line["height"] <= box["y"] + box["height"]
    context.close()


def test_every_asset_and_the_favicon_are_served_locally(demo_app, browser):
    """#11: the app is used offline, so no request may leave the server (the Material-icon
    favicon came from fonts.gstatic.com)."""
    base, _ = demo_app
    context = _context(browser, base, 1440, 900)
    page = context.new_page()
    outside: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith((base, "data:", "blob:")) else outside.append(r.url),
    )
    page.goto(f"{base}/review?footage=1")
    wait_player_ready(page)
    page.get_by_role("link", name="Library").click()
    page.get_by_role("heading", name="Library").wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    icons = page.evaluate(
        "() => Array.from(document.querySelectorAll('link[rel~=icon]')).map(l => l.href)"
    )
    context.close()
    assert outside == []
    assert icons and all(icon.startswith(base) for icon in icons)


def test_keys_bound_as_a_and_upper_a_leave_the_page_working(demo_app, browser):
    """#8: an admin edit bound ``a`` and ``A`` to two codes; the player ignores case. The page
    renders, says which codes clash and how to fix it, and every other key still tags. Last in
    this module: it leaves the clashing codebook version in the shared demo database."""
    base, store = demo_app
    bind_a_and_upper_a(store)
    context = _context(browser, base)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/review?footage=1")
    wait_player_ready(page)
    warning = page.get_by_text("are the same key to the player")
    warning.wait_for(timeout=20_000)
    text = warning.inner_text()
    assert "(reassurance)" in text and "(complaint_voiced)" in text
    assert "Fix: an admin binds one of them to another key on the Codebook page." in text
    assert sorted(_js(page, "Object.keys(P.keymap)")) == [str(i) for i in range(1, 10)]

    before = {t["id"] for t in tags.list_tags(store, 1)}
    _seek(page, 52.0)
    page.keyboard.press("a")  # bound to neither code now: no tag
    page.keyboard.press("2")  # Active listening, still bound
    new = wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in before])
    page.wait_for_timeout(1000)  # a stray tag from "a" would have arrived by now
    new = [t for t in tags.list_tags(store, 1) if t["id"] not in before]
    assert [t["code"] for t in new] == ["active_listening"]
    context.close()
    assert errors == []
