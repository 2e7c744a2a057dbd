"""Decoding loops: an n-gram repeated in one segment more often than its audio can hold.

Whisper sometimes gets stuck and emits the same words over and over ("drop the knife, drop the
knife, ..." thirty times for two seconds of speech). A person can also really say the same
thing ten times, and on body-worn camera footage those repeated commands are exactly what a
reviewer needs. The two are told apart by time, never by how well the text compresses (that
figure covers a whole 30-second decoding window, so it cannot say which segment looped):

- a run of repeats is a loop only when it has more occurrences than the voiced audio under it
  could hold at :data:`MIN_WORD_SECONDS` per word (far faster than anyone speaks);
- in a loop, the first occurrence is kept, and so is any later one whose word timestamps show
  it was heard (it lasts long enough and lies in speech, and for a phrase of three words or
  more no word of it is timed to nothing), up to what the audio holds;
- a long run (:data:`MIN_UNTIMED_RUN` or more) whose later occurrences mostly have no time of
  their own is a loop too, however much speech it spans: Whisper smears a loop's words over
  the window it lost its place in, and the speech under them is decoded again
  (``loop_redecode``), so only its first occurrence is kept;
- so is a run of a phrase of three words or more, however short, whose later occurrences'
  words are mostly timed to nothing and which are at most half heard: the decoder stacks a
  looped phrase's words on single instants, while a person's repeated command is timed word by
  word;
- what is taken out is returned as :class:`~bodycam.transcribe.removed.RemovedText`, never
  dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.windows import speech_overlap

if TYPE_CHECKING:
    from bodycam.transcribe.asr import AsrSegment

#: Shortest time one spoken word takes: 10 words a second is well beyond any speaker (shouted
#: commands run at 3-4 words a second), while a decoding loop packs dozens into the same time.
#: Not tighter: a person can say "no" eight times in 1.2 s, and at 0.15 s a word that is read
#: as a loop whose stretch, decoded again on its own, comes back as other words (session 19).
MIN_WORD_SECONDS = 0.1
#: Fewest consecutive occurrences that make a run worth checking against the audio.
MIN_REPEATS = 3
#: A run this long whose later occurrences mostly have no time of their own in the audio is a
#: loop however much speech lies under it. Whisper can smear a loop's words over a whole window:
#: on a scripted motorway stop, "5," 103 times over 21.6 s of three people's speech, 99 of them
#: timed to nothing, which the capacity test could never refuse (the span holds 180 words). A
#: person's repeats come in a breath or two: eight at most in the fast ones tried (session 19),
#: half of them timed to nothing too, so the length is what tells them apart.
MIN_UNTIMED_RUN = 12
#: Share of a long run's later occurrences that must look heard for it to stand.
MIN_HEARD_SHARE = 1 / 3
#: Longest n-gram (in words) looked for: a whole spoken sentence. Whisper's loops are mostly
#: short phrases, but not all: the blind fresh38's d312 (rain at 0 dB) opened with "and I'm
#: going to put it on my face," 20 times in 4.9 s of speech, nine words a copy, which the eight
#: this was until session 40 never looked for (job 228 errors in 198 words, raw 163; 175 with it
#: cut). Over the 324 development recordings it finds two more loops, d164 (nine words) and
#: d204 (twelve), and nothing else: 185 errors fewer (docs/BENCHMARKS.md, session 40). A run of
#: 24 words or fewer costs about 5 ms per 200-word segment to look for (1.4 ms at 8).
MAX_NGRAM = 24
#: A run of a phrase this many words long or more whose later copies' words are mostly timed to
#: nothing (over :data:`MAX_UNTIMED_WORDS` of the words after the first copy last under
#: :data:`UNTIMED`) and whose later copies are at most half heard (:data:`MIN_PHRASE_HEARD`) is
#: a loop however few its copies and however much speech lies under it. The decoder stacks a
#: looped phrase's words on one instant: the blind fresh19's d158 (decoded with the sampling
#: fallback), "but it's the only way to do this" 22 times over 26 s of a shopkeeper's speech,
#: 131 of its 176 words timed to nothing and 8 of 21 copies heard; d164, "you don't like it"
#: 7 times over an officer's introduction, 19 of 28 words and 1 of 6 copies. The blind
#: fresh20's d172, "It may be one day long" 3 times over the officer's question, 7 of the 12
#: words after the first copy and 1 of 2 copies heard: counted over the whole run (7 of 18)
#: and with exactly half heard it stood until session 24, which also took out fresh18's d154
#: and fresh15's d128 loops (172 recordings: 9,410 -> 9,390 errors, none worse). A person's
#: repeated command is timed word by word: "Drop the knife!" 12 times, 7 of 36 words timed to
#: nothing and 8 of 11 copies heard; "Get on the ground!" 6 times at 260 words a minute, 6 of
#: 24 and 4 of 5 (docs/BENCHMARKS.md, sessions 23 and 24). A single word said fast ("no" 8
#: times in 1.2 s, 5 of 7 timed to nothing) is no phrase and stays.
MIN_PHRASE = 3
MAX_UNTIMED_WORDS = 0.5
MIN_PHRASE_HEARD = 0.5
#: A word shorter than this (seconds) has no time of its own.
UNTIMED = 0.01

LOOP = "repetition loop"


@dataclass(frozen=True)
class Repeat:
    """A run of one n-gram repeated back to back in a list of words.

    Attributes:
        start: Index of the run's first word.
        size: Words in the n-gram.
        count: Consecutive occurrences (at least :data:`MIN_REPEATS`).
    """

    start: int
    size: int
    count: int

    @property
    def end(self) -> int:
        "Index just past the run's last word."
        return self.start + self.size * self.count

    def occurrence(self, number: int) -> range:
        "Word indexes of occurrence ``number`` (0 is the first)."
        first = self.start + number * self.size
        return range(first, first + self.size)


def word_key(word: str) -> str:
    """A word folded for comparison: lower case, punctuation removed (``"Knife,"`` -> ``knife``)."""
    return re.sub(r"[^\w]", "", word.lower())


def find_repeats(
    keys: Sequence[str], *, min_count: int = MIN_REPEATS, max_size: int = MAX_NGRAM
) -> list[Repeat]:
    """Runs of an n-gram repeated back to back, left to right, not overlapping.

    At each position the n-gram (1 to ``max_size`` words) whose back-to-back run covers the
    most words wins; on a tie the shorter n-gram (``drop the knife`` x 10 rather than
    ``drop the knife drop the knife`` x 5). N-grams of punctuation only are ignored.

    Args:
        keys: Words folded with :func:`word_key`.
        min_count: Fewest occurrences that make a run.
        max_size: Longest n-gram looked for.
    """
    repeats: list[Repeat] = []
    position = 0
    while position < len(keys):
        best: Repeat | None = None
        for size in range(1, max_size + 1):
            if position + size * min_count > len(keys):
                break
            gram = list(keys[position : position + size])
            if not any(gram):
                continue
            count = 1
            while list(keys[position + count * size : position + (count + 1) * size]) == gram:
                count += 1
            if count >= min_count and (best is None or size * count > best.size * best.count):
                best = Repeat(position, size, count)
        if best is None:
            position += 1
        else:
            repeats.append(best)
            position = best.end
    return repeats


def capacity(speech_seconds: float, size: int) -> int:
    """Most occurrences of a ``size``-word n-gram that ``speech_seconds`` of voice can hold."""
    return max(1, int(speech_seconds / (size * MIN_WORD_SECONDS) + 1e-9))


def collapse_loops(
    segment: AsrSegment, speech: list[tuple[float, float]]
) -> tuple[AsrSegment, list[RemovedText]]:
    """Take decoding loops out of a segment, keeping what the audio supports.

    Args:
        segment: A decoded segment, times in recording seconds; its words (when present) are
            used for times, else its text split at spaces.
        speech: Voice-activity regions of the recording.

    Returns:
        The segment (the same object when nothing was removed; else a copy with the loop's
        extra occurrences out of its text and words, and its times from the words kept) and
        one :class:`RemovedText` per loop.
    """
    words = segment.words
    texts = [word.word for word in words] if words else segment.text.split()
    times = [(word.start, word.end) for word in words] if words else None
    dropped: set[int] = set()
    removed: list[RemovedText] = []
    for repeat in find_repeats([word_key(text) for text in texts]):
        if times:
            run_start, run_end = times[repeat.start][0], times[repeat.end - 1][1]
        else:
            run_start, run_end = segment.start, segment.end
        voiced = speech_overlap(run_start, run_end, speech) * max(run_end - run_start, 0.0)
        holds = capacity(voiced, repeat.size)
        fits = repeat.count <= holds
        if fits and times is None:
            continue  # a person can have said all of them: keep every one
        heard = {
            number
            for number in range(1, repeat.count)
            if times and _heard([times[i] for i in repeat.occurrence(number)], speech)
        }
        untimed = repeat.count - 1 - len(heard)
        stacked = _stacked_phrase(repeat, times, len(heard)) if times else None
        # Only a run the audio could hold needs these tests; one it can't is a loop already.
        smeared = fits and (
            (repeat.count >= MIN_UNTIMED_RUN and len(heard) < MIN_HEARD_SHARE * (repeat.count - 1))
            or stacked is not None
        )
        if fits and not smeared:
            continue
        if smeared:
            # Its times say nothing about what was said: keep the first, and the speech under
            # the rest is decoded again (``loop_redecode``), repeats a person said included.
            holds = 1
        kept, lost = 1, []
        for number in range(1, repeat.count):
            indexes = repeat.occurrence(number)
            if kept < holds and number in heard and not _stacked_copy(repeat, times, indexes):
                kept += 1
            else:
                lost.extend(indexes)
        dropped.update(lost)
        gram = " ".join(texts[i] for i in repeat.occurrence(0))
        if smeared and stacked is not None:
            detail = (
                f"{gram!r} repeated {repeat.count} times over {run_end - run_start:.1f} s, "
                f"{stacked} of the {repeat.size * (repeat.count - 1)} words after the first copy "
                f"timed to nothing and {repeat.count - 1 - untimed} of those "
                f"{repeat.count - 1} copies heard; kept {kept}"
            )
        elif smeared:
            detail = (
                f"{gram!r} repeated {repeat.count} times over {run_end - run_start:.1f} s, "
                f"{untimed} of them with no time of their own in the audio; kept {kept}"
            )
        else:
            detail = (
                f"{gram!r} repeated {repeat.count} times in {voiced:.1f} s of speech, "
                f"which holds at most {holds}; kept {kept}"
            )
        removed.append(
            RemovedText(
                start=times[lost[0]][0] if times else segment.start,
                end=times[lost[-1]][1] if times else segment.end,
                text=" ".join(texts[i] for i in lost),
                reason=LOOP,
                detail=detail,
            )
        )
    if not dropped:
        return segment, []
    if words:
        collapsed = without_words(segment, dropped)
    else:
        kept_text = [text for index, text in enumerate(texts) if index not in dropped]
        collapsed = replace(segment, text=" ".join(kept_text))
    return collapsed, removed


def without_words(segment: AsrSegment, dropped: set[int]) -> AsrSegment:
    """``segment`` without its words at the indexes ``dropped`` (at least one word stays), its
    text and times from the words kept."""
    kept = [word for index, word in enumerate(segment.words) if index not in dropped]
    return replace(
        segment,
        start=kept[0].start,
        end=kept[-1].end,
        text=" ".join(word.word for word in kept),
        words=kept,
    )


def _stacked_phrase(repeat: Repeat, times: list[tuple[float, float]], heard: int) -> int | None:
    """How many of the words after the run's first copy are timed to nothing when it is a
    phrase stacked on instants the way the decoder loops (:data:`MIN_PHRASE`), else ``None``.
    The first copy is the one the decoder read from the audio; the loop is what follows it."""
    if repeat.size < MIN_PHRASE or heard > MIN_PHRASE_HEARD * (repeat.count - 1):
        return None
    later = times[repeat.start + repeat.size : repeat.end]
    stacked = sum(end - start < UNTIMED for start, end in later)
    return stacked if stacked > MAX_UNTIMED_WORDS * len(later) else None


def _stacked_copy(repeat: Repeat, times, indexes) -> bool:
    """A later copy of a looped phrase (:data:`MIN_PHRASE` words or more) with a word timed to
    nothing: however long it lasts, the decoder placed it, not a person. fresh20's d170, "no
    one needs a hand" 37 times over 5.7 s: the capacity kept 5 copies, each with one to three
    of its five words on a single instant, over the two lines said there. Commands a person
    said before the decoder looped are timed word by word and stay."""
    return repeat.size >= MIN_PHRASE and any(times[i][1] - times[i][0] < UNTIMED for i in indexes)


def _heard(times: list[tuple[float, float]], speech: list[tuple[float, float]]) -> bool:
    # An occurrence a person said lasts as long as its words take and lies mostly in speech;
    # a looped one is squeezed into a sliver of time or placed over silence.
    start, end = times[0][0], times[-1][1]
    long_enough = end - start >= len(times) * MIN_WORD_SECONDS
    return long_enough and speech_overlap(start, end, speech) >= 0.5
