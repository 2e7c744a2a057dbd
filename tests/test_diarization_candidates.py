"""The optional diarization candidates of issue #14 (session 3b): agglomerative clustering,
keeping a short distinct voice, and an SNR-adaptive VAD threshold. Agglomerative clustering at
0.3 is the default (docs/BENCHMARKS.md); the other two are off by default."""

from __future__ import annotations

import numpy as np
import pytest

from bodycam.transcribe import clustering
from bodycam.transcribe.diarization.embedded import smallest_foldable, vad_settings_for
from bodycam.transcribe.diarization.options import DiarizationOptions


def _unit(degrees: list[float]) -> np.ndarray:
    angles = np.radians(degrees)
    return np.stack([np.cos(angles), np.sin(angles)], axis=1)


# Three voices on the unit circle: near 0 degrees, near 90, and one at 180.
VOICES = _unit([0, 5, 10, 90, 95, 180])


def test_ahc_cuts_at_the_distance_threshold():
    result = clustering.ahc_clusters(VOICES, 0.5)
    assert result.labels.tolist() == [0, 0, 0, 1, 1, 2]
    assert result.n_speakers == 3
    np.testing.assert_allclose(
        result.centroids, [[0.9962, 0.0872], [-0.0436, 0.9990], [-1.0, 0.0]], atol=1e-4
    )


def test_ahc_merges_everything_under_a_large_threshold():
    result = clustering.ahc_clusters(VOICES, 1.5)
    assert result.labels.tolist() == [0, 0, 0, 0, 0, 0]
    assert result.n_speakers == 1


def test_ahc_respects_the_speaker_bounds():
    at_most_two = clustering.ahc_clusters(
        VOICES, 0.5, clustering.ClusteringSettings(max_speakers=2)
    )
    # The 180-degree voice joins the nearer (90-degree) cluster, by average distance.
    assert at_most_two.labels.tolist() == [0, 0, 0, 1, 1, 1]
    at_least_four = clustering.ahc_clusters(
        VOICES, 0.5, clustering.ClusteringSettings(min_speakers=4)
    )
    assert at_least_four.labels.tolist() == [0, 1, 1, 2, 2, 3]


def test_ahc_on_empty_and_single_inputs():
    assert clustering.ahc_clusters(np.zeros((0, 2)), 0.5).n_speakers == 0
    single = clustering.ahc_clusters(_unit([30]), 0.5)
    assert single.labels.tolist() == [0]
    assert single.n_speakers == 1


def test_ahc_subsamples_long_inputs_and_assigns_all():
    vectors = np.repeat(VOICES, 5, axis=0)  # 30 rows, clustered from a subsample of 10
    result = clustering.ahc_clusters(vectors, 0.5, clustering.ClusteringSettings(max_points=10))
    assert result.labels.tolist() == [0] * 15 + [1] * 10 + [2] * 5


def test_is_distinct_compares_with_every_other_centroid():
    centroids = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
    # Centroid 1's nearest other is centroid 2, at cosine 0.8.
    assert clustering.is_distinct(centroids, 1, 0.81) is True
    assert clustering.is_distinct(centroids, 1, 0.8) is False
    assert clustering.is_distinct(centroids[:1], 0, 0.5) is False


def test_smallest_foldable_skips_a_distinct_short_voice():
    centroids = np.array([[1.0, 0.0], [0.0, 1.0], [0.995, 0.0998], [-1.0, 0.0]])
    seconds = np.array([20.0, 10.0, 0.5, 0.75])
    # Without the rule the shortest (index 2) is folded.
    assert smallest_foldable(centroids, seconds, 1.0, None) == 2
    # Index 2 sits at cosine 0.995 to index 0: not distinct, folded all the same.
    assert smallest_foldable(centroids, seconds, 1.0, 0.3) == 2
    # Once it is gone, index 3 (cosine at most 0 to the others) is kept.
    assert smallest_foldable(centroids[[0, 1, 3]], seconds[[0, 1, 3]], 1.0, 0.3) is None
    # A voice with no speech at all is folded even when distinct.
    assert smallest_foldable(centroids[[0, 1, 3]], np.array([20.0, 10.0, 0.0]), 1.0, 0.3) == 2
    # Nothing under the minimum: nothing to fold.
    assert smallest_foldable(centroids, np.array([20.0, 10.0, 1.0, 1.5]), 1.0, None) is None


def _two_levels(loud_frames: int, quiet_frames: int, loud: float, quiet: float) -> np.ndarray:
    """32 ms frames (512 samples) of a +-amplitude square wave: each frame's energy is exact."""
    square = np.tile([1.0, -1.0], 256)
    frames = [loud * square] * loud_frames + [quiet * square] * quiet_frames
    return np.concatenate(frames).astype(np.float32)


def test_low_snr_threshold_applies_only_under_the_snr():
    noisy = _two_levels(10, 90, 0.1, 0.05)  # reads 0 dB (noise_floor.snr_db)
    clean = _two_levels(10, 90, 0.1, 0.01)  # reads 14.4 dB
    options = DiarizationOptions(low_snr_vad_threshold=0.15, low_snr_db=8.0)
    assert vad_settings_for(options, noisy).threshold == 0.15
    assert vad_settings_for(options, clean) == options.vad
    assert vad_settings_for(DiarizationOptions(), noisy) == DiarizationOptions().vad


def test_candidate_options_defaults_and_validation():
    options = DiarizationOptions()
    assert options.clustering == "ahc"
    assert options.ahc_threshold == 0.3
    # The previous release's pipeline, scored beside the defaults, keeps the eigengap.
    assert options.window_only().clustering == "spectral"
    assert options.keep_distinct_below is None
    assert options.low_snr_vad_threshold is None
    with pytest.raises(ValueError, match="clustering must be one of"):
        DiarizationOptions(clustering="kmeans")
    with pytest.raises(ValueError, match="ahc_threshold"):
        DiarizationOptions(ahc_threshold=0.0)
    with pytest.raises(ValueError, match="low_snr_vad_threshold"):
        DiarizationOptions(low_snr_vad_threshold=1.0)
