"""A short turn in a voice unlike every speaker found becomes a speaker of its own (issue #14,
session 4c): the partner officer's single shouted line (docs/BENCHMARKS.md)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from devset_builds import needs_voices, scores

from bodycam.transcribe import distinct_turns
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.distinct_turns import DistinctTurnSettings, separate
from bodycam.transcribe.embeddings import WindowEmbeddings

CENTROIDS = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)


def _windows(odd_from: float = 8.2, odd: tuple[float, float] = (0.6, 0.8)) -> WindowEmbeddings:
    """Windows every 0.25 s over 0-10 s: speaker 0's voice before 4.25 s and from ``odd_from``
    on (there the vector ``odd``), speaker 1's in between."""
    centers = np.arange(0.125, 10.0, 0.25)
    vectors = np.array(
        [odd if c >= odd_from else ((1.0, 0.0) if c < 4.25 else (0.0, 1.0)) for c in centers],
        np.float32,
    )
    return WindowEmbeddings(centers - 0.125, centers, np.zeros(len(centers), int), vectors)


class _Embedder:
    """CAM++ stand-in: each segment start has a voice; a union is their normalised sum."""

    def __init__(self, voices: dict[float, tuple[float, ...]]) -> None:
        self.voices = voices
        self.calls: list[list[tuple[float, float]]] = []

    def __call__(self, audio, segments):
        self.calls.append(list(segments))
        total = np.sum([self.voices[start] for start, _ in segments], axis=0)
        return (total / np.linalg.norm(total)).astype(np.float32)


TURNS = [(0.0, 4.0, 0), (4.5, 8.0, 1), (8.2, 9.4, 0)]
PROFILES = {0.0: (1.0, 0.0, 0.0), 4.5: (0.0, 1.0, 0.0)}


def test_a_short_turn_far_from_every_voice_is_a_new_speaker():
    embed = _Embedder({**PROFILES, 8.2: (0.3, 0.0, 0.954)})
    turns, centroids = separate(
        np.zeros(160000, np.float32), TURNS, CENTROIDS, _windows(), embed, DistinctTurnSettings()
    )
    assert turns == [(0.0, 4.0, 0), (4.5, 8.0, 1), (8.2, 9.4, 2)]
    # The new speaker's centroid is the mean of the windows centred in its turn.
    assert centroids.shape == (3, 2)
    assert np.allclose(centroids[2], [0.6, 0.8])
    # The turn alone, then each speaker's profile without it.
    assert embed.calls == [[(8.2, 9.4)], [(0.0, 4.0)], [(4.5, 8.0)]]


def test_a_known_speaker_shouting_stays_that_speaker():
    # CAM++ cosine 0.45 to speaker 0's profile: at least max_similarity (0.4).
    embed = _Embedder({**PROFILES, 8.2: (0.45, 0.0, 0.893)})
    turns, centroids = separate(np.zeros(160000, np.float32), TURNS, CENTROIDS, _windows(), embed)
    assert turns == TURNS and centroids is CENTROIDS


def test_only_poorly_matched_turns_of_established_speakers_are_embedded():
    audio = np.zeros(160000, np.float32)
    # The turn's windows match speaker 0 at 0.85 (>= max_match 0.8): nothing is embedded.
    embed = _Embedder({})
    odd = (0.85, float(np.sqrt(1 - 0.85**2)))
    assert separate(audio, TURNS, CENTROIDS, _windows(odd=odd), embed)[0] == TURNS
    assert embed.calls == []
    # Speaker 0 keeps 3.0 s besides the turn (< min_rest 4.0): no profile to be far from.
    short = [(1.0, 4.0, 0), (4.5, 8.0, 1), (8.2, 9.4, 0)]
    assert separate(audio, short, CENTROIDS, _windows(), embed)[0] == short
    # A turn under min_turn (0.8 s), or (without read_overlapped) one another speaker's turn
    # overlaps so far that under min_clean (0.5 s) of it is clean (0.4 s here), is not
    # looked at.
    brief = [(0.0, 4.0, 0), (4.5, 8.0, 1), (8.2, 8.9, 0)]
    assert separate(audio, brief, CENTROIDS, _windows(), embed)[0] == brief
    crossed = [(0.0, 4.0, 0), (4.5, 9.0, 1), (8.2, 9.4, 0)]
    clean_only = DistinctTurnSettings(read_overlapped=False)
    assert separate(audio, crossed, CENTROIDS, _windows(), embed, clean_only)[0] == crossed
    assert embed.calls == []
    # Without min_clean, any overlap keeps a turn out (the session-4c rule).
    crossed = [(0.0, 4.0, 0), (4.5, 8.5, 1), (8.2, 9.4, 0)]
    settings = DistinctTurnSettings(min_clean=None)
    assert separate(audio, crossed, CENTROIDS, _windows(), embed, settings)[0] == crossed
    assert embed.calls == []


def test_a_line_starting_under_another_voice_is_read_from_its_clean_part():
    # The odd turn (8.2-9.4 s) starts under speaker 1's last 0.3 s: 1.2 s long with the
    # overlap (>= min_turn), 0.9 s clean (>= min_clean). Only the clean part is embedded.
    crossed = [(0.0, 4.0, 0), (4.5, 8.5, 1), (8.2, 9.4, 0)]
    embed = _Embedder({**PROFILES, 8.5: (0.3, 0.0, 0.954)})
    turns, centroids = separate(np.zeros(160000, np.float32), crossed, CENTROIDS, _windows(), embed)
    assert turns == [(0.0, 4.0, 0), (4.5, 8.5, 1), (8.2, 9.4, 2)]
    assert embed.calls == [[(8.5, 9.4)], [(0.0, 4.0)], [(4.5, 8.5)]]
    assert np.allclose(centroids[2], [0.6, 0.8])


def test_a_line_spoken_under_another_voice_is_read_whole():
    # The odd turn (8.2-9.4 s) has 0.4 s clear of speaker 1's turn (< min_clean 0.5 s): the
    # wearer's one command into an argument. With read_overlapped it is read whole, overlap
    # included; far from both profiles, it is a speaker of its own.
    crossed = [(0.0, 4.0, 0), (4.5, 9.0, 1), (8.2, 9.4, 0)]
    whole = DistinctTurnSettings()
    assert whole.read_overlapped  # on by default since session 9
    embed = _Embedder({**PROFILES, 8.2: (0.3, 0.2, 0.933)})
    audio = np.zeros(160000, np.float32)
    turns, _ = separate(audio, crossed, CENTROIDS, _windows(), embed, whole)
    assert turns == [(0.0, 4.0, 0), (4.5, 9.0, 1), (8.2, 9.4, 2)]
    assert embed.calls == [[(8.2, 9.4)], [(0.0, 4.0)], [(4.5, 9.0)]]
    # Heard as the speaker it overlaps (cosine 0.6 to speaker 1's profile), it stays.
    embed = _Embedder({**PROFILES, 8.2: (0.0, 0.6, 0.8)})
    assert separate(audio, crossed, CENTROIDS, _windows(), embed, whole)[0] == crossed


def test_a_turn_read_whole_must_fail_its_speaker_clearly():
    # The same turn under speaker 1's, its windows matching speaker 0 at 0.75: under
    # max_match (0.8), which is enough for a clean part, but not under overlapped_max_match
    # (0.7), so it is not read whole (sample.wav's such turn reads 0.78, d36's 0.55).
    crossed = [(0.0, 4.0, 0), (4.5, 9.0, 1), (8.2, 9.4, 0)]
    odd = (0.75, float(np.sqrt(1 - 0.75**2)))
    embed = _Embedder({**PROFILES, 8.2: (0.3, 0.2, 0.933)})
    audio = np.zeros(160000, np.float32)
    assert separate(audio, crossed, CENTROIDS, _windows(odd=odd), embed)[0] == crossed
    assert embed.calls == []
    # At 0.65 it is read, and far from both profiles it is a speaker of its own.
    odd = (0.65, float(np.sqrt(1 - 0.65**2)))
    turns, _ = separate(audio, crossed, CENTROIDS, _windows(odd=odd), embed)
    assert turns == [(0.0, 4.0, 0), (4.5, 9.0, 1), (8.2, 9.4, 2)]
    assert embed.calls == [[(8.2, 9.4)], [(0.0, 4.0)], [(4.5, 9.0)]]
    # A turn with a clean part of min_clean is still held to max_match alone: read at 0.75.
    odd = (0.75, float(np.sqrt(1 - 0.75**2)))
    clean = [(0.0, 4.0, 0), (4.5, 8.5, 1), (8.2, 9.4, 0)]
    embed = _Embedder({**PROFILES, 8.5: (0.3, 0.0, 0.954)})
    turns, _ = separate(audio, clean, CENTROIDS, _windows(odd=odd), embed)
    assert turns == [(0.0, 4.0, 0), (4.5, 8.5, 1), (8.2, 9.4, 2)]


def test_overlapped_max_match_is_checked():
    with pytest.raises(ValueError, match="overlapped_max_match"):
        DistinctTurnSettings(overlapped_max_match=1.5)


def test_clean_segments_leave_out_other_speakers_turns():
    turns = [(0.0, 5.0, 0), (1.0, 2.0, 1), (3.0, 3.5, 2), (4.5, 6.0, 1), (2.0, 2.5, 0)]
    assert distinct_turns.clean_segments(turns, 0) == [(0.0, 1.0), (2.0, 3.0), (3.5, 4.5)]
    assert distinct_turns.clean_segments(turns, 1) == []
    assert distinct_turns.clean_segments(turns, 3) == [(5.0, 6.0)]


def test_a_second_distinct_turn_in_the_same_new_voice_joins_it():
    turns = [(0.0, 4.0, 0), (4.5, 6.0, 1), (6.1, 7.1, 0), (7.2, 8.0, 1), (8.2, 9.4, 0)]
    windows = _windows(odd_from=6.1)
    windows.vectors[(windows.centers >= 7.1) & (windows.centers < 8.2)] = (0.0, 1.0)
    voices = {**PROFILES, 7.2: (0.0, 1.0, 0.0), 6.1: (0.2, 0.0, 0.98), 8.2: (0.2, 0.1, 0.975)}
    # Speaker 1 has 2.3 s: its turns are not looked at, but it has a profile. Profiles of one
    # turn, so that speaker 0's is its long turn and not the other odd one.
    settings = DistinctTurnSettings(min_rest=2.0, profile_turns=1)
    out, centroids = separate(
        np.zeros(160000, np.float32), turns, CENTROIDS, windows, _Embedder(voices), settings
    )
    assert [label for _, _, label in out] == [0, 1, 2, 1, 2]
    assert centroids.shape == (3, 2)


def test_a_turn_read_before_its_new_voice_existed_joins_it_on_a_second_reading():
    """Candidates are read worst match first: one read before the new speaker existed stayed
    with the nearest known speaker (0.45, over ``max_similarity``), though the new voice is far
    nearer (fresh12's d104: dispatch's three radio lines, one made a speaker, two left with the
    wearer at 0.41-0.42)."""
    turns = [(0.0, 4.0, 0), (4.5, 6.0, 1), (6.2, 7.4, 0), (8.2, 9.4, 0)]
    centers = np.arange(0.125, 10.0, 0.25)
    vectors = np.array(
        [
            (0.6, 0.8)  # the first odd turn: the worse match to speaker 0, read first
            if 6.2 <= c < 7.4
            else (0.7, 0.714)
            if c >= 8.2
            else ((1.0, 0.0) if c < 4.25 else (0.0, 1.0))
            for c in centers
        ],
        np.float32,
    )
    windows = WindowEmbeddings(centers - 0.125, centers, np.zeros(len(centers), int), vectors)
    voices = {**PROFILES, 6.2: (0.45, 0.0, 0.893), 8.2: (0.3, 0.0, 0.954)}
    embed = _Embedder(voices)
    # Profiles of one turn: speaker 0's is its long first turn, not the other odd one.
    settings = DistinctTurnSettings(min_rest=2.0, profile_turns=1)
    out, centroids = separate(
        np.zeros(160000, np.float32), turns, CENTROIDS, windows, embed, settings
    )
    assert out == [(0.0, 4.0, 0), (4.5, 6.0, 1), (6.2, 7.4, 2), (8.2, 9.4, 2)]
    assert centroids.shape == (3, 2)
    # Each odd turn, the two profiles (cached), then the new speaker's profile: one call more.
    assert embed.calls == [[(6.2, 7.4)], [(0.0, 4.0)], [(4.5, 6.0)], [(8.2, 9.4)], [(8.2, 9.4)]]


def test_distinct_turn_settings_check_their_values():
    assert DiarizationOptions().distinct_turns == DistinctTurnSettings()
    assert DistinctTurnSettings() == DistinctTurnSettings(
        max_similarity=0.4, max_match=0.8, min_turn=0.8, min_clean=0.5, min_rest=4.0, candidates=4
    )
    with pytest.raises(ValueError, match="min_clean must be > 0"):
        DistinctTurnSettings(min_clean=0.0)
    with pytest.raises(ValueError, match="max_similarity must be in"):
        DistinctTurnSettings(max_similarity=1.5)
    with pytest.raises(ValueError, match="min_turn > 0"):
        DistinctTurnSettings(min_turn=0.0)
    with pytest.raises(ValueError, match="candidates >= 1"):
        DistinctTurnSettings(candidates=0)


def test_solo_turns_overlap_no_other_speaker():
    turns = [(0.0, 2.0, 0), (1.5, 3.0, 1), (3.0, 4.0, 0), (3.5, 3.9, 0)]
    assert [distinct_turns.solo(turns, i) for i in range(4)] == [False, False, True, True]


@needs_voices
@pytest.mark.slow
def test_the_partners_one_shouted_line_is_kept(tmp_path):
    # d05 (development half): the officer, a far civilian, and the partner's single shouted
    # line (9.98-11.23 s), which Resemblyzer's clusters give to the officer.
    found = scores(
        "d05",
        tmp_path,
        {
            "without": replace(DiarizationOptions(), distinct_turns=None),
            "default": DiarizationOptions(),
        },
    )
    assert found == {"without": (2, 0.0652), "default": (3, 0.0273)}


@needs_voices
@pytest.mark.slow
@pytest.mark.parametrize(
    ("recording", "without", "before", "after"),
    [
        # d18 (fresh half): the partner's shouted line (8.32-9.72 s) starts under the
        # civilian's last words; only 0.78 s of it is heard alone. Read from its clean part it
        # is a third speaker (docs/BENCHMARKS.md, 2026-12-02).
        ("d18", DistinctTurnSettings(min_clean=None), (2, 0.0735), (3, 0.0364)),
        # d36 (fresh3): two neighbours argue over each other; the wearer's only line
        # (7.30-8.56 s) lies under one neighbour's for all but 0.1 s. Read whole, overlap
        # included (read_overlapped, on by default since session 9), it is a third speaker
        # (docs/BENCHMARKS.md, sessions 7 and 9).
        ("d36", DistinctTurnSettings(read_overlapped=False), (2, 0.0589), (3, 0.031)),
        # d147 (fresh17): the partner's one shouted order (12.4-13.5 s) comes from the
        # stitching as 0.61 s and 0.41 s pieces of the wearer's turns; read as one turn it is
        # a fourth speaker (docs/BENCHMARKS.md, session 22).
        ("d147", DistinctTurnSettings(fragment_gap=None), (3, 0.0845), (4, 0.0658)),
    ],
)
def test_a_short_distinct_line_is_kept(tmp_path, recording, without, before, after):
    found = scores(
        recording,
        tmp_path,
        {
            "without": replace(DiarizationOptions(), distinct_turns=without),
            "default": DiarizationOptions(),
        },
    )
    assert found == {"without": before, "default": after}


def test_a_line_cut_into_short_pieces_is_read_as_one_turn():
    # The odd line (8.2-9.4 s) came from the stitching as two pieces with a 0.1 s dip
    # between them, 0.5 s and 0.6 s: each under min_turn (0.8 s), together 1.2 s. Read as one
    # turn, far from both profiles, both pieces become the new speaker's (fresh17's d147).
    pieces = [(0.0, 4.0, 0), (4.5, 8.0, 1), (8.2, 8.7, 0), (8.8, 9.4, 0)]
    embed = _Embedder({**PROFILES, 8.2: (0.3, 0.0, 0.954)})
    audio = np.zeros(160000, np.float32)
    turns, centroids = separate(audio, pieces, CENTROIDS, _windows(), embed)
    assert turns == [(0.0, 4.0, 0), (4.5, 8.0, 1), (8.2, 8.7, 2), (8.8, 9.4, 2)]
    assert embed.calls == [[(8.2, 9.4)], [(0.0, 4.0)], [(4.5, 8.0)]]
    assert np.allclose(centroids[2], [0.6, 0.8])
    # Without joining, neither piece is looked at.
    embed = _Embedder({})
    settings = DistinctTurnSettings(fragment_gap=None)
    assert separate(audio, pieces, CENTROIDS, _windows(), embed, settings)[0] == pieces
    assert embed.calls == []


def test_fragment_runs_join_only_short_pieces_of_one_voice_across_short_gaps():
    settings = DistinctTurnSettings()
    # A gap over fragment_gap (0.25 s), another voice in the gap, a piece of min_turn or more:
    # each keeps its pieces apart.
    assert distinct_turns.fragment_runs(
        [(0.0, 0.5, 0), (0.6, 1.0, 0), (1.3, 1.7, 0)], settings
    ) == [[0, 1], [2]]
    assert distinct_turns.fragment_runs(
        [(0.0, 0.5, 0), (0.4, 0.65, 1), (0.6, 1.0, 0)], settings
    ) == [[0], [1], [2]]
    assert distinct_turns.fragment_runs([(0.0, 0.9, 0), (1.0, 1.5, 0)], settings) == [[0], [1]]
    with pytest.raises(ValueError, match="fragment_gap"):
        DistinctTurnSettings(fragment_gap=-0.1)
