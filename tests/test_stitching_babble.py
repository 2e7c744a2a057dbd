"""A segmentation model that hears two voices at once through most of the speech is hearing the
background (a crowd's babble) as a voice: stitching then gives each frame one speaker (issue
#14, fresh9's d83)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from devset_builds import needs_voices, scores

from bodycam.transcribe import stitching
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.distinct_turns import DistinctTurnSettings
from bodycam.transcribe.segmentation import FRAME_DURATION, FRAME_STEP, Segmentation

FRAMES = 589
#: The recording's end, where the last turns are cut.
END = round(FRAMES * FRAME_STEP, 6)


def _edge(frame: int) -> float:
    """The boundary before frame ``frame``: half a step before its centre."""
    return round(frame * FRAME_STEP + FRAME_DURATION / 2 - FRAME_STEP / 2, 6)


def _two_voices(overlapped_from: int) -> Segmentation:
    """One chunk: local speaker 0 (speaker 0) talks on frames 0-399, local
    speaker 1 (speaker 1) from ``overlapped_from`` to the chunk's end, so that both talk on
    frames ``overlapped_from``-399."""
    activity = np.zeros((1, FRAMES, 3), dtype=bool)
    activity[0, 0:400, 0] = True
    activity[0, overlapped_from:FRAMES, 1] = True
    return Segmentation(chunk_starts=np.array([0.0]), activity=activity)


def _rounded(turns):
    return [(round(s, 6), round(e, 6), k) for s, e, k in turns]


def test_overlapped_share_counts_speech_frames_heard_as_two_voices():
    count = np.array([0, 1, 2, 2, 1, 0, 2, 1])
    # Anyone heard on frames 1-4, 6, 7: three of the six hold two voices.
    assert stitching.overlapped_share(count, None) == 0.5
    # Only frames inside the speech regions count: frames 0-3, two of four; frames 0-1, none.
    assert stitching.overlapped_share(count, [(0.0, _edge(4))]) == 0.5
    assert stitching.overlapped_share(count, [(0.0, _edge(2))]) == 0.0
    assert stitching.overlapped_share(np.zeros(4, dtype=int), None) == 0.0
    assert stitching.babble_heard(count, None, None) is False
    assert stitching.babble_heard(count, None, 0.5) is False
    assert stitching.babble_heard(count, None, 0.49) is True


def test_overlap_on_most_of_the_speech_gives_each_frame_one_speaker():
    # Both voices on frames 200-399: 200 of the 589 frames heard, 0.34 > 0.3.
    chunks = _two_voices(200)
    matches = np.array([[0, 1, -1]])
    duration = FRAMES * FRAME_STEP
    turns = stitching.stitch(chunks, matches, 2, duration)
    # Speaker 0 holds the overlapped frames (more votes: ties go to the lower index).
    assert _rounded(turns) == [(_edge(0), _edge(400), 0), (_edge(400), END, 1)]
    trusting = stitching.StitchingSettings(max_overlap_share=None)
    turns = stitching.stitch(chunks, matches, 2, duration, trusting)
    assert _rounded(turns) == [(_edge(0), _edge(400), 0), (_edge(200), END, 1)]


def test_overlap_on_a_conversations_share_is_kept():
    # Both voices on frames 300-399: 100 of 589 frames (0.17), as much as a real conversation.
    turns = stitching.stitch(_two_voices(300), np.array([[0, 1, -1]]), 2, FRAMES * FRAME_STEP)
    assert _rounded(turns) == [(_edge(0), _edge(400), 0), (_edge(300), END, 1)]


def test_overlap_on_a_quarter_of_the_speech_is_babble():
    # Both voices on frames 241-399: 159 of the 589 frames (0.27), as much as the model heard
    # in fresh25's d212 (0.294, its reference 0.023), where the crowd went to whoever talked.
    # Past 0.24, the middle of the gap between the real conversations (up to 0.182) and the
    # crowds (from 0.294), each frame gets one speaker; 0.3 (before session 30) kept it.
    chunks = _two_voices(241)
    count = stitching.heard_count(chunks, FRAMES * FRAME_STEP)
    assert round(stitching.overlapped_share(count, None), 3) == 0.27
    turns = stitching.stitch(chunks, np.array([[0, 1, -1]]), 2, FRAMES * FRAME_STEP)
    assert _rounded(turns) == [(_edge(0), _edge(400), 0), (_edge(400), END, 1)]
    before = stitching.StitchingSettings(max_overlap_share=0.3)
    turns = stitching.stitch(chunks, np.array([[0, 1, -1]]), 2, FRAMES * FRAME_STEP, before)
    assert _rounded(turns) == [(_edge(0), _edge(400), 0), (_edge(241), END, 1)]


def test_the_share_is_read_inside_the_speech_regions():
    # Both voices on frames 300-399: 0.17 of the frames heard, but a third of the speech
    # regions when those hold only frames 150-449.
    chunks = _two_voices(300)
    speech = [(_edge(150), _edge(450))]
    settings = stitching.StitchingSettings(max_overlap_share=0.5)
    turns = stitching.stitch(chunks, np.array([[0, 1, -1]]), 2, FRAMES * FRAME_STEP, settings)
    assert len(turns) == 2 and turns[1][0] == pytest.approx(_edge(300))
    turns = stitching.stitch(
        chunks, np.array([[0, 1, -1]]), 2, FRAMES * FRAME_STEP, settings, speech
    )
    # 100 of the 300 speech frames overlapped: 0.33, under 0.5, so the overlap stays.
    assert _rounded(turns) == [(_edge(150), _edge(400), 0), (_edge(300), _edge(450), 1)]
    tight = replace(settings, max_overlap_share=0.3)
    turns = stitching.stitch(chunks, np.array([[0, 1, -1]]), 2, FRAMES * FRAME_STEP, tight, speech)
    assert _rounded(turns) == [(_edge(150), _edge(400), 0), (_edge(400), _edge(450), 1)]


@needs_voices
@pytest.mark.slow
def test_d83s_crowd_is_not_heard_as_a_second_participant(tmp_path):
    # fresh9's d83: five voices in a crowd's babble at 2 dB SNR. The model hears two voices at
    # once in 46 % of the speech (the reference: 6.5 %) and stitching gave the crowd to one
    # participant or another: 59.9 % false alarm, DER 72.43 % against the window-only
    # release's 38.89 %.
    # Since session 14 no turn becomes a new speaker there (new_under_babble): the crowd
    # heard alone after the last line (64.5-66.0 s) was a sixth speaker of five, all of its
    # speech false alarm under any name, so the DER is the same.
    # Since session 49 the higher veto of two long profiles (veto_long_merge_below) is on and
    # leaves a merge of the crowd's clusters undone: six speakers by default too, and 0.25
    # points less error (five and 0.3509 with the veto off).
    default = DiarizationOptions()
    trusting = replace(default, stitching=replace(default.stitching, max_overlap_share=None))
    new_under_babble = replace(
        default, distinct_turns=replace(default.distinct_turns, new_under_babble=True)
    )
    variants = {"trusting": trusting, "new_under_babble": new_under_babble, "default": default}
    assert scores("d83", tmp_path, variants) == {
        "trusting": (6, 0.6356),
        "new_under_babble": (6, 0.3484),
        "default": (6, 0.3484),
    }


def test_the_models_count_of_voices_a_frame():
    # One chunk: one voice on frames 0-199 and 400-588, two on 200-399; after the chunk none.
    count = stitching.heard_count(_two_voices(200), END + 1.0)
    assert list(count[[0, 199, 200, 399, 400, FRAMES - 1, FRAMES]]) == [1, 1, 2, 2, 1, 1, 0]
    # A second chunk from frame 100 with no voice: frames 100-588 are the mean of the two,
    # 1.0 (two voices and none) and 0.5 (one and none, rounded to even: 0).
    chunks = _two_voices(200)
    second = Segmentation(
        chunk_starts=np.array([0.0, 100 * FRAME_STEP]),
        activity=np.concatenate([chunks.activity, np.zeros_like(chunks.activity)]),
    )
    count = stitching.heard_count(second, END + 1.0)
    assert list(count[[0, 99, 100, 199, 200, 399, 400]]) == [1, 1, 0, 0, 1, 1, 0]
    assert not DistinctTurnSettings().new_under_babble
