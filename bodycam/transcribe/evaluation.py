"""Diarization scoring with pyannote.metrics: no forgiveness collar, overlapped speech scored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyannote.core import Annotation, Segment, Timeline
from pyannote.metrics.diarization import DiarizationErrorRate, JaccardErrorRate


class RttmFormatError(Exception):
    "An RTTM file has a malformed SPEAKER line"


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


def load_rttm(path: str | Path, uri: str | None = None) -> Annotation:
    """Read the SPEAKER lines of an RTTM file.

    Args:
        path: The RTTM file.
        uri: Keep only lines of this file id; ``None`` keeps every line (one Annotation).

    Returns:
        Turns labelled with the RTTM speaker names.

    Raises:
        RttmFormatError: A SPEAKER line lacks fields or has non-numeric times.
    """
    path = Path(path)
    annotation: Annotation | None = None
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        fields = line.split()
        if not fields or fields[0] != "SPEAKER":
            continue
        if len(fields) < 8:
            raise RttmFormatError(f"{path}:{number}: expected at least 8 fields, got {line!r}")
        if uri is not None and fields[1] != uri:
            continue
        try:
            start, duration = float(fields[3]), float(fields[4])
        except ValueError as error:
            raise RttmFormatError(f"{path}:{number}: bad time in {line!r}") from error
        if annotation is None:
            annotation = Annotation(uri=fields[1])
        annotation[Segment(start, start + duration), number] = fields[7]
    return annotation if annotation is not None else Annotation(uri=uri or path.stem)


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
