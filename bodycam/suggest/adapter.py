"""Build the detectors' utterances from transcription segments (anything shaped like
``transcribe.align.Segment``: start, end, text, speaker, words with start/end/text and, when
the recogniser gives it, probability)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .types import TimedWord, Utterance


def utterances_from_segments(
    segments: Iterable, roles: Mapping[str, str] | None = None
) -> list[Utterance]:
    """One utterance per segment, in time order.

    Args:
        segments: Transcript segments; a segment with no speaker gets ``"unknown"``.
        roles: Speaker label to role (``core.vocabulary.SPEAKER_ROLES``); unlisted speakers
            get ``"unknown"``.
    """
    roles = roles or {}
    found = []
    for segment in segments:
        speaker = segment.speaker or "unknown"
        words = tuple(
            TimedWord(
                str(w.text).strip(),
                float(w.start),
                float(w.end),
                float(getattr(w, "probability", 1.0)),
            )
            for w in (getattr(segment, "words", None) or [])
            if str(w.text).strip()
        )
        found.append(
            Utterance(
                speaker=speaker,
                role=roles.get(speaker, "unknown"),
                start=float(segment.start),
                end=float(segment.end),
                text=str(segment.text).strip(),
                words=words,
            )
        )
    return sorted(found, key=lambda u: (u.start, u.end))


def roles_by_overlap(
    utterances: Iterable[Utterance], reference: Iterable[tuple[float, float, str]]
) -> dict[str, str]:
    """Give each speaker label the role it overlaps most in ``reference``.

    Args:
        utterances: Machine utterances with speaker labels (roles ignored).
        reference: ``(start, end, role)`` spans, e.g. the script's lines.

    Returns:
        Speaker label to role, by majority overlap in seconds; ``"unknown"`` without overlap.
    """
    reference = list(reference)
    totals: dict[str, dict[str, float]] = {}
    for utterance in utterances:
        spans = [(w.start, w.end) for w in utterance.words] or [(utterance.start, utterance.end)]
        per_role = totals.setdefault(utterance.speaker, {})
        for start, end in spans:
            for ref_start, ref_end, role in reference:
                shared = min(end, ref_end) - max(start, ref_start)
                if shared > 0:
                    per_role[role] = per_role.get(role, 0.0) + shared
    return {
        speaker: max(sorted(per_role), key=per_role.get) if per_role else "unknown"
        for speaker, per_role in totals.items()
    }
