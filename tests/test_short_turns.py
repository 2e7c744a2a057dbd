"""A short reply goes to the speaker CAM++ hears in it (issue #14, session 6): the civilian's
one-word replies between the officer's questions (fresh2's d27, docs/BENCHMARKS.md)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from devset_builds import needs_voices, scores

from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.embeddings import WindowEmbeddings
from bodycam.transcribe.short_turns import ShortTurnSettings, reassign

AUDIO = np.zeros(16000 * 20, np.float32)


class _Voices:
    """CAM++ stand-in: each segment start has a voice; a union is their normalised sum."""

    def __init__(self, voices: dict[float, tuple[float, ...]]) -> None:
        self.voices = voices
        self.calls: list[list[tuple[float, float]]] = []

    def __call__(self, audio, segments):
        self.calls.append(list(segments))
        total = np.sum([self.voices[start] for start, _ in segments], axis=0)
        return (total / np.linalg.norm(total)).astype(np.float32)


# The officer's questions (speaker 0), the civilian's one long line (speaker 1) and two short
# replies stitching gave the officer.
TURNS = [
    (0.0, 3.0, 0),
    (3.5, 4.1, 0),
    (4.5, 7.5, 0),
    (8.0, 9.5, 1),
    (10.0, 13.0, 0),
    (13.4, 14.0, 0),
]
OFFICER, CIVILIAN = (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)


def _voices(first_reply, second_reply) -> _Voices:
    return _Voices(
        {
            1.0: OFFICER,
            5.5: OFFICER,
            11.0: OFFICER,
            8.0: CIVILIAN,
            8.25: CIVILIAN,
            3.5: first_reply,
            13.4: second_reply,
        }
    )


def test_a_reply_clearly_in_another_speakers_voice_moves_to_that_speaker():
    # Replies nearer the civilian by 0.3 (0.3 against 0.6) move. The officer's profile is the
    # middle 1 s of her three turns over 1.6 s, the same for every reply; the civilian has no
    # turn that long, so hers is her longest turn but the one checked.
    reply = (0.3, 0.6, 0.742)
    voices = _voices(reply, reply)
    out = reassign(AUDIO, TURNS, voices, ShortTurnSettings())
    assert [label for _, _, label in out] == [0, 1, 0, 1, 0, 1]
    # The civilian's own line is short too, but she has no other turn to compare it with: it
    # is not read. Four embeddings: two replies and two profiles (the civilian's is the middle
    # 1 s of her one turn), each profile once for every reply it serves.
    assert [(8.0, 9.5)] not in voices.calls
    assert voices.calls == [
        [(3.5, 4.1)],
        [(11.0, 12.0), (5.5, 6.5), (1.0, 2.0)],
        [(8.25, 9.25)],
        [(13.4, 14.0)],
    ]


def test_a_reply_only_slightly_nearer_another_voice_stays():
    # 0.45 against 0.5: under the 0.1 margin.
    reply = (0.45, 0.5, 0.74)
    out = reassign(AUDIO, TURNS, _voices(reply, OFFICER), ShortTurnSettings())
    assert out == TURNS
    # With no margin it moves: the margin is what keeps it.
    out = reassign(AUDIO, TURNS, _voices(reply, OFFICER), ShortTurnSettings(margin=0.0))
    assert [label for _, _, label in out] == [0, 1, 0, 1, 0, 0]


def test_a_reply_its_windows_already_place_well_is_not_embedded():
    # Windows every 0.25 s; those centred in the first reply (3.5-4.1 s) match the officer's
    # Resemblyzer centroid at 0.9 (over max_match 0.85), those in the second at 0.6; the
    # civilian's line has none of its own.
    centers = np.arange(0.125, 14.0, 0.25)
    vectors = np.array(
        [
            (0.9, 0.436) if 3.5 <= c < 4.1 else (0.6, 0.8) if c >= 13.4 else (1.0, 0.0)
            for c in centers
        ]
    )
    windows = WindowEmbeddings(centers - 0.125, centers, np.zeros(len(centers), int), vectors)
    centroids = np.array([[1.0, 0.0], [0.0, 1.0]])
    reply = (0.3, 0.6, 0.742)
    voices = _voices(reply, reply)
    out = reassign(AUDIO, TURNS, voices, ShortTurnSettings(), windows, centroids)
    assert [label for _, _, label in out] == [0, 0, 0, 1, 0, 1]
    assert [(3.5, 4.1)] not in voices.calls and [(13.4, 14.0)] in voices.calls
    # Without the windows every short turn is read.
    assert [label for _, _, label in reassign(AUDIO, TURNS, voices)] == [0, 1, 0, 1, 0, 1]


def test_long_turns_and_turns_mostly_under_another_voice_are_not_read():
    # A 1.5 s turn with max_turn 1.0 is not checked; the second reply is overlapped by the
    # civilian's turn but for 0.2 s, under min_clean.
    turns = [*TURNS[:-1], (13.0, 13.6, 0), (13.2, 15.0, 1)]
    voices = _Voices(
        {1.0: OFFICER, 5.5: OFFICER, 11.0: OFFICER, 3.5: OFFICER, 13.0: CIVILIAN}
        | {8.0: CIVILIAN, 8.25: CIVILIAN, 13.2: CIVILIAN, 13.6: CIVILIAN}
    )
    out = reassign(AUDIO, turns, voices, ShortTurnSettings(max_turn=1.0))
    assert out == sorted(turns)
    assert [(13.0, 13.6)] not in voices.calls and [(8.0, 9.5)] not in voices.calls


def test_one_speaker_is_left_alone():
    turns = [(0.0, 3.0, 0), (3.5, 4.0, 0)]
    voices = _Voices({})
    assert reassign(AUDIO, turns, voices) == turns
    assert voices.calls == []


def test_short_turn_settings_check_their_values():
    assert DiarizationOptions().short_turns == ShortTurnSettings()
    assert ShortTurnSettings() == ShortTurnSettings(
        max_turn=1.6, min_clean=0.3, margin=0.1, profile_turns=3, profile_piece=1.0, max_match=0.85
    )
    with pytest.raises(ValueError, match="max_match must be in"):
        ShortTurnSettings(max_match=1.5)
    with pytest.raises(ValueError, match="0 < min_clean <= max_turn"):
        ShortTurnSettings(min_clean=2.0)
    with pytest.raises(ValueError, match="margin must be in"):
        ShortTurnSettings(margin=-0.1)
    with pytest.raises(ValueError, match="profile_turns >= 1 and profile_piece > 0"):
        ShortTurnSettings(profile_turns=0)
    with pytest.raises(ValueError, match="profile_turns >= 1 and profile_piece > 0"):
        ShortTurnSettings(profile_piece=0.0)


@needs_voices
@pytest.mark.slow
def test_the_civilians_one_word_replies_are_hers(tmp_path):
    # d27 (fresh2): two women, the civilian answering in one-to-three-word replies of
    # 0.4-1.0 s; stitching gives all but her last reply to the officer.
    found = scores(
        "d27",
        tmp_path,
        {
            "without": replace(DiarizationOptions(), short_turns=None),
            "default": DiarizationOptions(),
        },
    )
    # Without it: 18.94 % before session 16's second reading of distinct turns (fresh12's d104).
    assert found == {"without": (2, 0.1687), "default": (2, 0.0891)}
