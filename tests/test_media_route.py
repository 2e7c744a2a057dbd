"""The media route on the app's own server: signed, expiring URLs and range requests."""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request

import pytest
from support import free_port, start_app, stop_app

from bodycam.core.errors import DataDirError
from bodycam.models import Store, users
from bodycam.models.settings import Layout
from bodycam.ui.media import check_signature, secret_key, signed_url

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory, media):
    from click.testing import CliRunner

    from bodycam.cli import cli

    root = tmp_path_factory.mktemp("served")
    data_dir = root / "data"
    CliRunner().invoke(
        cli, ["--data-dir", str(data_dir), "ingest", "--unit", "north", str(media["h264_aac"])]
    )
    accounts = Store(data_dir)
    users.add(accounts, "operator", "admin", "admin")
    users.add(accounts, "operator", "north_sup", "supervisor", ["north"])
    users.add(accounts, "operator", "south_sup", "supervisor", ["south"])
    users.add(accounts, "operator", "gone", "supervisor", ["north"])
    users.disable(accounts, "operator", "gone")
    accounts.close()
    port = free_port()
    process = start_app(data_dir, port, root / "app.log")
    yield f"http://127.0.0.1:{port}", Store(data_dir)
    stop_app(process)


def fetch(url: str, headers: dict | None = None, method: str = "GET"):
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_range_request_returns_exact_bytes(server):
    base, store = server
    proxy = store.layout.derived / "1" / "proxy.mp4"
    status, headers, body = fetch(
        base + signed_url(store.layout, 1, "proxy", "admin"), {"Range": "bytes=100-199"}
    )
    assert status == 206
    assert body == proxy.read_bytes()[100:200]
    assert headers["content-range"] == f"bytes 100-199/{proxy.stat().st_size}"
    assert headers["content-type"] == "video/mp4"


def test_whole_file_and_other_kinds(server):
    base, store = server
    for kind, media_type in (("poster", "image/jpeg"), ("envelope", "application/json")):
        status, headers, body = fetch(base + signed_url(store.layout, 1, kind, "admin"))
        assert (status, headers["content-type"].split(";")[0]) == (200, media_type)
        assert (
            body
            == (
                store.layout.derived
                / "1"
                / {"poster": "poster.jpg", "envelope": "envelope.json"}[kind]
            ).read_bytes()
        )


def test_forged_signature_is_refused(server):
    base, store = server
    url = signed_url(store.layout, 1, "proxy", "admin")
    forged = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    status, _, body = fetch(base + forged)
    assert (status, body) == (403, b"forbidden: bad signature")
    # A valid signature for one kind does not open another.
    other = url.replace("/proxy?", "/audio?")
    assert fetch(base + other)[0] == 403


def test_link_is_for_one_user_who_must_still_be_allowed(server):
    base, store = server
    # No signature at all, or no user.
    assert fetch(base + "/footage/1/proxy")[:3:2] == (403, b"forbidden: missing or malformed user")
    url = signed_url(store.layout, 1, "proxy", "north_sup")
    assert fetch(base + url, {"Range": "bytes=0-9"})[0] == 206
    assert fetch(base + url, {"Range": "bytes=10-19"})[0] == 206
    # Served media is audited once per link, not once per range request.
    served = store.query(
        "SELECT actor, entity_id, details FROM audit_log WHERE action = 'media.serve'"
        " AND actor = 'north_sup'"
    )
    assert served == [{"actor": "north_sup", "entity_id": "1", "details": '{"kind":"proxy"}'}]
    # Another user's name on north_sup's link: the signature covers the user.
    moved = _with(url, u="admin")
    assert fetch(base + moved)[:3:2] == (403, b"forbidden: bad signature")
    # A valid link for a supervisor of another unit: signed, but not allowed.
    other = signed_url(store.layout, 1, "proxy", "south_sup")
    assert fetch(base + other)[:3:2] == (403, b"forbidden: user may not view this footage")
    # A disabled user's link, and a link for a name that is no account.
    gone = signed_url(store.layout, 1, "proxy", "gone")
    assert fetch(base + gone)[:3:2] == (403, b"forbidden: user disabled")
    ghost = signed_url(store.layout, 1, "proxy", "ghost")
    assert fetch(base + ghost)[:3:2] == (403, b"forbidden: unknown user")


def test_disabling_a_user_kills_their_links_at_once(server):
    base, store = server
    users.add(store, "operator", "leaver", "supervisor", ["north"])
    url = signed_url(store.layout, 1, "proxy", "leaver")
    assert fetch(base + url, {"Range": "bytes=0-9"})[0] == 206
    users.disable(store, "operator", "leaver")
    assert fetch(base + url)[:3:2] == (403, b"forbidden: user disabled")


def test_expired_url_is_refused(server):
    base, store = server
    old = signed_url(store.layout, 1, "proxy", "admin", ttl=0, now=1_000_000)
    status, _, body = fetch(base + old)
    assert (status, body) == (403, b"forbidden: link expired")


@pytest.mark.parametrize(
    "path",
    [
        "/footage/1/../../secret.key",
        "/footage/%2e%2e/%2e%2e/bodycam.db",
        "/footage/1/..%2f..%2fbodycam.db",
        "/footage/1/proxy/../../../../etc/passwd",
        "/footage/..%2F..%2Fsecret.key/proxy",
        "/footage/1/secret.key",
    ],
)
def test_path_traversal_is_refused(server, path):
    base, _ = server
    status, _, body = fetch(base + path + "?exp=9999999999&sig=00")
    assert status in (403, 404)
    assert b"PRAGMA" not in body and b"SQLite" not in body


def test_unknown_footage_is_not_found(server):
    base, store = server
    assert fetch(base + signed_url(store.layout, 42, "proxy", "admin"))[0] == 404


def test_signature_checks_offline(tmp_path):
    store = Store(tmp_path / "d")
    url = signed_url(store.layout, 7, "poster", "admin", now=0)
    expires = url.split("exp=")[1].split("&")[0]
    signature = url.split("sig=")[1]
    assert check_signature(store.layout, 7, "poster", "admin", expires, signature, now=0) is None
    assert check_signature(store.layout, 8, "poster", "admin", expires, signature, now=0) == (
        "bad signature"
    )
    # Signed for one user, the link does not work for another.
    assert check_signature(store.layout, 7, "poster", "admin2", expires, signature, now=0) == (
        "bad signature"
    )
    assert check_signature(store.layout, 7, "poster", "admin", "soon", signature) == (
        "missing or malformed expiry"
    )


def _with(url: str, **params: str) -> str:
    path, query = url.split("?")
    values = dict(urllib.parse.parse_qsl(query))
    values.update(params)
    return path + "?" + urllib.parse.urlencode(values)


# Issue #9 defect 8: digits str.isdigit() accepts but int() refuses (or the reverse), numbers
# past int()'s 4,300-digit limit and non-ASCII signatures answered 500.
@pytest.mark.parametrize(
    "expires",
    ["²", "١٢٣٤٥٦٧٨٩٠", "1" * 5000, "9" * 13, "-1", "+9999999999", "1_000", " 1", "", "0x10"],
)
def test_malformed_expiry_is_forbidden(server, expires):
    base, store = server
    url = _with(signed_url(store.layout, 1, "proxy", "admin"), exp=expires)
    assert fetch(base + url)[:3:2] == (403, b"forbidden: missing or malformed expiry")


@pytest.mark.parametrize("signature", ["é" * 64, "g" * 64, "A" * 64, "0" * 63, "0" * 5000, ""])
def test_malformed_signature_is_forbidden(server, signature):
    base, store = server
    url = _with(signed_url(store.layout, 1, "proxy", "admin"), sig=signature)
    assert fetch(base + url)[:3:2] == (403, b"forbidden: missing or malformed signature")


def test_oversized_footage_id_is_not_found(server):
    base, store = server
    query = signed_url(store.layout, 1, "proxy", "admin").split("?")[1]
    assert fetch(f"{base}/footage/{'1' * 5000}/proxy?{query}")[0] == 404


def test_malformed_values_offline(tmp_path):
    layout = Store(tmp_path / "d").layout
    url = signed_url(layout, 7, "poster", "admin", now=0)
    signature = url.split("sig=")[1]
    assert check_signature(layout, 7, "poster", "admin", "²", signature, now=0) == (
        "missing or malformed expiry"
    )
    assert check_signature(layout, 7, "poster", "admin", "1" * 5000, signature, now=0) == (
        "missing or malformed expiry"
    )
    assert check_signature(layout, 7, "poster", "admin", "3600", "é" * 64, now=0) == (
        "missing or malformed signature"
    )
    for user in ("", "../admin", "a/b", "é", "x" * 101):
        assert check_signature(layout, 7, "poster", user, "3600", signature, now=0) == (
            "missing or malformed user"
        )


@pytest.mark.parametrize("key", [b"", b"secret", b"k" * 31])
def test_short_signing_key_is_refused(tmp_path, key):
    layout = Layout(tmp_path)
    layout.secret_key.write_bytes(key)
    with pytest.raises(DataDirError) as caught:
        secret_key(layout)
    assert str(caught.value) == (
        f"{layout.secret_key}: the key that signs media links is {len(key)} bytes, at least 32 "
        f"are needed: delete {layout.secret_key} and start the app again to make a new one "
        "(links already handed out stop working)"
    )


def test_new_key_is_32_random_bytes_readable_by_its_owner_only(tmp_path):
    layout = Layout(tmp_path)
    key = secret_key(layout)
    assert len(key) == 32 and secret_key(layout) == key
    assert layout.secret_key.stat().st_mode & 0o777 == 0o600


def test_serve_refuses_to_start_with_an_empty_key(run, data_dir, monkeypatch):
    Store(data_dir).close()
    (data_dir / "secret.key").write_bytes(b"")
    started = []
    monkeypatch.setattr(os, "execve", lambda *args: started.append(args))
    result = run("serve")
    assert (result.exit_code, started) == (1, [])
    key = data_dir.resolve() / "secret.key"
    assert result.output.endswith(
        f"Error: {key}: the key that signs media links is 0 bytes, at least 32 are needed: "
        f"delete {key} and start the app again to make a new one "
        "(links already handed out stop working)\n"
    )


def test_a_researcher_gets_the_proxy_of_assigned_footage_never_an_original(server):
    """Researchers get the browser proxy of the footage assigned to them; no URL reaches an
    original (the route knows no such kind and serves only derived media), and a clip, which
    may carry unredacted burned-in captions, is refused to them."""
    from bodycam.research import assignments
    from bodycam.ui.media import _signature, viewer_problem

    base, store = server
    users.add(store, "operator", "rita", "researcher")
    url = signed_url(store.layout, 1, "proxy", "rita")
    assert fetch(base + url)[:3:2] == (403, b"forbidden: user may not view this footage")
    assignments.assign(store, "operator", 1, "rita")
    assert fetch(base + url, {"Range": "bytes=0-9"})[0] == 206
    # A correctly signed link to "original" (the signature is not what stops it).
    expires = 4_000_000_000
    signature = _signature(secret_key(store.layout), 1, "original", "rita", expires)
    original = f"/footage/1/original?u=rita&exp={expires}&sig={signature}"
    assert fetch(base + original)[:3:2] == (404, b"not found")
    with pytest.raises(ValueError, match="no media kind 'original'"):
        signed_url(store.layout, 1, "original", "rita")
    assert viewer_problem(store, "rita", 1, "clip") == (
        "user may not see identities, which a clip may show"
    )
    assert viewer_problem(store, "north_sup", 1, "clip") is None
