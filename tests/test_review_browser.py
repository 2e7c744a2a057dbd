"""The review page in a real browser on the demo footage, as a supervisor uses it: seek, tag
with a key, jump from the transcript, and find everything again after a reload."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from accounts_support import browser_sign_in, demo_password
from click.testing import CliRunner
from review_support import bind_a_and_upper_a
from support import REPO, free_port, start_app, stop_app

from bodycam.annotate import tags
from bodycam.cli import cli
from bodycam.demo.accounts import DEMO_ADMIN
from bodycam.models import Store

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ARTIFACTS = REPO / "test-artifacts"
LAG = 1.0


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    data_dir = root / "data"
    result = CliRunner().invoke(
        cli,
        ["--data-dir", str(data_dir), "--user", "sgt.kim", "demo", "--no-serve"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    password = demo_password(result.output)
    port = free_port()
    process = start_app(data_dir, port, root / "app.log")
    base = f"http://127.0.0.1:{port}"
    _PASSWORDS[base] = password
    yield base, Store(data_dir)
    stop_app(process)


_PASSWORDS: dict[str, str] = {}


def _context(browser, base: str):
    """A browser signed in as the demo admin through the login page."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    browser_sign_in(context, base, DEMO_ADMIN, _PASSWORDS[base])
    return context


@pytest.fixture
def page(demo_app, browser):
    base, _ = demo_app
    context = _context(browser, base)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/review?footage=1")
    _wait_ready(page)
    yield page
    context.close()
    assert errors == []


def _wait_ready(page) -> None:
    page.wait_for_function(
        "() => window.__bodycamPlayer && window.__bodycamPlayer.video.readyState >= 2",
        timeout=60_000,
    )


def _js(page, expr: str, arg=None):
    return page.evaluate(f"(arg) => {{ const P = window.__bodycamPlayer; return {expr}; }}", arg)


def _wait_for(predicate, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def _seek(page, t: float) -> float:
    _js(page, "P.video.currentTime = arg", t)
    page.wait_for_function(
        "(t) => { const v = window.__bodycamPlayer.video;"
        " return !v.seeking && v.readyState >= 2 && Math.abs(v.currentTime - t) < 1e-3; }",
        arg=t,
        timeout=10_000,
    )
    return _js(page, "P.video.currentTime")


def test_tag_key_stores_playhead_minus_lag(demo_app, page):
    _, store = demo_app
    before = {t["id"] for t in tags.list_tags(store, 1)}
    playhead = _seek(page, 23.4)
    page.keyboard.press("1")  # Open question in the default codebook
    new = _wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in before])
    [tag] = new
    assert tag["code"] == "open_question"
    assert tag["start"] == pytest.approx(playhead - LAG, abs=0.1)
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
    [tag] = _wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in before])
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
    _wait_for(lambda: any(t["code"] == "names_feelings" for t in tags.list_tags(store, 1)))
    page.reload()
    _wait_ready(page)
    drawn = _wait_for(lambda: _js(page, "P.tags.list.map(t => t.code)"))
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
    _wait_ready(page)
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

    after = _wait_for(corrected)
    assert after[2].revision_id is not None
    assert store.get("segments", before[2].id)["text"] == before[2].text  # machine text kept
    revision = store.get("revisions", after[2].revision_id)
    assert (revision["kind"], revision["author"]) == ("text", DEMO_ADMIN)  # the signed-in account

    existing = {t["id"] for t in tags.list_tags(store, 1)}
    page.locator('.bc-seg[data-i="2"]').hover()
    page.locator('.bc-seg[data-i="2"] button[data-act="tag"]').click()
    [tag] = _wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in existing])
    assert (tag["start"], tag["end"]) == (after[2].start, after[2].end)
    assert tag["kind"] == "interval"


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
    _wait_ready(page)
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
    new = _wait_for(lambda: [t for t in tags.list_tags(store, 1) if t["id"] not in before])
    page.wait_for_timeout(1000)  # a stray tag from "a" would have arrived by now
    new = [t for t in tags.list_tags(store, 1) if t["id"] not in before]
    assert [t["code"] for t in new] == ["active_listening"]
    context.close()
    assert errors == []
