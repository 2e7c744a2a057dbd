"""Single sign-on reaches Streamlit's real auth machinery, offline: Authlib is installed (the
`streamlit[auth]` dependency), and with an ``[auth]`` section in a secrets file the Sign in page
offers the agency button, whose click runs ``st.login`` through its checks to the signed
redirect to Streamlit's ``/auth/login`` route. No identity provider is contacted: the metadata
URL is fetched only by that route, in a browser's sign-in."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import streamlit as st
import streamlit.user_info
from streamlit.auth_util import decode_provider_token, is_authlib_installed
from streamlit.runtime.secrets import secrets_singleton
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.util import patch_config_options

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
