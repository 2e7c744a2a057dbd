"""Diarizing development-set recordings built at test time, under several option sets."""

from __future__ import annotations

import shutil

import pytest

from bodycam.transcribe import devset, evaluation
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.formats import load_rttm

needs_voices = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("flite") is None,
    reason="needs espeak-ng and flite to build the recording",
)


def scores(recording_id: str, folder, variants: dict[str, DiarizationOptions]) -> dict:
    """``{variant: (speakers found, DER rounded to 4 places)}`` for one recording built into
    ``folder`` and diarized once per option set."""
    from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer

    (recording,) = devset.build(ids=[recording_id], folder=folder)
    audio = devset.read_audio(recording.audio_path)
    reference = load_rttm(recording.rttm_path)
    found = {}
    for name, options in variants.items():
        result = EmbeddedDiarizer(options)(audio)
        der = evaluation.diarization_scores(reference, result.to_annotation()).der
        found[name] = (len(result.speakers), round(der, 4))
    return found
