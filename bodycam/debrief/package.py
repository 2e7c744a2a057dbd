"""Export a debrief session: ``bodycam debrief export`` and the ``debrief_export`` job (#12 §4).

One zip that plays on a laptop with no network and no install:

* ``clips/NN-tagT.mp4`` and their ``.vtt`` captions;
* ``index.html``: the clips in order with notes, prompts and transcript excerpts (present mode);
* ``handout.html``: printable (print CSS);
* ``manifest.json``: every file's SHA-256, the source footage hashes, each clip's provenance,
  the codebook versions, the export time and user.

Clips not yet rendered are rendered first (each original hashed once per export); a reused
clip is checked against its recorded SHA-256. The zip is written beside the target and renamed
into place, and the export is audited; any error leaves no file.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..annotate import codebook_store
from ..core.errors import InvalidInput
from ..core.progress import Progress, scaled
from ..core.scratch import written_whole
from ..models import permissions
from ..models.store import utc_now
from ..transcribe.formats import format_timestamp
from . import sessions
from .clips import ClipOptions, ClipTask, plan_clip, record_clip, render_task
from .files import check_writable, sha256_file
from .package_html import PackageItem, handout_html, index_html

if TYPE_CHECKING:
    from ..models.jobs import Job
    from ..models.store import Store
    from ..models.users import User


@dataclass(frozen=True)
class PackageResult:
    path: Path
    sha256: str
    manifest: dict[str, Any]


def _check_target(out: Path) -> Path:
    out = Path(out).expanduser()
    if out.suffix.lower() != ".zip":
        raise InvalidInput(f"--out: {out} must be a .zip file name, e.g. {out.with_suffix('.zip')}")
    check_writable(out, "--out")
    try:  # permission bits, read-only mounts and quotas all show with a real file
        with tempfile.TemporaryFile(dir=out.parent):
            pass
    except OSError as error:
        raise InvalidInput(
            f"--out: cannot write in {out.parent} ({error.strerror}); choose another folder"
        ) from error
    return out


def _excerpt(prepared, clip: dict[str, Any]) -> list[tuple[str, str, str]]:
    names = prepared.request.speaker_names
    return [
        (
            format_timestamp(max(0.0, s.start - clip["start"]))[:8],
            names.get(s.speaker or "", "Unknown speaker"),
            s.text,
        )
        for s in prepared.segments
        if s.end > clip["start"] and s.start < clip["end"] and s.text.strip()
    ]


@dataclass
class ExportTask:
    """A session export as plain data: the clips to render (or reuse) and what the zip needs."""

    who: str
    session_id: int
    target: str
    clips: list[ClipTask]
    rows: list[dict[str, Any]]


def plan_export(store: Store, actor: str | User, session_id: int, out: str | Path) -> ExportTask:
    """The database side before the renders: the permission, the items, the target."""
    who = permissions.acting(actor, "debrief.export")
    sessions.get_session(store, session_id)  # raises NotFound first
    rows = sessions.items(store, session_id)
    if not rows:
        raise InvalidInput(
            f"debrief session {session_id} has no items: add tags first "
            f"(`bodycam debrief add {session_id} TAG_ID...`)"
        )
    target = _check_target(Path(out))
    clips = [
        plan_clip(
            store, who, row["tag_id"], ClipOptions.from_dict(row["clip_options"]), item_id=row["id"]
        )
        for row in rows
    ]
    return ExportTask(who, session_id, str(target), clips, [dict(row) for row in rows])


def render_export(task: ExportTask, progress: Progress, media) -> list[Any]:
    """The clips not yet rendered, with no database (maybe on a Dask worker): each original
    hashed once. On an error the clips rendered so far are removed: none was recorded."""
    verified: set[str] = set()
    results: list[Any] = []
    rendered: set[str] = set()  # request keys: a tag in the session twice is cut once
    try:
        for number, clip in enumerate(task.clips, start=1):
            count = len(task.clips)
            step = scaled(progress, 0.8 * (number - 1) / count, 0.8 * number / count)
            again = clip.prepared.key in rendered
            results.append(None if again else render_task(clip, step, media, verified))
            rendered.add(clip.prepared.key)
    except BaseException:
        for result in filter(None, results):
            for path in filter(None, (result.path, result.captions_path)):
                media.discard(path.as_posix())
        raise
    return results


def export_session(
    store: Store,
    actor: str | User,
    session_id: int,
    out: str | Path,
    progress: Progress | None = None,
    *,
    job: Job | None = None,
) -> PackageResult:
    """Build the session's zip at ``out``: plan, render and write in a row (the
    ``debrief_export`` job runs the same three, the renders maybe on a Dask worker).

    Raises:
        InvalidInput: no items, a bad or unwritable target, a missing or altered original, a
            tag past the end of its footage, a clip file that no longer matches its hash.
        PermissionDenied: a signed-in user without ``debrief.export``.
    """
    from ..scale.media import LocalMedia

    progress = progress or (lambda fraction, message: None)
    task = plan_export(store, actor, session_id, out)
    results = render_export(task, progress, LocalMedia(store.layout.root))
    return write_export(store, task, results, progress, job=job)


def write_export(
    store: Store, task: ExportTask, results: list[Any], progress: Progress, *, job: Job | None
) -> PackageResult:
    """The database side after the renders: each clip recorded (as ``make_clip`` does), the
    pages, the zip beside the target and the audited export that finishes the job."""
    who, session_id, target = task.who, task.session_id, Path(task.target)
    session = sessions.get_session(store, session_id)
    items, clip_files, clips_meta, sources, codebook_ids = [], {}, [], {}, set()
    recorded: dict[str, dict[str, Any]] = {}  # request key -> its clip row, in this export
    for number, (row, clip_task, rendered) in enumerate(
        zip(task.rows, task.clips, results, strict=True), start=1
    ):
        if clip_task.prepared.key in recorded:  # the same clip as an earlier item: reused
            clip_task, rendered = replace(clip_task, reuse=recorded[clip_task.prepared.key]), None
        try:
            record = record_clip(store, clip_task, rendered)
        except BaseException:
            for later in filter(None, results[number:]):  # rendered, never to be recorded
                for path in filter(None, (later.path, later.captions_path)):
                    store.layout.absolute(path.as_posix()).unlink(missing_ok=True)
            raise
        clip = recorded[clip_task.prepared.key] = record.row
        clip_file = store.layout.absolute(clip["path"])
        if sha256_file(clip_file) != clip["sha256"]:
            raise InvalidInput(
                f"clip {clip['id']}: {clip['path']} no longer matches its recorded SHA-256; "
                "delete the file so it is rendered again"
            )
        prepared = clip_task.prepared
        stem = f"clips/{number:02d}-tag{row['tag_id']}"
        clip_files[f"{stem}.mp4"] = clip_file
        captions = None
        if clip["captions_path"]:
            captions = f"{stem}.vtt"
            clip_files[captions] = store.layout.absolute(clip["captions_path"])
        footage = prepared.footage
        sources[footage["id"]] = {
            "footage_id": footage["id"],
            "sha256": footage["sha256"],
            "original_name": footage["original_name"],
        }
        codebook_ids.add(prepared.tag["codebook_id"])
        source_text = (
            f"{footage['original_name']} · {format_timestamp(clip['start'])[:8]}"
            f"–{format_timestamp(clip['end'])[:8]} · {clip['mode']}"
            + (" · redacted" if clip["redacted"] else "")
        )
        items.append(
            PackageItem(
                number,
                row["code"],
                f"{stem}.mp4",
                clip_files[captions].read_text("utf-8") if captions else None,
                row["notes"],
                row["prompts"],
                _excerpt(prepared, clip),
                source_text,
            )
        )
        provenance = json.loads(clip["provenance"])
        clips_meta.append(
            {
                "position": number,
                "file": f"{stem}.mp4",
                "clip_id": clip["id"],
                "tag_id": row["tag_id"],
                "code": row["code"],
                "notes": row["notes"],
                "prompts": row["prompts"],
                "footage_id": footage["id"],
                "source_sha256": clip["source_sha256"],
                "start": clip["start"],
                "end": clip["end"],
                "mode": clip["mode"],
                "redaction": provenance.get("redaction"),
                "transcript": provenance.get("transcript"),
                "command": provenance.get("command"),
                "tools": provenance.get("tools"),
                "sha256": clip["sha256"],
            }
        )
    progress(0.85, "writing the pages")
    title, audience, objectives = session["title"], session["audience"], session["objectives"]
    texts = {
        "index.html": index_html(title, audience, objectives, items).encode("utf-8"),
        "handout.html": handout_html(title, audience, objectives, items).encode("utf-8"),
    }
    files = {name: {"sha256": sha256_file(path), "bytes": path.stat().st_size}
             for name, path in clip_files.items()}  # fmt: skip
    files |= {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
              for name, data in texts.items()}  # fmt: skip
    codebooks = []
    for codebook_id in sorted(codebook_ids):
        codebook = codebook_store.by_id(store, codebook_id)
        codebooks.append(
            {"id": codebook.id, "version": codebook.version, "fingerprint": codebook.fingerprint()}
        )
    manifest = {
        "session": {
            "id": session_id,
            "title": title,
            "audience": audience,
            "objectives": objectives,
        },
        "exported_at": utc_now(),
        "exported_by": who,
        "codebooks": codebooks,
        "sources": list(sources.values()),
        "clips": clips_meta,
        "files": dict(sorted(files.items())),
    }
    texts["manifest.json"] = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
    progress(0.9, "writing the zip")
    _write_zip(target, clip_files, texts)
    digest = sha256_file(target)
    try:
        with store.change(who, "debrief.export") as change:
            change.audit(
                "debrief_sessions",
                session_id,
                {"export": {"path": str(target), "sha256": digest, "files": len(files) + 1}},
            )
            if job is not None:
                from ..models import jobs

                jobs.finish(change, job)
    except BaseException:
        target.unlink(missing_ok=True)  # an export the audit log does not know must not exist
        raise
    return PackageResult(target, digest, manifest)


def _write_zip(target: Path, paths: dict[str, Path], texts: dict[str, bytes]) -> None:
    with (
        written_whole(target, ".part") as temporary,
        open(temporary, "wb") as raw,
        zipfile.ZipFile(raw, "w") as bundle,
    ):
        for name, path in paths.items():  # MP4 is compressed already: stored as is
            bundle.write(path, name, compress_type=zipfile.ZIP_STORED)
        for name, data in texts.items():
            bundle.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


def prepare_export_job(store: Store, job: Job, options) -> ExportTask:
    """The ``debrief_export`` job's prepare (coordinator): payload ``{"session_id", "out",
    "user"}``."""
    payload = job.payload
    return plan_export(store, payload["user"], payload["session_id"], payload["out"])


def compute_export_job(task: ExportTask, options, progress: Progress, media) -> list[Any]:
    """The ``debrief_export`` job's compute (anywhere): the clips' renders."""
    return render_export(task, progress, media)


def write_export_job(store: Store, job: Job, task: ExportTask, results: list[Any]) -> str:
    """The ``debrief_export`` job's write (coordinator): the clips' rows, the zip at the
    target (on this machine), the audited export and the job's end."""
    from ..models import jobs

    def progress(fraction: float, message: str) -> None:
        jobs.heartbeat(store, job, fraction, message)

    result = write_export(store, task, results, progress, job=job)
    return f"exported session {task.session_id} to {result.path.name}"
