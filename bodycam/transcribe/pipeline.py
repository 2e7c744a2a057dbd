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
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.errors import BodycamError
from bodycam.core.progress import Progress
from bodycam.transcribe import vad
from bodycam.transcribe.align import align
from bodycam.transcribe.asr import Transcriber, asr_vad_settings
from bodycam.transcribe.audio_source import WavFile, open_wav
from bodycam.transcribe.diarization import Diarizer, get_diarizer
from bodycam.transcribe.diarization.options import DiarizationOptions, PyannoteOptions
from bodycam.transcribe.options import TranscriptionOptions
from bodycam.transcribe.types import (
    DiarizationResult,
    SpeakerTurn,
    TranscriptionResult,
    WearerSuggestion,
)
from bodycam.transcribe.wearer import suggest_wearer

logger = logging.getLogger(__name__)


# Share of the progress bar per stage; ASR dominates the run time.
_LOAD, _VAD, _WORK = 0.02, 0.05, 0.88
_ASR_SHARE = 0.6


class AudioUnreadable(BodycamError):
    "The audio file cannot be decoded"


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


_diarizers: dict[DiarizationOptions | PyannoteOptions, Diarizer] = {}
_diarizers_lock = threading.Lock()


def _diarizer(options: DiarizationOptions | PyannoteOptions) -> Diarizer:
    # Loading the speaker encoder costs about a second; keep one per configuration. The
    # options are frozen dataclasses, so they are their own cache key.
    with _diarizers_lock:
        if options not in _diarizers:
            _diarizers[options] = get_diarizer(options)
        return _diarizers[options]


def split_threads(cores: int | None = None) -> tuple[int, int]:
    """CPU threads (per ASR worker, for diarization) when two workers share the cores."""
    cores = cores or len(os.sched_getaffinity(0)) or 1
    half = max(1, cores // 2)
    return half, half


def run_transcription(
    audio_path: Path,
    options: TranscriptionOptions | None = None,
    *,
    progress: Progress | None = None,
    concurrent: bool = True,
) -> TranscriptionResult:
    """Transcribe an audio file with speakers.

    Args:
        audio_path: Audio (ideally the 16 kHz mono WAV that ingest extracts).
        options: ASR and diarization options; ``TranscriptionOptions()`` when ``None``. With
            ``concurrent``, ASR gets at least two workers and (unless ``cpu_threads`` is
            set) half the cores each, the embedded diarizer half the cores (unless its
            encoder's ``threads`` is set). Provenance records the options actually used.
        progress: Called with (fraction 0..1, message), possibly from a worker thread.
        concurrent: Run diarization in a thread beside ASR (faster on multi-core machines);
            ``False`` runs ASR, then diarization, with each library's default threads.

    Returns:
        The aligned transcript, speaker turns and embeddings, wearer suggestion and
        provenance.

    Raises:
        AudioUnreadable: The file cannot be decoded.
        asr_model.ModelUnavailable: The Whisper model is not on this machine.
        diarization.DiarizationUnavailable: The diarization backend cannot be loaded.
    """
    # The numeric libraries' own thread pools (OpenBLAS, OpenMP: CTranslate2's decoding and
    # the diarizer's linear algebra) are set to the cores this process may use, whatever the
    # environment says: their results depend on the thread count (a Dask worker, whose nanny
    # sets OMP_NUM_THREADS=1, wrote "Hello." where the same job in-process wrote "Hello?", and
    # ran 2.7x slower), and a job must give the same transcript wherever it runs.
    with threadpool_limits(limits=len(os.sched_getaffinity(0)) or 1):
        return _run_transcription(audio_path, options, progress, concurrent)


def _run_transcription(
    audio_path: Path,
    options: TranscriptionOptions | None,
    progress: Progress | None,
    concurrent: bool,
) -> TranscriptionResult:
    options = options or TranscriptionOptions()
    report = _Reporter(progress)
    timings: dict[str, float] = {}
    began = time.perf_counter()

    if concurrent:
        asr_threads, diarization_threads = split_threads()
        options = _share_cores(options, asr_threads, diarization_threads)
    transcriber = Transcriber(options.asr)
    diarizer = _diarizer(options.diarization)

    report(0.0, f"Reading {Path(audio_path).name}")
    clock = time.perf_counter()
    # The 16 kHz mono WAV that ingest writes is read piece by piece by every stage (bounded
    # memory); any other file is decoded whole.
    audio: np.ndarray | WavFile = open_wav(audio_path) or load_audio(audio_path)
    duration = len(audio) / SAMPLE_RATE
    timings["load"] = time.perf_counter() - clock
    report(_LOAD, "Detecting speech")

    clock = time.perf_counter()
    # One Silero pass; ASR keeps even very short regions (a lone "Hello?"), diarization uses
    # its own settings.
    probabilities = vad.speech_probabilities(audio, SAMPLE_RATE)
    diarization_vad = options.diarization_vad
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

    def read(start: float, end: float) -> np.ndarray:
        return audio[round(start * SAMPLE_RATE) : round(end * SAMPLE_RATE)]

    # Transcriber._run is what transcribe_beside/transcribe run on an in-memory array; given
    # a reader it decodes each window from the file as it comes.
    if concurrent:
        asr_result, diarization = transcriber._run(
            read, duration, asr_speech, asr_progress, run_diarization
        )
        timings["asr_and_diarization"] = time.perf_counter() - clock
    else:
        asr_result, _ = transcriber._run(read, duration, asr_speech, asr_progress, None)
        diarization = run_diarization()

    clock = time.perf_counter()
    segments = align(asr_result.segments, diarization.turns)
    timings["align"] = time.perf_counter() - clock
    report(_LOAD + _VAD + _WORK, "Suggesting the camera wearer")

    clock = time.perf_counter()
    wearer = _suggest_wearer(audio, diarization.turns)
    timings["wearer"] = time.perf_counter() - clock
    timings["total"] = time.perf_counter() - began
    if isinstance(audio, WavFile):
        audio.close()

    model_info = transcriber.info()
    model_info["diarization_backend"] = options.backend
    model_info["transcription_options"] = options.to_dict()
    if hasattr(diarizer, "info"):
        model_info["diarization"] = diarizer.info()
    model_info["speakers"] = len(diarization.embeddings)
    model_info["vad"] = {
        "asr": asdict(asr_vad_settings()),
        "diarization": asdict(diarization_vad),
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


def _share_cores(
    options: TranscriptionOptions, asr_threads: int, diarization_threads: int
) -> TranscriptionOptions:
    """The options with ASR on at least two workers of ``asr_threads`` threads (unless set)
    and the embedded diarizer's encoder on ``diarization_threads`` (unless set)."""
    asr = options.asr
    asr = replace(asr, workers=max(asr.workers, 2), cpu_threads=asr.cpu_threads or asr_threads)
    diarization = options.diarization
    if isinstance(diarization, DiarizationOptions) and diarization.embedding.threads is None:
        embedding = replace(diarization.embedding, threads=diarization_threads)
        diarization = replace(diarization, embedding=embedding)
    return replace(options, asr=asr, diarization=diarization)


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
