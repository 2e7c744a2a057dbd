"""How commands print: JSON lines, durations, progress bars on a terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


def emit_json(record: dict) -> None:
    click.echo(json.dumps(record, ensure_ascii=False, sort_keys=False))


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
