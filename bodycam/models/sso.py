"""Single sign-on: from the identity provider's user info to a role and units.

Where an agency configures OpenID Connect in Streamlit's secrets, ``st.login`` signs the person
in and ``st.user`` holds the provider's claims (``email``, ``email_verified``, and often
``groups``). Which role that person gets is decided here, by a YAML file the agency keeps:

.. code-block:: yaml

    groups_claim: groups          # the claim holding group names (default "groups")
    rules:                        # first match wins; no match: no access
      - email: chief@pd.example
        role: admin
      - group: bwc-supervisors-north
        role: supervisor
        units: [north]
      - domain: research.example.edu
        role: researcher

A rule matches on exactly one of ``email`` (the whole address), ``domain`` (the part after the
``@``, exactly: ``pd.example`` does not match ``x.pd.example``) or ``group``. E-mail and domain
rules only match an address the provider says it verified.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..core.errors import BodycamError, InvalidInput, NotFound
from ..core.vocabulary import USER_ROLES
from . import users
from .store import Store
from .users import User

MATCHERS = ("email", "domain", "group")
RULE_KEYS = {*MATCHERS, "role", "units"}


class SsoConfigError(BodycamError):
    "The single sign-on role mapping file is not valid"


@dataclass(frozen=True)
class Rule:
    matcher: str
    value: str
    role: str
    units: tuple[str, ...] = ()


@dataclass(frozen=True)
class SsoConfig:
    rules: tuple[Rule, ...]
    groups_claim: str = "groups"


@dataclass(frozen=True)
class RoleGrant:
    """The outcome of a match: the role and units to give, and which rule gave them."""

    role: str
    units: tuple[str, ...]
    rule: int


def _fail(path: Path | str, where: str, problem: str) -> SsoConfigError:
    return SsoConfigError(f"{path}: {where}: {problem}")


def _rule(path: Path | str, index: int, raw: Any) -> Rule:
    where = f"rules[{index}]"
    if not isinstance(raw, Mapping):
        raise _fail(path, where, "each rule is a mapping such as {email: a@b.org, role: admin}")
    unknown = sorted(set(raw) - RULE_KEYS)
    if unknown:
        known = ", ".join(sorted(RULE_KEYS))
        raise _fail(path, f"{where}.{unknown[0]}", f"unknown key: use {known}")
    matchers = [key for key in MATCHERS if key in raw]
    if len(matchers) != 1:
        raise _fail(path, where, "give exactly one of email, domain or group")
    matcher = matchers[0]
    value = raw[matcher]
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, f"{where}.{matcher}", "must be a non-empty text")
    value = value.strip().lower() if matcher != "group" else value.strip()
    if matcher == "email" and value.count("@") != 1:
        raise _fail(path, f"{where}.email", f"{value!r} is not an e-mail address")
    if matcher == "domain" and "@" in value:
        raise _fail(path, f"{where}.domain", f"{value!r}: give the part after the @ only")
    role = raw.get("role")
    if role not in USER_ROLES:
        raise _fail(path, f"{where}.role", f"{role!r} is not a role: use one of {USER_ROLES}")
    units = raw.get("units", [])
    if isinstance(units, str):
        units = [units]
    if not isinstance(units, list) or not all(isinstance(u, str) and u.strip() for u in units):
        raise _fail(path, f"{where}.units", "must be a list of unit names, e.g. [north, east]")
    if role == "supervisor" and not units:
        raise _fail(path, f"{where}.units", "a supervisor sees only their units: list them")
    return Rule(matcher, value, role, tuple(sorted({u.strip() for u in units})))


def parse_config(text: str, path: Path | str = "<sso config>") -> SsoConfig:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise _fail(path, "YAML", str(error).replace("\n", " ")) from error
    if not isinstance(raw, Mapping):
        raise _fail(path, "top level", "must be a mapping with a 'rules' list")
    unknown = sorted(set(raw) - {"rules", "groups_claim"})
    if unknown:
        raise _fail(path, unknown[0], "unknown key: use rules and groups_claim")
    rules = raw.get("rules")
    if not isinstance(rules, list) or not rules:
        raise _fail(path, "rules", "must be a non-empty list of rules")
    claim = raw.get("groups_claim", "groups")
    if not isinstance(claim, str) or not claim:
        raise _fail(path, "groups_claim", "must be the name of a claim, e.g. groups")
    return SsoConfig(tuple(_rule(path, i, r) for i, r in enumerate(rules)), claim)


def load_config(path: Path | str) -> SsoConfig:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise _fail(path, "file", f"cannot be read ({error.strerror})") from error
    return parse_config(text, path)


def _groups(info: Mapping[str, Any], claim: str) -> set[str]:
    groups = info.get(claim) or []
    if isinstance(groups, str):
        groups = [groups]
    return {g for g in groups if isinstance(g, str)}


def map_user(info: Mapping[str, Any], config: SsoConfig) -> RoleGrant | None:
    """The role for this user info by the first rule that matches, or None: no access."""
    email = info.get("email")
    email = email.strip().lower() if isinstance(email, str) and email.count("@") == 1 else None
    # An address the provider did not verify could be anyone's: only group rules may match it.
    if info.get("email_verified") is not True:
        email = None
    groups = _groups(info, config.groups_claim)
    for index, rule in enumerate(config.rules):
        if (
            (rule.matcher == "email" and email == rule.value)
            or (rule.matcher == "domain" and email and email.split("@")[1] == rule.value)
            or (rule.matcher == "group" and rule.value in groups)
        ):
            return RoleGrant(rule.role, rule.units, index)
    return None


def provision(store: Store, info: Mapping[str, Any], config: SsoConfig) -> User | None:
    """The local user for a signed-in SSO identity: created on first sign-in, its role and units
    brought in line with the mapping on each one. None when no rule grants access or the
    account was disabled here."""
    mapping = map_user(info, config)
    email = info.get("email")
    if mapping is None or not isinstance(email, str):
        return None
    name = email.strip().lower()
    try:
        existing = users.get(store, name)
    except NotFound:
        with store.change(name, "user.sso_add") as change:
            return users.insert_user(change, name, mapping.role, mapping.units, sso=True)
    if existing.disabled:
        return None
    if not existing.sso:
        raise InvalidInput(
            f"{name} is a local account: single sign-on cannot take it over; an admin must "
            "rename or disable the local account first"
        )
    if (existing.role, existing.units) != (mapping.role, mapping.units):
        return users.set_role(store, name, name, mapping.role, mapping.units)
    return existing
