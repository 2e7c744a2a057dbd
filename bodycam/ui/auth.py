"""Who is using the app: sign-in (local password or the agency's OpenID Connect provider),
the session token the browser keeps, and sign-out.

The browser holds a random token (models/sessions.py keeps only its SHA-256). It lives in this
Streamlit session's state, and in a cookie so a reload or a new tab stays signed in: Streamlit
has no API that sets a cookie, so a tiny script writes it (``SameSite=Strict``, path ``/``);
Streamlit hands the cookies to the script through ``st.context.cookies``. Every rerun
re-validates the token, so an idle, disabled or signed-out session ends on the next click.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import streamlit as st

from ..models import logins, sessions, sso
from ..models.store import Store
from ..models.users import User
from .resources import get_store

#: Where this Streamlit session keeps the token; tests set it to sign a session in.
TOKEN_KEY = "bodycam_session_token"
COOKIE = "bodycam_session"
#: The YAML file mapping SSO identities to roles (docs/ACCOUNTS.md); default: DATA/sso.yaml.
SSO_CONFIG_ENV = "BODYCAM_SSO_CONFIG"
#: Set to 1 behind a reverse proxy that sets X-Forwarded-For (README, TLS), so throttling
#: counts the real client, not the proxy.
TRUST_PROXY_ENV = "BODYCAM_TRUST_PROXY"


def client_address() -> str:
    """The remote address that throttling counts by. Behind a reverse proxy Streamlit sees the
    proxy; the proxy's X-Forwarded-For is used only when the app was told to trust it."""
    if os.environ.get(TRUST_PROXY_ENV) == "1":
        forwarded = st.context.headers.get("X-Forwarded-For")
        if isinstance(forwarded, str) and forwarded.split(",")[0].strip():
            return forwarded.split(",")[0].strip()[:100]
    address = st.context.ip_address
    # Not a string outside a browser session (AppTest): one "unknown" client.
    return address[:100] if isinstance(address, str) and address else "unknown"


def sync_cookie(account: User | None) -> None:
    """Write this session's token into the browser's cookie, or clear a stale one. Run on every
    rerun (not only at sign-in): a script emitted just before ``st.rerun`` may never reach the
    browser, and writing the same value again costs nothing."""
    token = st.session_state.get(TOKEN_KEY) if account is not None else None
    if token is None and not _cookie():
        return
    # Behind TLS (README) the cookie never travels over plain HTTP.
    secure = "; Secure" if _https() else ""
    if token is None:
        value = json.dumps(f"{COOKIE}=; path=/; max-age=0; SameSite=Strict{secure}")
    else:
        # json.dumps quotes it for JavaScript; the token itself is URL-safe base64.
        value = json.dumps(f"{COOKIE}={token}; path=/; SameSite=Strict{secure}")
    # In the sidebar, so the invisible element never shifts a page's own layout.
    st.sidebar.html(f"<script>document.cookie = {value};</script>", unsafe_allow_javascript=True)


def _https() -> bool:
    try:
        url = st.context.url
    except Exception:
        return False
    forwarded = st.context.headers.get("X-Forwarded-Proto")
    return (isinstance(url, str) and url.startswith("https:")) or forwarded == "https"


def _cookie() -> str | None:
    try:
        value = st.context.cookies.get(COOKIE)
    except Exception:  # no browser (AppTest, bare mode): no cookie
        return None
    return value if isinstance(value, str) and value else None


def _browser_token() -> str | None:
    return st.session_state.get(TOKEN_KEY) or _cookie()


def sso_configured() -> bool:
    """Whether the agency set up OpenID Connect (``[auth]`` in .streamlit/secrets.toml)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def _sso_config_path(store: Store) -> Path:
    return Path(os.environ.get(SSO_CONFIG_ENV) or store.root / "sso.yaml")


def _sso_account(store: Store) -> User | None:
    """The local account for an identity the provider signed in, opening a session for it."""
    if not sso_configured() or not getattr(st.user, "is_logged_in", False):
        return None
    account = sso.provision(
        store, dict(st.user.to_dict()), sso.load_config(_sso_config_path(store))
    )
    if account is None:
        st.session_state["sso_refused"] = True
        return None
    token = sessions.create(store, account, client_address())
    st.session_state[TOKEN_KEY] = token
    return account


def signed_in_account() -> User | None:
    """The account of this browser's session, or None (then only the sign-in page opens)."""
    store = get_store()
    token = _browser_token()
    account = sessions.validate(store, token)
    if account is not None:
        st.session_state[TOKEN_KEY] = token
        return account
    st.session_state.pop(TOKEN_KEY, None)
    return _sso_account(store)


def sign_in(name: str, password: str) -> logins.Login:
    """Check a local password (throttled per account and client) and open a session."""
    store = get_store()
    login = logins.authenticate(store, name, password, client_address())
    if login.ok:
        token = sessions.create(store, login.user, client_address())
        st.session_state[TOKEN_KEY] = token
    return login


def sign_out() -> None:
    token = st.session_state.pop(TOKEN_KEY, None) or _cookie()
    if token:
        sessions.end(get_store(), token)
    if sso_configured() and getattr(st.user, "is_logged_in", False):
        st.logout()
