"""Accounts, sign-in with throttling, sessions: real SQLite, a clock the test moves."""

from __future__ import annotations

import json

import pytest
from accounts_support import Clock, CountingHasher, cheap_hasher

from bodycam.core.errors import InvalidInput, NotFound
from bodycam.models import logins, sessions, users

PASSWORD = "correct horse battery"

hasher = pytest.fixture(autouse=True)(cheap_hasher)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def alice(store):
    return users.add(store, "admin-op", "alice", "supervisor", ["north", "east"], PASSWORD)


def audit_text(store) -> str:
    return "\n".join(r["details"] for r in store.query("SELECT details FROM audit_log"))


def test_add_stores_an_argon2id_hash_and_audits_without_it(store, alice):
    assert alice.role == "supervisor" and alice.units == ("east", "north")
    stored = users.stored_hash(store, alice.id)
    assert stored.startswith("$argon2id$")
    text = audit_text(store)
    assert PASSWORD not in text and stored not in text
    entry = store.one("SELECT actor, action, entity, details FROM audit_log")
    assert (entry["actor"], entry["action"], entry["entity"]) == ("admin-op", "user.add", "users")
    inserted = json.loads(entry["details"])["insert"]
    assert inserted["role"] == "supervisor" and inserted["units"] == ["east", "north"]
    assert set(inserted["password_hash"]) == {"sha256", "bytes"}


def test_password_change_is_audited_by_digest_only(store, alice):
    old = users.stored_hash(store, alice.id)
    users.set_password(store, "admin-op", "alice", "another long passphrase")
    new = users.stored_hash(store, alice.id)
    assert new != old
    entry = store.one("SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1")
    assert entry["action"] == "user.passwd"
    change = json.loads(entry["details"])["update"]["password_hash"]
    assert set(change["old"]) == set(change["new"]) == {"sha256", "bytes"}
    text = audit_text(store)
    assert old not in text and new not in text and "another long passphrase" not in text


@pytest.mark.parametrize(
    ("name", "role", "password", "message"),
    [
        ("bob", "boss", PASSWORD, "role 'boss' does not exist: use one of supervisor"),
        ("bob", "admin", "short", "at least 12 characters"),
        ("bo b", "admin", PASSWORD, "user name 'bo b' is not allowed"),
        ("ALICE", "admin", PASSWORD, "user 'ALICE' already exists"),
    ],
)
def test_bad_accounts_are_refused_with_the_fix(store, alice, name, role, password, message):
    count = store.one("SELECT count(*) AS n FROM audit_log")["n"]
    with pytest.raises(InvalidInput, match=message):
        users.add(store, "admin-op", name, role, (), password)
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == count


def test_list_and_disable(store, alice):
    users.add(store, "admin-op", "rita", "researcher", (), PASSWORD)
    assert [u.name for u in users.list_users(store)] == ["alice", "rita"]
    users.disable(store, "admin-op", "rita")
    assert users.get(store, "rita").disabled is True
    with pytest.raises(NotFound, match="no user 'nobody'"):
        users.disable(store, "admin-op", "nobody")


def test_login_success_and_failures_are_each_audited(store, alice, clock):
    assert logins.authenticate(store, "alice", PASSWORD, "10.0.0.1", clock=clock).user == alice
    wrong = logins.authenticate(store, "alice", "wrong password!", "10.0.0.1", clock=clock)
    unknown = logins.authenticate(store, "mallory", PASSWORD, "10.0.0.1", clock=clock)
    assert wrong.outcome == unknown.outcome == "failure"
    assert wrong.message == unknown.message == logins.REFUSED
    entries = store.query(
        "SELECT actor, action FROM audit_log WHERE action LIKE 'login.%' ORDER BY id"
    )
    assert [(e["actor"], e["action"]) for e in entries] == [
        ("alice", "login.success"),
        ("anonymous", "login.failure"),
        ("anonymous", "login.failure"),
    ]
    assert "wrong password!" not in audit_text(store)


def test_disabled_account_cannot_sign_in(store, alice, clock):
    users.disable(store, "admin-op", "alice")
    login = logins.authenticate(store, "alice", PASSWORD, "10.0.0.1", clock=clock)
    assert (login.outcome, login.user) == ("failure", None)


def test_twentieth_wrong_password_on_one_account_is_refused_unchecked(store, alice, clock, hasher):
    outcomes = []
    for attempt in range(20):
        before = hasher.checks
        guess = f"guess number {attempt}"
        login = logins.authenticate(store, "alice", guess, "1.2.3.4", clock=clock)
        outcomes.append((login.outcome, hasher.checks - before))
        clock.advance(2)  # 20 attempts within 40 seconds
    assert outcomes[:5] == [("failure", 1)] * 5
    assert outcomes[5:] == [("throttled", 0)] * 15
    # Even the right password is refused, unchecked, while the account is locked.
    before = hasher.checks
    assert logins.authenticate(store, "alice", PASSWORD, "5.6.7.8", clock=clock).outcome == (
        "throttled"
    )
    assert hasher.checks == before
    # One window after the last checked failure (at t=8) the lock lifts.
    clock.now = 1_800_000_000.0 + 8 + logins.WINDOW_SECONDS + 0.001
    assert logins.authenticate(store, "alice", PASSWORD, "1.2.3.4", clock=clock).ok


def test_one_client_guessing_many_accounts_is_throttled(store, alice, clock, hasher):
    outcomes = []
    for attempt in range(20):
        before = hasher.checks
        name = f"user{attempt}"
        login = logins.authenticate(store, name, "some guess here", "6.6.6.6", clock=clock)
        outcomes.append((login.outcome, hasher.checks - before))
    assert outcomes[: logins.CLIENT_LIMIT] == [("failure", 1)] * logins.CLIENT_LIMIT
    assert outcomes[logins.CLIENT_LIMIT :] == [("throttled", 0)] * (20 - logins.CLIENT_LIMIT)
    # Another client is not held back by that one.
    assert logins.authenticate(store, "alice", PASSWORD, "10.0.0.9", clock=clock).ok
    throttled = store.one("SELECT count(*) AS n FROM audit_log WHERE action = 'login.throttled'")
    assert throttled["n"] == 20 - logins.CLIENT_LIMIT


def test_outdated_hash_is_upgraded_at_sign_in(store, alice, clock):
    old = users.stored_hash(store, alice.id)
    previous = users.use_hasher(CountingHasher(time_cost=2))
    try:
        assert logins.authenticate(store, "alice", PASSWORD, "cli", clock=clock).ok
        new = users.stored_hash(store, alice.id)
        assert new != old and "t=2" in new
    finally:
        users.use_hasher(previous)


def test_session_lives_while_used_and_ends_when_idle(store, alice, clock):
    token = sessions.create(store, alice, "10.0.0.1", clock=clock)
    row = store.one("SELECT token_hash FROM sessions")
    assert row["token_hash"] == sessions.token_hash(token) and token not in row["token_hash"]
    assert token not in audit_text(store) and row["token_hash"] not in audit_text(store)
    for _ in range(5):  # 5 x 10 minutes, each within the 15-minute idle limit
        clock.advance(600)
        assert sessions.validate(store, token, idle=900, clock=clock) == alice
    clock.advance(901)
    assert sessions.validate(store, token, idle=900, clock=clock) is None
    ended = store.one("SELECT end_reason FROM sessions")
    assert ended["end_reason"] == "idle"
    assert sessions.validate(store, token, idle=10**6, clock=clock) is None


def test_session_ends_on_logout_and_on_disable(store, alice, clock):
    first = sessions.create(store, alice, "a", clock=clock)
    second = sessions.create(store, alice, "b", clock=clock)
    assert sessions.end(store, first, clock=clock) is True
    assert sessions.validate(store, first, idle=900, clock=clock) is None
    assert sessions.validate(store, second, idle=900, clock=clock) == alice
    users.disable(store, "admin-op", "alice")
    assert sessions.validate(store, second, idle=900, clock=clock) is None
    reasons = [r["end_reason"] for r in store.query("SELECT end_reason FROM sessions ORDER BY id")]
    assert reasons == ["logout", "disabled"]
    assert sessions.validate(store, "made-up-token", idle=900, clock=clock) is None


def test_session_role_change_applies_on_the_next_request(store, alice, clock):
    token = sessions.create(store, alice, "a", clock=clock)
    users.set_role(store, "admin-op", "alice", "trainer")
    assert sessions.validate(store, token, idle=900, clock=clock).role == "trainer"


def test_touches_are_coarse_so_reruns_do_not_flood_the_audit_log(store, alice, clock):
    token = sessions.create(store, alice, "a", clock=clock)
    count = store.one("SELECT count(*) AS n FROM audit_log")["n"]
    for _ in range(30):
        clock.advance(1)
        sessions.validate(store, token, idle=900, clock=clock)
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == count
    clock.advance(sessions.TOUCH_SECONDS)
    sessions.validate(store, token, idle=900, clock=clock)
    assert store.one("SELECT count(*) AS n FROM audit_log")["n"] == count + 1


def test_expire_idle_ends_only_idle_sessions(store, alice, clock):
    idle_one = sessions.create(store, alice, "a", clock=clock)
    clock.advance(800)
    busy_one = sessions.create(store, alice, "b", clock=clock)
    clock.advance(200)  # idle_one has been idle 1000 s, busy_one 200 s
    assert sessions.expire_idle(store, idle=900, clock=clock) == 1
    assert sessions.expire_idle(store, idle=900, clock=clock) == 0
    assert sessions.validate(store, idle_one, idle=10**6, clock=clock) is None
    assert sessions.validate(store, busy_one, idle=900, clock=clock) == alice
    entry = store.one("SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET 1")
    assert (entry["actor"], entry["action"]) == ("system", "session.end")


def test_idle_time_comes_from_the_environment():
    assert sessions.idle_seconds({}) == sessions.DEFAULT_IDLE_SECONDS
    assert sessions.idle_seconds({sessions.IDLE_ENV: "5"}) == 300
    with pytest.raises(InvalidInput, match="BODYCAM_SESSION_IDLE_MINUTES='soon'"):
        sessions.idle_seconds({sessions.IDLE_ENV: "soon"})


def test_in_the_app_only_an_admin_manages_accounts(store, alice):
    from bodycam.models.permissions import PermissionDenied

    ada = users.add(store, "admin-op", "ada", "admin", (), PASSWORD)
    with pytest.raises(PermissionDenied, match=r"alice \(supervisor\) may not users.manage"):
        users.add(store, alice, "mallory", "admin", (), PASSWORD)
    with pytest.raises(PermissionDenied):
        users.set_role(store, alice, "alice", "admin")
    with pytest.raises(PermissionDenied):
        users.set_password(store, alice, "ada", "taken over the admin")
    with pytest.raises(PermissionDenied):
        users.disable(store, alice, "ada")
    assert [u.name for u in users.list_users(store)] == ["ada", "alice"]
    # Anyone may change their own password; the audit log names them, not "admin-op".
    users.set_password(store, alice, "alice", "my own new password")
    users.add(store, ada, "tom", "trainer", (), PASSWORD)
    actors = store.query("SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 2")
    assert [(a["actor"], a["action"]) for a in actors] == [
        ("ada", "user.add"),
        ("alice", "user.passwd"),
    ]
