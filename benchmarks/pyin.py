"""pYIN's CPU with the banded Viterbi pass (``bodycam.transcribe.pyin``) against ``librosa.pyin``.

Reads the stretches of development-set recordings that their reference turns hold (each turn,
high-passed as ``speaker_pitch`` reads it), runs both on each stretch in turn, alternating which
goes first, checks that every frame is the same, and prints the CPU seconds of each and their
ratio, measured in the same run (the host's speed varies from day to day):

    .venv/bin/python benchmarks/pyin.py [--ids d184 d215 d228] [--repeat 2]

Recordings are built (or read back) as ``bodycam.transcribe.devset`` builds them
(``BODYCAM_DEVSET_CACHE``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bodycam.transcribe import devset, pyin, speaker_pitch  # noqa: E402
from bodycam.transcribe.formats import load_rttm  # noqa: E402

RATE = speaker_pitch.SAMPLE_RATE
SETTINGS = speaker_pitch.PYIN_SETTINGS


def stretches(ids: list[str]) -> list[np.ndarray]:
    """Each reference turn of the recordings, high-passed, long enough for two pYIN frames."""
    from scipy import signal

    highpass = signal.butter(4, speaker_pitch.HIGHPASS_HZ, "highpass", fs=RATE, output="sos")
    found = []
    for recording in devset.build(ids=ids):
        audio = devset.read_audio(recording.audio_path)
        filtered = signal.sosfilt(highpass, audio).astype(np.float32)
        for turn in load_rttm(recording.rttm_path).itersegments():
            piece = filtered[int(turn.start * RATE) : int(turn.end * RATE)]
            if len(piece) >= 2 * speaker_pitch.FRAME:
                found.append(piece)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ids", nargs="+", default=["d184", "d215", "d228"])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    import librosa

    pieces = stretches(args.ids)
    # Compile (or load) both Viterbi kernels before timing.
    librosa.pyin(pieces[0], **SETTINGS)
    pyin.pyin(pieces[0], **SETTINGS)
    cpu = {"librosa.pyin": 0.0, "bodycam pyin": 0.0}
    runs = {"librosa.pyin": librosa.pyin, "bodycam pyin": pyin.pyin}
    for round_ in range(args.repeat):
        for index, piece in enumerate(pieces):
            order = list(runs) if (round_ + index) % 2 == 0 else list(runs)[::-1]
            results = {}
            for name in order:
                start = time.process_time()
                results[name] = runs[name](piece, **SETTINGS)
                cpu[name] += time.process_time() - start
            for expected, found in zip(*results.values(), strict=True):
                np.testing.assert_array_equal(found, expected)
    seconds = sum(len(piece) for piece in pieces) / RATE * args.repeat
    print(f"{len(pieces)} stretches of {', '.join(args.ids)}, {seconds:.0f} s of audio read")
    print("every frame the same (F0, voiced flag, voiced probability)")
    for name, used in cpu.items():
        print(f"{name:>14}: {used:7.2f} CPU s, {used / seconds:.4f} x real time")
    print(f"ratio: {cpu['bodycam pyin'] / cpu['librosa.pyin']:.3f}")


if __name__ == "__main__":
    main()
