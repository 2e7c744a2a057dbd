"""Benchmark the suggested-moment detectors on the labelled evaluation set.

For every scripted encounter in ``bodycam/suggest/evalset/<split>`` (``evalset.SPLITS``):

(a) script: the script's lines as utterances (the perfect transcript), timed by synthesis;
(b) machine: the script spoken by espeak-ng (as the demo does), run through the real
    transcription pipeline, speakers given the role of the script speaker they overlap most;

each scored with rules only, with rules + MiniLM similarity to the hand-written prototypes
(``rules+minilm``), with rules + MiniLM similarity to those and the labelled lines of the
training splits (``rules+labelled``, ``suggest/labelled.py``), and with rules + a logistic
regression per code trained on them (``rules+logistic``, ``suggest/logistic.py``). The labelled
bank is built leave-one-split-out: scoring a split of ``TRAINING_SPLITS`` leaves that split's
lines out, so the model never sees the lines it is scored on; a blind split is scored with all
of them. Precision and recall are per polarity (escalation, de-escalation) and per code family
(codebook category), matched one to one (a suggestion counts for at most one overlapping
reference moment of its group). Prints the detectors' time per minute of audio beside the
transcription's, measured in the same run.

    .venv/bin/python benchmarks/suggestions.py [--split dev|heldout|fresh|...|fresh6|all|training]
        [--cache DIR] [--model tiny.en|base|PATH] [--no-embeddings] [--verbose]

``all`` scores every split in turn, each with its own totals, then pooled; ``training``
does so for the training splits alone (never the blind one).

``--cache`` keeps the synthesized audio and transcripts between runs (for tuning on dev).
``--model`` transcribes with another Whisper model (``AsrOptions.model``; default ``tiny.en``):
its transcripts are cached under their own names (:func:`transcript_path`), so the
transcripts of two models never mix in one cache, while the synthesized audio is shared.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bodycam.annotate.codebook import default_codebook  # noqa: E402
from bodycam.suggest import Envelope, detect  # noqa: E402
from bodycam.suggest.adapter import roles_by_overlap, utterances_from_segments  # noqa: E402
from bodycam.suggest.delivery import PitchTrack  # noqa: E402
from bodycam.suggest.evalset import (  # noqa: E402
    SPLITS,
    TRAINING_SPLITS,
    load_encounters,
    reference_moments,
    role_spans,
    script_utterances,
)
from bodycam.suggest.scoring import Score, score_by  # noqa: E402

#: Seconds of slack when matching times: recogniser word times drift by a few frames.
TOLERANCE = 0.5
POLARITIES = ("escalation", "de-escalation")


def _mixed_audio(encounter):
    """The encounter spoken by espeak-ng at 16 kHz (the script's seed makes it repeatable)."""
    from scipy.signal import resample_poly

    from bodycam.demo.build import find_tool
    from bodycam.demo.voices import mix_encounter

    mix, lines = mix_encounter(encounter.script, find_tool("espeak-ng"))
    rate = encounter.script.sample_rate
    return resample_poly(mix, 160, rate // 100).astype(np.float32), lines


#: The model the caches written before ``--model`` existed were transcribed with.
DEFAULT_MODEL = "tiny.en"


def transcript_path(cache: Path, split: str, name: str, model: str = DEFAULT_MODEL) -> Path:
    """Where one encounter's transcript by ``model`` is cached: the default model keeps the
    name older caches use (``<split>-<name>.pkl``), any other has its own
    (``<split>-<name>.model-<model>.pkl``, a path's separators replaced)."""
    if model == DEFAULT_MODEL:
        return cache / f"{split}-{name}.pkl"
    tag = "".join(c if c.isalnum() or c in "._-" else "_" for c in model)
    return cache / f"{split}-{name}.model-{tag}.pkl"


def audio_path(cache: Path, split: str, name: str) -> Path:
    """Where one encounter's synthesized audio is cached: one file whatever the model, so
    every model hears the same samples."""
    return cache / f"{split}-{name}.audio.npy"


def cached_audio(encounter, cache: Path | None):
    """The 16 kHz audio the transcript was made from, for the delivery reading: kept beside
    the transcript's pickle (``.audio.npy``) and rebuilt alone when missing (older caches)."""

    path = audio_path(cache, encounter.split, encounter.name) if cache else None
    if path and path.exists():
        return np.load(path)
    audio, _ = _mixed_audio(encounter)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, audio)
    return audio


def _cached_spans(cache: Path, encounter) -> list | None:
    """The script lines' times from the default model's cached transcript, if there is one."""
    path = transcript_path(cache, encounter.split, encounter.name)
    return pickle.loads(path.read_bytes())["spans"] if path.exists() else None


def synthesize_and_transcribe(encounter, cache: Path | None, model: str = DEFAULT_MODEL) -> dict:
    """Mix the encounter with espeak-ng, write the 16 kHz WAV, transcribe it with ``model``.

    A cached transcript is refused when it records another model than ``model`` (caches made
    before the model was recorded are the default model's)."""
    cached = transcript_path(cache, encounter.split, encounter.name, model) if cache else None
    if cached and cached.exists():
        record = pickle.loads(cached.read_bytes())
        if record.get("model", DEFAULT_MODEL) != model:
            raise SystemExit(f"{cached} holds a {record['model']} transcript, not {model}")
        return record

    from bodycam.demo.voices import write_wav
    from bodycam.ingest.envelope import loudness_envelope
    from bodycam.transcribe.asr import AsrOptions
    from bodycam.transcribe.options import TranscriptionOptions
    from bodycam.transcribe.pipeline import run_transcription

    audio_file = audio_path(cache, encounter.split, encounter.name) if cache else None
    spans = _cached_spans(cache, encounter) if cache else None
    if spans is not None and audio_file.exists():
        # The default model's run synthesized it already: every model hears the same samples.
        audio = np.load(audio_file)
    else:
        audio, lines = _mixed_audio(encounter)
        spans = [(line.start, line.end) for line in lines]
    with tempfile.TemporaryDirectory(prefix="bodycam-suggest-bench-") as work:
        wav = Path(work) / "audio.wav"
        write_wav(wav, audio, 16000)
        envelope = loudness_envelope(wav)
        clock = time.perf_counter()
        result = run_transcription(wav, TranscriptionOptions(asr=AsrOptions(model=model)))
        transcribe_seconds = time.perf_counter() - clock
    record = {
        "model": model,
        "spans": spans,
        "duration": len(audio) / 16000,
        "envelope": envelope,
        "segments": result.segments,
        "wearer": result.wearer.speaker if result.wearer else None,
        "transcribe_seconds": transcribe_seconds,
    }
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(record))
        if not audio_file.exists():
            np.save(audio_file, audio)
    # Kept out of the pickle (the .npy beside it): the delivery reading tracks its pitch.
    return {**record, "audio": audio}


def _add(total: dict, part: dict) -> None:
    for key, value in part.items():
        total[key] = total.get(key, Score(0, 0, 0)) + value


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def print_scores(title: str, polarity: dict, family: dict) -> None:
    print(f"  {title}")
    for name, score in [*((p, polarity.get(p, Score(0, 0, 0))) for p in POLARITIES)]:
        print(
            f"    {name:32s} P {_fmt(score.precision)}  R {_fmt(score.recall)}  "
            f"({score.matched} matched / {score.suggested} suggested / {score.reference} ref)"
        )
    for name, score in sorted(family.items()):
        print(
            f"      family {name:23s} P {_fmt(score.precision)}  R {_fmt(score.recall)}  "
            f"({score.matched}/{score.suggested}/{score.reference})"
        )


def print_totals(variants, totals: dict) -> None:
    for label, _, _ in variants:
        for source in ("script", "machine"):
            print_scores(
                f"{label}, {source} transcript:",
                totals[(label, source, "polarity")],
                totals[(label, source, "family")],
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all", "training"], default="all")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        help="Whisper model of the machine transcript (AsrOptions.model: tiny.en, base with "
        "the whisper-base extra, or a CTranslate2 folder); cached apart from other models'",
    )
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="print every miss and extra of the one-to-one matching, on both transcripts",
    )
    parser.add_argument(
        "--delivery",
        choices=("on", "off", "both"),
        default="on",
        help="read the voice's pitch with its loudness (suggest/delivery.py); 'both' scores "
        "every reader without it and with it ('+delivery') in the same run",
    )
    parser.add_argument(
        "--readers", default=None, help="comma-separated readers to score (default: all)"
    )
    args = parser.parse_args()
    codebook = default_codebook()
    polarity_of = {code.id: code.polarity for code in codebook.codes}
    family_of = {code.id: code.category for code in codebook.codes}
    embedders = {"rules": None}
    if not args.no_embeddings:
        from bodycam.suggest.embedding import CodeSimilarity, load_minilm

        clock = time.perf_counter()
        model = load_minilm()
        embedders["rules+minilm"] = CodeSimilarity(codebook, model)
        embedders["rules+labelled"] = None  # per split, below
        embedders["rules+logistic"] = None
        print(f"MiniLM loaded in {time.perf_counter() - clock:.1f} s (not timed below)")
    scored = set(embedders) if args.readers is None else set(args.readers.split(","))
    splits = {"all": SPLITS, "training": TRAINING_SPLITS}.get(args.split, (args.split,))
    pooled: dict = {}
    if args.delivery != "off":
        # The tracker's first call compiles librosa's kernels: not a per-recording cost.
        PitchTrack.from_audio(np.random.default_rng(0).normal(0, 0.1, 16000), 16000)
    for split in splits:
        encounters = load_encounters(split)
        print(f"\n=== {split}: {len(encounters)} encounters ===")
        # Only the readers scored: the logistic bank alone takes some 15 s per split to train.
        for reader in ("labelled", "logistic"):
            if f"rules+{reader}" in embedders and f"rules+{reader}" in scored:
                embedders[f"rules+{reader}"] = labelled_for(codebook, model, split, reader)
        audio_seconds = transcribe_seconds = 0.0
        totals: dict = {}
        variants = [
            (f"{name}+delivery" if on and args.delivery == "both" else name, name, on)
            for name in embedders
            if name in scored
            for on in {"on": (True,), "off": (False,), "both": (False, True)}[args.delivery]
        ]
        pitch_seconds = pitch_cpu = 0.0
        detect_seconds: dict[str, float] = {label: 0.0 for label, _, _ in variants}
        # CPU seconds too: on a machine shared with other jobs the wall time mostly measures
        # the queue for a core.
        detect_cpu: dict[str, float] = {label: 0.0 for label, _, _ in variants}
        for encounter in encounters:
            record = synthesize_and_transcribe(encounter, args.cache, args.model)
            audio_seconds += record["duration"]
            transcribe_seconds += record["transcribe_seconds"]
            spans = record["spans"]
            moments = reference_moments(encounter, spans, polarity_of)
            envelope = Envelope.from_dict(record["envelope"])
            machine = utterances_from_segments(record["segments"])
            roles = roles_by_overlap(machine, role_spans(encounter, spans))
            machine = utterances_from_segments(record["segments"], roles)
            inputs = {"script": script_utterances(encounter, spans), "machine": machine}
            pitch = None
            if args.delivery != "off":
                audio = (
                    record["audio"] if "audio" in record else cached_audio(encounter, args.cache)
                )
                clock, cpu = time.perf_counter(), time.process_time()
                pitch = PitchTrack.from_audio(audio, 16000)
                pitch_seconds += time.perf_counter() - clock
                pitch_cpu += time.process_time() - cpu
            for label, name, delivered in variants:
                embedder = embedders[name]
                for source, utterances in inputs.items():
                    clock, cpu = time.perf_counter(), time.process_time()
                    result = detect(
                        utterances,
                        codebook,
                        envelope=envelope,
                        wearer=record["wearer"],
                        embedder=embedder,
                        duration=record["duration"],
                        pitch=pitch if delivered else None,
                    )
                    if source == "machine":
                        detect_seconds[label] += time.perf_counter() - clock
                        detect_cpu[label] += time.process_time() - cpu
                    by_polarity = score_by(
                        result.suggestions,
                        moments,
                        lambda s: polarity_of[s.code_id],
                        lambda m: m.polarity,
                        TOLERANCE,
                    )
                    by_family = score_by(
                        result.suggestions,
                        moments,
                        lambda s: family_of[s.code_id],
                        lambda m: family_of[m.code_id],
                        TOLERANCE,
                    )
                    _add(totals.setdefault((label, source, "polarity"), {}), by_polarity)
                    _add(totals.setdefault((label, source, "family"), {}), by_family)
                    if args.verbose:
                        _print_misses(encounter.name, label, source, result, moments, polarity_of)
        minutes = audio_seconds / 60
        print_totals(variants, totals)
        for key, part in totals.items():
            _add(pooled.setdefault(key, {}), part)
        print(f"  audio: {audio_seconds:.1f} s ({minutes:.2f} min)")
        print(
            f"  transcription ({args.model}): {transcribe_seconds / minutes:.2f} s per minute "
            f"of audio ({transcribe_seconds / audio_seconds:.3f} x real time)"
        )
        if args.delivery != "off":
            print(
                f"  pitch tracker (once per recording, in the '+delivery' detectors' times "
                f"below): {pitch_seconds / audio_seconds:.5f} x real time; CPU "
                f"{pitch_cpu / audio_seconds:.5f} x real time"
            )
        for name, seconds in detect_seconds.items():
            if name.endswith("+delivery") or args.delivery == "on":
                seconds += pitch_seconds
                detect_cpu[name] += pitch_cpu
            print(
                f"  detectors ({name}) on the machine transcript: {seconds / minutes:.4f} s per "
                f"minute of audio ({seconds / audio_seconds:.5f} x real time; "
                f"{seconds / max(transcribe_seconds, 1e-9):.4f} x transcription); CPU "
                f"{detect_cpu[name] / minutes:.4f} s per minute "
                f"({detect_cpu[name] / audio_seconds:.5f} x real time)"
            )

    if len(splits) > 1:
        print(f"\n=== pooled: {', '.join(splits)} ===")
        print_totals(variants, pooled)


def labelled_for(codebook, model, split: str, reader: str):
    """The labelled-prototype model (``labelled``: k nearest neighbours, ``logistic``: one
    logistic regression per code) for scoring ``split``: without that split's lines when it
    is a training split (leave one split out)."""
    from bodycam.suggest.labelled import LabelledSimilarity, left_out
    from bodycam.suggest.logistic import LabelledLogistic
    from bodycam.suggest.vector_cache import minilm_vector_cache

    exclude = left_out(split)
    clock = time.perf_counter()
    kind = {"labelled": LabelledSimilarity, "logistic": LabelledLogistic}[reader]
    similarity = kind(codebook, model, exclude=exclude, vector_cache=minilm_vector_cache())
    size = sum(len(pairs) for pairs, _ in similarity.by_role.values())
    trained = [s for s in TRAINING_SPLITS if s not in exclude]
    print(
        f"  rules+{reader}: prototypes from {', '.join(trained)} (not {split}): {size} "
        f"sentences, bank built in {time.perf_counter() - clock:.1f} s"
    )
    return similarity


def _print_misses(encounter_name, name, source, result, moments, polarity_of) -> None:
    """The moments and suggestions the scores' one-to-one matching (within a polarity) leaves
    unmatched: a moment another same-polarity suggestion overlaps but whose suggestion went to
    a neighbour is a miss here, as it is in the recall."""
    from bodycam.suggest.scoring import matching

    for polarity in POLARITIES:
        mine = [s for s in result.suggestions if polarity_of[s.code_id] == polarity]
        theirs = [m for m in moments if m.polarity == polarity]
        matched = matching(mine, theirs, TOLERANCE)
        used = set(matched.values())
        for index, moment in enumerate(theirs):
            if index not in matched:
                print(
                    f"    [{name}, {source}] {encounter_name}: missed {moment.code_id} at "
                    f"{moment.start:.1f}s"
                )
        for index, suggestion in enumerate(mine):
            if index not in used:
                print(
                    f"    [{name}, {source}] {encounter_name}: extra {suggestion.code_id} "
                    f"({suggestion.detector}) at {suggestion.start:.1f}s: {suggestion.evidence}"
                )


if __name__ == "__main__":
    main()
