"""Single sign-on reaches Streamlit's real auth machinery, offline: Authlib is installed (the
`streamlit[auth]` dependency), and with an ``[auth]`` section in a secrets file the Sign in page
offers the agency button, whose click runs ``st.login`` through its checks to the signed
redirect to Streamlit's ``/auth/login`` route. No identity provider is contacted: the metadata
URL is fetched only by that route, which the slow test drives on the running server against a
fake provider on loopback."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import streamlit as st
import streamlit.user_info
from streamlit.auth_util import decode_provider_token, is_authlib_installed
from streamlit.runtime.secrets import secrets_singleton
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.util import patch_config_options
from support import free_port, start_app, stop_app

from bodycam.ui.paths import MAIN_SCRIPT

SECRETS = """
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "a test cookie secret that is long enough to sign with"
client_id = "bodycam-review"
client_secret = "not a real secret"
server_metadata_url = "https://idp.invalid/.well-known/openid-configuration"
"""

SSO_BUTTON = "Sign in with your agency account"


def test_authlib_is_installed():
    import authlib

    assert is_authlib_installed()
    major, minor = (int(part) for part in authlib.__version__.split(".")[:2])
    assert (major, minor) >= (1, 3)  # st.login's own minimum is 1.3.2


@pytest.fixture
def secrets_file(tmp_path, monkeypatch):
    """Streamlit reads this file, as it would the agency's .streamlit/secrets.toml (AppTest's own
    ``secrets`` dict does not reach the section ``st.login`` reads)."""
    path = tmp_path / "secrets.toml"
    path.write_text(SECRETS, encoding="utf-8")
    # No polling watcher thread on the temp file for the rest of the session.
    monkeypatch.setattr(secrets_singleton, "_file_watchers_installed", True)
    secrets_singleton._reset()
    with patch_config_options({"secrets.files": [str(path)]}):
        yield path
    secrets_singleton._reset()


@pytest.fixture
def served(store, monkeypatch):
    monkeypatch.setenv("BODYCAM_DATA", str(store.root))
    st.cache_resource.clear()
    yield store
    st.cache_resource.clear()


@pytest.fixture
def redirects(monkeypatch):
    """The URLs ``st.login`` sends the browser to, recorded on their way out."""
    made = []
    real = streamlit.user_info.generate_login_redirect_url

    def record(provider):
        url = real(provider)
        made.append(url)
        return url

    monkeypatch.setattr(streamlit.user_info, "generate_login_redirect_url", record)
    return made


def sso_buttons(app):
    return [button for button in app.button if button.label == SSO_BUTTON]


def test_without_auth_secrets_there_is_no_sso_button(served, tmp_path, monkeypatch):
    secrets_singleton._reset()
    with patch_config_options({"secrets.files": [str(tmp_path / "none.toml")]}):
        app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30).run()
    secrets_singleton._reset()
    assert not app.exception
    assert [t.value for t in app.title] == ["Sign in"]
    assert sso_buttons(app) == []


def test_the_sso_button_calls_into_streamlits_login(served, secrets_file, redirects):
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30).run()
    assert not app.exception
    assert [t.value for t in app.title] == ["Sign in"]
    [button] = sso_buttons(app)
    assert [c.value for c in app.caption] == [
        "Or with a local account:",
        "An admin creates accounts with `bodycam user add`; `bodycam demo` prints a demo "
        "admin's one-time password.",
    ]
    button.click().run()
    # Without Authlib this run raised StreamlitMissingAuthlibError.
    assert not app.exception, [e.value for e in app.exception]
    [url] = redirects
    parts = urlsplit(url)
    assert parts.path == "/auth/login"
    [token] = parse_qs(parts.query)["provider"]
    # Signed with the cookie_secret from the file: Streamlit's login route will accept it.
    assert decode_provider_token(token)["provider"] == "default"
    # Still on the Sign in page, nobody signed in: the identity provider decides next.
    assert [t.value for t in app.title] == ["Sign in"]
    assert served.query("SELECT id FROM sessions") == []


class FakeIdentityProvider(ThreadingHTTPServer):
    """An OpenID provider on loopback that serves only its discovery document, counting the
    fetches: enough for Streamlit's /auth/login route to send the browser on to it."""

    def __init__(self):
        self.fetched: list[str] = []
        super().__init__(("127.0.0.1", 0), self._Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"

    class _Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            idp = self.server
            idp.fetched.append(self.path)
            if self.path != "/.well-known/openid-configuration":
                self.send_error(404)
                return
            body = json.dumps(
                {
                    "issuer": idp.base,
                    "authorization_endpoint": f"{idp.base}/authorize",
                    "token_endpoint": f"{idp.base}/token",
                    "jwks_uri": f"{idp.base}/jwks",
                    "response_types_supported": ["code"],
                    "subject_types_supported": ["public"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.slow
def test_the_running_servers_login_route_sends_the_browser_to_the_provider(store, tmp_path):
    """`bodycam serve` with .streamlit/secrets.toml in its working directory: the URL the SSO
    button sends the browser to reaches Streamlit's /auth/login, which (through Authlib) reads
    the provider's discovery document and redirects to its authorization endpoint."""
    idp = FakeIdentityProvider()
    thread = threading.Thread(target=idp.serve_forever, daemon=True)
    thread.start()
    secrets = tmp_path / "cwd" / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir(parents=True)
    secrets.write_text(SECRETS.replace("https://idp.invalid", idp.base), encoding="utf-8")
    port = free_port()
    process = start_app(store.root, port, tmp_path / "app.log", cwd=tmp_path / "cwd")
    try:
        # The token the button's st.login makes, signed with the same cookie_secret.
        secrets_singleton._reset()
        with patch_config_options({"secrets.files": [str(secrets)]}):
            login_url = streamlit.user_info.generate_login_redirect_url("default")
        secrets_singleton._reset()
        opener = urllib.request.build_opener(_NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as answer:
            opener.open(f"http://127.0.0.1:{port}{login_url}", timeout=30)
        assert answer.value.code in (302, 307)
        location = urlsplit(answer.value.headers["Location"])
        query = parse_qs(location.query)
        assert f"{location.scheme}://{location.netloc}{location.path}" == f"{idp.base}/authorize"
        assert {key: query[key] for key in ("client_id", "redirect_uri", "response_type")} == {
            "client_id": ["bodycam-review"],
            "redirect_uri": ["http://localhost:8501/oauth2callback"],
            "response_type": ["code"],
        }
        assert sorted(query["scope"][0].split()) == ["email", "openid", "profile"]
        assert query["state"][0] and query["nonce"][0]
        assert idp.fetched == ["/.well-known/openid-configuration"]
    finally:
        stop_app(process)
        idp.shutdown()
