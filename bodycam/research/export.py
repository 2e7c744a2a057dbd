"""Dataset bundles: ``bodycam export`` and the ``export`` job (issue #13 §3 and §5).

Every export is one zip: the tables in the chosen format (or ELAN files), the codebook versions
used as YAML, a data dictionary printed from ``columns.py``, a de-identification report and
``manifest.json`` (SHA-256 of every file, parameters, time, user). The zip is written to a
temporary file beside the target and renamed into place, so a failed export leaves nothing
behind; the export is recorded in the audit log. De-identification is the default.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import InvalidInput
from ..core.progress import Progress
from ..core.scratch import written_whole
from ..models import permissions
from ..models.store import utc_now
from . import columns, tables
from .assignments import assigned_names
from .columns import Column
from .pseudonyms import Pseudonymizer, load_key
from .redact import build_redactor

if TYPE_CHECKING:
    from ..models.jobs import Job
    from ..models.store import Store
    from ..models.users import User

TABLE_CHOICES = (*columns.TABLES, "eaf", "all")
FORMATS = ("csv", "parquet", "jsonl", "eaf")


@dataclass(frozen=True)
class ExportRequest:
    table: str
    format: str = "csv"
    deidentify: bool = True
    include_civilian: bool = False
    with_text: bool = False
    footage_ids: tuple[int, ...] | None = None
    #: ELAN files in the bundle: by default with the eaf and all tables only.
    elan_files: bool | None = None

    def check(self) -> None:
        if self.table not in TABLE_CHOICES:
            raise InvalidInput(
                f"unknown table {self.table!r}. Fix: use one of {', '.join(TABLE_CHOICES)}."
            )
        if self.format not in FORMATS:
            raise InvalidInput(
                f"unknown format {self.format!r}. Fix: use one of {', '.join(FORMATS)}."
            )
        if self.format == "eaf" and self.table not in ("eaf", "all"):
            raise InvalidInput(
                f"--format eaf holds ELAN tiers, not the {self.table} table. Fix: run "
                f"`bodycam export eaf`, or pick --format csv, parquet or jsonl."
            )

    @property
    def tables(self) -> list[str]:
        if self.table == "eaf":
            return []
        return list(columns.TABLES) if self.table == "all" else [self.table]

    @property
    def elan(self) -> bool:
        return self.table in ("eaf", "all") if self.elan_files is None else self.elan_files

    @property
    def table_format(self) -> str:
        return "csv" if self.format == "eaf" else self.format


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: dict[str, dict[str, Any]]
    rows: dict[str, int]
    manifest: dict[str, Any]


def _serialize(rows: list[dict], cols: tuple[Column, ...], fmt: str) -> bytes:
    names = [c.name for c in cols]
    if fmt == "jsonl":
        return "".join(
            json.dumps({n: r.get(n) for n in names}, ensure_ascii=False) + "\n" for r in rows
        ).encode("utf-8")
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
    }
    schema = pa.schema([(c.name, types[c.type]) for c in cols])
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = io.BytesIO()
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, sink)
    else:
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, sink)
    return sink.getvalue()


def data_dictionary(schemas: dict[str, tuple[Column, ...]], codebooks: list) -> str:
    "Every column of every exported table with its type and definition, then the codes."
    lines = ["# Data dictionary", ""]
    for table, cols in schemas.items():
        lines += [f"## {table}", "", "| column | type | definition |", "| --- | --- | --- |"]
        lines += [f"| {c.name} | {c.type} | {c.definition} |" for c in cols]
        lines.append("")
    for codebook in codebooks:
        lines += [
            f"## Codes of codebook {codebook.id} {codebook.version}",
            "",
            "| code | category | polarity | kind | level | label | definition |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {c.id} | {c.category} | {c.polarity} | {c.kind} | "
            f"{'' if c.level is None else c.level} | {c.label} | {' '.join(c.definition.split())} |"
            for c in codebook.codes
        ]
        lines.append("")
    return "\n".join(lines)


def _check_target(out: Path) -> Path:
    out = Path(out).expanduser()
    if out.is_dir():
        out = out / f"bodycam-export-{utc_now()[:19].replace(':', '')}.zip"
    if not out.parent.is_dir():
        raise InvalidInput(
            f"cannot write the export to {out}: folder {out.parent} does not exist. Fix: create it "
            f"or choose another --out."
        )
    try:  # probe with a real file: permission bits, read-only mounts and quotas all show here
        with tempfile.TemporaryFile(dir=out.parent):
            pass
    except OSError as error:
        raise InvalidInput(
            f"cannot write the export to {out}: folder {out.parent} is not writable "
            f"({error.strerror}). Fix: choose a folder you can write to with --out."
        ) from error
    return out


def footage_in_scope(store: Store, actor: str | User, request: ExportRequest) -> list[int]:
    """The footage to export: every footage (or the requested ones) the actor may export."""
    ids = [r["id"] for r in store.query("SELECT id FROM footage ORDER BY id")]
    if not ids:
        raise InvalidInput(
            f"the database in {store.root} has no footage, so there is nothing to export. Fix: "
            f"ingest footage first (`bodycam ingest`), or pass the right --data-dir."
        )
    if request.footage_ids:
        missing = sorted(set(request.footage_ids) - set(ids))
        if missing:
            raise InvalidInput(f"no footage {', '.join(map(str, missing))}. Fix: check --footage.")
        ids = [i for i in ids if i in set(request.footage_ids)]
    action = "export.deidentified" if request.deidentify else "export.identified"
    if isinstance(actor, str):
        return ids  # the CLI operator acts as admin (permissions.acting)
    resource = lambda f: permissions.Resource(f, assigned_to=assigned_names(store, f))  # noqa: E731
    allowed = [f for f in ids if permissions.allowed(actor, action, resource(f))]
    if not allowed:
        permissions.require(actor, action, resource(ids[0]))
    return allowed


def export_bundle(
    store: Store,
    actor: str | User,
    request: ExportRequest,
    out: str | Path,
    progress: Progress | None = None,
    *,
    job: Job | None = None,
) -> ExportResult:
    """Build the bundle and move it to ``out`` (a .zip path, or a folder to put one in).

    Raises:
        InvalidInput: bad table/format, an empty database, an unwritable target.
        PermissionDenied: a signed-in user outside every footage's scope.
    """
    progress = progress or (lambda fraction, message: None)
    request.check()
    who = actor if isinstance(actor, str) else actor.name
    target = _check_target(Path(out))
    footage_ids = footage_in_scope(store, actor, request)

    progress(0.05, "reading the database")
    source = tables.Source.load(store, footage_ids)
    names = Pseudonymizer(load_key(store.root), enabled=request.deidentify)
    redactor = build_redactor(
        (f["officer"] for f in source.footage),
        ((s["name"], s["role"]) for s in source.speakers.values()),
    )
    used = (
        sorted({t["codebook_id"] for tags in source.tags.values() for t in tags})
        or sorted(source.codebooks)[-1:]
    )
    codebooks = [source.codebooks[i] for i in used]
    code_ids = list(dict.fromkeys(c.id for cb in codebooks for c in cb.codes))
    form_fields = list(
        dict((f["id"], f) for cb in codebooks for f in cb.encounter_form.get("fields", [])).values()
    )
    schemas = {
        "events": columns.EVENTS,
        "encounters": columns.encounter_columns(code_ids, form_fields),
        "windows": columns.WINDOWS,
        "segments": columns.SEGMENTS,
    }

    files: dict[str, bytes] = {}
    rows_count: dict[str, int] = {}
    event_rows = None
    need_events = "events" in request.tables or request.elan
    if need_events:
        event_rows = tables.event_rows(
            source, names, redactor, deidentify=request.deidentify, with_text=request.with_text
        )
    builders = {
        "events": lambda: event_rows,
        "encounters": lambda: tables.encounter_rows(
            source, names, code_ids, form_fields, deidentify=request.deidentify
        ),
        "windows": lambda: tables.window_rows(source, names),
        "segments": lambda: tables.segment_rows(
            source,
            names,
            redactor,
            deidentify=request.deidentify,
            include_civilian=request.include_civilian,
        ),
    }
    for step, table in enumerate(request.tables):
        progress(0.1 + 0.7 * step / max(1, len(request.tables)), f"building {table}")
        rows = builders[table]()
        files[f"{table}.{request.table_format}"] = _serialize(
            rows, schemas[table], request.table_format
        )
        rows_count[table] = len(rows)
    if request.elan:
        from .elan import eaf_bytes

        progress(0.8, "writing ELAN files")
        by_footage: dict[str, list] = {}
        for row in event_rows or []:
            by_footage.setdefault(row["footage"], []).append(row)
        for footage in source.footage:
            name = names("footage", footage["id"])
            files[f"elan/{name}.eaf"] = eaf_bytes(by_footage.get(name, []))
        rows_count["eaf_annotations"] = len(event_rows or [])

    for codebook in codebooks:
        files[f"codebook-{codebook.id}-{codebook.version}.yaml"] = codebook.to_yaml().encode(
            "utf-8"
        )
    exported = {t: schemas[t] for t in request.tables}
    if request.elan:
        exported.setdefault("events", columns.EVENTS)  # the ELAN tiers hold events' fields
    files["data_dictionary.md"] = data_dictionary(exported, codebooks).encode("utf-8")
    redaction = redactor.report.to_dict() if request.deidentify else None
    manifest = {
        "created_at": utc_now(),
        # The exporter is named like a coder in a de-identified bundle (the audit log has the name).
        "user": names("coder", who),
        "parameters": {
            "table": request.table,
            "format": request.format,
            "deidentify": request.deidentify,
            "include_civilian_speech": request.include_civilian,
            "with_text": request.with_text,
            "window_seconds": tables.WINDOW_SECONDS,
            "footage": [names("footage", f) for f in footage_ids],
        },
        "codebooks": [
            {"id": c.id, "version": c.version, "fingerprint": c.fingerprint()} for c in codebooks
        ],
        "rows": rows_count,
        "deidentification": redaction,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in sorted(files.items())
        },
    }
    progress(0.9, "writing the zip")
    _write_zip(target, {**files, "manifest.json": json.dumps(manifest, indent=2).encode("utf-8")})
    bundle_hash = hashlib.sha256(target.read_bytes()).hexdigest()
    try:
        with store.change(who, "export.create") as change:
            change.audit(
                "exports",
                None,
                {
                    "bundle_sha256": bundle_hash,
                    "path": str(target),
                    "parameters": manifest["parameters"] | {"footage": footage_ids},
                    "rows": rows_count,
                },
            )
            if job is not None:
                from ..models import jobs

                jobs.finish(change, job)
    except BaseException:
        target.unlink(missing_ok=True)  # an export the audit log does not know must not exist
        raise
    # No progress report after this: the job is finished, and a heartbeat on a finished job
    # reads as a lost claim.
    return ExportResult(target, manifest["files"], rows_count, manifest)


def _write_zip(target: Path, files: dict[str, bytes]) -> None:
    with (
        written_whole(target, ".part") as temporary,
        open(temporary, "wb") as raw,
        zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as bundle,
    ):
        for name, data in files.items():
            bundle.writestr(name, data)


def run_export_job(store: Store, job, options, progress: Progress) -> str:
    "The ``export`` job: the payload holds the request's fields, ``out`` and ``user``."
    payload = dict(job.payload)
    out, user = payload.pop("out"), payload.pop("user")
    if payload.get("footage_ids"):
        payload["footage_ids"] = tuple(payload["footage_ids"])
    result = export_bundle(store, user, ExportRequest(**payload), out, progress, job=job)
    return f"exported {', '.join(f'{n} {t}' for t, n in result.rows.items())} to {result.path.name}"
