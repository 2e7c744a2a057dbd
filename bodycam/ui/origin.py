"""Refuse requests from other origins and forged Host headers, for HTTP and the websocket alike.

Streamlit checks ``server.allowedHosts`` only on its websocket, and with CORS on it still lets
any *localhost* origin in, whatever its port: a page served from another localhost port could
open the app's websocket as the signed-in user. This ASGI middleware runs before every route:

- the Host header's name must be in ``server.allowedHosts`` (DNS rebinding sends the
  attacker's name), when that list is set;
- an Origin header, when the browser sends one, must be this very origin (scheme, host and
  port, the way the browser reached the app) or listed in ``server.corsAllowedOrigins``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.responses import PlainTextResponse


def _option(name: str) -> list[str]:
    try:
        from streamlit import config

        return list(config.get_option(name) or [])
    except Exception:  # outside a Streamlit server (unit tests of the middleware)
        return []


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def host_allowed(host: str | None, allowed: list[str]) -> bool:
    if not allowed:
        return True
    if not host:
        return False
    try:
        hostname = urlsplit(f"//{host}").hostname
    except ValueError:
        return False
    if hostname is None:
        return False
    hostname = hostname.lower().rstrip(".")
    for pattern in (p.strip().lower().rstrip(".") for p in allowed):
        if pattern == "*" or hostname == pattern.strip("[]"):
            return True
        if pattern.startswith("*.") and hostname.endswith(pattern[1:]):
            return True
    return False


def origin_allowed(origin: str | None, host: str | None, extra: list[str]) -> bool:
    if origin is None:
        return True  # not a browser's cross-origin request (curl, same-origin navigation)
    if origin in extra:
        return True
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(host) and parts.netloc == host


def refusal(scope) -> str | None:
    """Why this request is refused, or None."""
    host = _header(scope, b"host")
    if not host_allowed(host, _option("server.allowedHosts")):
        return "host not allowed"
    if not origin_allowed(_header(scope, b"origin"), host, _option("server.corsAllowedOrigins")):
        return "cross-origin request refused"
    return None


class OriginGuard:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket"):
            problem = refusal(scope)
            if problem and scope["type"] == "http":
                await PlainTextResponse(f"forbidden: {problem}", status_code=403)(
                    scope, receive, send
                )
                return
            if problem:
                # Closing before accepting makes the server answer the handshake with 403.
                await send({"type": "websocket.close", "code": 1008})
                return
        await self.app(scope, receive, send)
