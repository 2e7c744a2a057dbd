"""A short turn in a voice unlike every speaker found becomes a speaker of its own.

A partner officer's single shouted command is one turn of a second or two: too little speech
for a cluster of its own in Resemblyzer's windows, so clustering and stitching give it to the
nearest speaker (docs/BENCHMARKS.md, session 4c). CAM++ tells such a line apart where
Resemblyzer does not, but CAM++ on every window generalised worse and costs about 7x per window.
So after stitching, the few turns whose Resemblyzer windows match their own speaker worst are
embedded with CAM++ as a whole, beside each speaker's longest other turns; a turn far from every
one of them is a new speaker. A known speaker's shouting stays close to that speaker's own
profile under CAM++ (0.6 and more on the development half), so it is not split off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bodycam.transcribe.embeddings import WindowEmbeddings, normalize
from bodycam.transcribe.wearer import speaker_levels

logger = logging.getLogger(__name__)

Turn = tuple[float, float, int]
#: Longest piece of one turn (or run of windows) a speaker's profile reads, its middle: CAM++
#: costs in proportion to the audio, and on a long recording a monologue's turns last minutes.
#: No turn or run of the development set, fresh half or sample.wav is cut by it.
PROFILE_PIECE_SECONDS = 6.0
#: Embeds the union of ``segments`` (seconds) of ``audio`` as one unit vector.
TurnEmbedder = Callable[[np.ndarray, Sequence[tuple[float, float]]], np.ndarray]


@dataclass(frozen=True)
class DistinctTurnSettings:
    """Tunables of ``separate`` (chosen on the development half, docs/BENCHMARKS.md).

    Attributes:
        max_similarity: A turn whose CAM++ cosine to every speaker's profile is under this
            becomes a new speaker (or joins a speaker made this way that it is at least this
            close to).
        max_match: Only a turn whose Resemblyzer windows' mean cosine to its speaker's
            centroid is under this is embedded with CAM++ (a turn that matches its speaker well
            costs nothing).
        min_turn: Shortest turn (seconds) looked at, its overlapped stretches included (there
            the segmentation model hears this voice beside another): a shouted line often
            starts under the last words of the one before it.
        min_clean: Fewest seconds of the turn that overlap no other speaker's turn: only those
            are embedded (cross-talk mixes voices), and under this an embedding is not
            reliable.
        min_rest: A turn is looked at only when its speaker keeps at least this many seconds
            of other turns, so that the comparison is with an established voice (a speaker
            with little speech has no profile to be far from).
        candidates: At most this many turns per recording are embedded (CAM++ is costly).
        profile_turns: A speaker's profile is its this many longest turns other than the one
            compared.
        join_similarity: A speaker with under ``min_rest`` seconds of turns whose CAM++
            profile is at least this close to another speaker's joins that speaker: one
            quiet voice that the window clusters split in two and nothing in the model's
            tracks linked. ``None`` keeps every speaker.
        read_overlapped: A turn with under ``min_clean`` seconds clear of other speakers is
            read whole, overlap included, instead of being passed over: a wearer's single
            command spoken into two other people's argument has no clean part, but the wearer
            is the loudest voice and dominates CAM++'s pooled statistics. On the four tuning
            halves seven turns of 0.8 s or more lie mostly under another speaker's turn:
            fresh3's d36 (the wearer's 1.3 s command, 1.15 s of it under a neighbour's line)
            reads 0.32 at most to every speaker's profile, the six others 0.56-0.88 to some
            speaker's (docs/BENCHMARKS.md, session 7). On by default since session 9, with
            ``overlapped_max_match``: d36's command is the wearer's only line, and the speaker
            count is what a reviewer reads first.
        overlapped_max_match: A turn read whole that way is a candidate only when its windows
            match their speaker's centroid under this (mean cosine), stricter than
            ``max_match``: the read costs its speakers' profiles too (on sample.wav three
            CAM++ calls, 22 s of audio, a fifth of the diarization's time, for no DER change).
            Of the 13 turns of the 52 recordings and sample.wav it would read, 11 match their
            speaker at 0.55-0.66 (d36's command 0.55), d51's and sample.wav's at 0.76 and 0.78
            (docs/BENCHMARKS.md, session 9); 0.7 lies in that gap.
        new_under_babble: Whether ``separate`` runs where the segmentation model hears a
            crowd's babble as a voice (``StitchingSettings.max_overlap_share``): there a turn
            unlike every speaker is the crowd heard alone before the first line or after the
            last, not a person (fresh9's d83: 64.5-66.0 s, where nobody in the reference
            speaks, became a sixth speaker of five, which ``short_turns`` then gave the
            babble before the first line too). Of the 84 recordings and sample.wav only d83
            hears babble so (docs/BENCHMARKS.md, sessions 13 and 14). ``True``: it runs
            everywhere (the default before session 14).
        fragment_gap: A speaker's turns each shorter than ``min_turn``, with gaps of at most
            this many seconds between them and no other speaker's turn in a gap, are read as
            one turn: the stitching cuts a line at a 0.1 s dip, and each piece alone is too
            short to be read (fresh17's d147: the partner's one shouted order, 1.1 s, came as
            0.61 s and 0.41 s pieces of the wearer's). A piece of ``min_turn`` or more is never
            joined, so no turn read before is read differently. ``None`` joins nothing.
        wearer_margin_db: A small speaker (under ``min_rest`` seconds) whose level is this many
            dB or more under the loudest speaker's never joins that speaker, however close
            CAM++ hears the two: the loudest voice is the camera wearer's
            (:mod:`bodycam.transcribe.wearer`), whose mouth sits a fixed 0.2 m from the
            microphone, so a piece of the wearer's own speech comes at the wearer's level and a
            line 3 dB quieter (half the power) is someone standing further off. Levels are
            :func:`bodycam.transcribe.wearer.speaker_levels` (median of 100 ms frames clear of
            overlap); a speaker with under a second of such speech has none, and is judged
            by CAM++ alone. Of every ``join_small`` fold into the loudest speaker on d1-d308
            (docs/BENCHMARKS.md, session 39), the wearer's own pieces sat -0.7 to +5.1 dB from
            the wearer (-0.4 to +0.2 on the tuning half, d1-d142, where no fold was wrong),
            and the six other people's lines folded into the wearer 3.2 to 11.1 dB under
            (fresh37's d303: a witness's one line, 8.1 dB under). ``None`` asks CAM++ alone
            (the default before session 39).
    """

    max_similarity: float = 0.4
    max_match: float = 0.8
    min_turn: float = 0.8
    min_clean: float | None = 0.5
    min_rest: float = 4.0
    candidates: int = 4
    profile_turns: int = 3
    join_similarity: float | None = 0.5
    read_overlapped: bool = True
    overlapped_max_match: float = 0.7
    new_under_babble: bool = False
    fragment_gap: float | None = 0.25
    wearer_margin_db: float | None = 3.0

    def __post_init__(self) -> None:
        if not -1.0 < self.max_similarity < 1.0:
            raise ValueError(f"max_similarity must be in (-1, 1), got {self.max_similarity}")
        if self.min_clean is not None and self.min_clean <= 0:
            raise ValueError(f"min_clean must be > 0 or None, got {self.min_clean}")
        if self.min_turn <= 0 or self.min_rest < 0:
            raise ValueError(
                f"need min_turn > 0 and min_rest >= 0, got {self.min_turn}, {self.min_rest}"
            )
        if self.join_similarity is not None and not -1.0 < self.join_similarity < 1.0:
            raise ValueError(
                f"join_similarity must be in (-1, 1) or None, got {self.join_similarity}"
            )
        if not -1.0 < self.overlapped_max_match <= 1.0:
            raise ValueError(
                f"overlapped_max_match must be in (-1, 1], got {self.overlapped_max_match}"
            )
        if self.fragment_gap is not None and self.fragment_gap < 0:
            raise ValueError(f"fragment_gap must be >= 0 or None, got {self.fragment_gap}")
        if self.wearer_margin_db is not None and self.wearer_margin_db <= 0:
            raise ValueError(f"wearer_margin_db must be > 0 or None, got {self.wearer_margin_db}")
        if self.candidates < 1 or self.profile_turns < 1:
            raise ValueError(
                f"need candidates >= 1 and profile_turns >= 1, got {self.candidates}, "
                f"{self.profile_turns}"
            )


def solo(turns: Sequence[Turn], index: int) -> bool:
    """Whether turn ``index`` overlaps no other speaker's turn (cross-talk mixes voices)."""
    start, end, speaker = turns[index]
    return not any(
        other != speaker and s < end and e > start
        for s, e, other in turns
        if (s, e) != (start, end)
    )


def clean_segments(turns: Sequence[Turn], index: int) -> list[tuple[float, float]]:
    """The stretches of turn ``index`` that no other speaker's turn overlaps."""
    start, end, speaker = turns[index]
    pieces = [(start, end)]
    for s, e, other in turns:
        if other == speaker or e <= start or s >= end:
            continue
        pieces = [
            piece
            for a, b in pieces
            for piece in ((a, min(b, s)), (max(a, e), b))
            if piece[1] - piece[0] > 1e-9
        ]
    return pieces


def longest_clean(
    turns: Sequence[Turn], speaker: int, min_piece: float
) -> list[tuple[int, tuple[float, float]]]:
    """``(turn index, longest stretch)`` of each of ``speaker``'s turns whose longest stretch
    clear of other speakers (``clean_segments``) lasts ``min_piece`` seconds: the lines the
    voice split reads, and by which the voice merge knows whether the split could read them."""
    out = []
    for index, (_, _, label) in enumerate(turns):
        if label != speaker:
            continue
        stretches = clean_segments(turns, index)
        if not stretches:
            continue
        start, end = max(stretches, key=lambda stretch: stretch[1] - stretch[0])
        if end - start >= min_piece:
            out.append((index, (start, end)))
    return out


def windows_inside(
    windows: WindowEmbeddings, segments: Sequence[tuple[float, float]]
) -> np.ndarray:
    """Which of ``windows`` are centred in one of ``segments`` (seconds)."""
    inside = np.zeros(len(windows), dtype=bool)
    for start, end in segments:
        inside |= (windows.centers >= start) & (windows.centers < end)
    return inside


def embedded_part(
    turns: Sequence[Turn], index: int, settings: DistinctTurnSettings
) -> list[tuple[float, float]]:
    """What of turn ``index`` is read as its voice: the whole turn when it is solo, else
    (with ``min_clean``) its clean stretches when they hold ``min_clean`` seconds, else the
    whole turn with ``read_overlapped``; ``[]`` when none of these."""
    start, end, _ = turns[index]
    if solo(turns, index):
        return [(start, end)]
    if settings.min_clean is None:
        return []
    clean = clean_segments(turns, index)
    if sum(b - a for a, b in clean) >= settings.min_clean:
        return clean
    return [(start, end)] if settings.read_overlapped else []


def candidates(
    turns: Sequence[Turn],
    windows: WindowEmbeddings,
    centroids: np.ndarray,
    settings: DistinctTurnSettings,
) -> list[int]:
    """Indices of the turns to check, worst match first: turns of at least ``min_turn``
    seconds (overlapped stretches included) with a part to embed (``embedded_part``), whose
    speaker keeps ``min_rest`` seconds besides and whose Resemblyzer windows (those centred
    in that part) match their speaker's centroid under ``max_match`` in mean cosine (under
    ``overlapped_max_match`` for a turn read whole, overlap included), ranked by that
    cosine."""
    seconds = np.zeros(len(centroids))
    for start, end, speaker in turns:
        seconds[speaker] += end - start
    scored = []
    for index, (start, end, speaker) in enumerate(turns):
        length = end - start
        if length < settings.min_turn or seconds[speaker] - length < settings.min_rest:
            continue
        part = embedded_part(turns, index, settings)
        inside = windows_inside(windows, part)
        if not inside.any():
            continue
        score = float(np.mean(windows.vectors[inside] @ centroids[speaker]))
        # A turn read whole, overlap included, costs its speakers' profiles as well: only one
        # whose windows clearly fail their speaker is worth it.
        overlapped = part == [(start, end)] and not solo(turns, index)
        if score < (settings.overlapped_max_match if overlapped else settings.max_match):
            scored.append((score, index))
    return [index for _, index in sorted(scored)[: settings.candidates]]


def profile_segments(
    turns: Sequence[Turn], speaker: int, leave_out: int, count: int
) -> list[tuple[float, float]]:
    """The ``count`` longest turns of ``speaker`` other than turn ``leave_out``."""
    own = [
        (end - start, start, end)
        for index, (start, end, label) in enumerate(turns)
        if label == speaker and index != leave_out
    ]
    return [(start, end) for _, start, end in sorted(own, reverse=True)[:count]]


def separate(
    audio: np.ndarray,
    turns: Sequence[Turn],
    centroids: np.ndarray,
    windows: WindowEmbeddings,
    embed: TurnEmbedder,
    settings: DistinctTurnSettings | None = None,
) -> tuple[list[Turn], np.ndarray]:
    """Give each candidate turn far from every speaker's profile a speaker of its own.

    Args:
        audio: The recording (mono float32, 16 kHz).
        turns: ``(start, end, speaker)`` turns from stitching.
        centroids: ``(speakers, d)`` Resemblyzer centroids the speaker indices refer to.
        windows: The recording's embedding windows (they rank the candidates and give a new
            speaker its centroid).
        embed: The second encoder (CAM++) on a union of segments.
        settings: Tunables.

    Returns:
        The turns (a separated turn relabelled) and the centroids, one row added per new
        speaker (the mean of the windows centred in its turns).
    """
    settings = settings or DistinctTurnSettings()
    turns = sorted(turns)
    if len(centroids) == 0:
        return turns, centroids
    runs = fragment_runs(turns, settings)
    if all(len(run) == 1 for run in runs):
        return _separate(audio, turns, centroids, windows, embed, settings)
    joined = [(turns[run[0]][0], turns[run[-1]][1], turns[run[0]][2]) for run in runs]
    labelled, centroids = _separate(audio, joined, centroids, windows, embed, settings)
    label = {index: labelled[k][2] for k, run in enumerate(runs) for index in run}
    return [(start, end, label[index]) for index, (start, end, _) in enumerate(turns)], centroids


def fragment_runs(turns: Sequence[Turn], settings: DistinctTurnSettings) -> list[list[int]]:
    """Indices of sorted ``turns`` in runs: consecutive pieces of one speaker each shorter than
    ``min_turn`` whose gaps (at most ``fragment_gap`` s) no other speaker's turn touches;
    every other turn a run of its own."""
    runs: list[list[int]] = []
    for index, (start, end, speaker) in enumerate(turns):
        if runs and settings.fragment_gap is not None and end - start < settings.min_turn:
            last_start, last_end, last_speaker = turns[runs[-1][-1]]
            if (
                last_speaker == speaker
                and last_end - last_start < settings.min_turn
                and 0.0 <= start - last_end <= settings.fragment_gap
                and not any(
                    other != speaker and s < start and e > last_end for s, e, other in turns
                )
            ):
                runs[-1].append(index)
                continue
        runs.append([index])
    return runs


def _separate(
    audio: np.ndarray,
    turns: list[Turn],
    centroids: np.ndarray,
    windows: WindowEmbeddings,
    embed: TurnEmbedder,
    settings: DistinctTurnSettings,
) -> tuple[list[Turn], np.ndarray]:
    profiles: dict[tuple, np.ndarray] = {}

    def profile(segments: list[tuple[float, float]]) -> np.ndarray:
        key = tuple(segments)
        if key not in profiles:
            profiles[key] = embed(audio, segments)
        return profiles[key]

    n_known = len(centroids)
    n_speakers = n_known
    stayed: dict[int, tuple[np.ndarray, dict[int, float]]] = {}
    for index in candidates(turns, windows, centroids, settings):
        start, end, speaker = turns[index]
        part = embedded_part(turns, index, settings)
        vector = embed(audio, part)
        similarity = {
            other: float(vector @ profile(segments))
            for other in range(n_speakers)
            if (segments := profile_segments(turns, other, index, settings.profile_turns))
        }
        nearest = max(similarity, key=similarity.get, default=None)
        if nearest is not None and similarity[nearest] >= settings.max_similarity:
            if nearest >= n_known:
                logger.debug("turn %.2f-%.2f s joins new speaker %d", start, end, nearest)
                turns[index] = (start, end, nearest)
            else:
                stayed[index] = (vector, similarity)
            continue
        logger.debug(
            "turn %.2f-%.2f s is a new speaker %d (CAM++ cosine %.2f at most)",
            start,
            end,
            n_speakers,
            similarity[nearest] if nearest is not None else float("nan"),
        )
        turns[index] = (start, end, n_speakers)
        n_speakers += 1
    if n_speakers == n_known:
        return turns, centroids
    # Candidates are read worst match first, so one read before a new speaker existed had
    # only the known speakers to be near: read it again beside the new ones (fresh12's d104:
    # dispatch's three radio lines read 0.40-0.42 to the wearer; the one just under 0.4 became
    # a speaker, and the other two, read before it, stayed the wearer's).
    for index, (vector, similarity) in stayed.items():
        start, end, speaker = turns[index]
        new = {
            other: float(vector @ profile(segments))
            for other in range(n_known, n_speakers)
            if (segments := profile_segments(turns, other, index, settings.profile_turns))
        }
        nearest = max(new, key=new.get, default=None)
        if nearest is not None and new[nearest] > max(similarity.values()):
            logger.debug(
                "turn %.2f-%.2f s joins new speaker %d on a second reading (CAM++ cosine %.2f, "
                "%.2f at most to the others)",
                start,
                end,
                nearest,
                new[nearest],
                max(similarity.values()),
            )
            turns[index] = (start, end, nearest)
    rows = [centroids]
    for label in range(n_known, n_speakers):
        inside = np.zeros(len(windows), dtype=bool)
        for start, end, speaker in turns:
            if speaker == label:
                inside |= (windows.centers >= start) & (windows.centers < end)
        rows.append(normalize(windows.vectors[inside].mean(axis=0, keepdims=True)))
    # In the order given: ``separate`` maps a joined run's label back to its pieces by place.
    return turns, np.concatenate(rows).astype(centroids.dtype)


def _speaker_profile(turns: Sequence[Turn], speaker: int, count: int) -> list[tuple[float, float]]:
    """``speaker``'s ``count`` longest turns, each cut to its middle ``PROFILE_PIECE_SECONDS``."""
    pieces = []
    for start, end in profile_segments(turns, speaker, -1, count):
        trim = max(0.0, (end - start - PROFILE_PIECE_SECONDS) / 2)
        pieces.append((start + trim, end - trim))
    return pieces


def join_small(
    audio: np.ndarray,
    turns: Sequence[Turn],
    centroids: np.ndarray,
    embed: TurnEmbedder,
    settings: DistinctTurnSettings,
    min_speakers: int = 1,
) -> tuple[list[Turn], np.ndarray]:
    """Fold each speaker with under ``min_rest`` seconds into the speaker whose CAM++ profile
    is nearest, when that is at least ``join_similarity`` (``DistinctTurnSettings``), never
    below ``min_speakers`` speakers. Least speech first; turns of one speaker that then touch
    or overlap become one.

    Returns:
        The turns and the centroids, speakers renumbered ``0..n-1`` in their old order.
    """
    turns = list(turns)
    if settings.join_similarity is None:
        return turns, centroids
    vectors: dict[tuple, np.ndarray] = {}

    def voice(speaker: int) -> np.ndarray | None:
        segments = tuple(_speaker_profile(turns, speaker, settings.profile_turns))
        if not segments:
            return None
        if segments not in vectors:
            vectors[segments] = embed(audio, list(segments))
        return vectors[segments]

    alive = sorted({speaker for _, _, speaker in turns})
    while len(alive) > max(min_speakers, 1):
        seconds = {
            speaker: sum(e - s for s, e, label in turns if label == speaker) for speaker in alive
        }
        joined = False
        for small in sorted(alive, key=seconds.get):
            if seconds[small] >= settings.min_rest:
                break
            own = voice(small)
            if own is None:
                continue
            scores = {
                other: float(own @ profile)
                for other in alive
                if other != small and (profile := voice(other)) is not None
            }
            nearest = max(scores, key=scores.get, default=None)
            if nearest is None or scores[nearest] < settings.join_similarity:
                continue
            if quieter_than_the_wearer(audio, turns, small, nearest, seconds, settings):
                continue
            logger.debug(
                "speaker %d (%.2f s) joins speaker %d (CAM++ cosine %.2f)",
                small,
                seconds[small],
                nearest,
                scores[nearest],
            )
            turns = merge_touching(
                [(s, e, nearest if label == small else label) for s, e, label in turns]
            )
            alive.remove(small)
            joined = True
            break
        if not joined:
            break
    index = {speaker: new for new, speaker in enumerate(alive)}
    if len(alive) == len(centroids):
        return turns, centroids
    return [(s, e, index[label]) for s, e, label in turns], centroids[alive]


def quieter_than_the_wearer(
    audio: np.ndarray,
    turns: Sequence[Turn],
    small: int,
    other: int,
    seconds: dict[int, float],
    settings: DistinctTurnSettings,
) -> bool:
    """Whether ``small`` is ``wearer_margin_db`` or more under ``other`` when ``other`` is the
    loudest speaker with ``min_rest`` seconds of turns (the wearer), so it must not join it."""
    if settings.wearer_margin_db is None:
        return False
    levels = {int(label): level for label, level in speaker_levels(audio, turns).items()}
    established = {
        speaker: level
        for speaker, level in levels.items()
        if seconds.get(speaker, 0.0) >= settings.min_rest
    }
    if small not in levels or not established or max(established, key=established.get) != other:
        return False
    under = levels[other] - levels[small]
    if under < settings.wearer_margin_db:
        return False
    logger.debug(
        "speaker %d stays apart from speaker %d, the loudest: %.1f dB under it (CAM++ alone "
        "would join them)",
        small,
        other,
        under,
    )
    return True


def merge_touching(turns: Sequence[Turn]) -> list[Turn]:
    """Turns of one speaker that touch or overlap, joined."""
    out: list[Turn] = []
    for start, end, speaker in sorted(turns, key=lambda turn: (turn[2], turn[0])):
        if out and out[-1][2] == speaker and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end), speaker)
        else:
            out.append((start, end, speaker))
    return sorted(out)
