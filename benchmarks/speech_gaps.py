"""Find reference speech the machine transcript has no words for (issue #9).

For every recording of the diarization development set (dev, heldout and fresh halves, with
their STM references) and every encounter of the suggestion evaluation set (dev, heldout and
fresh, spoken by espeak-ng as ``benchmarks/suggestions.py`` does), transcribe with one
contender and print each stretch of reference speech longer than ``--min`` seconds with no
machine word on it, and the pooled WER (errors over reference words, as ``benchmarks/asr.py``
pools it):

- ``job``: ``pipeline.run_transcription`` with the defaults (the project's transcription job);
- ``raw``: faster-whisper as shipped on the same model files (tiny.en, CPU int8, beam 5, word
  timestamps, ``vad_filter=True``), as in ``benchmarks/asr.py``.

    .venv/bin/python benchmarks/speech_gaps.py [--contender job|raw] [--min 3.0] [--out FILE]

``--out`` keeps results between runs (a JSON file; recordings already in it are skipped).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GROUPS = ("devset/dev", "devset/heldout", "devset/fresh", "evalset/dev", "evalset/heldout")
GROUPS += ("evalset/fresh",)


def recordings(media: Path):
    """``(name, wav, [(speaker role, start, end, text)])`` for every recording scanned."""
    from bodycam.transcribe import devset

    for recording in devset.build(half=None) + devset.build(half="fresh"):
        lines = []
        for row in recording.stm_path.read_text(encoding="utf-8").splitlines():
            fields = row.split(maxsplit=5)
            text = fields[5] if len(fields) > 5 else ""
            lines.append((devset.role(fields[2]), float(fields[3]), float(fields[4]), text))
        yield f"devset/{recording.spec.half}/{recording.id}", recording.audio_path, lines
    from bodycam.suggest.evalset import SPLITS, load_encounters

    for split in SPLITS:
        for encounter in load_encounters(split):
            wav = media / f"{split}-{encounter.name}.wav"
            spoken = _speak(encounter, wav)
            yield f"evalset/{split}/{encounter.name}", wav, spoken


def _speak(encounter, wav: Path) -> list[tuple[str, float, float, str]]:
    from scipy.signal import resample_poly

    from bodycam.demo.build import find_tool
    from bodycam.demo.voices import mix_encounter, write_wav

    mix, lines = mix_encounter(encounter.script, find_tool("espeak-ng"))
    audio = resample_poly(mix, 160, encounter.script.sample_rate // 100).astype(np.float32)
    write_wav(wav, audio, 16000)
    return [(line.speaker, line.start, line.end, line.text) for line in lines]


def job(wav: Path) -> tuple[list[tuple[float, float]], str, list]:
    from bodycam.transcribe.pipeline import run_transcription

    result = run_transcription(wav)
    words = [(word.start, word.end) for segment in result.segments for word in segment.words]
    removed = [(item.start, item.end, item.reason, item.text) for item in result.removed]
    return words, " ".join(segment.text for segment in result.segments), removed


_models: dict = {}


def raw(wav: Path) -> tuple[list[tuple[float, float]], str, list]:
    from faster_whisper import WhisperModel

    from bodycam.transcribe.asr_model import resolve_model

    if "tiny.en" not in _models:
        _models["tiny.en"] = WhisperModel(resolve_model("tiny.en"), "cpu", compute_type="int8")
    audio, _ = soundfile.read(str(wav), dtype="float32")
    segments, _ = _models["tiny.en"].transcribe(
        audio, beam_size=5, word_timestamps=True, vad_filter=True, language="en"
    )
    segments = list(segments)
    words = [(word.start, word.end) for segment in segments for word in segment.words]
    return words, " ".join(segment.text for segment in segments), []


def silent_stretches(
    lines: list[tuple[str, float, float, str]],
    words: list[tuple[float, float]],
    duration: float,
    shortest: float,
) -> list[tuple[float, float, float]]:
    """``(first, last, voiced seconds)`` of each stretch between machine words that holds
    more than ``shortest`` seconds of reference speech (the union of the lines)."""
    speech: list[tuple[float, float]] = []
    for _, start, end, _ in sorted(lines, key=lambda line: line[1]):
        if speech and start <= speech[-1][1]:
            speech[-1] = (speech[-1][0], max(end, speech[-1][1]))
        else:
            speech.append((start, end))
    bounds = [(-1.0, 0.0), *sorted(words), (duration + 1.0, duration + 2.0)]
    found = []
    for (_, after), (before, _) in itertools.pairwise(bounds):
        inside = [
            (max(s, after), min(e, before)) for s, e in speech if min(e, before) > max(s, after)
        ]
        voiced = sum(end - start for start, end in inside)
        if voiced > shortest:
            found.append((round(inside[0][0], 2), round(inside[-1][1], 2), round(voiced, 1)))
    return found


def main() -> None:
    from bodycam.transcribe.wer import errors_by_speaker

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contender", choices=("job", "raw"), default="job")
    parser.add_argument("--min", type=float, default=3.0, help="seconds of speech, no words")
    parser.add_argument("--out", type=Path, default=None, help="JSON results, kept across runs")
    args = parser.parse_args()
    results = json.loads(args.out.read_text()) if args.out and args.out.exists() else {}
    transcribe = job if args.contender == "job" else raw
    with tempfile.TemporaryDirectory(prefix="bodycam-gaps-") as media:
        for name, wav, lines in recordings(Path(media)):
            if name in results:
                continue
            clock = time.perf_counter()
            words, text, removed = transcribe(wav)
            seconds = time.perf_counter() - clock
            duration = soundfile.info(str(wav)).duration
            counts = errors_by_speaker([(role, said) for role, _, _, said in lines], text)
            results[name] = {
                "stretches": silent_stretches(lines, words, duration, args.min),
                "errors": sum(errors for errors, _ in counts.values()),
                "words": sum(spoken for _, spoken in counts.values()),
                "seconds": seconds,
                "removed": removed,
            }
            if args.out:
                args.out.write_text(json.dumps(results, indent=1))
            found = results[name]["stretches"]
            print(f"{name}: {len(found)} stretches {found} ({seconds:.0f} s)", flush=True)
    print(f"\n{args.contender}: stretches of over {args.min:g} s of reference speech, no words")
    for group in GROUPS:
        names = [name for name in results if name.startswith(group + "/")]
        stretches = [s for name in names for s in results[name]["stretches"]]
        errors = sum(results[name]["errors"] for name in names)
        words = sum(results[name]["words"] for name in names)
        print(
            f"{group:16} {len(names):2} recordings  {len(stretches):2} stretches "
            f"({sum(s[2] for s in stretches):5.1f} s)  WER {errors / max(words, 1):6.2%} "
            f"({errors}/{words})"
        )


if __name__ == "__main__":
    main()
