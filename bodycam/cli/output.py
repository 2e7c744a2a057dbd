"""How commands print: JSON lines, durations, progress bars on a terminal."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import click

# Besides the C0/C1 controls (Unicode category Cc): characters that end a line or reorder
# what follows it on a terminal, so they too could make one record look like two.
_LAYOUT_CONTROLS = frozenset(
    "\u2028\u2029\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def emit_json(record: dict) -> None:
    click.echo(json.dumps(record, ensure_ascii=False, sort_keys=False))


def plain(value: object) -> str:
    """A value for a human-readable listing: control characters escaped (``\\n``,
    ``\\x1b``, ``\\u202e``), so a file, speaker or user name with a newline or a terminal
    escape cannot forge a row or rewrite the screen. None is shown as ``-``. JSON output
    keeps the text unchanged."""
    if value is None:
        return "-"
    text = str(value)
    if text.isprintable():
        return text
    return "".join(_escape(char) for char in text)


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    if unicodedata.category(char) == "Cc":
        return f"\\x{ord(char):02x}"
    if char in _LAYOUT_CONTROLS:
        return f"\\u{ord(char):04x}"
    return char


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = round(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def file_progress_factory(enabled: bool):
    """One progress bar per file on stderr, or None when stderr is not a terminal."""
    if not enabled:
        return None
    from tqdm import tqdm

    def factory(path: Path):
        bar = tqdm(
            total=1000,
            desc=path.name[:40],
            unit="‰",
            leave=False,
            file=sys.stderr,
            bar_format="{desc} {bar} {percentage:3.0f}%{postfix}",
        )
        done = {"n": 0}

        def update(fraction: float, message: str) -> None:
            target = int(fraction * 1000)
            if target > done["n"]:
                bar.update(target - done["n"])
                done["n"] = target
            bar.set_postfix_str(message, refresh=False)
            if fraction >= 1.0:
                bar.close()

        return update

    return factory
