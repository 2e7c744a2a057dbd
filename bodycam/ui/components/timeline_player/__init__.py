"""Timeline player: the review page's video, canvas timeline and transcript in one component.

The browser side (``player.html``, ``player.css`` and the scripts in ``JS_PARTS``) is a
Streamlit components-v2 component: no iframe and no build step. The scripts are split by job
and joined in a fixed order when the component is declared (:func:`player_js`), into one script
with one default export. Python reaches it only through ``data``, which also carries the shared
vocabulary (polarities, reserved keys, the key rule) so the browser defines none of its own; the
browser answers with events (marks, seeks, pauses, tag selections, transcript edits) and the
playhead.

Events travel as a batch that carries every event Python has not acknowledged yet, each with a
sequence number: Streamlit keeps only the newest trigger value when reruns coalesce, so a
single-event trigger would lose a mark pressed while the script was still running. The wrapper
drops sequence numbers it has already handled and tells the browser how far it got (``ack``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import streamlit as st

from bodycam.annotate.tags import DEFAULT_LAG  # one reaction-lag default for page and player
from bodycam.core.errors import DatabaseBusy
from bodycam.core.vocabulary import CODE_KINDS, POLARITIES, RESERVED_KEYS, normalize_key

logger = logging.getLogger(__name__)

COMPONENT_NAME = "bodycam_timeline_player"
EVENT_TYPES = ("mark", "seek", "pause", "select_tag", "tag_segment", "edit_segment")
# Sections the browser re-indexes only when their version changes.
VERSIONED_SECTIONS = (
    "speakers",
    "turns",
    "tags",
    "segments",
    "reassigned",
    "envelope",
    "filmstrip",
    "keymap",
    "tension",
)
DEFAULT_LOW_CONFIDENCE = 0.5
#: The speed menu's choices (player.html lists the same; a test checks).
PLAYBACK_SPEEDS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)

_ASSET_DIR = Path(__file__).parent
# Joined in this order: core defines the helpers and the Instance class the others extend
# (Object.assign on its prototype), main holds the one default export.
JS_PARTS = (
    "core.js",  # constants, helpers, Instance: state, data updates, indexing, DOM wiring
    "playback.js",  # play/pause, seeks, speed, the animation loop
    "outbox.js",  # events to Python, acks and re-sends, marks
    "timeline.js",  # the canvas: view, drawing, pointer input, legend
    "tension.js",  # the tension lane: the suggestions' escalation curve, click to seek
    "transcript.js",  # the transcript pane and inline correction
    "reassigned.js",  # speaker reassignments in the speaker lanes
    "keys.js",  # keyboard: playback keys and the codebook's bindings
    "main.js",  # the component's default export
)
#: The key rule as the browser applies it: ``normalize_key`` lower-cases (see the tests).
KEY_CASE = "lower"
#: What each playback key does, for the player's ``?`` overlay: every key in RESERVED_KEYS is
#: described here (a test checks), so the overlay lists every key the player takes.
PLAYBACK_KEY_HELP = (
    ((" ", "k"), "play / pause (a click on the video does too)"),
    (("ArrowLeft", "j"), "back 5 s"),
    (("ArrowRight", "l"), "forward 5 s"),
    ((",", "."), "previous / next frame (pauses)"),
    (("<", ">"), "slower / faster"),
    (("+", "="), "zoom the timeline in"),
    (("-", "_"), "zoom the timeline out"),
    (("ArrowUp", "ArrowDown"), "volume up / down"),
    (("[", "]"), "select the previous / next tag (seeks to it once)"),
    (("?",), "show or hide this list"),
)


class ReservedKeyError(ValueError):
    """A keymap entry binds a key the player uses for playback control."""


class InvalidKeymapError(ValueError):
    """A keymap entry is not a single key bound to a code, kind and polarity."""


@dataclass
class EventInbox:
    """What one player instance has delivered to Python so far.

    Attributes:
        session: Id of the browser-side event sequence; a new one restarts the count.
        last_seq: Highest sequence number already handled.
        received: Events handled by the callback this run, handed to the script body.
    """

    session: str | None = None
    last_seq: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)
    #: True while a script thread stores a batch. With ``runner.fastReruns`` (Streamlit's
    #: default) a rerun starts a new script thread without waiting for the stopped one, so two
    #: threads of one session could dispatch the same batch at once and both store an event
    #: not yet marked handled (20 sessions tagging at once stored duplicates). The second
    #: thread stores nothing instead: the first one's ack covers the batch, and what it did
    #: not store the browser sends again.
    busy: bool = field(default=False, repr=False, compare=False)
    #: Guards only the check-and-set of ``busy``, never the callback: a lock held across
    #: the callback deadlocked against Streamlit's own session-state lock.
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def accept(self, batch: Any) -> list[dict[str, Any]]:
        """Take the events of a browser batch that were not handled before, without marking
        them handled: :func:`dispatch` advances ``last_seq`` one event at a time, once the
        event is stored, so the acknowledgement never runs ahead of the database.

        Args:
            batch: The ``events`` trigger value, ``{"session": str, "events": [...]}``, or None.

        Returns:
            The new events in sequence order, each with its ``seq``.
        """
        if not isinstance(batch, Mapping):
            return []
        session = batch.get("session")
        if session != self.session:
            self.session = session
            self.last_seq = 0
        fresh = []
        for event in batch.get("events") or []:
            if not isinstance(event, Mapping):
                continue
            seq = event.get("seq")
            if not isinstance(seq, int) or seq <= self.last_seq:
                continue
            fresh.append(dict(event))
        fresh.sort(key=lambda e: e["seq"])
        return fresh

    def handled(self, seq: int) -> None:
        """Record that the event ``seq`` is done: the next ``ack`` tells the browser."""
        self.last_seq = max(self.last_seq, seq)

    @property
    def ack(self) -> dict[str, Any]:
        """How far Python got, for the browser to drop acknowledged events."""
        return {"session": self.session, "seq": self.last_seq}


def dispatch(
    inbox: EventInbox,
    batch: Any,
    on_event: Callable[[dict[str, Any]], None] | None,
) -> list[dict[str, Any]]:
    """Hand each new event of ``batch`` to ``on_event`` in order; return those handled,
    without their ``seq``.

    An event is acknowledged only after ``on_event`` returns normally. At the first failure
    dispatch stops: that event and the later ones stay unacknowledged and the browser's outbox
    sends them again, so a mark is never lost (the optimistic tag stays on screen meanwhile).
    ``DatabaseBusy`` (the database locked past the busy timeout) is expected and waited out
    that way; any other exception still propagates after the stop.
    """
    with inbox.lock:
        if inbox.busy:
            return []
        inbox.busy = True
    handled = []
    try:
        for event in inbox.accept(batch):
            seq = event.pop("seq")
            if on_event is not None:
                try:
                    on_event(event)
                except DatabaseBusy as error:
                    logger.warning(
                        "timeline_player: event %d not stored, to be re-sent: %s", seq, error
                    )
                    break
            inbox.handled(seq)
            handled.append(event)
    finally:
        inbox.busy = False
    return handled


@dataclass
class TimelinePlayerResult:
    """What the player reported during this script run.

    Attributes:
        playhead: Last playhead (seconds) the browser reported on a pause or seek, or None.
        events: Events received this run, in the order the user made them.
        view: ``{"speed", "zoom"}`` the browser last reported (zoom: the footage's duration
            over the span shown), or None.
    """

    playhead: float | None
    events: list[dict[str, Any]]
    view: dict[str, Any] | None = None


def new_seek(t: float) -> dict[str, Any]:
    """Return a seek request for ``data["seek"]``; the browser applies each token once."""
    return {"token": uuid.uuid4().hex, "t": float(t)}


def validate_keymap(keymap: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Check a keymap and return it with lower-case keys.

    Args:
        keymap: ``{"1": {"code", "label", "kind", "polarity"}, ...}``.

    Returns:
        The keymap with keys lower-cased.

    Raises:
        ReservedKeyError: A key is one the player uses for playback control.
        InvalidKeymapError: A key is not a single character, is bound twice, or its entry lacks
            a code or has an unknown kind or polarity.
    """
    checked: dict[str, dict[str, Any]] = {}
    for raw_key, binding in keymap.items():
        key = normalize_key(str(raw_key))
        if len(key) != 1:
            raise InvalidKeymapError(f"Keymap key {raw_key!r} must be a single character.")
        if key in RESERVED_KEYS:
            raise ReservedKeyError(
                f"Key {raw_key!r} controls playback; bind the code to another key."
            )
        if key in checked:
            raise InvalidKeymapError(f"Key {raw_key!r} is bound twice (keys ignore case).")
        if not binding.get("code"):
            raise InvalidKeymapError(f"Keymap key {raw_key!r} has no code.")
        kind = binding.get("kind", "point")
        if kind not in CODE_KINDS:
            raise InvalidKeymapError(
                f"Keymap key {raw_key!r} has kind {kind!r}; use one of {CODE_KINDS}."
            )
        polarity = binding.get("polarity", "context")
        if polarity not in POLARITIES:
            raise InvalidKeymapError(
                f"Keymap key {raw_key!r} has polarity {polarity!r}; use one of {POLARITIES}."
            )
        checked[key] = {**binding, "kind": kind, "polarity": polarity}
    return checked


def vocabulary() -> dict[str, Any]:
    """The shared terms the browser needs, from ``core.vocabulary``."""
    return {
        "polarities": list(POLARITIES),
        "reserved_keys": sorted(RESERVED_KEYS),
        "key_case": KEY_CASE,
        "key_help": [[list(keys), text] for keys, text in PLAYBACK_KEY_HELP],
    }


def player_js() -> str:
    """The browser script: ``JS_PARTS`` joined in order, each under a banner naming its file."""
    return "\n".join(
        f"// ---- {name}\n" + (_ASSET_DIR / name).read_text(encoding="utf-8") for name in JS_PARTS
    )


def section_version(value: Any) -> str:
    """Return a short content hash of one data section."""
    return _section_text(value)[1]


class _UnchangingList(list):
    pass


class _UnchangingDict(dict):
    pass


def unchanging(value: list | dict) -> list | dict:
    """Mark a section the caller will never change once handed over (a cached value: the
    transcript's segments, the envelope). The player then serialises it once, not on every
    rerun: for a two-hour footage that was a third of a rerun's time."""
    return _UnchangingDict(value) if isinstance(value, dict) else _UnchangingList(value)


# (value, JSON text, version) by id(value) for sections marked ``unchanging``. The value is
# kept, so its id is not reused while the entry lives.
_SECTION_TEXTS: dict[int, tuple[Any, str, str]] = {}
_SECTION_TEXTS_MAX = 16  # a two-hour transcript is ~1 MB of text


def _section_text(value: Any) -> tuple[str, str]:
    """The JSON text of one data section and its version (a short hash of the text)."""
    cached = _SECTION_TEXTS.get(id(value))
    if cached is not None and cached[0] is value:
        return cached[1], cached[2]
    text = json.dumps(value, separators=(",", ":"), default=str)
    version = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
    if isinstance(value, (_UnchangingList, _UnchangingDict)):
        if len(_SECTION_TEXTS) >= _SECTION_TEXTS_MAX:
            _SECTION_TEXTS.clear()
        _SECTION_TEXTS[id(value)] = (value, text, version)
    return text, version


def build_payload(
    data: Mapping[str, Any],
    *,
    key: str,
    inbox: EventInbox,
    held: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the ``data`` sent to the browser: the caller's data plus bookkeeping.

    Args:
        data: The player data described in :func:`timeline_player`.
        key: The component key; the browser keeps per-key state (applied seeks) under it.
        inbox: This instance's inbox, whose ``ack`` tells the browser what Python handled.
        held: ``{section: version}`` the browser reported it holds: a section at that version
            is sent as None (the browser keeps its copy), not as its text again. A key press
            then sends the tags, not the 20,000 words of a two-hour transcript.

    Returns:
        A JSON-serialisable dict.

    Raises:
        ValueError: ``video_url`` is missing or ``duration`` is negative.
        ReservedKeyError: See :func:`validate_keymap`.
        InvalidKeymapError: See :func:`validate_keymap`.
    """
    if not data.get("video_url"):
        raise ValueError("timeline_player data needs a video_url.")
    duration = float(data.get("duration") or 0.0)
    if duration < 0:
        raise ValueError(f"duration must be >= 0 seconds, got {duration}.")
    sections = {
        "filmstrip": data.get("filmstrip"),
        "envelope": data.get("envelope"),
        "tension": data.get("tension"),
        "speakers": data.get("speakers") or [],
        "turns": data.get("turns") or [],
        "tags": data.get("tags") or [],
        "segments": data.get("segments") or [],
        "reassigned": data.get("reassigned") or [],
        "keymap": validate_keymap(data.get("keymap") or {}),
    }
    texts = {name: _section_text(sections[name]) for name in VERSIONED_SECTIONS}
    payload = {
        "video_url": data["video_url"],
        "duration": duration,
        "fps": float(data.get("fps") or 25.0),
        "poster_url": data.get("poster_url"),
        # Each section as JSON text: the browser parses one only when its version changed,
        # and Streamlit (which serialises the payload twice a run) copies text, not the
        # structure of 20,000 words.
        "sections": {
            name: None if (held or {}).get(name) == version else text
            for name, (text, version) in texts.items()
        },
        "versions": {name: version for name, (_, version) in texts.items()},
        "lag": float(data.get("lag", DEFAULT_LAG)),
        "low_confidence": float(data.get("low_confidence", DEFAULT_LOW_CONFIDENCE)),
        "seek": data.get("seek"),
        # {speed, zoom} to apply when the player is built or Python's copy changes (a link).
        "view": data.get("view"),
        "selected_tag_id": data.get("selected_tag_id"),
        # "pending" (not transcribed yet), "no_speech" (transcribed, no words) or "ready".
        "transcript_status": data.get("transcript_status", "ready"),
        # The page's URL follows the settled playhead (?t=): for the Review page, not a harness.
        "keep_in_url": bool(data.get("keep_in_url", False)),
        "vocabulary": vocabulary(),
        "instance_key": key,
        "ack": inbox.ack,
    }
    return payload


@functools.cache
def _component() -> Callable[..., Any]:
    return st.components.v2.component(
        COMPONENT_NAME,
        html=(_ASSET_DIR / "player.html").read_text(encoding="utf-8"),
        css=(_ASSET_DIR / "player.css").read_text(encoding="utf-8"),
        js=player_js(),
    )


def _ignore() -> None:
    """Registering a callback is what makes Streamlit surface the value."""


def _inbox(key: str) -> EventInbox:
    return st.session_state.setdefault(f"_timeline_player_inbox_{key}", EventInbox())


def player_ack(key: str) -> dict[str, Any]:
    """How far Python got with the events of the player ``key`` (its ``EventInbox.ack``), for
    a view that shows marks before they are stored (the Review page's tag list)."""
    return _inbox(key).ack


def timeline_player(
    *,
    data: Mapping[str, Any],
    key: str,
    on_event: Callable[[dict[str, Any]], None] | None = None,
) -> TimelinePlayerResult:
    """Render the video player with its timeline, transcript and tagging keys.

    ``data`` holds (all JSON-serialisable, times in seconds from the start of the footage):

    - ``video_url``, ``duration``, ``fps``, ``poster_url``
    - ``filmstrip``: ``{url, interval, count, tile_width, tile_height, columns}`` or None, one
      sprite image whose row-major tiles show one frame per ``interval`` seconds.
    - ``envelope``: ``{rate, values}`` loudness in 0..1, ``rate`` values per second, or None.
    - ``tension``: ``{values, peaks}``, one value per second in -1..1 (positive: escalation)
      and the peak seconds, from ``suggest.curve``; None draws no tension lane.
    - ``speakers``: ``[{id, label, color}]``; ``turns``: ``[[start, end, speaker_id], ...]``.
    - ``tags``: ``[{id, code, label, polarity, start, end, pending}]``. A point tag has
      ``end`` None (or equal to ``start``); an interval still open has ``end`` None and
      ``pending`` True and is drawn up to the playhead.
    - ``segments``: ``[{id, start, end, speaker_id, text, words: [[start, end, text, p]]}]``.
    - ``keymap``: ``{"1": {code, label, kind: "point"|"interval", polarity}}``.
    - ``lag`` (reaction lag, default 1.0), ``low_confidence`` (word probability threshold).
    - ``reassigned``: ``[[start, end, machine_speaker_id, speaker_id], ...]``: stretches whose
      speaker a reviewer changed, drawn in the corrected speaker's lane, outlined.
    - ``seek``: ``{token, t}`` from :func:`new_seek`, applied once per token.
    - ``view``: ``{speed, zoom}`` (one of ``PLAYBACK_SPEEDS``; zoom = duration / span shown),
      applied when the player is built or when it changes; the browser reports its own.
    - ``selected_tag_id``.

    ``on_event`` runs before the script body for each event, in order, so changes it makes
    (a new tag) show in the same run. An event is acknowledged to the browser only once
    ``on_event`` returns; one that raises ``DatabaseBusy`` is sent again (see :func:`dispatch`).

    Events are dicts: ``{"type": "mark", "code", "t",
    "phase": "point"|"start"|"end"}`` (``t`` is the raw playhead: the caller applies the
    reaction lag, ``annotate.tags.lagged_time``),
    ``{"type": "seek"|"pause", "t"}``, ``{"type": "select_tag", "tag_id"}``,
    ``{"type": "tag_segment", "segment_id"}``, ``{"type": "edit_segment", "segment_id",
    "text"}``.

    Args:
        data: The player data described above.
        key: Unique component key; keep it stable so the video is never rebuilt.
        on_event: Called with each new event.

    Returns:
        The playhead and the events received this run.
    """
    inbox = _inbox(key)

    def on_events_change() -> None:
        state = st.session_state.get(key) or {}
        inbox.received.extend(dispatch(inbox, state.get("events"), on_event))

    held = (st.session_state.get(key) or {}).get("held")
    payload = build_payload(
        data, key=key, inbox=inbox, held=held if isinstance(held, Mapping) else None
    )
    result = _component()(
        key=key,
        data=payload,
        on_events_change=on_events_change,
        on_playhead_change=_ignore,
        on_view_change=_ignore,
        on_held_change=_ignore,
    )
    # Callbacks normally handled the batch already; this only catches a run where they did not.
    late = dispatch(inbox, result.get("events"), on_event)
    if late:
        logger.debug("timeline_player %s: %d event(s) handled after rendering", key, len(late))
    events = [*inbox.received, *late]
    inbox.received = []
    playhead = result.get("playhead")
    view = result.get("view")
    return TimelinePlayerResult(
        playhead=float(playhead) if playhead is not None else None,
        events=events,
        view=dict(view) if isinstance(view, Mapping) else None,
    )


__all__ = [
    "PLAYBACK_SPEEDS",
    "EventInbox",
    "InvalidKeymapError",
    "ReservedKeyError",
    "TimelinePlayerResult",
    "build_payload",
    "dispatch",
    "new_seek",
    "player_ack",
    "player_js",
    "section_version",
    "timeline_player",
    "unchanging",
    "validate_keymap",
    "vocabulary",
]
