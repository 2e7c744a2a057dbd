"""The HttpOnly session cookie (issue #10): a one-time, short-lived exchange code swapped by the
server's route for the cookie; sign-out clears it server-side. And idle sessions ended by the
janitor, not only refused at their next use."""

from __future__ import annotations

import asyncio
import time

import pytest
from accounts_support import account
from starlette.requests import Request

from bodycam.models import sessions
from bodycam.ui import session_cookie
from bodycam.ui.session_cookie import CODE_TTL, exchange_code, redeem, safe_next


def test_a_code_is_good_once_and_for_seconds():
    code = exchange_code("token-1", now=1000.0)
    assert redeem(code, now=1000.0 + CODE_TTL - 1) == "token-1"
    assert redeem(code, now=1001.0) is None  # used
    late = exchange_code("token-2", now=1000.0)
    assert redeem(late, now=1000.0 + CODE_TTL + 1) is None  # expired
    assert redeem("made-up", now=1000.0) is None
    assert redeem("", now=1000.0) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/review?footage=1&t=2.50", "/review?footage=1&t=2.50"),
        ("/", "/"),
        ("//evil.example/x", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example/", "/"),
        ("javascript:alert(1)", "/"),
        (None, "/"),
    ],
)
def test_the_routes_redirect_only_into_the_app(value, expected):
    assert safe_next(value) == expected


def _call(endpoint, path: str, query: str, headers: dict[str, str] | None = None):
    scope = {
        "type": "http",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
        "server": ("127.0.0.1", 8501),
        "client": ("127.0.0.1", 5000),
    }
    return asyncio.run(endpoint(Request(scope)))


@pytest.fixture
def served_store(store, monkeypatch):
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    return store


def test_the_start_route_sets_an_httponly_cookie_once(served_store):
    user = account(served_store, "north_sup", "supervisor", ["north"])
    token = sessions.create(served_store, user, "test")
    code = exchange_code(token)
    response = _call(session_cookie.start, "/session/start", f"code={code}&next=/review")
    assert (response.status_code, response.headers["location"]) == (303, "/review")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"bodycam_session={token};")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie
    assert response.headers["cache-control"] == "no-store"
    again = _call(session_cookie.start, "/session/start", f"code={code}&next=/review")
    assert again.status_code == 403 and "set-cookie" not in again.headers
    assert b"already used or expired" in again.body
    # Behind a TLS proxy the cookie is Secure.
    tls = _call(
        session_cookie.start,
        "/session/start",
        f"code={exchange_code(token)}",
        {"X-Forwarded-Proto": "https"},
    )
    assert "Secure" in tls.headers["set-cookie"]


def test_the_start_route_refuses_an_expired_code_or_an_ended_session(served_store):
    user = account(served_store, "north_sup", "supervisor", ["north"])
    token = sessions.create(served_store, user, "test")
    stale = exchange_code(token, now=time.time() - CODE_TTL - 1)
    assert _call(session_cookie.start, "/session/start", f"code={stale}").status_code == 403
    code = exchange_code(token)
    sessions.end(served_store, token)
    refused = _call(session_cookie.start, "/session/start", f"code={code}")
    assert refused.status_code == 403 and "set-cookie" not in refused.headers


def test_the_end_route_clears_the_cookie_and_ends_the_session(served_store):
    user = account(served_store, "north_sup", "supervisor", ["north"])
    token = sessions.create(served_store, user, "test")
    response = _call(
        session_cookie.end, "/session/end", "next=/", {"Cookie": f"bodycam_session={token}"}
    )
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert cookie.startswith('bodycam_session="";') and "Max-Age=0" in cookie
    assert sessions.validate(served_store, token) is None
    [row] = served_store.query("SELECT end_reason FROM sessions")
    assert row["end_reason"] == "logout"


def test_the_janitor_ends_idle_sessions_nobody_comes_back_to(store, monkeypatch):
    monkeypatch.setenv(sessions.IDLE_ENV, "0.05")  # 3 s
    user = account(store, "north_sup", "supervisor", ["north"])
    token = sessions.create(store, user, "test")
    assert sessions.validate(store, token) == user
    janitor = sessions.start_janitor(store.root, every=0.2)
    try:
        # The same data directory gets one janitor however often the app asks.
        assert sessions.start_janitor(store.root) is janitor
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            row = store.one("SELECT ended_at, end_reason FROM sessions")
            if row["ended_at"]:
                break
            time.sleep(0.1)
    finally:
        sessions.stop_janitor(store.root)
    assert not janitor.is_alive()
    assert row["end_reason"] == "idle"
    assert sessions.validate(store, token) is None
    ended = store.query("SELECT actor FROM audit_log WHERE action = 'session.end'")
    assert [entry["actor"] for entry in ended] == ["system"]
    assert store.verify_audit().ok


def test_an_idle_session_is_refused_at_its_next_use():
    """Checked at use whatever the janitor did: validate() compares last_seen with now."""
    from accounts_support import Clock

    from bodycam.models.store import Store

    clock = Clock()
    import tempfile

    with tempfile.TemporaryDirectory() as root:
        store = Store(root)
        user = account(store, "north_sup", "supervisor", ["north"])
        token = sessions.create(store, user, "test", clock=clock)
        clock.advance(59)
        assert sessions.validate(store, token, idle=60, clock=clock) == user
        clock.advance(61)
        assert sessions.validate(store, token, idle=60, clock=clock) is None
        store.close()
