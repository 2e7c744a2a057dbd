"""Diarization options of issue #14, session 4: speech the segmentation model hears added to
the VAD's, a stretch the VAD hears and the model does not given to the voice the windows name,
and Resemblyzer and CAM++ embeddings fused into one cosine (docs/BENCHMARKS.md)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from bodycam.transcribe import segmentation, stitching, vad, voice_evidence
from bodycam.transcribe.diarization.embedded import heard_outside
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.embeddings import WindowEncoder
from bodycam.transcribe.fused_encoder import FusedEncoder, fuse
from bodycam.transcribe.segmentation import FRAME_DURATION, FRAME_STEP, Segmentation


def _edge(frame: int) -> float:
    """The boundary before global frame ``frame``: half a step before its centre."""
    return round(frame * FRAME_STEP + FRAME_DURATION / 2 - FRAME_STEP / 2, 3)


def _two_chunks() -> Segmentation:
    """Two chunks 2 s (119 frames) apart. The first hears a voice on frames 0-99 and a blip on
    300-309; on the stretch they share, only the first hears frames 200-259; both hear one
    voice from frame 519 on (the first until its end, frame 588)."""
    frames = segmentation.CHUNK_FRAMES
    activity = np.zeros((2, frames, 3), dtype=bool)
    activity[0, 0:100, 0] = True
    activity[0, 300:310, 1] = True
    activity[1, 181:191, 1] = True  # the same blip, global 300-309
    activity[0, 200:260, 0] = True  # global 200-259, heard by the first chunk only
    activity[0, 519:589, 2] = True
    activity[1, 400:500, 2] = True  # global 519-618
    return Segmentation(chunk_starts=np.array([0.0, 2.0]), activity=activity)


def test_heard_regions_round_the_mean_count_over_chunks():
    regions = segmentation.heard_regions(_two_chunks(), 12.0, min_duration=0.5)
    # Frames 200-259 are heard by one chunk of two: a mean of 0.5 rounds to 0 (banker's
    # rounding, as stitch counts); the 10-frame blip is shorter than 0.5 s.
    assert regions == [(_edge(0), _edge(100)), (_edge(519), _edge(619))]
    assert segmentation.heard_regions(_two_chunks(), 12.0, min_duration=0.1) == [
        (_edge(0), _edge(100)),
        (_edge(300), _edge(310)),
        (_edge(519), _edge(619)),
    ]


def test_union_regions_joins_overlapping_and_touching():
    assert vad.union_regions([(0.0, 1.0), (3.0, 4.0)], [(0.5, 2.0), (4.0, 5.0), (6.0, 6.0)]) == [
        (0.0, 2.0),
        (3.0, 5.0),
    ]
    assert vad.union_regions([], []) == []


def test_regions_outside_cuts_the_covered_parts():
    assert vad.regions_outside([(0.0, 10.0), (12.0, 13.0)], [(1.0, 2.0), (3.0, 4.0)]) == [
        (0.0, 1.0),
        (2.0, 3.0),
        (4.0, 10.0),
        (12.0, 13.0),
    ]
    assert vad.regions_outside([(1.0, 2.0)], [(0.0, 5.0)]) == []


def test_heard_outside_keeps_only_long_stretches_the_vad_missed():
    chunks = _two_chunks()  # heard: frames 0-99 (0.02-1.71 s) and 519-618 (8.78-10.47 s)
    # The VAD has 0.5-1.5 s and 9.0-10.0 s: outside it, 0.02-0.5 (0.48 s), 1.5-1.71 (0.21 s),
    # 8.78-9.0 (0.22 s) and 10.0-10.47 (0.47 s).
    speech = [(0.5, 1.5), (9.0, 10.0)]
    assert heard_outside(chunks, 12.0, speech, 0.4) == [(_edge(0), 0.5), (10.0, _edge(619))]
    assert heard_outside(chunks, 12.0, speech, 0.5) == []
    assert heard_outside(chunks, 12.0, [], 0.5) == [
        (_edge(0), _edge(100)),
        (_edge(519), _edge(619)),
    ]


def test_fill_unheard_gives_the_windows_speaker_to_a_long_unheard_stretch():
    activity = np.zeros((1, 200, 3), dtype=bool)
    activity[0, 0:60, 0] = True
    chunks = Segmentation(chunk_starts=np.array([0.0]), activity=activity)
    labels = np.full(201, -1, dtype=np.int64)
    labels[0:60] = 0
    # The model hears nobody on frames 60-199; the windows name speaker 1 on 120-159 and no
    # window centre is near the rest (as at a speech region's end). Frames within fill_reach
    # (0.55 s, 32.6 frames) of a named frame take the nearest one's speaker: 60-89 speaker
    # 0's (frame 59), 90-191 speaker 1's; 192-199 stay silent.
    labels[120:160] = 1
    speech = [(0.0, 200 * FRAME_STEP)]
    settings = replace(stitching.StitchingSettings(), fill_unheard=0.5)
    assert settings.fill_reach == 0.55
    turns = stitching.stitch(
        chunks, np.array([[0, -1, -1]]), 2, 200 * FRAME_STEP, settings, speech, labels
    )
    assert [(round(s, 3), round(e, 3), k) for s, e, k in turns] == [
        (_edge(0), _edge(90), 0),
        (_edge(90), _edge(192), 1),
    ]
    # The default fills at 0.5 s too.
    assert (
        stitching.stitch(chunks, np.array([[0, -1, -1]]), 2, 200 * FRAME_STEP, None, speech, labels)
        == turns
    )
    # Reach 0: only the named frames (the rule before 2026-12-02).
    named_only = stitching.stitch(
        chunks,
        np.array([[0, -1, -1]]),
        2,
        200 * FRAME_STEP,
        replace(settings, fill_reach=0.0),
        speech,
        labels,
    )
    assert [(round(s, 3), round(e, 3), k) for s, e, k in named_only] == [
        (_edge(0), _edge(60), 0),
        (_edge(120), _edge(160), 1),
    ]
    # A stretch shorter than fill_unheard (0.34 s here: the model hears speaker 0 again from
    # frame 80) is not filled.
    short = activity.copy()
    short[0, 80:200, 0] = True
    short_labels = labels.copy()
    short_labels[60:80] = 1
    out = stitching.stitch(
        Segmentation(chunk_starts=np.array([0.0]), activity=short),
        np.array([[0, -1, -1]]),
        2,
        200 * FRAME_STEP,
        settings,
        speech,
        short_labels,
    )
    assert [k for _, _, k in out] == [0, 0]
    # Outside the speech regions nothing is filled; off, nothing either.
    outside = stitching.stitch(
        chunks, np.array([[0, -1, -1]]), 2, 200 * FRAME_STEP, settings, [(0.0, 1.0)], labels
    )
    assert [k for _, _, k in outside] == [0]
    off = replace(settings, fill_unheard=None)
    default = stitching.stitch(
        chunks, np.array([[0, -1, -1]]), 2, 200 * FRAME_STEP, off, speech, labels
    )
    assert [k for _, _, k in default] == [0]


class _Fixed(WindowEncoder):
    """An encoder that embeds the window starting at t as a fixed function of t, and records
    which starts it was asked for."""

    def __init__(self, name: str, vectors: dict[float, list[float]]) -> None:
        self.name, self.vectors, self.asked = name, vectors, []
        self.embedding_size = len(next(iter(vectors.values())))

    def info(self) -> str:
        return self.name

    def embed_windows(self, audio, starts, settings=None, progress=None, gain=1.0):
        self.asked.append([float(s) for s in starts])
        return np.array([self.vectors[float(s)] for s in starts], dtype=np.float32)


def test_fused_cosine_is_the_weighted_mean_of_the_two():
    first = np.array([[1.0, 0.0], [0.0, 1.0]])
    second = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0]])
    joined = fuse(first, second, 0.25)
    assert joined.shape == (2, 5)
    np.testing.assert_allclose(np.linalg.norm(joined, axis=1), [1.0, 1.0], atol=1e-6)
    # 0.25 * cos 0 + 0.75 * 0.6
    assert float(joined[0] @ joined[1]) == pytest.approx(0.45, abs=1e-6)


def test_fused_encoder_reads_the_second_on_every_stride_th_window():
    starts = [0.0, 0.25, 0.5, 0.75, 1.0]
    first = _Fixed("a", {s: [1.0, 0.0] for s in starts})
    second = _Fixed("b", {0.0: [1.0, 0.0], 0.5: [0.0, 1.0], 1.0: [-1.0, 0.0]})
    encoder = FusedEncoder(first, second, weight=0.5, stride=2)
    vectors = encoder.embed_windows(np.zeros(32000, np.float32), np.array(starts))
    assert second.asked == [[0.0, 0.5, 1.0]]
    half = np.sqrt(0.5)
    # 0.25 is as near 0.0 as 0.5 and takes the earlier; 0.75 likewise takes 0.5.
    np.testing.assert_allclose(
        vectors[:, 2:] / half, [[1, 0], [1, 0], [0, 1], [0, 1], [-1, 0]], atol=1e-6
    )
    np.testing.assert_allclose(vectors[:, :2] / half, [[1, 0]] * 5, atol=1e-6)
    assert encoder.embedding_size == 4
    # Stride 3 on five windows reads 0, 3 and the last.
    second.vectors[0.75] = [0.0, -1.0]
    FusedEncoder(first, second, stride=3).embed_windows(np.zeros(32000), np.array(starts))
    assert second.asked[-1] == [0.0, 0.75, 1.0]


def test_session_four_options_defaults_and_checks():
    options = DiarizationOptions()
    # On by default since 2026-12-02 (docs/BENCHMARKS.md).
    assert options.heard_speech_min == 1.0
    # On by default since session 4, round 2 (docs/BENCHMARKS.md).
    assert options.stitching.fill_unheard == 0.5
    assert (options.encoder, options.fusion_weight, options.fusion_stride) == (
        "resemblyzer",
        0.5,
        1,
    )
    with pytest.raises(ValueError, match="heard_speech_min"):
        DiarizationOptions(heard_speech_min=-1.0)
    with pytest.raises(ValueError, match="fusion_weight"):
        DiarizationOptions(fusion_weight=1.0)
    with pytest.raises(ValueError, match="fusion_stride"):
        DiarizationOptions(fusion_stride=0)
    with pytest.raises(ValueError, match="weight"):
        FusedEncoder(_Fixed("a", {0.0: [1.0]}), _Fixed("b", {0.0: [1.0]}), weight=0.0)


class _OneVoice(WindowEncoder):
    """Every window sounds like the same person."""

    name = "resemblyzer"
    embedding_size = 2

    def info(self) -> str:
        return "one voice"

    def embed_windows(self, audio, starts, settings=None, progress=None, gain=1.0):
        return np.tile(np.array([[1.0, 0.0]], np.float32), (len(starts), 1))


def _diarize(options: DiarizationOptions, speech: list[tuple[float, float]]):
    from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer

    diarizer = EmbeddedDiarizer(
        options, encoder=_OneVoice(), segmenter=lambda audio, settings, progress=None: _two_chunks()
    )
    return diarizer(np.zeros(12 * 16000, np.float32), speech=speech)


def test_the_diarizer_adds_what_the_model_hears_and_the_vad_missed():
    options = DiarizationOptions(heard_speech_min=0.5)
    result = _diarize(options, [(9.0, 10.0)])
    # 0.02-1.71 s is heard and missed by the VAD; 8.78-9.0 and 10.0-10.47 are too short.
    assert result.speech == [(_edge(0), _edge(100)), (9.0, 10.0)]
    assert [(t.start, t.end, t.speaker) for t in result.turns] == [
        (_edge(0), _edge(100), "S0"),
        (9.0, 10.0, "S0"),
    ]
    # With no VAD speech at all the model's stretches are the speech.
    assert _diarize(options, []).speech == [(_edge(0), _edge(100)), (_edge(519), _edge(619))]
    # Off: the VAD's regions alone, and none means no speech.
    off = DiarizationOptions(heard_speech_min=None)
    assert _diarize(off, [(9.0, 10.0)]).speech == [(9.0, 10.0)]
    assert _diarize(off, []).turns == []
    # The default (1.0 s) adds the 1.69 s stretch too; 2.0 s adds nothing.
    assert _diarize(DiarizationOptions(), [(9.0, 10.0)]).speech == result.speech
    assert _diarize(DiarizationOptions(heard_speech_min=2.0), [(9.0, 10.0)]).speech == [(9.0, 10.0)]


def test_voice_pieces_cut_where_the_label_changes_for_long_enough():
    labels = np.array([0] * 40 + [1] * 10 + [0] * 40 + [1] * 60)
    alone = np.ones(len(labels), dtype=bool)
    # The 10-frame run of 1 is shorter than 30 frames and joins its longer neighbour.
    assert voice_evidence.voice_pieces(labels, alone, 30) == [(0, 90, 0), (90, 150, 1)]
    # Frames without evidence (overlapped, or no window) take the nearest labelled frame's.
    alone[85:95] = False
    assert voice_evidence.voice_pieces(labels, alone, 30) == [(0, 90, 0), (90, 150, 1)]
    # Too little evidence: no pieces, the chunk's match decides.
    assert voice_evidence.voice_pieces(labels, np.zeros(len(labels), dtype=bool), 30) == []


def _one_stretch_two_voices(
    second_heard: bool = True,
) -> tuple[Segmentation, np.ndarray, np.ndarray, np.ndarray]:
    """One local speaker talks without a pause on frames 0-159; the windows say speaker 0
    until frame 80, then speaker 1 (two people taking turns, heard as one voice by the model),
    with cosines 0.9 to their own centroid and 0.5 to the other's. When ``second_heard``, the
    model also hears speaker 1 alone on frames 170-189 (a second local speaker)."""
    activity = np.zeros((1, 200, 3), dtype=bool)
    activity[0, 0:160, 0] = True
    matches = np.array([[0, -1, -1]])
    if second_heard:
        activity[0, 170:190, 1] = True
        matches = np.array([[0, 1, -1]])
    chunks = Segmentation(chunk_starts=np.array([0.0]), activity=activity)
    labels = np.full(201, -1, dtype=np.int64)
    labels[0:80] = 0
    labels[80:160] = 1
    labels[170:190] = 1
    scores = np.full((201, 2), np.nan, dtype=np.float32)
    scores[0:80] = [0.9, 0.5]
    scores[80:160] = [0.5, 0.9]
    scores[170:190] = [0.5, 0.9]
    return chunks, matches, labels, scores


def _turns(chunks, matches, labels, scores, settings):
    turns = stitching.stitch(chunks, matches, 2, 200 * FRAME_STEP, settings, None, labels, scores)
    return [(round(s, 3), round(e, 3), k) for s, e, k in turns]


def test_split_by_voice_gives_a_clear_piece_to_the_other_speaker():
    chunks, matches, labels, scores = _one_stretch_two_voices()
    split = stitching.StitchingSettings()
    assert (split.split_min, split.split_margin) == (0.75, 0.1)
    assert _turns(chunks, matches, labels, scores, split) == [
        (_edge(0), _edge(80), 0),
        (_edge(80), _edge(160), 1),
        (_edge(170), _edge(190), 1),
    ]
    # On by default; off, the stretch stays with its match; without scores, no split either.
    assert stitching.StitchingSettings().split_by_voice is True
    off = replace(split, split_by_voice=False)
    assert [k for _, _, k in _turns(chunks, matches, labels, scores, off)] == [0, 1]
    assert [k for _, _, k in _turns(chunks, matches, labels, None, split)] == [0, 1]
    # With voices decide the stretch's speaker is its majority (a tie: the match), then split.
    both = replace(split, voices_decide=True)
    assert _turns(chunks, matches, labels, scores, both) == _turns(
        chunks, matches, labels, scores, split
    )


def test_split_by_voice_never_creates_a_speaker():
    # Speaker 1 holds no turn the model matched to it: the windows' piece stays with 0.
    chunks, matches, labels, scores = _one_stretch_two_voices(second_heard=False)
    split = replace(stitching.StitchingSettings(), split_by_voice=True)
    assert _turns(chunks, matches, labels, scores, split) == [(_edge(0), _edge(160), 0)]


def test_split_by_voice_needs_a_margin_and_a_long_enough_piece():
    chunks, matches, labels, scores = _one_stretch_two_voices()
    split = replace(stitching.StitchingSettings(), split_by_voice=True)
    close = scores.copy()
    close[80:160] = [0.8, 0.85]  # closer to 1 by 0.05 < 0.1
    assert [k for _, _, k in _turns(chunks, matches, labels, close, split)] == [0, 1]
    assert [
        k for _, _, k in _turns(chunks, matches, labels, close, replace(split, split_margin=0.05))
    ] == [0, 1, 1]
    short = labels.copy()
    short[0:120] = 0  # speaker 1 named on 40 frames (0.68 s) < 0.75 s
    assert [k for _, _, k in _turns(chunks, matches, short, scores, split)] == [0, 1]
    assert _turns(chunks, matches, short, scores, replace(split, split_min=0.5)) == [
        (_edge(0), _edge(120), 0),
        (_edge(120), _edge(160), 1),
        (_edge(170), _edge(190), 1),
    ]


def test_split_pieces_merge_neighbours_that_stay_with_one_speaker():
    labels = np.array([0] * 60 + [1] * 60 + [0] * 60)
    alone = np.ones(len(labels), dtype=bool)
    scores = np.tile(np.array([[0.9, 0.5]], np.float32), (len(labels), 1))
    settings = replace(stitching.StitchingSettings(), split_by_voice=True)
    # The middle piece names 1 but its windows are closer to 0: one run for speaker 0.
    assert voice_evidence.split_pieces(labels, alone, scores, 0, {0, 1}, settings) == [(0, 180, 0)]
    scores[60:120] = [0.4, 0.9]
    assert voice_evidence.split_pieces(labels, alone, scores, 0, {0, 1}, settings) == [
        (0, 60, 0),
        (60, 120, 1),
        (120, 180, 0),
    ]


def test_frame_similarities_take_the_nearest_window():
    centroids = np.array([[1.0, 0.0], [0.6, 0.8]], np.float32)
    vectors = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    scores = voice_evidence.frame_similarities(np.array([0.5, 1.0]), vectors, centroids, 0.25, 2.0)
    at = lambda t: scores[int((t - FRAME_DURATION / 2) / FRAME_STEP)]  # noqa: E731
    np.testing.assert_allclose(at(0.3), [1.0, 0.6], atol=1e-6)
    np.testing.assert_allclose(at(1.2), [0.0, 0.8], atol=1e-6)
    assert np.isnan(at(1.5)).all()


def test_a_shared_fused_encoder_must_match_the_options():
    from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer

    one = _Fixed("a", {0.0: [1.0]})
    shared = FusedEncoder(one, _Fixed("b", {0.0: [1.0]}), weight=0.5, stride=2)
    options = DiarizationOptions(encoder="resemblyzer+campplus", segmentation=None)
    with pytest.raises(ValueError, match=r"weight and stride \(0.5, 2\).*\(0.5, 1\)"):
        EmbeddedDiarizer(options, encoder=shared)
    matching = EmbeddedDiarizer(replace(options, fusion_stride=2), encoder=shared)
    assert matching.encoder is shared


class _TwoVoices(WindowEncoder):
    """Windows centred before 3.5 s sound like one person, later ones like another."""

    name = "resemblyzer"
    embedding_size = 2

    def info(self) -> str:
        return "two voices"

    def embed_windows(self, audio, starts, settings=None, progress=None, gain=1.0):
        return np.array([[1.0, 0.0] if s + 0.8 < 3.5 else [0.0, 1.0] for s in starts], np.float32)


def test_the_diarizer_splits_a_stretch_the_model_hears_as_one_voice():
    from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer

    # The model hears one voice on 0.02-6.77 s and a second one alone on 7.62-9.31 s; the
    # windows hear the second person from 3.5 s on.
    activity = np.zeros((1, segmentation.CHUNK_FRAMES, 3), dtype=bool)
    activity[0, 0:400, 0] = True
    activity[0, 450:550, 1] = True
    chunks = Segmentation(chunk_starts=np.array([0.0]), activity=activity)
    speech = [(0.0, 6.8), (7.6, 9.3)]

    def turns(split: bool) -> list[tuple[float, float, str]]:
        options = DiarizationOptions()
        options = replace(options, stitching=replace(options.stitching, split_by_voice=split))
        diarizer = EmbeddedDiarizer(
            options, encoder=_TwoVoices(), segmenter=lambda audio, settings, progress=None: chunks
        )
        result = diarizer(np.zeros(12 * 16000, np.float32), speech=speech)
        return [(float(t.start), float(t.end), t.speaker) for t in result.turns]

    assert turns(False) == [(0.023, 6.773, "S0"), (7.616, 9.3, "S1")]
    assert turns(True) == [(0.023, 3.431, "S0"), (3.431, 6.773, "S1"), (7.616, 9.3, "S1")]
