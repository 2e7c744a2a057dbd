"""Footage media over HTTP: signed, expiring URLs served by a Starlette route on the app's own
server, with range requests, so the browser seeks in multi-GB proxies without the file ever
entering Python memory.

A URL names a footage id and a kind of derived file, never a path: the route looks the file up
in the database. The signature is an HMAC-SHA256 over id, kind and expiry with a key kept in
the data directory, so a URL cannot be forged or extended, and a leaked one stops working.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import time
from pathlib import Path

from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from .. import registry
from ..core.errors import DataDirError
from ..models.settings import Layout
from ..models.store import shared_store

ROUTE_PREFIX = "/footage"
DEFAULT_TTL = 12 * 3600  # a review session; pages re-sign on every rerun anyway
KEY_BYTES = 32  # HMAC-SHA256's own size: a shorter key makes URLs easier to forge
# What a URL may carry, matched before any conversion: ASCII digits only (str.isdigit() and
# int() accept other scripts, and int() refuses past 4,300 digits), at most 12 of them (the
# year 33658), and the 64 lowercase hex digits _signature() writes.
EXPIRES = re.compile(r"[0-9]{1,12}")
SIGNATURE = re.compile(r"[0-9a-f]{64}")
FOOTAGE_ID = re.compile(r"[0-9]{1,18}")


def secret_key(layout: Layout) -> bytes:
    """The signing key, made on first use, readable only by its owner.

    Raises:
        DataDirError: the key file holds fewer than KEY_BYTES bytes (an empty key would let
            anyone sign a URL).
    """
    path = layout.secret_key
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(KEY_BYTES)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
    key = path.read_bytes()
    if len(key) < KEY_BYTES:
        raise DataDirError(
            f"{path}: the key that signs media links is {len(key)} bytes, at least {KEY_BYTES} "
            f"are needed: delete {path} and start the app again to make a new one "
            "(links already handed out stop working)"
        )
    return key


def _signature(key: bytes, footage_id: int, kind: str, expires: int) -> str:
    message = f"{footage_id}/{kind}/{expires}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def signed_url(
    layout: Layout, footage_id: int, kind: str, ttl: int = DEFAULT_TTL, now: float | None = None
) -> str:
    if registry.media_kind(kind) is None:
        raise ValueError(
            f"no media kind {kind!r}: use one of {', '.join(registry.media_kinds())}"
            " (stages register them in their stage.py)"
        )
    # Rounded up to the hour, so reruns produce the same URL and the browser keeps its cache.
    expires = int(((now or time.time()) + ttl) // 3600 + 1) * 3600
    signature = _signature(secret_key(layout), footage_id, kind, expires)
    return f"{ROUTE_PREFIX}/{footage_id}/{kind}?exp={expires}&sig={signature}"


def check_signature(
    layout: Layout,
    footage_id: int,
    kind: str,
    expires: str,
    signature: str,
    now: float | None = None,
) -> str | None:
    """None when the URL is valid, else why not."""
    if not EXPIRES.fullmatch(expires):
        return "missing or malformed expiry"
    if not SIGNATURE.fullmatch(signature):
        return "missing or malformed signature"
    expected = _signature(secret_key(layout), footage_id, kind, int(expires))
    if not hmac.compare_digest(expected, signature):
        return "bad signature"
    if int(expires) < (now or time.time()):
        return "link expired"
    return None


def media_endpoint(data_dir: str | None = None):
    """The route handler, bound to a data directory ($BODYCAM_DATA when None), serving the
    media kinds stages registered."""

    async def serve(request: Request) -> Response:
        store = shared_store(data_dir)
        layout = store.layout
        kind = request.path_params["kind"]
        media = registry.media_kind(kind)
        if media is None or not FOOTAGE_ID.fullmatch(request.path_params["footage_id"]):
            return PlainTextResponse("not found", status_code=404)
        footage_id = int(request.path_params["footage_id"])
        problem = check_signature(
            layout,
            footage_id,
            kind,
            request.query_params.get("exp", ""),
            request.query_params.get("sig", ""),
        )
        if problem:
            return PlainTextResponse(f"forbidden: {problem}", status_code=403)
        relative = media.path_of(store, footage_id)
        if relative is None:
            return PlainTextResponse("not found", status_code=404)
        path = layout.absolute(relative).resolve()
        # Defence in depth: whatever the database says, serve only derived media.
        if not path.is_relative_to(layout.derived.resolve()) or not path.is_file():
            return PlainTextResponse("not found", status_code=404)
        return FileResponse(
            path,
            media_type=media.media_type,
            headers={"Cache-Control": "private, max-age=3600"},
        )

    return serve


class TraversalGuard:
    """ASGI middleware: a path that climbs directories (``..``, also percent-encoded, or an
    encoded slash) gets 404 before any route or static handler sees it, so a traversal
    attempt is answered the same way as any unknown URL."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and _climbs(scope):
            response = PlainTextResponse("not found", status_code=404)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _climbs(scope) -> bool:
    raw = (scope.get("raw_path") or b"").decode("latin-1").lower()
    path = scope.get("path", "")
    segments = path.split("/")
    return ".." in segments or "%2e%2e" in raw or "%2f" in raw or "%5c" in raw or "\\" in path


def media_middleware() -> list[Middleware]:
    return [Middleware(TraversalGuard)]


def media_routes(data_dir: str | Path | None = None) -> list[Route]:
    return [
        Route(
            # The id is matched as text: Starlette's int converter would answer 500 to an id
            # past int()'s digit limit; the endpoint checks it against FOOTAGE_ID.
            ROUTE_PREFIX + "/{footage_id:str}/{kind:str}",
            media_endpoint(None if data_dir is None else str(data_dir)),
            methods=["GET", "HEAD"],
        )
    ]
