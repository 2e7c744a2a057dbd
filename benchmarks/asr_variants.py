"""Speech recognition alone under several ``AsrOptions``, beside raw faster-whisper, same run.

The job's ASR exactly as ``run_transcription`` runs it (one Silero pass, ``asr_vad_settings``
regions, our chunks, guards and gap re-decoding; diarization left out, it does not change the
words), once per variant, and raw faster-whisper (beam 5, word timestamps, ``vad_filter=True``)
on the same model files. Prints WER per recording and pooled per half, how many of a list of
police words the reference holds were recognised and how many were written where the
reference has none (what a prompt can invent), the number of "!" written, and the ASR time
over the audio time (loaded machines make that figure noisy).

    .venv/bin/python benchmarks/asr_variants.py --halves dev heldout fresh fresh2 fresh3 \\
        --variant "cond:condition_on_previous_text=true" \\
        --variant "prompt:initial_prompt=Officer, sir, ma'am, ID, license, registration, ..."

A variant is ``NAME:FIELD=VALUE[;FIELD=VALUE]`` (VALUE read as JSON when it parses, else as
text); the job's defaults are always scored as ``job``. ``--raw MODEL ...`` names the models
raw faster-whisper runs (default ``tiny.en``, scored as ``raw``; any other as ``raw-MODEL``;
``--raw`` alone for none). Another model in the job is a variant: ``"base:model=base"``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import fields, replace
from pathlib import Path

import soundfile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Words the suggestion detectors (#15) lean on, after ``wer.normalise``.
POLICE_WORDS = {
    "officer",
    "sir",
    "maam",
    "id",
    "license",
    "registration",
    "warrant",
    "taser",
    "dispatch",
    "ems",
    "ambulance",
    "hands",
    "ground",
}


def parse_variant(text: str):
    """``NAME:FIELD=VALUE;...`` -> ``(name, AsrOptions)``."""
    from bodycam.transcribe.asr import AsrOptions

    name, _, settings = text.partition(":")
    known = {field.name for field in fields(AsrOptions)}
    changes = {}
    for setting in filter(None, settings.split(";")):
        key, _, value = setting.partition("=")
        if key not in known:
            raise SystemExit(f"--variant {text!r}: {key!r} is not an AsrOptions field")
        try:
            changes[key] = json.loads(value)
        except json.JSONDecodeError:
            changes[key] = value
    return name, replace(AsrOptions(), **changes)


def job_text(transcriber, audio) -> str:
    from bodycam.core.audio import SAMPLE_RATE
    from bodycam.transcribe import vad
    from bodycam.transcribe.asr import asr_vad_settings

    probabilities = vad.speech_probabilities(audio, SAMPLE_RATE)
    speech = vad.regions_from_probabilities(
        probabilities, len(audio) / SAMPLE_RATE, asr_vad_settings()
    )
    result = transcriber.transcribe(audio, speech=speech)
    # The job's segment text is rebuilt from its words (align), so score the words.
    return " ".join(word.word for segment in result.segments for word in segment.words)


def _split(counts) -> str:
    """``officer / civilian`` WER from ``{role: (errors, words)}`` (``-`` for a role absent)."""
    return " / ".join(
        f"{counts[role][0] / counts[role][1]:.2%}" if counts.get(role, (0, 0))[1] else "-"
        for role in ("officer", "civilian")
    )


def raw_name(model: str) -> str:
    """The column of raw faster-whisper on ``model``: ``raw`` for the default model."""
    from bodycam.transcribe.asr import DEFAULT_MODEL

    return "raw" if model == DEFAULT_MODEL else f"raw-{model}"


def police_words(reference: str, hypothesis: str) -> tuple[int, int, int]:
    """(police words recognised, in the reference, written where the reference differs)."""
    import jiwer

    from bodycam.transcribe.wer import normalise

    out = jiwer.process_words(normalise(reference), normalise(hypothesis) or "<empty>")
    said, heard = out.references[0], out.hypotheses[0]
    hits = total = invented = 0
    for chunk in out.alignments[0]:
        reference_words = said[chunk.ref_start_idx : chunk.ref_end_idx]
        written = heard[chunk.hyp_start_idx : chunk.hyp_end_idx]
        total += sum(word in POLICE_WORDS for word in reference_words)
        if chunk.type == "equal":
            hits += sum(word in POLICE_WORDS for word in reference_words)
        else:
            invented += sum(word in POLICE_WORDS for word in written)
    return hits, total, invented


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--halves", nargs="+", default=["dev", "heldout"])
    parser.add_argument("--variant", action="append", default=[], help="NAME:FIELD=VALUE;...")
    parser.add_argument(
        "--raw",
        nargs="*",
        default=["tiny.en"],
        help="models raw faster-whisper runs (none with the bare flag)",
    )
    parser.add_argument(
        "--texts", type=Path, help="write every transcript here (JSON lines: id, contender, text)"
    )
    args = parser.parse_args()

    from faster_whisper import WhisperModel

    from bodycam.transcribe import devset
    from bodycam.transcribe.asr import AsrOptions, Transcriber
    from bodycam.transcribe.asr_model import resolve_model
    from bodycam.transcribe.wer import errors_by_speaker, load_stm_lines

    variants = [("job", AsrOptions()), *(parse_variant(text) for text in args.variant)]
    recordings = [recording for half in args.halves for recording in devset.build(half=half)]
    raw_models = {
        raw_name(model): WhisperModel(resolve_model(model), device="cpu", compute_type="int8")
        for model in args.raw
    }

    def raw_text(name: str, audio) -> str:
        segments, _ = raw_models[name].transcribe(
            audio, beam_size=5, word_timestamps=True, vad_filter=True, language="en"
        )
        return " ".join(segment.text for segment in segments)

    contenders = [(name, Transcriber(options)) for name, options in variants]
    names = [name for name, _ in contenders] + list(raw_models)
    # tally[name][half] = [errors, words, asr seconds, audio seconds, hits, total, invented, "!"]
    tally = {name: {} for name in names}
    # by_role[name][half][role] = [errors, words]
    by_role: dict = {name: {} for name in names}
    texts = args.texts.open("w") if args.texts else None
    print("recording | half | " + " | ".join(names))
    for recording in recordings:
        audio, _ = soundfile.read(str(recording.audio_path), dtype="float32")
        lines = load_stm_lines(recording.stm_path)
        reference = " ".join(text for _, text in lines)
        cells = []
        for name in names:
            clock = time.perf_counter()
            job = dict(contenders).get(name)
            text = raw_text(name, audio) if job is None else job_text(job, audio)
            seconds = time.perf_counter() - clock
            counts = errors_by_speaker([(devset.role(who), said) for who, said in lines], text)
            errors = sum(e for e, _ in counts.values())
            words = sum(w for _, w in counts.values())
            roles = by_role[name].setdefault(recording.spec.half, {})
            for role, (role_errors, role_words) in counts.items():
                pair = roles.setdefault(role, [0, 0])
                pair[0] += role_errors
                pair[1] += role_words
            if texts:
                record = {"id": recording.id, "contender": name, "text": text}
                texts.write(json.dumps(record) + "\n")
            row = tally[name].setdefault(recording.spec.half, [0] * 8)
            figures = (errors, words, seconds, len(audio) / 16000, *police_words(reference, text))
            for index, value in enumerate((*figures, text.count("!"))):
                row[index] += value
            cells.append(f"{errors / words:.2%} ({_split(counts)})")
        print(f"{recording.id} | {recording.spec.half} | " + " | ".join(cells), flush=True)
    if texts:
        texts.close()
    print("\nhalf | " + " | ".join(names) + "   (officer / civilian in brackets)")
    for half in args.halves:
        cells = [
            f"{tally[n][half][0] / tally[n][half][1]:.2%} ({_split(by_role[n][half])})"
            for n in names
        ]
        print(f"{half} | " + " | ".join(cells))
    print("\ncontender | all halves | police words recognised | invented | '!' | ASR x real time")
    for name in names:
        rows = list(tally[name].values())
        total = [sum(column) for column in zip(*rows, strict=True)]
        print(
            f"{name} | {total[0] / total[1]:.2%} ({total[0]}/{total[1]}) | {total[4]}/{total[5]}"
            f" | {total[6]} | {total[7]} | {total[2] / total[3]:.3f}"
        )


if __name__ == "__main__":
    main()
