"""The session cookie, set and cleared by the server with ``HttpOnly``: page scripts never see
the session token (issue #10).

Streamlit has no API that sets a cookie from a script run, and a cookie written by JavaScript
is readable by every script on the page. So after a sign-in the page hands the browser a
one-time *exchange code* instead of the token, and navigates to :data:`START_ROUTE` on the
app's own server with it. That route swaps the code for the token (kept in this process's
memory for :data:`CODE_TTL` seconds, usable once), answers with ``Set-Cookie: ...; HttpOnly;
SameSite=Strict`` (``Secure`` over https) and redirects back into the app. The code is worth
nothing after that one request: a code seen in a log, the history or by a script is refused.

Sign-out ends the session in the database first (the token is dead from then on), then sends
the browser to :data:`END_ROUTE`, which deletes the cookie.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

COOKIE = "bodycam_session"
START_ROUTE = "/session/start"
END_ROUTE = "/session/end"
#: Seconds an exchange code lives: the page navigates to the route at once.
CODE_TTL = 15
#: Where the routes may send the browser back to: a path of this app (no scheme, no host, no
#: "//", which a browser reads as another host), with an optional plain query.
NEXT = re.compile(r"/(?![/\\])[A-Za-z0-9_\-/]*(\?[A-Za-z0-9_\-=&.%]*)?")
#: Codes not yet used: SHA-256 of the code -> (session token, expiry). The script run that makes
#: a code and the route that redeems it run in the same server process.
_codes: dict[str, tuple[str, float]] = {}
_lock = threading.Lock()


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def exchange_code(token: str, *, now: float | None = None) -> str:
    """A one-time code the browser swaps for ``token`` at :data:`START_ROUTE`."""
    now = time.time() if now is None else now
    code = secrets.token_urlsafe(24)
    with _lock:
        for key in [key for key, (_, expires) in _codes.items() if expires < now]:
            del _codes[key]  # expired and never used: a page that did not navigate
        _codes[_digest(code)] = (token, now + CODE_TTL)
    return code


def redeem(code: str, *, now: float | None = None) -> str | None:
    """The token a code stands for, once: None when the code is unknown, used or expired."""
    now = time.time() if now is None else now
    with _lock:
        found = _codes.pop(_digest(code or ""), None)
    if found is None or found[1] < now:
        return None
    return found[0]


def safe_next(value: str | None) -> str:
    """``value`` when it is a path of this app, else the app's root."""
    return value if value and NEXT.fullmatch(value) else "/"


def start_url(code: str, next_path: str) -> str:
    return f"{START_ROUTE}?code={quote(code)}&next={quote(safe_next(next_path), safe='/')}"


def end_url(next_path: str = "/") -> str:
    return f"{END_ROUTE}?next={quote(safe_next(next_path), safe='/')}"


def _https(request: Request) -> bool:
    # Behind a TLS proxy (README) the app sees plain HTTP and the proxy's X-Forwarded-Proto.
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


def _no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    return response


async def start(request: Request) -> Response:
    token = redeem(request.query_params.get("code", ""))
    if token is not None:
        from ..models import sessions
        from ..models.store import shared_store

        # Checked at use: a session ended (or idle) since the code was made gets no cookie.
        if sessions.validate(shared_store(), token) is None:
            token = None
    if token is None:
        return _no_store(
            PlainTextResponse(
                "forbidden: this sign-in code is unknown, already used or expired: sign in again",
                status_code=403,
            )
        )
    response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    response.set_cookie(
        COOKIE, token, path="/", httponly=True, samesite="strict", secure=_https(request)
    )
    return _no_store(response)


async def end(request: Request) -> Response:
    """Delete the cookie. The session itself was ended by the sign-out that sent the browser
    here; a token still open (a hand-typed visit) is ended too, so this URL always signs out."""
    token = request.cookies.get(COOKIE)
    if token:
        from ..models import sessions
        from ..models.store import shared_store

        sessions.end(shared_store(), token)
    response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    response.delete_cookie(
        COOKIE, path="/", httponly=True, samesite="strict", secure=_https(request)
    )
    return _no_store(response)


def session_routes() -> list[Route]:
    return [
        Route(START_ROUTE, start, methods=["GET"]),
        Route(END_ROUTE, end, methods=["GET"]),
    ]
