"""Diarization: VAD, embeddings, clustering, resegmentation, pipeline quality, pyannote glue."""

from __future__ import annotations

import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from pyannote.core import Annotation, Segment
from support import samples

from bodycam.core.errors import BodycamError
from bodycam.transcribe import clustering, embeddings, evaluation, vad
from bodycam.transcribe.diarization import DiarizationUnavailable, get_diarizer, resegmentation
from bodycam.transcribe.diarization import pyannote_backend as pyannote_diarization
from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer
from bodycam.transcribe.diarization.options import DiarizationOptions, PyannoteOptions
from bodycam.transcribe.diarization.pyannote_backend import (
    PyannoteDiarizer,
    UntrustedPipelineConfig,
)
from bodycam.transcribe.formats import RttmFormatError, load_rttm
from bodycam.transcribe.types import DiarizationResult, SpeakerTurn

SAMPLE_RATE = 16000
#: Reached 6.05 % DER on sample.wav (2.3 missed, 2.0 false alarm, 1.7 confusion), speaker
#: count estimated, with the overlap-aware segmentation model. Headroom for BLAS/platform
#: differences; the window-only pipeline it replaced scored 13.0 %, so a regression to it fails.
DER_LIMIT = 0.08
#: Moving the speech-region starts by 20-40 ms (which moves the embedding-window grid) gave
#: 17.3-20.6 % before the segmentation model placed the boundaries; now it stays at 6.05 %.
SHIFTED_DER_LIMIT = 0.08


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as handle:
        assert handle.getframerate() == SAMPLE_RATE and handle.getnchannels() == 1
        frames = handle.readframes(handle.getnframes())
    return np.frombuffer(frames, dtype=np.int16).astype(np.float32) / 32768


@pytest.fixture(scope="module")
def sample() -> np.ndarray:
    return read_wav(samples() / "sample.wav")


@pytest.fixture(scope="module")
def encoder() -> embeddings.SpeakerEncoder:
    return embeddings.SpeakerEncoder()


@pytest.fixture(scope="module")
def diarizer(encoder) -> EmbeddedDiarizer:
    return EmbeddedDiarizer(encoder=encoder)


# --- voice activity -------------------------------------------------------------------------


def test_regions_from_probabilities_hysteresis_and_padding():
    window = 0.032
    probabilities = np.zeros(100, dtype=np.float32)
    probabilities[10:30] = 0.9  # speech
    probabilities[30:34] = 0.1  # 128 ms dip: shorter than min_silence, stays inside
    probabilities[34:50] = 0.3  # above neg_threshold (0.25): continues speech
    probabilities[70:72] = 0.9  # 64 ms blip: shorter than min_speech, dropped
    settings = vad.VadSettings(
        threshold=0.4, min_silence_duration=0.3, min_speech_duration=0.15, speech_pad=0.1
    )
    regions = vad.regions_from_probabilities(probabilities, 100 * window, settings)
    assert regions == [(round(10 * window - 0.1, 3), round(50 * window + 0.1, 3))]


def test_regions_merge_when_padding_meets_and_clip_to_duration():
    probabilities = np.zeros(40, dtype=np.float32)
    probabilities[0:10] = 0.9
    probabilities[20:40] = 0.9
    settings = vad.VadSettings(min_silence_duration=0.2, min_speech_duration=0.0, speech_pad=0.2)
    # Gap of 10 windows (0.32 s) < 2 x 0.2 s padding: one region, clipped to [0, 1.28].
    assert vad.regions_from_probabilities(probabilities, 1.28, settings) == [(0.0, 1.28)]


def test_vad_settings_validate():
    with pytest.raises(ValueError, match="threshold must be in"):
        vad.VadSettings(threshold=1.5)
    with pytest.raises(ValueError, match="neg_threshold"):
        vad.VadSettings(threshold=0.4, neg_threshold=0.5)


def test_speech_probabilities_blocked_equals_whole_file(sample):
    from faster_whisper.vad import get_vad_model

    audio = np.tile(sample, 2)  # 60 s: more than one block of the blocked scorer
    whole = get_vad_model()(np.pad(audio, (0, -len(audio) % 512))).reshape(-1)
    blocked = vad.speech_probabilities(audio)
    assert blocked.shape == (1875,)
    # faster-whisper's wrapper zeroes the last 64 samples of the final window in place (a
    # numpy view quirk), so only that window may differ.
    np.testing.assert_allclose(blocked[:-1], whole[:-1], atol=1e-6)


def test_speech_probability_stream_equals_one_call(sample):
    stream = vad.SpeechProbabilityStream()
    pieces = [stream(sample[:102400]), stream(sample[102400:204800]), stream(sample[204800:])]
    np.testing.assert_array_equal(np.concatenate(pieces), vad.speech_probabilities(sample))
    with pytest.raises(ValueError, match="ended the stream"):
        stream(sample[:512])


def test_speech_regions_on_sample_and_silence(sample):
    regions = vad.speech_regions(sample)
    assert regions == [(6.684, 7.236), (7.58, 21.636), (21.724, 30.0)]
    assert vad.speech_regions(np.zeros(SAMPLE_RATE * 5, dtype=np.float32)) == []
    with pytest.raises(ValueError, match="16000 Hz"):
        vad.speech_regions(sample, sample_rate=8000)


# --- embeddings -----------------------------------------------------------------------------


def test_mel_frames_match_resemblyzer(sample):
    from resemblyzer import audio as resemblyzer_audio

    reference = resemblyzer_audio.wav_to_mel_spectrogram(sample[: SAMPLE_RATE * 5])
    np.testing.assert_allclose(
        embeddings.mel_frames(sample[: SAMPLE_RATE * 5], 0, len(reference)),
        reference,
        rtol=1e-4,
        atol=1e-5,
    )
    # A span in the middle equals the same frames of the whole-file spectrogram.
    np.testing.assert_allclose(
        embeddings.mel_frames(sample[: SAMPLE_RATE * 5], 200, 160),
        reference[200:360],
        rtol=1e-4,
        atol=1e-5,
    )


@pytest.mark.slow
def test_embed_windows_match_resemblyzer_partials(sample, encoder):
    audio = sample[SAMPLE_RATE * 8 : SAMPLE_RATE * 14]
    _, partials, slices = encoder.model.embed_utterance(audio, return_partials=True, rate=4)
    starts = np.array([piece.start / SAMPLE_RATE for piece in slices])
    vectors = encoder.embed_windows(audio, starts)
    assert vectors.shape == (len(slices), 256)
    np.testing.assert_allclose(vectors, partials, atol=1e-4)


def test_window_grid_covers_regions():
    starts, centers, owners = embeddings.window_grid([(0.0, 2.0), (5.0, 5.5)], 10.0, 0.25)
    # 2 s region: starts 0, 0.25 and one flush with the end (0.4); 0.5 s region: one centred
    # window borrowing context (4.45 .. 6.05), its centre clipped into the region.
    np.testing.assert_allclose(starts, [0.0, 0.25, 0.4, 4.45])
    np.testing.assert_allclose(centers, [0.8, 1.05, 1.2, 5.25])
    assert owners.tolist() == [0, 0, 0, 1]


def test_speech_gain_targets_level():
    audio = np.full(SAMPLE_RATE, 0.01, dtype=np.float32)  # -40 dBFS
    assert embeddings.speech_gain(audio, [(0.0, 1.0)], -30.0) == pytest.approx(10**0.5)
    assert embeddings.speech_gain(np.zeros(100, np.float32), [(0.0, 1.0)]) == 1.0


# --- clustering -----------------------------------------------------------------------------


def synthetic_speakers(counts: list[int], seed: int = 0, noise: float = 0.9) -> np.ndarray:
    """Embeddings around one random direction per speaker, in turns of the given sizes."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(counts), 64))
    return np.concatenate(
        [centres[i] + noise * rng.normal(size=(n, 64)) for i, n in enumerate(counts)]
    )


@pytest.mark.parametrize("n_speakers", [1, 2, 3, 4, 6])
def test_clustering_estimates_speaker_count(n_speakers):
    vectors = synthetic_speakers([40] * n_speakers, seed=n_speakers)
    result = clustering.spectral_clusters(vectors)
    assert result.n_speakers == n_speakers
    # Every synthetic speaker lands in exactly one cluster, numbered by first appearance.
    truth = np.repeat(np.arange(n_speakers), 40)
    assert (result.labels == truth).all()
    assert result.centroids.shape == (n_speakers, 64)
    np.testing.assert_allclose(np.linalg.norm(result.centroids, axis=1), 1.0, rtol=1e-5)


def test_clustering_respects_bounds():
    four = synthetic_speakers([30, 30, 30, 30], seed=4)
    capped = clustering.spectral_clusters(
        four, settings=clustering.ClusteringSettings(max_speakers=2)
    )
    assert capped.n_speakers == 2
    two = synthetic_speakers([30, 30], seed=2)
    exact = clustering.ClusteringSettings(min_speakers=3, max_speakers=3)
    assert clustering.spectral_clusters(two, settings=exact).n_speakers == 3
    at_least = clustering.ClusteringSettings(min_speakers=3)
    assert 3 <= clustering.spectral_clusters(two, settings=at_least).n_speakers <= 8
    with pytest.raises(ValueError, match="max_speakers"):
        clustering.ClusteringSettings(min_speakers=3, max_speakers=2)


def test_clustering_subsamples_long_inputs_and_assigns_all():
    vectors = synthetic_speakers([700, 500, 300], seed=7, noise=0.7)
    settings = clustering.ClusteringSettings(max_points=200)
    result = clustering.spectral_clusters(vectors, settings=settings)
    assert result.n_speakers == 3
    assert (result.labels == np.repeat([0, 1, 2], [700, 500, 300])).all()


@pytest.mark.slow
def test_clustering_excludes_overlapping_windows_as_neighbours(sample, encoder):
    # One voice (21.9-28.4 s). Windows 0.125 s apart share most of their audio, so without the
    # exclusion each window's nearest neighbours are its time-neighbours, the graph becomes a
    # chain and the eigengap sees many "speakers".
    audio = sample[int(21.9 * SAMPLE_RATE) : int(28.4 * SAMPLE_RATE)]
    regions = vad.speech_regions(audio)
    windows = embeddings.embed_speech(audio, regions, encoder)
    assert clustering.spectral_clusters(windows.vectors, windows.starts).n_speakers == 1
    assert clustering.spectral_clusters(windows.vectors, None).n_speakers > 1


# --- resegmentation and turns ---------------------------------------------------------------


def test_viterbi_ignores_a_one_window_flip_but_follows_a_real_change():
    scores = np.array([[0.9, 0.8]] * 5 + [[0.8, 0.85]] + [[0.9, 0.8]] * 5 + [[0.7, 0.9]] * 6)
    costs = np.full(len(scores), 0.1)
    path = resegmentation.viterbi(scores, costs)
    assert path.tolist() == [0] * 11 + [1] * 6
    # Without a switching cost the flip survives.
    assert resegmentation.viterbi(scores, np.zeros(len(scores)))[5] == 1


def test_smooth_labels_refines_centroids_and_relabels():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(2, 16))
    vectors = embeddings.normalize(np.stack([a] * 6 + [b] * 6 + [a] * 3))
    # Start from poor centroids (mixtures) listed in the wrong order.
    centroids = embeddings.normalize(np.stack([0.3 * a + b, a + 0.3 * b]))
    labels, refined = resegmentation.smooth_labels(vectors, centroids, np.full(15, 0.1))
    assert labels.tolist() == [0] * 6 + [1] * 6 + [0] * 3
    np.testing.assert_allclose(refined, embeddings.normalize(np.stack([a, b])), atol=1e-6)


def test_turns_cut_midway_between_window_centres():
    regions = [(0.0, 4.0), (6.0, 7.0)]
    centers = np.array([0.8, 1.3, 1.8, 2.3, 3.2, 6.5])
    owners = np.array([0, 0, 0, 0, 0, 1])
    labels = np.array([0, 0, 1, 1, 1, 0])
    turns = resegmentation.turns_from_windows(regions, centers, owners, labels)
    assert turns == [(0.0, 1.55, 0), (1.55, 4.0, 1), (6.0, 7.0, 0)]


def test_overlap_changes_shares_only_running_changes():
    turns = [(0.0, 2.0, 0), (2.0, 2.05, 1), (2.05, 4.0, 0), (5.0, 6.0, 1)]
    assert resegmentation.overlap_changes(turns, 0.1) == [
        (0.0, 2.05, 0),
        (1.9, 2.15, 1),  # reaches 0.1 s into both neighbours
        (2.0, 4.0, 0),
        (5.0, 6.0, 1),  # after a pause: no change overlap
    ]
    assert resegmentation.overlap_changes(turns, 0.0) == turns


# --- the embedded pipeline ------------------------------------------------------------------


@pytest.mark.slow
def test_sample_quality_and_speaker_count(sample, diarizer):
    fractions = []
    result = diarizer(sample, progress=lambda fraction, message: fractions.append(fraction))
    reference = load_rttm(samples() / "sample.rttm")
    scores = evaluation.diarization_scores(reference, result.to_annotation())
    assert result.speakers == ["S0", "S1"]  # estimated, never given
    assert scores.der < DER_LIMIT
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert [turn.start for turn in result.turns] == sorted(turn.start for turn in result.turns)
    assert set(result.embeddings) == {"S0", "S1"}
    for vector in result.embeddings.values():
        assert vector.dtype == np.float32 and vector.shape == (256,)
        assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)
    assert result.speech == vad.speech_regions(sample)


@pytest.mark.slow
@pytest.mark.parametrize("shift", [-0.04, -0.02, 0.02, 0.04])
def test_sample_quality_holds_when_speech_starts_move(sample, diarizer, shift):
    # A few tens of ms at each region start shift the embedding-window grid; the speaker count
    # must not change and DER must stay near its typical level, not only at one lucky grid.
    speech = [(start + shift, end) for start, end in vad.speech_regions(sample)]
    result = diarizer(sample, speech=speech)
    reference = load_rttm(samples() / "sample.rttm")
    scores = evaluation.diarization_scores(reference, result.to_annotation())
    assert result.speakers == ["S0", "S1"]
    assert scores.der < SHIFTED_DER_LIMIT


@pytest.mark.slow
def test_one_voice_gives_one_speaker(sample, diarizer):
    # 21.9-28.4 s of sample.wav is one speaker (Sheila) talking alone.
    result = diarizer(sample[int(21.9 * SAMPLE_RATE) : int(28.4 * SAMPLE_RATE)])
    assert result.speakers == ["S0"]
    assert result.turns == [SpeakerTurn(0.412, 6.5, "S0")]


@pytest.mark.slow
def test_given_speech_regions_are_used(sample, diarizer, encoder):
    # Without heard speech, exactly the given regions (no VAD of its own).
    alone = EmbeddedDiarizer(DiarizationOptions(heard_speech_min=None), encoder=encoder)
    result = alone(sample, speech=[(14.5, 17.7)])
    assert result.speech == [(14.5, 17.7)]
    assert result.turns == [SpeakerTurn(14.5, 17.7, "S0")]
    # By default (since 2026-12-02) stretches of 1 s or more the segmentation model hears
    # outside the given regions are added to them, as to the VAD's own: the transcription job
    # passes its VAD's regions, and a far voice under loud noise is lost there.
    result = diarizer(sample, speech=[(14.5, 17.7)])
    assert result.speech == [(7.549, 17.7), (18.011, 21.488), (21.758, 29.959)]


def test_silence_gives_no_turns(diarizer):
    result = diarizer(np.zeros(SAMPLE_RATE * 10, dtype=np.float32))
    assert result == DiarizationResult(turns=[], embeddings={}, speech=[])
    assert len(result.to_annotation()) == 0


def test_rejects_stereo_and_unknown_options(diarizer, encoder):
    with pytest.raises(ValueError, match="mono"):
        diarizer(np.zeros((2, 100), dtype=np.float32))
    with pytest.raises(TypeError, match="max_speaker"):
        DiarizationOptions(max_speaker=3)
    with pytest.raises(TypeError, match="DiarizationOptions or PyannoteOptions, got dict"):
        get_diarizer({"backend": "nemo"})


def test_get_diarizer_embedded_applies_options(encoder):
    diarizer = get_diarizer(DiarizationOptions(max_speakers=3), encoder=encoder)
    assert isinstance(diarizer, EmbeddedDiarizer)
    assert diarizer.options.max_speakers == 3 and diarizer.options.min_speakers == 1


def test_diarization_options_are_frozen_cache_keys():
    # Equal options hash equal, so the job caches one loaded diarizer per configuration.
    assert hash(DiarizationOptions(max_speakers=3)) == hash(DiarizationOptions(max_speakers=3))
    assert DiarizationOptions(max_speakers=3) != DiarizationOptions(max_speakers=4)
    assert hash(PyannoteOptions("dir", trusted_roots=("/a",))) == hash(
        PyannoteOptions("dir", trusted_roots=("/a",))
    )
    with pytest.raises(AttributeError):
        DiarizationOptions().max_speakers = 2  # type: ignore[misc]


def test_diarization_errors_share_the_bodycam_base():
    for error in (DiarizationUnavailable, UntrustedPipelineConfig, RttmFormatError):
        assert issubclass(error, BodycamError)


def test_to_annotation_keeps_overlap():
    result = DiarizationResult(
        turns=[SpeakerTurn(0.0, 2.0, "S0"), SpeakerTurn(1.5, 3.0, "S1")],
        embeddings={},
        speech=[(0.0, 3.0)],
    )
    annotation = result.to_annotation("clip")
    assert annotation.uri == "clip"
    assert annotation.get_overlap().duration() == pytest.approx(0.5)
    assert annotation.labels() == ["S0", "S1"]


# --- evaluation -----------------------------------------------------------------------------


def test_load_rttm_and_scores():
    reference = load_rttm(samples() / "sample.rttm")
    assert reference.uri == "sample"
    assert reference.labels() == ["speaker90", "speaker91"]
    assert len(reference) == 10
    perfect = evaluation.diarization_scores(reference, reference.rename_labels({"speaker90": "A"}))
    assert perfect.der == 0.0 and perfect.jer == 0.0
    assert perfect.reference_speech == pytest.approx(24.35)

    ref = Annotation()
    ref[Segment(0, 10)] = "a"
    ref[Segment(10, 20)] = "b"
    hyp = Annotation()
    hyp[Segment(1, 12)] = "x"  # 1 s missed, 2 s confusion (b given to x)
    hyp[Segment(12, 20)] = "y"
    hyp[Segment(20, 21)] = "y"  # 1 s false alarm
    scores = evaluation.diarization_scores(ref, hyp)
    assert scores.missed == pytest.approx(0.05)
    assert scores.false_alarm == pytest.approx(0.05)
    assert scores.confusion == pytest.approx(0.10)
    assert scores.der == pytest.approx(0.20)


def test_load_rttm_rejects_malformed(tmp_path):
    bad = tmp_path / "bad.rttm"
    bad.write_text("SPEAKER f 1 zero 1.0 <NA> <NA> spk <NA> <NA>\n")
    with pytest.raises(RttmFormatError, match="bad time"):
        load_rttm(bad)


# --- pyannote backend glue ------------------------------------------------------------------


class FakePipeline:
    """Stands in for a pyannote Pipeline: same call signature, canned output."""

    def __init__(self, output):
        self.output = output
        self.calls = []

    def __call__(self, file, hook=None, **kwargs):
        self.calls.append((file, kwargs))
        if hook is not None:
            hook("segmentation", None, file=file, total=4, completed=2)
        return self.output


def fake_annotation() -> Annotation:
    annotation = Annotation(uri="fake")
    annotation[Segment(14.5, 17.7)] = "SPEAKER_01"
    annotation[Segment(10.8, 14.2)] = "SPEAKER_00"
    annotation[Segment(17.5, 18.0)] = "SPEAKER_00"
    return annotation


@pytest.mark.slow
def test_pyannote_glue_embeds_speakers_when_pipeline_gives_none(sample, encoder):
    pipeline = FakePipeline(fake_annotation())
    diarizer = PyannoteDiarizer.from_pipeline(pipeline, max_speakers=3, encoder=encoder)
    progress = []
    result = diarizer(sample, progress=lambda fraction, message: progress.append(message))
    file, kwargs = pipeline.calls[0]
    assert tuple(file["waveform"].shape) == (1, len(sample)) and file["sample_rate"] == 16000
    assert kwargs == {"max_speakers": 3}
    # Labels by first appearance: SPEAKER_00 speaks first.
    assert result.turns == [
        SpeakerTurn(10.8, 14.2, "S0"),
        SpeakerTurn(14.5, 17.7, "S1"),
        SpeakerTurn(17.5, 18.0, "S0"),
    ]
    assert result.speech == [(10.8, 14.2), (14.5, 18.0)]
    assert "pyannote: segmentation" in progress
    expected = encoder.embed_segments(sample, [(10.8, 14.2), (17.5, 18.0)])
    np.testing.assert_allclose(result.embeddings["S0"], expected, atol=1e-6)
    assert result.embeddings["S0"] @ result.embeddings["S1"] < 0.95


def test_pyannote_glue_uses_pipeline_embeddings():
    class Output:  # pyannote.audio 4's DiarizeOutput shape
        speaker_diarization = fake_annotation()
        # Rows follow annotation.labels(): SPEAKER_00, SPEAKER_01.
        speaker_embeddings = np.array([[3.0, 4.0], [0.0, 2.0]])

    diarizer = PyannoteDiarizer.from_pipeline(FakePipeline(Output()))
    result = diarizer(np.zeros(SAMPLE_RATE * 20, dtype=np.float32))
    np.testing.assert_allclose(result.embeddings["S0"], [0.6, 0.8])
    np.testing.assert_allclose(result.embeddings["S1"], [0.0, 1.0])
    assert result.embeddings["S0"].dtype == np.float32

    legacy = PyannoteDiarizer.from_pipeline(
        FakePipeline((fake_annotation(), np.array([[1.0, 0.0], [0.0, 1.0]])))
    )
    assert legacy(np.zeros(SAMPLE_RATE * 20, dtype=np.float32)).speakers == ["S0", "S1"]


def test_pyannote_glue_rejects_foreign_output():
    diarizer = PyannoteDiarizer.from_pipeline(FakePipeline({"not": "an annotation"}))
    with pytest.raises(DiarizationUnavailable, match="returned dict"):
        diarizer(np.zeros(SAMPLE_RATE, dtype=np.float32))


def test_pyannote_refuses_untrusted_config(tmp_path, monkeypatch):
    config_dir = tmp_path / "pipelines" / "evil"
    config_dir.mkdir(parents=True)
    (config_dir / "config.yaml").write_text("pipeline:\n  name: os.system\n")
    trusted = tmp_path / "trusted"
    trusted.mkdir()
    monkeypatch.delenv(pyannote_diarization.TRUSTED_ROOTS_ENV, raising=False)
    with pytest.raises(UntrustedPipelineConfig, match="not inside a trusted directory"):
        PyannoteDiarizer(config_dir, trusted_roots=[trusted])
    with pytest.raises(UntrustedPipelineConfig, match="none configured"):
        PyannoteDiarizer(config_dir)
    # A symlink inside a trusted root that points outside is still refused.
    (trusted / "link").symlink_to(config_dir)
    with pytest.raises(UntrustedPipelineConfig):
        PyannoteDiarizer(trusted / "link", trusted_roots=[trusted])


def test_pyannote_missing_extra_is_reported(tmp_path, monkeypatch):
    config_dir = tmp_path / "pipelines" / "ok"
    config_dir.mkdir(parents=True)
    (config_dir / "config.yaml").write_text("pipeline:\n  name: x\n")
    monkeypatch.setenv(pyannote_diarization.TRUSTED_ROOTS_ENV, str(tmp_path / "pipelines"))
    monkeypatch.setitem(sys.modules, "pyannote.audio", None)  # import fails as if absent
    with pytest.raises(DiarizationUnavailable, match=r"pip install 'bodycam-review\[pyannote\]'"):
        PyannoteDiarizer(config_dir)
    with pytest.raises(DiarizationUnavailable, match=r"pyannote\.audio"):
        get_diarizer(PyannoteOptions("pyannote/speaker-diarization"))


@pytest.mark.slow
def test_one_speaker_for_a_minute_stays_one_speaker(sample, diarizer):
    # Each sample.wav speaker's own speech (cross-talk cut out), four times over with pauses:
    # window clustering alone splits such a minute into 4 to 8 "speakers".
    reference = load_rttm(samples() / "sample.rttm")
    overlap = reference.get_overlap()
    rng = np.random.default_rng(0)
    for label in reference.labels():
        own = reference.label_timeline(label).support().extrude(overlap)
        pieces = [
            sample[int(s.start * SAMPLE_RATE) : int(s.end * SAMPLE_RATE)]
            for s in own
            if s.duration > 0.3
        ]
        parts = []
        for _ in range(4):
            for piece in pieces:
                pause = np.zeros(int(rng.uniform(0.3, 1.5) * SAMPLE_RATE), dtype=np.float32)
                parts += [piece, pause]
        result = diarizer(np.concatenate(parts))
        assert result.speakers == ["S0"], label
