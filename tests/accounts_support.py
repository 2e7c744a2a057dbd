"""Helpers the account tests share: a cheap password hasher and a clock the test moves."""

from __future__ import annotations

from argon2 import PasswordHasher

from bodycam.models import users


class CountingHasher(PasswordHasher):
    """argon2id at the lowest cost (tests make many hashes), counting password checks."""

    def __init__(self, **params):
        super().__init__(**{"time_cost": 1, "memory_cost": 8, "parallelism": 1, **params})
        self.checks = 0

    def verify(self, hash, password):
        self.checks += 1
        return super().verify(hash, password)


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def cheap_hasher():
    """Install a CountingHasher for one test; yields it and puts the real one back."""
    hasher = CountingHasher()
    previous = users.use_hasher(hasher)
    try:
        yield hasher
    finally:
        users.use_hasher(previous)


def admin_cli():
    """The real `bodycam` root group, which carries the account and admin commands."""
    from bodycam.cli import cli

    return cli


def account(store, name: str = "admin", role: str = "admin", units=()):
    """A local account (no password: signed in directly, never through argon2), reused when it
    exists with the same role."""
    from bodycam.core.errors import NotFound

    try:
        return users.get(store, name)
    except NotFound:
        return users.add(store, "operator", name, role, units)


#: The password browser tests sign in with (the login page checks it like any other).
BROWSER_PASSWORD = "correct horse battery staple"


def password_account(store, name: str = "admin", role: str = "admin", units=()):
    """A local account with :data:`BROWSER_PASSWORD`, for a browser to sign in through the
    login page."""
    return users.add(store, "operator", name, role, units, BROWSER_PASSWORD)


def sign_in_app(app, store, name: str = "admin", role: str = "admin", units=()):
    """Sign an AppTest session in as the login page does: a session row, its token in the
    Streamlit session state. Returns the app and the account."""
    from bodycam.models import sessions
    from bodycam.ui.auth import TOKEN_KEY

    user = account(store, name, role, units)
    app.session_state[TOKEN_KEY] = sessions.create(store, user, "test")
    return app, user


def demo_password(output: str) -> str:
    """The demo admin's one-time password from `bodycam demo`'s banner."""
    [line] = [line for line in output.splitlines() if line.strip().startswith("Password:")]
    return line.split(":", 1)[1].strip()


def session_cookie(context) -> dict | None:
    """The browser context's session cookie (HttpOnly: only the browser itself sees it)."""
    found = [c for c in context.cookies() if c["name"] == "bodycam_session" and c["value"]]
    return found[0] if found else None


def browser_sign_in(context, base: str, name: str, password: str) -> list[str]:
    """Sign a Playwright browser context in through the login page, as a person would; its
    session cookie (set by the server's session route) then opens every page in that context.
    Returns the session-route URLs the browser visited."""
    visited: list[str] = []
    page = context.new_page()
    page.on("request", lambda request: visited.append(request.url))
    page.goto(f"{base}/")
    page.get_by_label("User name", exact=True).fill(name)
    page.get_by_label("Password", exact=True).fill(password)
    # The signed-in page sends the browser through the session route and back (a navigation
    # that lands on the same URL). Wait for that whole round trip: closing a page while its
    # navigation commits hangs Chromium's page close for good.
    with page.expect_navigation(wait_until="load", timeout=30_000):
        page.get_by_role("button", name="Sign in", exact=True).click()
    page.get_by_text("Signed in as").wait_for(timeout=30_000)
    assert session_cookie(context) is not None, "the server never set the session cookie"
    page.close()
    return [url for url in visited if "/session/start" in url]


def session_context(browser, base: str, store, name: str, **options):
    """A Playwright browser context already signed in as account ``name``: a session opened
    directly (as the login page does after checking the password) and its cookie set as the
    session route sets it. For browser tests about pages other than sign-in: each sign-in
    through the login page costs two Streamlit page loads and an argon2 check, and sign-in
    itself is tested through the login page elsewhere (test_accounts_browser,
    test_security_server, and the demo admin's password in test_review_browser's fixture)."""
    from bodycam.models import sessions

    context = browser.new_context(**options)
    context.add_cookies(
        [
            {
                "name": "bodycam_session",
                "value": sessions.create(store, users.get(store, name), "browser-test"),
                "url": base,
                "httpOnly": True,
                "sameSite": "Strict",
            }
        ]
    )
    return context
