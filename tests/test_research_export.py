"""Dataset bundles: tables in every format, ELAN, dictionary, manifest, de-identification (#13)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile

import pandas as pd
import pyarrow.parquet as pq
import pytest
from research_support import (
    CIVILIAN,
    FILE_NAME,
    INCIDENT,
    OFFICER,
    PATH,
    SERIAL,
    identified_fixture,
)
from support import killed_writer

from bodycam.core.errors import InvalidInput
from bodycam.research import columns
from bodycam.research.export import ExportRequest, export_bundle
from bodycam.research.pseudonyms import KEY_FILE


def _bundle(path):
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name) for name in bundle.namelist()}


@pytest.fixture
def footage(store):
    return identified_fixture(store)


def test_all_tables_to_parquet_open_with_pyarrow_and_pandas(store, footage, tmp_path):
    result = export_bundle(store, "rita", ExportRequest("all", "parquet"), tmp_path / "out.zip")
    files = _bundle(result.path)
    assert sorted(files) == sorted(
        [
            "events.parquet", "encounters.parquet", "windows.parquet", "segments.parquet",
            f"elan/{result.manifest['parameters']['footage'][0]}.eaf",
            "codebook-bodycam-deescalation-1.0.0.yaml", "data_dictionary.md", "manifest.json",
        ]
    )  # fmt: skip
    events = pq.read_table(io.BytesIO(files["events.parquet"])).to_pandas()
    assert list(events.columns) == [c.name for c in columns.EVENTS]
    assert list(events["code"]) == [
        "command",
        "states_reason",
        "resistance_1_passive",
        "force_3_soft_control",
    ]
    assert list(events["start_frame"]) == [30, 262, 450, 500]
    encounter = pq.read_table(io.BytesIO(files["encounters.parquet"])).to_pandas().iloc[0]
    assert encounter["recorded_month"] == "2024-05" and encounter["time_of_day"] == "night"
    assert (
        encounter["max_force_level"],
        encounter["max_resistance_level"],
        encounter["force_factor"],
    ) == (3, 1, 2)
    assert (encounter["first_escalation_s"], encounter["first_force_s"]) == (1.2, 20.0)
    assert bool(encounter["opening_command"]) and bool(encounter["opening_reason_given"])
    assert encounter["coders"] == 2 and encounter["n_command"] == 0.5
    assert encounter["form_reason_for_contact"] == "traffic_violation"
    assert encounter["form_outcomes"] == "arrest;search"
    windows = pq.read_table(io.BytesIO(files["windows.parquet"])).to_pandas()
    assert len(windows) == 12 and windows["codes"].iloc[0] == "command"
    assert windows["codes"].iloc[2] == "states_reason"
    segments = pd.read_parquet(io.BytesIO(files["segments.parquet"]))
    assert list(segments["speaker_role"]) == ["officer", "officer"]  # civilian speech left out
    assert list(segments["text"]) == [
        "Step out of the car please. I'm Officer [OFFICER].",
        "Ms. [CIVILIAN], we stopped you because your plate [ID] came up.",
    ]
    manifest = json.loads(files["manifest.json"])
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
    assert manifest["parameters"]["deidentify"] is True
    assert manifest["rows"] == {
        "events": 4,
        "encounters": 1,
        "windows": 12,
        "segments": 2,
        "eaf_annotations": 4,
    }
    dictionary = files["data_dictionary.md"].decode()
    for column in columns.EVENTS:
        assert f"| {column.name} | {column.type} | {column.definition} |" in dictionary
    audit = store.one("SELECT actor, details FROM audit_log WHERE action = 'export.create'")
    assert audit["actor"] == "rita"
    assert (
        json.loads(audit["details"])["bundle_sha256"]
        == hashlib.sha256(result.path.read_bytes()).hexdigest()
    )


def test_csv_and_jsonl_open_with_pandas(store, footage, tmp_path):
    for fmt in ("csv", "jsonl"):
        files = _bundle(
            export_bundle(
                store, "rita", ExportRequest("events", fmt), tmp_path / f"e{fmt}.zip"
            ).path
        )
        data = files[f"events.{fmt}"]
        frame = (
            pd.read_csv(io.BytesIO(data))
            if fmt == "csv"
            else pd.read_json(io.BytesIO(data), lines=True)
        )
        assert len(frame) == 4 and list(frame.columns) == [c.name for c in columns.EVENTS]


def test_eaf_has_a_tier_per_coder_per_category_and_loads_in_pympi(store, footage, tmp_path):
    import pympi

    files = _bundle(
        export_bundle(store, "rita", ExportRequest("eaf", "eaf"), tmp_path / "e.zip").path
    )
    [name] = [n for n in files if n.endswith(".eaf")]
    path = tmp_path / "x.eaf"
    path.write_bytes(files[name])
    eaf = pympi.Elan.Eaf(str(path))
    tiers = sorted(eaf.get_tier_names())
    coders = sorted({t.split("/")[0] for t in tiers})
    assert len(coders) == 2 and all(c.startswith("C-") for c in coders)
    assert sorted(t.split("/")[1] for t in tiers) == [
        "civilian",
        "force",
        "officer_communication",
        "officer_escalation",
    ]


def test_no_known_identifier_appears_anywhere_in_the_bundle(store, footage, tmp_path):
    result = export_bundle(
        store,
        "alice",
        ExportRequest("all", "csv", with_text=True, include_civilian=True),
        tmp_path / "b.zip",
    )
    text = "\n".join(
        data.decode("utf-8", errors="replace") for data in _bundle(result.path).values()
    )
    # Everything the archive stores besides the members' compressed bytes: names, comments,
    # extra fields. (The compressed streams are not searched: their bytes follow from the
    # de-identified text and the random pseudonym key, so a short name like "bob" turns up in
    # them by chance about once in a few hundred runs; the text they decompress to is.)
    with zipfile.ZipFile(result.path) as bundle:
        raw = bundle.comment + b"".join(
            info.filename.encode() + info.comment + info.extra for info in bundle.infolist()
        )
    identifiers = [
        OFFICER, *OFFICER.split(), CIVILIAN, *CIVILIAN.split(), INCIDENT, FILE_NAME, SERIAL, PATH,
        "/evidence", "40.7128", "555-867-5309", "alice", "bob", str(tmp_path), "2024-05-01",
        "22:10",
    ]  # fmt: skip
    for identifier in identifiers:
        assert identifier.lower() not in text.lower(), identifier
        assert identifier.encode() not in raw, identifier
    assert "[CIVILIAN]" in text and "[OFFICER]" in text
    key = store.root / KEY_FILE
    assert os.stat(key).st_mode & 0o777 == 0o600


def test_pseudonyms_are_stable_across_exports_and_change_with_the_key(store, footage, tmp_path):
    def coders():
        files = _bundle(
            export_bundle(store, "rita", ExportRequest("events", "jsonl"), tmp_path / "p.zip").path
        )
        return [json.loads(line)["coder"] for line in files["events.jsonl"].decode().splitlines()]

    first = coders()
    assert coders() == first
    (store.root / KEY_FILE).unlink()
    assert coders() != first


def test_identified_export_keeps_names(store, footage, tmp_path):
    files = _bundle(
        export_bundle(
            store,
            "admin",
            ExportRequest("encounters", "jsonl", deidentify=False),
            tmp_path / "i.zip",
        ).path
    )
    row = json.loads(files["encounters.jsonl"])
    assert (row["officer"], row["incident"], row["footage"]) == (OFFICER, INCIDENT, str(footage))


def test_empty_database_is_refused_with_the_fix(store, tmp_path):
    with pytest.raises(InvalidInput) as refused:
        export_bundle(store, "rita", ExportRequest("all"), tmp_path / "x.zip")
    assert str(refused.value) == (
        f"the database in {store.root} has no footage, so there is nothing to export. Fix: "
        "ingest footage first (`bodycam ingest`), or pass the right --data-dir."
    )
    assert not (tmp_path / "x.zip").exists()


def test_unwritable_target_is_refused_and_leaves_nothing(store, footage, tmp_path):
    # /proc takes no new files, even from root (tests may run as root, where modes do not bind).
    with pytest.raises(InvalidInput) as refused:
        export_bundle(store, "rita", ExportRequest("events"), "/proc/x.zip")
    assert str(refused.value).startswith(
        "cannot write the export to /proc/x.zip: folder /proc is not writable ("
    )
    assert str(refused.value).endswith("). Fix: choose a folder you can write to with --out.")
    with pytest.raises(InvalidInput, match=r"folder .*/missing does not exist. Fix: create it"):
        export_bundle(store, "rita", ExportRequest("events"), tmp_path / "missing" / "x.zip")
    assert store.one("SELECT 1 AS x FROM audit_log WHERE action = 'export.create'") is None


def test_a_failure_midway_leaves_no_partial_zip(store, footage, tmp_path, monkeypatch):
    from bodycam.research import export

    monkeypatch.setattr(
        export.tables, "window_rows", lambda *a: (_ for _ in ()).throw(OSError("disk full"))
    )
    with pytest.raises(OSError, match="disk full"):
        export_bundle(store, "rita", ExportRequest("all"), tmp_path / "x.zip")
    assert list(tmp_path.glob("*.zip*")) + list(tmp_path.glob(".x.zip*")) == []


def test_a_killed_exports_partial_zip_is_removed_by_the_next_export(store, footage, tmp_path):
    half, _ = killed_writer(tmp_path / "x.zip")
    assert half.name.startswith(".x.zip.bodycam-")
    export_bundle(store, "rita", ExportRequest("events"), tmp_path / "x.zip")
    assert not half.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "x.zip"]  # data: the store


def test_cli_export_and_bad_format(run, store, footage, tmp_path):
    result = run("export", "events", "--format", "parquet", "--out", str(tmp_path / "c.zip"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {tmp_path / 'c.zip'} (4 events)\nnames pass: ")
    refused = run("export", "windows", "--format", "eaf", "--out", str(tmp_path / "d.zip"))
    assert refused.exit_code == 1
    assert refused.output == (
        "Error: --format eaf holds ELAN tiers, not the windows table. Fix: run `bodycam export "
        "eaf`, or pick --format csv, parquet or jsonl.\n"
    )
