"""The pyannote.audio backend (optional extra ``bodycam-review[pyannote]``): a pipeline loaded
from a trusted local directory or a hub id, behind the ``Diarizer`` interface."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from pyannote.core import Annotation

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.progress import Progress, no_progress
from bodycam.transcribe import embeddings
from bodycam.transcribe.audio_source import as_signal
from bodycam.transcribe.diarization import DiarizationUnavailable
from bodycam.transcribe.diarization.options import PyannoteOptions
from bodycam.transcribe.types import DiarizationResult, SpeakerTurn

#: Environment variable listing directories (os.pathsep-separated) whose pyannote configs
#: may be loaded.
TRUSTED_ROOTS_ENV = "BODYCAM_TRUSTED_PIPELINE_ROOTS"
#: Environment variable holding the Hugging Face token for a hub id (kept out of the options,
#: so it never reaches provenance).
TOKEN_ENV = "HF_TOKEN"


class UntrustedPipelineConfig(DiarizationUnavailable):
    "A pipeline config lies outside the trusted directories"


class PyannoteDiarizer:
    """A pyannote.audio pipeline behind the ``Diarizer`` interface.

    A pyannote ``config.yaml`` instantiates whatever classes it names, so a local config is
    loaded only from inside a trusted directory: ``trusted_roots`` or, when that is ``None``,
    the directories listed in the ``BODYCAM_TRUSTED_PIPELINE_ROOTS`` environment variable.

    Args:
        pipeline_source: A local directory holding ``config.yaml`` (or the file itself), or a
            hub id such as ``pyannote/speaker-diarization-community-1`` (needs ``token``).
        token: Hub access token for a hub id.
        device: torch device name.
        trusted_roots: Directories whose configs may be loaded.
        min_speakers: Passed to the pipeline.
        max_speakers: Passed to the pipeline.
        encoder: Encoder used to embed speakers when the pipeline returns no embeddings.

    Raises:
        UntrustedPipelineConfig: A local config outside every trusted root.
        DiarizationUnavailable: pyannote.audio is not installed or the pipeline fails to load.
    """

    def __init__(
        self,
        pipeline_source: str | Path,
        token: str | None = None,
        device: str = "cpu",
        *,
        trusted_roots: Sequence[str | Path] | None = None,
        min_speakers: int | None = None,
        max_speakers: int | None = None,
        encoder: embeddings.SpeakerEncoder | None = None,
    ) -> None:
        config = _local_config(pipeline_source)
        if config is not None:
            _require_trusted(config, trusted_roots)
        try:
            from pyannote.audio import Pipeline
        except ImportError as error:
            raise DiarizationUnavailable(
                "the pyannote backend needs pyannote.audio: install with "
                "pip install 'bodycam-review[pyannote]'"
            ) from error
        try:
            if config is not None:
                pipeline = Pipeline.from_pretrained(config)
            else:
                pipeline = _from_hub(Pipeline, str(pipeline_source), token)
        except Exception as error:  # pyannote raises many kinds; all mean "cannot load"
            raise DiarizationUnavailable(
                f"cannot load pyannote pipeline {pipeline_source!s}: {error}"
            ) from error
        if pipeline is None:  # pyannote 3 returns None instead of raising on gated models
            raise DiarizationUnavailable(
                f"cannot load pyannote pipeline {pipeline_source!s} (gated or missing token?)"
            )
        try:
            import torch

            pipeline.to(torch.device(device))
        except Exception as error:
            raise DiarizationUnavailable(f"cannot move pipeline to {device}: {error}") from error
        self._setup(pipeline, min_speakers, max_speakers, encoder)

    @classmethod
    def from_options(
        cls,
        options: PyannoteOptions,
        *,
        device: str = "cpu",
        encoder: embeddings.SpeakerEncoder | None = None,
    ) -> PyannoteDiarizer:
        """Load the pipeline ``options`` names; a hub id's token is read from ``HF_TOKEN``."""
        return cls(
            options.pipeline,
            os.environ.get(TOKEN_ENV),
            device,
            trusted_roots=options.trusted_roots,
            min_speakers=options.min_speakers,
            max_speakers=options.max_speakers,
            encoder=encoder,
        )

    @classmethod
    def from_pipeline(
        cls,
        pipeline: Callable[..., Any],
        *,
        min_speakers: int | None = None,
        max_speakers: int | None = None,
        encoder: embeddings.SpeakerEncoder | None = None,
    ) -> PyannoteDiarizer:
        """Wrap an already loaded pipeline (or any callable with pyannote's call signature)."""
        diarizer = cls.__new__(cls)
        diarizer._setup(pipeline, min_speakers, max_speakers, encoder)
        return diarizer

    def _setup(
        self,
        pipeline: Callable[..., Any],
        min_speakers: int | None,
        max_speakers: int | None,
        encoder: embeddings.SpeakerEncoder | None,
    ) -> None:
        self.pipeline = pipeline
        self.min_speakers = min_speakers
        self.max_speakers = max_speakers
        self._encoder = encoder

    def __call__(
        self,
        audio: np.ndarray,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> DiarizationResult:
        """Diarize with the pipeline (see ``Diarizer``).

        pyannote finds speech itself, so ``speech`` is not used to cut the audio; the result's
        ``speech`` is the union of the pipeline's turns.
        """
        import torch

        progress = progress or no_progress
        audio = as_signal(audio)
        progress(0.0, "Running pyannote pipeline")

        def hook(step_name: str, step_artifact: Any = None, file: Any = None, **kwargs: Any):
            total, completed = kwargs.get("total"), kwargs.get("completed")
            fraction = completed / total if total and completed is not None else 0.0
            progress(min(0.9, 0.9 * fraction), f"pyannote: {step_name}")

        arguments: dict[str, Any] = {"hook": hook}
        if self.min_speakers is not None:
            arguments["min_speakers"] = self.min_speakers
        if self.max_speakers is not None:
            arguments["max_speakers"] = self.max_speakers
        # The pipeline takes the whole signal: a WavFile is read into memory here.
        waveform = np.asarray(audio, dtype=np.float32)
        file = {"waveform": torch.from_numpy(waveform)[None, :], "sample_rate": SAMPLE_RATE}
        output = self.pipeline(file, **arguments)
        annotation, pipeline_embeddings = _unpack_pipeline_output(output)
        progress(0.9, "Collecting speaker embeddings")
        return self._to_result(audio, annotation, pipeline_embeddings, progress)

    def _to_result(
        self,
        audio: np.ndarray,
        annotation: Annotation,
        pipeline_embeddings: np.ndarray | None,
        progress: Progress,
    ) -> DiarizationResult:
        segments = sorted(
            annotation.itertracks(yield_label=True), key=lambda t: (t[0].start, t[0].end)
        )
        order = list(dict.fromkeys(label for _, _, label in segments))
        names = {label: f"S{index}" for index, label in enumerate(order)}
        turns = [
            SpeakerTurn(round(segment.start, 3), round(segment.end, 3), names[label])
            for segment, _, label in segments
            if segment.duration > 0
        ]
        speaker_embeddings: dict[str, np.ndarray] = {}
        # pyannote orders its embedding rows like annotation.labels() (sorted labels).
        rows = {label: index for index, label in enumerate(annotation.labels())}
        for label in order:
            vector = None
            if pipeline_embeddings is not None and rows[label] < len(pipeline_embeddings):
                candidate = np.asarray(pipeline_embeddings[rows[label]], dtype=np.float32)
                if np.all(np.isfinite(candidate)) and np.linalg.norm(candidate) > 0:
                    vector = embeddings.normalize(candidate)
            if vector is None:
                speaker_segments = [
                    (segment.start, segment.end) for segment in annotation.label_timeline(label)
                ]
                vector = self._get_encoder().embed_segments(audio, speaker_segments)
            speaker_embeddings[names[label]] = vector
        speech = [(round(s.start, 3), round(s.end, 3)) for s in annotation.get_timeline().support()]
        progress(1.0, f"Found {len(order)} speaker(s)")
        return DiarizationResult(turns=turns, embeddings=speaker_embeddings, speech=speech)

    def _get_encoder(self) -> embeddings.SpeakerEncoder:
        if self._encoder is None:
            try:
                self._encoder = embeddings.SpeakerEncoder()
            except embeddings.EncoderUnavailable as error:
                raise DiarizationUnavailable(str(error)) from error
        return self._encoder


def _unpack_pipeline_output(output: Any) -> tuple[Annotation, np.ndarray | None]:
    """Handle pyannote 4 (DiarizeOutput), pyannote 3 ((Annotation, embeddings)) and Annotation."""
    if isinstance(output, Annotation):
        return output, None
    if isinstance(output, tuple) and len(output) == 2 and isinstance(output[0], Annotation):
        return output[0], None if output[1] is None else np.asarray(output[1])
    annotation = getattr(output, "speaker_diarization", None)
    if isinstance(annotation, Annotation):
        vectors = getattr(output, "speaker_embeddings", None)
        return annotation, None if vectors is None else np.asarray(vectors)
    raise DiarizationUnavailable(
        f"the pipeline returned {type(output).__name__}, not a pyannote Annotation"
    )


def _local_config(source: str | Path) -> Path | None:
    """The config.yaml a local source points at, or None for a hub id."""
    path = Path(source).expanduser()
    if path.is_dir():
        return path / "config.yaml"
    if path.suffix in {".yaml", ".yml"} or path.exists():
        return path
    if isinstance(source, Path) or str(source).startswith((".", "/", "~")):
        return path  # looks local but does not exist: still refuse or report it as local
    return None


def trusted_roots_from_environment() -> list[Path]:
    """Directories listed in ``BODYCAM_TRUSTED_PIPELINE_ROOTS`` (os.pathsep-separated)."""
    value = os.environ.get(TRUSTED_ROOTS_ENV, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def _require_trusted(config: Path, trusted_roots: Sequence[str | Path] | None) -> None:
    roots = (
        [Path(root) for root in trusted_roots]
        if trusted_roots is not None
        else trusted_roots_from_environment()
    )
    # resolve() follows symlinks, so a link inside a trusted root cannot point outside it.
    resolved = config.expanduser().resolve()
    for root in roots:
        if resolved.is_relative_to(root.expanduser().resolve()):
            if not resolved.is_file():
                raise DiarizationUnavailable(f"no pipeline config at {resolved}")
            return
    raise UntrustedPipelineConfig(
        f"refusing to load pipeline config {resolved}: it is not inside a trusted directory "
        f"({', '.join(str(root) for root in roots) or 'none configured'}); a pyannote config "
        f"can instantiate any class, so add its directory to trusted_roots or "
        f"{TRUSTED_ROOTS_ENV} only if you trust it"
    )


def _from_hub(pipeline_class: Any, source: str, token: str | None) -> Any:
    try:
        return pipeline_class.from_pretrained(source, token=token)
    except TypeError:  # pyannote.audio 3.x names the argument use_auth_token
        return pipeline_class.from_pretrained(source, use_auth_token=token)
