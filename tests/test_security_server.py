"""Against the running server on loopback: stored XSS renders as text in the real browser, an
anonymous browser reaches only the sign-in page, another origin is refused, and 20 concurrent
writers lose no tag while the server keeps answering."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest
from accounts_support import browser_sign_in, session_context, session_cookie
from click.testing import CliRunner
from support import free_port, start_app, stop_app, wait_for
from transcripts_support import fake_result

from bodycam.annotate import codebook_store, corrections, tags
from bodycam.cli import cli
from bodycam.models import Store, users
from bodycam.models.transcripts import save_transcription

pytestmark = pytest.mark.slow

PASSWORD = "a long enough password"
XSS_IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
XSS_SCRIPT = "<script>window.__xss=2;alert(2)</script>"


@pytest.fixture(scope="module")
def served(tmp_path_factory, media):
    root = tmp_path_factory.mktemp("secure")
    data_dir = root / "data"
    result = CliRunner().invoke(
        cli, ["--data-dir", str(data_dir), "ingest", "--unit", "north", str(media["h264_aac"])]
    )
    assert result.exit_code == 0, result.output
    store = Store(data_dir)
    with store.change("worker", "transcript.create") as change:
        save_transcription(
            change, footage_id=1, job_id=1, audio_sha256="a" * 64, result=fake_result()
        )
    # The transcript is hand-made: no background worker may start transcribing.
    store.conn.execute("UPDATE footage SET status = 'ready'")
    store.conn.execute("UPDATE jobs SET state = 'done'")
    admin = users.add(store, "operator", "chief", "admin", (), PASSWORD)
    users.add(store, "operator", "north_sup", "supervisor", ["north"], PASSWORD)
    # Stored XSS attempts in every place people type text that others see.
    tags.create_tag(store, 1, "open_question", 2.0, admin, notes=XSS_IMG + XSS_SCRIPT)
    speaker = store.one("SELECT id FROM speakers ORDER BY id LIMIT 1")["id"]
    corrections.update_speaker(store, speaker, admin, name=XSS_IMG)
    codebook_store.rename_code(store, "open_question", XSS_SCRIPT + XSS_IMG, admin)
    port = free_port()
    process = start_app(data_dir, port, root / "app.log")
    yield f"http://127.0.0.1:{port}", port, store
    stop_app(process)


def _injected(page) -> list[str]:
    """Signs of an XSS payload that ran or became an element, in every frame of the page."""
    found = []
    for frame in page.frames:
        state = frame.evaluate(
            "() => [String(window.__xss), document.querySelectorAll('img[src=\"x\"]').length,"
            " [...document.scripts].filter(s => s.text.includes('__xss')).length]"
        )
        if state != ["undefined", 0, 0]:
            found.append(f"{frame.url}: {state}")
    return found


@pytest.mark.browser
def test_stored_xss_renders_as_text(served, browser):
    base, _, store = served
    # Signed in directly: the login page is tested below (sign-out) and in test_accounts_browser.
    context = session_context(
        browser, base, store, "chief", viewport={"width": 1500, "height": 1100}
    )
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ("/review?footage=1", "/codebook", "/library", "/audit"):
        page.goto(base + path)
        page.get_by_text("Signed in as").wait_for(timeout=30_000)
        page.wait_for_timeout(2500)  # components and fragments render after the first paint
        assert _injected(page) == [], path
    page.goto(base + "/codebook")
    page.get_by_text("Signed in as").wait_for(timeout=30_000)
    # The label is there, as text (the table's accessible cell holds it as characters).
    label = page.get_by_text("window.__xss=2", exact=False).first
    label.wait_for(state="attached", timeout=20_000)
    assert "<script>" in label.text_content()
    page.goto(base + "/review?footage=1")
    page.wait_for_function(
        "() => window.__bodycamPlayer || [...document.querySelectorAll('iframe')].length",
        timeout=60_000,
    )
    page.get_by_role("tab", name="Speakers").click()
    name = page.get_by_text('onerror="window.__xss=1', exact=False).first
    name.wait_for(state="attached", timeout=20_000)
    assert "<img" in name.text_content()
    page.wait_for_timeout(1000)
    assert _injected(page) == []
    assert dialogs == []
    context.close()


@pytest.mark.browser
def test_anonymous_browser_gets_only_the_sign_in_page(served, browser):
    base, _, _ = served
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/review?footage=1")
    page.get_by_role("button", name="Sign in", exact=True).wait_for(timeout=30_000)
    assert page.get_by_text("Signed in as").count() == 0
    assert page.locator("video").count() == 0
    context.close()


def _status(url: str, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_other_origins_and_forged_hosts_are_refused(served):
    base, port, _ = served
    health = base + "/_stcore/health"
    assert _status(health, {}) == 200
    assert (
        _status(health, {"Origin": f"http://localhost:{port}", "Host": f"localhost:{port}"}) == 200
    )
    assert _status(health, {"Origin": "http://localhost:1"}) == 403
    assert _status(health, {"Host": f"rebound.example:{port}"}) == 403


def test_twenty_concurrent_writers_lose_no_tag(served):
    """20 sessions tag the same footage at once through the write path the app uses (the
    service function with the signed-in account, each with its own connection as each server
    thread has); the server keeps answering meanwhile and every tag is stored."""
    base, _, store = served
    before = store.one("SELECT count(*) AS n FROM tags")["n"]
    errors: list[BaseException] = []
    start = threading.Barrier(20)

    def writer(index: int) -> None:
        own = Store(store.root)
        try:
            user = users.get(own, "north_sup")
            start.wait(timeout=30)
            for step in range(5):
                tags.create_tag(own, 1, "open_question", 0.2 * index + step / 100, user)
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            own.close()

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    answered = _status(base + "/_stcore/health", {})
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert answered == 200 and _status(base + "/_stcore/health", {}) == 200
    assert store.one("SELECT count(*) AS n FROM tags")["n"] == before + 100
    assert store.verify_audit().ok


@pytest.mark.browser
def test_sign_out_ends_the_session_and_a_reload_needs_a_new_sign_in(served, browser):
    base, _, store = served
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    browser_sign_in(context, base, "north_sup", PASSWORD)
    page = context.new_page()
    page.goto(base + "/")  # the first page a role may open is served at /
    page.get_by_text("Signed in as").wait_for(timeout=30_000)  # the cookie carried the session
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="Sign in", exact=True).wait_for(timeout=30_000)
    # The server's end route deleted the HttpOnly cookie.
    wait_for(lambda: session_cookie(context) is None, timeout=30)
    page.goto(base + "/")
    page.get_by_role("button", name="Sign in", exact=True).wait_for(timeout=30_000)
    assert page.get_by_text("Signed in as").count() == 0
    ended = store.query(
        "SELECT s.end_reason FROM sessions s JOIN users u ON u.id = s.user_id"
        " WHERE u.name = 'north_sup' AND s.ended_at IS NOT NULL"
    )
    assert [row["end_reason"] for row in ended] == ["logout"]
    context.close()
