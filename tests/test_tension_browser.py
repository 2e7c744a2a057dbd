"""The tension curve in a real browser (#15): the Library's Tension and Peak columns, a click
on the peak opening Review at that second, and the Review timeline's Tension lane drawn from
the stored suggestions (rejected ones left out)."""

from __future__ import annotations

import pytest
from accounts_support import password_account, session_context
from click.testing import CliRunner
from review_support import wait_for_rerun
from suggest_support import encounter_result
from support import PAGE_RENDER_MS, free_port, start_app, stop_app

from bodycam.cli import cli
from bodycam.models import Store
from bodycam.models.transcripts import save_transcription
from bodycam.suggest import inbox
from bodycam.suggest.curve import footage_tension
from bodycam.suggest.runs import run_detectors

pytestmark = [pytest.mark.slow, pytest.mark.browser]

#: Within the 6 s test clip, 0.4 s a word: the officer's reassurance (0.2-1.75 s), then a
#: command (3.5-5.05 s): the peak is at 5 s.
LINES = (
    (0.2, "S0", "You're not in trouble."),
    (2.0, "S1", "Why?"),
    (3.5, "S0", "Show me your hands."),
)

#: The curve once the command is rejected: only the reassurance is left.
AFTER_REJECT = [-0.929, -0.929, -0.902, -0.832, -0.699, -0.509]


@pytest.fixture(scope="module")
def tension_app(tmp_path_factory, media):
    root = tmp_path_factory.mktemp("tension")
    data_dir = root / "data"
    result = CliRunner().invoke(
        cli,
        ["--data-dir", str(data_dir), "--user", "admin", "ingest", str(media["h264_aac"])],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    store = Store(data_dir)
    with store.change("worker", "transcript.create") as change:
        transcript_id = save_transcription(
            change, footage_id=1, job_id=None, audio_sha256="a" * 64, result=encounter_result(LINES)
        )
        for speaker_id, label in change.conn.execute(
            "SELECT id, label FROM speakers WHERE transcript_id = ?", [transcript_id]
        ).fetchall():
            role = "officer" if label == "Speaker 1" else "civilian"
            change.update("speakers", speaker_id, {"role": role})
    store.conn.execute("UPDATE jobs SET state = 'done'")  # no worker: nothing left to do
    store.conn.execute("UPDATE footage SET status = 'ready'")
    run_detectors(store, 1, "worker")
    password_account(store, "admin", "admin")
    curve = footage_tension(store, 1)
    port = free_port()
    process = start_app(data_dir, port, root / "app.log")
    yield f"http://127.0.0.1:{port}", store, curve
    stop_app(process)
    store.close()


def test_library_peak_opens_review_there_and_the_lane_follows_decisions(tension_app, browser):
    url, store, curve = tension_app
    assert curve.counted == {"pending": 2} and curve.peak == 5
    # tension_series([(0.2, 1.75, -0.85), (3.5, 5.05, 0.8)], 6): the two suggestions' spans.
    assert list(curve.values) == [-0.565, -0.197, 0.378, 0.762, 0.895, 0.927]
    context = session_context(
        browser, url, store, "admin", viewport={"width": 1400, "height": 1000}
    )
    page = context.new_page()
    try:
        page.goto(f"{url}/review?footage=1")
        page.wait_for_function("() => window.__bodycamPlayer", timeout=PAGE_RENDER_MS)
        page.get_by_role("link", name="Library").click()
        page.get_by_role("heading", name="Library").wait_for(timeout=PAGE_RENDER_MS)
        grid = page.locator('[data-testid="stDataFrame"]').first
        grid.wait_for(timeout=PAGE_RENDER_MS)
        # The canvas grid: id, name, Tension, Peak. A click on footage 1's Peak cell (about
        # 330 px in at 1400 px wide) opens Review at the peak.
        box = grid.bounding_box()
        x, y = box["x"] + 330, box["y"] + 35 + 17
        wait_for_rerun(page, timeout_ms=20_000)
        page.wait_for_timeout(1000)
        page.mouse.move(x, y)  # the grid settles its hover state first
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        page.wait_for_url("**/review?footage=1&t=5.0", timeout=PAGE_RENDER_MS)
        page.wait_for_function(
            "() => Math.abs(window.__bodycamPlayer.video.currentTime - 5.0) < 0.05",
            timeout=PAGE_RENDER_MS,
        )
        page.wait_for_function(
            "() => window.__bodycamPlayer && window.__bodycamPlayer.tension", timeout=30_000
        )
        values = page.evaluate("() => Array.from(window.__bodycamPlayer.tension.values)")
        assert values == pytest.approx(list(curve.values), abs=1e-6)
        # A rejection takes the command out of the lane on the next run of the page.
        command = next(s for s in inbox.list_suggestions(store, 1) if s["code"] == "command")
        inbox.reject(store, command["id"], "admin")
        page.reload()
        after = list(footage_tension(store, 1).values)
        assert after == AFTER_REJECT
        page.wait_for_function(
            "(want) => { const T = window.__bodycamPlayer && window.__bodycamPlayer.tension;"
            " return T && Math.abs(T.values[5] - want) < 1e-6; }",
            arg=after[5],
            timeout=PAGE_RENDER_MS,
        )
    finally:
        context.close()
