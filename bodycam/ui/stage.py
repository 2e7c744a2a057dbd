"""Registers the commands that start the app: `bodycam serve` and `bodycam demo`. The pages
themselves are registered by the stages they present."""

from ..registry import register_cli

register_cli("bodycam.cli.serve")
