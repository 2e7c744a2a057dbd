"""How times and people are shown in the app."""

from __future__ import annotations

import math

SPEAKER_COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#17becf",
    "#bcbd22",
    "#e377c2",
    "#7f7f7f",
)


def clock(seconds: float | None) -> str:
    """``1:02:03.4`` or ``2:03.4``: tenths, because tags are placed to a tenth of a second."""
    if seconds is None:
        return "-"
    # Half up, as the player's clockText does with the same float arithmetic (Python's round()
    # goes half to even and would disagree with the browser on 0.25 s).
    tenths = math.floor(max(seconds, 0.0) * 10 + 0.5)
    hours, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    secs, tenth = divmod(rest, 10)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}.{tenth}"
    return f"{minutes}:{secs:02d}.{tenth}"


def speaker_color(index: int) -> str:
    return SPEAKER_COLORS[index % len(SPEAKER_COLORS)]
