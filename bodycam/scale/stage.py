"""The scale-out stage's registrations: `bodycam worker-setup` (the Dask options of
`bodycam process` live with that command)."""

from __future__ import annotations

from ..registry import register_cli

register_cli("bodycam.cli.scale")
