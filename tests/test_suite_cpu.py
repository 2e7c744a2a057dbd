"""``--cpu-times`` (tests/cpu_times.py) and its summary by file (benchmarks/suite_cpu.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_each_test_gets_a_row_of_cpu_seconds(tmp_path):
    (tmp_path / "test_spin.py").write_text(
        "import subprocess, sys, time\n"
        "def test_own():\n"
        "    end = time.process_time() + 0.3\n"
        "    while time.process_time() < end:\n"
        "        pass\n"
        "def test_child():\n"
        "    subprocess.run([sys.executable, '-c', 'import time\\nend = time.process_time() + 0.3"
        "\\nwhile time.process_time() < end: pass'], check=True)\n"
    )
    prefix = tmp_path / "cpu"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "cpu_times", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), str(tmp_path / "test_spin.py"), "--cpu-times", str(prefix)],
        env={"PYTHONPATH": str(ROOT / "tests"), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    rows = [line.split("\t") for line in (tmp_path / "cpu.main.tsv").read_text().splitlines()]
    assert [row[0] for row in rows] == ["test_spin.py::test_own", "test_spin.py::test_child"]
    (own, own_children), (child_own, children) = [(float(r[1]), float(r[2])) for r in rows]
    assert own >= 0.3 and own_children == 0.0
    assert children >= 0.3 and child_own < 0.3


def test_the_summary_sums_by_file_and_ranks_by_cpu(tmp_path):
    (tmp_path / "cpu.gw0.tsv").write_text(
        "tests/test_a.py::test_one\t1.00\t0.50\t2.00\ntests/test_b.py::test_x\t4.00\t0.00\t5.00\n"
    )
    (tmp_path / "cpu.gw1.tsv").write_text("tests/test_a.py::test_two\t0.50\t3.00\t1.00\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "suite_cpu.py"), str(tmp_path / "cpu")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert result.stdout.splitlines() == [
        "2 worker(s), 9 CPU seconds in tests",
        "   CPU s     own children  share  wall s  file",
        "     5.0     1.5      3.5  55.6%     3.0  tests/test_a.py",
        "     4.0     4.0      0.0  44.4%     5.0  tests/test_b.py",
    ]


def test_the_summary_without_rows_names_the_fix(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "suite_cpu.py"), str(tmp_path / "cpu")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"no {tmp_path / 'cpu'}.<worker>.tsv files: run pytest with --cpu-times"
    )
