"""What the review page does with the player's events: plain functions, so the logic is tested
without a browser (Streamlit's AppTest does not fire component callbacks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...annotate import corrections, tags
from ...core.errors import BodycamError, DatabaseBusy
from ...models.store import Store
from ...models.users import User
from ...research.assignments import visible_tags


@dataclass
class ReviewState:
    """Per-session state of one footage's review."""

    footage_id: int
    playhead: float = 0.0
    selected_tag_id: int | None = None
    open_intervals: dict[str, int] = field(default_factory=dict)  # code -> open tag id
    segment_code: str | None = None  # what "Tag this" on a transcript segment applies
    messages: list[tuple[str, str]] = field(default_factory=list)  # (level, text) to show


def handle_event(
    store: Store, state: ReviewState, event: dict[str, Any], user: str | User, lag: float
) -> None:
    """Apply one player event as ``user`` (the signed-in account: the service functions check
    its permissions). Domain errors, a refusal included, become messages and the event counts as
    handled. ``DatabaseBusy`` is the exception: it is raised (after a warning) so the player
    does not acknowledge the event and sends it again, instead of the mark being lost."""
    kind = event.get("type")
    try:
        if kind == "mark":
            _mark(store, state, event, user, lag)
        elif kind in ("seek", "pause"):
            state.playhead = float(event["t"])
        elif kind == "select_tag":
            state.selected_tag_id = int(event["tag_id"])
        elif kind == "tag_segment":
            if not state.segment_code:
                state.messages.append(("warning", "Choose the code for “Tag this” first."))
                return
            tag_id = tags.tag_segment(store, int(event["segment_id"]), state.segment_code, user)
            state.selected_tag_id = tag_id
        elif kind == "edit_segment":
            corrections.edit_text(store, int(event["segment_id"]), str(event["text"]), user)
            state.messages.append(("success", "Transcript correction saved."))
    except DatabaseBusy:
        what = "mark" if kind == "mark" else "change"
        state.messages.append(("warning", f"Database busy, the {what} will be retried."))
        raise
    except BodycamError as error:
        state.messages.append(("error", str(error)))


def _mark(
    store: Store, state: ReviewState, event: dict[str, Any], user: str | User, lag: float
) -> None:
    code = str(event["code"])
    phase = event.get("phase", "point")
    # The reaction lag is for keys pressed while the video plays; paused, the reviewer tags
    # the frame on screen. (An event without the flag is treated as playing.)
    if not event.get("playing", True):
        lag = 0.0
    playhead = float(event["t"])
    state.playhead = playhead
    if phase == "end":
        tag_id = state.open_intervals.pop(code, None)
        tag_id = tag_id or open_interval(store, state.footage_id, code, user)
        if tag_id is None:
            state.messages.append(("warning", f"No open “{code}” interval to end."))
            return
        tags.close_interval(store, tag_id, playhead, user, lag)
        state.selected_tag_id = tag_id
        return
    start = tags.lagged_time(playhead, lag)
    if phase == "start":
        previous = state.open_intervals.pop(code, None) or open_interval(
            store, state.footage_id, code, user
        )
        if previous is not None:  # a second start closes the first rather than orphaning it
            tags.close_interval(store, previous, playhead, user, lag)
        tag_id = tags.create_tag(store, state.footage_id, code, start, user, kind="interval")
        state.open_intervals[code] = tag_id
    else:
        tag_id = tags.create_tag(store, state.footage_id, code, start, user, kind="point")
    state.selected_tag_id = tag_id


def open_intervals(store: Store, footage_id: int, user: str | User) -> list[dict[str, Any]]:
    """The footage's intervals started and not yet ended that ``user`` may see, oldest first.
    They are read from the database, not the session: an interval opened before a reload (a
    new session) must still be closable, by its key or by the tags panel's controls. A blind
    coder's key never ends another coder's interval (``visible_tags``)."""
    return [
        t
        for t in visible_tags(store, user, footage_id)
        if t["kind"] == "interval" and t["end"] is None
    ]


def open_interval(store: Store, footage_id: int, code: str, user: str | User) -> int | None:
    """The id of the latest open interval of ``code`` on this footage, or None."""
    matching = [t["id"] for t in open_intervals(store, footage_id, user) if t["code"] == code]
    return matching[-1] if matching else None
