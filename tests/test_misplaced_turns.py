"""A line of a few seconds in one found speaker's voice, labelled another's, goes to its speaker
(issue #14, session 48: `misplaced_turns`, docs/BENCHMARKS.md)."""

from __future__ import annotations

import numpy as np
import pytest
from voice_standins import VoicesByStart

from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.embeddings import WindowEmbeddings
from bodycam.transcribe.misplaced_turns import MisplacedTurnSettings, reassign

AUDIO = np.zeros(16000 * 60, np.float32)
OFFICER, CIVILIAN, RADIO = (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)


def _unit(officer: float, civilian: float, radio: float = 0.0) -> tuple[float, float, float]:
    """A voice whose cosines to the three profiles are these (the rest in a fourth axis)."""
    rest = max(0.0, 1.0 - officer**2 - civilian**2 - radio**2) ** 0.5
    return (officer, civilian, radio, rest)


# The officer (speaker 0) has three 5 s turns, the civilian (1) two; the radio (2) one 2 s
# line, too little to be a profile. Then the turns checked: all given to the officer.
TURNS = [
    (0.0, 5.0, 0),
    (6.0, 11.0, 0),
    (12.0, 17.0, 0),
    (18.0, 23.0, 1),
    (24.0, 29.0, 1),
    (30.0, 32.5, 0),  # 2.5 s in the civilian's voice
    (33.0, 35.5, 0),  # 2.5 s, nearer the civilian but not by the margin
    (36.0, 37.2, 0),  # 1.2 s in the civilian's voice: short_turns' to read
    (38.0, 42.5, 0),  # 4.5 s in the civilian's voice: enough windows of its own
    (44.0, 46.0, 2),
    (47.0, 49.0, 0),  # 2 s in the radio's voice, a speaker with no profile
]


def _voices(near: tuple[float, ...]) -> VoicesByStart:
    known = {0.0: OFFICER, 6.0: OFFICER, 12.0: OFFICER, 18.0: CIVILIAN, 24.0: CIVILIAN}
    known = {start: (*voice, 0.0) for start, voice in known.items()}
    return VoicesByStart(
        {
            **known,
            30.0: _unit(0.2, 0.8),
            33.0: near,
            36.0: _unit(0.0, 1.0),
            38.0: _unit(0.1, 0.9),
            44.0: (*RADIO, 0.0),
            47.0: _unit(0.1, 0.0, 0.9),
        }
    )


def test_a_line_clearly_in_another_found_speakers_voice_moves_to_that_speaker():
    voices = _voices(_unit(0.45, 0.7))
    out = reassign(AUDIO, TURNS, voices, MisplacedTurnSettings(margin=0.3))
    moved = {
        (start, end): (old, new) for (start, end, old), (*_, new) in zip(TURNS, out, strict=True)
    }
    # 30-32.5 s reads 0.8 to the civilian against 0.2 to the officer: hers. 33-35.5 s is 0.25
    # nearer her, under the margin; the 1.2 s and 4.5 s turns are outside 1.6-4 s; the radio's
    # speaker holds 2 s, under min_rest, so no line moves to it.
    assert [key for key, (old, new) in moved.items() if old != new] == [(30.0, 32.5)]
    assert moved[(30.0, 32.5)] == (0, 1)
    # A profile is the speaker's longest turns over 4 s, so no checked turn is in one and each
    # speaker's is read once: three turns checked, two profiles (the officer's three 5 s
    # turns; the 4.5 s one is the fourth longest), five CAM++ reads.
    assert voices.calls == [
        [(30.0, 32.5)],
        [(0.0, 5.0), (6.0, 11.0), (12.0, 17.0)],
        [(18.0, 23.0), (24.0, 29.0)],
        [(33.0, 35.5)],
        [(47.0, 49.0)],
    ]


def test_the_margin_decides():
    voices = _voices(_unit(0.45, 0.7))
    out = reassign(AUDIO, TURNS, voices, MisplacedTurnSettings(margin=0.2))
    assert [turn for turn, new in zip(TURNS, out, strict=True) if turn != new] == [
        (30.0, 32.5, 0),
        (33.0, 35.5, 0),
    ]
    assert all(new[2] == 1 for turn, new in zip(TURNS, out, strict=True) if turn != new)


def test_a_line_its_windows_already_place_well_is_not_read():
    # Windows every 0.25 s: those centred in 30-32.5 s match the officer's Resemblyzer
    # centroid at 0.9 (over max_match 0.85), so that line, the civilian's by CAM++, is not
    # read and stays; those in 33-35.5 s match at 0.6, and the radio's line at 0.6 too.
    centers = np.arange(0.125, 50.0, 0.25)
    vectors = np.array(
        [
            (0.9, 0.436, 0.0)
            if 30.0 <= c < 32.5
            else (0.6, 0.8, 0.0)
            if 33.0 <= c < 35.5
            else (0.6, 0.0, 0.8)
            if 47.0 <= c < 49.0
            else (1.0, 0.0, 0.0)
            for c in centers
        ]
    )
    windows = WindowEmbeddings(centers - 0.125, centers, np.zeros(len(centers), int), vectors)
    voices = _voices(_unit(0.45, 0.7))
    out = reassign(AUDIO, TURNS, voices, MisplacedTurnSettings(), windows, np.eye(3))
    assert [turn for turn, new in zip(TURNS, out, strict=True) if turn != new] == [(33.0, 35.5, 0)]
    assert out[6] == (33.0, 35.5, 1)
    assert voices.calls == [
        [(33.0, 35.5)],
        [(0.0, 5.0), (6.0, 11.0), (12.0, 17.0)],
        [(18.0, 23.0), (24.0, 29.0)],
        [(47.0, 49.0)],
    ]
    # Without the windows (or with max_match None) every checked line is read, and 30-32.5 s
    # moves to the civilian as well.
    unfiltered = MisplacedTurnSettings(max_match=None)
    for args in ((MisplacedTurnSettings(),), (unfiltered, windows, np.eye(3))):
        out = reassign(AUDIO, TURNS, _voices(_unit(0.45, 0.7)), *args)
        assert [new for turn, new in zip(TURNS, out, strict=True) if turn != new] == [
            (30.0, 32.5, 1),
            (33.0, 35.5, 1),
        ]


def test_a_speaker_with_little_else_keeps_its_lines():
    # The civilian holds 10 s: with min_rest 11 s her profile says too little about her
    # voice, and nothing moves to her (the officer keeps 25 s besides any one turn).
    voices = _voices(_unit(0.45, 0.7))
    out = reassign(AUDIO, TURNS, voices, MisplacedTurnSettings(min_rest=11.0))
    assert out == sorted(TURNS)


def test_overlapped_stretches_are_not_read():
    # A line whose every second lies under another speaker's turn has no clean part to read.
    turns = [*TURNS[:5], (30.0, 32.5, 0), (29.9, 32.6, 1)]
    voices = _voices(_unit(0.45, 0.7))
    voices.voices[29.9] = (*CIVILIAN, 0.0)
    assert reassign(AUDIO, turns, voices) == sorted(turns)


def test_settings_are_checked_and_on_by_default():
    with pytest.raises(ValueError, match=r"need 0 <= min_turn < max_turn, got 4\.0 and 4\.0"):
        MisplacedTurnSettings(min_turn=4.0)
    with pytest.raises(ValueError, match=r"margin must be in \(0, 2\), got 0.0"):
        MisplacedTurnSettings(margin=0.0)
    with pytest.raises(ValueError, match="need min_clean > 0 and min_rest >= 0"):
        MisplacedTurnSettings(min_clean=0.0)
    with pytest.raises(ValueError, match="profile_turns must be >= 1, got 0"):
        MisplacedTurnSettings(profile_turns=0)
    with pytest.raises(ValueError, match=r"max_match must be in \(-1, 1\] or None, got 1.5"):
        MisplacedTurnSettings(max_match=1.5)
    assert DiarizationOptions().misplaced_turns == MisplacedTurnSettings(
        min_turn=1.6,
        max_turn=4.0,
        min_clean=0.5,
        margin=0.2,
        min_rest=4.0,
        profile_turns=3,
        max_match=0.85,
    )
