"""The Verify inbox in a real browser: the reviewer works the queue with the keys and the
confirmed tags are in the database."""

from __future__ import annotations

import pytest
from accounts_support import password_account, session_context
from click.testing import CliRunner
from suggest_support import add_transcript
from support import PAGE_RENDER_MS, REPO, free_port, make_video, start_app, stop_app, wait_for

from bodycam.cli import cli
from bodycam.models import Store
from bodycam.suggest.runs import run_detectors

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="module")
def inbox_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("verify")
    data_dir = root / "data"
    # Without audio no transcription job is queued, so no worker replaces the transcript below.
    video = make_video(root / "stop.mp4", seconds=14, audio=None)
    result = CliRunner().invoke(
        cli, ["--data-dir", str(data_dir), "--user", "admin", "ingest", str(video)]
    )
    assert result.exit_code == 0, result.output
    store = Store(data_dir)
    add_transcript(store, 1)
    assert run_detectors(store, 1, "tester").added == 4
    password_account(store, "admin", "admin")
    port = free_port()
    process = start_app(data_dir, port, root / "app.log")
    yield f"http://127.0.0.1:{port}", store
    stop_app(process)


def _showing(page, suggestion_id: int) -> str:
    page.wait_for_function(
        "(id) => window.__bodycamVerify && window.__bodycamVerify.current === id",
        arg=suggestion_id,
        timeout=PAGE_RENDER_MS,
    )
    return page.evaluate("() => window.__bodycamVerify.video.dataset.src")


def test_work_the_inbox_with_the_keys(inbox_app, browser):
    base, store = inbox_app
    context = session_context(
        browser, base, store, "admin", viewport={"width": 1400, "height": 1000}
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/verify?footage=1")

    def status(suggestion_id: int) -> str:
        return store.get("suggestions", suggestion_id)["status"]

    source = _showing(page, 1)
    assert "/footage/1/proxy?" in source and source.endswith("#t=0.00,2.55")
    page.keyboard.press("y")
    wait_for(lambda: status(1) == "confirmed")

    source = _showing(page, 2)
    assert source.endswith("#t=2.00,8.15")  # three seconds of lead-in
    page.keyboard.press("n")
    wait_for(lambda: status(2) == "rejected")

    _showing(page, 3)
    page.keyboard.press("s")
    wait_for(lambda: status(3) == "skipped")

    _showing(page, 4)
    page.keyboard.press("e")
    start = page.get_by_label("Start (s)")
    start.wait_for(timeout=20_000)
    start.fill("10")
    start.press("n")  # typed into a field: not a key for the inbox
    page.get_by_role("button", name="Confirm edited").click()
    wait_for(lambda: status(4) == "confirmed")
    page.get_by_text("Nothing to verify here.").wait_for(timeout=20_000)

    rows = store.query(
        'SELECT code, start, "end", source, confirmed_by, created_by FROM tags ORDER BY id'
    )
    assert rows == [
        {
            "code": "command",
            "start": 1.0,
            "end": 2.55,
            "source": "machine",
            "confirmed_by": "admin",
            "created_by": "admin",
        },
        {
            "code": "tactical_pause",
            "start": 10.0,
            "end": 11.75,
            "source": "machine",
            "confirmed_by": "admin",
            "created_by": "admin",
        },
    ]
    assert store.get("suggestions", 2)["decided_by"] == "admin"
    assert store.get("suggestions", 4)["edited"] == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "verify_page.png"), full_page=True)
    context.close()
    assert errors == []
