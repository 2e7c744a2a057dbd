"""The transcription job: speech recognition and diarization of one audio file, joined.

Voice activity is computed once and shared. ASR (CTranslate2) and diarization (torch) run
concurrently: both release the GIL while they compute. Each stage is cheapest in CPU time with
one thread per core (tiny.en's small matrices scale poorly across threads, and two torch
threads cost several times one), so on 2 cores one thread decodes ASR windows while the other
diarizes, then joins in decoding the remaining windows.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from bodycam.core.progress import Progress
from bodycam.transcribe import vad
from bodycam.transcribe.align import Segment, align
from bodycam.transcribe.asr import SAMPLE_RATE, AsrOptions, Transcriber, asr_vad_settings
from bodycam.transcribe.diarization import DiarizationResult, SpeakerTurn, get_diarizer
from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.wearer import WearerSuggestion, suggest_wearer

logger = logging.getLogger(__name__)


# Share of the progress bar per stage; ASR dominates the run time.
_LOAD, _VAD, _WORK = 0.02, 0.05, 0.88
_ASR_SHARE = 0.6


class AudioUnreadable(Exception):
    "The audio file cannot be decoded"


@dataclass
class TranscriptionResult:
    """Everything one transcription job produces.

    Attributes:
        segments: Transcript segments, each with one speaker, in time order.
        turns: Diarization turns (who spoke when), including overlapped speech.
        speaker_embeddings: One L2-normalised voice embedding per speaker label.
        wearer: Which speaker is probably the camera wearer (a suggestion for a person to
            confirm), or ``None``.
        speech: Voice-activity regions (seconds) shared by ASR and diarization.
        duration: Length of the audio in seconds.
        model_info: Provenance: ASR model name and path, versions, options, diarization
            backend.
        timings: Wall-clock seconds per stage: ``load``, ``vad``, ``asr`` (until the last
            window is decoded), ``diarization``, ``asr_and_diarization`` (concurrent run:
            until both are done), ``align``, ``wearer``, ``total``.
        removed: Text the ASR guards took out (``asr.AsrResult.removed``), for a reviewer.
    """

    segments: list[Segment]
    turns: list[SpeakerTurn]
    speaker_embeddings: dict[str, np.ndarray]
    wearer: WearerSuggestion | None
    speech: list[tuple[float, float]]
    duration: float
    model_info: dict[str, Any]
    timings: dict[str, float] = field(default_factory=dict)
    removed: list[RemovedText] = field(default_factory=list)


def load_audio(path: str | Path) -> np.ndarray:
    """Read an audio file as mono float32 at 16 kHz.

    WAV/FLAC/OGG are read with libsndfile (downmixed and resampled when needed); anything
    else (a video container, say) is decoded with PyAV through faster-whisper.

    Raises:
        AudioUnreadable: Neither decoder can read the file.
    """
    import soundfile

    path = Path(path)
    if not path.is_file():
        raise AudioUnreadable(f"{path} does not exist")
    try:
        audio, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    except soundfile.LibsndfileError:
        try:
            from faster_whisper.audio import decode_audio

            return decode_audio(str(path), sampling_rate=SAMPLE_RATE)
        except Exception as error:
            raise AudioUnreadable(f"cannot decode audio from {path}: {error}") from error
    audio = audio.mean(axis=1) if audio.shape[1] > 1 else audio[:, 0]
    if rate != SAMPLE_RATE:
        from math import gcd

        from scipy.signal import resample_poly

        divisor = gcd(rate, SAMPLE_RATE)
        audio = resample_poly(audio, SAMPLE_RATE // divisor, rate // divisor).astype(np.float32)
    return np.ascontiguousarray(audio, dtype=np.float32)


_diarizers: dict[str, Any] = {}
_diarizers_lock = threading.Lock()


def _diarizer(backend: str, options: dict[str, Any]):
    # Loading the speaker encoder costs about a second; keep one per configuration.
    key = repr((backend, sorted(options.items())))
    with _diarizers_lock:
        if key not in _diarizers:
            _diarizers[key] = get_diarizer(backend, **options)
        return _diarizers[key]


def split_threads(cores: int | None = None) -> tuple[int, int]:
    """CPU threads (per ASR worker, for diarization) when two workers share the cores."""
    cores = cores or len(os.sched_getaffinity(0)) or 1
    half = max(1, cores // 2)
    return half, half


def run_transcription(
    audio_path: Path,
    *,
    asr: AsrOptions | None = None,
    diarization_backend: str = "embedded",
    diarization_options: dict[str, Any] | None = None,
    progress: Progress | None = None,
    concurrent: bool = True,
) -> TranscriptionResult:
    """Transcribe an audio file with speakers.

    Args:
        audio_path: Audio (ideally the 16 kHz mono WAV that ingest extracts).
        asr: Speech-recognition options; ``AsrOptions()`` when ``None``. With
            ``concurrent``, ASR gets at least two workers and (unless ``cpu_threads`` is
            set) half the cores each, diarization half the cores.
        diarization_backend: ``"embedded"`` or ``"pyannote"`` (see ``diarization``).
        diarization_options: Keyword arguments for ``diarization.get_diarizer``.
        progress: Called with (fraction 0..1, message), possibly from a worker thread.
        concurrent: Run diarization in a thread beside ASR (faster on multi-core machines);
            ``False`` runs ASR, then diarization, with each library's default threads.

    Returns:
        The aligned transcript, speaker turns and embeddings, wearer suggestion and
        provenance.

    Raises:
        AudioUnreadable: The file cannot be decoded.
        asr.ModelUnavailable: The Whisper model is not on this machine.
        diarization.DiarizationUnavailable: The diarization backend cannot be loaded.
    """
    asr = asr or AsrOptions()
    diarization_options = dict(diarization_options or {})
    report = _Reporter(progress)
    timings: dict[str, float] = {}
    began = time.perf_counter()

    if concurrent:
        asr_threads, diarization_threads = split_threads()
        asr = replace(asr, workers=max(asr.workers, 2), cpu_threads=asr.cpu_threads or asr_threads)
        if diarization_backend == "embedded":
            _set_embedding_threads(diarization_options, diarization_threads)
    transcriber = Transcriber(asr)
    diarizer = _diarizer(diarization_backend, diarization_options)

    report(0.0, f"Reading {Path(audio_path).name}")
    clock = time.perf_counter()
    audio = load_audio(audio_path)
    duration = len(audio) / SAMPLE_RATE
    timings["load"] = time.perf_counter() - clock
    report(_LOAD, "Detecting speech")

    clock = time.perf_counter()
    # One Silero pass; ASR keeps even very short regions (a lone "Hello?"), diarization uses
    # its own settings.
    probabilities = vad.speech_probabilities(audio, SAMPLE_RATE)
    diarization_vad = getattr(getattr(diarizer, "options", None), "vad", None)
    speech = vad.regions_from_probabilities(probabilities, duration, diarization_vad)
    asr_speech = vad.regions_from_probabilities(probabilities, duration, asr_vad_settings())
    timings["vad"] = time.perf_counter() - clock
    report(_LOAD + _VAD, f"Found {len(speech)} speech regions")

    def run_diarization() -> DiarizationResult:
        clock = time.perf_counter()
        result = diarizer(
            audio, speech=speech, progress=lambda f, m: report.stage("diarization", f, m)
        )
        timings["diarization"] = time.perf_counter() - clock
        return result

    clock = time.perf_counter()

    def asr_progress(fraction: float, message: str) -> None:
        if fraction >= 1.0 and "asr" not in timings:
            timings["asr"] = time.perf_counter() - clock
        report.stage("asr", fraction, message)

    if concurrent:
        asr_result, diarization = transcriber.transcribe_beside(
            audio, run_diarization, speech=asr_speech, progress=asr_progress
        )
        timings["asr_and_diarization"] = time.perf_counter() - clock
    else:
        asr_result = transcriber.transcribe(audio, speech=asr_speech, progress=asr_progress)
        diarization = run_diarization()

    clock = time.perf_counter()
    segments = align(asr_result.segments, diarization.turns)
    timings["align"] = time.perf_counter() - clock
    report(_LOAD + _VAD + _WORK, "Suggesting the camera wearer")

    clock = time.perf_counter()
    wearer = _suggest_wearer(audio, diarization.turns)
    timings["wearer"] = time.perf_counter() - clock
    timings["total"] = time.perf_counter() - began

    model_info = transcriber.info()
    model_info["diarization_backend"] = diarization_backend
    model_info["diarization_options"] = {k: repr(v) for k, v in diarization_options.items()}
    if hasattr(diarizer, "info"):
        model_info["diarization"] = diarizer.info()
    model_info["speakers"] = len(diarization.embeddings)
    model_info["vad"] = {
        "asr": asdict(asr_vad_settings()),
        "diarization": asdict(diarization_vad or vad.VadSettings()),
    }
    report(1.0, f"Transcribed {len(segments)} segments, {len(diarization.embeddings)} speakers")
    return TranscriptionResult(
        segments=segments,
        turns=diarization.turns,
        speaker_embeddings=diarization.embeddings,
        wearer=wearer,
        speech=speech,
        duration=duration,
        model_info=model_info,
        timings=timings,
        removed=asr_result.removed,
    )


def _set_embedding_threads(options: dict[str, Any], threads: int) -> None:
    from bodycam.transcribe.diarization import DiarizationOptions

    base = options.get("options") or DiarizationOptions()
    if base.embedding.threads is None:
        embedding = replace(base.embedding, threads=threads)
        options["options"] = replace(base, embedding=embedding)


def _suggest_wearer(audio: np.ndarray, turns: list[SpeakerTurn]) -> WearerSuggestion | None:
    return suggest_wearer(audio, turns) if turns else None


class _Reporter:
    """Thread-safe, never-decreasing progress from the concurrent stages."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.lock = threading.Lock()
        self.fractions = {"asr": 0.0, "diarization": 0.0}
        self.last = 0.0

    def __call__(self, fraction: float, message: str) -> None:
        if self.progress is None:
            return
        with self.lock:
            self.last = max(self.last, fraction)
            self.progress(self.last, message)

    def stage(self, name: str, fraction: float, message: str) -> None:
        self.fractions[name] = fraction
        combined = (
            _ASR_SHARE * self.fractions["asr"] + (1 - _ASR_SHARE) * self.fractions["diarization"]
        )
        label = "Transcribing" if name == "asr" else "Finding speakers"
        self(_LOAD + _VAD + _WORK * combined, f"{label}: {message}")
