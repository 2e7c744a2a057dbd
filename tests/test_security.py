"""Security checks of issue #10: every role against every page and every service function the
app calls (allowed and refused, exactly), sign-in through the login page (throttling, idle
expiry, sign-out), SQL injection strings, and the origin guard."""

from __future__ import annotations

import io
import shutil
from unittest import mock

import pytest
import streamlit as st
from accounts_support import cheap_hasher, sign_in_app
from streamlit.testing.v1 import AppTest
from transcripts_support import fake_result

from bodycam import registry
from bodycam.annotate import codebook_store, corrections, encounter, search, tags
from bodycam.annotate.codebook import Code
from bodycam.core.errors import InvalidInput
from bodycam.models import Store, audit_events, logins, users
from bodycam.models.permissions import PermissionDenied
from bodycam.models.store import shared_store
from bodycam.models.transcripts import save_transcription
from bodycam.ui import origin
from bodycam.ui.navigation import may_open
from bodycam.ui.paths import MAIN_SCRIPT

hasher = pytest.fixture(cheap_hasher)

#: (name, role, units) of the accounts each check runs as. Footage 1 is unit "north".
ACCOUNTS = (
    ("boss", "admin", ()),
    ("north_sup", "supervisor", ("north",)),
    ("south_sup", "supervisor", ("south",)),
    ("coach", "trainer", ()),
    ("scholar", "researcher", ()),
)

# --- pages -------------------------------------------------------------------------------

#: role -> the pages it opens, exactly.
PAGES = {
    None: {"login"},
    "admin": {"library", "review", "codebook", "research", "verify", "debrief", "audit", "admin"},
    "supervisor": {"library", "review", "verify"},
    "trainer": {"library", "review", "debrief"},
    "researcher": {"library", "review", "codebook", "research"},
}


@pytest.mark.parametrize("role", list(PAGES))
@pytest.mark.parametrize("url_path", sorted(set().union(*PAGES.values())))
def test_role_by_page_matrix(role, url_path):
    assert may_open(registry.page(url_path), role) is (url_path in PAGES[role])


@pytest.fixture(scope="module")
def template(tmp_path_factory, media):
    """A data directory with footage 1 (unit north, a transcript) and the five accounts; each
    test gets a copy."""
    from click.testing import CliRunner

    from bodycam.cli import cli

    root = tmp_path_factory.mktemp("security") / "data"
    result = CliRunner().invoke(
        cli, ["--data-dir", str(root), "ingest", "--unit", "north", str(media["h264_aac"])]
    )
    assert result.exit_code == 0, result.output
    store = Store(root)
    with store.change("worker", "transcript.create") as change:
        save_transcription(
            change, footage_id=1, job_id=1, audio_sha256="a" * 64, result=fake_result()
        )
    for name, role, units in ACCOUNTS:
        users.add(store, "operator", name, role, units)
    # The transcript is hand-made: no page may start a background worker to transcribe.
    store.conn.execute("UPDATE jobs SET state = 'done'")
    store.close()
    return root


@pytest.fixture
def secured(template, tmp_path, monkeypatch):
    root = tmp_path / "data"
    shutil.copytree(template, root)
    monkeypatch.setenv("BODYCAM_DATA", str(root))
    st.cache_resource.clear()
    store = Store(root)
    yield store
    store.close()


def _app(role: str | None) -> AppTest:
    app = AppTest.from_file(MAIN_SCRIPT, default_timeout=30)
    if role is not None:
        name = next(n for n, r, _ in ACCOUNTS if r == role)
        sign_in_app(app, shared_store(), name, role)
    return app.run()


def _page_paths(app: AppTest) -> set[str]:
    """The url paths of the pages the router lists (the default page's is "" there). The other
    pages' addresses it registers hidden show the sign-in form, titled so (its path, "login",
    is in every visitor's set), or say the page is not open to the role, titled so (left out)."""
    by_title = {page.title: page.url_path for page in registry.pages()}
    names = [info["page_name"] for info in app._registered_pages.values()]
    return {by_title[name] for name in names if name in by_title}


def test_every_other_pages_address_signs_in_a_visitor_or_refuses_the_role(secured):
    from app_support import switch

    # A visitor who follows a link to the Review page gets the sign-in form there.
    visitor = _app(None)
    switch(visitor, "review").run()
    assert not visitor.exception and not visitor.error
    assert [box.label for box in visitor.text_input] == ["User name", "Password"]
    # A supervisor at the Audit page's address is told it is not open to the role.
    supervisor = _app("supervisor")
    names = {i["url_pathname"]: i["page_name"] for i in supervisor._registered_pages.values()}
    assert names["audit"] == "Audit (not open to your role)"
    switch(supervisor, "audit").run()
    assert [e.value for e in supervisor.error] == ["The Audit page is not open to your role."]
    assert not supervisor.title and not supervisor.dataframe


@pytest.mark.parametrize("role", list(PAGES))
def test_router_registers_exactly_the_role_pages(secured, role):
    app = _app(role)
    assert not app.exception
    assert _page_paths(app) == PAGES[role]


def test_a_hidden_page_is_refused_when_rendered_anyway(secured):
    """The router would not list Audit for a supervisor; its guarded render refuses too."""

    def script():
        import streamlit as st

        from bodycam import registry
        from bodycam.models import users
        from bodycam.models.store import shared_store
        from bodycam.ui.navigation import guarded
        from bodycam.ui.resources import ACCOUNT_KEY

        st.session_state[ACCOUNT_KEY] = users.get(shared_store(), "north_sup")
        guarded(registry.page("audit"))()

    app = AppTest.from_function(script, default_timeout=30).run()
    assert [e.value for e in app.error] == ["The Audit page is not open to your role."]
    assert not app.title and not app.dataframe


def test_audit_page_refuses_a_supervisor_even_when_called_directly(secured):
    def script():
        import streamlit as st

        from bodycam.models import users
        from bodycam.models.store import shared_store
        from bodycam.ui.audit_page import render
        from bodycam.ui.resources import ACCOUNT_KEY

        st.session_state[ACCOUNT_KEY] = users.get(shared_store(), "north_sup")
        render()

    app = AppTest.from_function(script, default_timeout=30).run()
    assert app.exception and "may not audit.view" in app.exception[0].value


def _review(role: str, store: Store) -> AppTest:
    app = _app(role)
    by_path = {info["page_name"]: h for h, info in app._registered_pages.items()}
    app._page_hash = by_path["Review"]
    store.conn.execute("UPDATE footage SET status = 'ready'")  # no background worker here
    return app.run()


@pytest.mark.parametrize(
    ("role", "sees"),
    [("admin", True), ("supervisor", True), ("trainer", False), ("researcher", False)],
)
def test_review_page_shows_footage_only_to_whom_may_view_it(secured, role, sees):
    """north_sup's unit is the footage's; the trainer sees none until a moment is tagged."""
    app = _review(role, secured)
    assert not app.exception
    if sees:
        assert app.selectbox(key="review_footage").value == 1
        views = audit_events.search(secured, action="footage.view")
        assert [v["entity_id"] for v in views] == ["1"]
    else:
        assert "No footage you may view yet" in " ".join(i.value for i in app.info)
        assert audit_events.search(secured, action="footage.view") == []


def test_a_trainer_views_tagged_footage_but_cannot_tag_it(secured):
    from bodycam.ui.review.actions import ReviewState, handle_event

    tags.create_tag(secured, 1, "open_question", 1.0, "operator")
    app = _review("trainer", secured)
    assert not app.exception
    assert app.selectbox(key="review_footage").value == 1
    state = ReviewState(footage_id=1, segment_code="open_question")
    coach = users.get(secured, "coach")
    handle_event(secured, state, {"type": "mark", "code": "open_question", "t": 3.0}, coach, 1.0)
    [(level, message)] = state.messages
    assert level == "error" and message.startswith("coach (trainer) may not tag.edit on footage 1")
    assert len(tags.list_tags(secured, 1)) == 1


# --- service functions -------------------------------------------------------------------


def _tag(store: Store) -> int:
    return tags.create_tag(store, 1, "open_question", 1.0, "operator")


def _segment(store: Store, index: int = 0) -> int:
    return store.query("SELECT id FROM segments ORDER BY start")[index]["id"]


def _speaker(store: Store) -> int:
    return store.one("SELECT id FROM speakers ORDER BY id LIMIT 1")["id"]


def _upload(store, user):
    from bodycam.ui import library

    upload = io.BytesIO(b"not really a video")
    upload.name = "cam.mp4"
    # No background worker in this test; patched only for this call, since a module attribute
    # left replaced broke a later test in the same process (the order differs under xdist).
    with mock.patch.object(library, "ensure_worker", lambda store: True):
        library.queue_uploads(store, [upload], None, None, user, "north")


def _deleted_tag(store: Store) -> int:
    tag = _tag(store)
    tags.delete_tag(store, tag, 1, "operator")
    return tag


#: function name -> (call(store, user), the account names allowed). Everything else refused.
EDITORS = {"boss", "north_sup"}
SERVICE = {
    "tags.create_tag": (lambda s, u: tags.create_tag(s, 1, "open_question", 2.0, u), EDITORS),
    "tags.update_tag": (lambda s, u: tags.update_tag(s, _tag(s), 1, u, notes="x"), EDITORS),
    "tags.delete_tag": (lambda s, u: tags.delete_tag(s, _tag(s), 1, u), EDITORS),
    "tags.undelete_tag": (lambda s, u: tags.undelete_tag(s, _deleted_tag(s), u), EDITORS),
    "tags.tag_segment": (
        lambda s, u: tags.tag_segment(s, _segment(s), "open_question", u),
        EDITORS,
    ),
    "corrections.edit_text": (
        lambda s, u: corrections.edit_text(s, _segment(s), "words", u),
        EDITORS,
    ),
    "corrections.reassign_speaker": (
        lambda s, u: corrections.reassign_speaker(s, _segment(s), None, u),
        EDITORS,
    ),
    "corrections.split_segment": (
        lambda s, u: corrections.split_segment(s, _segment(s), 2.0, u),
        EDITORS,
    ),
    "corrections.merge_segments": (
        lambda s, u: corrections.merge_segments(s, [_segment(s), _segment(s, 1)], u),
        EDITORS,
    ),
    "corrections.update_speaker": (
        lambda s, u: corrections.update_speaker(s, _speaker(s), u, name="Ofc. Diaz"),
        EDITORS,
    ),
    "corrections.confirm_wearer": (
        lambda s, u: corrections.confirm_wearer(s, _speaker(s), u),
        EDITORS,
    ),
    "encounter.save_form": (lambda s, u: encounter.save_form(s, 1, {}, u, None), EDITORS),
    "codebook_store.rename_code": (
        lambda s, u: codebook_store.rename_code(s, "open_question", "Open-ended question", u),
        {"boss"},
    ),
    "codebook_store.retire_code": (
        lambda s, u: codebook_store.retire_code(s, "open_question", u),
        {"boss"},
    ),
    "codebook_store.bind_key": (
        lambda s, u: codebook_store.bind_key(s, "open_question", "q", u),
        {"boss"},
    ),
    "codebook_store.add_code": (
        lambda s, u: codebook_store.add_code(
            s, Code("new_code", "New", "officer_communication", "Text.", "context", "point"), u
        ),
        {"boss"},
    ),
    "users.add": (lambda s, u: users.add(s, u, "newbie", "trainer"), {"boss"}),
    "users.disable": (lambda s, u: users.disable(s, u, "coach"), {"boss"}),
    "library.queue_uploads": (_upload, {"boss"}),
}


@pytest.mark.parametrize("name", [n for n, _, _ in ACCOUNTS])
@pytest.mark.parametrize("function", list(SERVICE))
def test_role_by_service_function_matrix(secured, function, name):
    call, allowed = SERVICE[function]
    user = users.get(secured, name)
    before = secured.one("SELECT count(*) AS n FROM audit_log WHERE actor = ?", [name])["n"]
    if name in allowed:
        call(secured, user)
        after = secured.one("SELECT count(*) AS n FROM audit_log WHERE actor = ?", [name])["n"]
        assert after > before  # recorded under the signed-in account, not a typed name
    else:
        with pytest.raises(PermissionDenied, match=f"^{name} \\({user.role}\\) may not "):
            call(secured, user)
        after = secured.one("SELECT count(*) AS n FROM audit_log WHERE actor = ?", [name])["n"]
        assert after == before


def test_a_disabled_account_is_refused_everything(secured):
    users.disable(secured, "operator", "north_sup")
    user = users.get(secured, "north_sup")
    with pytest.raises(PermissionDenied):
        tags.create_tag(secured, 1, "open_question", 2.0, user)


@pytest.mark.parametrize(
    ("name", "visible"),
    [("boss", [1]), ("north_sup", [1]), ("south_sup", []), ("coach", []), ("scholar", [])],
)
def test_lists_and_search_show_only_viewable_footage(secured, name, visible):
    from bodycam.models.footage import list_footage

    user = users.get(secured, name)
    assert [row["id"] for row in list_footage(secured, user)] == visible
    hits = search.search(secured, "officer", viewer=user)
    assert sorted({hit.footage_id for hit in hits}) == visible


def test_a_trainer_sees_footage_once_it_has_tagged_moments(secured):
    from bodycam.models.footage import list_footage

    coach = users.get(secured, "coach")
    assert list_footage(secured, coach) == []
    tags.create_tag(secured, 1, "open_question", 1.0, "operator")
    assert [row["id"] for row in list_footage(secured, coach)] == [1]


def test_upload_over_the_role_limit_is_refused(secured, monkeypatch):
    from bodycam.models import permissions

    monkeypatch.setitem(permissions.UPLOAD_LIMIT_MB, "admin", 1)
    upload = io.BytesIO(b"x" * (1024 * 1024 + 1))
    upload.name = "big.mp4"
    from bodycam.ui import library

    with pytest.raises(PermissionDenied, match=r"^big.mp4: 1 MB is over the admin upload limit"):
        library.queue_uploads(secured, [upload], None, None, users.get(secured, "boss"))
    assert secured.query("SELECT id FROM jobs WHERE kind = 'ingest'") == []


# --- signing in through the login page ---------------------------------------------------


def _login(app: AppTest, name: str, password: str) -> AppTest:
    app.text_input(key="login_name").input(name)
    app.text_input(key="login_password").input(password)
    [submit] = [b for b in app.button if b.label == "Sign in"]
    return submit.click().run()


def test_login_page_signs_in_and_out(secured, hasher):
    users.set_password(secured, "operator", "coach", "correct horse battery")
    app = _app(None)
    assert [t.value for t in app.title] == ["Sign in"]
    _login(app, "coach", "correct horse battery")
    assert not app.exception
    assert _page_paths(app) == PAGES["trainer"]
    assert "Signed in as **coach** (trainer)" in [c.value for c in app.sidebar.caption]
    actions = [e["action"] for e in audit_events.search(secured, actor="coach")]
    assert actions[:2] == ["session.start", "login.success"]  # newest first
    next(b for b in app.sidebar.button if b.label == "Sign out").click().run()
    assert _page_paths(app) == PAGES[None]
    ended = secured.one("SELECT end_reason FROM sessions ORDER BY id DESC LIMIT 1")
    assert ended["end_reason"] == "logout"


def test_wrong_password_and_unknown_name_get_the_same_message(secured, hasher):
    users.set_password(secured, "operator", "coach", "correct horse battery")
    app = _app(None)
    _login(app, "coach", "wrong password!!")
    first = [e.value for e in app.error]
    _login(app, "nobody", "wrong password!!")
    assert first == [e.value for e in app.error] == [logins.REFUSED]
    assert _page_paths(app) == PAGES[None]


def test_the_20th_wrong_password_in_a_minute_is_refused_unchecked(secured, hasher):
    users.set_password(secured, "operator", "coach", "correct horse battery")
    app = _app(None)
    checks_before = hasher.checks
    for _ in range(20):
        _login(app, "coach", "not the password")
    assert [e.value for e in app.error] == [logins.THROTTLED]
    # Only the first ACCOUNT_LIMIT attempts were checked against the hash.
    assert hasher.checks - checks_before == logins.ACCOUNT_LIMIT
    outcomes = [r["outcome"] for r in secured.query("SELECT outcome FROM login_attempts")]
    assert outcomes == ["failure"] * 5 + ["throttled"] * 15
    # Even the right password is refused while the lock holds.
    _login(app, "coach", "correct horse battery")
    assert [e.value for e in app.error] == [logins.THROTTLED]
    assert _page_paths(app) == PAGES[None]


def test_an_idle_session_ends_on_the_next_click(secured, monkeypatch):
    app = _app("trainer")
    assert _page_paths(app) == PAGES["trainer"]
    with secured.change("test", "age the session") as change:
        session = change.conn.execute("SELECT id FROM sessions").fetchone()[0]
        change.update("sessions", session, {"last_seen": "2000-01-01T00:00:00.000000+00:00"})
    app.run()
    assert _page_paths(app) == PAGES[None]
    ended = secured.get("sessions", session)
    assert ended["end_reason"] == "idle"


def test_a_disabled_account_is_signed_out_on_the_next_click(secured):
    app = _app("trainer")
    users.disable(secured, "operator", "coach")
    app.run()
    assert _page_paths(app) == PAGES[None]


# --- SQL injection strings are data ------------------------------------------------------

INJECTIONS = [
    "'; DROP TABLE tags; --",
    '" OR 1=1 --',
    "x' UNION SELECT password_hash FROM users --",
    "1); DELETE FROM footage; --",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_sql_injection_strings_are_harmless(secured, text):
    counts = {
        t: secured.one(f"SELECT count(*) AS n FROM {t}")["n"] for t in ("tags", "users", "footage")
    }
    boss = users.get(secured, "boss")
    try:
        hits = search.search(secured, text, viewer=boss)
    except InvalidInput:
        hits = []
    assert all("argon2" not in hit.text for hit in hits)
    with pytest.raises(InvalidInput):
        users.add(secured, "operator", text, "trainer")
    speaker = _speaker(secured)
    corrections.update_speaker(secured, speaker, boss, name=text)
    assert secured.get("speakers", speaker)["name"] == " ".join(text.split())
    tag = tags.create_tag(secured, 1, "open_question", 1.0, boss, notes=text)
    assert tags.get_tag(secured, tag)["notes"] == text
    assert audit_events.search(secured, actor=text) == []
    assert audit_events.search(secured, action=text) == []
    after = {
        t: secured.one(f"SELECT count(*) AS n FROM {t}")["n"] for t in ("tags", "users", "footage")
    }
    assert after == {**counts, "tags": counts["tags"] + 1}


# --- the origin guard --------------------------------------------------------------------


def _scope(kind: str, host: str | None, origin_header: str | None) -> dict:
    headers = []
    if host is not None:
        headers.append((b"host", host.encode()))
    if origin_header is not None:
        headers.append((b"origin", origin_header.encode()))
    return {"type": kind, "headers": headers, "path": "/_stcore/stream"}


@pytest.mark.parametrize(
    ("host", "origin_header", "refused"),
    [
        ("localhost:8501", None, None),
        ("localhost:8501", "http://localhost:8501", None),
        ("127.0.0.1:8501", "http://127.0.0.1:8501", None),
        # Another localhost port: Streamlit's own check lets any localhost origin in.
        ("localhost:8501", "http://localhost:9999", "cross-origin request refused"),
        ("localhost:8501", "http://evil.example", "cross-origin request refused"),
        ("localhost:8501", "null", "cross-origin request refused"),
        # DNS rebinding: the attacker's name in Host, same-origin as far as the browser knows.
        ("evil.example:8501", "http://evil.example:8501", "host not allowed"),
        (None, None, "host not allowed"),
    ],
)
def test_origin_guard(monkeypatch, host, origin_header, refused):
    options = {"server.allowedHosts": ["localhost", "127.0.0.1", "::1"]}
    monkeypatch.setattr(origin, "_option", lambda name: options.get(name, []))
    for kind in ("http", "websocket"):
        assert origin.refusal(_scope(kind, host, origin_header)) == refused


def test_serve_flags_bind_loopback_and_guard_origins():
    from bodycam.ui.server import serve_command

    command = serve_command("127.0.0.1", 8501)
    pairs = list(zip(command[5::2], command[6::2], strict=True))
    assert ("--server.address", "127.0.0.1") in pairs
    assert ("--server.enableCORS", "true") in pairs
    assert ("--server.enableXsrfProtection", "true") in pairs
    assert [v for k, v in pairs if k == "--server.allowedHosts"] == [
        "localhost",
        "127.0.0.1",
        "::1",
    ]
    public = list(zip(*[iter(serve_command("review.pd.example", 8501)[5:])] * 2, strict=True))
    assert [v for k, v in public if k == "--server.allowedHosts"][-1] == "review.pd.example"


def test_streamlit_run_binds_loopback_with_the_same_guards():
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(__file__).parents[1] / ".streamlit" / "config.toml").read_text())
    server = config["server"]
    assert (server["address"], server["enableCORS"], server["enableXsrfProtection"]) == (
        "127.0.0.1",
        True,
        True,
    )
    assert server["allowedHosts"] == ["localhost", "127.0.0.1", "::1"]
