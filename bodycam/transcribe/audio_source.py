"""Audio read on demand: the transcription job's bounded-memory path.

Ingest writes every footage's sound as a 16 kHz mono 16-bit WAV. Two hours of it are 230 MB as
samples and 460 MB as float32, which is what loading the whole file cost. ``WavFile`` reads only
the stretch asked for (``audio[start:stop]`` returns float32, as a NumPy slice would), so every
stage (voice activity, ASR windows, speaker embeddings, the segmentation model's chunks, the
wearer's levels) holds one piece at a time. Reads use ``os.pread``: no shared file position, so
ASR and diarization threads read at once without a lock.

Values are exactly those libsndfile gives for the same file (``sample / 32768``), so results
do not change.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from bodycam.core.audio import SAMPLE_RATE

_SCALE = np.float32(1 / 32768)


class WavFile:
    """A 16 kHz mono 16-bit PCM WAV, sliced like a 1-D float32 array and read on demand.

    Use :func:`open_wav`, which returns ``None`` for any other file.
    """

    ndim = 1
    dtype = np.dtype(np.float32)

    def __init__(self, path: Path, data_offset: int, frames: int) -> None:
        self.path = path
        self._offset = data_offset
        self._frames = frames
        self._fd = os.open(path, os.O_RDONLY)

    def __len__(self) -> int:
        return self._frames

    @property
    def shape(self) -> tuple[int]:
        return (self._frames,)

    def __getitem__(self, key: slice) -> np.ndarray:
        if not isinstance(key, slice):
            raise TypeError(f"WavFile takes slices (audio[start:stop]), not {key!r}")
        start, stop, step = key.indices(self._frames)
        if step != 1:
            raise TypeError("WavFile slices take no step")
        count = max(stop - start, 0)
        data = os.pread(self._fd, 2 * count, self._offset + 2 * start) if count else b""
        if len(data) != 2 * count:
            raise OSError(f"{self.path} is shorter than its header says (truncated while read?)")
        samples = np.frombuffer(data, dtype="<i2").astype(np.float32)
        samples *= _SCALE  # in place: one float32 copy of the piece, not two
        return samples

    def blocks(self, samples: int) -> Iterator[np.ndarray]:
        """Consecutive pieces of ``samples`` samples (the last may be shorter)."""
        for start in range(0, self._frames, samples):
            yield self[start : start + samples]

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        # Only for code that needs the whole signal at once (the pyannote backend).
        whole = self[:]
        return whole if dtype is None else whole.astype(dtype, copy=False)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> WavFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def open_wav(path: str | Path) -> WavFile | None:
    """``path`` as a ``WavFile`` when it is a 16 kHz mono 16-bit PCM WAV, else ``None`` (the
    caller then decodes it whole)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(12)
            if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
                return None
            fmt = None
            while True:
                chunk = handle.read(8)
                if len(chunk) < 8:
                    return None
                name, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
                if name == b"fmt ":
                    fmt = handle.read(size)
                    if size % 2:
                        handle.read(1)
                elif name == b"data":
                    if fmt is None or len(fmt) < 16:
                        return None
                    tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", fmt[:16])
                    if tag == 0xFFFE and len(fmt) >= 26:  # WAVE_FORMAT_EXTENSIBLE
                        tag = struct.unpack("<H", fmt[24:26])[0]
                    if (tag, channels, rate, bits) != (1, 1, SAMPLE_RATE, 16):
                        return None
                    offset = handle.tell()
                    available = path.stat().st_size - offset
                    # ffmpeg writing to a pipe leaves the size at 0 or 0xFFFFFFFF: trust the file.
                    frames = (size if 0 < size < 0xFFFFFFFF else available) // 2
                    return WavFile(path, offset, min(frames, available // 2))
                else:
                    handle.seek(size + size % 2, os.SEEK_CUR)
    except OSError:
        return None


def as_signal(audio: Any) -> np.ndarray | WavFile:
    """``audio`` as something sliced into mono float32: a ``WavFile`` as is, anything else as
    a 1-D float32 array.

    Raises:
        ValueError: The audio is not mono.
    """
    if isinstance(audio, WavFile):
        return audio
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"audio must be mono (1-D) 16 kHz float32, got shape {audio.shape}")
    return audio
