"""Clips in the database: from a tag to a rendered, recorded clip (issue #12 §1).

``render_clip`` (``clip.py``) is pure; this module is its edge. :func:`prepare` turns a tag and
:class:`ClipOptions` into a :class:`~bodycam.debrief.clip.ClipRequest` with the footage's
original, the current transcript revision's segments and the speakers' names; its
:func:`request_key` (SHA-256 of the source hash, times, options and transcript revision) makes
the same request reuse the first clip. :func:`make_clip` chains three parts: :func:`plan_clip`
(reads the database), :func:`render_task` (no database: on this machine, or on a Dask worker
for the ``clip`` job, #16) and :func:`record_clip`, which records the clip through
``Store.change`` (audited), finishing the job in that change.

Clips live under ``media/derived/clips/<footage id>/`` so the media route may serve them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import InvalidInput, NotFound
from ..core.progress import Progress
from ..models import permissions
from ..models.transcripts import current_segments, current_transcript, speaker_display
from ..transcribe.types import Segment
from .captions import lower_third_text
from .clip import CAPTIONS, ClipRequest, render_clip, verify_source
from .files import atomic_output, check_writable

if TYPE_CHECKING:
    from ..models.jobs import Job
    from ..models.store import Store
    from ..models.users import User

CLIP_FOLDER = "clips"


@dataclass(frozen=True)
class ClipOptions:
    """What a trainer chooses for a clip of a tag (defaults: 10 s before, 5 s after)."""

    before: float = 10.0
    after: float = 5.0
    captions: str = "vtt"
    blur_faces: bool = False
    mute: tuple[tuple[float, float], ...] = ()
    lower_third: bool = False

    def check(self) -> None:
        if self.captions not in CAPTIONS:
            raise InvalidInput(f"captions: {self.captions!r} is not one of {', '.join(CAPTIONS)}")
        for name in ("before", "after"):
            if getattr(self, name) < 0:
                raise InvalidInput(f"--{name}: {getattr(self, name)} s must be 0 or more")

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            "after": self.after,
            "captions": self.captions,
            "blur_faces": self.blur_faces,
            "mute": [list(span) for span in self.mute],
            "lower_third": self.lower_third,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ClipOptions:
        data = dict(data or {})
        data["mute"] = tuple(tuple(span) for span in data.get("mute", ()))
        return cls(**data)


def parse_span(text: str) -> tuple[float, float]:
    """``"12.5-14"`` -> ``(12.5, 14.0)`` (footage seconds), for ``--mute``."""
    start, sep, end = text.partition("-")
    try:
        span = (float(start), float(end))
    except ValueError:
        span = None
    if not sep or span is None or not span[0] < span[1]:
        raise InvalidInput(f"--mute: {text!r} must be START-END in seconds, e.g. 12.5-14")
    return span


@dataclass
class Prepared:
    """A tag's clip request with what its provenance and captions need."""

    request: ClipRequest
    key: str
    tag: dict[str, Any] | None  # None for a time range
    footage: dict[str, Any]
    options: ClipOptions
    transcript: dict[str, Any] | None
    segments: list[Segment] = field(default_factory=list)


def transcript_revision(store: Store, footage_id: int) -> dict[str, Any] | None:
    """The current transcript revision of a footage: the newest transcript and the newest
    correction on it (``revision_id`` None while it is the machine's)."""
    transcript = current_transcript(store, footage_id)
    if transcript is None:
        return None
    row = store.one(
        "SELECT max(id) AS id FROM revisions WHERE transcript_id = ?", [transcript["id"]]
    )
    return {"transcript_id": transcript["id"], "revision_id": row["id"] if row else None}


def _captions(store: Store, transcript: dict | None) -> tuple[list[Segment], dict[str, str]]:
    if transcript is None:
        return [], {}
    names = {
        str(s["id"]): speaker_display(s)
        for s in store.query(
            "SELECT id, label, name, role FROM speakers WHERE transcript_id = ?",
            [transcript["transcript_id"]],
        )
    }
    segments = [
        Segment(s.start, s.end, s.text, None if s.speaker_id is None else str(s.speaker_id))
        for s in current_segments(store, transcript["transcript_id"])
    ]
    return segments, names


def request_key(request: ClipRequest, transcript: dict | None) -> str:
    """Same source bytes, times, options and transcript revision: same key, same clip."""
    data = request.options()
    data.pop("source")  # where the original lives does not change the clip
    data["transcript"] = transcript
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare(store: Store, tag_id: int, options: ClipOptions) -> Prepared:
    """The clip request for a tag.

    Raises:
        NotFound: no such tag (or it was deleted).
        InvalidInput: bad options, or the tag starts past the end of its footage.
    """
    options.check()
    tag = store.one("SELECT * FROM tags WHERE id = ? AND deleted_at IS NULL", [tag_id])
    if tag is None:
        raise NotFound(f"tag {tag_id} does not exist (or was deleted): see `bodycam tag list`")
    end = tag["end"] if tag["end"] is not None else tag["start"]
    return _prepare(store, tag["footage_id"], tag["start"], end, options, tag)


def prepare_range(
    store: Store, footage_id: int, start: float, end: float, options: ClipOptions
) -> Prepared:
    """The clip request for a time range of a footage (the Review page's selection)."""
    options.check()
    return _prepare(store, footage_id, start, end, options, None)


def _prepare(
    store: Store, footage_id: int, start: float, end: float, options: ClipOptions, tag
) -> Prepared:
    footage = store.get("footage", footage_id)
    duration = footage["duration"]
    what = f"tag {tag['id']}" if tag else "start"
    if duration is not None and start >= duration:
        raise InvalidInput(
            f"{what}: start {start:.3f} s is past the end of footage {footage['id']} "
            f"({duration:.3f} s); fix the "
            + (f"tag's time (`bodycam tag list {footage['id']}`)" if tag else "range")
        )
    transcript = transcript_revision(store, footage["id"])
    segments, names = _captions(store, transcript) if options.captions != "none" else ([], {})
    lower_third = None
    if options.lower_third:
        lower_third = lower_third_text(tag["code"] if tag else "clip", start)
    request = ClipRequest(
        source=store.layout.absolute(footage["original_path"]),
        source_sha256=footage["sha256"],
        start=start,
        end=end,
        before=options.before,
        after=options.after,
        captions=options.captions,
        blur_faces=options.blur_faces,
        mute=options.mute,
        lower_third=lower_third,
        transcript_revision=transcript["revision_id"] if transcript else None,
        speaker_names=names,
    )
    return Prepared(
        request, request_key(request, transcript), tag, footage, options, transcript, segments
    )


def find_clip(store: Store, key: str) -> dict[str, Any] | None:
    """The recorded clip of this request, if its file is still there."""
    row = store.one("SELECT * FROM clips WHERE request_key = ?", [key])
    if row is not None and store.layout.absolute(row["path"]).is_file():
        return row
    return None


def clip_folder(prepared: Prepared) -> str:
    """Where a footage's clips live, relative to the data directory."""
    return f"media/derived/{CLIP_FOLDER}/{prepared.footage['id']}"


def clip_name(prepared: Prepared) -> str:
    """The clip's file name: its request key, so the same request lands on the same file."""
    name = f"tag{prepared.tag['id']}" if prepared.tag else "range"
    return f"{name}-{prepared.key[:16]}.mp4"


@dataclass
class ClipTask:
    """One clip to render (or reuse), as plain data: what :func:`render_task` needs on any
    machine (paths relative to the data directory) and what :func:`record_clip` records."""

    who: str
    tag_id: int | None
    prepared: Prepared
    item_id: int | None = None
    #: The recorded clip of this request whose file is there: nothing to render.
    reuse: dict[str, Any] | None = None

    @property
    def source(self) -> str:
        return self.prepared.footage["original_path"]

    @property
    def out(self) -> str:
        return f"{clip_folder(self.prepared)}/{clip_name(self.prepared)}"


def plan_clip(
    store: Store,
    actor: str | User,
    tag_id: int | None,
    options: ClipOptions,
    *,
    item_id: int | None = None,
    span: tuple[int, float, float] | None = None,
) -> ClipTask:
    """The database side before a render: the permission, the request, a clip to reuse."""
    who = permissions.acting(actor, "debrief.build")
    if tag_id is not None:
        prepared = prepare(store, tag_id, options)
    elif span is not None:
        prepared = prepare_range(store, *span, options)
    else:
        raise ValueError("make_clip needs a tag_id or a span")
    return ClipTask(who, tag_id, prepared, item_id, find_clip(store, prepared.key))


def render_task(task: ClipTask, progress: Progress | None, media, verified: set[str] | None = None):
    """Render a planned clip with no database: ``media`` is the data directory here, or the
    media root on a Dask worker (bodycam/scale/media.py). Returns the
    :class:`~bodycam.debrief.clip.ClipResult` with paths relative to the data directory, or
    None for a clip to reuse."""
    if task.reuse is not None:
        return None
    prepared = task.prepared
    source = media(task.source)
    sha = prepared.footage["sha256"]
    if verified is None or sha not in verified:
        verify_source(source, sha)
        if verified is not None:
            verified.add(sha)
    with media.output(clip_folder(prepared)) as folder:
        result = render_clip(
            replace(prepared.request, source=source),
            folder / clip_name(prepared),
            transcript_segments=prepared.segments,
            progress=progress,
            source_verified=True,
        )
    sidecar = result.captions_path
    return replace(
        result,
        path=Path(task.out),
        captions_path=Path(task.out).with_name(sidecar.name) if sidecar else None,
    )


def record_clip(store: Store, task: ClipTask, result, *, job: Job | None = None) -> ClipRecord:
    """The database side after a render: the clip's row (or the reuse), the debrief item's
    link and the job's completion in one audited change."""
    who, prepared, options = task.who, task.prepared, task.prepared.options
    if task.reuse is not None:
        if task.item_id is not None or job is not None:
            with store.change(who, "clip.reuse") as change:
                _link(change, task.item_id, task.reuse["id"], job)
        return ClipRecord(task.reuse, True)
    from ..scale.media import bring_home

    files = [p.as_posix() for p in (result.path, result.captions_path) if p is not None]
    try:
        for relative in files:  # a worker's output, under an object-store media root
            bring_home(store.layout.root, relative)
        # A recorded clip whose file was removed is rendered again into the same row.
        lost = store.one("SELECT id FROM clips WHERE request_key = ?", [prepared.key])
        provenance = {
            **result.to_dict(),
            "transcript": prepared.transcript,
            "tag": {k: prepared.tag[k] for k in ("id", "code", "start", "end", "codebook_id")}
            if prepared.tag
            else None,
            "source_verified_once": True,
        }
        provenance["options"].pop("source", None)
        with store.change(who, "clip.create" if lost is None else "clip.rerender") as change:
            values = {
                "footage_id": prepared.footage["id"],
                "tag_id": task.tag_id,
                "request_key": prepared.key,
                "start": result.start,
                "end": result.end,
                "options": options.to_dict(),
                "mode": result.mode,
                "path": provenance["path"],
                "captions_path": provenance["captions_path"],
                "sha256": result.sha256,
                "source_sha256": result.source_sha256,
                "redacted": int(result.redacted),
                "provenance": provenance,
                "created_by": who,
                "created_at": change.at,
            }
            if lost is None:
                clip_id = change.insert("clips", values)
            else:
                clip_id = lost["id"]
                change.update("clips", clip_id, values)
            _link(change, task.item_id, clip_id, job)
            row = change.row("clips", clip_id)
    except BaseException:
        # A clip the database does not know must not linger (a rerun renders it again).
        for relative in files:
            store.layout.absolute(relative).unlink(missing_ok=True)
        raise
    return ClipRecord(row, False)


@dataclass
class ClipRecord:
    row: dict[str, Any]
    reused: bool

    @property
    def id(self) -> int:
        return self.row["id"]


def make_clip(
    store: Store,
    actor: str | User,
    tag_id: int | None,
    options: ClipOptions,
    progress: Progress | None = None,
    *,
    job: Job | None = None,
    verified: set[str] | None = None,
    item_id: int | None = None,
    span: tuple[int, float, float] | None = None,
) -> ClipRecord:
    """Render (or reuse) the clip of a tag, or of a time range, and record it: plan, render
    and record in a row (the ``clip`` job runs the same three, the render maybe on a Dask
    worker).

    Args:
        actor: the CLI operator's name, or the signed-in user (needs ``debrief.build``).
        tag_id: the tag to clip; None with ``span``.
        span: ``(footage_id, start, end)`` to clip a time range instead of a tag.
        job: the ``clip`` job this runs in; it is finished in the change that records the clip.
        verified: source SHA-256s already checked in this job or export: each original is
            hashed once however many clips are cut from it.
        item_id: a debrief item to point at the clip, in the same change.
    """
    from ..scale.media import LocalMedia

    task = plan_clip(store, actor, tag_id, options, item_id=item_id, span=span)
    result = render_task(task, progress, LocalMedia(store.layout.root), verified)
    return record_clip(store, task, result, job=job)


def _link(change, item_id: int | None, clip_id: int, job: Job | None) -> None:
    if item_id is not None:
        change.update("debrief_items", item_id, {"clip_id": clip_id})
    if job is not None:
        from ..models import jobs

        jobs.finish(change, job)


def provenance(row: dict[str, Any]) -> dict[str, Any]:
    return json.loads(row["provenance"])


def copy_clip(store: Store, row: dict[str, Any], out: Path) -> list[Path]:
    """Copy a recorded clip (and its WebVTT sidecar) to ``out``, all or nothing."""
    out = Path(out).expanduser()
    check_writable(out, "--out")
    sidecar = out.with_suffix(".vtt") if row["captions_path"] else None
    if sidecar is not None:
        check_writable(sidecar, "--out (captions sidecar)")
    written = []
    try:
        for source, target in ((row["path"], out), (row["captions_path"], sidecar)):
            if target is None:
                continue
            with atomic_output(target, "--out") as partial:
                shutil.copyfile(store.layout.absolute(source), partial)
            written.append(target)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def locate_clip(store: Store, clip_id: int) -> str | None:
    """Media kind ``clip``: the URL's id is a clip id (``/footage/<clip id>/clip``)."""
    row = store.one("SELECT path FROM clips WHERE id = ?", [clip_id])
    return row["path"] if row else None


def prepare_clip_job(store: Store, job: Job, options) -> ClipTask:
    """The ``clip`` job's prepare (coordinator): payload ``{"tag_id", "options", "user",
    "item_id"?}``, or for a time range (the Review page) ``{"footage_id", "start", "end",
    "options", "user"}``."""
    payload = job.payload
    tag_id = payload.get("tag_id")
    span = None if tag_id else (payload["footage_id"], payload["start"], payload["end"])
    return plan_clip(
        store,
        payload["user"],
        tag_id,
        ClipOptions.from_dict(payload.get("options")),
        item_id=payload.get("item_id"),
        span=span,
    )


def compute_clip_job(task: ClipTask, options, progress: Progress, media):
    """The ``clip`` job's compute (anywhere): the render, face blur included."""
    return render_task(task, progress, media)


def write_clip_job(store: Store, job: Job, task: ClipTask, result) -> str:
    """The ``clip`` job's write (coordinator): the clip's row, audited, and the job's end."""
    record = record_clip(store, task, result, job=job)
    verb = "reused" if record.reused else f"rendered ({record.row['mode']})"
    prepared = task.prepared
    if task.tag_id:
        moment = f"tag {task.tag_id}"
    else:
        start, end = prepared.request.start, prepared.request.end
        moment = f"footage {prepared.footage['id']} {start:g}-{end:g} s"
    return f"clip {record.id} {verb} for {moment}"


def clip_filename(row: dict[str, Any], position: int) -> str:
    return f"{position:02d}-tag{row['tag_id']}.mp4"
