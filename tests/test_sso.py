"""Single sign-on role mapping, without an identity provider: user info dicts as OIDC gives them."""

from __future__ import annotations

import pytest
from accounts_support import cheap_hasher

from bodycam.core.errors import InvalidInput
from bodycam.models import sso, users
from bodycam.models.sso import RoleGrant, SsoConfigError, load_config, map_user, parse_config

CONFIG = """
rules:
  - email: Chief@PD.example
    role: admin
  - group: bwc-supervisors-north
    role: supervisor
    units: [north]
  - group: bwc-trainers
    role: trainer
  - domain: research.example.edu
    role: researcher
  - domain: pd.example
    role: trainer
"""


@pytest.fixture
def config():
    return parse_config(CONFIG, "sso.yaml")


def info(email, verified=True, groups=()):
    return {"email": email, "email_verified": verified, "groups": list(groups)}


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # exact e-mail, case-insensitively, beats the domain rule below it
        (info("chief@pd.example"), RoleGrant("admin", (), 0)),
        # first match wins: the group rule comes before the domain rule
        (
            info("sam@pd.example", groups=["bwc-supervisors-north"]),
            RoleGrant("supervisor", ("north",), 1),
        ),
        (info("tina@pd.example"), RoleGrant("trainer", (), 4)),
        (info("rita@research.example.edu"), RoleGrant("researcher", (), 3)),
        # a domain matches exactly, not as a suffix
        (info("eve@evil.pd.example"), None),
        (info("eve@pd.example.evil.com"), None),
        # an unverified address matches no e-mail or domain rule, only groups
        (info("chief@pd.example", verified=False), None),
        (
            info("x@elsewhere.org", verified=False, groups=["bwc-trainers"]),
            RoleGrant("trainer", (), 2),
        ),
        # default deny
        (info("someone@gmail.com"), None),
        ({}, None),
        ({"email": "not-an-address", "email_verified": True}, None),
    ],
)
def test_mapping(config, claims, expected):
    assert map_user(claims, config) == expected


def test_groups_claim_is_configurable():
    config = parse_config("groups_claim: roles\nrules:\n  - {group: ops, role: admin}\n")
    assert map_user({"roles": "ops"}, config) == RoleGrant("admin", (), 0)
    assert map_user({"groups": ["ops"]}, config) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules: [", r"sso.yaml: YAML: "),
        ("- a\n- b\n", r"sso.yaml: top level: must be a mapping with a 'rules' list"),
        ("rule: []\n", r"sso.yaml: rule: unknown key: use rules and groups_claim"),
        ("rules: []\n", r"sso.yaml: rules: must be a non-empty list"),
        ("rules: [admin]\n", r"sso.yaml: rules\[0\]: each rule is a mapping"),
        (
            "rules:\n  - {email: a@b.org, domain: b.org, role: admin}\n",
            r"sso.yaml: rules\[0\]: give exactly one of email, domain or group",
        ),
        (
            "rules:\n  - {group: g, role: admin}\n  - {group: h, role: boss}\n",
            r"sso.yaml: rules\[1\].role: 'boss' is not a role",
        ),
        (
            "rules:\n  - {group: g, role: supervisor}\n",
            r"sso.yaml: rules\[0\].units: a supervisor sees only their units",
        ),
        (
            "rules:\n  - {email: nobody, role: admin}\n",
            r"sso.yaml: rules\[0\].email: 'nobody' is not an e-mail address",
        ),
        (
            "rules:\n  - {domain: '@pd.example', role: admin}\n",
            r"sso.yaml: rules\[0\].domain: '@pd.example': give the part after the @ only",
        ),
        (
            "rules:\n  - {group: g, role: trainer, unit: [x]}\n",
            r"sso.yaml: rules\[0\].unit: unknown key",
        ),
        (
            "rules:\n  - {group: g, role: supervisor, units: [1]}\n",
            r"sso.yaml: rules\[0\].units: must be a list of unit names",
        ),
    ],
)
def test_invalid_config_names_file_and_field(text, message):
    with pytest.raises(SsoConfigError, match=message):
        parse_config(text, "sso.yaml")


def test_load_config_from_file(tmp_path):
    path = tmp_path / "sso.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    assert len(load_config(path).rules) == 5
    with pytest.raises(SsoConfigError, match=r"missing.yaml: file: cannot be read"):
        load_config(tmp_path / "missing.yaml")


cheap = pytest.fixture(cheap_hasher)


def test_provision_creates_then_follows_the_mapping(store, config, cheap):
    sam = sso.provision(store, info("Sam@PD.example", groups=["bwc-supervisors-north"]), config)
    assert (sam.name, sam.role, sam.units, sam.sso) == (
        "sam@pd.example",
        "supervisor",
        ("north",),
        True,
    )
    assert users.stored_hash(store, sam.id) is None  # no local password to guess
    again = sso.provision(store, info("sam@pd.example"), config)  # left the group
    assert (again.id, again.role, again.units) == (sam.id, "trainer", ())
    actions = [r["action"] for r in store.query("SELECT action FROM audit_log ORDER BY id")]
    assert actions == ["user.sso_add", "user.role"]
    assert sso.provision(store, info("someone@gmail.com"), config) is None
    users.disable(store, "ada", "sam@pd.example")
    assert sso.provision(store, info("sam@pd.example"), config) is None


def test_provision_never_takes_over_a_local_account(store, config, cheap):
    users.add(store, "ada", "chief@pd.example", "trainer", (), "a long local password")
    with pytest.raises(InvalidInput, match="is a local account"):
        sso.provision(store, info("chief@pd.example"), config)
