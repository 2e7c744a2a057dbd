"""Benchmark the transcription job against raw faster-whisper on the same audio, same run.

Prints WER (vs sample.stm), DER/JER (vs sample.rttm; pyannote.metrics, no collar, overlap
scored), the estimated speaker count, real-time factors of ASR, diarization and the whole job,
the same file through raw faster-whisper (tiny.en, CPU int8, beam 5, word timestamps,
vad_filter=True), the ratio whole job / raw, and peak RSS. Runs on ../shared/samples/sample.wav
and on a long file made by repeating it (20 minutes by default).

Each measurement runs in a fresh process, so peak RSS belongs to that job alone and model
loading (done before the clock starts) is not timed. ASR and diarization run concurrently in
the job: their RTFs are the wall time from the start of that phase until each one finished.
Wall-time ratios on a shared machine are noisy, so the CPU-time ratio is printed too.

    .venv/bin/python benchmarks/asr.py [--minutes 20] [--repeats 3] [--sequential] [--window-only]

``--devset dev|heldout|fresh|fresh2|...|fresh51|all`` (any of ``devset_specs.HALVES``) scores WER
on the development set instead (``bodycam.transcribe.devset``; ``all`` is dev and heldout;
``fresh`` to ``fresh51`` are the halves written blind, d15-d20, d21-d28, d29-d36, d37-d44,
d45-d52, d53-d60, d61-d68, d69-d76, d77-d84, d85-d92, d93-d100, d101-d108, d109-d116,
d117-d124, d125-d132, d133-d140, d141-d148, d149-d156, d157-d164, d165-d172, d173-d180,
d181-d188, d189-d196, d197-d204, d205-d212, d213-d220, d221-d228, d229-d236, d237-d244,
d245-d252, d253-d260, d261-d268, d269-d276, d277-d284, d285-d292, d293-d300, d301-d308,
d309-d316, d317-d324, d325-d332, d333-d340, d341-d348, d349-d356, d357-d364, d365-d372, d373-d380,
d381-d388, d389-d396, d397-d404, d405-d412 and d413-d420; fresh21's to fresh51's speakers say
lines written for their scene, every other half's the set's generic lines): per recording, per
half and per speaker role (officer: the wearer, a partner, dispatch; civilian: everyone else),
the job beside raw faster-whisper, for each of ``--models`` (``tiny.en``, and ``base`` when its
packages are installed), plus sample.wav (scored whole: its speakers have no police/civilian
role). WER is pooled: errors over reference words.

    .venv/bin/python benchmarks/asr.py --devset all --models tiny.en base
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import soundfile

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path(os.environ.get("BODYCAM_SAMPLES") or ROOT.parent / "shared" / "samples")
sys.path.insert(0, str(ROOT))

from bodycam.transcribe.devset_specs import HALVES  # noqa: E402 (data only, cheap)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _cpu_seconds() -> float:
    # CPU time of every thread of this process: steadier than wall time on a shared machine.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm_up(transcribe) -> None:
    # First CTranslate2 call pays one-off allocation costs; give both contenders the same.
    audio, _ = soundfile.read(str(SAMPLES / "sample.wav"), dtype="float32")
    transcribe(audio[: 16000 * 10])


def raw_faster_whisper(wav: str, model_name: str = "tiny.en") -> dict:
    """Reference: faster-whisper exactly as shipped, on the same model files as the job."""
    from faster_whisper import WhisperModel

    from bodycam.transcribe.asr_model import resolve_model

    model = WhisperModel(resolve_model(model_name), device="cpu", compute_type="int8")

    def transcribe(audio):
        segments, _ = model.transcribe(
            audio, beam_size=5, word_timestamps=True, vad_filter=True, language="en"
        )
        return list(segments)

    _warm_up(transcribe)
    audio, _ = soundfile.read(wav, dtype="float32")
    cpu, clock = _cpu_seconds(), time.perf_counter()
    segments = transcribe(audio)
    elapsed = time.perf_counter() - clock
    return {
        "text": " ".join(segment.text for segment in segments),
        "seconds": elapsed,
        "cpu_seconds": _cpu_seconds() - cpu,
        "rss_mb": _peak_rss_mb(),
    }


def transcription_job(
    wav: str, concurrent: bool, window_only: bool = False, model_name: str = "tiny.en"
) -> dict:
    """The project's job: shared VAD, ASR, diarization, alignment, wearer suggestion.

    ``window_only`` turns the overlap-aware segmentation model off (the earlier pipeline).
    """
    from bodycam.transcribe.asr import AsrOptions
    from bodycam.transcribe.diarization.options import DiarizationOptions
    from bodycam.transcribe.options import TranscriptionOptions
    from bodycam.transcribe.pipeline import run_transcription

    # The previous release's pipeline: no segmentation model, windows every 0.125 s.
    options = TranscriptionOptions(asr=AsrOptions(model=model_name))
    if window_only:
        options = replace(options, diarization=DiarizationOptions().window_only())
    # Warm up through the same cached models the job will use (a folder that goes with the
    # block: every run left its ten seconds of sample.wav in /tmp before).
    with tempfile.TemporaryDirectory(prefix="bodycam-asr-warm-") as folder:
        warm = Path(folder) / "warm.wav"
        audio, _ = soundfile.read(str(SAMPLES / "sample.wav"), dtype="float32")
        soundfile.write(str(warm), audio[: 16000 * 10], 16000)
        run_transcription(warm, options, concurrent=concurrent)

    cpu, clock = _cpu_seconds(), time.perf_counter()
    result = run_transcription(Path(wav), options, concurrent=concurrent)
    elapsed = time.perf_counter() - clock
    return {
        "cpu_seconds": _cpu_seconds() - cpu,
        "text": " ".join(segment.text for segment in result.segments),
        "turns": [(turn.start, turn.end, turn.speaker) for turn in result.turns],
        "speakers": len(result.speaker_embeddings),
        "seconds": elapsed,
        "vad_seconds": result.timings["vad"],
        "asr_seconds": result.timings["asr"],
        "diarization_seconds": result.timings["diarization"],
        "rss_mb": _peak_rss_mb(),
        "wearer": getattr(result.wearer, "speaker", None),
    }


def _in_child(function, *args) -> dict:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1, maxtasksperchild=1) as pool:
        return pool.apply(function, args)


def make_long(minutes: float, directory: Path) -> tuple[Path, str, list, float]:
    """Repeat the sample to ``minutes``; return the WAV, reference text, turns and duration."""
    from bodycam.transcribe.formats import load_rttm
    from bodycam.transcribe.wer import load_stm

    audio, rate = soundfile.read(str(SAMPLES / "sample.wav"), dtype="float32")
    copies = max(1, round(minutes * 60 * rate / len(audio)))
    path = directory / f"sample_x{copies}.wav"
    # Written copy by copy: the benchmark itself should not need a giant array either.
    with soundfile.SoundFile(str(path), "w", rate, 1, "PCM_16") as out:
        for _ in range(copies):
            out.write(audio)
    reference_text = " ".join([load_stm(SAMPLES / "sample.stm")] * copies)
    one = load_rttm(SAMPLES / "sample.rttm")
    period = len(audio) / rate
    turns = [
        (segment.start + k * period, segment.end + k * period, label)
        for k in range(copies)
        for segment, _, label in one.itertracks(yield_label=True)
    ]
    return path, reference_text, turns, copies * period


def score(name: str, duration: float, reference_text: str, reference_turns, raw, job) -> None:
    from pyannote.core import Annotation, Segment

    from bodycam.transcribe.evaluation import diarization_scores
    from bodycam.transcribe.wer import word_error_rate

    def annotation(turns):
        result = Annotation(uri=name)
        for index, (start, end, label) in enumerate(turns):
            result[Segment(start, end), index] = label
        return result

    raw_wer = word_error_rate(reference_text, raw["text"])
    job_wer = word_error_rate(reference_text, job["text"])
    scores = diarization_scores(annotation(reference_turns), annotation(job["turns"]))
    print(f"\n== {name} ({duration:.0f} s)")
    print(f"WER  job {job_wer:6.2%}   raw faster-whisper {raw_wer:6.2%}")
    print(
        f"DER  {scores.der:6.2%}  (missed {scores.missed:.2%}, false alarm "
        f"{scores.false_alarm:.2%}, confusion {scores.confusion:.2%})   JER {scores.jer:6.2%}"
        f"   speakers found {job['speakers']} (reference 2)   wearer {job['wearer']}"
    )
    print(
        f"RTF  ASR {job['asr_seconds'] / duration:.4f}   diarization "
        f"{job['diarization_seconds'] / duration:.4f}   VAD {job['vad_seconds'] / duration:.4f}"
        f"   whole job {job['seconds'] / duration:.4f}   raw faster-whisper "
        f"{raw['seconds'] / duration:.4f}"
    )
    print(
        f"ratio whole job / raw = {job['seconds'] / raw['seconds']:.2f} (wall time), "
        f"{job['cpu_seconds'] / raw['cpu_seconds']:.2f} (CPU time: job "
        f"{job['cpu_seconds'] / duration:.4f} x duration, raw {raw['cpu_seconds'] / duration:.4f})"
    )
    print(f"peak RSS  job {job['rss_mb']:.0f} MB   raw {raw['rss_mb']:.0f} MB")


def _texts_of(contender: str, wavs: list[str], model_name: str) -> list[dict]:
    """Every file through one contender in this (child) process, the model loaded once."""
    if contender == "raw":
        return [raw_faster_whisper(wav, model_name) for wav in wavs]
    return [transcription_job(wav, True, False, model_name) for wav in wavs]


def _totals(counts) -> tuple[int, int]:
    """Errors and reference words summed over ``(errors, words)`` pairs."""
    return tuple(sum(values) for values in zip(*counts, strict=True)) if counts else (0, 0)


def _pooled(counts) -> str:
    errors, words = _totals(counts)
    return f"{errors / words:6.2%}" if words else "   -  "


def devset_wer(
    half: str | None, models: list[str], with_sample: bool, ids: list[str] | None = None
) -> None:
    """WER per recording, per half and per speaker role, job and raw, for each model: of one
    half, or of the recordings ``ids`` names (any halves)."""
    from bodycam.transcribe import devset
    from bodycam.transcribe.wer import errors_by_speaker, load_stm_lines

    if ids:
        recordings = devset.build(ids=ids)
    else:
        recordings = devset.build(half=None if half == "all" else half)
    files = [(r.id, r.spec.half, str(r.audio_path), load_stm_lines(r.stm_path)) for r in recordings]
    if with_sample:
        # Its STM names two civilians (no police): scored as a whole, no role split.
        lines = [("sample", text) for _, text in load_stm_lines(SAMPLES / "sample.stm")]
        files.append(("sample", "sample", str(SAMPLES / "sample.wav"), lines))
    wavs = [wav for _, _, wav, _ in files]
    # counts[model][contender][file id] = {role: (errors, words)}
    counts: dict = {}
    speed: dict = {}
    for model in models:
        for contender in ("job", "raw"):
            began = time.perf_counter()
            runs = _in_child(_texts_of, contender, wavs, model)
            speed[model, contender] = (time.perf_counter() - began, runs)
            counts.setdefault(model, {})[contender] = {
                file_id: errors_by_speaker(
                    [
                        (label if label == "sample" else devset.role(label), text)
                        for label, text in lines
                    ],
                    run["text"],
                )
                for (file_id, _, _, lines), run in zip(files, runs, strict=True)
            }
    header = "".join(f" | {m} job | {m} raw" for m in models)
    print(f"\n== WER per recording (officer / civilian after the slash){'':4}")
    print(f"recording | half{header}")
    for file_id, file_half, _, _ in files:
        cells = []
        for model in models:
            for contender in ("job", "raw"):
                by_role = counts[model][contender][file_id]
                roles = "/".join(
                    _pooled([by_role[r]]).strip() if r in by_role else "-"
                    for r in ("officer", "civilian")
                )
                cells.append(f"{_pooled(list(by_role.values())).strip()} ({roles})")
        print(f"{file_id} | {file_half} | " + " | ".join(cells))
    print("\n== pooled WER (errors / reference words) by half and role")
    for group in (*HALVES, "sample"):
        ids = [file_id for file_id, file_half, _, _ in files if file_half == group]
        if not ids:
            continue
        for model in models:
            for contender in ("job", "raw"):
                by_file = counts[model][contender]
                every = [c for i in ids for c in by_file[i].values()]
                officer = [by_file[i]["officer"] for i in ids if "officer" in by_file[i]]
                civilian = [by_file[i]["civilian"] for i in ids if "civilian" in by_file[i]]
                # The counts too, so that halves scored in separate runs (a raw pass over
                # the whole set is hours) pool exactly.
                errors, words = _totals(every)
                print(
                    f"{group:8} {model:8} {contender}: all {_pooled(every)} ({errors}/{words})"
                    f"   officer {_pooled(officer)}   civilian {_pooled(civilian)}"
                )
    audio_seconds = sum(soundfile.info(wav).duration for wav in wavs)
    for (model, contender), (seconds, runs) in speed.items():
        inner = sum(run["seconds"] for run in runs)
        print(
            f"{model} {contender}: {inner / audio_seconds:.4f} x real time "
            f"({audio_seconds:.0f} s audio; wall {seconds:.0f} s incl. loading)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="long file length")
    parser.add_argument("--repeats", type=int, default=2, help="runs on the short sample")
    parser.add_argument("--sequential", action="store_true", help="no ASR/diarization overlap")
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument(
        "--window-only",
        action="store_true",
        help="diarize without the overlap-aware segmentation model (the earlier pipeline)",
    )
    parser.add_argument(
        "--devset",
        choices=(*HALVES, "all"),
        help="WER on the development set (per recording, half and speaker role) instead",
    )
    parser.add_argument(
        "--models",
        nargs="+",
        default=["tiny.en"],
        help="with --devset: Whisper models to score (tiny.en, base)",
    )
    parser.add_argument("--no-sample", action="store_true", help="with --devset: skip sample.wav")
    parser.add_argument(
        "--ids", nargs="+", help="instead of --devset: these development-set recordings (d57 d79)"
    )
    args = parser.parse_args()
    concurrent = not args.sequential
    if args.devset or args.ids:
        began = time.perf_counter()
        devset_wer(args.devset, args.models, not args.no_sample, args.ids)
        print(f"\nbenchmark wall time {time.perf_counter() - began:.0f} s")
        return

    from bodycam.transcribe.formats import load_rttm
    from bodycam.transcribe.wer import load_stm

    began = time.perf_counter()
    sample = str(SAMPLES / "sample.wav")
    # Alternate the contenders and keep each one's fastest run: the machine is shared.
    raws, jobs = [], []
    for _ in range(args.repeats):
        raws.append(_in_child(raw_faster_whisper, sample))
        jobs.append(_in_child(transcription_job, sample, concurrent, args.window_only))
    raw = min(raws, key=lambda run: run["seconds"])
    job = min(jobs, key=lambda run: run["seconds"])
    reference = load_rttm(SAMPLES / "sample.rttm")
    turns = [(s.start, s.end, label) for s, _, label in reference.itertracks(yield_label=True)]
    duration = soundfile.info(sample).duration
    score("sample.wav", duration, load_stm(SAMPLES / "sample.stm"), turns, raw, job)

    if not args.skip_long:
        with tempfile.TemporaryDirectory() as directory:
            path, text, turns, duration = make_long(args.minutes, Path(directory))
            raw = _in_child(raw_faster_whisper, str(path))
            job = _in_child(transcription_job, str(path), concurrent, args.window_only)
            score(path.name, duration, text, turns, raw, job)
    print(f"\nbenchmark wall time {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
