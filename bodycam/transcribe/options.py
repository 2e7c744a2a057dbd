"""One transcription options object, built once at the edge (CLI, worker) and passed whole.

``TranscriptionOptions`` holds the ASR options and the options of one diarization backend; the
backend is chosen by the type of ``diarization`` (``DiarizationOptions`` for the embedded
diarizer, ``PyannoteOptions`` for pyannote.audio). Provenance stores ``to_dict()``
(``dataclasses.asdict``, JSON), never a ``repr``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from bodycam.core.errors import InvalidInput
from bodycam.transcribe.asr import AsrOptions
from bodycam.transcribe.diarization.options import DiarizationOptions, PyannoteOptions
from bodycam.transcribe.vad import VadSettings

#: Backend names as the CLI and settings spell them.
BACKENDS = ("embedded", "pyannote")


@dataclass(frozen=True)
class TranscriptionOptions:
    """Everything that decides how one audio file is transcribed with speakers.

    Attributes:
        asr: Speech-recognition options.
        diarization: The diarization backend's options; its type selects the backend.
    """

    asr: AsrOptions = field(default_factory=AsrOptions)
    diarization: DiarizationOptions | PyannoteOptions = field(default_factory=DiarizationOptions)

    @classmethod
    def from_settings(
        cls,
        *,
        model: str = "tiny.en",
        beam_size: int = 5,
        diarization: str = "embedded",
        pyannote_pipeline: str | None = None,
        min_speakers: int = 1,
        max_speakers: int = 8,
    ) -> TranscriptionOptions:
        """Build the options from the flat settings a user gives (CLI flags, app settings).

        Raises:
            InvalidInput: An unknown backend, a speaker range the wrong way round, or the
                pyannote backend without a pipeline; the message names the setting and the fix.
        """
        if diarization not in BACKENDS:
            raise InvalidInput(
                f"unknown diarization backend {diarization!r}. Fix: use one of "
                f"{', '.join(BACKENDS)}."
            )
        if not 1 <= min_speakers <= max_speakers:
            raise InvalidInput(
                f"min_speakers {min_speakers} / max_speakers {max_speakers}: need "
                f"1 <= min_speakers <= max_speakers. Fix: lower min_speakers or raise "
                f"max_speakers."
            )
        backend: DiarizationOptions | PyannoteOptions
        if diarization == "pyannote":
            if not pyannote_pipeline:
                raise InvalidInput(
                    "the pyannote diarization backend needs a pipeline. Fix: give "
                    "--pyannote-pipeline (a local directory with config.yaml, or a hub id)."
                )
            backend = PyannoteOptions(
                pipeline=str(pyannote_pipeline),
                min_speakers=min_speakers,
                max_speakers=max_speakers,
            )
        else:
            backend = DiarizationOptions(min_speakers=min_speakers, max_speakers=max_speakers)
        return cls(asr=AsrOptions(model=model, beam_size=beam_size), diarization=backend)

    @property
    def backend(self) -> str:
        """``"embedded"`` or ``"pyannote"``, from the diarization options' type."""
        return "pyannote" if isinstance(self.diarization, PyannoteOptions) else "embedded"

    @property
    def diarization_vad(self) -> VadSettings:
        """Voice-activity settings of the speech regions diarization is given (pyannote finds
        speech itself; its result's regions then use the defaults)."""
        if isinstance(self.diarization, DiarizationOptions):
            return self.diarization.vad
        return VadSettings()

    def to_dict(self) -> dict[str, Any]:
        """The options as JSON-ready data (``dataclasses.asdict``) plus the backend name."""
        return {"backend": self.backend, **asdict(self)}

    def key(self) -> str:
        """A hashable key equal for equal options (``AsrOptions`` is not frozen)."""
        return json.dumps(self.to_dict(), sort_keys=True)
