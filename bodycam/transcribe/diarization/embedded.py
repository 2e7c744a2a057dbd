"""The embedded diarizer (default, CPU, parts that ship in packages).

Silero speech regions -> speaker embeddings (Resemblyzer or CAM++) -> clustering (agglomerative
on cosine, or spectral) -> Viterbi resegmentation (``resegmentation.py``) -> pyannote's
overlap-aware segmentation model, its chunk-local speakers tied to the global speakers by their
voices (``stitching.py``).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

import numpy as np

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.progress import Progress, no_progress
from bodycam.transcribe import (
    clustering,
    denoise,
    distinct_turns,
    doubled_turns,
    embeddings,
    misplaced_turns,
    noise_floor,
    segmentation,
    short_turns,
    stitching,
    turn_taking,
    vad,
    voice_evidence,
    voice_merge,
    voice_split,
    voicing,
)
from bodycam.transcribe.audio_source import as_signal
from bodycam.transcribe.campplus import CamPlusEncoder
from bodycam.transcribe.diarization import DiarizationUnavailable
from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.diarization.resegmentation import (
    overlap_changes,
    smooth_labels,
    turns_from_windows,
)
from bodycam.transcribe.fused_encoder import FusedEncoder
from bodycam.transcribe.types import DiarizationResult, SpeakerTurn

logger = logging.getLogger(__name__)


class EmbeddedDiarizer:
    """The default diarizer: Silero VAD, Resemblyzer embeddings, agglomerative clustering.

    Args:
        options: Tunables; ``DiarizationOptions()`` when ``None``.
        device: torch device for the speaker encoder.
        encoder: A loaded encoder to share (loaded here when ``None``).
        segmenter: A loaded segmentation model to share (loaded here when ``None``).
        turn_encoder: A loaded CAM++ to share for ``options.distinct_turns`` (when ``None``,
            the encoder's own if it has one, else loaded on first use).
    """

    def __init__(
        self,
        options: DiarizationOptions | None = None,
        *,
        device: str = "cpu",
        encoder: embeddings.WindowEncoder | None = None,
        segmenter: segmentation.SpeakerSegmenter | None = None,
        turn_encoder: CamPlusEncoder | None = None,
    ) -> None:
        options = options or DiarizationOptions()
        self.options = options
        if encoder is not None and encoder.name != options.encoder:
            raise ValueError(
                f"the shared encoder is {encoder.name!r} but the options ask for "
                f"{options.encoder!r}; pass an encoder of that kind or none"
            )
        shared_fusion = (getattr(encoder, "weight", None), getattr(encoder, "stride", None))
        if isinstance(encoder, FusedEncoder) and shared_fusion != (
            options.fusion_weight,
            options.fusion_stride,
        ):
            raise ValueError(
                f"the shared fused encoder has weight and stride {shared_fusion} but the options "
                f"ask for {(options.fusion_weight, options.fusion_stride)}; pass a matching one"
            )
        try:
            self.encoder = encoder or embeddings.load_encoder(
                options.encoder, device, options.fusion_weight, options.fusion_stride
            )
        except embeddings.EncoderUnavailable as error:
            raise DiarizationUnavailable(str(error)) from error
        self.segmenter: segmentation.SpeakerSegmenter | None = None
        if options.segmentation is not None:
            try:
                self.segmenter = segmenter or segmentation.SpeakerSegmenter()
            except segmentation.SegmentationUnavailable as error:
                raise DiarizationUnavailable(str(error)) from error
        self.device = device
        self.turn_encoder = turn_encoder

    def _embed_turn(self, audio: np.ndarray, segments: Sequence[tuple[float, float]]) -> np.ndarray:
        """CAM++ on ``segments`` joined, for ``options.distinct_turns``. CAM++ is loaded on the
        first turn that needs it (most recordings have none), or the encoder's own is used."""
        if self.turn_encoder is None:
            if isinstance(self.encoder, CamPlusEncoder):
                self.turn_encoder = self.encoder
            elif isinstance(self.encoder, FusedEncoder) and isinstance(
                self.encoder.second, CamPlusEncoder
            ):
                self.turn_encoder = self.encoder.second
            else:
                try:
                    self.turn_encoder = CamPlusEncoder(self.device)
                except embeddings.EncoderUnavailable as error:
                    raise DiarizationUnavailable(str(error)) from error
        return self.turn_encoder.embed_joined(audio, segments, self.options.embedding.threads)

    def _turn_embedder(self) -> distinct_turns.TurnEmbedder:
        """``_embed_turn`` remembering, for one recording, what it has embedded: the merge
        veto, the distinct turns and the small-speaker check often read the same profiles."""
        seen: dict[tuple, np.ndarray] = {}

        def embed(audio: np.ndarray, segments: Sequence[tuple[float, float]]) -> np.ndarray:
            key = tuple((float(start), float(end)) for start, end in segments)
            if key not in seen:
                seen[key] = self._embed_turn(audio, segments)
            return seen[key]

        return embed

    def __call__(
        self,
        audio: np.ndarray,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> DiarizationResult:
        """Diarize mono float32 16 kHz audio (see ``Diarizer``)."""
        progress = progress or no_progress
        options = self.options
        audio = as_signal(audio)
        if options.remove_siren:
            audio = denoise.without_siren(audio, SAMPLE_RATE)
        duration = len(audio) / SAMPLE_RATE
        detect = detection_audio(options, audio)
        if speech is None:
            progress(0.0, "Detecting speech")
            speech = vad.speech_regions(detect, SAMPLE_RATE, vad_settings_for(options, audio))
        speech = [(float(b), float(e)) for b, e in speech if e > b]
        chunks = None
        hears_speech = options.heard_speech_min is not None
        if (
            self.segmenter is not None
            and options.segmentation is not None
            and (speech or hears_speech)
        ):
            progress(0.05, "Finding overlapped speech")
            chunks = self.segmenter(
                detect,
                options.segmentation,
                progress=lambda done: progress(0.05 + 0.18 * done, "Finding overlapped speech"),
            )
            if options.heard_speech_min is not None:
                speech = vad.union_regions(
                    speech, heard_outside(chunks, duration, speech, options.heard_speech_min)
                )
        if not speech:
            progress(1.0, "No speech found")
            return DiarizationResult(turns=[], embeddings={}, speech=[])

        progress(0.25, "Embedding voices")
        gain = embeddings.speech_gain(audio, speech, options.target_level_db)
        windows = embeddings.embed_speech(
            audio,
            speech,
            self.encoder,
            options.embedding,
            progress=lambda done: progress(0.25 + 0.64 * done, "Embedding voices"),
            gain=gain,
        )
        valid = np.linalg.norm(windows.vectors, axis=1) > 0
        if not valid.any():
            logger.warning("every speech window embedded to zero (digital silence?)")
            return DiarizationResult(turns=[], embeddings={}, speech=speech)

        min_speakers = options.min_speakers
        if chunks is not None:
            # Voices the model tells apart inside one chunk are different people, so the
            # count can't be lower (the eigengap alone misses speakers with little speech).
            seen_together = stitching.distinct_speakers(chunks, options.stitching, speech)
            min_speakers = min(max(min_speakers, seen_together), options.max_speakers)

        progress(0.9, "Clustering speakers")
        vectors = windows.vectors
        bounds = clustering.ClusteringSettings(
            min_speakers=min_speakers,
            max_speakers=options.max_speakers,
            max_points=options.clustering_max_points,
        )
        if options.clustering == "ahc":
            result = clustering.ahc_clusters(vectors[valid], options.ahc_threshold, bounds)
        else:
            result = clustering.spectral_clusters(vectors[valid], windows.starts[valid], bounds)
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
            embed_turn = self._turn_embedder()
            raw_turns, centroids = self._stitch(
                embed_turn,
                audio,
                chunks,
                windows,
                labels,
                centroids,
                min_speakers,
                duration,
                speech,
            )
            if options.distinct_turns is not None:
                # Where the model hears a crowd as a voice, the turn unlike every speaker is
                # the crowd heard alone (d83), not a person of one line.
                if options.distinct_turns.new_under_babble or not stitching.babble_heard(
                    stitching.heard_count(chunks, duration),
                    speech,
                    options.stitching.max_overlap_share,
                ):
                    raw_turns, centroids = distinct_turns.separate(
                        audio, raw_turns, centroids, windows, embed_turn, options.distinct_turns
                    )
                raw_turns, centroids = distinct_turns.join_small(
                    audio,
                    raw_turns,
                    centroids,
                    embed_turn,
                    options.distinct_turns,
                    min_speakers,
                )
            if options.merge_voices is not None:
                raw_turns, centroids = voice_merge.merge(
                    audio,
                    raw_turns,
                    centroids,
                    windows,
                    embed_turn,
                    options.merge_voices,
                    # The user's bound, not the model's count: the model hears one voice at
                    # two levels as two people in one chunk (d37), and CAM++ has the last word.
                    options.min_speakers,
                    options.split_voices,
                )
            if options.split_voices is not None:
                raw_turns, centroids = voice_split.split(
                    audio,
                    raw_turns,
                    centroids,
                    windows,
                    embed_turn,
                    options.split_voices,
                    options.max_speakers,
                )
            if options.short_turns is not None:
                raw_turns = short_turns.reassign(
                    audio, raw_turns, embed_turn, options.short_turns, windows, centroids
                )
            if options.drop_doubled is not None:
                raw_turns = doubled_turns.drop(
                    audio, raw_turns, embed_turn, options.drop_doubled, windows, centroids
                )
            if options.misplaced_turns is not None:
                raw_turns = misplaced_turns.reassign(
                    audio, raw_turns, embed_turn, options.misplaced_turns, windows, centroids
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

        return {
            "backend": "embedded",
            "speaker_encoder": self.encoder.info(),
            "segmentation": self.segmenter.info() if self.segmenter is not None else None,
            "options": dataclasses.asdict(self.options),
        }

    def _stitch(
        self,
        embed_turn: distinct_turns.TurnEmbedder,
        audio: np.ndarray,
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
        vetoed: set[tuple[tuple, tuple]] = set()
        while True:
            matches = stitching.match_local_speakers(chunks, voices, centroids, settings)
            if len(centroids) > min_speakers:
                heard = stitching.heard_together(voices, matches, settings)
                links = stitching.followed_across_chunks(chunks, matches, settings)
                pair = None
                while True:
                    pair = stitching.pair_to_merge(centroids, heard, links, settings)
                    if pair is None or not self._merge_vetoed(
                        embed_turn, audio, windows, labels, pair, vetoed
                    ):
                        break
                    heard.add(pair)
                if pair is not None:
                    logger.debug("merging speakers %d and %d: one voice across chunks", *pair)
                    labels = np.where(labels == pair[1], pair[0], labels)
                    labels, centroids = clustering.relabel_by_appearance(labels, vectors)
                    continue
            labels_per_frame = voice_evidence.frame_labels(
                windows.centers, labels, self.options.embedding.step, duration
            )
            scores = None
            if settings.split_by_voice:
                scores = voice_evidence.frame_similarities(
                    windows.centers, vectors, centroids, self.options.embedding.step, duration
                )
            turns = stitching.stitch(
                chunks,
                matches,
                len(centroids),
                duration,
                settings,
                speech,
                labels_per_frame,
                scores,
            )
            seconds = np.zeros(len(centroids))
            for start, end, speaker in turns:
                seconds[speaker] += end - start
            smallest = smallest_foldable(
                centroids,
                seconds,
                self.options.min_speaker_duration,
                self.options.keep_distinct_below,
            )
            if len(centroids) <= max(min_speakers, 1) or smallest is None:
                return turns, centroids
            # A speaker with under a second of speech, in bits the Hungarian matching forced
            # onto it (a breath, a cough the model heard as a second voice), is not a person.
            logger.debug("dropping speaker %d (%.2f s of speech)", smallest, seconds[smallest])
            keep = np.arange(len(centroids)) != smallest
            labels = np.argmax(vectors @ centroids[keep].T, axis=1)
            labels, centroids = clustering.relabel_by_appearance(labels, vectors)

    def _merge_vetoed(
        self,
        embed_turn: distinct_turns.TurnEmbedder,
        audio: np.ndarray,
        windows: embeddings.WindowEmbeddings,
        labels: np.ndarray,
        pair: tuple[int, int],
        vetoed: set[tuple[tuple, tuple]],
    ) -> bool:
        """Whether CAM++ hears the two speakers of ``pair`` as different people (cosine of
        their profiles under ``options.veto_merge_below``), so that the model's following one
        voice from one to the other is two people taking turns without a pause; or whether
        the windows hear each as a voice of its own (``options.turn_taking``)."""
        half_step = self.options.embedding.step / 2
        if self.options.turn_taking is not None and turn_taking.takes_turns(
            windows, labels, pair, half_step, self.options.turn_taking
        ):
            logger.debug("speakers %d and %d: two voices taking turns", *pair)
            return True
        if self.options.veto_merge_below is None and self.options.veto_long_merge_below is None:
            return False
        count = self.options.distinct_turns.profile_turns if self.options.distinct_turns else 3
        profiles = [
            tuple(
                voice_evidence.label_runs(
                    windows,
                    labels,
                    speaker,
                    count,
                    half_step,
                    distinct_turns.PROFILE_PIECE_SECONDS,
                )
            )
            for speaker in pair
        ]
        key = (profiles[0], profiles[1])
        if key in vetoed:
            return True
        if not all(profiles):
            return False
        threshold = self._veto_threshold(profiles)
        if threshold is None:
            return False
        similarity = float(embed_turn(audio, profiles[0]) @ embed_turn(audio, profiles[1]))
        logger.debug("speakers %d and %d: CAM++ cosine %.2f", *pair, similarity)
        short = self.options.veto_merge_below
        if similarity < threshold and (
            (short is not None and similarity < short) or self._heard_as_voices(audio, profiles)
        ):
            vetoed.add(key)
            return True
        return False

    def _veto_threshold(self, profiles: list[tuple]) -> float | None:
        """The CAM++ cosine under which a merge of the two profiled speakers is vetoed:
        ``veto_long_merge_below`` when both profiles hold ``veto_long_profile`` seconds and a
        piece of ``veto_long_min_piece``, else ``veto_merge_below``. CAM++ reads one voice
        closer the more of it it hears: one person's clusters read 0.36-0.84 when a profile
        holds a second or two, 0.67 and more when both hold three seconds, where two people
        still read up to 0.61."""
        options = self.options
        seconds = min(sum(end - start for start, end in profile) for profile in profiles)
        piece = min(max(end - start for start, end in profile) for profile in profiles)
        if (
            options.veto_long_merge_below is not None
            and seconds >= options.veto_long_profile
            and (options.veto_long_min_piece is None or piece >= options.veto_long_min_piece)
        ):
            return options.veto_long_merge_below
        return options.veto_merge_below

    def _heard_as_voices(self, audio: np.ndarray, profiles: list[tuple]) -> bool:
        """Whether both profiles hold ``veto_long_min_periodic`` of periodic speech frames,
        asked only of a pair only the higher veto of long profiles would part: one woman's
        whispered and spoken lines (fresh7's d64) read 0.36, and a whisper is not a voice
        CAM++ reads like a spoken one."""
        floor = self.options.veto_long_min_periodic
        if floor is None:
            return True
        shares = [voicing.periodic_share(audio, profile) for profile in profiles]
        logger.debug("periodic speech frames: %s", shares)
        return all(share is not None and share >= floor for share in shares)

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
            smallest = smallest_foldable(
                centroids,
                seconds,
                self.options.min_speaker_duration,
                self.options.keep_distinct_below,
            )
            if smallest is None:
                break
            logger.debug("folding speaker %d (%.2f s of speech)", smallest, seconds[smallest])
            centroids = np.delete(centroids, smallest, axis=0)
            labels, centroids = smooth_labels(windows.vectors, centroids, switch_costs, passes)
        return labels, centroids


def heard_outside(
    chunks: segmentation.Segmentation,
    duration: float,
    speech: Sequence[tuple[float, float]],
    min_seconds: float,
) -> list[tuple[float, float]]:
    """Stretches of at least ``min_seconds`` where the segmentation model hears a voice and
    ``speech`` has none. Under loud noise the VAD loses a far voice the model still hears (0 dB
    car noise, docs/BENCHMARKS.md); only whole stretches the VAD missed count, since the model
    also hears a talker through the short pauses between his sentences, which the VAD (and the
    reference) leave out."""
    heard = segmentation.heard_regions(chunks, duration, 0.0)
    return [
        (start, end)
        for start, end in vad.regions_outside(heard, speech)
        if end - start >= min_seconds
    ]


def detection_audio(options: DiarizationOptions, audio: np.ndarray) -> np.ndarray:
    """The audio the VAD and the segmentation model read: a spectrally subtracted copy when
    ``options.denoise_below_db`` is set and the recording's estimated SNR is under it, else
    ``audio`` itself."""
    if options.denoise_below_db is None:
        return audio
    snr = noise_floor.snr_db(audio, SAMPLE_RATE)
    if snr >= options.denoise_below_db:
        return audio
    logger.debug("estimated SNR %.1f dB: detecting speech on a denoised copy", snr)
    return denoise.spectral_subtraction(audio, SAMPLE_RATE)


def vad_settings_for(options: DiarizationOptions, audio: np.ndarray) -> vad.VadSettings:
    """The VAD settings for one recording: ``options.low_snr_vad_threshold`` when its estimated
    SNR is under ``options.low_snr_db``, otherwise ``options.vad``."""
    if options.low_snr_vad_threshold is None:
        return options.vad
    snr = noise_floor.snr_db(audio, SAMPLE_RATE)
    if snr >= options.low_snr_db:
        return options.vad
    logger.debug("estimated SNR %.1f dB: VAD threshold %.2f", snr, options.low_snr_vad_threshold)
    return dataclasses.replace(options.vad, threshold=options.low_snr_vad_threshold)


def smallest_foldable(
    centroids: np.ndarray,
    seconds: np.ndarray,
    min_duration: float,
    keep_distinct_below: float | None,
) -> int | None:
    """The speaker to fold into the others: the one with least speech among those under
    ``min_duration`` seconds, leaving out one that has some speech and whose centroid is
    distinct from every other (``clustering.is_distinct`` at ``keep_distinct_below``: a
    partner's single shouted line). ``None`` when no speaker is to be folded."""
    for index in np.argsort(seconds, kind="stable"):
        index = int(index)
        if seconds[index] >= min_duration:
            return None
        if keep_distinct_below is None or seconds[index] <= 0:
            return index
        if not clustering.is_distinct(centroids, index, keep_distinct_below):
            return index
    return None
