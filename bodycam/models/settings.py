"""Where the data lives and who is acting: resolved once, passed to every stage.

Two environment variables with fallbacks, so plain code rather than a pydantic model: every CLI
command imports this module, and pydantic would add its import (tens of ms, ~13 MB) to each.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

DATA_ENV = "BODYCAM_DATA"
USER_ENV = "BODYCAM_USER"
DEFAULT_DATA_DIR = Path("data")


def default_actor() -> str:
    """The person the audit log names when none was given: $BODYCAM_USER, else the OS login."""
    return os.environ.get(USER_ENV) or getpass.getuser()


def resolve_data_dir(value: str | os.PathLike | None = None) -> Path:
    """The data directory: the explicit value, else $BODYCAM_DATA, else ./data."""
    chosen = value or os.environ.get(DATA_ENV) or DEFAULT_DATA_DIR
    return Path(chosen).expanduser().resolve()


@dataclass(frozen=True)
class Layout:
    """The fixed layout of a data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "bodycam.db"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def originals(self) -> Path:
        return self.media / "originals"

    @property
    def derived(self) -> Path:
        return self.media / "derived"

    @property
    def staging(self) -> Path:
        # Inside media/ so that the final rename never crosses a filesystem boundary.
        return self.media / "staging"

    @property
    def uploads(self) -> Path:
        return self.root / "uploads"

    @property
    def secret_key(self) -> Path:
        return self.root / "secret.key"

    @property
    def audit_signatures(self) -> Path:
        """Signed audit heads appended by `bodycam audit sign` (models/audit_signing.py)."""
        return self.root / "audit-signatures.jsonl"

    def original_path(self, sha256: str, suffix: str) -> Path:
        return self.originals / sha256[:2] / f"{sha256}{suffix.lower()}"

    def derived_dir(self, footage_id: int) -> Path:
        return self.derived / str(footage_id)

    def absolute(self, relative: str) -> Path:
        return self.root / relative
