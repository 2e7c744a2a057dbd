"""Diarization scoring with pyannote.metrics: no forgiveness collar, overlapped speech scored.

References are read with ``formats.load_rttm`` (the one RTTM reader)."""

from __future__ import annotations

from dataclasses import dataclass

from pyannote.core import Annotation, Timeline
from pyannote.metrics.diarization import DiarizationErrorRate, JaccardErrorRate


@dataclass
class DiarizationScores:
    """Error rates as fractions of the reference speech time.

    Attributes:
        der: Diarization error rate: ``missed + false_alarm + confusion``.
        jer: Jaccard error rate (DIHARD): the mean over reference speakers of their error.
        missed: Reference speech with no hypothesis speaker.
        false_alarm: Hypothesis speech where the reference has none (or fewer speakers).
        confusion: Speech given to the wrong speaker.
        reference_speech: Seconds of reference speech (the denominator).
    """

    der: float
    jer: float
    missed: float
    false_alarm: float
    confusion: float
    reference_speech: float


def diarization_scores(reference: Annotation, hypothesis: Annotation) -> DiarizationScores:
    """Score a hypothesis against a reference (collar 0, overlapped speech included).

    Args:
        reference: Ground-truth speaker turns.
        hypothesis: System output; its labels need not match the reference's.

    Returns:
        DER, JER and the DER breakdown, as fractions.
    """
    # Scored region: everything either side annotated (pyannote's default, made explicit).
    extent = (reference.get_timeline() | hypothesis.get_timeline()).extent()
    uem = Timeline([extent]) if extent.duration > 0 else None
    der_metric = DiarizationErrorRate(collar=0.0, skip_overlap=False)
    details = der_metric(reference, hypothesis, uem=uem, detailed=True)
    jer = JaccardErrorRate(collar=0.0, skip_overlap=False)(reference, hypothesis, uem=uem)
    total = details["total"]
    if total == 0:
        raise ValueError("the reference has no speech: DER is undefined")
    return DiarizationScores(
        der=float(details["diarization error rate"]),
        jer=float(jer),
        missed=float(details["missed detection"] / total),
        false_alarm=float(details["false alarm"] / total),
        confusion=float(details["confusion"] / total),
        reference_speech=float(total),
    )
