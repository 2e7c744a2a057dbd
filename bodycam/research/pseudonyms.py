"""Stable pseudonyms and coarsened times for de-identified exports (issue #13 §5).

A pseudonym is ``PREFIX-`` and the first 10 hex digits of HMAC-SHA256(key, kind + ":" + value):
the same person or record gets the same pseudonym in every export made with the same key, and
nobody without the key can go back from pseudonym to value (or test a guessed name). The key is
32 random bytes in ``<data dir>/research.key``, created 0600 on first use; rotating it is
described in docs/RESEARCH.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from ..models.filemodes import PRIVATE_FILE

KEY_FILE = "research.key"
KEY_BYTES = 32
PREFIXES = {
    "footage": "F",
    "incident": "I",
    "officer": "O",
    "coder": "C",
    "speaker": "S",
}
#: Local hours counted as day (06:00 to 17:59); everything else is night.
DAY_HOURS = range(6, 18)


def load_key(root: Path) -> bytes:
    """The data directory's pseudonym key, created (0600, never looser) when missing."""
    path = Path(root) / KEY_FILE
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        key = path.read_bytes()
        if len(key) != KEY_BYTES:
            raise ValueError(
                f"{path}: the pseudonym key must be {KEY_BYTES} bytes, found {len(key)}. Fix: "
                f"restore it from a backup, or move it away to start a new key (pseudonyms change)."
            ) from None
        return key
    key = secrets.token_bytes(KEY_BYTES)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key


class Pseudonymizer:
    """Maps identifiers to pseudonyms with one key. ``enabled=False`` (an identified export by
    an admin) passes values through as text."""

    def __init__(self, key: bytes, enabled: bool = True):
        self._key = key
        self.enabled = enabled
        self._known: dict[tuple[str, object], str] = {}  # a coder is named on 100,000 rows

    def __call__(self, kind: str, value: object) -> str | None:
        if value is None or value == "":
            return None
        if not self.enabled:
            return str(value)
        found = self._known.get((kind, value))
        if found is None:
            digest = hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
            found = self._known[(kind, value)] = f"{PREFIXES[kind]}-{digest[:10]}"
        return found


def speaker_key(speaker: dict) -> str:
    """What a speaker's pseudonym is made from: their name if named (the same person gets the
    same S-... on every footage), else their row id."""
    return f"name:{speaker['name']}" if speaker.get("name") else f"id:{speaker['id']}"


def _parse(timestamp: str | None) -> dt.datetime | None:
    if not timestamp:
        return None
    try:
        return dt.datetime.fromisoformat(str(timestamp).replace("Z", "+00:00"))
    except ValueError:
        return None


def month(timestamp: str | None) -> str | None:
    "``2024-05-01T22:10:00Z`` -> ``2024-05``; None when unknown or unreadable."
    text = str(timestamp or "")
    if len(text) >= 8 and text[4] == "-" and text[:4].isdigit() and text[5:7].isdigit():
        return text[:7]  # ISO 8601 already: no need to parse 100,000 tag times
    parsed = _parse(timestamp)
    return None if parsed is None else f"{parsed.year:04d}-{parsed.month:02d}"


def day_or_night(timestamp: str | None) -> str | None:
    "``day`` for 06:00-17:59 by the recording's own clock, ``night`` otherwise."
    parsed = _parse(timestamp)
    if parsed is None:
        return None
    return "day" if parsed.hour in DAY_HOURS else "night"
