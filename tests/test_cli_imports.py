"""Light commands load no heavy library: every `bodycam` command starts a new Python, and what
it imports before doing anything is paid on each one (the test suite starts hundreds).

Registration is by dotted path and handlers import lazily, so listing the commands needs
neither the database layer nor the models; the ``bodycam.suggest`` package loads its
detectors on first use, not when its stage registers.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from support import REPO

# The libraries worth a tenth of a second or more on import, and the detectors' rules.
HEAVY = (
    "av",
    "bodycam.suggest.detection",
    "cv2",
    "faster_whisper",
    "numpy",
    "pandas",
    "scipy",
    "sqlite_utils",
    "streamlit",
    "torch",
)
# sqlite-utils imports NumPy (when installed) at its own import, in a try: any command that
# opens the database pays for it. It would import pandas too, but the store keeps it from that
# (models/store.py: 0.35 s of every command).
DATABASE = {"numpy", "sqlite_utils"}

_RUN_CLI = """
from bodycam.cli import cli
try:
    cli(sys.argv[2:], prog_name="bodycam")
except SystemExit as exit:
    assert not exit.code, exit.code
"""
_REPORT = "print(json.dumps(sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)))"


def loaded_after(code: str, *args: str) -> set[str]:
    """The modules of ``HEAVY`` in ``sys.modules`` after ``code`` ran in a new Python (with
    ``args`` from ``sys.argv[2]`` on)."""
    script = f"import json, sys\n{code}\n{_REPORT}"
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(HEAVY), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def loaded_by(*args: str) -> set[str]:
    """What ``bodycam ARGS`` loaded."""
    return loaded_after(_RUN_CLI, *args)


@pytest.mark.parametrize(
    "args",
    [["--help"], ["list", "--help"], ["ingest", "--help"], ["process", "--help"]],
    ids=" ".join,
)
def test_help_loads_no_heavy_library(args, tmp_path):
    assert loaded_by("--data-dir", str(tmp_path), *args) == set()


@pytest.mark.parametrize("args", [["list"], ["suggestions", "stats"]], ids=" ".join)
def test_a_database_command_loads_only_the_database_layer(args, tmp_path):
    """`bodycam suggestions` (and confirm, reject) read the inbox, not the detectors."""
    assert loaded_by("--data-dir", str(tmp_path), *args) == DATABASE


def test_an_idle_process_loads_no_model(tmp_path):
    """With nothing queued, `bodycam process` loads neither the models nor Streamlit. SciPy
    comes with the transcription options, whose defaults live in the diarization steps'
    modules."""
    assert loaded_by("--data-dir", str(tmp_path), "process") == DATABASE | {"scipy"}


def test_serve_replaces_itself_with_streamlit_without_importing_it():
    """`bodycam serve` (and `demo`) builds Streamlit's command line in ``ui.server`` and execs
    it: the new process loads Streamlit, this one need not."""
    assert loaded_after("import bodycam.cli.serve, bodycam.ui.server") == set()
