"""Decoding windows: speech cut out of a recording, and times mapped back into it.

Whisper drifts after long silences and invents text on them, so only voice-activity regions
are decoded: they are padded, merged across short pauses into chunks, and the chunks grouped
into bounded windows (which bounds memory too). A window is the chunks' audio concatenated;
:class:`ChunkMap` maps times in it back to the recording, clamped into the chunk they fall in,
so every word stays anchored to audio that is really there.
"""

from __future__ import annotations

import numpy as np

from bodycam.core.audio import SAMPLE_RATE


def speech_chunks(
    speech: list[tuple[float, float]], duration: float, pad: float, merge_gap: float
) -> list[tuple[float, float]]:
    """Voice-activity regions widened by ``pad`` and merged across gaps under ``merge_gap``.

    Args:
        speech: Sorted ``(start, end)`` speech regions in seconds.
        duration: Length of the recording (chunks are clipped to it).
        pad: Seconds added on each side.
        merge_gap: Chunks separated by less than this become one.

    Returns:
        Sorted, non-overlapping chunks in seconds.
    """
    chunks: list[tuple[float, float]] = []
    for start, end in sorted(speech):
        start = round(max(0.0, float(start) - pad), 3)
        end = round(min(float(duration), float(end) + pad), 3)
        if end <= start:
            continue
        if chunks and start - chunks[-1][1] < merge_gap:
            chunks[-1] = (chunks[-1][0], max(end, chunks[-1][1]))
        else:
            chunks.append((start, end))
    return chunks


def plan_windows(
    chunks: list[tuple[float, float]], window: float
) -> list[list[tuple[float, float]]]:
    """Group speech chunks into decoding windows that span at most ``window`` seconds.

    Windows are cut between chunks (in pauses); a single chunk longer than a window is split
    into window-sized pieces.
    """
    pieces: list[tuple[float, float]] = []
    for start, end in chunks:
        while end - start > window:
            pieces.append((start, start + window))
            start += window
        pieces.append((start, end))
    windows: list[list[tuple[float, float]]] = []
    for piece in pieces:
        if windows and piece[1] - windows[-1][0][0] <= window:
            windows[-1].append(piece)
        else:
            windows.append([piece])
    return windows


class ChunkMap:
    """Maps times in a concatenation of speech chunks back to recording times."""

    def __init__(self, chunks: list[tuple[float, float]]) -> None:
        self.chunks = chunks
        self.starts: list[float] = []  # where each chunk begins in the concatenation
        position = 0.0
        for start, end in chunks:
            self.starts.append(position)
            position += end - start
        self.length = position

    def index(self, time: float) -> int:
        for index in range(len(self.starts) - 1, -1, -1):
            if time >= self.starts[index]:
                return index
        return 0

    def to_recording(self, time: float, index: int) -> float:
        start, end = self.chunks[index]
        # Clamp into the chunk: a time past its end belongs to audio that is not there.
        return min(max(start + time - self.starts[index], start), end)

    def word_times(self, words: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """Recording times of consecutive words given in window times.

        Each word is mapped through the chunk holding its middle (a word straddling a join
        belongs to the chunk where most of it was heard), then kept from starting before the
        previous word ended, so words never overlap or run backwards.
        """
        times: list[tuple[float, float]] = []
        previous_end = 0.0
        for word_start, word_end in words:
            index = self.index((word_start + word_end) / 2)
            start = self.to_recording(word_start, index)
            end = self.to_recording(word_end, index)
            start = max(start, previous_end) if times else start
            end = max(end, start)
            times.append((start, end))
            previous_end = end
        return times

    def span(self, start: float, end: float) -> tuple[float, float]:
        """Recording times of a segment given in window times (when it has no word times)."""
        recording_start = self.to_recording(start, self.index(start))
        end_index = self.index(max(start, end - 1e-3))
        return recording_start, max(recording_start, self.to_recording(end, end_index))


def speech_overlap(start: float, end: float, speech: list[tuple[float, float]]) -> float:
    """Fraction of ``[start, end]`` covered by speech regions (1.0 for a point inside one)."""
    if end <= start:
        return float(any(s <= start <= e for s, e in speech))
    covered = sum(max(0.0, min(end, e) - max(start, s)) for s, e in speech)
    return covered / (end - start)


def stream_speech_regions(
    sound, settings, block_seconds: float = 300.0
) -> list[tuple[float, float]]:
    """Voice activity of an open ``soundfile.SoundFile``, computed block by block (bounded
    memory), as regions made with ``settings`` (a ``vad.VadSettings``)."""
    from bodycam.transcribe.vad import (
        WINDOW_SAMPLES,
        regions_from_probabilities,
        speech_probabilities,
    )

    block = int(block_seconds * SAMPLE_RATE) // WINDOW_SAMPLES * WINDOW_SAMPLES
    probabilities = []
    sound.seek(0)
    previous_tail = None
    while True:
        samples = sound.read(block, dtype="float32")
        if len(samples) == 0:
            break
        if previous_tail is not None:
            # One window of the previous block in front gives the model its left context;
            # its probability is dropped.
            scored = speech_probabilities(np.concatenate([previous_tail, samples]))[1:]
        else:
            scored = speech_probabilities(samples)
        probabilities.append(scored)
        previous_tail = samples[-WINDOW_SAMPLES:] if len(samples) >= WINDOW_SAMPLES else None
        if len(samples) < block:
            break
    duration = sound.frames / SAMPLE_RATE
    if not probabilities:
        return []
    return regions_from_probabilities(np.concatenate(probabilities), duration, settings)
