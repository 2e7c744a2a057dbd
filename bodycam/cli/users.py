"""``bodycam user ...``: local accounts, for the operator (the CLI runs with admin rights and
names the OS login, or ``--user``, as the actor).
"""

from __future__ import annotations

import json
import sys

import click

from ..core.vocabulary import USER_ROLES
from .output import plain


def _users():
    # Imported when a command runs: the account model pulls in the database layer, which
    # `bodycam --help` must not load.
    from ..models import users

    return users


def read_password(from_stdin: bool) -> str:
    """One line from stdin (scripts), else a hidden prompt asked twice. Never an argument: those
    end up in shell history and in ``ps``."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@click.group("user")
def user() -> None:
    """Local accounts: add, set a password, disable, list."""


@user.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(USER_ROLES), help="What they may do.")
@click.option("--unit", "units", multiple=True, help="A unit they supervise (repeatable).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def add(obj, name: str, role: str, units: tuple[str, ...], password_stdin: bool) -> None:
    """Add a local account NAME."""
    _users().check_name(name)  # a bad or taken name fails before the password prompt
    if any(account.name.lower() == name.lower() for account in _users().list_users(obj.store)):
        raise click.ClickException(f"user {name!r} already exists: choose another name")
    password = _users().check_password(read_password(password_stdin))
    created = _users().add(obj.store, obj.user, name, role, units, password)
    scope = f" of {', '.join(created.units)}" if created.units else ""
    click.echo(f"added {created.name}: {created.role}{scope}")


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def passwd(obj, name: str, password_stdin: bool) -> None:
    """Set the password of NAME."""
    _users().get(obj.store, name)  # an unknown name fails before the prompt
    _users().set_password(obj.store, obj.user, name, read_password(password_stdin))
    click.echo(f"password of {name} changed")


@user.command("disable")
@click.argument("name")
@click.pass_obj
def disable(obj, name: str) -> None:
    """Disable NAME and end their sessions (accounts are never deleted: the log names them)."""
    _users().disable(obj.store, obj.user, name)
    click.echo(f"{name} disabled; their sessions are ended")


@user.command("enable")
@click.argument("name")
@click.pass_obj
def enable(obj, name: str) -> None:
    """Enable NAME again, so they may sign in."""
    _users().enable(obj.store, obj.user, name)
    click.echo(f"{name} enabled")


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per account.")
@click.pass_obj
def list_accounts(obj, as_json: bool) -> None:
    """List accounts with role, units and state."""
    accounts = _users().list_users(obj.store)
    if as_json:
        for account in accounts:
            click.echo(json.dumps(account.to_dict(), ensure_ascii=False))
        return
    if not accounts:
        click.echo("No accounts yet: bodycam user add NAME --role admin")
        return
    click.echo(f"{'name':<24} {'role':<11} {'units':<20} state")
    for account in accounts:
        state = "disabled" if account.disabled else "active"
        if account.sso:
            state += " (sso)"
        units = plain(", ".join(account.units) or "-")
        click.echo(f"{plain(account.name):<24} {account.role:<11} {units:<20} {state}")


COMMANDS = (user,)
