"""Speech under a decoding loop, decoded again one stretch of voice at a time.

When Whisper loops ("drop the knife, drop the knife, ..." 56 times), it has lost its place in
the audio, and the word times it gives the looped words are spread over whatever follows:
``repetition.collapse_loops`` keeps the occurrences whose times look heard, but those times can
lie over a different sentence said after the commands ("Okay, he dropped it. Get on the
ground."), which then counts as covered and is never decoded. That sentence was lost this way on
one machine and kept on another: CTranslate2's floating point differs between CPUs, and so does
where a loop starts.

So the audio under a loop is not trusted to the looped decode at all. Every voice-activity
region the loop's removed text overlaps is decoded again on its own (a region is one stretch
of speech between pauses, far too short for the decoder to lose its place in), the words the
looped decode put in those regions are replaced by what the regions give, and the guards judge
the result. The loop stays on record in ``removed``; nothing a person said is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bodycam.transcribe.gaps import inside, keep_words
from bodycam.transcribe.guards import screen
from bodycam.transcribe.repetition import LOOP

if TYPE_CHECKING:
    from bodycam.transcribe.asr import AsrOptions, AsrResult, AsrSegment

#: Longest voice region decoded again on its own: a longer one holds no pause to cut at, and
#: decoding it whole again could loop the same way (the collapsed loop then stands).
LONGEST_REGION = 30.0

REDECODED = "; the speech under it was decoded again one voice region at a time"


def loop_regions(
    looped: list[tuple[float, float]], speech: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Voice-activity regions (recording seconds) that a looped segment's span overlaps, in
    time order, each at most :data:`LONGEST_REGION` long."""
    return [
        (start, end)
        for start, end in speech
        if end - start <= LONGEST_REGION
        and any(min(end, loop_end) > max(start, loop_start) for loop_start, loop_end in looped)
    ]


def redecode_loops(
    result: AsrResult,
    looped: list[tuple[float, float]],
    speech: list[tuple[float, float]],
    options: AsrOptions,
    redecode: Callable[[list[tuple[float, float]]], list[AsrSegment]],
) -> None:
    """Replace what the looped segments left in ``result`` by each of their regions decoded
    alone.

    The whole span of a segment that looped is decoded again, not only where its removed
    occurrences were timed: the decoder loses its place before the repeats it is caught on
    (four occurrences timed over five commands said, then the loop).

    Args:
        result: One window's segments and removed text; changed in place (kept in time order).
        looped: Spans (recording seconds, as decoded) of the segments a loop was taken out of.
        speech: Voice-activity regions of the recording.
        options: ``speech_pad`` (context around a region) and the guards' thresholds.
        redecode: Decodes the given chunks (recording seconds) on their own and returns the
            segments in recording times, unscreened.
    """
    regions = loop_regions(looped, speech)
    if not regions:
        return
    fresh: list[AsrSegment] = []
    for start, end in regions:
        span = [(max(0.0, start - options.speech_pad), end + options.speech_pad)]
        for segment in redecode(span):
            segment = _within(segment, [(start, end)])
            if segment is None:
                continue
            kept, removed = screen(segment, speech, options)
            if kept is not None:
                fresh.append(kept)
            result.removed.extend(removed)
    # Every word in a looped segment's span goes, those between the regions (in the pauses)
    # too: their times were made up.
    replaced = [_hull(loop, regions) for loop in looped]
    outside = [_without(segment, replaced) for segment in result.segments]
    result.segments = sorted(
        [segment for segment in outside if segment is not None] + fresh,
        key=lambda segment: segment.start,
    )
    for item in result.removed:
        if item.reason == LOOP and not item.detail.endswith(REDECODED):
            item.detail += REDECODED
    result.removed.sort(key=lambda item: item.start)


def _hull(loop: tuple[float, float], regions: list[tuple[float, float]]) -> tuple[float, float]:
    mine = [(start, end) for start, end in regions if min(end, loop[1]) > max(start, loop[0])]
    return min([loop[0]] + [start for start, _ in mine]), max([loop[1]] + [end for _, end in mine])


def _within(segment: AsrSegment, spans: list[tuple[float, float]]) -> AsrSegment | None:
    # The padding around a region lets the decoder hear the neighbouring words again: keep
    # only the words whose middle lies in the region itself.
    return keep_words(segment, lambda middle: inside(middle, spans))


def _without(segment: AsrSegment, spans: list[tuple[float, float]]) -> AsrSegment | None:
    return keep_words(segment, lambda middle: not inside(middle, spans))
