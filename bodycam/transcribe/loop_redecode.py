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

A run the loop guard lets stand (the audio could hold its copies and their times look heard)
can still be the decoder's: on the suggestion evaluation set's machine transcripts (session
32), 32 runs of three or more copies stood, and 26 held copies nobody said ("heartless" 7 times
over a dispatcher's call sign, "8" 8 times over "Twelve sixty", "I'm mad" 6 times over "Hi,
Gabe. I'm Lakeisha", "the ladder" 7 times over "Eleven years under ..."). Decoded again one
voice region at a time, 20 of the 26 came back with at most half their copies (15 with none),
while five of the six runs people said came back with theirs (three "Let go!" three times;
"one-one-one" and "1-1-1" written as one word, read here part by part). So every such run is
checked that way (``confirm_repeats``): where the speech decoded again holds at most half the
copies, the decoder invented the rest, and those copies are taken out (on record in
``removed``). The re-decode only counts, and the first decode's other words stand: a region
decoded on its own, without the words around it, read the rest of the region worse on three
blind recordings (session 32). A re-decode that repeats other words as often (a person's eight
fast "No!" came back as eight "go", session 19) heard the repeating and leaves the run as it
was; one that loops again (the guard cuts it back to what the audio could hold, as many copies
as the run has) vouches for nothing: the 24 runs whose speech looped again on the development
set and the suggestion set's machine transcripts were all invented (session 34). A run in a
voice region too long to decode again whole (crowd noise can make a recording one region) is
checked on the second of speech either side of it instead: 9 of 83 runs on the development set
had gone unchecked this way, every one invented (session 35).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bodycam.transcribe.gaps import inside, keep_words
from bodycam.transcribe.guards import screen
from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.repetition import (
    LOOP,
    MIN_REPEATS,
    find_repeats,
    without_words,
    word_key,
)

if TYPE_CHECKING:
    from bodycam.transcribe.asr import AsrOptions, AsrResult, AsrSegment

#: Longest voice region decoded again on its own: a longer one holds no pause to cut at, and
#: decoding it whole again could loop the same way (the collapsed loop then stands).
LONGEST_REGION = 30.0

#: Seconds either side of a run decoded again with it when its voice region is longer than
#: :data:`LONGEST_REGION` (crowd or wind noise can make a whole recording one region: devset
#: d246's 58 s, where "thank you" four times over one "Thank you." stood unchecked). Tuned on
#: the runs of d1-d130 (1 s took out 10 of 12 invented runs, 2 s 8, 4 s 7, 8 s 8) and confirmed
#: on d131-d260 (47 of 56; the 7 runs in long regions: 6 with 1 s); every run of 16 commands
#: people repeated in one long region (crowd, street, music, wind and car noise, 6-15 dB)
#: came back with all its copies (session 35).
RUN_CONTEXT = 1.0

REDECODED = "; the speech under it was decoded again one voice region at a time"
#: A run that stands is the decoder's when its speech, decoded again on its own, holds at most
#: this share of its copies: 20 of 26 invented runs came back with at most half of theirs
#: (15 with none), three "Let go!" with all three. A re-decode that keeps more (2 of 3, 4 of
#: 7) leaves the run as it was; one that loops again vouches for nothing (session 34).
MAX_CONFIRMED_SHARE = 0.5
#: Longest n-gram a re-decode's own repeating is looked for in (``most_copies``): the eight
#: its rule was measured with (sessions 19-34), though the loop guard itself looks for phrases
#: of up to ``repetition.MAX_NGRAM`` words since session 40. A re-decode that says a long
#: sentence twice has looped again, and vouches for nothing.
MOST_COPIES_SIZE = 8


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


def run_speech(
    run: tuple[float, float], speech: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The speech decoded again to check a run (recording seconds): each voice region the run
    overlaps, or, in a region longer than :data:`LONGEST_REGION` (no pause to cut at), the
    stretch from :data:`RUN_CONTEXT` before the run to as long after it."""
    start, end = run
    return [
        (region_start, region_end)
        if region_end - region_start <= LONGEST_REGION
        else (max(region_start, start - RUN_CONTEXT), min(region_end, end + RUN_CONTEXT))
        for region_start, region_end in speech
        if min(region_end, end) > max(region_start, start)
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
    fresh, removed, _ = decoded_alone(regions, speech, options, redecode)
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


def confirm_repeats(
    result: AsrResult,
    speech: list[tuple[float, float]],
    options: AsrOptions,
    redecode: Callable[[list[tuple[float, float]]], list[AsrSegment]],
    decoded: dict[tuple, list[AsrSegment]] | None = None,
) -> None:
    """Decode again the speech under every run of :data:`~repetition.MIN_REPEATS` or more
    copies left in ``result`` (:func:`run_speech`), and where it holds at most
    :data:`MAX_CONFIRMED_SHARE` of the copies (of the run's words, or of any words it repeats),
    take out the copies it does not hold: the first decode keeps its first copy (and as many
    more as the re-decode heard) and every other word; the re-decode only counts (a voice region
    decoded on its own, without the words around it, reads the rest of the region worse).

    Args:
        result: One window's segments and removed text; changed in place.
        speech: Voice-activity regions of the recording.
        options: ``speech_pad`` (context around a region) and the guards' thresholds.
        redecode: As for :func:`redecode_loops`.
        decoded: The speech already decoded alone, by its regions (filled in): a window
            checked twice, before and after ``gaps.fill_gaps``, decodes each region once.
    """
    segments = []
    # Two runs in one stretch of speech share its voice regions: each is decoded once.
    decoded = {} if decoded is None else decoded
    for segment in result.segments:
        words = segment.words or []
        keys = [word_key(word.word) for word in words]
        dropped: list[int] = []
        for run in find_repeats(keys, min_count=MIN_REPEATS):
            start, end = words[run.start].start, words[run.end - 1].end
            again = speech_alone((start, end), speech, options, redecode, decoded)
            if again is None:
                continue
            heard = most_copies(
                [part for s in again for w in s.words or [] for part in spoken_keys(w.word)],
                keys[run.start : run.start + run.size],
            )
            if heard > MAX_CONFIRMED_SHARE * run.count:
                continue
            lost = [i for number in range(max(heard, 1), run.count) for i in run.occurrence(number)]
            said = " ".join(words[index].word for index in run.occurrence(0))
            result.removed.append(
                RemovedText(
                    start=words[lost[0]].start,
                    end=words[lost[-1]].end,
                    text=" ".join(words[index].word for index in lost),
                    reason=LOOP,
                    detail=f"{said!r} {run.count} times, at most {heard} in its speech decoded "
                    f"again on its own; kept {max(heard, 1)}",
                )
            )
            dropped.extend(lost)
        segments.append(without_words(segment, set(dropped)) if dropped else segment)
    result.segments = segments
    result.removed.sort(key=lambda item: item.start)


def speech_alone(
    span: tuple[float, float],
    speech: list[tuple[float, float]],
    options: AsrOptions,
    redecode: Callable[[list[tuple[float, float]]], list[AsrSegment]],
    decoded: dict[tuple, list[AsrSegment]],
) -> list[AsrSegment] | None:
    """The speech under ``span`` (:func:`run_speech`) decoded again on its own, kept in
    ``decoded`` by its regions so that no stretch is decoded twice; ``None`` when no voice
    region lies under it.

    A re-decode's segments in which the guard cut a loop are left out: they cannot vouch for
    a run, as a loop's copies predict each other and the guard cuts it back to what the audio
    could hold, which is as many copies as the run has (devset d246: "thank you" four times
    over "Thank you. I'll stay until he's been seen."). Over the development set and the
    suggestion set's machine transcripts every run whose speech looped again was invented (24
    of 24); the runs people said came back plain."""
    regions = run_speech(span, speech)
    if not regions:
        return None
    key = tuple(regions)
    if key not in decoded:
        kept, _, looped = decoded_alone(regions, speech, options, redecode)
        decoded[key] = [segment for segment in kept if segment not in looped]
    return decoded[key]


def spoken_keys(word: str) -> list[str]:
    """A re-decoded word's keys, one per part of a hyphenated word: the re-decode writes a
    number said three times as one ("one-one-one", "1-1-1")."""
    return [key for key in map(word_key, word.split("-")) if key]


def decoded_alone(
    regions, speech, options, redecode
) -> tuple[list[AsrSegment], list[RemovedText], list[AsrSegment]]:
    """Each of ``regions`` decoded on its own (padded by ``speech_pad``), its words kept
    inside the region and screened by the guards: the segments kept, what the guards took
    out, and which of the kept segments a loop was cut back in."""
    kept_segments: list[AsrSegment] = []
    removed: list[RemovedText] = []
    looped: list[AsrSegment] = []
    for start, end in regions:
        span = [(max(0.0, start - options.speech_pad), end + options.speech_pad)]
        for segment in redecode(span):
            segment = _within(segment, [(start, end)])
            if segment is None:
                continue
            kept, taken = screen(segment, speech, options)
            if kept is not None:
                kept_segments.append(kept)
                if any(item.reason == LOOP for item in taken):
                    looped.append(kept)
            removed.extend(taken)
    return kept_segments, removed, looped


def most_copies(keys: list[str], gram: list[str]) -> int:
    """The most copies the words ``keys`` hold of ``gram`` (anywhere) or of any n-gram in a
    run: a person's eight fast "No!" came back from a re-decode as eight "go" (session 19),
    which is the same repeating heard as other words, not a loop's invention."""
    runs = [run.count for run in find_repeats(keys, min_count=2, max_size=MOST_COPIES_SIZE)]
    return max([copies_of(keys, gram), *runs])


def copies_of(keys: list[str], gram: list[str]) -> int:
    """Non-overlapping occurrences of ``gram`` in ``keys``, anywhere."""
    count = index = 0
    while index <= len(keys) - len(gram):
        if keys[index : index + len(gram)] == gram:
            count += 1
            index += len(gram)
        else:
            index += 1
    return count
