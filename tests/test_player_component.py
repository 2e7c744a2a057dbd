"""The timeline player: Python bookkeeping, and the real component driven in Chromium.

Over 700 lines because the browser half shares one harness page and server per module (each
start costs seconds); splitting it would start them twice."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from bodycam.core.errors import DatabaseBusy
from bodycam.core.vocabulary import POLARITIES, RESERVED_KEYS, normalize_key
from bodycam.ui.components.timeline_player import (
    JS_PARTS,
    KEY_CASE,
    PLAYBACK_KEY_HELP,
    PLAYBACK_SPEEDS,
    EventInbox,
    InvalidKeymapError,
    ReservedKeyError,
    build_payload,
    dispatch,
    new_seek,
    player_js,
    unchanging,
    validate_keymap,
)
from bodycam.ui.formatting import clock

REPO = Path(__file__).resolve().parents[1]
HARNESS = REPO / "tests" / "apps" / "player_harness.py"
ARTIFACTS = REPO / "test-artifacts"
FPS = 25.0
KEYMAP = {"1": {"code": "ESC_VERBAL", "label": "Raised voice", "polarity": "escalation"}}


# ---------------------------------------------------------------- Python side


def test_inbox_accepts_each_sequence_number_once_in_order():
    inbox = EventInbox()
    batch = {
        "session": "s1",
        "events": [
            {"type": "mark", "code": "A", "t": 2.0, "phase": "point", "seq": 2},
            {"type": "pause", "t": 1.5, "seq": 1},
        ],
    }
    assert dispatch(inbox, batch, None) == [
        {"type": "pause", "t": 1.5},
        {"type": "mark", "code": "A", "t": 2.0, "phase": "point"},
    ]
    assert inbox.ack == {"session": "s1", "seq": 2}
    # The browser resends unacknowledged events with the next one: only seq 3 is new.
    batch["events"].append({"type": "seek", "t": 4.0, "seq": 3})
    assert dispatch(inbox, batch, None) == [{"type": "seek", "t": 4.0}]
    assert dispatch(inbox, batch, None) == []
    assert dispatch(inbox, None, None) == []


def test_inbox_restarts_count_for_new_browser_session():
    inbox = EventInbox(session="old", last_seq=40)
    batch = {"session": "new", "events": [{"type": "pause", "t": 0.0, "seq": 1}]}
    assert dispatch(inbox, batch, None) == [{"type": "pause", "t": 0.0}]
    assert inbox.ack == {"session": "new", "seq": 1}


def test_accept_does_not_acknowledge_before_the_event_is_handled():
    inbox = EventInbox()
    batch = {"session": "s", "events": [{"type": "pause", "t": 1.0, "seq": 1}]}
    assert inbox.accept(batch) == [{"type": "pause", "t": 1.0, "seq": 1}]
    assert inbox.ack == {"session": "s", "seq": 0}


def test_dispatch_stops_at_a_busy_database_and_acknowledges_only_what_was_stored():
    inbox = EventInbox()
    stored, busy = [], [True]

    def on_event(event):
        if event["t"] == 2.0 and busy:
            busy.pop()
            raise DatabaseBusy("database is locked")
        stored.append(event["t"])

    batch = {
        "session": "s",
        "events": [{"type": "seek", "t": float(seq), "seq": seq} for seq in (1, 2, 3)],
    }
    assert dispatch(inbox, batch, on_event) == [{"type": "seek", "t": 1.0}]
    assert stored == [1.0] and inbox.ack == {"session": "s", "seq": 1}
    # The outbox sends 2 and 3 again: now both are stored, in order, and acknowledged.
    assert [e["t"] for e in dispatch(inbox, batch, on_event)] == [2.0, 3.0]
    assert stored == [1.0, 2.0, 3.0] and inbox.ack == {"session": "s", "seq": 3}


def test_dispatch_lets_other_errors_propagate_without_acknowledging_them():
    inbox = EventInbox()

    def on_event(event):
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        dispatch(inbox, {"session": "s", "events": [{"type": "pause", "t": 0, "seq": 1}]}, on_event)
    assert inbox.ack == {"session": "s", "seq": 0}


def test_validate_keymap_lowercases_and_fills_defaults():
    assert validate_keymap({"Q": {"code": "X"}}) == {
        "q": {"code": "X", "kind": "point", "polarity": "context"}
    }


@pytest.mark.parametrize(
    ("keymap", "error", "message"),
    [
        ({"j": {"code": "X"}}, ReservedKeyError, "Key 'j' controls playback"),
        ({" ": {"code": "X"}}, ReservedKeyError, "Key ' ' controls playback"),
        ({"12": {"code": "X"}}, InvalidKeymapError, "must be a single character"),
        ({"a": {"code": "X"}, "A": {"code": "Y"}}, InvalidKeymapError, "bound twice"),
        ({"a": {"label": "no code"}}, InvalidKeymapError, "has no code"),
        ({"a": {"code": "X", "kind": "range"}}, InvalidKeymapError, "kind 'range'"),
        ({"a": {"code": "X", "polarity": "bad"}}, InvalidKeymapError, "polarity 'bad'"),
    ],
)
def test_validate_keymap_rejects(keymap, error, message):
    with pytest.raises(error, match=message):
        validate_keymap(keymap)


def test_payload_versions_change_only_for_changed_sections():
    data = {
        "video_url": "/footage/a.mp4",
        "duration": 20.0,
        "tags": [{"id": 1, "code": "X", "start": 1.0, "end": None}],
        "segments": [{"id": 1, "start": 0.0, "end": 1.0, "speaker_id": 0, "text": "hi"}],
        "keymap": KEYMAP,
    }
    first = build_payload(data, key="p", inbox=EventInbox())
    second = build_payload(
        {**data, "tags": [*data["tags"], {"id": 2, "code": "X", "start": 3.0, "end": None}]},
        key="p",
        inbox=EventInbox(session="s", last_seq=4),
    )
    changed = {k for k in first["versions"] if first["versions"][k] != second["versions"][k]}
    assert changed == {"tags"}
    assert second["ack"] == {"session": "s", "seq": 4}
    assert first["instance_key"] == "p"
    assert (first["fps"], first["lag"], first["low_confidence"]) == (25.0, 1.0, 0.5)


def test_unchanging_sections_are_serialised_once_and_plain_ones_every_time(monkeypatch):
    """A cached section (``unchanging``: the transcript of a two-hour footage) is turned into
    JSON once, not on every rerun; a plain list is serialised each time, so a change made to
    it in place is still sent."""
    import bodycam.ui.components.timeline_player as player

    segments = unchanging([{"id": 1, "start": 0.0, "end": 1.0, "text": "hi", "words": []}])
    tags = [{"id": 1, "code": "X", "start": 1.0, "end": None}]
    data = {"video_url": "/v.mp4", "segments": segments, "tags": tags}
    dumped = []
    real = json.dumps
    monkeypatch.setattr(player.json, "dumps", lambda v, **k: dumped.append(v) or real(v, **k))
    first = build_payload(data, key="p", inbox=EventInbox())
    tags[0]["start"] = 2.0  # changed in place
    second = build_payload(data, key="p", inbox=EventInbox())
    assert sum(v is segments for v in dumped) == 1
    assert sum(v is tags for v in dumped) == 2
    assert second["versions"]["segments"] == first["versions"]["segments"]
    assert second["versions"]["tags"] != first["versions"]["tags"]
    assert json.loads(second["sections"]["tags"])[0]["start"] == 2.0


def test_a_section_the_browser_holds_is_not_sent_again():
    """The browser reports the versions it holds ("held"); those sections go as None, so a key
    press sends the tags, not the whole transcript again. A stale version is sent in full."""
    segments = unchanging([{"id": 1, "start": 0.0, "end": 1.0, "text": "hi", "words": []}])
    data = {"video_url": "/v.mp4", "segments": segments, "tags": [{"id": 1, "start": 1.0}]}
    full = build_payload(data, key="p", inbox=EventInbox())
    held = {"segments": full["versions"]["segments"], "tags": "stale"}
    again = build_payload(data, key="p", inbox=EventInbox(), held=held)
    assert again["sections"]["segments"] is None
    assert again["sections"]["tags"] == full["sections"]["tags"]
    assert again["versions"] == full["versions"]


def test_speed_menu_offers_exactly_the_playback_speeds():
    """?speed= is checked against PLAYBACK_SPEEDS: the menu and the < > keys use the same."""
    html = (REPO / "bodycam/ui/components/timeline_player/player.html").read_text()
    offered = [float(v) for v in re.findall(r'<option value="([0-9.]+)"', html)]
    assert offered == list(PLAYBACK_SPEEDS)
    [js] = re.findall(r"const SPEEDS = \[([^\]]*)\]", player_js())
    assert [float(v) for v in js.split(",")] == list(PLAYBACK_SPEEDS)


def test_payload_needs_video_url():
    with pytest.raises(ValueError, match="needs a video_url"):
        build_payload({"duration": 3.0}, key="p", inbox=EventInbox())


def test_payload_carries_the_vocabulary_from_core():
    payload = build_payload({"video_url": "/v.mp4"}, key="k", inbox=EventInbox())
    assert payload["vocabulary"] == {
        "polarities": list(POLARITIES),
        "reserved_keys": sorted(RESERVED_KEYS),
        "key_case": KEY_CASE,
        "key_help": [[list(keys), text] for keys, text in PLAYBACK_KEY_HELP],
    }
    # KEY_CASE is how the browser applies core's key rule.
    assert KEY_CASE == "lower" and normalize_key("Q") == "q"


def test_player_js_joins_the_parts_in_order_with_one_default_export():
    js = player_js()
    banners = [line[len("// ---- ") :] for line in js.splitlines() if line.startswith("// ---- ")]
    assert banners == list(JS_PARTS)
    assert js.count("export default") == 1
    assert js.rstrip().endswith("}") and banners[-1] == "main.js"
    # The vocabulary comes from Python: no polarity name or playback-key list of its own.
    for polarity in POLARITIES:
        assert f'"{polarity}"' not in js
    assert "RESERVED" not in js


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_player_js_is_valid_javascript(tmp_path):
    script = tmp_path / "player.mjs"
    script.write_text(player_js())
    result = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_new_seek_tokens_are_unique():
    a, b = new_seek(3), new_seek(3)
    assert a["t"] == b["t"] == 3.0
    assert a["token"] != b["token"]


# ---------------------------------------------------------------- browser fixtures


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    """The harness served by a real Streamlit server, with a 20 s clip and its filmstrip."""
    app_dir = tmp_path_factory.mktemp("player_harness")
    # Static serving reads static/ beside the main script, so the script runs from a copy.
    shutil.copyfile(HARNESS, app_dir / "player_harness.py")
    static = app_dir / "static"
    static.mkdir()
    clip = static / "clip.mp4"
    _ffmpeg(
        *("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25"),
        *("-f", "lavfi", "-i", "sine=frequency=440", "-t", "20"),
        *("-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart"),
        str(clip),
    )
    _ffmpeg("-i", str(clip), "-vf", "fps=1,scale=80:60,tile=5x4", "-frames:v", "1",
            str(static / "sprite.jpg"))  # fmt: skip
    state = app_dir / "state.json"
    port = _free_port()
    env = {
        **os.environ,
        "BODYCAM_HARNESS_STATE": str(state),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    log = (app_dir / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(app_dir / "player_harness.py"),
            "--server.headless", "true", "--server.port", str(port),
            "--server.enableStaticServing", "true", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ],
        cwd=app_dir, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"Streamlit harness did not start: {(app_dir / 'server.log').read_text()}")
        time.sleep(0.3)
    yield {"url": url, "state": state}
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


#: Digit keys ``arg`` pressed one after another in the page; the playhead just before each.
_PRESS = (
    "arg.map(k => { const t = P.video.currentTime; document.dispatchEvent("
    "new KeyboardEvent('keydown', {key: k, code: 'Digit' + k, bubbles: true}));"
    " return t; })"
)


class Harness:
    """One browser session on the harness page, with helpers to read both sides."""

    def __init__(self, page, state_path: Path):
        self.page = page
        self.state_path = state_path

    def state(self) -> dict:
        try:
            return json.loads(self.state_path.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def wait_state(self, predicate, timeout: float = 15.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.state()
            if state and predicate(state):
                return state
            time.sleep(0.1)
        raise AssertionError(f"harness state never matched; last: {self.state()}")

    def events(self, kind: str | None = None) -> list[dict]:
        return [e for e in self.state().get("events", []) if kind is None or e["type"] == kind]

    def click_host(self, name: str) -> None:
        """Press a harness (Streamlit) button, then leave it as a reviewer would by going back
        to the player: keys pressed while a button has focus belong to the button (#11)."""
        self.page.get_by_role("button", name=name).click()
        self.page.evaluate("() => document.activeElement && document.activeElement.blur()")

    def js(self, expr: str, arg=None):
        return self.page.evaluate(
            f"(arg) => {{ const P = window.__bodycamPlayer; return {expr}; }}", arg
        )

    def current_time(self) -> float:
        return self.js("P.video.currentTime")

    def wait_settled(self, t: float | None = None) -> float:
        """Wait until the video is not seeking (and at ``t`` if given); return currentTime."""
        self.page.wait_for_function(
            "(t) => { const v = window.__bodycamPlayer.video;"
            " const there = t === null || Math.abs(v.currentTime - t) < 1e-3;"
            " return !v.seeking && v.readyState >= 2 && there; }",
            arg=t,
            timeout=10_000,
        )
        return self.current_time()

    def dispatch_keys(self, keys: list[str]) -> list[float]:
        """Press digit keys in one browser task; return the playhead just before each."""
        return self.js(_PRESS, keys)

    def press_then_read(self, keys: list[str], expr: str):
        """Press digit keys and evaluate ``expr`` in the same browser task: what the page shows
        before any reply from the server can arrive. (Read in a second call, a fast server's
        rerun could already have replaced an optimistic tag with the stored one.)"""
        return self.js(f"({_PRESS}, {expr})", keys)

    def click_timeline_at(self, t: float, lane: str = "turns") -> None:
        box = self.page.locator(".bc-tl-overlay").bounding_box()
        x, y = self.js("[P.timeToX(arg.t), P.lanes[arg.lane].y + 4]", {"t": t, "lane": lane})
        self.page.mouse.click(box["x"] + x, box["y"] + y)


@pytest.fixture(scope="module")
def _browsing(browser):
    """One context for the file's players: each test's page is a Streamlit session of its
    own, while the front end's scripts are fetched and compiled once (as in
    test_review_browser)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield context
    context.close()


@pytest.fixture
def player(harness, _browsing):
    harness["state"].unlink(missing_ok=True)
    page = _browsing.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(harness["url"])
    page.wait_for_function(
        "() => window.__bodycamPlayer && window.__bodycamPlayer.video.readyState >= 2",
        timeout=30_000,
    )
    h = Harness(page, harness["state"])
    h.wait_state(lambda s: s.get("runs", 0) >= 1)
    yield h
    page.close()
    assert errors == []


# ---------------------------------------------------------------- browser tests


@pytest.mark.browser
@pytest.mark.slow
def test_mark_key_sends_playhead_and_shows_tag_at_once(player):
    player.click_timeline_at(7.0)
    seek = player.wait_state(lambda s: any(e["type"] == "seek" for e in s["events"]))["events"][-1]
    assert seek["t"] == pytest.approx(7.0, abs=0.05)  # one pixel is about 0.017 s here
    playhead = player.wait_settled(seek["t"])
    assert player.wait_state(lambda s: s["playhead"] is not None)["playhead"] == pytest.approx(
        playhead, abs=1e-6
    )

    player.page.keyboard.press("1")
    state = player.wait_state(lambda s: any(e["type"] == "mark" for e in s["events"]))
    (mark,) = [e for e in state["events"] if e["type"] == "mark"]
    assert mark["code"] == "ESC_VERBAL"
    assert mark["phase"] == "point"
    assert mark["t"] == pytest.approx(playhead, abs=0.05)
    (tag,) = state["tags"]
    assert mark["playing"] is False
    assert tag["start"] == pytest.approx(round(mark["t"], 3), abs=1e-9)  # paused: no lag
    assert tag["end"] is None

    # Optimistic: the tag is on the timeline in the same task as the key press.
    player.page.wait_for_function("() => window.__bodycamPlayer.optimistic.length === 0")
    shown = player.press_then_read(
        ["4"],
        "P.tags.list.filter(t => String(t.id).startsWith('opt-')).map(t => [t.code, t.start])",
    )
    assert shown == [["OUT_ARREST", pytest.approx(playhead, abs=1e-6)]]
    player.wait_state(lambda s: len(s["tags"]) == 2)
    player.page.wait_for_function("() => window.__bodycamPlayer.optimistic.length === 0")

    # Clicking the tag on the timeline selects it.
    player.click_timeline_at(tag["start"], lane="tags")
    state = player.wait_state(lambda s: any(e["type"] == "select_tag" for e in s["events"]))
    assert [e["tag_id"] for e in state["events"] if e["type"] == "select_tag"] == [10_000]


@pytest.mark.browser
@pytest.mark.slow
def test_rapid_marks_while_playing_all_arrive_in_order(player):
    player.js("P.video.play()")
    player.page.wait_for_function("() => window.__bodycamPlayer.video.currentTime > 0.5")
    # Three presses in one task, each read against the playhead at that instant.
    times = player.dispatch_keys(["1", "2", "4"])
    assert player.js("P.video.paused") is False
    state = player.wait_state(lambda s: len([e for e in s["events"] if e["type"] == "mark"]) == 3)
    marks = [e for e in state["events"] if e["type"] == "mark"]
    assert [m["code"] for m in marks] == ["ESC_VERBAL", "DEESC_CALM", "OUT_ARREST"]
    # The reruns those marks caused left the video playing.
    player.page.wait_for_function("() => window.__bodycamPlayer.optimistic.length === 0")
    assert player.js("P.video.paused") is False
    for mark, t in zip(marks, times, strict=True):
        assert mark["t"] == pytest.approx(t, abs=0.05)
    player.page.keyboard.press("Space")
    player.wait_state(lambda s: any(e["type"] == "pause" for e in s["events"]))
    assert player.js("P.video.paused") is True


@pytest.mark.browser
@pytest.mark.slow
def test_shift_and_interval_keys_send_start_and_end(player):
    player.click_host("Seek to 3 s")
    start_t = player.wait_settled(3.0)
    player.page.keyboard.press("Shift+2")  # a point code held with Shift becomes an interval
    player.wait_state(lambda s: len(s["tags"]) == 1 and s["tags"][0]["pending"])
    player.page.keyboard.press("ArrowRight")
    end_t = player.wait_settled(8.0)
    player.page.keyboard.press("Shift+2")
    state = player.wait_state(lambda s: s["tags"] and not s["tags"][0]["pending"])
    marks = [e for e in state["events"] if e["type"] == "mark"]
    assert [(m["code"], m["phase"]) for m in marks] == [
        ("DEESC_CALM", "start"),
        ("DEESC_CALM", "end"),
    ]
    assert marks[0]["t"] == pytest.approx(start_t, abs=0.05)
    assert marks[1]["t"] == pytest.approx(end_t, abs=0.05)
    assert (state["tags"][0]["start"], state["tags"][0]["end"]) == (  # paused: no lag
        pytest.approx(3.0, abs=0.05),
        pytest.approx(8.0, abs=0.05),
    )

    # Key 3 is bound as an interval: no Shift needed, and the open interval shows live.
    player.page.keyboard.press("3")
    player.wait_state(lambda s: len(s["tags"]) == 2)
    assert player.js("P.tags.open.map(t => t.code)") == ["CTX_CROWD"]
    assert "Crowd" in player.page.locator(".bc-open").inner_text()
    player.page.keyboard.press("l")
    player.wait_settled(13.0)
    player.page.keyboard.press("3")
    state = player.wait_state(lambda s: len(s["tags"]) == 2 and not s["tags"][1]["pending"])
    phases = [(e["code"], e["phase"]) for e in state["events"] if e["type"] == "mark"][2:]
    assert phases == [("CTX_CROWD", "start"), ("CTX_CROWD", "end")]
    assert (state["tags"][1]["start"], state["tags"][1]["end"]) == (
        pytest.approx(8.0, abs=0.05),
        pytest.approx(13.0, abs=0.05),
    )
    assert player.js("P.tags.open.length") == 0


@pytest.mark.browser
@pytest.mark.slow
def test_transcript_click_seeks_to_segment_and_word(player):
    player.page.locator('.bc-seg[data-i="2"] .bc-seg-h').click()
    assert player.wait_settled(12.3) == pytest.approx(12.3, abs=0.05)
    state = player.wait_state(lambda s: any(e["type"] == "seek" for e in s["events"]))
    assert [e["t"] for e in state["events"] if e["type"] == "seek"] == [
        pytest.approx(12.3, abs=1e-6)
    ]
    assert player.page.locator(".bc-seg.bc-active").get_attribute("data-i") == "2"

    word = player.page.locator('.bc-seg[data-i="1"] .bc-w').nth(2)
    expected = player.js("P.words.starts[Number(arg)]", word.get_attribute("data-w"))
    word.click()
    assert player.wait_settled(expected) == pytest.approx(expected, abs=0.05)
    low = player.page.locator(".bc-w.bc-lc").first
    assert low.get_attribute("title").startswith("low confidence: p=0.")


@pytest.mark.browser
@pytest.mark.slow
def test_tag_this_and_inline_edit(player):
    player.page.locator('.bc-seg[data-i="0"]').hover()
    player.page.locator('.bc-seg[data-i="0"] button[data-act="tag"]').click()
    state = player.wait_state(lambda s: any(e["type"] == "tag_segment" for e in s["events"]))
    assert [e["segment_id"] for e in state["events"] if e["type"] == "tag_segment"] == [1]

    text = player.page.locator('.bc-seg[data-i="1"] .bc-seg-x')
    text.dblclick()
    player.page.keyboard.press("Control+a")
    player.page.keyboard.type("I did nothing wrong")
    player.page.keyboard.press("Escape")
    assert text.inner_text().startswith("I did not do anything")
    text.dblclick()
    player.page.keyboard.press("Control+a")
    player.page.keyboard.type("I did nothing 1 wrong")  # the bound key types, it does not mark
    player.page.keyboard.press("Enter")
    state = player.wait_state(lambda s: any(e["type"] == "edit_segment" for e in s["events"]))
    edits = [e for e in state["events"] if e["type"] == "edit_segment"]
    assert edits == [{"type": "edit_segment", "segment_id": 2, "text": "I did nothing 1 wrong"}]
    assert state["segments"][1] == {"id": 2, "text": "I did nothing 1 wrong"}
    assert [e for e in state["events"] if e["type"] == "mark"] == []


@pytest.mark.browser
@pytest.mark.slow
def test_speed_control(player):
    player.page.locator(".bc-speed").select_option("2")
    assert player.js("P.video.playbackRate") == 2
    player.page.keyboard.press(">")
    assert player.js("P.video.playbackRate") == 3
    player.page.keyboard.press("<")
    player.page.keyboard.press("<")
    assert player.js("P.video.playbackRate") == 1.5
    assert player.page.locator(".bc-speed").input_value() == "1.5"
    for _ in range(10):
        player.page.keyboard.press("<")
    assert player.js("P.video.playbackRate") == 0.25


@pytest.mark.browser
@pytest.mark.slow
def test_frame_step_moves_exactly_one_frame(player):
    player.click_host("Seek to 3 s")
    player.wait_settled(3.0)
    player.js("P.video.play()")
    player.page.wait_for_function("() => !window.__bodycamPlayer.video.paused")
    player.page.keyboard.press(".")  # pauses first
    assert player.js("P.video.paused") is True
    first = player.wait_settled()
    frame = int(first * FPS + 1e-6)
    assert first == pytest.approx((frame + 0.5) / FPS, abs=1e-4)
    player.page.keyboard.press(".")
    second = player.wait_settled((frame + 1.5) / FPS)
    assert second - first == pytest.approx(1 / FPS, abs=1e-4)
    assert player.page.locator(".bc-frame").inner_text() == f"f {frame + 1}"
    player.page.keyboard.press(",")
    player.page.keyboard.press(",")
    third = player.wait_settled((frame - 0.5) / FPS)
    assert first - third == pytest.approx(1 / FPS, abs=1e-4)
    assert player.page.locator(".bc-frame").inner_text() == f"f {frame - 1}"


@pytest.mark.browser
@pytest.mark.slow
def test_keys_ignored_while_typing(player):
    before = player.current_time()
    notes = player.page.get_by_label("Notes")
    notes.click()
    player.page.keyboard.type("1 2 3 j l . , < > ")
    assert notes.input_value() == "1 2 3 j l . , < > "
    assert player.current_time() == before
    assert player.js("[P.video.paused, P.video.playbackRate, P.outbox.length]") == [True, 1, 0]
    runs = player.state()["runs"]
    notes.press("Enter")  # Streamlit commits the text: a rerun, still no mark
    player.wait_state(lambda s: s["runs"] > runs)
    assert player.events("mark") == []
    # Focus back on the page: the same key tags again.
    player.page.locator(".bc-time").click()
    player.page.keyboard.press("1")
    state = player.wait_state(lambda s: any(e["type"] == "mark" for e in s["events"]))
    assert [e["code"] for e in state["events"] if e["type"] == "mark"] == ["ESC_VERBAL"]


@pytest.mark.browser
@pytest.mark.slow
def test_dropped_trigger_is_sent_again_until_acknowledged(player):
    player.wait_settled()
    # Streamlit can drop a trigger sent between runs: lose the first one on purpose.
    player.js(
        "(() => { const real = P.setTriggerValue; let dropped = 0;"
        " P.setTriggerValue = (k, v) => { if (dropped++ === 0) return; real(k, v); }; })()"
    )
    player.page.keyboard.press("2")
    state = player.wait_state(lambda s: any(e["type"] == "mark" for e in s["events"]))
    marks = [e for e in state["events"] if e["type"] == "mark"]
    assert [m["code"] for m in marks] == ["DEESC_CALM"]  # delivered once, not duplicated
    player.page.wait_for_function("() => window.__bodycamPlayer.outbox.length === 0")


@pytest.mark.browser
@pytest.mark.slow
def test_seek_token_applied_once_across_reruns(player):
    player.click_host("Seek to 3 s")
    assert player.wait_settled(3.0) == pytest.approx(3.0, abs=0.05)
    token = player.wait_state(lambda s: s["seek"] is not None)["seek"]["token"]
    player.page.keyboard.press("ArrowRight")
    player.wait_settled(8.0)
    runs = player.state()["runs"]
    for _ in range(2):
        player.click_host("Rerun")
        runs += 1
        player.wait_state(lambda s, n=runs: s["runs"] >= n)
    player.page.keyboard.press("1")  # a rerun with new tags too
    state = player.wait_state(lambda s: len(s["tags"]) == 1)
    assert state["seek"]["token"] == token  # still in the data...
    assert player.wait_settled() == pytest.approx(8.0, abs=1e-3)  # ...and not applied again
    # A new token is applied.
    player.click_host("Seek to 3 s")
    assert player.wait_settled(3.0) == pytest.approx(3.0, abs=1e-3)


@pytest.mark.browser
@pytest.mark.slow
def test_timeline_zoom_pan_and_screenshot(player):
    assert player.js("[P.view.start, P.view.end]") == [0, 20]
    player.page.locator("button[data-act='zoom-in']").click()
    player.page.locator("button[data-act='zoom-in']").click()
    start, end = player.js("[P.view.start, P.view.end]")
    assert end - start == pytest.approx(5.0, abs=1e-9)
    box = player.page.locator(".bc-tl-overlay").bounding_box()
    player.page.mouse.move(box["x"] + 600, box["y"] + 30)
    player.page.mouse.down()
    player.page.mouse.move(box["x"] + 300, box["y"] + 30, steps=5)
    player.page.mouse.up()
    start2, end2 = player.js("[P.view.start, P.view.end]")
    assert end2 - start2 == pytest.approx(5.0, abs=1e-9)
    assert start2 - start == pytest.approx(300 / box["width"] * 5.0, abs=1e-6)
    assert player.events("seek") == []  # a drag pans, it does not seek
    # The canvas is sized for the device pixel ratio.
    dpr, width, css = player.js("[devicePixelRatio, P.baseCanvas.width, P.width]")
    assert width == round(css * dpr)
    # While playing, a zoomed view follows the playhead (once the user's pan is a while ago).
    player.js("(P.lastUserPan = -Infinity, P.setView(0, 5), P.seekTo(4.5), P.video.play())")
    player.page.wait_for_function("() => window.__bodycamPlayer.video.currentTime > 5.5")
    start3, end3, t = player.js("[P.view.start, P.view.end, P.video.currentTime]")
    assert start3 > 0
    assert start3 <= t <= end3
    player.page.keyboard.press("Space")

    # A picture of the page with tags of every kind, an interval still open.
    player.page.locator("button[data-act='zoom-fit']").click()
    player.click_timeline_at(7.0)
    player.wait_settled()
    player.page.keyboard.press("1")
    player.page.keyboard.press("Shift+2")
    player.page.keyboard.press("l")
    player.page.keyboard.press("Shift+2")
    player.page.keyboard.press("3")
    player.page.keyboard.press("l")
    player.wait_state(lambda s: len(s["tags"]) == 3)
    player.page.wait_for_function("() => window.__bodycamPlayer.outbox.length === 0")
    assert player.js("P.tags.open.map(t => t.code)") == ["CTX_CROWD"]
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "timeline_player.png"
    player.page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


_PIXEL = """(arg) => { const P = window.__bodycamPlayer; const l = P.lanes.turns;
  const rh = l.h / Math.min(P.turns.rows, 8);
  const x = arg.x === undefined ? Math.floor(P.timeToX(arg.t)) + 1 : arg.x;
  const y = Math.floor(l.y + arg.row * rh + rh / 2);
  const d = P.baseCanvas.getContext("2d").getImageData(x * P.dpr, y * P.dpr, 1, 1).data;
  return [d[0], d[1], d[2]]; }"""


def _rgb(color: str) -> list[int]:
    return [int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]


@pytest.mark.browser
@pytest.mark.slow
def test_a_speaker_reassignment_is_drawn_in_the_corrected_lane_outlined(player):
    """#11: the harness's third line (12.3-15.7 s) is the officer's by the machine and the
    subject's by a reviewer: the subject's lane is filled there and outlined in dark, the
    officer's lane is blanked (a dashed outline), and the legend says what outlines mean."""
    assert player.js("P.dpr") == 1
    indexed = player.js(
        "[...['starts', 'ends', 'fromRow', 'toRow'].map((k) => Array.from(P.reassigned[k])),"
        " P.reassigned.toColor]"
    )
    assert indexed == [[12.3], [15.7], [0], [1], ["#ff7f0e"]]
    officer, subject = _rgb("#1f77b4"), _rgb("#ff7f0e")
    pixel = lambda **arg: player.page.evaluate(_PIXEL, arg)  # noqa: E731
    x0 = player.js("P.timeToX(12.3)")
    middle = player.js("P.timeToX(14.0)")
    # Inside the stretch: the subject's color in the subject's lane; the lane's own
    # background in the officer's; the officer's turn elsewhere is untouched.
    assert pixel(x=round(middle), row=1) == subject
    assert pixel(x=round(middle), row=0) == _rgb(player.js("P.colors.bg2"))
    assert pixel(t=3.0, row=0) == officer
    # The corrected stretch's left edge: the dark outline, 2 px from x0.
    assert pixel(x=int(x0) + 1, row=1) == [17, 17, 17]
    # Before the stretch, the subject's lane is empty there.
    assert pixel(x=int(x0) - 3, row=1) != subject
    legend = player.page.locator(".bc-reassigned-key")
    assert "speaker corrected by a reviewer" in legend.inner_text()


#: Seconds and how the app shows them: tenths rounded half up, hours only when needed.
CLOCK_TABLE = [
    (0.0, "0:00.0"),
    (0.04, "0:00.0"),
    (0.05, "0:00.1"),
    (0.25, "0:00.3"),
    (0.95, "0:01.0"),
    (9.95, "0:10.0"),
    (59.94, "0:59.9"),
    (59.96, "1:00.0"),
    (61.2, "1:01.2"),
    (599.99, "10:00.0"),
    (3599.94, "59:59.9"),
    (3599.96, "1:00:00.0"),
    (3723.45, "1:02:03.5"),
    (7322.05, "2:02:02.1"),
    (-1.0, "0:00.0"),
]


def test_python_clock_table():
    assert [clock(t) for t, _ in CLOCK_TABLE] == [text for _, text in CLOCK_TABLE]


@pytest.mark.browser
@pytest.mark.slow
def test_player_clock_matches_python_clock(player):
    """One time format: the browser's clockText gives Python's clock() on every value."""
    shown = player.page.evaluate(
        "(values) => values.map((t) => window.__bodycamClock(t))", [t for t, _ in CLOCK_TABLE]
    )
    assert shown == [clock(t) for t, _ in CLOCK_TABLE]
    assert player.page.locator(".bc-time").inner_text() == clock(player.current_time())


def test_key_help_describes_every_reserved_key_once():
    described = [key for keys, _ in PLAYBACK_KEY_HELP for key in keys]
    assert sorted(described) == sorted(RESERVED_KEYS)


@pytest.mark.browser
@pytest.mark.slow
def test_help_overlay_volume_mute_and_click_to_play(player):
    page = player.page
    page.keyboard.press("?")
    overlay = page.locator(".bc-help-overlay")
    assert overlay.is_visible()
    text = overlay.inner_text()
    for _, description in PLAYBACK_KEY_HELP:
        assert description in text
    for binding in player.js("Object.values(P.keymap)"):
        assert binding["label"] in text
    assert "Paused, a key tags the frame on screen" in text
    page.keyboard.press("?")
    assert not overlay.is_visible()

    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert player.js("P.video.volume") == pytest.approx(0.8)
    page.locator("button[data-act='mute']").click()
    assert player.js("P.video.muted") is True
    # The label follows the video's volumechange event, which fires after the click returns.
    expect(page.locator(".bc-mute")).to_have_text("🔇")

    assert player.js("P.video.paused") is True
    page.locator(".bc-video").click()
    page.wait_for_function("() => !window.__bodycamPlayer.video.paused")
    page.locator(".bc-video").click()
    page.wait_for_function("() => window.__bodycamPlayer.video.paused")


#: The harness's tension profile: tension_series([(5, 7, 1), (14, 16, -1)], 20) (#15).
TENSION_VALUES = [
    0.367, 0.579, 0.769, 0.887, 0.941, 0.959, 0.957, 0.929, 0.836, 0.56,
    0.0, -0.56, -0.836, -0.929, -0.957, -0.959, -0.941, -0.887, -0.769, -0.579,
]  # fmt: skip


@pytest.mark.browser
@pytest.mark.slow
def test_tension_lane_is_drawn_and_a_click_seeks_to_its_second(harness, browser):
    harness["state"].unlink(missing_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{harness['url']}/?profile=tension")
    page.wait_for_function(
        "() => window.__bodycamPlayer && window.__bodycamPlayer.video.readyState >= 2",
        timeout=30_000,
    )
    h = Harness(page, harness["state"])
    h.wait_state(lambda s: s.get("runs", 0) >= 1)
    lanes = ["axis", "filmstrip", "envelope", "tension", "turns", "words", "tags"]
    assert h.js("Object.keys(P.lanes)") == lanes
    assert h.js("Array.from(P.tension.values)") == pytest.approx(TENSION_VALUES, abs=1e-6)
    assert h.js("P.tension.peaks") == [5]

    def pixel(t: float, above: bool) -> list[int]:
        """The base canvas's color half way between the lane's middle line and its edge."""
        return h.js(
            "(() => { const l = P.lanes.tension; const mid = l.y + l.h / 2;"
            " const y = mid + (arg.above ? -1 : 1) * (l.h / 4);"
            " const x = P.timeToX(arg.t); const ctx = P.baseCanvas.getContext('2d');"
            " return Array.from(ctx.getImageData(Math.round(x * P.dpr), Math.round(y * P.dpr),"
            " 1, 1).data); })()",
            {"t": t, "above": above},
        )

    red, green, calm = pixel(5.5, True), pixel(15.5, False), pixel(10.5, True)
    assert red[0] > 150 and red[1] < 120, red  # escalation: red above the line
    assert green[1] > green[0] + 40, green  # de-escalation: green below it
    assert abs(calm[0] - calm[1]) < 10, calm  # 0 at 10 s: the lane's plain background
    box = page.locator(".bc-tl-overlay").bounding_box()
    x, y = h.js("[P.timeToX(5.5), P.lanes.tension.y + P.lanes.tension.h / 2]")
    page.mouse.move(box["x"] + x, box["y"] + y)
    expect(page.locator(".bc-tip")).to_have_text("0:05.5 · tension +0.96")
    # A click anywhere in a second of the lane seeks to that second's start.
    h.click_timeline_at(12.7, lane="tension")
    assert h.wait_settled(12.0) == pytest.approx(12.0, abs=1e-3)
    h.wait_state(lambda s: any(e == {"type": "seek", "t": 12.0} for e in s["events"]))
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(".bc-timeline").screenshot(path=str(ARTIFACTS / "tension_lane.png"))
    context.close()
    assert errors == []


def test_two_script_threads_never_store_one_event_twice():
    """Streamlit's fast reruns start a new script thread without waiting for the stopped one:
    both may dispatch the same batch while the first is still storing its event."""
    import threading

    inbox = EventInbox()
    batch = {"session": "s", "events": [{"type": "mark", "code": "A", "t": 1.0, "seq": 1}]}
    stored: list[float] = []
    writing, release = threading.Event(), threading.Event()

    def slow_store(event):
        writing.set()
        release.wait(5)  # the write takes a while (a loaded database)
        stored.append(event["t"])

    first = threading.Thread(target=dispatch, args=(inbox, batch, slow_store))
    first.start()
    assert writing.wait(5)
    second = threading.Thread(target=dispatch, args=(inbox, batch, stored.append))
    second.start()
    release.set()
    first.join(5)
    second.join(5)
    assert stored == [1.0] and inbox.ack == {"session": "s", "seq": 1}
