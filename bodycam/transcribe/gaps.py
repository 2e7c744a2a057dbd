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
own skipping off; the guards judge what comes back and record what they take out, and text the
model scores as a failed decode goes on record too (``guards.UNSURE``): with no words from the
first decode to back it, a re-decode's unlikely text is more often invented than heard. A stretch
that still yields no words is recorded as :data:`NO_WORDS`, so a reviewer sees where speech was
detected but not transcribed. Nothing a person said vanishes without a trace.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bodycam.transcribe.guards import UNSURE, removed_segment, screen
from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.repeated_lines import REPEATED_LINE, take_out_copies

if TYPE_CHECKING:
    from bodycam.transcribe.asr import AsrOptions, AsrResult, AsrSegment, AsrWord

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


def covered(
    result: AsrResult, speech: list[tuple[float, float]] | None = None
) -> list[tuple[float, float]]:
    """Recording time accounted for: every word kept (what :func:`word_span` says it vouches
    for, widened by :data:`SLACK` but, with ``speech``, never into another voice region), or
    the whole segment when it has no word times, and everything a guard took out (it is on
    record with its reason) but a repeated line's later copies, whose speech is to be decoded
    again."""
    voice = _union(speech) if speech else []
    spans: list[tuple[float, float]] = []
    for segment in result.segments:
        for word in segment.words:
            start, end, low, high = _placed(word, voice)
            spans.append((max(start - SLACK, low), min(end + SLACK, high)))
        if not segment.words:
            spans.append((segment.start - SLACK, segment.end + SLACK))
    # A repeated line's later copies were taken out for their speech to be decoded again.
    spans.extend(
        (item.start - SLACK, item.end + SLACK)
        for item in result.removed
        if item.reason not in (NO_WORDS, REPEATED_LINE)
    )
    return _union(spans)


def word_span(word: AsrWord, voice: list[tuple[float, float]]) -> tuple[float, float]:
    """The stretch of audio a word vouches for.

    At most its last :data:`LONGEST_WORD` seconds, and only its part in the voice region
    (of ``voice``: sorted, disjoint; empty for none) that holds most of it. The aligner
    stretches a line's last word over the pause after it ("moment." timed 42.2-43.2 s where
    the voice stopped at 42.7 s) and pulls a decode's first word back over the pause before
    it ("The" timed from where the decoded audio starts, 0.4 s before the voice): such a
    word must neither claim the neighbouring line's first word nor be taken for one of that
    line's words heard again. A word lying wholly outside voice activity keeps its times.
    """
    start, end, _, _ = _placed(word, voice)
    return start, end


def _placed(word: AsrWord, voice: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    # (start, end) as word_span, and the pause around its voice region it may be widened
    # into (the previous region's end, the next one's start).
    start, end = max(word.start, word.end - LONGEST_WORD), word.end
    first = max(bisect.bisect_right(voice, (start, math.inf)) - 1, 0)
    last = bisect.bisect_left(voice, (end,))
    overlaps = [
        (min(end, voice[index][1]) - max(start, voice[index][0]), index)
        for index in range(first, last)
        if min(end, voice[index][1]) > max(start, voice[index][0])
    ]
    if not overlaps:
        return start, end, -math.inf, math.inf
    index = max(overlaps)[1]
    low = voice[index - 1][1] if index > 0 else -math.inf
    high = voice[index + 1][0] if index + 1 < len(voice) else math.inf
    return max(start, voice[index][0]), min(end, voice[index][1]), low, high


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


def new_words(
    segment: AsrSegment,
    accounted: list[tuple[float, float]],
    speech: list[tuple[float, float]] | None = None,
) -> AsrSegment | None:
    """``segment`` cut down to the words no earlier word covers (a re-decode starts a little
    before its stretch, so it hears the neighbouring words again), or ``None`` when none is
    left. A word is judged by the middle of its :func:`word_span` (with ``speech``), a
    segment without word times by its middle."""
    voice = _union(speech) if speech else []

    def new(word: AsrWord) -> bool:
        return not inside(sum(word_span(word, voice)) / 2, accounted)

    if not segment.words:
        return keep_words(segment, lambda middle: not inside(middle, accounted))
    words = [word for word in segment.words if new(word)]
    if len(words) == len(segment.words):
        return segment
    return _with_words(segment, words)


def keep_words(segment: AsrSegment, wanted: Callable[[float], bool]) -> AsrSegment | None:
    """``segment`` cut down to the words whose middle time is ``wanted`` (the segment itself
    when all are, ``None`` when none is); without word times, whole or ``None`` by its middle."""
    if not segment.words:
        return segment if wanted((segment.start + segment.end) / 2) else None
    words = [word for word in segment.words if wanted((word.start + word.end) / 2)]
    if len(words) == len(segment.words):
        return segment
    return _with_words(segment, words)


def _with_words(segment: AsrSegment, words: list[AsrWord]) -> AsrSegment | None:
    """``segment`` cut down to ``words`` (``None`` when there are none)."""
    if not words:
        return None
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
            for gap in uncovered(window, speech, covered(result, speech), options.merge_gap)
            if not any(old.start <= gap.start and gap.end <= old.end for old in fruitless)
        ]
        if not gaps:
            break
        for gap in gaps:
            if not _decode_gap(result, gap, window, speech, options, redecode, HALVINGS):
                fruitless.append(gap)
        result.segments.sort(key=lambda segment: segment.start)
        result.removed.sort(key=lambda item: item.start)
    for gap in uncovered(window, speech, covered(result, speech), options.merge_gap):
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
        return each(_pieces(gap, speech), halvings)

    # Words already inside the stretch, between its uncovered pieces, were timed by a decode
    # that skipped the speech on both sides of them; the aligner then puts a line's first word
    # where the skipped speech starts ("Okay," timed over "the other officer", 2 s before it
    # was said). They do not keep the re-decode's words out: where it hears words over them,
    # its words replace them.
    def inside_gap(middle: float) -> bool:
        return gap.start < middle < gap.end

    accounted = covered(
        replace(result, segments=_without_words(result.segments, inside_gap)), speech
    )
    found = False
    heard: list[AsrSegment] = []
    # A line the re-decode writes three times over keeps its first copy; the next round
    # decodes the speech under the others again.
    segments, copies = take_out_copies(redecode(decode_span(window, gap, options.speech_pad)))
    result.removed.extend(copies)
    for segment in segments:
        fresh = new_words(segment, accounted, speech)
        if fresh is None:
            continue
        found = True
        kept, removed = screen(fresh, speech, options)
        if kept is not None and kept.avg_logprob < options.log_prob_threshold:
            # Speech the first decode wrote nothing over, decoded alone into text the model
            # itself scores as a failed decode (Whisper samples again below this
            # log-probability; a re-decode has no fallback): on devset d246 a 2.28 s piece
            # came back as "your skin is fucking annoying" over "I know. I'm sorry about the
            # chair.". Over the development set such text holds far more invented words than
            # heard ones, so it goes on record instead of into the transcript.
            removed.append(removed_segment(kept, UNSURE))
            kept = None
        if kept is not None:
            heard.append(kept)
        result.removed.extend(removed)
    if heard:
        # Only the words the new ones lie over go (not widened by SLACK: an inner word next
        # to the new ones is not heard again, the outer words kept those out).
        replaced = _union([(word.start, word.end) for segment in heard for word in segment.words])
        result.segments = _without_words(
            result.segments, lambda middle: inside_gap(middle) and inside(middle, replaced)
        )
        # A first-decode segment can run across the stretch: on devset d56 "No, no, ..." was
        # one segment timed 38.6-42.1 s and 48.2-50.4 s, and the officer's "My wallet is in
        # the car, ..." heard again at 42.9 s went after all of it. Cut such a segment where
        # the new words go in, so the transcript reads in time order.
        result.segments = _cut_at(result.segments, [segment.start for segment in heard])
        result.segments.extend(heard)
    if found or halvings == 0 or length < 2 * MIN_PIECE:
        return found
    return each(_halves(gap, speech), halvings - 1)


def _cut_at(segments: list[AsrSegment], times: list[float]) -> list[AsrSegment]:
    """``segments`` cut between two words of theirs wherever one of ``times`` falls between
    the words' middles (a segment without word times stays whole)."""
    pieces: list[AsrSegment] = []
    for segment in segments:
        words = segment.words
        cuts = [
            index
            for index in range(1, len(words))
            if any(_middle(words[index - 1]) < time <= _middle(words[index]) for time in times)
        ]
        if not cuts:
            pieces.append(segment)
            continue
        for first, last in itertools.pairwise([0, *cuts, len(words)]):
            pieces.append(_with_words(segment, words[first:last]))
    return pieces


def _middle(word: AsrWord) -> float:
    return (word.start + word.end) / 2


def _without_words(
    segments: list[AsrSegment], unwanted: Callable[[float], bool]
) -> list[AsrSegment]:
    """``segments`` without the words whose middle time is ``unwanted`` (emptied ones go)."""
    kept = [keep_words(segment, lambda middle: not unwanted(middle)) for segment in segments]
    return [segment for segment in kept if segment is not None]


def _pieces(gap: Gap, speech: list[tuple[float, float]]) -> list[Gap]:
    """``gap`` cut into pieces of at most :data:`LONGEST_PIECE` seconds, each cut in the last
    pause between voice regions that leaves pieces of at least :data:`MIN_PIECE` seconds on
    both sides, or, where there is none, into equal pieces. A cut inside a line splits a
    word between two decodes, and neither hears it whole: "How long have you been standing
    out here on the corner?" cut after "you" came back as "How long have you-" and "long
    have you been standing out here on the corridor."."""
    pauses = _pauses(gap, speech)
    cuts = [gap.start]
    while gap.end - cuts[-1] > LONGEST_PIECE:
        start = cuts[-1]
        fitting = [
            p
            for p in pauses
            if start + MIN_PIECE <= p <= min(start + LONGEST_PIECE, gap.end - MIN_PIECE)
        ]
        left = gap.end - start
        cuts.append(fitting[-1] if fitting else start + left / math.ceil(left / LONGEST_PIECE))
    return _split(gap, [*cuts, gap.end])


def _halves(gap: Gap, speech: list[tuple[float, float]]) -> list[Gap]:
    """``gap`` cut in two: in the pause nearest its middle when one lies in its middle half
    (for the reason in :func:`_pieces`), else at the middle."""
    middle, quarter = (gap.start + gap.end) / 2, (gap.end - gap.start) / 4
    near = [p for p in _pauses(gap, speech) if abs(p - middle) <= quarter]
    cut = min(near, key=lambda p: abs(p - middle)) if near else middle
    return _split(gap, [gap.start, cut, gap.end])


def _pauses(gap: Gap, speech: list[tuple[float, float]]) -> list[float]:
    """The middles of the pauses between voice regions inside ``gap``, in time order."""
    middles = [(end + start) / 2 for (_, end), (start, _) in itertools.pairwise(_union(speech))]
    return [middle for middle in middles if gap.start < middle < gap.end]


def _split(gap: Gap, cuts: list[float]) -> list[Gap]:
    cuts = [round(cut, 3) for cut in cuts]
    share = gap.voiced / (len(cuts) - 1)
    return [Gap(start, end, share) for start, end in itertools.pairwise(cuts)]


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
