"""Helpers the account tests share: a cheap password hasher and a clock the test moves."""

from __future__ import annotations

from argon2 import PasswordHasher

from bodycam.models import users


class CountingHasher(PasswordHasher):
    """argon2id at the lowest cost (tests make many hashes), counting password checks."""

    def __init__(self, **params):
        super().__init__(**{"time_cost": 1, "memory_cost": 8, "parallelism": 1, **params})
        self.checks = 0

    def verify(self, hash, password):
        self.checks += 1
        return super().verify(hash, password)


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def cheap_hasher():
    """Install a CountingHasher for one test; yields it and puts the real one back."""
    hasher = CountingHasher()
    previous = users.use_hasher(hasher)
    try:
        yield hasher
    finally:
        users.use_hasher(previous)


def admin_cli():
    """A root group like `bodycam`'s with the account and admin commands attached, as the lead
    will attach them (cli.add_command(...))."""
    import click

    from bodycam.cli import Context
    from bodycam.cli_admin import audit_head, audit_verify, backup_command, restore_command
    from bodycam.cli_users import user

    @click.group()
    @click.option("--data-dir")
    @click.option("--user", "actor")
    @click.pass_context
    def root(ctx, data_dir, actor):
        ctx.obj = Context(data_dir, actor)

    @root.group()
    def audit():
        pass

    audit.add_command(audit_head)
    audit.add_command(audit_verify)
    root.add_command(user)
    root.add_command(backup_command)
    root.add_command(restore_command)
    return root
