"""Stitching when the segmentation model and the embeddings disagree (issue #14): the embeddings
decide who, the model when; and a merge the voices contradict is refused."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from devset_builds import needs_voices, scores

from bodycam.transcribe import stitching, voice_evidence
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.segmentation import FRAME_DURATION, FRAME_STEP, Segmentation


def _one_local_speaker_two_turns() -> tuple[Segmentation, np.ndarray]:
    """One chunk whose local speaker 0 talks on frames 0-59 and 100-159: the model heard two
    people taking turns as one voice. The windows say the second turn is speaker 1."""
    activity = np.zeros((1, 200, 3), dtype=bool)
    activity[0, 0:60, 0] = True
    activity[0, 100:160, 0] = True
    chunks = Segmentation(chunk_starts=np.array([0.0]), activity=activity)
    labels = np.full(201, -1, dtype=np.int64)  # one per frame of the 200-frame recording, +1
    labels[0:60] = 0
    labels[100:160] = 1
    return chunks, labels


def _edge(frame: int) -> float:
    return round(frame * FRAME_STEP + FRAME_DURATION / 2 - FRAME_STEP / 2, 6)


def test_voices_decide_who_speaks_each_stretch():
    chunks, labels = _one_local_speaker_two_turns()
    matches = np.array([[0, -1, -1]])
    settings = replace(stitching.StitchingSettings(), voices_decide=True)
    turns = stitching.stitch(chunks, matches, 2, 200 * FRAME_STEP, settings, None, labels)
    assert [(round(s, 6), round(e, 6), k) for s, e, k in turns] == [
        (_edge(0), _edge(60), 0),
        (_edge(100), _edge(160), 1),
    ]
    # Off (the default): the model's single local speaker takes both turns.
    turns = stitching.stitch(chunks, matches, 2, 200 * FRAME_STEP, None, None, labels)
    assert [k for _, _, k in turns] == [0, 0]


def test_too_little_voice_evidence_leaves_the_match():
    chunks, labels = _one_local_speaker_two_turns()
    labels[100:135] = -1  # 25 labelled frames (0.42 s) < min_run_evidence 0.5 s
    settings = replace(stitching.StitchingSettings(), voices_decide=True)
    turns = stitching.stitch(
        chunks, np.array([[0, -1, -1]]), 2, 200 * FRAME_STEP, settings, None, labels
    )
    assert [k for _, _, k in turns] == [0, 0]


def test_frame_labels_take_the_nearest_window():
    labels = voice_evidence.frame_labels(np.array([0.5, 1.0]), np.array([0, 1]), 0.25, 2.0)
    at = lambda t: labels[int((t - FRAME_DURATION / 2) / FRAME_STEP)]  # noqa: E731
    assert (at(0.3), at(0.7), at(0.8), at(1.2), at(1.5)) == (0, 0, 1, 1, -1)


def test_merge_is_refused_when_the_voices_differ():
    centroids = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    links = {(0, 1): 5.0}
    assert stitching.pair_to_merge(centroids, set(), links) == (0, 1)
    gated = replace(stitching.StitchingSettings(), min_merge_similarity=0.5)
    assert stitching.pair_to_merge(centroids, set(), links, gated) is None
    alike = np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32)
    assert stitching.pair_to_merge(alike, set(), links, gated) == (0, 1)


@pytest.mark.parametrize("encoder", ["nope"])
def test_unknown_encoder_is_refused(encoder):
    from bodycam.transcribe.diarization.options import DiarizationOptions

    with pytest.raises(ValueError, match="encoder must be one of"):
        DiarizationOptions(encoder=encoder)


def _two_chunks_one_local_track(gain: float, other_local_of_chunk: bool = False):
    """Chunk 0's local speaker 0 (matched to speaker 0) talks on frames 0-59 and 100-159, the
    windows naming speaker 0 on the first stretch and speaker 1 on the whole second one, whose
    centroid they are ``gain`` closer to; chunk 1 gives speaker 1 turns of its own (frames
    250-349). With ``other_local_of_chunk``, chunk 0's local speaker 1 is also matched to
    speaker 1 (frames 170-189): the model heard two voices in that chunk."""
    activity = np.zeros((2, 200, 3), dtype=bool)
    activity[0, 0:60, 0] = True
    activity[0, 100:160, 0] = True
    activity[1, 50:150, 0] = True
    matches = np.array([[0, -1, -1], [1, -1, -1]])
    if other_local_of_chunk:
        activity[0, 170:190, 1] = True
        matches[0, 1] = 1
    chunks = Segmentation(chunk_starts=np.array([0.0, 200 * FRAME_STEP]), activity=activity)
    labels = np.full(401, -1, dtype=np.int64)
    labels[0:60] = 0
    labels[100:160] = 1
    labels[170:190] = 1
    labels[250:350] = 1
    scores = np.full((401, 2), np.nan, dtype=np.float32)
    scores[labels == 0] = (0.9, 0.7)
    scores[labels == 1] = (0.8 - gain, 0.8)
    return chunks, matches, labels, scores


def _speaker_of_second_stretch(settings, **kwargs) -> set[int]:
    chunks, matches, labels, scores = _two_chunks_one_local_track(**kwargs)
    turns = stitching.stitch(chunks, matches, 2, 400 * FRAME_STEP, settings, None, labels, scores)
    return {k for s, e, k in turns if s < _edge(160) and e > _edge(100)}


def test_a_whole_stretch_the_windows_give_another_speaker_moves_to_it():
    # The model's one local track carries two people who answer each other (fresh6's d54):
    # the windows name the second stretch speaker 1 throughout, 0.15 closer to its centroid.
    default = stitching.StitchingSettings()
    assert _speaker_of_second_stretch(default, gain=0.15) == {1}
    # Before session 11 only a stretch the windows cut in two could lose a piece.
    before = replace(default, move_whole=False)
    assert _speaker_of_second_stretch(before, gain=0.15) == {0}


def test_a_whole_stretch_moves_only_past_the_splits_margin():
    # Under split_margin (0.1) the windows do not clearly name the other speaker.
    assert _speaker_of_second_stretch(stitching.StitchingSettings(), gain=0.05) == {0}


def test_a_whole_stretch_is_not_given_to_a_speaker_the_chunk_already_holds():
    # Another local speaker of the same chunk is matched to speaker 1: the model told the
    # two tracks apart there (or heard one person as two, cross-talk, fresh4's d39), so the
    # stretch stays with its match and the merges decide.
    settings = stitching.StitchingSettings()
    assert _speaker_of_second_stretch(settings, gain=0.15, other_local_of_chunk=True) == {0}


@needs_voices
@pytest.mark.slow
def test_two_people_the_model_follows_as_one_track_get_their_own_stretches(tmp_path):
    # d54 (fresh6): the model hears the high-voiced man and the deep-voiced woman as one local
    # speaker in nearly every chunk, while the windows' clusters hold each alone (29 and 37
    # windows, no window of the other). Before, a stretch wholly in the man's voice stayed
    # with the woman when the chunk's track was matched to her (4.2 s of his were hers).
    # Since session 14 the voice merge joins the two and the voice split parts them again
    # line by line, which hides what stitching did (both read (3, 0.0422)); so both variants
    # keep the merge's pitch test for every pair (the session 10-13 rule), as when this
    # change was made.
    # The voice split inside turns (session 27) is off in both too: on the "before" turns it
    # parts the woman's speaker into a fourth (4, 0.2162), which is not what this measures;
    # and so are the misplaced turns (session 48), which move the man's 1.6-4 s lines back to
    # him after stitching ((3, 0.102) and (3, 0.0422)).
    defaults = DiarizationOptions()
    default = replace(
        defaults,
        merge_voices=replace(defaults.merge_voices, pitch_left_to_split=False),
        split_voices=replace(defaults.split_voices, sub_piece=None, pitch_reach=None),
        misplaced_turns=None,
    )
    before = replace(default, stitching=replace(default.stitching, move_whole=False))
    found = scores("d54", tmp_path, {"before": before, "default": default})
    assert found == {"before": (3, 0.1801), "default": (3, 0.1203)}
