"""Speaker diarization: who spoke when.

Two backends behind one ``Diarizer`` interface:

- ``EmbeddedDiarizer`` (default, CPU, parts that ship in packages): Silero speech regions ->
  Resemblyzer embeddings of 1.6 s windows every 0.25 s -> spectral clustering that estimates
  the speaker count (never below the number of voices the segmentation model hears at once)
  -> Viterbi resegmentation of the windows against the speaker centroids -> pyannote's
  overlap-aware segmentation-3.0 model over 10 s chunks, its chunk-local speakers tied to the
  global speakers by their voices (``stitching.py``) -> turns, overlapped speech included.
  Without the segmentation model (``segmentation=None``) the turns come from the window
  labels alone, the two speakers sharing a short stretch at each change.
- ``PyannoteDiarizer`` (optional extra ``bodycam-review[pyannote]``): a pyannote.audio
  pipeline loaded from a trusted local directory or a hub id.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from pyannote.core import Annotation, Segment

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.progress import Progress
from bodycam.transcribe import clustering, embeddings, segmentation, stitching, vad

logger = logging.getLogger(__name__)

#: Environment variable listing directories (os.pathsep-separated) whose pyannote configs
#: may be loaded.
TRUSTED_ROOTS_ENV = "BODYCAM_TRUSTED_PIPELINE_ROOTS"


class DiarizationUnavailable(Exception):
    "The requested diarization backend cannot be loaded"


class UntrustedPipelineConfig(DiarizationUnavailable):
    "A pipeline config lies outside the trusted directories"


@dataclass
class SpeakerTurn:
    """One stretch of one speaker's speech (seconds)."""

    start: float
    end: float
    speaker: str


@dataclass
class DiarizationResult:
    """Who spoke when.

    Attributes:
        turns: Sorted by start; turns of different speakers may overlap (overlapped speech).
        embeddings: One L2-normalised float32 centroid embedding per speaker label.
        speech: The speech regions used (seconds).
    """

    turns: list[SpeakerTurn]
    embeddings: dict[str, np.ndarray]
    speech: list[tuple[float, float]]

    @property
    def speakers(self) -> list[str]:
        """Speaker labels in order of first appearance."""
        return list(dict.fromkeys(turn.speaker for turn in self.turns))

    def to_annotation(self, uri: str = "audio") -> Annotation:
        """The turns as a pyannote.core Annotation (for scoring and RTTM export)."""
        annotation = Annotation(uri=uri)
        for index, turn in enumerate(self.turns):
            annotation[Segment(turn.start, turn.end), index] = turn.speaker
        return annotation


@dataclass
class DiarizationOptions:
    """Tunables of the embedded diarizer.

    Attributes:
        min_speakers: Fewest speakers to find.
        max_speakers: Most speakers to find.
        vad: Voice activity settings, used when the caller passes no speech regions.
        embedding: Window step, batching and threads of the speaker encoder. The segmentation
            model places the boundaries, so the windows only have to tell voices apart and lie
            0.25 s apart (half the cost of 0.125 s, same DER and speaker counts in
            docs/BENCHMARKS.md). With ``segmentation=None`` the windows place the changes
            themselves: ``window_only()`` sets 0.125 s there.
        clustering_max_points: Windows clustered directly; longer files cluster a subsample.
        switch_penalty: Cosine-similarity advantage, summed over consecutive windows, that a
            speaker change must earn during resegmentation: about one window's typical gap
            between its own and another speaker's centroid (0.1 to 0.15 with Resemblyzer), so
            a change needs a few consistent windows (neighbouring windows share most audio).
        free_switch_gap: Silence (seconds) between speech regions after which a speaker change
            costs nothing.
        resegmentation_passes: Viterbi passes, each refining the centroids from the last.
        min_speaker_duration: A speaker with less speech (seconds) is folded into the most
            similar one: a cluster that small is far more often noise than a person.
        change_overlap: Seconds on each side of a speaker change (inside running speech)
            given to both speakers as overlapped speech; 0 gives one speaker per instant.
        target_level_db: Speech level (dBFS) the encoder input is normalised to.
        segmentation: How the overlap-aware segmentation model is slid over the audio;
            ``None`` turns it off (one speaker per instant, from the window labels).
        stitching: How its chunk-local speakers become global speakers' turns.
    """

    min_speakers: int = 1
    max_speakers: int = 8
    vad: vad.VadSettings = field(default_factory=vad.VadSettings)
    embedding: embeddings.EmbeddingSettings = field(
        default_factory=lambda: embeddings.EmbeddingSettings(step=0.25)
    )
    clustering_max_points: int = 1000
    switch_penalty: float = 0.1
    free_switch_gap: float = 1.0
    resegmentation_passes: int = 2
    min_speaker_duration: float = 1.0
    change_overlap: float = 0.1
    target_level_db: float = embeddings.TARGET_LEVEL_DB
    segmentation: segmentation.SegmentationSettings | None = field(
        default_factory=segmentation.SegmentationSettings
    )
    stitching: stitching.StitchingSettings = field(default_factory=stitching.StitchingSettings)

    def __post_init__(self) -> None:
        if self.min_speakers < 1 or self.max_speakers < self.min_speakers:
            raise ValueError(
                f"need 1 <= min_speakers <= max_speakers, got {self.min_speakers}, "
                f"{self.max_speakers}"
            )
        if self.switch_penalty < 0:
            raise ValueError(f"switch_penalty must be >= 0, got {self.switch_penalty}")

    def window_only(self, threads: int | None = 1) -> DiarizationOptions:
        """These options without the segmentation model: the turns come from the window
        labels, which then need windows every 0.125 s to place speaker changes."""
        return replace(
            self,
            segmentation=None,
            embedding=replace(self.embedding, step=0.125, threads=threads),
        )


class Diarizer(Protocol):
    """A diarization backend."""

    def __call__(
        self,
        audio: np.ndarray,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> DiarizationResult:
        """Diarize mono float32 16 kHz audio.

        Args:
            audio: Samples in [-1, 1].
            speech: Speech regions computed once for the file; computed here when ``None``.
            progress: Called with (fraction 0..1, message).
        """
        ...


def _check_audio(audio: np.ndarray) -> np.ndarray:
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"audio must be mono (1-D) 16 kHz float32, got shape {audio.shape}")
    return audio


def _noop(fraction: float, message: str) -> None:
    pass


def viterbi(scores: np.ndarray, switch_costs: np.ndarray) -> np.ndarray:
    """Best state path through per-window scores with a cost for changing state.

    Args:
        scores: ``(n, k)`` score of each state at each window (higher is better).
        switch_costs: ``(n,)`` cost of a change between window ``i - 1`` and ``i``
            (``switch_costs[0]`` is unused).

    Returns:
        ``(n,)`` state index per window.
    """
    n, k = scores.shape
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    backpointers = np.zeros((n, k), dtype=np.int32)
    total = scores[0].astype(np.float64).copy()
    for index in range(1, n):
        best_previous = int(np.argmax(total))
        switch_total = total[best_previous] - switch_costs[index]
        stay = total >= switch_total
        backpointers[index] = np.where(stay, np.arange(k), best_previous)
        total = np.where(stay, total, switch_total) + scores[index]
    path = np.zeros(n, dtype=np.int64)
    path[-1] = int(np.argmax(total))
    for index in range(n - 1, 0, -1):
        path[index - 1] = backpointers[index, path[index]]
    return path


def smooth_labels(
    vectors: np.ndarray,
    centroids: np.ndarray,
    switch_costs: np.ndarray,
    passes: int = 2,
) -> tuple[np.ndarray, np.ndarray]:
    """Resegment windows against speaker centroids, refining the centroids between passes.

    Args:
        vectors: ``(n, d)`` unit window embeddings in time order.
        centroids: ``(k, d)`` unit speaker centroids.
        switch_costs: ``(n,)`` cost of a speaker change before each window.
        passes: Viterbi passes (at least 1).

    Returns:
        Labels per window and the refined centroids (empty speakers dropped, renumbered by
        first appearance).
    """
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(max(1, passes)):
        labels = viterbi(vectors @ centroids.T, switch_costs)
        labels, centroids = clustering.relabel_by_appearance(labels, vectors)
    return labels, centroids


def turns_from_windows(
    regions: Sequence[tuple[float, float]],
    centers: np.ndarray,
    owners: np.ndarray,
    labels: np.ndarray,
) -> list[tuple[float, float, int]]:
    """Cut each speech region where the window labels change (midway between window centres).

    Returns:
        ``(start, end, label)`` triples, sorted, non-overlapping.
    """
    turns: list[tuple[float, float, int]] = []
    for region_index, (begin, end) in enumerate(regions):
        inside = np.nonzero(owners == region_index)[0]
        if len(inside) == 0:
            continue
        start = begin
        for previous, current in itertools.pairwise(inside):
            if labels[current] != labels[previous]:
                cut = float(np.clip((centers[previous] + centers[current]) / 2, begin, end))
                if cut > start:
                    turns.append((start, cut, int(labels[previous])))
                start = cut
        if end > start:
            turns.append((start, end, int(labels[inside[-1]])))
    return _merge_adjacent(turns)


def overlap_changes(
    turns: list[tuple[float, float, int]], seconds: float
) -> list[tuple[float, float, int]]:
    """Give both speakers the ``seconds`` either side of each speaker change in running speech.

    In conversation the next speaker often starts before the current one finishes (overlaps
    of a few hundred ms are common at turn transitions), and a 1.6 s embedding window cannot
    place a change more precisely than about that, so a short shared stretch at each change
    trades a little false alarm for missed overlapped speech and confusion.

    Args:
        turns: Sorted, non-overlapping ``(start, end, label)`` triples.
        seconds: Extension into the neighbouring turn (never past that turn's far end).

    Returns:
        Turns sorted by start; those at a change overlap by up to ``2 * seconds``.
    """
    if seconds <= 0:
        return list(turns)
    extended = []
    for index, (start, end, label) in enumerate(turns):
        if index > 0:
            previous = turns[index - 1]
            if previous[2] != label and abs(previous[1] - start) < 1e-6:
                start = max(previous[0], start - seconds)
        if index + 1 < len(turns):
            following = turns[index + 1]
            if following[2] != label and abs(following[0] - end) < 1e-6:
                end = min(following[1], end + seconds)
        extended.append((start, end, label))
    return sorted(extended, key=lambda turn: (turn[0], turn[1]))


def _merge_adjacent(turns: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    merged: list[tuple[float, float, int]] = []
    for start, end, label in turns:
        if merged and merged[-1][2] == label and start - merged[-1][1] < 1e-6:
            merged[-1] = (merged[-1][0], end, label)
        else:
            merged.append((start, end, label))
    return merged


class EmbeddedDiarizer:
    """The default diarizer: Silero VAD, Resemblyzer embeddings, spectral clustering.

    Args:
        options: Tunables; ``DiarizationOptions()`` when ``None``.
        device: torch device for the speaker encoder.
        encoder: A loaded encoder to share (loaded here when ``None``).
        **overrides: Fields of ``DiarizationOptions`` to override (e.g. ``max_speakers=4``).
    """

    def __init__(
        self,
        options: DiarizationOptions | None = None,
        *,
        device: str = "cpu",
        encoder: embeddings.SpeakerEncoder | None = None,
        segmenter: segmentation.SpeakerSegmenter | None = None,
        **overrides: Any,
    ) -> None:
        options = options or DiarizationOptions()
        if overrides:
            known = {f.name for f in fields(DiarizationOptions)}
            unknown = sorted(set(overrides) - known)
            if unknown:
                raise ValueError(f"unknown diarization option(s): {', '.join(unknown)}")
            options = DiarizationOptions(**{**options.__dict__, **overrides})
        self.options = options
        try:
            self.encoder = encoder or embeddings.SpeakerEncoder(device)
        except embeddings.EncoderUnavailable as error:
            raise DiarizationUnavailable(str(error)) from error
        self.segmenter: segmentation.SpeakerSegmenter | None = None
        if options.segmentation is not None:
            try:
                self.segmenter = segmenter or segmentation.SpeakerSegmenter()
            except segmentation.SegmentationUnavailable as error:
                raise DiarizationUnavailable(str(error)) from error

    def __call__(
        self,
        audio: np.ndarray,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> DiarizationResult:
        """Diarize mono float32 16 kHz audio (see ``Diarizer``)."""
        progress = progress or _noop
        options = self.options
        audio = _check_audio(audio)
        duration = len(audio) / SAMPLE_RATE
        if speech is None:
            progress(0.0, "Detecting speech")
            speech = vad.speech_regions(audio, SAMPLE_RATE, options.vad)
        speech = [(float(b), float(e)) for b, e in speech if e > b]
        if not speech:
            progress(1.0, "No speech found")
            return DiarizationResult(turns=[], embeddings={}, speech=[])

        progress(0.05, "Embedding voices")
        gain = embeddings.speech_gain(audio, speech, options.target_level_db)
        windows = embeddings.embed_speech(
            audio,
            speech,
            self.encoder,
            options.embedding,
            progress=lambda done: progress(0.05 + 0.64 * done, "Embedding voices"),
            gain=gain,
        )
        valid = np.linalg.norm(windows.vectors, axis=1) > 0
        if not valid.any():
            logger.warning("every speech window embedded to zero (digital silence?)")
            return DiarizationResult(turns=[], embeddings={}, speech=speech)

        chunks = None
        min_speakers = options.min_speakers
        if self.segmenter is not None and options.segmentation is not None:
            progress(0.7, "Finding overlapped speech")
            chunks = self.segmenter(
                audio,
                options.segmentation,
                progress=lambda done: progress(0.7 + 0.18 * done, "Finding overlapped speech"),
            )
            # Voices the model tells apart inside one chunk are different people, so the
            # count can't be lower (the eigengap alone misses speakers with little speech).
            seen_together = stitching.distinct_speakers(chunks, options.stitching, speech)
            min_speakers = min(max(min_speakers, seen_together), options.max_speakers)

        progress(0.9, "Clustering speakers")
        vectors = windows.vectors
        result = clustering.spectral_clusters(
            vectors[valid],
            windows.starts[valid],
            clustering.ClusteringSettings(
                min_speakers=min_speakers,
                max_speakers=options.max_speakers,
                max_points=options.clustering_max_points,
            ),
        )
        centroids = result.centroids

        progress(0.95, "Resegmenting")
        switch_costs = self._switch_costs(windows, speech)
        labels, centroids = smooth_labels(
            vectors, centroids, switch_costs, options.resegmentation_passes
        )
        labels, centroids = self._fold_small_speakers(
            windows, labels, centroids, switch_costs, options.resegmentation_passes, min_speakers
        )
        if chunks is not None:
            raw_turns, centroids = self._stitch(
                chunks, windows, labels, centroids, min_speakers, duration, speech
            )
        else:
            raw_turns = turns_from_windows(speech, windows.centers, windows.regions, labels)
            raw_turns = overlap_changes(raw_turns, options.change_overlap)

        # Stable names by first appearance in time.
        order = list(dict.fromkeys(label for _, _, label in raw_turns))
        names = {label: f"S{index}" for index, label in enumerate(order)}
        turns = [
            SpeakerTurn(round(start, 3), round(min(end, duration), 3), names[label])
            for start, end, label in raw_turns
        ]
        speaker_embeddings = {names[label]: centroids[label] for label in order}
        progress(1.0, f"Found {len(order)} speaker(s)")
        return DiarizationResult(turns=turns, embeddings=speaker_embeddings, speech=speech)

    def info(self) -> dict:
        """Provenance of a diarization: the models used and the options."""
        from importlib.metadata import version

        return {
            "backend": "embedded",
            "speaker_encoder": f"resemblyzer {version('resemblyzer')}",
            "segmentation": self.segmenter.info() if self.segmenter is not None else None,
            "options": repr(self.options),
        }

    def _stitch(
        self,
        chunks: segmentation.Segmentation,
        windows: embeddings.WindowEmbeddings,
        labels: np.ndarray,
        centroids: np.ndarray,
        min_speakers: int,
        duration: float,
        speech: Sequence[tuple[float, float]],
    ) -> tuple[list[tuple[float, float, int]], np.ndarray]:
        """Overlap-aware turns, after merging clusters the model shows to be one person and
        dropping speakers left with almost no speech.

        Returns:
            ``(start, end, speaker)`` turns and the centroids their speaker indices refer to.
        """
        settings = self.options.stitching
        vectors = windows.vectors
        voices = stitching.local_voices(
            chunks, windows.centers, vectors, self.options.embedding.window / 2, settings
        )
        while True:
            matches = stitching.match_local_speakers(chunks, voices, centroids)
            if len(centroids) > min_speakers:
                pair = stitching.pair_to_merge(
                    centroids,
                    stitching.heard_together(voices, matches, settings),
                    stitching.followed_across_chunks(chunks, matches, settings),
                    settings,
                )
                if pair is not None:
                    logger.debug("merging speakers %d and %d: one voice across chunks", *pair)
                    labels = np.where(labels == pair[1], pair[0], labels)
                    labels, centroids = clustering.relabel_by_appearance(labels, vectors)
                    continue
            turns = stitching.stitch(chunks, matches, len(centroids), duration, settings, speech)
            seconds = np.zeros(len(centroids))
            for start, end, speaker in turns:
                seconds[speaker] += end - start
            smallest = int(np.argmin(seconds)) if len(seconds) else 0
            if len(centroids) <= max(min_speakers, 1) or (
                seconds[smallest] >= self.options.min_speaker_duration
            ):
                return turns, centroids
            # A speaker with under a second of speech, in bits the Hungarian matching forced
            # onto it (a breath, a cough the model heard as a second voice), is not a person.
            logger.debug("dropping speaker %d (%.2f s of speech)", smallest, seconds[smallest])
            keep = np.arange(len(centroids)) != smallest
            labels = np.argmax(vectors @ centroids[keep].T, axis=1)
            labels, centroids = clustering.relabel_by_appearance(labels, vectors)

    def _switch_costs(
        self, windows: embeddings.WindowEmbeddings, speech: Sequence[tuple[float, float]]
    ) -> np.ndarray:
        costs = np.full(len(windows), self.options.switch_penalty)
        if len(windows) == 0:
            return costs
        # Across a long enough silence the next speaker is anyone: no switching cost.
        region_change = np.nonzero(np.diff(windows.regions) != 0)[0] + 1
        for index in region_change:
            gap = speech[windows.regions[index]][0] - speech[windows.regions[index - 1]][1]
            if gap >= self.options.free_switch_gap:
                costs[index] = 0.0
        return costs

    def _fold_small_speakers(
        self,
        windows: embeddings.WindowEmbeddings,
        labels: np.ndarray,
        centroids: np.ndarray,
        switch_costs: np.ndarray,
        passes: int,
        min_speakers: int,
    ) -> tuple[np.ndarray, np.ndarray]:
        step = self.options.embedding.step
        while len(centroids) > min_speakers:
            seconds = np.bincount(labels, minlength=len(centroids)) * step
            smallest = int(np.argmin(seconds))
            if seconds[smallest] >= self.options.min_speaker_duration:
                break
            logger.debug("folding speaker %d (%.2f s of speech)", smallest, seconds[smallest])
            centroids = np.delete(centroids, smallest, axis=0)
            labels, centroids = smooth_labels(windows.vectors, centroids, switch_costs, passes)
        return labels, centroids


class PyannoteDiarizer:
    """A pyannote.audio pipeline behind the ``Diarizer`` interface.

    A pyannote ``config.yaml`` instantiates whatever classes it names, so a local config is
    loaded only from inside a trusted directory: ``trusted_roots`` or, when that is ``None``,
    the directories listed in the ``BODYCAM_TRUSTED_PIPELINE_ROOTS`` environment variable.

    Args:
        pipeline_source: A local directory holding ``config.yaml`` (or the file itself), or a
            hub id such as ``pyannote/speaker-diarization-community-1`` (needs ``token``).
        token: Hub access token for a hub id.
        device: torch device name.
        trusted_roots: Directories whose configs may be loaded.
        min_speakers: Passed to the pipeline.
        max_speakers: Passed to the pipeline.
        encoder: Encoder used to embed speakers when the pipeline returns no embeddings.

    Raises:
        UntrustedPipelineConfig: A local config outside every trusted root.
        DiarizationUnavailable: pyannote.audio is not installed or the pipeline fails to load.
    """

    def __init__(
        self,
        pipeline_source: str | Path,
        token: str | None = None,
        device: str = "cpu",
        *,
        trusted_roots: Sequence[str | Path] | None = None,
        min_speakers: int | None = None,
        max_speakers: int | None = None,
        encoder: embeddings.SpeakerEncoder | None = None,
    ) -> None:
        config = _local_config(pipeline_source)
        if config is not None:
            _require_trusted(config, trusted_roots)
        try:
            from pyannote.audio import Pipeline
        except ImportError as error:
            raise DiarizationUnavailable(
                "the pyannote backend needs pyannote.audio: install with "
                "pip install 'bodycam-review[pyannote]'"
            ) from error
        try:
            if config is not None:
                pipeline = Pipeline.from_pretrained(config)
            else:
                pipeline = _from_hub(Pipeline, str(pipeline_source), token)
        except Exception as error:  # pyannote raises many kinds; all mean "cannot load"
            raise DiarizationUnavailable(
                f"cannot load pyannote pipeline {pipeline_source!s}: {error}"
            ) from error
        if pipeline is None:  # pyannote 3 returns None instead of raising on gated models
            raise DiarizationUnavailable(
                f"cannot load pyannote pipeline {pipeline_source!s} (gated or missing token?)"
            )
        try:
            import torch

            pipeline.to(torch.device(device))
        except Exception as error:
            raise DiarizationUnavailable(f"cannot move pipeline to {device}: {error}") from error
        self._setup(pipeline, min_speakers, max_speakers, encoder)

    @classmethod
    def from_pipeline(
        cls,
        pipeline: Callable[..., Any],
        *,
        min_speakers: int | None = None,
        max_speakers: int | None = None,
        encoder: embeddings.SpeakerEncoder | None = None,
    ) -> PyannoteDiarizer:
        """Wrap an already loaded pipeline (or any callable with pyannote's call signature)."""
        diarizer = cls.__new__(cls)
        diarizer._setup(pipeline, min_speakers, max_speakers, encoder)
        return diarizer

    def _setup(
        self,
        pipeline: Callable[..., Any],
        min_speakers: int | None,
        max_speakers: int | None,
        encoder: embeddings.SpeakerEncoder | None,
    ) -> None:
        self.pipeline = pipeline
        self.min_speakers = min_speakers
        self.max_speakers = max_speakers
        self._encoder = encoder

    def __call__(
        self,
        audio: np.ndarray,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> DiarizationResult:
        """Diarize with the pipeline (see ``Diarizer``).

        pyannote finds speech itself, so ``speech`` is not used to cut the audio; the result's
        ``speech`` is the union of the pipeline's turns.
        """
        import torch

        progress = progress or _noop
        audio = _check_audio(audio)
        progress(0.0, "Running pyannote pipeline")

        def hook(step_name: str, step_artifact: Any = None, file: Any = None, **kwargs: Any):
            total, completed = kwargs.get("total"), kwargs.get("completed")
            fraction = completed / total if total and completed is not None else 0.0
            progress(min(0.9, 0.9 * fraction), f"pyannote: {step_name}")

        arguments: dict[str, Any] = {"hook": hook}
        if self.min_speakers is not None:
            arguments["min_speakers"] = self.min_speakers
        if self.max_speakers is not None:
            arguments["max_speakers"] = self.max_speakers
        file = {"waveform": torch.from_numpy(audio)[None, :], "sample_rate": SAMPLE_RATE}
        output = self.pipeline(file, **arguments)
        annotation, pipeline_embeddings = _unpack_pipeline_output(output)
        progress(0.9, "Collecting speaker embeddings")
        return self._to_result(audio, annotation, pipeline_embeddings, progress)

    def _to_result(
        self,
        audio: np.ndarray,
        annotation: Annotation,
        pipeline_embeddings: np.ndarray | None,
        progress: Progress,
    ) -> DiarizationResult:
        segments = sorted(
            annotation.itertracks(yield_label=True), key=lambda t: (t[0].start, t[0].end)
        )
        order = list(dict.fromkeys(label for _, _, label in segments))
        names = {label: f"S{index}" for index, label in enumerate(order)}
        turns = [
            SpeakerTurn(round(segment.start, 3), round(segment.end, 3), names[label])
            for segment, _, label in segments
            if segment.duration > 0
        ]
        speaker_embeddings: dict[str, np.ndarray] = {}
        # pyannote orders its embedding rows like annotation.labels() (sorted labels).
        rows = {label: index for index, label in enumerate(annotation.labels())}
        for label in order:
            vector = None
            if pipeline_embeddings is not None and rows[label] < len(pipeline_embeddings):
                candidate = np.asarray(pipeline_embeddings[rows[label]], dtype=np.float32)
                if np.all(np.isfinite(candidate)) and np.linalg.norm(candidate) > 0:
                    vector = embeddings.normalize(candidate)
            if vector is None:
                speaker_segments = [
                    (segment.start, segment.end) for segment in annotation.label_timeline(label)
                ]
                vector = self._get_encoder().embed_segments(audio, speaker_segments)
            speaker_embeddings[names[label]] = vector
        speech = [(round(s.start, 3), round(s.end, 3)) for s in annotation.get_timeline().support()]
        progress(1.0, f"Found {len(order)} speaker(s)")
        return DiarizationResult(turns=turns, embeddings=speaker_embeddings, speech=speech)

    def _get_encoder(self) -> embeddings.SpeakerEncoder:
        if self._encoder is None:
            try:
                self._encoder = embeddings.SpeakerEncoder()
            except embeddings.EncoderUnavailable as error:
                raise DiarizationUnavailable(str(error)) from error
        return self._encoder


def _unpack_pipeline_output(output: Any) -> tuple[Annotation, np.ndarray | None]:
    """Handle pyannote 4 (DiarizeOutput), pyannote 3 ((Annotation, embeddings)) and Annotation."""
    if isinstance(output, Annotation):
        return output, None
    if isinstance(output, tuple) and len(output) == 2 and isinstance(output[0], Annotation):
        return output[0], None if output[1] is None else np.asarray(output[1])
    annotation = getattr(output, "speaker_diarization", None)
    if isinstance(annotation, Annotation):
        vectors = getattr(output, "speaker_embeddings", None)
        return annotation, None if vectors is None else np.asarray(vectors)
    raise DiarizationUnavailable(
        f"the pipeline returned {type(output).__name__}, not a pyannote Annotation"
    )


def _local_config(source: str | Path) -> Path | None:
    """The config.yaml a local source points at, or None for a hub id."""
    path = Path(source).expanduser()
    if path.is_dir():
        return path / "config.yaml"
    if path.suffix in {".yaml", ".yml"} or path.exists():
        return path
    if isinstance(source, Path) or str(source).startswith((".", "/", "~")):
        return path  # looks local but does not exist: still refuse or report it as local
    return None


def trusted_roots_from_environment() -> list[Path]:
    """Directories listed in ``BODYCAM_TRUSTED_PIPELINE_ROOTS`` (os.pathsep-separated)."""
    value = os.environ.get(TRUSTED_ROOTS_ENV, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def _require_trusted(config: Path, trusted_roots: Sequence[str | Path] | None) -> None:
    roots = (
        [Path(root) for root in trusted_roots]
        if trusted_roots is not None
        else trusted_roots_from_environment()
    )
    # resolve() follows symlinks, so a link inside a trusted root cannot point outside it.
    resolved = config.expanduser().resolve()
    for root in roots:
        if resolved.is_relative_to(root.expanduser().resolve()):
            if not resolved.is_file():
                raise DiarizationUnavailable(f"no pipeline config at {resolved}")
            return
    raise UntrustedPipelineConfig(
        f"refusing to load pipeline config {resolved}: it is not inside a trusted directory "
        f"({', '.join(str(root) for root in roots) or 'none configured'}); a pyannote config "
        f"can instantiate any class, so add its directory to trusted_roots or "
        f"{TRUSTED_ROOTS_ENV} only if you trust it"
    )


def _from_hub(pipeline_class: Any, source: str, token: str | None) -> Any:
    try:
        return pipeline_class.from_pretrained(source, token=token)
    except TypeError:  # pyannote.audio 3.x names the argument use_auth_token
        return pipeline_class.from_pretrained(source, use_auth_token=token)


def get_diarizer(backend: str = "embedded", **options: Any) -> Diarizer:
    """Build a diarizer by backend name.

    Args:
        backend: ``"embedded"`` (default) or ``"pyannote"``.
        **options: Constructor arguments of ``EmbeddedDiarizer`` (``options=``, ``device=``,
            or ``DiarizationOptions`` fields) or of ``PyannoteDiarizer``.

    Raises:
        ValueError: Unknown backend.
        DiarizationUnavailable: The backend cannot be loaded.
    """
    if backend == "embedded":
        return EmbeddedDiarizer(**options)
    if backend == "pyannote":
        return PyannoteDiarizer(**options)
    raise ValueError(f"unknown diarization backend {backend!r}: use 'embedded' or 'pyannote'")
