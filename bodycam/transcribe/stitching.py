"""Overlap-aware turns: chunk-local speakers of the segmentation model tied to global speakers.

The segmentation model (``segmentation.py``) says frame by frame who talks inside each 10 s
chunk, cross-talk included, but numbers the speakers afresh in every chunk. The window
embeddings and clustering (``embeddings.py``, ``clustering.py``) say which voice is which
across the whole recording, but one voice per instant and only as finely as their 1.6 s
windows. Stitching takes the best of both, as pyannote.audio's own pipeline does:

1. each local speaker of a chunk is matched to the global speaker whose voice its own
   (not overlapped) frames carry, two local speakers of a chunk never to the same one;
2. each frame's number of speakers is the average, over the chunks that saw it, of how many
   local speakers talked there (one at most when the model hears two voices at once through
   much of the speech: it is hearing a crowd's babble as a voice, ``max_overlap_share``);
3. each frame goes to that many global speakers, those most often active there across chunks.

The model also corrects the speaker count the clustering estimates: voices it tells apart in
one chunk are different people (``distinct_speakers``, ``heard_together``), and one voice it
follows across overlapping chunks is one person (``followed_across_chunks``,
``pair_to_merge``).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from bodycam.transcribe.segmentation import FRAME_DURATION, FRAME_STEP, Segmentation
from bodycam.transcribe.voice_evidence import VoiceEvidence, vote_by_voice

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StitchingSettings:
    """Tunables of stitching.

    Attributes:
        min_exclusive: Seconds of a local speaker's own (not overlapped) speech in a chunk
            needed to recognise its voice; a local speaker with less is matched on all its
            frames.
        min_distinct: Seconds of its own speech a local speaker needs in a chunk to count as
            a person in ``distinct_speakers``.
        min_track_agreement: Intersection over union of two local speakers' frames, in the
            stretch two consecutive chunks share, above which they are one voice.
        min_link: Seconds of such shared speech needed to merge two global speakers.
        max_overlap_speakers: Most speakers a frame may get.
        min_duration_off: Gaps in one speaker's speech shorter than this (seconds) are
            bridged: breaths inside a sentence are not turn ends.
        min_duration_on: A speaker's stretch shorter than this (seconds) is dropped.
        voices_decide: The embeddings decide who, the model when and how many: each stretch
            of a local speaker's activity goes to the global speaker most of its
            not-overlapped frames' windows were labelled with, not to the speaker the whole
            local track was matched to. The model hears two people who take turns as one
            local speaker more often than it splits one person.
        min_run_evidence: Seconds of labelled, not-overlapped frames a stretch needs for its
            windows to decide (fewer: the chunk's match decides).
        min_merge_similarity: Two global speakers the model follows as one voice are merged
            only when their centroids are at least this similar (cosine); -1 merges on the
            model's evidence alone.
        split_by_voice: A piece of a stretch is given to another speaker when the windows
            name that speaker for at least ``split_min`` seconds, the speaker already holds
            turns the model matched to it (a split never creates a speaker) and the piece's
            windows are closer to its centroid than to the stretch's speaker's by
            ``split_margin`` (mean cosine): the model hears two people who take turns without
            a pause as one local speaker (``voice_evidence.split_pieces``). On by default:
            better than off on the development, held-out and fresh halves, identical on
            sample.wav (docs/BENCHMARKS.md).
        split_min: Seconds a piece needs (shorter label runs join their longer neighbour):
            0.75 s, three windows' centres at the 0.25 s step (0.5 and 0.75 gave the same DER
            on the development half, 1.0 lost d09's gain).
        split_margin: Mean cosine advantage the piece's windows must give the other speaker's
            centroid: 0.1 (0 to 0.15 gave the same DER on the development half, 0.2 lost most
            of the gain).
        fill_unheard: Stretches of at least this many seconds inside the speech regions
            where the model hears nobody go to the speaker the embedding windows name there
            (a distant voice the VAD hears and the model misses); ``None`` leaves them silent.
            0.5 s by default: better than off on the development half (11.58 -> 10.46 % DER)
            and identical on the held-out and fresh halves and sample.wav
            (docs/BENCHMARKS.md).
        fill_reach: Seconds from the nearest frame a window names within which a frame of
            such a stretch that no window centre is near (a speech region's last half window)
            takes that frame's speaker: the 1.6 s windows hear 0.8 s either side of their
            centre and name the frames within a 0.25 s step of it, so 0.55 s stays inside
            what a window heard (since 2026-12-02; before, such frames stayed silent).
        share_margin: A chunk-local speaker whose one-to-one match is more than this cosine
            worse than its most similar global speaker goes to that speaker, shared with
            another local speaker of the chunk (``match_local_speakers``); ``None`` keeps the
            matching one-to-one, the default. 0.15 alone took fresh4's d39 18.92 -> 13.01 % and
            fresh's d20 14.02 -> 9.82 % (6 -> 5 of 5 speakers); at 0.05 sample.wav went 4.31 ->
            7.23 % and fresh's d15 7.54 -> 12.97 %. Off since ``voice_merge`` (session 8): it
            joins d39's third speaker whole (4.26 %), which a shared match leaves holding only
            overlapped turns it cannot join (13.01 %); over the six halves one-to-one pooled
            8.9 % against 9.0 % (docs/BENCHMARKS.md).
        move_whole: With ``split_by_voice``, a whole stretch the windows give one other
            existing speaker is moved to it under the same ``split_min`` and
            ``split_margin`` bar as a piece of a stretch (before session 11 only a stretch the
            windows cut in two could lose a piece, so a stretch whose voice they named wholly
            otherwise stayed with the chunk's match: the model follows two people who answer
            each other as one local speaker, and one local track then carried both, fresh6's
            d54). Not to a speaker another local speaker of the same chunk is matched to:
            there the model already heard two voices, and its two local tracks of one person
            (fresh4's d39, cross-talk) are left to the merges. Better or equal on 67 of 68
            recordings, d34 0.08 point worse (docs/BENCHMARKS.md, session 11).
        max_overlap_share: When the model hears two voices at once in more than this share of
            the speech, it is hearing the background itself as a voice (a crowd's babble:
            wordless talkers all round the scene), and every frame gets one speaker; ``None``
            always trusts its count. Over the 83 other development recordings the share the
            model hears overlapped follows the reference's (at most 0.15, fresh4's d38 and its
            doubled track; 0 to 0.15 in the references), while in fresh9's d83 (five voices in
            a crowd at 2 dB SNR) it heard 0.46 against the reference's 0.065, and the second
            voice it heard went to one participant or another: 59.9 % false alarm against the
            window-only release's 29.1 % (docs/BENCHMARKS.md, session 13). 0.3 until session
            30, when fresh25's d212 (a steward's loudhailer over a crowd at 6 dB) came in at
            0.294 against the reference's 0.023, and its crowd went to whoever was talking
            (38.99 %). Over the 212 recordings the shares fall in two groups: up to 0.182
            (fresh20's d165), and d212, d83 and d116 from 0.294. 0.24 is the middle of that
            gap, not a value fitted to d212: it changes no other of the 212, and it moved d212
            to 16.64 % (session 30). Lower would reach recordings whose overlap is real (d39
            and d73, 0.136 and 0.137, against 0.144 and 0.126 in their references).
    """

    min_exclusive: float = 0.5
    min_distinct: float = 1.0
    min_track_agreement: float = 0.5
    min_link: float = 1.0
    max_overlap_speakers: int = 2
    min_duration_off: float = 0.1
    min_duration_on: float = 0.05
    voices_decide: bool = False
    min_run_evidence: float = 0.5
    min_merge_similarity: float = -1.0
    split_by_voice: bool = True
    split_min: float = 0.75
    split_margin: float = 0.1
    fill_unheard: float | None = 0.5
    fill_reach: float = 0.55
    share_margin: float | None = None
    move_whole: bool = True
    max_overlap_share: float | None = 0.24


def distinct_speakers(
    segmentation: Segmentation,
    settings: StitchingSettings | None = None,
    speech: Sequence[tuple[float, float]] | None = None,
) -> int:
    """Most local speakers any one chunk holds, each with ``min_distinct`` s of its own speech.

    A lower bound of the number of speakers: the model separates voices within a chunk far more
    reliably than any clustering of whole-file embeddings, which merges a person who speaks
    little (a radio call, a bystander) into a louder one. Only frames inside ``speech`` count
    when it is given, so the bound never exceeds what the diarized regions hold.
    """
    settings = settings or StitchingSettings()
    activity = segmentation.activity
    if activity.size == 0:
        return 0
    alone = activity & (activity.sum(axis=2, keepdims=True) == 1)
    if speech is not None:
        for chunk in range(len(alone)):
            alone[chunk] &= in_regions(segmentation.frame_times(chunk), speech)[:, None]
    seconds = alone.sum(axis=1) * FRAME_STEP
    return int((seconds >= settings.min_distinct).sum(axis=1).max())


def in_regions(times: np.ndarray, regions: Sequence[tuple[float, float]]) -> np.ndarray:
    """Whether each time lies inside one of the sorted, non-overlapping ``regions``."""
    if len(regions) == 0:
        return np.zeros(len(times), dtype=bool)
    bounds = np.asarray(regions, dtype=np.float64)
    index = np.searchsorted(bounds[:, 0], times, side="right") - 1
    return (index >= 0) & (times < bounds[np.maximum(index, 0), 1])


def frame_window_weights(
    frame_times: np.ndarray, window_centers: np.ndarray, half_window: float
) -> np.ndarray:
    """``(f, w)`` 1 where frame ``f`` lies inside window ``w`` (centre +- ``half_window``)."""
    return (np.abs(frame_times[:, None] - window_centers[None, :]) <= half_window).astype(
        np.float32
    )


@dataclass
class LocalVoices:
    """The voice of each chunk-local speaker.

    Attributes:
        chunks: ``(n,)`` chunk of each local speaker.
        locals: ``(n,)`` its number inside the chunk.
        vectors: ``(n, d)`` unit embeddings (zero when no window covers it).
        seconds: ``(n,)`` seconds of speech the embedding was taken from.
        alone: ``(n,)`` seconds it speaks while no other local speaker does.
    """

    chunks: np.ndarray
    locals: np.ndarray
    vectors: np.ndarray
    seconds: np.ndarray
    alone: np.ndarray


def local_voices(
    segmentation: Segmentation,
    window_centers: np.ndarray,
    window_vectors: np.ndarray,
    half_window: float,
    settings: StitchingSettings | None = None,
) -> LocalVoices:
    """Embed every active chunk-local speaker from the window embeddings.

    A local speaker's voice is the mean of the window embeddings weighted by how many of its
    frames each window holds: its own (not overlapped) frames when it has enough of them,
    else all its frames.

    Args:
        segmentation: Chunk-local speaker activity.
        window_centers: ``(w,)`` sorted centre times of the embedding windows (as
            ``embeddings.window_grid`` lays them).
        window_vectors: ``(w, d)`` their unit embeddings.
        half_window: Half a window's length (seconds): the audio a window's embedding hears.
        settings: Tunables.
    """
    settings = settings or StitchingSettings()
    n_chunks, _, _ = segmentation.activity.shape
    min_exclusive_frames = settings.min_exclusive / FRAME_STEP
    chunks, owners, vectors, seconds, alone_seconds = [], [], [], [], []
    dimension = window_vectors.shape[1] if window_vectors.ndim == 2 else 0
    for chunk in range(n_chunks):
        activity = segmentation.activity[chunk]
        active = np.nonzero(activity.any(axis=0))[0]
        if len(active) == 0:
            continue
        times = segmentation.frame_times(chunk)
        # Window centres are sorted: a binary search keeps multi-hour files linear.
        near = np.arange(
            np.searchsorted(window_centers, times[0] - half_window, side="left"),
            np.searchsorted(window_centers, times[-1] + half_window, side="right"),
        )
        inside = frame_window_weights(times, window_centers[near], half_window)
        alone = activity & (activity.sum(axis=1, keepdims=True) == 1)
        for speaker in active:
            frames = alone[:, speaker]
            if frames.sum() < min_exclusive_frames:
                frames = activity[:, speaker]
            weights = frames.astype(np.float32) @ inside
            voice = weights @ window_vectors[near] if len(near) else np.zeros(dimension)
            norm = float(np.linalg.norm(voice))
            chunks.append(chunk)
            owners.append(int(speaker))
            vectors.append(voice / norm if norm > 0 else np.zeros(dimension))
            seconds.append(float(frames.sum()) * FRAME_STEP)
            alone_seconds.append(float(alone[:, speaker].sum()) * FRAME_STEP)
    return LocalVoices(
        chunks=np.asarray(chunks, dtype=np.int64),
        locals=np.asarray(owners, dtype=np.int64),
        vectors=np.asarray(vectors, dtype=np.float32).reshape(-1, dimension),
        seconds=np.asarray(seconds, dtype=np.float64),
        alone=np.asarray(alone_seconds, dtype=np.float64),
    )


def match_local_speakers(
    segmentation: Segmentation,
    voices: LocalVoices,
    centroids: np.ndarray,
    settings: StitchingSettings | None = None,
) -> np.ndarray:
    """Global speaker of each chunk-local speaker.

    Each local voice goes to the most similar centroid (cosine), one-to-one within a chunk
    (Hungarian): two voices the model told apart in one chunk are two people. With
    ``settings.share_margin``, a local voice the one-to-one matching gives a centroid more
    than that margin worse than its most similar one goes to that one instead, shared with
    another local speaker of the chunk: the model sometimes hears one voice as two local
    speakers, with a phantom overlap inside one person's turn (fresh4's d39). A share never
    takes away a global speaker's every match (fresh2's d23 lost its civilian that way).

    Returns:
        ``(chunks, 3)`` global speaker index, -1 for a silent (or unmatched) local speaker.
    """
    settings = settings or StitchingSettings()
    n_chunks, _, n_local = segmentation.activity.shape
    matches = np.full((n_chunks, n_local), -1, dtype=np.int64)
    if len(centroids) == 0:
        return matches
    scores = voices.vectors @ np.asarray(centroids, dtype=np.float32).T
    scores[np.linalg.norm(voices.vectors, axis=1) == 0] = -1.0
    shares = []  # (chunk, local, one-to-one speaker, shared speaker)
    for chunk in np.unique(voices.chunks):
        rows = np.nonzero(voices.chunks == chunk)[0]
        picked, columns = linear_sum_assignment(-scores[rows])
        rows = rows[picked]
        matches[chunk, voices.locals[rows]] = columns
        if settings.share_margin is not None:
            best = np.argmax(scores[rows], axis=1)
            worse = scores[rows, best] - scores[rows, columns] > settings.share_margin
            shares += zip(
                itertools.repeat(chunk), voices.locals[rows[worse]], columns[worse], best[worse]
            )
    return _share(matches, shares)


def _share(matches: np.ndarray, shares: list[tuple[int, int, int, int]]) -> np.ndarray:
    """``matches`` with each ``(chunk, local, speaker, shared)`` moved to ``shared``, but for
    the moves that would leave ``speaker`` with no match at all."""
    shared = matches.copy()
    for chunk, local, _, target in shares:
        shared[chunk, local] = target
    vanished = set(np.unique(matches).tolist()) - set(np.unique(shared).tolist())
    for chunk, local, speaker, _ in shares:
        if speaker in vanished:
            shared[chunk, local] = speaker
    return shared


def heard_together(
    voices: LocalVoices, matches: np.ndarray, settings: StitchingSettings | None = None
) -> set[tuple[int, int]]:
    """Pairs of global speakers (low index first) that the model told apart in some chunk.

    Two global speakers count as heard together when two local speakers of one chunk, each
    with ``min_distinct`` seconds of its own speech, were matched to them.
    """
    settings = settings or StitchingSettings()
    pairs: set[tuple[int, int]] = set()
    clear = voices.alone >= settings.min_distinct
    for chunk in np.unique(voices.chunks[clear]):
        rows = np.nonzero((voices.chunks == chunk) & clear)[0]
        speakers = sorted({int(matches[chunk, voices.locals[row]]) for row in rows} - {-1})
        pairs.update(itertools.combinations(speakers, 2))
    return pairs


def followed_across_chunks(
    segmentation: Segmentation, matches: np.ndarray, settings: StitchingSettings | None = None
) -> dict[tuple[int, int], float]:
    """Seconds of speech linking pairs of global speakers (low index first) as one person.

    Consecutive chunks overlap, and in the shared stretch the model follows each voice in both:
    a local speaker of one chunk and one of the next that are active on the same frames
    (intersection over union at least ``min_track_agreement``) are the same person. When
    stitching matched the two to different global speakers, their shared seconds are evidence
    that those speakers are one person.
    """
    settings = settings or StitchingSettings()
    links: dict[tuple[int, int], float] = {}
    activity = segmentation.activity
    n_frames = activity.shape[1]
    for chunk in range(len(activity) - 1):
        offset = round(
            float(segmentation.chunk_starts[chunk + 1] - segmentation.chunk_starts[chunk])
            / FRAME_STEP
        )
        if offset >= n_frames:
            continue
        here = activity[chunk, offset:]
        there = activity[chunk + 1, : n_frames - offset]
        for first, second in itertools.product(range(activity.shape[2]), repeat=2):
            a, b = int(matches[chunk, first]), int(matches[chunk + 1, second])
            if a < 0 or b < 0 or a == b:
                continue
            both = int((here[:, first] & there[:, second]).sum())
            either = int((here[:, first] | there[:, second]).sum())
            if either and both / either >= settings.min_track_agreement:
                key = (min(a, b), max(a, b))
                links[key] = links.get(key, 0.0) + both * FRAME_STEP
    return links


def pair_to_merge(
    centroids: np.ndarray,
    heard: set[tuple[int, int]],
    links: dict[tuple[int, int], float],
    settings: StitchingSettings | None = None,
) -> tuple[int, int] | None:
    """Two global speakers that are one person, or ``None``.

    Clustering 1.6 s windows splits one person into several clusters when their voice
    varies (calm, shouting, turned away): on a single speaker's minute of sample.wav it found
    three to eight, whose centroids are as alike (cosine 0.68-0.92) as those of different
    people (0.64-0.89), so no similarity threshold separates the two cases. The segmentation
    model does: it follows one voice across overlapping chunks (``followed_across_chunks``)
    and tells two voices apart within a chunk (``heard_together``). A pair is merged when the
    model followed one voice from one to the other for ``min_link`` seconds and never heard
    them together; the pair with the most such evidence goes first.
    """
    settings = settings or StitchingSettings()
    candidates = [
        (seconds, pair)
        for pair, seconds in links.items()
        if pair not in heard
        and seconds >= settings.min_link
        and max(pair) < len(centroids)
        and float(centroids[pair[0]] @ centroids[pair[1]]) >= settings.min_merge_similarity
    ]
    return max(candidates)[1] if candidates else None


def stitch(
    segmentation: Segmentation,
    matches: np.ndarray,
    n_speakers: int,
    duration: float,
    settings: StitchingSettings | None = None,
    speech: Sequence[tuple[float, float]] | None = None,
    frame_labels: np.ndarray | None = None,
    frame_scores: np.ndarray | None = None,
) -> list[tuple[float, float, int]]:
    """Turns of the global speakers from chunk activity and local-to-global matches.

    Args:
        segmentation: Chunk-local speaker activity.
        matches: ``(chunks, 3)`` global speaker of each local speaker (-1: none).
        n_speakers: Number of global speakers.
        duration: Length of the recording (seconds).
        settings: Tunables.
        speech: When given, turns are clipped to these regions, so that diarization and ASR
            agree on where anyone speaks.
        frame_labels: ``(frames,)`` global speaker the embedding windows give each frame (-1:
            none), see ``voice_evidence.frame_labels``; used when ``settings.voices_decide``.
        frame_scores: ``(frames, speakers)`` cosine of the nearest window to each speaker's
            centroid (NaN: no window), see ``voice_evidence.frame_similarities``;
            ``settings.split_by_voice`` needs it.

    Returns:
        ``(start, end, speaker)`` triples sorted by start; different speakers' turns may
        overlap (cross-talk).
    """
    settings = settings or StitchingSettings()
    n_chunks, n_frames, n_local = segmentation.activity.shape
    total_frames = int(np.ceil(duration / FRAME_STEP)) + 1
    votes = np.zeros((total_frames, max(n_speakers, 1)), dtype=np.float32)
    # A split only gives speech to a speaker the model's matches already gave some.
    existing = {int(speaker) for speaker in np.unique(matches) if speaker >= 0}
    by_voice = frame_labels is not None and (
        settings.voices_decide or (settings.split_by_voice and frame_scores is not None)
    )
    for chunk in range(n_chunks):
        offset = round(float(segmentation.chunk_starts[chunk]) / FRAME_STEP)
        span = slice(offset, min(offset + n_frames, total_frames))
        length = span.stop - span.start
        activity = segmentation.activity[chunk, :length]
        for local in range(n_local):
            speaker = matches[chunk, local]
            if speaker < 0:
                continue
            if by_voice:
                scores = frame_scores[span] if frame_scores is not None else None
                held = frozenset(int(other) for other in matches[chunk] if other >= 0) - {speaker}
                voice = VoiceEvidence(frame_labels[span], scores, existing, held)
                vote_by_voice(votes, span, activity, local, speaker, voice, n_speakers, settings)
            else:
                votes[span, speaker] += activity[:, local]
    count = heard_count(segmentation, duration)
    most = min(settings.max_overlap_speakers, n_speakers)
    if babble_heard(count, speech, settings.max_overlap_share):
        most = min(most, 1)
    count = np.minimum(count, most)
    if settings.fill_unheard is not None and speech is not None and frame_labels is not None:
        _fill_unheard(
            votes, count, frame_labels, speech, settings.fill_unheard, settings.fill_reach
        )
    # The `count` speakers with most votes in each frame (a speaker never seen there is not
    # picked, even when the count asks for more).
    order = np.argsort(-votes, axis=1, kind="stable")
    chosen = np.zeros_like(votes, dtype=bool)
    for rank in range(chosen.shape[1]):
        picked = order[:, rank]
        take = (count > rank) & (votes[np.arange(total_frames), picked] > 0)
        chosen[np.nonzero(take)[0], picked[take]] = True
    turns: list[tuple[float, float, int]] = []
    for speaker in range(n_speakers):
        runs = _runs(chosen[:, speaker], duration, settings)
        if speech is not None:
            runs = _clip(runs, speech)
        turns.extend((start, end, speaker) for start, end in runs)
    return sorted(turns)


def heard_count(segmentation: Segmentation, duration: float) -> np.ndarray:
    """The model's number of voices in each frame of a recording ``duration`` seconds long:
    the mean over the chunks that see the frame of their local speakers active there,
    rounded."""
    n_chunks, n_frames, _ = segmentation.activity.shape
    total_frames = int(np.ceil(duration / FRAME_STEP)) + 1
    count_sum = np.zeros(total_frames, dtype=np.float32)
    seen = np.zeros(total_frames, dtype=np.float32)
    for chunk in range(n_chunks):
        offset = round(float(segmentation.chunk_starts[chunk]) / FRAME_STEP)
        span = slice(offset, min(offset + n_frames, total_frames))
        count_sum[span] += segmentation.activity[chunk, : span.stop - span.start].sum(axis=1)
        seen[span] += 1
    return np.rint(count_sum / np.maximum(seen, 1)).astype(np.int64)


def overlapped_share(count: np.ndarray, speech: Sequence[tuple[float, float]] | None) -> float:
    """The share of the speech frames (those inside ``speech``, or those anyone is heard in
    when it is ``None``) where ``count``, the model's number of speakers per frame, is two or
    more."""
    times = np.arange(len(count)) * FRAME_STEP + FRAME_DURATION / 2
    spoken = in_regions(times, speech) if speech is not None else count >= 1
    if not spoken.any():
        return 0.0
    return float((count[spoken] >= 2).mean())


def babble_heard(
    count: np.ndarray, speech: Sequence[tuple[float, float]] | None, max_share: float | None
) -> bool:
    """Whether the model hears two voices at once in more than ``max_share`` of the speech, so
    that its second voice is the background's (``StitchingSettings.max_overlap_share``)."""
    if max_share is None:
        return False
    share = overlapped_share(count, speech)
    if share <= max_share:
        return False
    logger.debug("the model hears overlap in %.0f %% of the speech: one voice a frame", 100 * share)
    return True


def _fill_unheard(
    votes: np.ndarray,
    count: np.ndarray,
    labels: np.ndarray,
    speech: Sequence[tuple[float, float]],
    min_seconds: float,
    reach: float,
) -> None:
    """Give one speaker, the one the windows name, to each frame of a stretch of at least
    ``min_seconds`` inside ``speech`` where the model hears nobody (in place). A frame no
    window centre is near (the last half window of a speech region, where the grid lays no
    centre) counts, and takes the speaker of the nearest frame a window names, when that lies
    within ``reach`` seconds; ``reach`` 0 is the rule before 2026-12-02, under which a
    distant witness's line that the model does not hear lost its last 0.55 s."""
    times = np.arange(len(count)) * FRAME_STEP + FRAME_DURATION / 2
    labels = labels[: len(count)]
    named = np.nonzero(labels >= 0)[0]
    if len(named) == 0:
        return
    # Each frame's nearest frame a window names; frames no window centre is near (a speech
    # region's last half window) take its speaker when it lies within ``reach``.
    frames = np.arange(len(labels))
    after = named[np.clip(np.searchsorted(named, frames), 0, len(named) - 1)]
    before = named[np.clip(np.searchsorted(named, frames) - 1, 0, len(named) - 1)]
    nearest = np.where(np.abs(before - frames) <= np.abs(after - frames), before, after)
    reached = np.abs(nearest - frames) * FRAME_STEP <= reach
    unheard = (count == 0) & in_regions(times, speech) & reached
    edges = np.nonzero(np.diff(np.concatenate([[0], unheard.astype(np.int8), [0]])))[0]
    for first, stop in zip(edges[::2], edges[1::2], strict=True):
        if (stop - first) * FRAME_STEP < min_seconds:
            continue
        count[first:stop] = 1
        votes[frames[first:stop], labels[nearest[first:stop]]] += 1


def _clip(
    runs: list[tuple[float, float]], regions: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The parts of ``runs`` inside ``regions`` (both sorted, non-overlapping)."""
    clipped = []
    index = 0
    for start, end in runs:
        while index < len(regions) and regions[index][1] <= start:
            index += 1
        probe = index
        while probe < len(regions) and regions[probe][0] < end:
            begin, finish = max(start, regions[probe][0]), min(end, regions[probe][1])
            if finish > begin:
                clipped.append((begin, finish))
            probe += 1
    return clipped


def _runs(
    active: np.ndarray, duration: float, settings: StitchingSettings
) -> list[tuple[float, float]]:
    """Stretches where ``active`` holds, in seconds, gaps bridged and blips dropped."""
    padded = np.concatenate([[False], active, [False]])
    edges = np.nonzero(np.diff(padded.astype(np.int8)))[0]
    runs: list[tuple[float, float]] = []
    for first, stop in zip(edges[::2], edges[1::2], strict=True):
        # A frame stands for FRAME_STEP of time around its centre.
        start = max(0.0, first * FRAME_STEP + FRAME_DURATION / 2 - FRAME_STEP / 2)
        end = min(duration, stop * FRAME_STEP + FRAME_DURATION / 2 - FRAME_STEP / 2)
        if runs and start - runs[-1][1] < settings.min_duration_off:
            runs[-1] = (runs[-1][0], end)
        elif end > start:
            runs.append((start, end))
    return [(start, end) for start, end in runs if end - start >= settings.min_duration_on]
