"""The progress callback every stage takes at call time (pyannote's ``hook`` idea): one
mechanism feeds a CLI progress bar, a job's heartbeat and a Streamlit ``st.progress``."""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(fraction, message)``: fraction in [0, 1] of the stage done, and what it is doing.
Progress = Callable[[float, str], None]


def no_progress(fraction: float, message: str) -> None:
    """A progress callback that reports nowhere."""


def scaled(progress: Progress | None, start: float, end: float) -> Progress:
    """Return a callback that maps a sub-stage's [0, 1] onto [start, end] of ``progress``."""
    if progress is None:
        return no_progress
    span = end - start
    return lambda fraction, message: progress(start + span * fraction, message)
