"""Human-readable listings show control characters escaped, so a file, speaker or user name
cannot forge a row or rewrite the terminal (#9 defect 10); JSON output keeps the text as is."""

from __future__ import annotations

import json

import pytest
from support import copy_to

from bodycam.cli.output import plain


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Cam 3 – body.mp4", "Cam 3 – body.mp4"),
        ("a\nb", "a\\nb"),
        ("a\r\tb", "a\\r\\tb"),
        ("bell\x07 esc\x1b[2J del\x7f", "bell\\x07 esc\\x1b[2J del\\x7f"),
        ("c1\x85 csi\x9b", "c1\\x85 csi\\x9b"),
        ("line\u2028sep rtl\u202eovr", "line\\u2028sep rtl\\u202eovr"),
        (None, "-"),
        (7, "7"),
    ],
)
def test_plain_escapes_control_characters(text, shown):
    assert plain(text) == shown


FORGED = "real.mkv\n   2  ready       0:00:06  24-000         Ofc. Fake        forged.mkv"


def test_a_newline_in_a_file_name_cannot_forge_a_row_in_list(run, media, tmp_path):
    source = copy_to(media["no_audio"], tmp_path / "in", FORGED)
    ingested = run("ingest", str(source))
    assert ingested.exit_code == 0
    sha256 = json.loads(run("list", "--json").output)["sha256"]
    assert ingested.output == (
        f"ingested   #1  {tmp_path}/in/real.mkv\\n   2  ready       0:00:06  24-000         "
        f"Ofc. Fake        forged.mkv  sha256 {sha256}\n"
    )
    listed = run("list").output.splitlines()
    assert listed[1:] == [
        "   1  ready       0:00:06  -              -                real.mkv\\n   2  ready"
        "       0:00:06  24-000         Ofc. Fake        forged.mkv"
    ]
    assert json.loads(run("list", "--json").output)["original_name"] == FORGED


def test_audit_log_escapes_the_actor(run, media):
    run("ingest", str(media["no_audio"]), user="eve\n    99 2026 admin")
    lines = run("audit", "log").output.splitlines()
    assert len(lines) == len(run("audit", "log", "--json").output.splitlines())
    assert [line.split()[2] for line in lines] == ["eve\\n"] * len(lines)
