"""Data model and the one write path into the database.

The names below load on first use, so importing a light module of this package (``settings``,
for the CLI's options) does not load sqlite-utils and what it pulls in (pandas when installed):
that keeps ``bodycam --help`` fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..core.errors import BodycamError, NotFound, StaleEdit

if TYPE_CHECKING:
    from .store import Change, Store, utc_now

__all__ = ["BodycamError", "Change", "NotFound", "StaleEdit", "Store", "utc_now"]
_FROM_STORE = {"Change", "Store", "utc_now"}


def __getattr__(name: str):
    if name in _FROM_STORE:
        return getattr(importlib.import_module(".store", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
