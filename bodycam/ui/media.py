"""Footage media over HTTP: signed, expiring URLs served by a Starlette route on the app's own
server, with range requests, so the browser seeks in multi-GB proxies without the file ever
entering Python memory.

A URL names a footage id, a kind of derived file and the user it was signed for, never a path:
the route looks the file up in the database. The signature is an HMAC-SHA256 over id, kind,
user and expiry with a key kept in the data directory, so a URL cannot be forged, extended or
moved to another footage or user, and a leaked one stops working within the hour. The route
has no session, so the signature is what names the user: on every request it re-checks that
this user still exists, is not disabled and may still view this footage.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import time
from pathlib import Path
from urllib.parse import quote

from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from .. import registry
from ..core.errors import DataDirError, NotFound
from ..models import audit_events, permissions, users
from ..models.settings import Layout
from ..models.store import shared_store

ROUTE_PREFIX = "/footage"
# Short: pages re-sign on every rerun, so an open page keeps working while a copied link dies.
DEFAULT_TTL = 3600
KEY_BYTES = 32  # HMAC-SHA256's own size: a shorter key makes URLs easier to forge
# What a URL may carry, matched before any conversion: ASCII digits only (str.isdigit() and
# int() accept other scripts, and int() refuses past 4,300 digits), at most 12 of them (the
# year 33658), and the 64 lowercase hex digits _signature() writes.
EXPIRES = re.compile(r"[0-9]{1,12}")
SIGNATURE = re.compile(r"[0-9a-f]{64}")
FOOTAGE_ID = re.compile(r"[0-9]{1,18}")
# A user name as models/users.py allows it (NAME_RULE), checked before any look-up.
USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}")


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


def _signature(key: bytes, footage_id: int, kind: str, user: str, expires: int) -> str:
    # "/" cannot occur in a user name (USER_NAME), so the fields cannot be shifted.
    message = f"{footage_id}/{kind}/{user}/{expires}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def signed_url(
    layout: Layout,
    footage_id: int,
    kind: str,
    user: str,
    ttl: int = DEFAULT_TTL,
    now: float | None = None,
) -> str:
    """A link to a footage's derived file for one user (a name), valid for ``ttl`` seconds
    (rounded up to the hour)."""
    if not USER_NAME.fullmatch(user or ""):
        raise ValueError(f"media links are signed for a user name, not {user!r}")
    if registry.media_kind(kind) is None:
        raise ValueError(
            f"no media kind {kind!r}: use one of {', '.join(registry.media_kinds())}"
            " (stages register them in their stage.py)"
        )
    # Rounded up to the hour, so reruns produce the same URL and the browser keeps its cache.
    expires = int(((now or time.time()) + ttl) // 3600 + 1) * 3600
    signature = _signature(secret_key(layout), footage_id, kind, user, expires)
    return f"{ROUTE_PREFIX}/{footage_id}/{kind}?u={quote(user)}&exp={expires}&sig={signature}"


def check_signature(
    layout: Layout,
    footage_id: int,
    kind: str,
    user: str,
    expires: str,
    signature: str,
    now: float | None = None,
) -> str | None:
    """None when the URL is valid, else why not."""
    if not USER_NAME.fullmatch(user):
        return "missing or malformed user"
    if not EXPIRES.fullmatch(expires):
        return "missing or malformed expiry"
    if not SIGNATURE.fullmatch(signature):
        return "missing or malformed signature"
    expected = _signature(secret_key(layout), footage_id, kind, user, int(expires))
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
        user_name = request.query_params.get("u", "")
        problem = check_signature(
            layout,
            footage_id,
            kind,
            user_name,
            request.query_params.get("exp", ""),
            request.query_params.get("sig", ""),
        )
        if problem is None:
            # The URL's id is the footage's own, or (a clip) a derivative's: permission is
            # judged on the footage it came from.
            owner = media.footage_id_of(store, footage_id)
            if owner is None:
                return PlainTextResponse("not found", status_code=404)
            problem = viewer_problem(store, user_name, owner, kind)
        if problem:
            return PlainTextResponse(f"forbidden: {problem}", status_code=403)
        relative = media.path_of(store, footage_id)
        if relative is None:
            return PlainTextResponse("not found", status_code=404)
        path = layout.absolute(relative).resolve()
        # Defence in depth: whatever the database says, serve only derived media.
        if not path.is_relative_to(layout.derived.resolve()) or not path.is_file():
            return PlainTextResponse("not found", status_code=404)
        _audit_once(store, user_name, footage_id, kind, request.query_params["exp"])
        return FileResponse(
            path,
            media_type=media.media_type,
            headers={"Cache-Control": "private, max-age=3600"},
        )

    return serve


#: Signed links already audited by this server process. A player fetches one link in many range
#: requests; the audit log records the first, once per link (user, footage, kind, expiry).
_served: set[tuple[str, int, str, str]] = set()
_SERVED_LIMIT = 100_000


def _audit_once(store, user_name: str, footage_id: int, kind: str, expires: str) -> None:
    key = (user_name, footage_id, kind, expires)
    if key in _served:
        return
    if len(_served) >= _SERVED_LIMIT:
        _served.clear()  # bounded memory; at worst a link is audited twice
    audit_events.record(store, user_name, "media.serve", "footage", footage_id, {"kind": kind})
    _served.add(key)


#: Media that may show who was there beyond the footage itself: a clip can carry burned-in,
#: unredacted captions. Served only to users allowed ``identity.view`` (never researchers).
IDENTIFYING_KINDS = frozenset({"clip"})


def viewer_problem(store, user_name: str, footage_id: int, kind: str | None = None) -> str | None:
    """None when the user a link was signed for may still view the footage (and, for
    :data:`IDENTIFYING_KINDS`, its identities), else why not: signing proves who the link is
    for, this proves they are still allowed. Originals are never served at all: the route
    serves only files under ``media/derived/``."""
    try:
        user = users.get(store, user_name)
    except NotFound:
        return "unknown user"
    if user.disabled:
        return "user disabled"
    try:
        resource = permissions.footage_resource(store, footage_id)
    except NotFound:
        return None  # answered 404 below, as any unknown footage
    if not permissions.allowed(user, "footage.view", resource):
        return "user may not view this footage"
    if kind in IDENTIFYING_KINDS and not permissions.allowed(user, "identity.view", resource):
        return f"user may not see identities, which a {kind} may show"
    return None


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
    from .origin import OriginGuard

    return [Middleware(OriginGuard), Middleware(TraversalGuard)]


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
