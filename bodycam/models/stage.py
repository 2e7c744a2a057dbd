"""Registers what belongs to the store itself rather than to a stage: `bodycam audit`."""

from ..registry import register_cli

register_cli("bodycam.cli.audit")
