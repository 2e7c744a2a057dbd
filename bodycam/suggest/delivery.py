"""Voice delivery: a sentence said both higher and louder than the same voice usually speaks.

Agitated speech rises in pitch and level together. The recogniser never writes "!", and a
loudness threshold alone cannot tell a slightly raised voice from a speaker label whose
baseline the diarizer's split or merged voices threw off. Pitch is a second, independent cue:
a sentence counts as a raised delivery only when its median F0 over the label's usual pitch
(semitones) and its level over the label's baseline (dB, ``voice.sentence_loudness``) add up to
``JOINT_RAISED`` (``MILD_RAISED`` on a sentence of ``MILD_MIN_WORDS`` words or more) and each
is at least ``EACH_RAISED``. Both are relative to the same label, so a
high or loud voice is not agitated for being high or loud. Speaking rate was measured too and did
not separate agitated from normal sentences on the machine transcript (docs/BENCHMARKS.md, #15).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .sentences import Sentence
from .voice import Loudness, speaker_baselines

#: Semitones over the label's usual pitch plus dB over its loudness baseline that together make a
#: raised delivery, and the least each must rise. A sum, not a bar on each: an agitated line
#: (the evaluation audio's +3 dB, higher and faster) lands on the machine transcript's sentences
#: anywhere from (1.5 st, 2.5 dB) to (4.5 st, 1.1 dB), as the label's baseline takes in some of
#: the speaker's agitated lines and the sentence's frames some of a neighbour's; bars of 2.5 st
#: and 2.0 dB each missed the lines high in one and just under the bar in the other. Swept on the
#: eight training splits (docs/BENCHMARKS.md, session 10, s10-sugg2, #15): a sum of 3.0 found
#: 26 more escalation moments on the machine transcripts for 42 more suggestions, 3.5 22 for 37,
#: 4.5 13 for 19, which keeps the pooled precision where it was (0.83-0.84).
JOINT_RAISED = 4.5
EACH_RAISED = 1.0
#: A milder rise counts on a longer sentence. Its median pitch and level rest on more voiced
#: frames, so a rise of 3.5 is measured, not a chance wobble; on a short one it is as often a
#: calm line as an agitated one. Civilian sentences of the 17 training splits' machine
#: transcripts with a sum of 3.5-4.5 (session 21, docs/BENCHMARKS.md, #15): of 8 words or more,
#: 56 on agitated or shouted lines and 8 on calm ones; shorter, 32 and 18.
MILD_RAISED = 3.5
MILD_MIN_WORDS = 8
#: Percentile of a label's sentence pitches taken as its usual pitch: low, so that a speaker who
#: is agitated half the time still has a calm baseline (as ``voice.BASELINE_PERCENTILE``).
BASELINE_PERCENTILE = 25
#: A sentence needs this many words for its pitch to count, a label this many such sentences.
MIN_WORDS = 3
MIN_SENTENCES = 3
#: The pitch tracker's frame step (s) and search range (Hz): adult voices, raised ones included.
FRAME_SECONDS = 0.02
FMIN, FMAX = 60.0, 500.0
#: Frames more than this many dB under the sentence's loudest frame are pauses or breath: the
#: tracker's F0 there is noise.
VOICED_WITHIN_DB = 12.0


@dataclass(frozen=True)
class PitchTrack:
    """F0 (Hz) and RMS level per ``FRAME_SECONDS`` frame of a recording."""

    f0: np.ndarray
    rms: np.ndarray
    rate: float = 1.0 / FRAME_SECONDS

    @classmethod
    def from_audio(cls, audio: np.ndarray, sample_rate: int) -> PitchTrack:
        """Track the pitch of mono ``audio`` (YIN: under 0.003 x real time on one core)."""
        import librosa

        hop = round(sample_rate * FRAME_SECONDS)
        frame = 2 ** int(np.ceil(np.log2(sample_rate / FMIN * 2)))
        audio = np.asarray(audio, dtype=np.float32)
        if audio.size < frame:
            return cls(np.zeros(0), np.zeros(0), sample_rate / hop)
        f0 = librosa.yin(
            audio, fmin=FMIN, fmax=FMAX, sr=sample_rate, frame_length=frame, hop_length=hop
        )
        rms = librosa.feature.rms(y=audio, frame_length=frame, hop_length=hop)[0]
        size = min(f0.size, rms.size)
        return cls(f0[:size], rms[:size], sample_rate / hop)


def read_pitch_track(path) -> PitchTrack:
    """The pitch track of an audio file (the footage's derived 16 kHz WAV)."""
    from ..core.audio import SAMPLE_RATE
    from ..transcribe.pipeline import load_audio

    return PitchTrack.from_audio(load_audio(path), SAMPLE_RATE)


@dataclass(frozen=True)
class Delivery:
    """A sentence's pitch over its label's usual (semitones) and level over its baseline (dB)."""

    sentence: Sentence
    pitch_st: float
    level_db: float

    @property
    def raised(self) -> bool:
        if min(self.pitch_st, self.level_db) < EACH_RAISED:
            return False
        joint = self.pitch_st + self.level_db
        long_enough = len(self.sentence.norm.split()) >= MILD_MIN_WORDS
        return joint >= JOINT_RAISED or (joint >= MILD_RAISED and long_enough)

    def describe(self) -> str:
        return (
            f"pitch {self.pitch_st:+.1f} semitones over the speaker's usual and "
            f"{self.level_db:+.1f} dB over their baseline level"
        )


def sentence_pitch(sentences: list[Sentence], track: PitchTrack) -> dict[int, float]:
    """Median F0 (semitones re 1 Hz) of each sentence of ``MIN_WORDS`` words or more."""
    found = {}
    for sentence in sentences:
        if len(sentence.norm.split()) < MIN_WORDS:
            continue
        lo = max(0, int(sentence.start * track.rate))
        hi = min(track.rms.size, int(np.ceil(sentence.end * track.rate)))
        if hi <= lo:
            continue
        rms, f0 = track.rms[lo:hi], track.f0[lo:hi]
        voiced = rms >= rms.max() * 10 ** (-VOICED_WITHIN_DB / 20)
        if rms.max() > 0 and voiced.any():
            found[sentence.index] = 12 * float(np.log2(np.median(f0[voiced])))
    return found


def sentence_delivery(
    sentences: list[Sentence], loudness: dict[int, Loudness], track: PitchTrack
) -> dict[int, Delivery]:
    """Pitch and level of each measured sentence against its speaker label's own."""
    pitch = sentence_pitch(sentences, track)
    usual = speaker_baselines(sentences, pitch, BASELINE_PERCENTILE, MIN_SENTENCES)
    return {
        s.index: Delivery(s, pitch[s.index] - usual[s.speaker], loudness[s.index].above_db)
        for s in sentences
        if s.index in pitch and s.speaker in usual and s.index in loudness
    }
