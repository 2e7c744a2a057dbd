"""People's corrections to a machine transcript, kept as revisions on top of it.

The machine's segments are never changed. Each correction adds a revision (author, time, kind)
with the new segments it produces and records which segments it supersedes. Editing a segment
that someone else has already superseded is refused, so two reviewers never overwrite each
other.
"""

from __future__ import annotations

from typing import Any

from ..core.errors import InvalidInput, NotFound, StaleEdit
from ..core.vocabulary import SPEAKER_ROLES
from ..models.permissions import acting_on
from ..models.store import Change, Store
from ..models.users import User


def _live_segment(change: Change, segment_id: int) -> dict[str, Any]:
    try:
        segment = change.row("segments", segment_id)
    except NotFound as error:
        raise NotFound(f"transcript segment {segment_id} does not exist") from error
    superseded = change.conn.execute(
        "SELECT r.author, r.created_at FROM superseded s JOIN revisions r ON r.id = s.revision_id"
        " WHERE s.segment_id = ?",
        [segment_id],
    ).fetchone()
    if superseded:
        raise StaleEdit(
            f"segment {segment_id} was already changed by {superseded[0]} at {superseded[1]}; "
            "reload the transcript and apply your edit to the current text"
        )
    return segment


def _revise(
    change: Change,
    kind: str,
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    note: str | None = None,
) -> list[int]:
    revision_id = change.insert(
        "revisions",
        {
            "footage_id": old[0]["footage_id"],
            "transcript_id": old[0]["transcript_id"],
            "kind": kind,
            "author": change.actor,
            "created_at": change.at,
            "note": note,
        },
    )
    for segment in old:
        change.insert("superseded", {"segment_id": segment["id"], "revision_id": revision_id})
    ids = []
    for values in new:
        ids.append(
            change.insert(
                "segments",
                {
                    "transcript_id": old[0]["transcript_id"],
                    "footage_id": old[0]["footage_id"],
                    "avg_logprob": None,
                    "no_speech_prob": None,
                    **values,
                    "revision_id": revision_id,
                },
            )
        )
    return ids


def edit_text(store: Store, segment_id: int, text: str, actor: str | User) -> int:
    """Replace a segment's text. Returns the new segment's id.

    ``actor`` here and below: the CLI operator's name, or the signed-in user, who must be
    allowed to correct this footage's transcript (``transcript.correct``)."""
    actor = acting_on(store, actor, "transcript.correct", "segments", segment_id)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("the corrected text is empty: to remove speech, merge or keep it")
    with store.change(actor, "transcript.edit_text") as change:
        old = _live_segment(change, segment_id)
        if old["text"] == text:
            return segment_id
        [new_id] = _revise(
            change,
            "text",
            [old],
            [
                {
                    "start": old["start"],
                    "end": old["end"],
                    "text": text,
                    "speaker_id": old["speaker_id"],
                    "text_from_machine": 0,
                }
            ],
        )
    return new_id


def reassign_speaker(
    store: Store, segment_id: int, speaker_id: int | None, actor: str | User
) -> int:
    actor = acting_on(store, actor, "transcript.correct", "segments", segment_id)
    with store.change(actor, "transcript.reassign_speaker") as change:
        old = _live_segment(change, segment_id)
        if speaker_id is not None:
            speaker = change.row("speakers", speaker_id)
            if speaker["transcript_id"] != old["transcript_id"]:
                raise InvalidInput(f"speaker {speaker_id} belongs to another transcript")
        if old["speaker_id"] == speaker_id:
            return segment_id
        [new_id] = _revise(
            change,
            "speaker",
            [old],
            [
                {
                    "start": old["start"],
                    "end": old["end"],
                    "text": old["text"],
                    "speaker_id": speaker_id,
                    "text_from_machine": old["text_from_machine"],
                }
            ],
        )
    return new_id


def split_segment(store: Store, segment_id: int, at: float, actor: str | User) -> tuple[int, int]:
    """Split a segment at a time. A machine-text segment is cut between words (its words keep
    their timings); an edited one is cut in proportion to its duration."""
    actor = acting_on(store, actor, "transcript.correct", "segments", segment_id)
    with store.change(actor, "transcript.split") as change:
        old = _live_segment(change, segment_id)
        if not old["start"] < at < old["end"]:
            raise InvalidInput(
                f"split time {at:.2f} s is outside segment {segment_id} "
                f"({old['start']:.2f}-{old['end']:.2f} s)"
            )
        words = change.conn.execute(
            "SELECT word, start FROM words WHERE transcript_id = ? AND start >= ? AND start < ?"
            " ORDER BY start",
            [old["transcript_id"], old["start"] - 1e-6, old["end"] - 1e-6],
        ).fetchall()
        if old["text_from_machine"] and words:
            first = "".join(w for w, start in words if start < at).strip()
            second = "".join(w for w, start in words if start >= at).strip()
        else:
            tokens = old["text"].split()
            cut = round(len(tokens) * (at - old["start"]) / (old["end"] - old["start"]))
            first, second = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        if not first or not second:
            raise InvalidInput(
                "split point leaves one side without words: pick a time between words"
            )
        common = {"speaker_id": old["speaker_id"], "text_from_machine": old["text_from_machine"]}
        ids = _revise(
            change,
            "split",
            [old],
            [
                {"start": old["start"], "end": at, "text": first, **common},
                {"start": at, "end": old["end"], "text": second, **common},
            ],
        )
    return ids[0], ids[1]


def merge_segments(store: Store, segment_ids: list[int], actor: str | User) -> int:
    """Merge adjacent segments into one, spoken by the first segment's speaker."""
    if len(segment_ids) < 2:
        raise InvalidInput("merge needs at least two segments")
    for segment_id in segment_ids:
        name = acting_on(store, actor, "transcript.correct", "segments", segment_id)
    actor = name
    with store.change(actor, "transcript.merge") as change:
        old = sorted((_live_segment(change, i) for i in segment_ids), key=lambda s: s["start"])
        if len({s["transcript_id"] for s in old}) != 1:
            raise InvalidInput("segments from different transcripts cannot be merged")
        [new_id] = _revise(
            change,
            "merge",
            old,
            [
                {
                    "start": old[0]["start"],
                    "end": max(s["end"] for s in old),
                    "text": " ".join(s["text"] for s in old),
                    "speaker_id": old[0]["speaker_id"],
                    "text_from_machine": int(all(s["text_from_machine"] for s in old)),
                }
            ],
        )
    return new_id


def update_speaker(
    store: Store,
    speaker_id: int,
    actor: str | User,
    *,
    name: str | None = None,
    role: str | None = None,
    expect: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Rename a speaker or set its role. The audit log keeps every earlier value.

    Args:
        expect: the values the editor saw (``{"name": ..., "role": ...}``); if someone changed
            them meanwhile the edit is refused with :class:`StaleEdit`.
    """
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = " ".join(name.split()) or None
    if role is not None:
        if role not in SPEAKER_ROLES:
            raise InvalidInput(f"role {role!r} is not one of: {', '.join(SPEAKER_ROLES)}")
        values["role"] = role
    if not values:
        raise InvalidInput("nothing to change: give a name or a role")
    actor = acting_on(store, actor, "speaker.edit", "speakers", speaker_id)
    with store.change(actor, "speaker.update") as change:
        values.update(updated_at=change.at, updated_by=actor)
        return change.update("speakers", speaker_id, values, expect=expect)


def confirm_wearer(store: Store, speaker_id: int, actor: str | User) -> dict[str, Any]:
    """A person confirms which voice is the camera wearer's: that speaker becomes the officer
    wearing the camera; the machine's suggestion alone never does this."""
    actor = acting_on(store, actor, "speaker.edit", "speakers", speaker_id)
    with store.change(actor, "speaker.confirm_wearer") as change:
        speaker = change.row("speakers", speaker_id)
        for other in change.conn.execute(
            "SELECT id FROM speakers WHERE transcript_id = ? AND wearer_confirmed = 1 AND id != ?",
            [speaker["transcript_id"], speaker_id],
        ).fetchall():
            change.update("speakers", other[0], {"wearer_confirmed": 0})
        return change.update(
            "speakers",
            speaker_id,
            {
                "wearer_confirmed": 1,
                "role": "officer",
                "updated_at": change.at,
                "updated_by": actor,
            },
        )


def revision_history(store: Store, footage_id: int) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, kind, author, created_at, note FROM revisions WHERE footage_id = ? ORDER BY id",
        [footage_id],
    )
