"""Speech the decoder skipped: voiced stretches with no words, decoded again on their own.

Whisper can leave out speech it plainly heard, and faster-whisper then yields nothing for it:

- the decoder ends a 30-second window early (a last timestamp, then end-of-text), which
  faster-whisper reads as "no speech after this" and seeks a whole window on: tiny.en lost five
  clear lines (17 s) of a scripted county-fair encounter this way;
- it starts a window by jumping over its first seconds to later speech;
- faster-whisper skips a whole window it scores as no speech, and cuts text around a
  suspected hallucination (``hallucination_silence_threshold``).

None of this shows in the segments; the only evidence is voice activity with no words on it.
So after a window is decoded, every voiced stretch no word covers is decoded again on its own,
starting where the stretch starts (the decoder cannot jump over it) and with faster-whisper's
own skipping off; the guards judge what comes back and record what they take out. A stretch
that still yields no words is recorded as :data:`NO_WORDS`, so a reviewer sees where speech was
detected but not transcribed. Nothing a person said vanishes without a trace.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bodycam.transcribe.guards import screen
from bodycam.transcribe.removed import RemovedText

if TYPE_CHECKING:
    from bodycam.transcribe.asr import AsrOptions, AsrResult, AsrSegment

#: Seconds a word is taken to cover on each side of its own times: word times drift by a few
#: frames, and the pauses inside a sentence are shorter than twice this.
SLACK = 0.3
#: Longest a word is taken to last. A word the aligner stretched over several seconds
#: ("thank" over 6.5 s, after the decoder skipped the line before it) vouches only for the
#: end of its span: the aligner pulls a word's start back over audio nobody transcribed.
LONGEST_WORD = 1.2
#: Fewest voiced seconds with no word on them that are decoded again (a short word or two
#: can fall between word times and VAD edges without having been missed).
MIN_VOICED = 1.0
#: Rounds of re-decoding per window: a re-decode can itself skip part of its stretch, which
#: the next round takes up.
ROUNDS = 3

#: Longest stretch decoded in one piece: over a longer one the decoder can jump from the
#: start to the last line and write only that. Then the times a piece that gives nothing new
#: is halved, and the shortest piece: a shorter one gives the decoder too little context.
LONGEST_PIECE = 8.0
HALVINGS = 1
MIN_PIECE = 2.0

NO_WORDS = "speech without words"


@dataclass(frozen=True)
class Gap:
    """Voiced audio no word covers.

    Attributes:
        start: First voiced second with no word on it (recording time).
        end: Last such second.
        voiced: Seconds of voice activity in it with no word on them.
    """

    start: float
    end: float
    voiced: float


def covered(result: AsrResult) -> list[tuple[float, float]]:
    """Recording time accounted for: every word kept (at most the last :data:`LONGEST_WORD`
    seconds of it, widened by :data:`SLACK`), or the whole segment when it has no word times,
    and everything a guard took out (it is on record with its reason)."""
    spans: list[tuple[float, float]] = []
    for segment in result.segments:
        times = [(max(word.start, word.end - LONGEST_WORD), word.end) for word in segment.words]
        spans.extend(times or [(segment.start, segment.end)])
    spans.extend((item.start, item.end) for item in result.removed if item.reason != NO_WORDS)
    return _union([(start - SLACK, end + SLACK) for start, end in spans])


def uncovered(
    window: list[tuple[float, float]],
    speech: list[tuple[float, float]],
    accounted: list[tuple[float, float]],
    merge_gap: float,
) -> list[Gap]:
    """Voiced stretches of a decoding window that no word covers.

    Args:
        window: The window's speech chunks (recording seconds).
        speech: Voice-activity regions of the recording.
        accounted: What :func:`covered` returns.
        merge_gap: Uncovered pieces closer than this form one stretch (decoded together).

    Returns:
        The stretches with at least :data:`MIN_VOICED` uncovered voiced seconds, in time order.
    """
    voiced = _intersect(_union(speech), _union(window))
    pieces = _subtract(voiced, accounted)
    gaps: list[Gap] = []
    group: list[tuple[float, float]] = []
    for piece in [*pieces, None]:
        if group and (piece is None or piece[0] - group[-1][1] >= merge_gap):
            seconds = sum(end - start for start, end in group)
            if seconds >= MIN_VOICED - 1e-9:
                gaps.append(Gap(round(group[0][0], 3), round(group[-1][1], 3), round(seconds, 3)))
            group = []
        if piece is not None:
            group.append(piece)
    return gaps


def decode_span(
    window: list[tuple[float, float]], gap: Gap, pad: float
) -> list[tuple[float, float]]:
    """The window's chunks cut to ``gap`` widened by ``pad`` (context for the decoder)."""
    return [
        (round(max(start, gap.start - pad), 3), round(min(end, gap.end + pad), 3))
        for start, end in window
        if min(end, gap.end + pad) > max(start, gap.start - pad)
    ]


def new_words(segment: AsrSegment, accounted: list[tuple[float, float]]) -> AsrSegment | None:
    """``segment`` cut down to the words whose middle no earlier word covers (a re-decode
    starts a little before its stretch, so it hears the neighbouring words again), or
    ``None`` when none is left. A segment without word times is kept whole when its middle
    is uncovered."""
    return keep_words(segment, lambda middle: not inside(middle, accounted))


def keep_words(segment: AsrSegment, wanted: Callable[[float], bool]) -> AsrSegment | None:
    """``segment`` cut down to the words whose middle time is ``wanted`` (the segment itself
    when all are, ``None`` when none is); without word times, whole or ``None`` by its middle."""
    if not segment.words:
        return segment if wanted((segment.start + segment.end) / 2) else None
    words = [word for word in segment.words if wanted((word.start + word.end) / 2)]
    if not words:
        return None
    if len(words) == len(segment.words):
        return segment
    text = " ".join(word.word for word in words)
    return replace(segment, start=words[0].start, end=words[-1].end, text=text, words=words)


def fill_gaps(
    result: AsrResult,
    window: list[tuple[float, float]],
    speech: list[tuple[float, float]],
    options: AsrOptions,
    redecode: Callable[[list[tuple[float, float]]], list[AsrSegment]],
) -> None:
    """Decode again every voiced stretch of ``window`` that ``result`` has no words for.

    Args:
        result: The window's segments and removed text so far; extended in place (kept in
            time order).
        window: The window's speech chunks (recording seconds).
        speech: Voice-activity regions of the recording.
        options: ``speech_pad`` (context around a stretch), ``merge_gap`` and the guards'
            thresholds.
        redecode: Decodes the given chunks (recording seconds) on their own and returns the
            segments in recording times, unscreened.
    """
    fruitless: list[Gap] = []  # stretches a re-decode found nothing new in
    for _ in range(ROUNDS):
        gaps = [
            gap
            for gap in uncovered(window, speech, covered(result), options.merge_gap)
            if not any(old.start <= gap.start and gap.end <= old.end for old in fruitless)
        ]
        if not gaps:
            break
        for gap in gaps:
            if not _decode_gap(result, gap, window, speech, options, redecode, HALVINGS):
                fruitless.append(gap)
        result.segments.sort(key=lambda segment: segment.start)
        result.removed.sort(key=lambda item: item.start)
    for gap in uncovered(window, speech, covered(result), options.merge_gap):
        result.removed.append(
            RemovedText(
                gap.start,
                gap.end,
                "",
                NO_WORDS,
                f"{gap.voiced:.1f} s of voice activity the recogniser found no words in, "
                "also when it decoded that stretch again on its own: listen to it",
            )
        )
    result.removed.sort(key=lambda item: item.start)


def _decode_gap(
    result: AsrResult,
    gap: Gap,
    window: list[tuple[float, float]],
    speech: list[tuple[float, float]],
    options: AsrOptions,
    redecode: Callable[[list[tuple[float, float]]], list[AsrSegment]],
    halvings: int,
) -> bool:
    # Whether any new word came back. A stretch longer than LONGEST_PIECE is decoded in equal
    # pieces, and a piece that gives nothing new is halved: over 12 s of two people talking at
    # once, the decoder started at the stretch's start, jumped to its last line and wrote only
    # that, round after round, while each piece on its own gave words.
    length = gap.end - gap.start

    def each(pieces: list[Gap], halvings: int) -> bool:
        # Every piece is decoded, whatever the others give.
        found = [
            _decode_gap(result, piece, window, speech, options, redecode, halvings)
            for piece in pieces
        ]
        return any(found)

    if length > LONGEST_PIECE:
        return each(_pieces(gap, math.ceil(length / LONGEST_PIECE)), halvings)
    accounted = covered(result)
    found = False
    for segment in redecode(decode_span(window, gap, options.speech_pad)):
        fresh = new_words(segment, accounted)
        if fresh is None:
            continue
        found = True
        kept, removed = screen(fresh, speech, options)
        if kept is not None:
            result.segments.append(kept)
        result.removed.extend(removed)
    if found or halvings == 0 or length < 2 * MIN_PIECE:
        return found
    return each(_pieces(gap, 2), halvings - 1)


def _pieces(gap: Gap, count: int) -> list[Gap]:
    """``gap`` cut into ``count`` equal pieces."""
    step = (gap.end - gap.start) / count
    cuts = [round(gap.start + index * step, 3) for index in range(count)] + [gap.end]
    return [Gap(start, end, gap.voiced / count) for start, end in itertools.pairwise(cuts)]


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _intersect(
    first: list[tuple[float, float]], second: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    return [(max(a, c), min(b, d)) for a, b in first for c, d in second if min(b, d) > max(a, c)]


def _subtract(
    spans: list[tuple[float, float]], holes: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    # Both sorted and disjoint: one pass over each.
    left: list[tuple[float, float]] = []
    first = 0
    for start, end in spans:
        while first < len(holes) and holes[first][1] <= start:
            first += 1
        index = first
        while index < len(holes) and holes[index][0] < end:
            if holes[index][0] > start:
                left.append((start, holes[index][0]))
            start = max(start, holes[index][1])
            index += 1
        if start < end:
            left.append((start, end))
    return left


def inside(time: float, spans: list[tuple[float, float]]) -> bool:
    return any(start <= time <= end for start, end in spans)
