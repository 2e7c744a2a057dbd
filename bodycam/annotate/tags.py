"""Tags: coded moments (points) and stretches (intervals) of footage.

Every tag names its author and the codebook version it was made with. Edits carry the version
the editor loaded, so a reviewer whose tag was changed by someone else meanwhile is refused
instead of overwriting it. Deletion is soft and undoable; the audit log keeps every value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.errors import InvalidInput, NotFound, StaleEdit
from ..core.vocabulary import SUBJECTS
from ..models.identities import mask_for
from ..models.permissions import acting_on
from ..models.store import Change, Store
from ..models.users import User
from ..research.assignments import ensure_tag_editable
from . import codebook_store
from .codebook import Codebook, UnknownCode

#: Who a tag is about. A code's default subject may also be "any", which a tag stores as None.
TAG_SUBJECTS = tuple(s for s in SUBJECTS if s != "any")
CONFIDENCES = ("certain", "probable", "possible", "not_observable")
DEFAULT_LAG = 1.0
EDITABLE = ("code", "start", "end", "subject", "speaker_id", "intensity", "confidence", "notes")


def lagged_time(playhead: float, lag: float = DEFAULT_LAG) -> float:
    """Where a key press lands: the playhead minus the reviewer's reaction lag (as ELAN's
    delayed mode), never before the start of the footage."""
    return round(max(0.0, playhead - lag), 3)


def _validate(values: dict[str, Any], codebook: Codebook, duration: float | None) -> None:
    if "code" in values:
        try:
            code = codebook.code(values["code"])
        except UnknownCode as error:
            raise InvalidInput(
                f"code {values['code']!r} is not in codebook {codebook.id} {codebook.version}"
            ) from error
        if code.retired:
            raise InvalidInput(f"code {code.id!r} is retired: pick a current code")
    start, end = values.get("start"), values.get("end")
    if start is not None and start < 0:
        raise InvalidInput(f"start {start} is before the footage begins")
    if duration is not None and start is not None and start > duration + 0.5:
        raise InvalidInput(f"start {start:.2f} s is after the footage ends ({duration:.2f} s)")
    if start is not None and end is not None and end < start:
        raise InvalidInput(f"end {end:.2f} s is before start {start:.2f} s")
    if values.get("subject") not in (None, *TAG_SUBJECTS):
        raise InvalidInput(
            f"subject {values['subject']!r} is not one of: {', '.join(TAG_SUBJECTS)}"
        )
    if values.get("confidence") not in (None, *CONFIDENCES):
        raise InvalidInput(
            f"confidence {values['confidence']!r} is not one of: {', '.join(CONFIDENCES)}"
        )
    intensity = values.get("intensity")
    if intensity is not None and not (isinstance(intensity, int) and 1 <= intensity <= 5):
        raise InvalidInput(f"intensity {intensity!r} must be a whole number from 1 to 5")


def _footage_duration(store: Store, footage_id: int) -> float | None:
    row = store.one("SELECT duration FROM footage WHERE id = ?", [footage_id])
    if row is None:
        raise NotFound(f"footage {footage_id} does not exist")
    return row["duration"]


def create_tag(
    store: Store,
    footage_id: int,
    code: str,
    start: float,
    user: str | User,
    *,
    end: float | None = None,
    kind: str | None = None,
    source: str = "human",
    confirmed_by: str | None = None,
    also: Callable[[Change, int], None] | None = None,
    **fields: Any,
) -> int:
    """Create a tag with the current codebook version.

    Args:
        kind: ``point`` or ``interval``; by default an interval when ``end`` is given, else
            the code's own kind. An interval without an end is open (being marked).
        source: ``human``, or ``machine`` for a machine suggestion a person confirmed
            (``confirmed_by`` names them).
        also: called as ``also(change, tag_id)`` inside the change that inserts the tag, so a
            related write (the suggestion's status) commits or rolls back with it.
        fields: optional EDITABLE fields (subject, speaker_id, intensity, confidence, notes).
    """
    if source not in ("human", "machine"):
        raise InvalidInput(f"tag source {source!r} must be human or machine")
    if source == "machine" and not confirmed_by:
        raise InvalidInput("a machine-suggested tag needs the person who confirmed it")
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"unknown tag field(s): {', '.join(sorted(unknown))}")
    user = acting_on(store, user, "tag.edit", "footage", footage_id)
    codebook_id, codebook = codebook_store.current(store)
    values = {
        "code": code,
        "start": round(float(start), 3),
        "end": None if end is None else round(float(end), 3),
        **fields,
    }
    _validate(values, codebook, _footage_duration(store, footage_id))
    if values.get("subject") is None:
        default = codebook.code(code).subject
        values["subject"] = default if default in TAG_SUBJECTS else None
    if kind is None:
        kind = "interval" if end is not None else codebook.code(code).kind
    if kind not in ("point", "interval"):
        raise InvalidInput(f"tag kind {kind!r} must be point or interval")
    values["kind"] = kind
    ensure_tag_editable(store, user, footage_id)
    with store.change(user, "tag.create") as change:
        tag_id = change.insert(
            "tags",
            {
                "footage_id": footage_id,
                "codebook_id": codebook_id,
                **values,
                # Human tags keep the column default, so their audit entries stay as before.
                **({"source": source, "confirmed_by": confirmed_by} if source != "human" else {}),
                "created_by": user,
                "created_at": change.at,
                "version": 1,
            },
        )
        if also is not None:
            also(change, tag_id)
        return tag_id


def update_tag(
    store: Store, tag_id: int, expected_version: int, user: str | User, **values: Any
) -> dict[str, Any]:
    """Change a tag's fields. Refused with StaleEdit when the tag's version is not the one
    the editor loaded."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"unknown tag field(s): {', '.join(sorted(unknown))}")
    user = acting_on(store, user, "tag.edit", "tags", tag_id)
    tag = get_tag(store, tag_id, include_deleted=True)
    ensure_tag_editable(store, user, tag["footage_id"])
    codebook = codebook_store.by_id(store, tag["codebook_id"])
    merged = {**{k: tag[k] for k in ("start", "end")}, **values}
    _validate(
        {**values, "start": merged["start"], "end": merged["end"]},
        codebook,
        _footage_duration(store, tag["footage_id"]),
    )
    with store.change(user, "tag.update") as change:
        return _versioned_update(change, tag_id, expected_version, user, values)


def _versioned_update(
    change, tag_id: int, expected_version: int, user: str, values: dict[str, Any]
) -> dict[str, Any]:
    current = change.row("tags", tag_id)
    if current["version"] != expected_version:
        who = current["updated_by"] or current["deleted_by"] or current["created_by"]
        raise StaleEdit(
            f"tag {tag_id} was changed by {who} since you opened it "
            f"(version {current['version']}, you had {expected_version}); "
            "reload it and make your change again"
        )
    return change.update(
        "tags",
        tag_id,
        {
            **values,
            "version": expected_version + 1,
            "updated_by": user,
            "updated_at": change.at,
        },
    )


def close_interval(
    store: Store, tag_id: int, playhead_end: float, user: str | User, lag: float = DEFAULT_LAG
) -> dict[str, Any]:
    tag = get_tag(store, tag_id)
    end = max(lagged_time(playhead_end, lag), tag["start"])
    return update_tag(store, tag_id, tag["version"], user, end=end)


def delete_tag(store: Store, tag_id: int, expected_version: int, user: str | User) -> None:
    """Soft delete: the tag disappears from lists but stays in the database and the audit
    log, and :func:`undelete_tag` brings it back."""
    user = acting_on(store, user, "tag.edit", "tags", tag_id)
    ensure_tag_editable(store, user, get_tag(store, tag_id, include_deleted=True)["footage_id"])
    with store.change(user, "tag.delete") as change:
        current = change.row("tags", tag_id)
        if current["deleted_at"]:
            raise InvalidInput(f"tag {tag_id} is already deleted")
        _versioned_update(
            change,
            tag_id,
            expected_version,
            user,
            {"deleted_by": user, "deleted_at": change.at},
        )


def undelete_tag(store: Store, tag_id: int, user: str | User) -> None:
    user = acting_on(store, user, "tag.edit", "tags", tag_id)
    ensure_tag_editable(store, user, get_tag(store, tag_id, include_deleted=True)["footage_id"])
    with store.change(user, "tag.undelete") as change:
        current = change.row("tags", tag_id)
        if not current["deleted_at"]:
            raise InvalidInput(f"tag {tag_id} is not deleted")
        _versioned_update(
            change, tag_id, current["version"], user, {"deleted_by": None, "deleted_at": None}
        )


def get_tag(
    store: Store, tag_id: int, include_deleted: bool = False, viewer: Any = None
) -> dict[str, Any]:
    """One tag; with ``viewer`` (a signed-in User) as it may see it (``identities``)."""
    tag = store.one("SELECT * FROM tags WHERE id = ?", [tag_id])
    if tag is None or (tag["deleted_at"] and not include_deleted):
        raise NotFound(f"tag {tag_id} does not exist (or was deleted)")
    return tag if viewer is None else mask_for(store, viewer, tag["footage_id"]).tag(tag)


def list_tags(
    store: Store, footage_id: int, *, include_deleted: bool = False, author: str | None = None
) -> list[dict[str, Any]]:
    sql = "SELECT * FROM tags WHERE footage_id = ?"
    params: list[Any] = [footage_id]
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    if author:
        sql += " AND created_by = ?"
        params.append(author)
    return store.query(sql + " ORDER BY start, id", params)


def deleted_tags(store: Store, footage_id: int, viewer: Any = None) -> list[dict[str, Any]]:
    """The footage's deleted tags; with ``viewer``, as it may see them (``identities``)."""
    rows = store.query(
        "SELECT * FROM tags WHERE footage_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at",
        [footage_id],
    )
    mask = mask_for(store, viewer, footage_id)
    return [mask.tag(row) for row in rows]


def last_deleted(store: Store, footage_id: int, author: str) -> dict[str, Any] | None:
    """The tag this reviewer deleted most recently on this footage: what Undo restores."""
    return store.one(
        "SELECT * FROM tags WHERE footage_id = ? AND deleted_by = ? AND deleted_at IS NOT NULL"
        " ORDER BY deleted_at DESC LIMIT 1",
        [footage_id, author],
    )


def tag_segment(store: Store, segment_id: int, code: str, user: str | User) -> int:
    """ "Tag this" on a transcript segment: a tag spanning it, attributed to its speaker."""
    segment = store.one(
        'SELECT footage_id, start, "end", speaker_id FROM segments WHERE id = ?', [segment_id]
    )
    if segment is None:
        raise NotFound(f"transcript segment {segment_id} does not exist")
    fields: dict[str, Any] = {"speaker_id": segment["speaker_id"]}
    if segment["speaker_id"] is not None:
        role = store.get("speakers", segment["speaker_id"])["role"]
        if role in TAG_SUBJECTS:
            fields["subject"] = role
    return create_tag(
        store,
        segment["footage_id"],
        code,
        segment["start"],
        user,
        end=segment["end"],
        **fields,
    )


def counts_by_polarity(store: Store) -> dict[int, dict[str, int]]:
    """Live tags per footage and polarity, for the library table."""
    rows = store.query(
        "SELECT footage_id, codebook_id, code, count(*) AS n FROM tags"
        " WHERE deleted_at IS NULL GROUP BY footage_id, codebook_id, code"
    )
    result: dict[int, dict[str, int]] = {}
    for row in rows:
        codebook = codebook_store.by_id(store, row["codebook_id"])
        polarity = codebook.code(row["code"]).polarity
        bucket = result.setdefault(row["footage_id"], {})
        bucket[polarity] = bucket.get(polarity, 0) + row["n"]
    return result
