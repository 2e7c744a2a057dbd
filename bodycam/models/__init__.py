"""Data model and the one write path into the database."""

from ..core.errors import BodycamError, NotFound, StaleEdit
from .store import Change, Store, utc_now

__all__ = ["BodycamError", "Change", "NotFound", "StaleEdit", "Store", "utc_now"]
