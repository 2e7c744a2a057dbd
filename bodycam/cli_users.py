"""``bodycam user ...``: local accounts, for the operator (the CLI runs with admin rights and
names the OS login, or ``--user``, as the actor).

Attach with ``cli.add_command(user)``; the commands expect the root group's context object
(``.store`` and ``.user``).
"""

from __future__ import annotations

import functools
import json
import sys

import click

from .core.errors import BodycamError
from .core.vocabulary import USER_ROLES
from .models import users


def domain_errors(command):
    """Domain errors become one-line ``Error: ...`` messages with exit code 1.

    The same rule as the root CLI's decorator; kept here so this module does not import the CLI
    package that imports it (merge note: use the CLI package's one once it is importable)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BodycamError as error:
            raise click.ClickException(str(error)) from error

    return wrapper


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
@domain_errors
def add(obj, name: str, role: str, units: tuple[str, ...], password_stdin: bool) -> None:
    """Add a local account NAME."""
    users.check_name(name)  # a bad or taken name fails before the password prompt
    if any(account.name.lower() == name.lower() for account in users.list_users(obj.store)):
        raise click.ClickException(f"user {name!r} already exists: choose another name")
    password = users.check_password(read_password(password_stdin))
    created = users.add(obj.store, obj.user, name, role, units, password)
    scope = f" of {', '.join(created.units)}" if created.units else ""
    click.echo(f"added {created.name}: {created.role}{scope}")


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
@domain_errors
def passwd(obj, name: str, password_stdin: bool) -> None:
    """Set the password of NAME."""
    users.get(obj.store, name)  # an unknown name fails before the prompt
    users.set_password(obj.store, obj.user, name, read_password(password_stdin))
    click.echo(f"password of {name} changed")


@user.command("disable")
@click.argument("name")
@click.pass_obj
@domain_errors
def disable(obj, name: str) -> None:
    """Disable NAME and end their sessions (accounts are never deleted: the log names them)."""
    users.disable(obj.store, obj.user, name)
    click.echo(f"{name} disabled; their sessions are ended")


@user.command("enable")
@click.argument("name")
@click.pass_obj
@domain_errors
def enable(obj, name: str) -> None:
    """Enable NAME again, so they may sign in."""
    users.enable(obj.store, obj.user, name)
    click.echo(f"{name} enabled")


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per account.")
@click.pass_obj
@domain_errors
def list_accounts(obj, as_json: bool) -> None:
    """List accounts with role, units and state."""
    accounts = users.list_users(obj.store)
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
        units = ", ".join(account.units) or "-"
        click.echo(f"{account.name:<24} {account.role:<11} {units:<20} {state}")
