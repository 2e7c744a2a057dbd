"""Word-to-speaker alignment: who said each recognised word.

ASR and diarization run independently; this joins them. Each word takes the speaker whose turns
overlap it most, then ASR segments are split wherever the speaker changes, so every transcript
segment has exactly one speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from bodycam.transcribe.types import Segment, Turn, Word

#: A word outside every turn goes to the nearest turn within this many seconds.
MAX_DISTANCE = 0.5


class _SpeakerIndex:
    """Each speaker's turns as sorted, merged intervals, for overlap and distance queries."""

    def __init__(self, turns: Iterable[Turn]) -> None:
        by_speaker: dict[str, list[tuple[float, float]]] = {}
        for turn in turns:
            if turn.end > turn.start:
                by_speaker.setdefault(turn.speaker, []).append((turn.start, turn.end))
        self.speakers: dict[str, tuple[list[float], list[float]]] = {}
        for speaker in sorted(by_speaker):
            merged: list[list[float]] = []
            for start, end in sorted(by_speaker[speaker]):
                if merged and start <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], end)
                else:
                    merged.append([start, end])
            self.speakers[speaker] = ([m[0] for m in merged], [m[1] for m in merged])

    def overlap(self, speaker: str, start: float, end: float) -> float:
        starts, ends = self.speakers[speaker]
        total = 0.0
        # First interval that ends after the word starts; walk while intervals start before
        # the word ends.
        index = bisect.bisect_right(ends, start)
        while index < len(starts) and starts[index] < end:
            total += min(end, ends[index]) - max(start, starts[index])
            index += 1
        return total

    def contains(self, speaker: str, time: float) -> bool:
        starts, ends = self.speakers[speaker]
        index = bisect.bisect_right(starts, time) - 1
        return index >= 0 and ends[index] >= time

    def distance(self, speaker: str, start: float, end: float) -> float:
        starts, ends = self.speakers[speaker]
        best = float("inf")
        after = bisect.bisect_left(starts, end)  # first interval starting at/after the word
        if after < len(starts):
            best = starts[after] - end
        before = bisect.bisect_right(ends, start) - 1  # last interval ending at/before it
        if before >= 0:
            best = min(best, start - ends[before])
        return max(best, 0.0)


def speaker_of(
    index: _SpeakerIndex, start: float, end: float, max_distance: float = MAX_DISTANCE
) -> str | None:
    if not index.speakers:
        return None
    if end > start:
        overlaps = {speaker: index.overlap(speaker, start, end) for speaker in index.speakers}
    else:  # a zero-length word counts as overlapping the turns that contain it
        overlaps = {speaker: float(index.contains(speaker, start)) for speaker in index.speakers}
    # Ties go to the first speaker in label order, so results do not depend on dict order.
    speaker = max(overlaps, key=lambda name: overlaps[name])
    if overlaps[speaker] > 0:
        return speaker
    distances = {speaker: index.distance(speaker, start, end) for speaker in index.speakers}
    speaker = min(distances, key=lambda name: distances[name])
    return speaker if distances[speaker] <= max_distance else None


def assign_speakers(
    words: Iterable, turns: Iterable[Turn], *, max_distance: float = MAX_DISTANCE
) -> list[Word]:
    """Give each word the speaker whose turns overlap it most.

    A word that overlaps no turn takes the nearest turn's speaker if it is within
    ``max_distance`` seconds, else ``None``.

    Args:
        words: Objects with ``start``, ``end``, ``word`` (or ``text``) and ``probability``,
            e.g. ``asr.AsrWord``.
        turns: Speaker turns with ``start``, ``end`` and ``speaker``.
        max_distance: Seconds within which a word outside every turn still gets a speaker.

    Returns:
        One :class:`Word` per input word, in the same order.
    """
    return _attributed(_SpeakerIndex(turns), words, max_distance)


def _attributed(index: _SpeakerIndex, words: Iterable, max_distance: float) -> list[Word]:
    return [
        Word(
            start=word.start,
            end=word.end,
            text=_word_text(word),
            probability=word.probability,
            speaker=speaker_of(index, word.start, word.end, max_distance),
        )
        for word in words
    ]


def align(
    segments: Sequence, turns: Iterable[Turn], *, max_distance: float = MAX_DISTANCE
) -> list[Segment]:
    """Attribute ASR segments to speakers, splitting them where the speaker changes.

    A word with no speaker of its own (outside every turn, e.g. where VAD and diarization
    disagree) keeps ``speaker=None`` but stays in the segment of the word before it (or after
    it, at the start of a segment), so a stray word does not become an orphan segment.
    A segment without word timestamps takes the speaker that overlaps it most, as a whole.

    Args:
        segments: ASR segments (``asr.AsrSegment``): ``start``, ``end``, ``text``,
            ``avg_logprob``, ``no_speech_prob`` and ``words``.
        turns: Speaker turns with ``start``, ``end`` and ``speaker``.
        max_distance: See :func:`assign_speakers`.

    Returns:
        Segments in time order, each with exactly one speaker, its text rebuilt from its words.
    """
    index = _SpeakerIndex(turns)
    result: list[Segment] = []
    for segment in segments:
        if not segment.words:
            result.append(
                Segment(
                    start=segment.start,
                    end=segment.end,
                    text=segment.text.strip(),
                    speaker=speaker_of(index, segment.start, segment.end, max_distance),
                    avg_logprob=segment.avg_logprob,
                    no_speech_prob=segment.no_speech_prob,
                )
            )
            continue
        words = _attributed(index, segment.words, max_distance)
        for speaker, run in _runs(words):
            result.append(
                Segment(
                    start=run[0].start,
                    end=run[-1].end,
                    text=" ".join(word.text for word in run if word.text),
                    speaker=speaker,
                    words=run,
                    avg_logprob=segment.avg_logprob,
                    no_speech_prob=segment.no_speech_prob,
                )
            )
    # ASR segments can overlap in time: a stretch the first decode skipped is decoded again
    # (``gaps.fill_gaps``) while the word before it was stretched across it ("you," at 36.6-43.3
    # s on d418, with the re-decoded gap at 36.8-42.0). Split at speaker changes in input order,
    # the later piece of the first segment came before the gap's words; sorting (stably) keeps
    # the transcript in the time order it promises.
    return sorted(result, key=lambda piece: piece.start)


def _runs(words: list[Word]) -> list[tuple[str | None, list[Word]]]:
    """Consecutive words of one speaker; speakerless words join the run they sit in."""
    known = [word.speaker for word in words if word.speaker is not None]
    current = known[0] if known else None
    runs: list[tuple[str | None, list[Word]]] = []
    for word in words:
        speaker = word.speaker if word.speaker is not None else current
        if runs and runs[-1][0] == speaker:
            runs[-1][1].append(word)
        else:
            runs.append((speaker, [word]))
        current = speaker
    return runs


def _word_text(word) -> str:
    text = getattr(word, "word", None)
    if text is None:
        text = word.text
    return text.strip()
