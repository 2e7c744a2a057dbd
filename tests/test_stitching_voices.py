"""Stitching when the segmentation model and the embeddings disagree (issue #14): the embeddings
decide who, the model when; and a merge the voices contradict is refused."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from bodycam.transcribe import stitching, voice_evidence
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
