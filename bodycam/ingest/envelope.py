"""Loudness envelope for the timeline: computed once from the recognition WAV, stored as JSON."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np

ENVELOPE_RATE = 10  # values per second: enough to see shouting, small for a 4-hour file
FLOOR_DB = -60.0


def loudness_envelope(wav_path: Path, rate: int = ENVELOPE_RATE) -> dict:
    """RMS level per 1/rate s window, in dBFS mapped onto 0..1 (-60 dB -> 0, 0 dB -> 1).

    Reads the WAV in blocks, so memory does not grow with the recording's length.
    """
    values: list[float] = []
    with wave.open(str(wav_path), "rb") as reader:
        if reader.getsampwidth() != 2:
            raise ValueError(f"{wav_path}: expected 16-bit PCM")
        window = max(1, reader.getframerate() // rate)
        channels = reader.getnchannels()
        block_windows = 600
        while True:
            frames = reader.readframes(window * block_windows)
            if not frames:
                break
            samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
            if channels > 1:
                samples = samples.reshape(-1, channels).mean(axis=1)
            whole = len(samples) // window * window
            chunks = [samples[:whole].reshape(-1, window)] if whole else []
            if len(samples) > whole:
                chunks.append(samples[whole:][None, :])
            for chunk in chunks:
                rms = np.sqrt(np.mean(np.square(chunk), axis=1) + 1e-12)
                db = 20 * np.log10(rms)
                level = np.clip((db - FLOOR_DB) / -FLOOR_DB, 0.0, 1.0).astype(np.float64)
                values.extend(level.round(3).tolist())
    return {"rate": rate, "floor_db": FLOOR_DB, "values": values}


def write_envelope(wav_path: Path, out_path: Path) -> dict:
    envelope = loudness_envelope(wav_path)
    out_path.write_text(json.dumps(envelope, separators=(",", ":")))
    return {"rate": envelope["rate"], "floor_db": envelope["floor_db"], "measure": "rms_dbfs"}
