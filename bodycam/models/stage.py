"""Registers what belongs to the store itself rather than to a stage: `bodycam
audit`, `bodycam user`, `bodycam backup` and `bodycam restore`."""

from ..registry import register_cli

register_cli("bodycam.cli.audit")
register_cli("bodycam.cli.users")
register_cli("bodycam.cli.backup")
