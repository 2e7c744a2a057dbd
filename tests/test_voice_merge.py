"""Two speakers CAM++ hears as one voice become one (issue #14, session 8): fresh4's d37, one
civilian heard near (-4 dB) and far (-15 dB), made two speakers (docs/BENCHMARKS.md)."""

from __future__ import annotations

import numpy as np
import pytest
from devset_builds import needs_voices, scores_without

from bodycam.transcribe.diarization.options import DiarizationOptions
from bodycam.transcribe.embeddings import WindowEmbeddings
from bodycam.transcribe.voice_merge import VoiceMergeSettings, merge, middle_pieces, together

AUDIO = np.zeros(16000 * 20, np.float32)
# Speaker 0 is the officer; speakers 1 (near, 3-8 s) and 2 (far, 12-18 s) are one civilian.
TURNS = [(0.0, 3.0, 0), (3.0, 5.0, 1), (5.5, 8.0, 1), (8.5, 11.5, 0), (12.0, 18.0, 2)]
OFFICER, CIVILIAN = (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)
FAR = (0.0, 0.8, 0.6)


class _Voices:
    """CAM++ stand-in: the officer's voice before 3 s and from 8.5 to 12 s, the civilian's
    elsewhere (tilted by ``far`` after 12 s: the far lines read a little apart); a union is
    the normalised sum."""

    def __init__(self, far: float = 0.3) -> None:
        self.far = far
        self.calls: list[list[tuple[float, float]]] = []

    def __call__(self, audio, segments):
        self.calls.append(list(segments))
        voices = [self._voice((start + end) / 2) for start, end in segments]
        total = np.sum(voices, axis=0)
        return (total / np.linalg.norm(total)).astype(np.float32)

    def _voice(self, time: float) -> np.ndarray:
        if time < 3.0 or 8.5 <= time < 12.0:
            return np.array(OFFICER)
        if time >= 12.0:
            return np.array((0.0, 1.0, self.far))
        return np.array(CIVILIAN)


def _windows() -> tuple[WindowEmbeddings, np.ndarray]:
    """Windows every 0.25 s: Resemblyzer hears the far lines apart from the near ones (cosine
    0.8, under its clustering's 0.7... but over the 0.65 that earns a CAM++ read)."""
    centers = np.arange(0.125, 18.0, 0.25)
    vectors = np.array(
        [FAR if c >= 12.0 else (0.0, 1.0, 0.0) if 3.0 <= c < 8.0 else OFFICER for c in centers]
    )
    windows = WindowEmbeddings(centers - 0.125, centers, np.zeros(len(centers), int), vectors)
    centroids = np.array([OFFICER, (0.0, 1.0, 0.0), FAR])
    return windows, centroids


def test_one_voice_at_two_distances_becomes_one_speaker():
    windows, centroids = _windows()
    voices = _Voices()
    turns, rows = merge(AUDIO, TURNS, centroids, windows, voices)
    assert turns == [(0.0, 3.0, 0), (3.0, 5.0, 1), (5.5, 8.0, 1), (8.5, 11.5, 0), (12.0, 18.0, 1)]
    # Each profile is the middle 4 s of up to three longest clean stretches; the officer's
    # centroid is far from both civilians' (cosine 0), so his profile is never read.
    assert voices.calls == [[(3.0, 5.0), (5.5, 8.0)], [(13.0, 17.0)]]
    assert rows.shape == (2, 3)
    np.testing.assert_allclose(rows[0], OFFICER)
    # The merged speaker's centroid: the mean of its 18 near and 24 far windows.
    np.testing.assert_allclose(rows[1], [0.0, 0.9326, 0.3610], atol=1e-4)


def test_two_voices_or_a_voice_heard_together_stay_apart():
    windows, centroids = _windows()
    # The far lines read 0.69 to the near ones (tilt 1.05): under 0.76, two people.
    turns, rows = merge(AUDIO, TURNS, centroids, windows, _Voices(far=1.05))
    assert turns == TURNS and rows is centroids
    # Turns that run together for more than 0.5 s are two people, however close the voices.
    overlapping = [*TURNS[:4], (7.0, 18.0, 2)]
    assert together(overlapping, 1, 2) == pytest.approx(1.0)
    assert merge(AUDIO, overlapping, centroids, windows, _Voices())[0] == sorted(overlapping)
    # Centroids under min_centroid_similarity: no CAM++ read at all.
    voices = _Voices()
    strict = VoiceMergeSettings(min_centroid_similarity=0.81)
    assert merge(AUDIO, TURNS, centroids, windows, voices, strict)[0] == TURNS
    assert voices.calls == []
    # Never fewer than min_speakers.
    assert merge(AUDIO, TURNS, centroids, windows, _Voices(), min_speakers=3)[0] == TURNS


def test_a_speaker_with_little_clean_speech_has_no_profile():
    windows, centroids = _windows()
    voices = _Voices()
    short = [*TURNS[:4], (12.0, 13.5, 2)]
    assert merge(AUDIO, short, centroids, windows, voices)[0] == short
    assert voices.calls == [[(3.0, 5.0), (5.5, 8.0)]]


def test_middle_pieces_and_settings():
    assert middle_pieces([(0.0, 10.0), (20.0, 21.0), (30.0, 33.0)], 2, 4.0) == [
        (3.0, 7.0),
        (30.0, 33.0),
    ]
    with pytest.raises(ValueError, match="min_similarity must be in"):
        VoiceMergeSettings(min_similarity=1.0)
    with pytest.raises(ValueError, match="min_centroid_similarity must be in"):
        VoiceMergeSettings(min_centroid_similarity=-1.5)
    with pytest.raises(ValueError, match="max_together >= 0"):
        VoiceMergeSettings(max_together=-0.1)
    with pytest.raises(ValueError, match="profile_turns must be >= 1"):
        VoiceMergeSettings(profile_turns=0)
    assert DiarizationOptions().merge_voices == VoiceMergeSettings()


@needs_voices
@pytest.mark.slow
def test_the_civilian_near_and_far_is_one_speaker(tmp_path):
    # d37 (fresh4): the officer (flite kal16) and one civilian (espeak en-us-nyc+f2) heard at
    # -4 dB and at -15 dB in street noise at 12 dB SNR; the far lines were a third speaker.
    found = scores_without("d37", tmp_path, "merge_voices")
    assert found == {"without": (3, 0.2568), "default": (2, 0.0560)}
