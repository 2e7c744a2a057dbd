"""Two speakers CAM++ hears as one voice, never heard together, become one speaker.

One person heard near and far (fresh4's d37: a civilian pacing, at -4 dB and at -15 dB in
street noise) reaches the windows at two signal-to-noise ratios, and the clusters of
Resemblyzer's windows make her two speakers. The merge of
stitching only joins clusters the segmentation model follows from one chunk to the next, and
her near and far lines are separated by the officer's. CAM++ hears the two as one voice: after
the speakers are settled, each speaker's CAM++ profile (its longest stretches no other speaker
overlaps, the middle few seconds of each) is read and two speakers whose profiles read closer
than two people ever did, and whose turns never run together for more than a moment (one
person does not talk over herself), become one (docs/BENCHMARKS.md, session 8).

On the 44 recordings of the six halves, pairs of speakers of one person read 0.80 (d37) and
0.83 (d39, cross-talk made into a third speaker); pairs of two people whose turns overlap by
at most 0.5 s read 0.62 at most (d10) before ``turn_taking`` kept d42's civilian and witness
apart, and 0.72 since (they answer each other with no pause); those overlapping longer read up
to 0.74 (d15).

CAM++ alone cannot tell one person at two distances from two people of one timbre: on the
blind fresh6 half it read d53's father and son (one espeak voice at two pitches) 0.88 and
d54's high-voiced man and deep-voiced woman 0.81, and joined them. So a pair CAM++ would merge
must also keep one pitch (``speaker_pitch``: the median F0 of each one's profile segments, no
more than ``max_pitch_apart`` apart; session 10, docs/BENCHMARKS.md). Of the 60 recordings of
the eight halves, five hold a pair CAM++ reads as one voice: one person's two speakers read
0.3 (d39), 0.4 (d59, a shouting man) and 0.7 semitones apart (d37, near and far), two people's
4.2 (d54) and 5.8 (d53); one reference speaker's alternate turns, on all 60, read at most 1.96
apart but for fresh5's d45 civilian, calm and shouting (3.8). A voice raised is louder too, so
pitches further apart are still one voice when the higher is ``raised_voice_db`` louder. Level
alone and turn-taking were measured and do not separate the pairs: d39's and d59's one-person
pairs are at one level (0.3 and 0.1 dB apart) as d53's and d54's two people are, and one
person's clusters follow each other directly (two times each in d37 and d39) as two people's
do (seven and four).

Under music the pitch read is the music's: fresh9's d78 (a car stereo at 6 dB, a bass and a
singer) split its quiet witness in two, CAM++ read the two 0.85, and pYIN put them at 68 and 97
Hz, 6.2 semitones apart, for a woman whose voice reads 181 Hz synthesized alone (89 Hz over all
her lines in the mix). So the pitch is asked only when the pauses between turns have none of
their own: pYIN calls 75-82 % of the pause frames of the two music recordings voiced, 0-22 % on
every other of the 84 (street, wind, car, rain, a siren, a crowd's babble), and from
``max_background_voiced`` up CAM++ decides alone, as it does for a whisper
(docs/BENCHMARKS.md, session 13).

Since session 12 the voice split that runs next reads a speaker's lines one by one and parts two
people of one timbre again when their lines group by voice and pitch (``voice_split``'s
within-speaker test). Of the 84 recordings only d53 and d54 ever reach the pitch test with a
pair it keeps apart, and on both, merging and letting the split part them scores better (2.60
and 4.22 % DER against 6.77 and 12.03 %): the split re-draws the border line by line, where the
pitch test keeps the two speakers as the earlier stages made them, each holding some of the
other's speech. So
the pitch is asked only of a pair the split could not part again, one of whose speakers holds
too few lines for a group of its own (``pitch_left_to_split``; docs/BENCHMARKS.md, session
14): there a father's one line said to his son would stay merged for good.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from bodycam.transcribe import speaker_pitch
from bodycam.transcribe.distinct_turns import (
    Turn,
    TurnEmbedder,
    clean_segments,
    longest_clean,
    merge_touching,
    windows_inside,
)
from bodycam.transcribe.embeddings import WindowEmbeddings, normalize

if TYPE_CHECKING:
    from bodycam.transcribe.voice_split import VoiceSplitSettings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class VoiceMergeSettings:
    """Tunables of ``merge`` (docs/BENCHMARKS.md, sessions 8 and 10).

    Attributes:
        min_similarity: Two speakers are merged when the CAM++ cosine of their profiles is
            at least this: above two people's 0.72 (d42's civilian and witness, who answer
            each other with no pause and whom ``turn_taking`` keeps apart) and under one
            person's 0.80 at two distances; 0.76 is the midpoint.
        max_together: ...and their turns overlap by at most this many seconds in all (two
            people who talk over each other read up to 0.74).
        min_centroid_similarity: Only pairs whose Resemblyzer centroids read at least this
            (cosine) are read with CAM++: one person's pairs read 0.78 and 0.84 on the six
            halves, and the check then reads about half of the speakers' profiles.
        profile_turns: A speaker's profile reads its this many longest clean stretches...
        profile_piece: ...each cut to its middle this many seconds (bounds CAM++'s cost; 4 s
            and 6 s read every pair of the six halves within 0.02, 2 s read one person's
            d37 pair 0.72 and two people's d10 pair 0.60).
        min_profile: A speaker with less clean speech (seconds) than this has no profile and
            is never merged here (a short speaker is ``distinct_turns.join_small``'s).
        max_pitch_apart: ...and their pitches (each one's profile segments' median F0) lie at
            most this many semitones apart: one person's pairs read 0.3-0.7, two people's
            4.2 and 5.8; one reference speaker's alternate turns (137 speakers of the eight
            halves) at most 1.96 but for d45's calm and shouting man (see
            ``raised_voice_db``; docs/BENCHMARKS.md, session 10). ``None``: CAM++ alone
            decides (the default before session 10).
        min_voiced: A profile with under this many seconds of voiced frames has no pitch, and
            the pair is judged by CAM++ alone (a whisper, a radio's band-limited voice).
        raised_voice_db: Pitches further apart are still one voice when the higher one's
            profile is at least this many dB louder (mean power): shouting raises both.
            fresh5's d45 civilian, calm and shouting, never reaches the merge as two, but
            made two (by level) his pitches read 3.6 semitones and 6.5 dB apart, the higher
            the louder; d53's and d54's two people -0.8 and 1.1 dB. 4 dB lies between.
            ``None``: pitch alone decides.
        max_background_voiced: The pitch is not asked (CAM++ alone decides) when pYIN calls
            at least this share of the frames of the pauses between turns voiced: the
            background has a pitch (music) that pYIN reads in a quiet voice's place. The two
            music recordings read 0.75 and 0.82, the 82 others 0.22 at most (a crowd's
            babble); 0.5 lies between. ``None``: the pitch is always asked (the default
            before session 13).
        pitch_left_to_split: The pitch is not asked of a pair the voice split that follows
            can part again (its within-speaker test on, and both speakers holding enough
            lines for one of its groups: ``splittable``); it is asked only where one of them
            holds too few. ``False``: asked of every pair (the default before session 14).
    """

    min_similarity: float = 0.76
    max_together: float = 0.5
    min_centroid_similarity: float = 0.65
    profile_turns: int = 3
    profile_piece: float = 4.0
    min_profile: float = 2.0
    max_pitch_apart: float | None = 2.5
    min_voiced: float = 1.0
    raised_voice_db: float | None = 4.0
    max_background_voiced: float | None = 0.5
    pitch_left_to_split: bool = True

    def __post_init__(self) -> None:
        for name in ("min_similarity", "min_centroid_similarity"):
            if not -1.0 <= getattr(self, name) < 1.0:
                raise ValueError(f"{name} must be in [-1, 1), got {getattr(self, name)}")
        if self.max_together < 0 or self.profile_piece <= 0 or self.min_profile < 0:
            raise ValueError(
                f"need max_together >= 0, profile_piece > 0 and min_profile >= 0, got "
                f"{self.max_together}, {self.profile_piece}, {self.min_profile}"
            )
        if self.profile_turns < 1:
            raise ValueError(f"profile_turns must be >= 1, got {self.profile_turns}")
        if self.max_pitch_apart is not None and self.max_pitch_apart <= 0:
            raise ValueError(f"max_pitch_apart must be > 0 or None, got {self.max_pitch_apart}")
        if self.raised_voice_db is not None and self.raised_voice_db <= 0:
            raise ValueError(f"raised_voice_db must be > 0 or None, got {self.raised_voice_db}")
        if self.min_voiced < 0:
            raise ValueError(f"min_voiced must be >= 0, got {self.min_voiced}")
        if self.max_background_voiced is not None and not 0 < self.max_background_voiced <= 1:
            raise ValueError(
                f"max_background_voiced must be in (0, 1] or None, got {self.max_background_voiced}"
            )


def middle_pieces(
    stretches: Sequence[tuple[float, float]], count: int, piece: float
) -> list[tuple[float, float]]:
    """The middle ``piece`` seconds of the ``count`` longest ``stretches``, in time order."""
    chosen = sorted(stretches, key=lambda stretch: stretch[0] - stretch[1])
    out = []
    for start, end in chosen[:count]:
        trim = max(0.0, (end - start - piece) / 2)
        out.append((start + trim, end - trim))
    return sorted(out)


def profile(
    turns: Sequence[Turn], speaker: int, settings: VoiceMergeSettings
) -> list[tuple[float, float]]:
    """``speaker``'s profile segments: ``middle_pieces`` of its clean stretches, or ``[]``
    when they hold under ``min_profile`` seconds."""
    stretches = [
        stretch
        for index, (_, _, label) in enumerate(turns)
        if label == speaker
        for stretch in clean_segments(turns, index)
    ]
    if sum(end - start for start, end in stretches) < settings.min_profile:
        return []
    return middle_pieces(stretches, settings.profile_turns, settings.profile_piece)


def together(turns: Sequence[Turn], first: int, second: int) -> float:
    """Seconds where a turn of ``first`` and a turn of ``second`` overlap."""
    return sum(
        max(0.0, min(end, other_end) - max(start, other_start))
        for start, end, label in turns
        if label == first
        for other_start, other_end, other in turns
        if other == second
    )


def one_pitch(
    audio: np.ndarray,
    turns: Sequence[Turn],
    first: int,
    second: int,
    settings: VoiceMergeSettings,
    cache: dict[tuple[tuple[float, float], ...], float | None],
) -> bool:
    """Whether the pitches of ``first`` and ``second`` (the median F0 of each one's profile
    segments) allow them to be one person: they lie at most ``max_pitch_apart`` semitones
    apart, or the higher is louder by ``raised_voice_db`` (one voice raised), or either is
    unknown (too little voiced speech: CAM++ alone decides, as before). ``cache`` keeps each
    set of segments' pitch between calls."""
    if settings.max_pitch_apart is None:
        return True
    found = []
    for speaker in (first, second):
        segments = tuple(profile(turns, speaker, settings))
        if segments not in cache:
            cache[segments] = speaker_pitch.median_f0(audio, segments, settings.min_voiced)
        found.append(cache[segments])
    if None in found:
        return True
    apart = speaker_pitch.semitones_apart(*found)
    higher, lower = (first, second) if found[0] > found[1] else (second, first)
    rise = level_db(audio, profile(turns, higher, settings)) - level_db(
        audio, profile(turns, lower, settings)
    )
    logger.debug(
        "speakers %d and %d: pitch %.0f and %.0f Hz, %.1f semitones apart; the higher %.1f dB "
        "louder",
        first,
        second,
        *found,
        apart,
        rise,
    )
    if apart <= settings.max_pitch_apart:
        return True
    # A voice raised is higher and louder at once (fresh5's d45: shouting, 3.6 semitones up
    # and 6.5 dB louder than calm); two people of one timbre differ in pitch alone.
    return settings.raised_voice_db is not None and rise >= settings.raised_voice_db


def splittable(turns: Sequence[Turn], speaker: int, split: VoiceSplitSettings) -> bool:
    """Whether ``speaker``'s lines could make one of the voice split's two groups: at least
    ``min_group_turns`` turns whose longest stretch clear of other speakers lasts ``min_piece``
    seconds, ``min_group_speech`` seconds of such stretches in all (``voice_split._pieces``
    and ``_two_groups``)."""
    pieces = [end - start for _, (start, end) in longest_clean(turns, speaker, split.min_piece)]
    return len(pieces) >= split.min_group_turns and sum(pieces) >= split.min_group_speech


def left_to_split(
    turns: Sequence[Turn],
    first: int,
    second: int,
    settings: VoiceMergeSettings,
    split: VoiceSplitSettings | None,
) -> bool:
    """Whether the pitch test is left to the voice split for ``first`` and ``second``
    (``pitch_left_to_split``): the split reads each line (``min_gap``) and both speakers are
    ``splittable``."""
    left = (
        settings.pitch_left_to_split
        and split is not None
        and split.min_gap is not None
        and splittable(turns, first, split)
        and splittable(turns, second, split)
    )
    if left:
        logger.debug("speakers %d and %d: the pitch is left to the voice split", first, second)
    return left


#: A pause between turns is read for the background when it lasts this long (seconds)...
MIN_PAUSE = 0.6
#: ...without this much at either end (a turn's edges hold the tail of a word).
PAUSE_MARGIN = 0.2


def pauses(turns: Sequence[Turn], duration: float) -> list[tuple[float, float]]:
    """The pauses of at least ``MIN_PAUSE`` seconds between ``turns`` (and before the first
    and after the last, up to ``duration``), ``PAUSE_MARGIN`` trimmed from each end."""
    out, cursor = [], 0.0
    for start, end in [*sorted((start, end) for start, end, _ in turns), (duration, duration)]:
        if start - cursor >= MIN_PAUSE:
            out.append((cursor + PAUSE_MARGIN, start - PAUSE_MARGIN))
        cursor = max(cursor, end)
    return out


def pitched_background(
    audio: np.ndarray, turns: Sequence[Turn], settings: VoiceMergeSettings
) -> bool:
    """Whether pYIN hears a pitch in the pauses between ``turns`` (at least
    ``max_background_voiced`` of their frames voiced): music under the voices, whose pitch
    pYIN would read for a quiet speaker's."""
    if settings.max_background_voiced is None:
        return False
    share = speaker_pitch.voiced_share(audio, pauses(turns, len(audio) / speaker_pitch.SAMPLE_RATE))
    logger.debug("pauses: %s of the frames voiced", "no frame" if share is None else f"{share:.2f}")
    return share is not None and share >= settings.max_background_voiced


def level_db(audio: np.ndarray, segments: Sequence[tuple[float, float]]) -> float:
    """Mean power (dB re full scale) of ``segments`` (seconds) of 16 kHz ``audio``."""
    rate = speaker_pitch.SAMPLE_RATE
    pieces = [audio[int(start * rate) : int(end * rate)] for start, end in segments]
    samples = np.concatenate(pieces) if pieces else np.zeros(1, np.float32)
    return float(10 * np.log10(np.mean(np.square(samples, dtype=np.float64)) + 1e-12))


def merge(
    audio: np.ndarray,
    turns: Sequence[Turn],
    centroids: np.ndarray,
    windows: WindowEmbeddings,
    embed: TurnEmbedder,
    settings: VoiceMergeSettings | None = None,
    min_speakers: int = 1,
    split: VoiceSplitSettings | None = None,
) -> tuple[list[Turn], np.ndarray]:
    """Merge, pair by pair (closest first), the speakers CAM++ hears as one voice.

    Args:
        audio: The recording (mono float32, 16 kHz).
        turns: ``(start, end, speaker)`` turns.
        centroids: ``(speakers, d)`` Resemblyzer centroids the speaker indices refer to.
        windows: The recording's Resemblyzer windows (a merged speaker's centroid is the mean
            of those centred in its turns).
        embed: CAM++ on a union of segments (one unit vector).
        settings: Tunables.
        min_speakers: Never fewer speakers than this.
        split: The voice split run after the merge (``None``: none), to which the pitch test
            is left where it can part a pair again (``left_to_split``).

    Returns:
        The turns (a merged speaker's turns that touch or overlap joined) and the centroids,
        speakers renumbered ``0..n-1`` in their old order.
    """
    settings = settings or VoiceMergeSettings()
    turns = sorted(turns)
    alive = sorted({label for _, _, label in turns})
    rows = {label: centroids[label] for label in alive}
    pitches: dict[tuple[tuple[float, float], ...], float | None] = {}
    # Read once, when a pair first needs its pitch: merging relabels turns, the pauses stay.
    pitch_unheard: bool | None = None
    merged_any = False
    while len(alive) > max(min_speakers, 1):
        # Resemblyzer's centroids choose the pairs worth a CAM++ read (free: one person's
        # pairs read 0.78-0.84 there, and about half of all pairs under 0.65).
        pairs = [
            (first, second)
            for first, second in itertools.combinations(alive, 2)
            if float(rows[first] @ rows[second]) >= settings.min_centroid_similarity
            and together(turns, first, second) <= settings.max_together
        ]
        voices = {}
        for speaker in sorted({speaker for pair in pairs for speaker in pair}):
            segments = profile(turns, speaker, settings)
            if segments:
                voices[speaker] = embed(audio, segments)
        alike = []
        for first, second in pairs:
            if first not in voices or second not in voices:
                continue
            similarity = float(voices[first] @ voices[second])
            logger.debug("speakers %d and %d: CAM++ cosine %.2f", first, second, similarity)
            if similarity >= settings.min_similarity:
                alike.append((similarity, first, second))
        if alike and pitch_unheard is None:
            pitch_unheard = settings.max_pitch_apart is not None and pitched_background(
                audio, turns, settings
            )
        pair = next(
            (
                (first, second, best)
                for best, first, second in sorted(alike, reverse=True)
                if pitch_unheard
                or left_to_split(turns, first, second, settings, split)
                or one_pitch(audio, turns, first, second, settings, pitches)
            ),
            None,
        )
        if pair is None:
            break
        keep, gone, best = pair
        logger.debug("speaker %d joins speaker %d: one voice (CAM++ cosine %.2f)", gone, keep, best)
        turns = merge_touching([(s, e, keep if label == gone else label) for s, e, label in turns])
        alive.remove(gone)
        merged_any = True
        inside = windows_inside(windows, [(s, e) for s, e, label in turns if label == keep])
        if inside.any():
            rows[keep] = normalize(windows.vectors[inside].mean(axis=0))
    if not merged_any:
        return turns, centroids
    index = {speaker: new for new, speaker in enumerate(alive)}
    merged = np.stack([rows[speaker] for speaker in alive]).astype(centroids.dtype)
    return [(s, e, index[label]) for s, e, label in turns], merged
