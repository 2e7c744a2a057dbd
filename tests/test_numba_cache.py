"""librosa's numba kernels are compiled once, by one process, before any parallel work
(``bodycam.transcribe.numba_cache``): on a fresh install, test workers compiling them at once
corrupted numba's cache index and later processes crashed (session 17's CI)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# Every kernel a whole test run compiled on a fresh install (session 17's CI), by numba's cache
# index name: the warm-up must leave none for the workers to compile. pYIN's Viterbi pass is
# bodycam.transcribe.pyin's own since session 45 (librosa's sequence._viterbi no longer runs).
KERNELS = {
    "audio._zc_wrapper",
    "guf-audio._zc_wrapper",
    "guf-pitch._pi_wrapper",
    "guf-utils.__peak_pick",
    "guf-utils._localmax",
    "guf-utils._localmin",
    "pitch._pi_wrapper",
    "pyin._banded_viterbi",
    "utils.__peak_pick",
    "utils._cabs2",
    "utils._localmax",
    "utils._localmin",
    "utils._phasor_angles",
}


def _indexed(folder) -> set[str]:
    return {path.name.rsplit("-", 1)[0] for path in folder.rglob("*.nbi")}


@pytest.mark.slow
def test_the_warm_up_compiles_every_kernel_into_an_empty_cache(tmp_path):
    # An empty cache of its own, so the warm-up compiles rather than reading the kernels the
    # run's own warm-up cached (tests/conftest.py). Unoptimised (NUMBA_OPT=0): the test reads
    # which kernels are indexed, not how fast they run, and LLVM's passes were a third of the
    # 20 CPU seconds the compiling took.
    environment = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path), "NUMBA_OPT": "0"}
    command = [sys.executable, "-m", "bodycam.transcribe.numba_cache"]
    subprocess.run(command, env=environment, check=True, timeout=300)
    assert _indexed(tmp_path) == KERNELS
