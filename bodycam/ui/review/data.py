"""Assembling what the review player shows from the database: pure functions the page calls
on every rerun, kept fast for a two-hour footage with 20,000 words and 2,000 tags."""

from __future__ import annotations

import bisect
import functools
import json
from pathlib import Path
from typing import Any

from ...annotate import codebook_store
from ...annotate.codebook import Code, Codebook
from ...core.vocabulary import key_problem, normalize_key
from ...models.footage import derived_file
from ...models.identities import mask_for
from ...models.store import Store, shared_store
from ...models.transcripts import (
    current_segments,
    current_transcript,
    speaker_display,
    turns,
)
from ...models.transcripts import speakers as list_speakers
from ...models.users import User
from ...research.assignments import visible_tags
from ...suggest.curve import footage_tension
from ..components.timeline_player import unchanging
from ..formatting import md_text, speaker_color
from ..media import signed_url


@functools.lru_cache(maxsize=32)
def _envelope(path: str, mtime: float) -> dict[str, Any]:
    loaded = json.loads(Path(path).read_text())
    return unchanging({"rate": loaded["rate"], "values": loaded["values"]})


def usable_keymap(codebook: Codebook) -> tuple[dict[str, Code], list[str]]:
    """The codebook's key bindings the player can use, and a warning for each one dropped.

    The player compares keys after ``normalize_key`` (lower case), so ``a`` and ``A`` bound to
    two codes would be one key with two meanings: neither binding is kept (guessing would tag
    the wrong code), and the page still renders instead of failing on the whole keymap.
    """
    by_key: dict[str, list[tuple[str, Code]]] = {}
    warnings = []
    # Every bound code, not ``codebook.keymap()``, which silently keeps the first of two
    # clashing keys: the reviewer must be told, and neither binding is guessed.
    for code in codebook.active_codes():
        raw_key = code.key
        if raw_key is None:
            continue
        problem = key_problem(raw_key)
        if problem:
            warnings.append(
                f"Code “{md_text(code.label)}” ({code.id}) has no key in the player: {problem} "
                "An admin changes it on the Codebook page."
            )
            continue
        by_key.setdefault(normalize_key(raw_key), []).append((raw_key, code))
    usable: dict[str, Code] = {}
    for key, bound in by_key.items():
        if len(bound) == 1:
            usable[key] = bound[0][1]
            continue
        keys = " and ".join(f"“{raw}”" for raw, _ in bound)
        codes = " and ".join(f"“{md_text(code.label)}” ({code.id})" for _, code in bound)
        warnings.append(
            f"Keys {keys} are the same key to the player (it ignores case) but are bound to "
            f"{codes} in codebook {codebook.id} {codebook.version}, so neither code can be "
            "tagged by key. Fix: an admin binds one of them to another key on the Codebook page."
        )
    return usable, warnings


def keymap_for(keymap: dict[str, Code]) -> dict[str, dict[str, Any]]:
    return {
        key: {"code": code.id, "label": code.label, "kind": code.kind, "polarity": code.polarity}
        for key, code in keymap.items()
    }


def tag_rows(store: Store, footage_id: int, user: str | User) -> list[dict[str, Any]]:
    """The live tags ``user`` may see (only their own while their blind assignment on this
    footage is not submitted: ``research.assignments.visible_tags``), with the label and
    polarity from the codebook version each was made with."""
    rows = visible_tags(store, user, footage_id)
    books: dict[int, Codebook] = {}
    for row in rows:
        book = books.get(row["codebook_id"])
        if book is None:
            book = books[row["codebook_id"]] = codebook_store.by_id(store, row["codebook_id"])
        code = book.code(row["code"])
        row["label"] = code.label
        row["polarity"] = code.polarity
        row["category"] = code.category
    return rows


def reassigned_stretches(
    machine: list[dict[str, Any]], current: list[Any]
) -> list[list[float | int | None]]:
    """Where a reviewer's speaker differs from the machine's: ``[start, end, machine speaker,
    speaker]`` for each overlap of a revised segment (``current``, with ``revision_id``) with
    a machine segment (``machine``, sorted by start) of another speaker, in time order. A
    split, a merge or a text edit that kept the speaker is not a reassignment."""
    starts = [m["start"] for m in machine]
    longest = max((m["end"] - m["start"] for m in machine), default=0.0)
    stretches = []
    for segment in current:
        if segment.revision_id is None:
            continue
        first = bisect.bisect_left(starts, segment.start - longest)
        for m in machine[first:]:
            if m["start"] >= segment.end:
                break
            start, end = max(m["start"], segment.start), min(m["end"], segment.end)
            if end > start and m["speaker_id"] != segment.speaker_id:
                stretches.append([start, end, m["speaker_id"], segment.speaker_id])
    return sorted(stretches, key=lambda s: (s[0], s[1]))


@functools.lru_cache(maxsize=8)
def _transcript_sections(
    database: str, transcript_id: int, revision_marker: tuple
) -> tuple[list, list, list]:
    """Turns, segments (with words) and speaker reassignments of a transcript, rebuilt only
    when a revision lands: for a two-hour footage this is the bulk of a rerun's work."""
    store = _store_for(database)
    turn_rows = [[t["start"], t["end"], t["speaker_id"]] for t in turns(store, transcript_id)]
    current = current_segments(store, transcript_id)
    machine = store.query(
        'SELECT start, "end", speaker_id FROM segments'
        ' WHERE transcript_id = ? AND revision_id IS NULL ORDER BY start, "end"',
        [transcript_id],
    )
    segment_rows = [
        {
            "id": s.id,
            "start": s.start,
            "end": s.end,
            "speaker_id": s.speaker_id,
            "text": s.text,
            "words": [[w["start"], w["end"], w["word"].strip(), w["probability"]] for w in s.words],
        }
        for s in current
    ]
    # Cached: the player serialises them once per revision (see ``unchanging``).
    return (
        unchanging(turn_rows),
        unchanging(segment_rows),
        unchanging(reassigned_stretches(machine, current)),
    )


def _store_for(database: str) -> Store:
    return shared_store(Path(database).parent)


def _revision_marker(store: Store, transcript_id: int) -> tuple:
    row = store.one(
        "SELECT count(*) AS n, max(id) AS last FROM revisions WHERE transcript_id = ?",
        [transcript_id],
    )
    return (row["n"], row["last"])


def transcript_segments(store: Store, footage_id: int, viewer: User) -> list[dict[str, Any]]:
    """The current segments (with words) the player shows, from the same cache, redacted for a
    ``viewer`` who may not see identities (as in :func:`player_data`)."""
    transcript = current_transcript(store, footage_id)
    if not transcript:
        return []
    segments = _transcript_sections(
        str(store.layout.database), transcript["id"], _revision_marker(store, transcript["id"])
    )[1]
    mask = mask_for(store, viewer, footage_id)
    return [_masked_segment(mask, s) for s in segments] if mask.hides else segments


def _masked_segment(mask, segment: dict[str, Any]) -> dict[str, Any]:
    """A cached segment with its text and words redacted (a copy: the cache is shared)."""
    words = mask.words([w[2] for w in segment["words"]])
    return {
        **segment,
        "text": mask.text(segment["text"]),
        "words": [[*w[:2], word, *w[3:]] for w, word in zip(segment["words"], words, strict=True)],
    }


def player_data(
    store: Store,
    footage: dict[str, Any],
    *,
    lag: float,
    user: str | User,
    low_confidence: float = 0.5,
    tags: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Everything the timeline player draws. ``tags`` are the footage's ``tag_rows`` when the
    caller already has them. ``keymap_warnings`` lists bindings left out of ``keymap`` (see
    :func:`usable_keymap`); it is for the page, not the player. The media links are signed
    for ``user``, whom the media route re-checks on every request. A signed-in ``user`` who
    may not see identities (``models.identities``) gets speakers as pseudonyms and the text
    redacted, as in a de-identified export."""
    footage_id = footage["id"]
    mask = mask_for(store, user, footage_id)
    user = user if isinstance(user, str) else user.name
    layout = store.layout
    _, codebook = codebook_store.current(store)
    keymap, keymap_warnings = usable_keymap(codebook)
    data: dict[str, Any] = {
        "video_url": signed_url(layout, footage_id, "proxy", user),
        "duration": footage["duration"] or 0.0,
        "fps": footage["fps"] or 25.0,
        "poster_url": None,
        "filmstrip": None,
        "envelope": None,
        "keymap": keymap_for(keymap),
        "keymap_warnings": keymap_warnings,
        "lag": lag,
        "low_confidence": low_confidence,
    }
    if derived_file(store, footage_id, "poster"):
        data["poster_url"] = signed_url(layout, footage_id, "poster", user)
    strip = derived_file(store, footage_id, "filmstrip")
    if strip:
        data["filmstrip"] = {
            "url": signed_url(layout, footage_id, "filmstrip", user),
            **json.loads(strip["params"]),
        }
    envelope = derived_file(store, footage_id, "envelope")
    if envelope:
        path = layout.absolute(envelope["path"])
        if path.exists():
            data["envelope"] = _envelope(str(path), path.stat().st_mtime)
    transcript = current_transcript(store, footage_id)
    speakers = [mask.speaker(s) for s in list_speakers(store, footage_id)]
    data["speakers"] = [
        {"id": s["id"], "label": speaker_display(s), "color": speaker_color(i)}
        for i, s in enumerate(speakers)
    ]
    if transcript:
        data["turns"], data["segments"], data["reassigned"] = _transcript_sections(
            str(layout.database), transcript["id"], _revision_marker(store, transcript["id"])
        )
        if mask.hides:
            data["segments"] = [_masked_segment(mask, s) for s in data["segments"]]
    else:
        data["turns"], data["segments"], data["reassigned"] = [], [], []
    if not transcript:
        data["transcript_status"] = "pending"
    else:
        data["transcript_status"] = "ready" if data["segments"] else "no_speech"
    data["tags"] = [
        {
            "id": t["id"],
            "code": t["code"],
            "label": t["label"],
            "polarity": t["polarity"],
            "start": t["start"],
            "end": t["end"],
            "pending": t["end"] is None and t["kind"] == "interval",
        }
        for t in (tag_rows(store, footage_id, user) if tags is None else tags)
    ]
    # The suggestions' escalation curve as a lane (#15); None while no suggestion counts.
    data["tension"] = footage_tension(store, footage_id, user).for_player()
    return data
