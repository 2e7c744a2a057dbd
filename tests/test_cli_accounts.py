"""The account and admin commands, attached to a small root group as the lead will attach them."""

from __future__ import annotations

import json

import pytest
from accounts_support import admin_cli, cheap_hasher
from click.testing import CliRunner

from bodycam.models import Store, audit, logins, users

hasher = pytest.fixture(autouse=True)(cheap_hasher)


@pytest.fixture
def bodycam(data_dir):
    root = admin_cli()

    def invoke(*args, input=None):
        return CliRunner().invoke(
            root, ["--data-dir", str(data_dir), "--user", "op", *args], input=input
        )

    return invoke


def test_user_add_list_passwd_disable(bodycam, data_dir):
    added = bodycam(
        "user",
        "add",
        "sam",
        "--role",
        "supervisor",
        "--unit",
        "north",
        "--unit",
        "east",
        "--password-stdin",
        input="first long password\n",
    )
    assert added.exit_code == 0, added.output
    assert added.output == "added sam: supervisor of east, north\n"
    # Without --password-stdin the password is prompted for, hidden, twice.
    prompted = bodycam(
        "user",
        "add",
        "rita",
        "--role",
        "researcher",
        input="rita's long password\nrita's long password\n",
    )
    assert prompted.exit_code == 0, prompted.output
    assert "rita's long password" not in prompted.output
    listed = bodycam("user", "list", "--json")
    records = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["name"], r["role"], r["units"], r["disabled"]) for r in records] == [
        ("rita", "researcher", [], False),
        ("sam", "supervisor", ["east", "north"], False),
    ]
    assert all("password" not in key for r in records for key in r)

    changed = bodycam("user", "passwd", "sam", "--password-stdin", input="second long password\n")
    assert changed.output == "password of sam changed\n"
    store = Store(data_dir)
    assert not logins.authenticate(store, "sam", "first long password", "t").ok
    assert logins.authenticate(store, "sam", "second long password", "t").ok

    assert bodycam("user", "disable", "sam").exit_code == 0
    assert users.get(store, "sam").disabled
    table = bodycam("user", "list").output.splitlines()
    assert table[2].split() == ["sam", "supervisor", "east,", "north", "disabled"]
    actions = [r["action"] for r in store.query("SELECT action FROM audit_log WHERE actor = 'op'")]
    assert actions == ["user.add", "user.add", "user.passwd", "user.disable"]
    store.close()


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (
            ("user", "add", "x", "--role", "boss", "--password-stdin"),
            "long enough pass\n",
            "Invalid value for '--role'",
        ),
        (
            ("user", "add", "x", "--role", "admin", "--password-stdin"),
            "short\n",
            "Error: the password is too short: use at least 12 characters",
        ),
        (
            ("user", "passwd", "ghost", "--password-stdin"),
            "long enough pass\n",
            "Error: no user 'ghost': `bodycam user list` shows the accounts",
        ),
        (("user", "disable", "ghost"), None, "Error: no user 'ghost'"),
        # a bad name fails before the password is asked for
        (("user", "add", "bad name", "--role", "admin"), "", "Error: user name 'bad name'"),
    ],
)
def test_user_errors_are_one_line_messages(bodycam, args, stdin, message):
    result = bodycam(*args, input=stdin)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_adding_a_taken_name_fails_before_the_prompt(bodycam):
    bodycam("user", "add", "sam", "--role", "trainer", "--password-stdin", input="z" * 12 + "\n")
    result = bodycam("user", "add", "SAM", "--role", "admin")
    assert result.exit_code == 1
    assert result.output == "Error: user 'SAM' already exists: choose another name\n"


def test_audit_head_and_verify_with_anchor(bodycam, data_dir):
    bodycam("user", "add", "ada", "--role", "admin", "--password-stdin", input="x" * 12 + "\n")
    token = bodycam("audit", "head").output.strip()
    store = Store(data_dir)
    assert token == audit.head_token(store.conn) and token.startswith("1:")
    bodycam("user", "add", "bob", "--role", "trainer", "--password-stdin", input="y" * 12 + "\n")
    result = bodycam("audit", "verify", "--anchor", token)
    assert result.exit_code == 0
    assert result.output.endswith("anchor 1 holds\n")
    forged = "1:" + "0" * 64
    result = bodycam("audit", "verify", "--anchor", forged)
    assert result.exit_code == 1
    assert "audit entry 1: does not match the anchor" in result.output
    result = bodycam("audit", "verify", "--anchor", "yesterday")
    assert result.exit_code == 1
    assert "Error: --anchor: anchor 'yesterday' is not COUNT:HASH" in result.output
    plain = bodycam("audit", "verify")
    assert plain.output.startswith("audit log intact: 2 entries")
    store.close()
