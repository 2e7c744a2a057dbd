"""Footage uploads streamed to disk by a route on the app's own server.

``st.file_uploader`` keeps every upload in the server's memory (two 147 MB files raised it by
280 MB, which stayed); real footage runs to gigabytes. The Library page's upload widget POSTs
each file's bytes to ``UPLOAD_ROUTE`` instead, and the route writes them to ``uploads/``
chunk by chunk as they arrive, then queues the same ingest job as the CLI's ``bodycam
ingest``. The worker deletes the upload once it is ingested.

Who may upload is carried by a token the page signs for the signed-in user: an HMAC over
user, expiry and a random nonce with the media signing key (``media.secret_key``), good for
one request and ``TOKEN_TTL`` seconds. The route takes the actor from the token, never from
the request.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import time
import uuid
from pathlib import Path

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..models import jobs
from ..models.settings import Layout
from ..models.store import Store, shared_store
from .media import secret_key

UPLOAD_ROUTE = "/footage-upload/"
TOKEN_HEADER = "X-Upload-Token"
TOKEN_TTL = 3600  # one page view; every rerun hands out fresh tokens
# expiry . nonce . user (UTF-8, hex) . signature: fixed shapes, matched before any conversion.
TOKEN = re.compile(r"([0-9]{1,12})\.([0-9a-f]{32})\.((?:[0-9a-f]{2}){1,256})\.([0-9a-f]{64})")
SPENT_DIR = ".spent-tokens"  # one empty file per used nonce, created exclusively
PART_SUFFIX = ".part"  # an upload still arriving; renamed when complete
# A .part file untouched this long belongs to an upload whose server died mid-way: a live
# upload writes to it with every chunk.
STALE_PART_SECONDS = 3600


def _signature(key: bytes, expires: str, nonce: str, user_hex: str) -> str:
    # "upload/" keeps these signatures apart from the media URLs signed with the same key.
    message = f"upload/{expires}/{nonce}/{user_hex}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def upload_token(layout: Layout, user: str, ttl: int = TOKEN_TTL, now: float | None = None):
    """A token that lets ``user`` upload one file through ``UPLOAD_ROUTE`` for ``ttl`` s."""
    expires = str(int((now or time.time()) + ttl))
    nonce = secrets.token_hex(16)
    user_hex = user.encode().hex()
    return (
        f"{expires}.{nonce}.{user_hex}.{_signature(secret_key(layout), expires, nonce, user_hex)}"
    )


def check_token(layout: Layout, token: str, now: float | None = None) -> tuple[str, str]:
    """The token's user and nonce.

    Raises:
        PermissionError: the token is missing, malformed, forged or expired (the message says
            which).
    """
    match = TOKEN.fullmatch(token or "")
    if match is None:
        raise PermissionError("missing or malformed upload token")
    expires, nonce, user_hex, signature = match.groups()
    expected = _signature(secret_key(layout), expires, nonce, user_hex)
    if not hmac.compare_digest(expected, signature):
        raise PermissionError("bad upload token")
    if int(expires) < (now or time.time()):
        raise PermissionError("upload token expired: reload the page")
    try:
        user = bytes.fromhex(user_hex).decode()
    except UnicodeDecodeError:
        raise PermissionError("bad upload token") from None
    return user, nonce


def spend(layout: Layout, nonce: str) -> bool:
    """Mark a token used; False when it was used before (also by another server process)."""
    spent = layout.uploads / SPENT_DIR
    spent.mkdir(parents=True, exist_ok=True)
    # Forget nonces whose tokens expired anyway, so the folder stays small.
    horizon = time.time() - 2 * TOKEN_TTL
    for old in spent.iterdir():
        try:
            if old.stat().st_mtime < horizon:
                old.unlink()
        except FileNotFoundError:
            pass
    try:
        os.close(os.open(spent / nonce, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return False
    return True


def remove_stale_parts(layout: Layout, now: float | None = None) -> list[Path]:
    """Delete the partial files of uploads that stopped (the server was killed mid-upload)."""
    removed = []
    horizon = (now or time.time()) - STALE_PART_SECONDS
    for part in layout.uploads.glob("*" + PART_SUFFIX):
        try:
            if part.stat().st_mtime < horizon:
                part.unlink()
                removed.append(part)
        except FileNotFoundError:
            pass
    return removed


def max_upload_bytes() -> int:
    """Streamlit's ``server.maxUploadSize`` (MB), the limit ``bodycam serve`` configures."""
    from streamlit import config

    return int(config.get_option("server.maxUploadSize")) * 1024 * 1024


def enqueue_upload(
    store: Store,
    path: Path,
    original_name: str,
    incident: str | None,
    officer: str | None,
    user: str,
    unit: str | None = None,
) -> int:
    """Queue the ingest job for an upload saved at ``path``; the worker runs the CLI's ingest
    code on it and deletes it once ingested. ``unit`` scopes which supervisors see it."""
    with store.change(user, "upload.queue") as change:
        return jobs.enqueue(
            change,
            "ingest",
            None,
            {
                "path": str(path),
                "original_name": original_name,
                "incident": incident,
                "officer": officer,
                "unit": (unit or "").strip() or None,
                "actor": user,
            },
        )


def _account_limit(store: Store, name: str) -> int:
    """The upload limit of the signed-in account ``name`` (0: may not upload)."""
    from ..core.errors import NotFound
    from ..models import permissions, users

    try:
        account = users.get(store, name)
    except NotFound:
        return 0
    if account.disabled:
        return 0
    return permissions.upload_limit_bytes(account)


class _TooLarge(Exception):
    pass


def upload_endpoint(data_dir: str | None = None):
    """The route handler, bound to a data directory ($BODYCAM_DATA when None)."""

    async def receive(request: Request) -> Response:
        store = shared_store(data_dir)
        layout = store.layout
        try:
            user, nonce = check_token(layout, request.headers.get(TOKEN_HEADER, ""))
        except PermissionError as error:
            return PlainTextResponse(f"forbidden: {error}", status_code=403)
        # The token names who asked for it; whether they may still upload, and how much, is
        # decided now (an account disabled since is refused).
        limit = min(max_upload_bytes(), _account_limit(store, user))
        if limit <= 0:
            return PlainTextResponse(f"forbidden: {user} may not upload footage", 403)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and len(declared) < 20 and int(declared) > limit:
            return _too_large(limit)
        if not spend(layout, nonce):
            return PlainTextResponse("forbidden: upload token already used", status_code=403)
        name = Path(request.query_params.get("name", "").replace("\\", "/")).name.strip()
        if not name:
            return PlainTextResponse("bad request: ?name= (the file's name) is missing", 400)
        uploads = layout.uploads
        uploads.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(layout)
        stem = uuid.uuid4().hex
        part = uploads / (stem + PART_SUFFIX)
        size = 0
        try:
            with open(part, "wb") as handle:
                # Chunks as the client sends them: the file is never whole in memory.
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        raise _TooLarge
                    handle.write(chunk)
        except _TooLarge:
            part.unlink(missing_ok=True)
            return _too_large(limit)
        except ClientDisconnect:
            part.unlink(missing_ok=True)
            return PlainTextResponse("bad request: the upload was interrupted", 400)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        if size == 0:
            part.unlink(missing_ok=True)
            return PlainTextResponse(f"bad request: {name} is empty (0 bytes)", 400)
        target = uploads / (stem + Path(name).suffix.lower()[:16])
        os.replace(part, target)
        job_id = enqueue_upload(
            store,
            target,
            name,
            request.query_params.get("incident") or None,
            request.query_params.get("officer") or None,
            user,
            request.query_params.get("unit") or None,
        )
        from .resources import ensure_worker

        ensure_worker(store)
        return JSONResponse({"job_id": job_id, "name": name, "size": size})

    return receive


def _too_large(limit: int) -> Response:
    return PlainTextResponse(
        f"too large: uploads are limited to {limit // (1024 * 1024)} MB (server.maxUploadSize);"
        " ingest larger files with `bodycam ingest PATH`",
        status_code=413,
    )


def upload_routes(data_dir: str | Path | None = None) -> list[Route]:
    return [
        Route(
            UPLOAD_ROUTE,
            upload_endpoint(None if data_dir is None else str(data_dir)),
            methods=["POST"],
        )
    ]
