"""Speaker clustering that estimates the number of speakers itself.

Spectral clustering on the cosine affinity of window embeddings, with the affinity pruned to each
window's strongest neighbours and the pruning level and speaker count chosen together by the
normalised maximum eigengap (NME-SC: Park et al., "Auto-Tuning Spectral Clustering for Speaker
Diarization Using Normalized Maximum Eigengap", IEEE SPL 2019). Nothing is tuned per file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import scipy.linalg
from sklearn.cluster import KMeans

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClusteringSettings:
    """Bounds and tunables of speaker clustering.

    Attributes:
        min_speakers: Fewest speakers the estimate may return.
        max_speakers: Most speakers the estimate may return.
        max_points: Largest number of embeddings clustered directly; above it an evenly spread
            subsample is clustered (the eigen-decomposition is cubic in this number) and every
            embedding is then assigned to its nearest centroid.
        pruning_steps: How many pruning levels NME-SC tries (one eigen-decomposition each).
        max_neighbour_fraction: Largest share of the other embeddings a row keeps when the
            affinity is pruned (NME-SC searches the pruning level up to this).
        exclusion: Embeddings whose windows start closer than this (seconds) share most of
            their audio, so they are never each other's neighbours: otherwise every window's
            nearest neighbours are its own time-neighbours and the graph becomes a chain
            instead of one clique per speaker.
        seed: Seed for k-means on the spectral embedding (results are deterministic).
    """

    min_speakers: int = 1
    max_speakers: int = 8
    max_points: int = 1000
    pruning_steps: int = 12
    max_neighbour_fraction: float = 0.25
    exclusion: float = 1.6
    seed: int = 0

    def __post_init__(self) -> None:
        if self.min_speakers < 1:
            raise ValueError(f"min_speakers must be >= 1, got {self.min_speakers}")
        if self.max_speakers < self.min_speakers:
            raise ValueError(
                f"max_speakers ({self.max_speakers}) must be >= min_speakers ({self.min_speakers})"
            )
        if self.max_points < 10:
            raise ValueError(f"max_points must be >= 10, got {self.max_points}")


@dataclass
class ClusteringResult:
    """Cluster labels of embeddings.

    Attributes:
        labels: Cluster index of each input embedding, ``0 .. n_speakers - 1``.
        n_speakers: Estimated number of speakers.
        centroids: ``(n_speakers, dim)`` L2-normalised mean embedding of each cluster.
        eigengap: The normalised eigengap that decided the count (0 when it was not used).
    """

    labels: np.ndarray
    n_speakers: int
    centroids: np.ndarray
    eigengap: float = 0.0


def _normalize_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def centroids_of(vectors: np.ndarray, labels: np.ndarray, n_clusters: int) -> np.ndarray:
    """L2-normalised mean embedding of each cluster (a zero row for an empty cluster)."""
    sums = np.zeros((n_clusters, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, labels, vectors)
    return _normalize_rows(sums).astype(np.float32)


def _pruned_laplacian(affinity: np.ndarray, neighbours: int) -> np.ndarray:
    """Laplacian of the affinity binarised to each row's ``neighbours`` strongest entries."""
    n = len(affinity)
    keep = np.argpartition(-affinity, neighbours - 1, axis=1)[:, :neighbours]
    binary = np.zeros_like(affinity)
    binary[np.arange(n)[:, None], keep] = 1.0
    # Excluded pairs carry -inf affinity; they must not sneak in when a row has few candidates.
    binary[~np.isfinite(affinity)] = 0.0
    graph = 0.5 * (binary + binary.T)
    return np.diag(graph.sum(axis=1)) - graph


def spectral_clusters(
    vectors: np.ndarray,
    times: np.ndarray | None = None,
    settings: ClusteringSettings | None = None,
) -> ClusteringResult:
    """Cluster embeddings, estimating the number of clusters (NME-SC).

    Args:
        vectors: ``(n, dim)`` embeddings (any scale; they are L2-normalised here).
        times: Start time of each embedding's window (seconds), used to keep overlapping
            windows from being each other's neighbours; ``None`` disables that.
        settings: Bounds and tunables.

    Returns:
        Labels for every row of ``vectors``, numbered by first appearance.
    """
    settings = settings or ClusteringSettings()
    vectors = _normalize_rows(np.asarray(vectors, dtype=np.float64))
    n = len(vectors)
    if n == 0:
        return ClusteringResult(np.zeros(0, dtype=np.int64), 0, np.zeros((0, vectors.shape[1])))
    if n < max(4, 2 * settings.min_speakers) or settings.max_speakers == 1:
        labels = np.zeros(n, dtype=np.int64)
        return ClusteringResult(labels, 1, centroids_of(vectors, labels, 1))

    # Long files: cluster an evenly spread subsample, then assign the rest to the centroids.
    if n > settings.max_points:
        sample = np.linspace(0, n - 1, settings.max_points).round().astype(int)
    else:
        sample = np.arange(n)
    points = vectors[sample]
    m = len(points)

    affinity = points @ points.T
    np.fill_diagonal(affinity, -np.inf)
    if times is not None:
        sample_times = np.asarray(times, dtype=np.float64)[sample]
        near = np.abs(sample_times[:, None] - sample_times[None, :]) < settings.exclusion
        # Only exclude while enough candidates remain (tiny inputs are all "near").
        if (~near).sum(axis=1).min() >= 2:
            affinity[near] = -np.inf

    candidates = int(np.isfinite(affinity).sum(axis=1).min())
    max_k = min(settings.max_speakers, m - 1)
    p_max = max(2, min(candidates, int(np.ceil(settings.max_neighbour_fraction * m))))
    p_values = np.unique(
        np.linspace(2, p_max, num=min(p_max - 1, settings.pruning_steps)).round().astype(int)
    )

    lo = settings.min_speakers - 1
    best = None
    for p in p_values:
        # The whole spectrum: its top is lambda_max, which normalises the gap.
        values = np.maximum(scipy.linalg.eigvalsh(_pruned_laplacian(affinity, int(p))), 0.0)
        gaps = np.diff(values[: max_k + 1])
        k_index = lo + int(np.argmax(gaps[lo:max_k]))
        normalized_gap = gaps[k_index] / max(values[-1], 1e-10)
        ratio = p / max(normalized_gap, 1e-10)
        if best is None or ratio < best[0]:
            best = (ratio, int(p), k_index + 1, normalized_gap)
    assert best is not None
    _, p_best, n_clusters, normalized_gap = best
    logger.debug("NME-SC: p=%d of %d, k=%d, gap=%.3f", p_best, m, n_clusters, normalized_gap)

    if n_clusters == 1:
        sample_labels = np.zeros(m, dtype=np.int64)
    else:
        _, eigvecs = scipy.linalg.eigh(
            _pruned_laplacian(affinity, p_best), subset_by_index=[0, n_clusters - 1]
        )
        spectral = _normalize_rows(eigvecs)
        kmeans = KMeans(n_clusters=n_clusters, n_init=10, random_state=settings.seed)
        sample_labels = kmeans.fit_predict(spectral).astype(np.int64)

    centroids = centroids_of(points, sample_labels, n_clusters)
    labels = sample_labels
    if m < n:
        labels = np.argmax(vectors @ centroids.T, axis=1).astype(np.int64)
    labels, centroids = relabel_by_appearance(labels, vectors)
    return ClusteringResult(labels, len(centroids), centroids, float(normalized_gap))


def relabel_by_appearance(labels: np.ndarray, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Renumber clusters 0, 1, ... by first appearance, dropping empty ones.

    Returns:
        New labels and the centroid of each new cluster.
    """
    labels = np.asarray(labels, dtype=np.int64)
    order = list(dict.fromkeys(labels.tolist()))
    mapping = np.full(int(labels.max()) + 1 if len(labels) else 0, -1, dtype=np.int64)
    mapping[order] = np.arange(len(order))
    new_labels = mapping[labels]
    return new_labels, centroids_of(np.asarray(vectors, np.float64), new_labels, len(order))


def ahc_clusters(
    vectors: np.ndarray,
    threshold: float,
    settings: ClusteringSettings | None = None,
) -> ClusteringResult:
    """Cluster embeddings by agglomerative clustering (average linkage on cosine distance),
    cut where merging would join clusters further apart than ``threshold``.

    The count comes from a distance calibrated once on labelled recordings, not from the
    spectrum of each file (NME-SC's eigengap can miss a speaker with little speech).

    Args:
        vectors: ``(n, dim)`` embeddings (any scale; they are L2-normalised here).
        threshold: Largest average cosine distance (1 - cosine similarity) between two
            clusters that are still merged.
        settings: ``min_speakers``, ``max_speakers`` and ``max_points`` are used; the count
            is clamped to the bounds.

    Returns:
        Labels for every row of ``vectors``, numbered by first appearance.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    settings = settings or ClusteringSettings()
    vectors = _normalize_rows(np.asarray(vectors, dtype=np.float64))
    n = len(vectors)
    if n == 0:
        return ClusteringResult(np.zeros(0, dtype=np.int64), 0, np.zeros((0, vectors.shape[1])))
    if n < 2 or settings.max_speakers == 1:
        labels = np.zeros(n, dtype=np.int64)
        return ClusteringResult(labels, 1, centroids_of(vectors, labels, 1))
    if n > settings.max_points:
        sample = np.linspace(0, n - 1, settings.max_points).round().astype(int)
    else:
        sample = np.arange(n)
    points = vectors[sample]
    # Cosine distance of unit vectors, clipped: rounding can make it slightly negative.
    distances = np.clip(1.0 - points @ points.T, 0.0, 2.0)
    condensed = distances[np.triu_indices(len(points), k=1)]
    tree = linkage(condensed, method="average")
    sample_labels = fcluster(tree, t=threshold, criterion="distance") - 1
    found = int(sample_labels.max()) + 1
    bounded = min(max(found, settings.min_speakers), settings.max_speakers, len(points))
    if bounded != found:
        sample_labels = fcluster(tree, t=bounded, criterion="maxclust") - 1
    sample_labels = sample_labels.astype(np.int64)
    n_clusters = int(sample_labels.max()) + 1
    labels = sample_labels
    if len(points) < n:
        centroids = centroids_of(points, sample_labels, n_clusters)
        labels = np.argmax(vectors @ centroids.T, axis=1).astype(np.int64)
    labels, centroids = relabel_by_appearance(labels, vectors)
    logger.debug(
        "AHC: %d clusters at distance %.2f (%d before bounds)", n_clusters, threshold, found
    )
    return ClusteringResult(labels, len(centroids), centroids)


def is_distinct(centroids: np.ndarray, index: int, max_similarity: float) -> bool:
    """Whether cluster ``index``'s centroid is far from every other one: its cosine similarity
    to each is below ``max_similarity`` (a short but different voice, such as a partner's
    single shouted line, rather than a fragment of someone already found).

    ``centroids`` are L2-normalised rows; a single cluster is not distinct from anything.
    """
    centroids = np.asarray(centroids, dtype=np.float64)
    others = np.delete(centroids, index, axis=0)
    if len(others) == 0:
        return False
    return bool(np.max(others @ centroids[index]) < max_similarity)
