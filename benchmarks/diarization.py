"""Benchmark the embedded diarizer on ../shared/samples/sample.wav and a long file made from it.

Prints DER, JER and the DER breakdown (pyannote.metrics, no collar, overlapped speech scored),
the estimated speaker count (never given) and real-time factors. Silero VAD alone is timed in
the same run as a baseline, because the machine is shared and absolute timings drift; the
ratio diarization / VAD is the steadier figure. Model loading is not timed. The window-only
pipeline (the overlap-aware segmentation turned off) is scored in the same run as a quality
baseline.

It also prints how steady the quality is: the same file diarized with every speech-region start
moved by a few tens of milliseconds (which moves the embedding-window grid). A single DER on a
30 s file can be a lucky or unlucky draw; compare changes on the spread, not on one number.
``--demo DIR`` adds the synthetic demo encounter (four voices, radio, shouting), built into DIR
with espeak-ng on first use, as a second, different recording.

``--devset dev|heldout|all`` scores the development set instead (``bodycam.transcribe.devset``,
built into its cache on first use; ``all`` is dev and heldout; ``--devset fresh`` scores the
unseen d15-d20 alone): per recording and overall DER (no collar, overlap scored), JER,
speakers found/true, for the previous release (window-only pipeline), the current defaults and
a candidate (``--encoder``, ``--step``), with the ratio of each DER to the previous release's,
all in one process.

    .venv/bin/python benchmarks/diarization.py [--minutes 20] [--repeats 3] [--threads 1]
        [--demo /tmp/demo_ref] [--shifts -0.04 -0.02 0 0.02 0.04]
    .venv/bin/python benchmarks/diarization.py --devset dev [--encoder campplus] [--step 0.5]
        [--peer senko --peer-python /tmp/senko-venv/bin/python] [--with-sample]

``--peer senko`` scores senko's own pipeline (silero VAD, CAM++, spectral clustering on CPU) in
the same run, through ``benchmarks/senko_peer.py`` run by senko's own Python (a separate venv,
``--peer-python`` or ``$BODYCAM_SENKO_PYTHON``); its RTF is its own diarization time, model
loading and a first untimed call left out, as for the others.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import wave
from dataclasses import replace
from pathlib import Path

import numpy as np
from pyannote.core import Annotation, Segment

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path(os.environ.get("BODYCAM_SAMPLES") or ROOT.parent / "shared" / "samples")
sys.path.insert(0, str(ROOT))

import diarization_candidate  # noqa: E402 (benchmarks/, the script's own folder)

from bodycam.transcribe import evaluation, vad  # noqa: E402
from bodycam.transcribe.devset_specs import HALVES  # noqa: E402 (data only, cheap)
from bodycam.transcribe.diarization.embedded import EmbeddedDiarizer  # noqa: E402
from bodycam.transcribe.diarization.options import DiarizationOptions  # noqa: E402
from bodycam.transcribe.formats import load_rttm  # noqa: E402

SAMPLE_RATE = 16000


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as handle:
        frames = handle.readframes(handle.getnframes())
    return np.frombuffer(frames, dtype=np.int16).astype(np.float32) / 32768


def repeat(audio: np.ndarray, reference: Annotation, times: int) -> tuple[np.ndarray, Annotation]:
    """``times`` copies of the audio back to back, with the reference shifted to match."""
    duration = len(audio) / SAMPLE_RATE
    long_reference = Annotation(uri=f"{reference.uri}x{times}")
    for copy in range(times):
        offset = copy * duration
        for segment, track, label in reference.itertracks(yield_label=True):
            shifted = Segment(segment.start + offset, segment.end + offset)
            long_reference[shifted, (copy, track)] = label
    return np.tile(audio, times), long_reference


def best_of(repeats: int, function):
    """Fastest wall time of ``repeats`` runs (the least disturbed by other load) and a result."""
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(name: str, audio: np.ndarray, reference: Annotation, diarizer, repeats: int) -> None:
    duration = len(audio) / SAMPLE_RATE
    vad_seconds, speech = best_of(repeats, lambda: vad.speech_regions(audio))
    total_seconds, result = best_of(repeats, lambda: diarizer(audio))
    given_seconds, _ = best_of(repeats, lambda: diarizer(audio, speech=speech))
    scores = evaluation.diarization_scores(reference, result.to_annotation())
    print(
        f"== {name}: {duration:.0f} s audio, {duration - _silence(speech, duration):.0f} s speech"
    )
    print(
        f"DER {scores.der:.2%}  JER {scores.jer:.2%}  missed {scores.missed:.2%}  "
        f"false alarm {scores.false_alarm:.2%}  confusion {scores.confusion:.2%}"
    )
    print(f"speakers estimated: {len(result.speakers)} (reference: {len(reference.labels())})")
    print(
        f"RTF  VAD alone {vad_seconds / duration:.4f}  |  diarization incl. VAD "
        f"{total_seconds / duration:.4f}  |  diarization on given speech "
        f"{given_seconds / duration:.4f}  |  ratio diarization/VAD "
        f"{total_seconds / vad_seconds:.1f}"
    )
    print(f"peak RSS so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def without_segmentation(name: str, audio: np.ndarray, reference: Annotation, diarizer) -> None:
    """DER of the window-only pipeline (no overlap-aware segmentation), as a baseline."""
    result = diarizer(audio)
    scores = evaluation.diarization_scores(reference, result.to_annotation())
    print(
        f"baseline without segmentation ({name}): DER {scores.der:.2%}  missed "
        f"{scores.missed:.2%}  false alarm {scores.false_alarm:.2%}  confusion "
        f"{scores.confusion:.2%}  speakers {len(result.speakers)}"
    )


def steadiness(
    name: str, audio: np.ndarray, reference: Annotation, diarizer, shifts: list[float]
) -> None:
    """DER when every speech-region start moves by each of ``shifts`` seconds."""
    speech = vad.speech_regions(audio)
    ders, counts = [], []
    for shift in shifts:
        moved = [(max(0.0, start + shift), end) for start, end in speech if end > start + shift]
        result = diarizer(audio, speech=moved)
        ders.append(evaluation.diarization_scores(reference, result.to_annotation()).der)
        counts.append(len(result.speakers))
    print(
        f"steadiness ({name}, region starts moved by {', '.join(f'{s:+.2f}' for s in shifts)} s): "
        f"DER {' '.join(f'{d:.1%}' for d in ders)}  mean {np.mean(ders):.2%}  "
        f"speakers {counts}"
    )


def read_audio_16k(path: Path) -> np.ndarray:
    """Any WAV as mono float32 16 kHz (the demo is written at 22.05 kHz)."""
    from math import gcd

    import soundfile
    from scipy.signal import resample_poly

    audio, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    audio = audio.mean(axis=1)
    if rate != SAMPLE_RATE:
        divisor = gcd(rate, SAMPLE_RATE)
        audio = resample_poly(audio, SAMPLE_RATE // divisor, rate // divisor)
    return np.asarray(audio, dtype=np.float32)


def demo_recording(folder: Path) -> tuple[np.ndarray, Annotation]:
    """The demo encounter's audio and reference turns, built into ``folder`` when missing."""
    audio_path = folder / "demo_encounter.wav"
    rttm_path = folder / "demo_encounter.rttm"
    if not (audio_path.is_file() and rttm_path.is_file()):
        from bodycam.demo.build import build_demo_footage

        built = build_demo_footage(folder)
        audio_path, rttm_path = built.audio_path, built.reference_rttm_path
    return read_audio_16k(audio_path), load_rttm(rttm_path)


class PeerResult:
    """A peer's turns for one file, shaped like a diarization result for the scoring."""

    def __init__(self, turns: list, seconds: float) -> None:
        self.turns, self.seconds = turns, seconds
        self.speakers = sorted({speaker for _, _, speaker in turns})

    def to_annotation(self) -> Annotation:
        annotation = Annotation()
        for index, (start, end, speaker) in enumerate(self.turns):
            annotation[Segment(start, end), index] = speaker
        return annotation


def run_peer(name: str, python: str | None, paths: list[Path]) -> dict[str, PeerResult]:
    """Diarize ``paths`` with a peer in its own environment; ``{path: result}``."""
    import json
    import subprocess

    if name != "senko":
        raise SystemExit(f"unknown peer {name!r}: the one peer is senko")
    if not python or not Path(python).is_file():
        raise SystemExit(
            "--peer senko needs senko's own Python (a separate venv: its dependencies would "
            "replace the project's CPU torch): give --peer-python /tmp/senko-venv/bin/python "
            "or set BODYCAM_SENKO_PYTHON (docs/BENCHMARKS.md says how it was installed)"
        )
    script = Path(__file__).with_name("senko_peer.py")
    done = subprocess.run(
        [python, str(script), *map(str, paths)], check=True, capture_output=True, text=True
    )
    results = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            results[item["path"]] = PeerResult(item["turns"], item["seconds"])
    return results


def devset_scores(
    half: str,
    configs: dict[str, EmbeddedDiarizer],
    peers: dict[str, dict[str, PeerResult]] | None = None,
    with_sample: bool = False,
    ids: list[str] | None = None,
) -> None:
    """Score every config (and peer) on one half (or all) of the development set, recording
    by recording; ``with_sample`` adds sample.wav on its own line, outside the totals; ``ids``
    keeps only those recordings of the half."""
    from bodycam.transcribe import devset

    peers = peers or {}
    files = [
        (r.id, r.spec.half, r.audio_path, r.rttm_path)
        for r in devset.build(half=None if half == "all" else half, ids=ids)
    ]
    if with_sample:
        files.append(("sample", "-", SAMPLES / "sample.wav", SAMPLES / "sample.rttm"))
    names = list(configs) + list(peers)
    header = f"{'recording':<10}{'half':<8}{'true':>5}"
    for name in names:
        header += f" | {name + ' DER':>14} {'JER':>6} {'found':>5}"
    print(header)
    totals = {name: [0.0, 0.0, [], 0, 0.0] for name in names}  # error, speech, jers, exact, sec
    audio_seconds, counted = 0.0, 0
    for file_id, file_half, audio_path, rttm_path in files:
        audio = read_audio_16k(audio_path)
        reference = load_rttm(rttm_path)
        true_count = len(reference.labels())
        in_totals = file_id != "sample"
        audio_seconds += len(audio) / SAMPLE_RATE if in_totals else 0.0
        counted += in_totals
        line = f"{file_id:<10}{file_half:<8}{true_count:>5}"
        for name in names:
            if name in peers:
                result = peers[name][str(audio_path)]
                seconds = result.seconds
            else:
                start = time.perf_counter()
                result = configs[name](audio)
                seconds = time.perf_counter() - start
            scores = evaluation.diarization_scores(reference, result.to_annotation())
            found = len(result.speakers)
            if in_totals:
                totals[name][0] += scores.der * scores.reference_speech
                totals[name][1] += scores.reference_speech
                totals[name][2].append(scores.jer)
                totals[name][3] += found == true_count
                totals[name][4] += seconds
            line += f" | {scores.der:>14.2%} {scores.jer:>6.1%} {found:>5}"
        print(line, flush=True)
    release = totals[names[0]][0] / totals[names[0]][1]
    for name in names:
        error, speech, jers, exact, seconds = totals[name]
        der = error / speech
        print(
            f"overall {name} ({half}, {counted} recordings): DER {der:.2%}  "
            f"(x{der / release:.2f} of {names[0]})  mean JER {np.mean(jers):.2%}  "
            f"count exact {exact}/{counted}  RTF {seconds / audio_seconds:.4f}"
        )


def _silence(speech: list[tuple[float, float]], duration: float) -> float:
    return duration - sum(end - start for start, end in speech)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="length of the long file")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per measurement")
    parser.add_argument("--threads", type=int, default=1, help="torch threads for the encoder")
    parser.add_argument(
        "--demo", type=Path, default=None, help="folder for the demo encounter (built if missing)"
    )
    parser.add_argument(
        "--shifts",
        type=float,
        nargs="*",
        default=[-0.04, -0.02, 0.0, 0.02, 0.04],
        help="seconds to move speech-region starts by in the steadiness check (none: skip it)",
    )
    parser.add_argument(
        "--devset",
        choices=[*HALVES, "all"],
        default=None,
        help="score the development set (one half or all: dev and heldout) or the fresh "
        "half instead of the sample",
    )
    parser.add_argument("--encoder", default="campplus", help="the candidate's speaker encoder")
    parser.add_argument("--step", type=float, default=None, help="the candidate's window step")
    parser.add_argument(
        "--voices-decide",
        action="store_true",
        help="the candidate's stitching: the embeddings decide who (StitchingSettings)",
    )
    parser.add_argument(
        "--merge-similarity",
        type=float,
        default=None,
        help="the candidate's min_merge_similarity (StitchingSettings)",
    )
    parser.add_argument(
        "--min-speaker", type=float, default=None, help="the candidate's min_speaker_duration"
    )
    parser.add_argument(
        "--clustering",
        choices=["spectral", "ahc"],
        default=None,
        help="the candidate's clustering (DiarizationOptions.clustering)",
    )
    parser.add_argument(
        "--ahc-threshold", type=float, default=None, help="the candidate's ahc_threshold"
    )
    parser.add_argument(
        "--keep-distinct",
        type=float,
        default=None,
        help="the candidate's keep_distinct_below (keep a short voice far from all others)",
    )
    parser.add_argument(
        "--low-snr-vad",
        type=float,
        default=None,
        help="the candidate's low_snr_vad_threshold (VAD threshold on low-SNR recordings)",
    )
    parser.add_argument(
        "--heard-speech",
        type=float,
        default=None,
        help="the candidate's heard_speech_min (add speech the segmentation model hears)",
    )
    parser.add_argument(
        "--fill-unheard",
        type=float,
        default=None,
        help="the candidate's fill_unheard (StitchingSettings: VAD speech the model misses)",
    )
    parser.add_argument(
        "--no-fill-unheard",
        action="store_true",
        help="the candidate leaves unheard VAD speech silent (the default before session 4b)",
    )
    parser.add_argument(
        "--split-by-voice",
        action="store_true",
        help="the candidate gives a piece of a stretch to an existing speaker its windows clearly "
        "match (StitchingSettings.split_by_voice)",
    )
    parser.add_argument(
        "--denoise-below",
        type=float,
        default=None,
        help="the candidate's denoise_below_db (detect speech on a denoised copy under this SNR)",
    )
    parser.add_argument(
        "--no-split-by-voice",
        action="store_true",
        help="the candidate never splits a stretch by voice (the default before session 4b)",
    )
    parser.add_argument(
        "--no-move-whole",
        action="store_true",
        help="the candidate gives a stretch whose windows all name another speaker to the "
        "chunk's match all the same (StitchingSettings.move_whole; the default before "
        "session 11)",
    )
    parser.add_argument(
        "--no-distinct-turns",
        action="store_true",
        help="the candidate never makes a short distinct turn a speaker of its own (the default "
        "before session 4c)",
    )
    for flag, what in (
        ("--no-heard-speech", "adds no speech the segmentation model hears and the VAD missed"),
        ("--no-denoise", "never detects speech on a denoised copy"),
        ("--no-veto-merge", "merges on the model's evidence alone (no CAM++ veto)"),
        ("--no-clean-part", "looks only at solo turns for a distinct voice"),
        ("--no-join-small", "never folds a small speaker CAM++ hears as another"),
        ("--no-fill-reach", "fills only unheard frames a window centre is near"),
    ):
        parser.add_argument(
            flag, action="store_true", help=f"the candidate {what} (the default before 2026-12-02)"
        )
    parser.add_argument(
        "--share-margin",
        type=float,
        default=None,
        help="the candidate's share_margin (StitchingSettings: a local speaker shares the "
        "global speaker it is far closer to than its one-to-one match)",
    )
    parser.add_argument(
        "--no-share",
        action="store_true",
        help="the candidate matches local speakers one-to-one within a chunk (the default; "
        "for a candidate made with other flags)",
    )
    parser.add_argument(
        "--max-overlap-share",
        type=float,
        help="the candidate's max_overlap_share (StitchingSettings: past this share of "
        "overlapped speech the model hears the background as a voice)",
    )
    parser.add_argument(
        "--split-timbre-gap",
        type=float,
        help="the candidate's timbre_gap (VoiceSplitSettings: Ward groups each this much closer "
        "to themselves than across are two voices whatever their pitches)",
    )
    parser.add_argument(
        "--no-babble",
        action="store_true",
        help="the candidate always trusts the model's count of voices at once, however much "
        "of the speech it hears overlapped (StitchingSettings.max_overlap_share None; the "
        "default before session 13)",
    )
    # Switches that give one stage of the candidate an earlier default.
    for flag, text in (
        (
            "--no-turn-taking",
            "the candidate merges two voices the windows hear in turns of their own when the "
            "model follows one into the other (DiarizationOptions.turn_taking; the default before"
            " session 8)",
        ),
        (
            "--no-short-turns",
            "the candidate keeps short turns where stitching put them (no CAM++ check of a short "
            "reply's speaker; the default before session 6)",
        ),
        (
            "--no-split-voices",
            "the candidate never splits a speaker CAM++ hears as two voices (the default before "
            "session 7)",
        ),
        (
            "--no-split-voicing",
            "the candidate's voice split makes a group a speaker whether or not both groups are "
            "heard as voices (VoiceSplitSettings.min_periodic None; the default before session "
            "11)",
        ),
        (
            "--no-split-within",
            "the candidate's voice split asks only whether the two groups' CAM++ profiles are far"
            " apart, not whether the pieces are closer within the groups than across them "
            "(VoiceSplitSettings.min_gap None; the default before session 12)",
        ),
        (
            "--split-loose-group",
            "the candidate's voice split does not ask that each group's own lines read closer "
            "than the lines across (VoiceSplitSettings.min_group_gap None; the default before "
            "session 15)",
        ),
        (
            "--no-merge-voices",
            "the candidate never merges two speakers CAM++ hears as one voice (the default before"
            " session 8)",
        ),
        (
            "--merge-any-pitch",
            "the candidate merges two speakers CAM++ hears as one voice whatever their pitches "
            "(VoiceMergeSettings.max_pitch_apart None; the default before session 10)",
        ),
    ):
        parser.add_argument(flag, action="store_true", help=text)
    parser.add_argument(
        "--new-under-babble",
        action="store_true",
        help="the candidate makes a turn unlike every speaker a new speaker also where the "
        "model hears a crowd's babble as a voice (DistinctTurnSettings.new_under_babble; the "
        "default before session 14)",
    )
    parser.add_argument(
        "--merge-pitch-always",
        action="store_true",
        help="the candidate's voice merge asks the pitch of every pair CAM++ hears as one "
        "voice, also of those the voice split can part again "
        "(VoiceMergeSettings.pitch_left_to_split False; the default before session 14)",
    )
    parser.add_argument(
        "--merge-pitch-apart",
        type=float,
        help="the candidate's VoiceMergeSettings.max_pitch_apart (semitones)",
    )
    parser.add_argument(
        "--pitch-over-music",
        action="store_true",
        help="the candidate asks the merge's pitch test even when the pauses between turns "
        "have a pitch of their own (VoiceMergeSettings.max_background_voiced None; the default "
        "before session 13)",
    )
    parser.add_argument(
        "--no-drop-doubled",
        action="store_true",
        help="the candidate keeps every turn lying under another speaker's that CAM++ reads "
        "as that speaker (the default before session 9)",
    )
    parser.add_argument(
        "--drop-any-doubled",
        action="store_true",
        help="the candidate drops such a turn even when its speaker talks alone right before "
        "or after it, CAM++ read for every candidate (session 8's rule)",
    )
    parser.add_argument(
        "--no-read-overlapped",
        action="store_true",
        help="the candidate never reads a turn with no clean part whole when looking for a "
        "distinct voice (DistinctTurnSettings.read_overlapped; the default before session 9)",
    )
    parser.add_argument(
        "--no-fragment-runs",
        action="store_true",
        help="the candidate reads each short piece of a line alone when looking for a distinct "
        "voice (DistinctTurnSettings.fragment_gap=None; the default before session 22)",
    )
    parser.add_argument(
        "--join-wearer-at-any-level",
        action="store_true",
        help="the candidate lets a small speaker join the loudest (the wearer) however much "
        "quieter it is, on CAM++ alone (DistinctTurnSettings.wearer_margin_db=None; the "
        "default before session 39)",
    )
    parser.add_argument(
        "--fusion-stride",
        type=int,
        default=None,
        help="with --encoder resemblyzer+campplus: CAM++ on every this many windows",
    )
    parser.add_argument(
        "--peer",
        choices=["senko"],
        default=None,
        help="with --devset: also score senko's own pipeline, run in its own environment",
    )
    parser.add_argument(
        "--peer-python",
        default=os.environ.get("BODYCAM_SENKO_PYTHON"),
        help="the peer's Python (default: $BODYCAM_SENKO_PYTHON)",
    )
    parser.add_argument(
        "--with-sample",
        action="store_true",
        help="with --devset: score sample.wav too, on its own line outside the totals",
    )
    parser.add_argument(
        "--ids",
        nargs="+",
        default=None,
        help="with --devset: score only these recordings of the half (e.g. d65 d64), or of "
        "any half with --devset all, to take one stage out at a time on the recordings it "
        "concerns without rerunning a half",
    )
    arguments = parser.parse_args()
    if arguments.devset is not None:
        run_devset(arguments)
        return

    audio = read_wav(SAMPLES / "sample.wav")
    reference = load_rttm(SAMPLES / "sample.rttm")
    defaults = DiarizationOptions()
    options = replace(defaults, embedding=replace(defaults.embedding, threads=arguments.threads))
    diarizer = EmbeddedDiarizer(options)
    # The previous release's pipeline: no segmentation model, windows every 0.125 s.
    window_only = EmbeddedDiarizer(options.window_only(arguments.threads), encoder=diarizer.encoder)
    # First-call allocations, for every contender alike (6-12 s holds speech).
    diarizer(audio[SAMPLE_RATE * 6 : SAMPLE_RATE * 12])
    vad.speech_regions(audio[SAMPLE_RATE * 6 : SAMPLE_RATE * 12])

    measure("sample.wav", audio, reference, diarizer, arguments.repeats)
    without_segmentation("sample.wav", audio, reference, window_only)
    if arguments.shifts:
        steadiness("sample.wav", audio, reference, diarizer, arguments.shifts)
    if arguments.demo is not None:
        demo_audio, demo_reference = demo_recording(arguments.demo)
        measure("demo encounter", demo_audio, demo_reference, diarizer, arguments.repeats)
        without_segmentation("demo encounter", demo_audio, demo_reference, window_only)
        if arguments.shifts:
            steadiness("demo encounter", demo_audio, demo_reference, diarizer, arguments.shifts)
    copies = max(1, round(arguments.minutes * 60 / (len(audio) / SAMPLE_RATE)))
    long_audio, long_reference = repeat(audio, reference, copies)
    measure(
        f"sample.wav x{copies}", long_audio, long_reference, diarizer, max(1, arguments.repeats - 2)
    )


def run_devset(arguments: argparse.Namespace) -> None:
    """The previous release, the current defaults and the candidate on the development set."""
    defaults = DiarizationOptions()
    options = replace(defaults, embedding=replace(defaults.embedding, threads=arguments.threads))
    current = EmbeddedDiarizer(options)
    release = EmbeddedDiarizer(options.window_only(arguments.threads), encoder=current.encoder)
    candidate_options = diarization_candidate.candidate_options(arguments, options)
    print(f"candidate: {candidate_options}")
    shared = current.encoder if arguments.encoder == options.encoder else None
    candidate = EmbeddedDiarizer(candidate_options, encoder=shared, segmenter=current.segmenter)
    configs = {"release": release, "main": current, "candidate": candidate}
    peers = {}
    if arguments.peer:
        from bodycam.transcribe import devset

        half = None if arguments.devset == "all" else arguments.devset
        paths = [recording.audio_path for recording in devset.build(half=half, ids=arguments.ids)]
        if arguments.with_sample:
            paths.append(SAMPLES / "sample.wav")
        peers[arguments.peer] = run_peer(arguments.peer, arguments.peer_python, paths)
    devset_scores(arguments.devset, configs, peers, arguments.with_sample, arguments.ids)


if __name__ == "__main__":
    main()
