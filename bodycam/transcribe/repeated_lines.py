"""A line the decoder writes again and again, each copy a segment of its own.

``repetition.collapse_loops`` judges a loop inside one segment. Whisper also loops across
segments: on devset d83 (five voices in crowd babble) tiny.en's first decode heard the partner's
"Can you tell me what's happened here tonight?" and then wrote it six more times, one segment
each, over the next 20 s of other people's lines (the bystander's "My wallet is in the car", the
witness's thanks, the partner's "We just need to make sure we have the details right"). Every
copy is timed as if heard, so time cannot tell it from a person saying the line again.

The audio can: a copy the decoder invented is not what that audio gives when it is decoded
again on its own. So the copies after the first are taken out, on record
(:data:`REPEATED_LINE`), and the speech under them counts as not transcribed: ``gaps`` decodes
it again, stretch by stretch, and what those re-decodes hear stands, the same line again where
a person really said it again ("Drop the knife!" ten times). A re-decode is judged the same
way (d69: a civilian's line in rain came back as "I don't know why people are doing
anything." three times); its later copies are heard again in the next round of ``gaps``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.repetition import word_key

if TYPE_CHECKING:
    from bodycam.transcribe.asr import AsrSegment

#: Fewest back-to-back segments with the same words that make a run worth checking (as
#: ``repetition.MIN_REPEATS``: a line said twice is common).
MIN_COPIES = 3

#: A copy said in under this share of the first copy's time is crammed: the same words in less
#: than half the time are no person saying the line again. fresh18's d154: tiny.en wrote the
#: officer's "How long have you been standing out here on the corner?" (3.6 s) again over the
#: widow's quiet reply, timed into 1.4 s (eight words a second). Such a copy is taken out even
#: when it is the only one (a line said twice, each in its own time, stays).
CRAMMED_SHARE = 0.5

REPEATED_LINE = "repeated line"


def line_key(segment: AsrSegment) -> str:
    """The segment's words folded for comparison (``repetition.word_key`` each)."""
    texts = [word.word for word in segment.words] if segment.words else segment.text.split()
    return " ".join(filter(None, (word_key(text) for text in texts)))


def take_out_copies(
    segments: list[AsrSegment],
) -> tuple[list[AsrSegment], list[RemovedText]]:
    """``segments`` (one decode's, in time order) without the copies after the first in every
    run of at least :data:`MIN_COPIES` back-to-back segments with the same words, nor a
    shorter run's copies said in under :data:`CRAMMED_SHARE` of the first's time, and the
    record of each copy taken out."""
    kept: list[AsrSegment] = []
    removed: list[RemovedText] = []
    index = 0
    while index < len(segments):
        key = line_key(segments[index])
        last = index
        while key and last + 1 < len(segments) and line_key(segments[last + 1]) == key:
            last += 1
        copies = last - index + 1
        first = segments[index]
        kept.append(first)
        for copy in segments[index + 1 : last + 1]:
            crammed = _length(copy) < CRAMMED_SHARE * _length(first)
            if copies < MIN_COPIES and not crammed:
                kept.append(copy)
                continue
            detail = (
                f"the decoder wrote this line {copies} times in a row, each its own segment"
                if copies >= MIN_COPIES
                else f"the decoder wrote this line again in {_length(copy):.1f} s, under half "
                f"the {_length(first):.1f} s it took the first time"
            )
            removed.append(
                RemovedText(
                    copy.start,
                    copy.end,
                    copy.text,
                    REPEATED_LINE,
                    f"{detail}; the speech under this copy was decoded again on its own",
                )
            )
        index = last + 1
    return kept, removed


def _length(segment: AsrSegment) -> float:
    """Seconds the segment's words span (its own times when it has no words)."""
    if segment.words:
        return segment.words[-1].end - segment.words[0].start
    return segment.end - segment.start
