"""Importing ELAN and BORIS coding, and reliability from the database (#13 §2, §4, §7)."""

from __future__ import annotations

import json

import pytest
from research_support import make_footage

from bodycam.annotate.tags import create_tag
from bodycam.core.errors import InvalidInput
from bodycam.research.importing import import_coding

# A BORIS "tabular events" export as BORIS 7 writes it: metadata lines, then the header.
BORIS = """Observation id,stop-17
Observation date,2024-05-01 22:10:00
Description,
Time offset (s),0.000

Time,Media file path,Total length,FPS,Subject,Behavior,Behavioral category,Comment,Status
3.100,/x/clip.mp4,60.0,25,Officer,Command,escalation,,POINT
10.000,/x/clip.mp4,60.0,25,Officer,Interrupt,escalation,,START
14.500,/x/clip.mp4,60.0,25,Officer,Interrupt,escalation,,STOP
20.000,/x/clip.mp4,60.0,25,Officer,Hands up,escalation,,POINT
"""


def _tags(store, footage_id, coder):
    return [
        (t["code"], t["kind"], t["start"], t["end"])
        for t in store.query(
            'SELECT code, kind, start, "end" FROM tags'
            " WHERE footage_id = ? AND created_by = ? ORDER BY start",
            [footage_id, coder],
        )
    ]


def test_boris_unknown_behaviours_are_listed_and_refused(store, tmp_path):
    footage_id = make_footage(store)
    path = tmp_path / "boris.csv"
    path.write_text(BORIS)
    with pytest.raises(InvalidInput) as refused:
        import_coding(store, "tester", footage_id, path, "boris_coder")
    assert str(refused.value) == (
        "boris.csv: 3 name(s) match no code of codebook bodycam-deescalation 1.0.0: Command (1), "
        "Hands up (1), Interrupt (1). Fix: map them with --map MAPPING.yaml (`name: code_id`), "
        "or pass --skip-unknown to leave them out."
    )
    assert _tags(store, footage_id, "boris_coder") == []


def test_boris_with_a_map_pairs_start_stop_into_intervals(store, tmp_path, run):
    footage_id = make_footage(store)
    (tmp_path / "boris.tsv").write_text(BORIS.replace(",", "\t"))
    (tmp_path / "map.yaml").write_text("Command: command\nInterrupt: interrupts_or_dismisses\n")
    result = run(
        "import-coding", str(footage_id), str(tmp_path / "boris.tsv"), "--coder", "b",
        "--map", str(tmp_path / "map.yaml"), "--skip-unknown",
    )  # fmt: skip
    assert result.output == (
        f"imported 2 tags for b on footage {footage_id}: command 1, interrupts_or_dismisses 1\n"
        "skipped (no code): Hands up (1)\n"
    )
    assert _tags(store, footage_id, "b") == [
        ("command", "point", 3.1, None),
        ("interrupts_or_dismisses", "interval", 10.0, 14.5),
    ]


def test_elan_tiers_become_codes_and_reliability_compares_the_coders(store, tmp_path, run):
    import pympi

    footage_id = make_footage(store)
    eaf = pympi.Elan.Eaf()
    eaf.add_tier("command")
    eaf.add_annotation("command", 3000, 3040, "")
    eaf.add_annotation("command", 30000, 30040, "")
    eaf.add_tier("interrupts_or_dismisses")
    eaf.add_annotation("interrupts_or_dismisses", 10000, 14000, "x")
    eaf.to_file(str(tmp_path / "coding.eaf"))
    result = run("import-coding", str(footage_id), str(tmp_path / "coding.eaf"), "--coder", "elan")
    assert result.exit_code == 0, result.output
    assert _tags(store, footage_id, "elan") == [
        ("command", "point", 3.0, None),
        ("interrupts_or_dismisses", "interval", 10.0, 14.0),
        ("command", "point", 30.0, None),
    ]
    create_tag(store, footage_id, "command", 3.5, "app")
    create_tag(store, footage_id, "interrupts_or_dismisses", 10.0, "app", end=14.0)
    report = json.loads(run("reliability", "--coders", "elan,app", "--json").output)
    overall = report["overall"]
    assert report["coders"] == ["elan", "app"] and report["footage_ids"] == [footage_id]
    assert overall["matching"][0]["matched"] == 2 and overall["matching"][0]["events_a"] == 3
    command = next(c for c in report["codes"] if c["code_id"] == "command")
    # 60 one-second slices; elan marks slices 3 and 30, app slice 3: p_o = 59/60
    assert command["ac1"]["units"] == 60
    text = run("reliability", "--coders", "elan,app", "--slice", "2").output
    assert "kappa, alpha and AC1 on time slices of 2 s" in text


def test_reliability_on_footage_with_one_coder_says_why(store, run):
    footage_id = make_footage(store)
    create_tag(store, footage_id, "command", 3.0, "alice")
    result = run("reliability", "--footage", str(footage_id))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: footage {footage_id} has one coder (alice); reliability needs two or more. "
        "Fix: assign another coder, or pass --coders\n"
    )
    empty = run("reliability")
    assert empty.output == (
        "Error: no footage in the database was coded by two or more coders. Fix: assign footage "
        "to a second coder (`bodycam coding assign`) or import coding (`bodycam import-coding`).\n"
    )
