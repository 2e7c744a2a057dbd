"""Who is using the app: sign-in (local password or the agency's OpenID Connect provider),
the session token the browser keeps, and sign-out.

The browser holds a random token (models/sessions.py keeps only its SHA-256). It lives in this
Streamlit session's state, and in an ``HttpOnly`` cookie so a reload or a new tab stays signed
in while no page script can read it: the server sets it (``session_cookie.py``, through a
one-time exchange code) and Streamlit hands it to the script through ``st.context.cookies``.
Every rerun re-validates the token, so an idle, disabled or signed-out session ends on the next
click.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from ..models import logins, sessions, sso
from ..models.store import Store
from ..models.users import User
from . import session_cookie
from .resources import get_store

#: Where this Streamlit session keeps the token; tests set it to sign a session in.
TOKEN_KEY = "bodycam_session_token"
COOKIE = session_cookie.COOKIE
#: This session's exchange code and its expiry, reused until shortly before it expires.
CODE_KEY = "bodycam_session_exchange"
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
    """Have the server set this session's ``HttpOnly`` cookie, or clear a stale one, by sending
    the browser to the session routes (``session_cookie.py``). Run on every rerun (not only at
    sign-in): a script emitted just before ``st.rerun`` may never reach the browser. The page
    holds only a one-time exchange code, never the token."""
    token = st.session_state.get(TOKEN_KEY) if account is not None else None
    cookie = _cookie()
    if token is not None and cookie != token:
        code, expires = st.session_state.get(CODE_KEY, (None, 0.0))
        if code is None or expires < time.time() + 2:
            code = session_cookie.exchange_code(token)
            st.session_state[CODE_KEY] = (code, time.time() + session_cookie.CODE_TTL)
        target = session_cookie.start_url(code, _here())
    elif token is None and cookie:
        target = session_cookie.end_url()  # signed out, idle or disabled: the cookie goes
    else:
        return
    # json.dumps quotes it for JavaScript. In the sidebar, so the invisible element never
    # shifts a page's own layout.
    st.sidebar.html(
        f"<script>window.location.replace({json.dumps(target)});</script>",
        unsafe_allow_javascript=True,
    )


def _here() -> str:
    """The page path and query the browser is on, to come back to after the cookie is set."""
    try:
        url = st.context.url
    except Exception:  # no browser (AppTest)
        return "/"
    if not isinstance(url, str):
        return "/"
    parsed = urlsplit(url)
    if parsed.path.rstrip("/").endswith("/login"):
        return "/"  # signed in: the first page the role may open, not the sign-in page again
    return parsed.path + (f"?{parsed.query}" if parsed.query else "")


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
    sessions.start_janitor(store.root)  # idle sessions end even if nobody comes back
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
