"""The delivery reading (issue 15): a civilian sentence said higher and louder than the same
voice usually speaks is agitation, on real espeak-ng speech rendered as the evaluation audio
renders the script's deliveries (bodycam/demo/script.yaml)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Envelope, detect
from bodycam.suggest.delivery import Delivery, PitchTrack, sentence_delivery, sentence_pitch
from bodycam.suggest.sentences import split_sentences
from bodycam.suggest.types import TimedWord, Utterance
from bodycam.suggest.voice import sentence_loudness

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")

RATE = 16000
CIVILIAN = [
    ("normal", "I was just walking home from work tonight."),
    ("normal", "My car is parked over by the bank."),
    ("normal", "I live two streets away from here."),
    ("agitated", "I already told you where I was all night long."),
    ("normal", "I have my keys in my left pocket."),
]


def _spoken(tmp_path) -> tuple[np.ndarray, list[Utterance]]:
    """The civilian's five lines, one apart, the fourth agitated (speed +18, pitch +10, +3 dB,
    drive 1.5, as the script's deliveries render it)."""
    from bodycam.demo.script import VoiceSettings
    from bodycam.demo.voices import _colour_voice, synthesize_line

    pieces, utterances, cursor = [], [], 0.5
    silence = np.zeros(RATE // 2, dtype=np.float32)
    for delivery, text in CIVILIAN:
        agitated = delivery == "agitated"
        settings = VoiceSettings(
            "en-us+m3",
            170 + 18 * agitated,
            40 + 10 * agitated,
            gain_db=3.0 * agitated,
            drive=1.5 * agitated,
        )
        voiced = synthesize_line("espeak-ng", text, settings, RATE, tmp_path)
        voiced = _colour_voice(voiced, settings, RATE, distant=True)
        start, end = cursor, cursor + voiced.size / RATE
        tokens = text.split()
        step = (end - start) / len(tokens)
        words = tuple(
            TimedWord(token, start + i * step, start + (i + 1) * step)
            for i, token in enumerate(tokens)
        )
        utterances.append(Utterance("Speaker 2", "civilian", start, end, text, words))
        pieces += [silence, voiced]
        cursor = end + 0.5
    audio = np.concatenate([*pieces, silence]) * 0.2
    return audio.astype(np.float32), utterances


def _envelope(audio: np.ndarray) -> Envelope:
    """Loudness per 1/20 s, as ``ingest.envelope`` stores it."""
    frames = audio[: audio.size // 800 * 800].reshape(-1, 800)
    db = 20 * np.log10(np.maximum(np.sqrt(np.mean(frames**2, axis=1)), 1e-6))
    return Envelope(20.0, tuple(float(v) for v in np.clip((db + 60) / 60, 0, 1)))


@pytest.fixture(scope="module")
def spoken(tmp_path_factory):
    audio, utterances = _spoken(tmp_path_factory.mktemp("delivery"))
    return audio, utterances, _envelope(audio), PitchTrack.from_audio(audio, RATE)


def test_the_agitated_line_is_higher_and_louder_than_the_voice_usually_is(spoken):
    _, utterances, envelope, track = spoken
    sentences = split_sentences(utterances)
    loudness = sentence_loudness(sentences, utterances, envelope)
    found = sentence_delivery(sentences, loudness, track)
    figures = {i: (round(d.pitch_st, 1), round(d.level_db, 1)) for i, d in found.items()}
    assert figures == {0: (0.4, 0.9), 1: (-0.7, 1.4), 2: (0.0, 0.0), 3: (3.0, 3.3), 4: (0.5, -0.3)}
    assert [i for i, d in found.items() if d.raised] == [3]
    # A milder rise (2.0 semitones, 1.2 dB: the same delivery on other words) is not enough.
    assert not Delivery(sentences[3], 2.0, 1.2).raised
    # The rises add up: a little under 2.5 semitones is made up by a louder voice, but each
    # must rise at least 1 (a loud voice at its usual pitch is the loudness reading's to judge).
    assert Delivery(sentences[3], 2.4, 3.3).raised
    assert Delivery(sentences[3], 2.5, 2.0).raised
    assert Delivery(sentences[3], 1.0, 3.5).raised
    assert not Delivery(sentences[3], 0.9, 3.6).raised
    # A milder rise (3.0 + 1.4 = 4.4) counts on a sentence of eight words or more, measured on
    # enough voiced frames to trust, and not on a shorter one.
    assert len(sentences[3].norm.split()) == 10
    assert Delivery(sentences[3], 3.0, 1.4).raised
    assert Delivery(sentences[3], 2.0, 1.5).raised
    assert not Delivery(sentences[3], 2.0, 1.4).raised
    assert not Delivery(sentences[3], 2.6, 0.9).raised
    assert len(sentences[0].norm.split()) == 8
    assert Delivery(sentences[0], 2.0, 1.5).raised
    assert len(sentences[2].norm.split()) == 7
    assert not Delivery(sentences[2], 3.0, 1.4).raised
    assert not Delivery(sentences[2], 2.0, 1.5).raised
    assert Delivery(sentences[2], 3.0, 1.5).raised


def test_the_raised_delivery_is_suggested_with_its_figures(spoken):
    _, utterances, envelope, track = spoken
    codebook = default_codebook()
    result = detect(utterances, codebook, envelope=envelope, pitch=track, wearer="Speaker 1")
    agitated = [s for s in result.suggestions if s.code_id == "civilian_agitated"]
    assert [(s.detector, s.start, s.evidence) for s in agitated] == [
        (
            "voice:delivery",
            round(utterances[3].start, 2),
            "I already told you where I was all night long. [pitch +3.0 semitones over the "
            "speaker's usual and +3.3 dB over their baseline level]",
        )
    ]
    # Without the audio's pitch the loudness alone (3.3 dB) is not a raised voice.
    without = detect(utterances, codebook, envelope=envelope, wearer="Speaker 1")
    assert [s for s in without.suggestions if s.code_id == "civilian_agitated"] == []


def test_the_tracker_finds_the_voice_pitch_and_is_cheap(spoken):
    import time

    audio, _, _, track = spoken
    assert track.rate == 50.0
    assert track.f0.size == track.rms.size == audio.size // 320 + 1
    clock = time.process_time()
    PitchTrack.from_audio(audio, RATE)
    assert (time.process_time() - clock) / (audio.size / RATE) < 0.01


def test_a_turn_already_called_agitated_gets_no_second_moment_from_its_delivery(spoken):
    _, utterances, envelope, track = spoken
    end = utterances[3].end
    words = ["Why", "are", "you", "following", "me?"]
    follow_up = Utterance(
        "Speaker 2",
        "civilian",
        end + 0.05,
        end + 0.45,
        " ".join(words),
        tuple(
            TimedWord(w, end + 0.05 + 0.08 * i, end + 0.13 + 0.08 * i) for i, w in enumerate(words)
        ),
    )
    turn = [*utterances[:4], follow_up, utterances[4]]
    sentences = split_sentences(turn)
    found = sentence_delivery(sentences, sentence_loudness(sentences, turn, envelope), track)
    assert found[3].raised
    result = detect(turn, default_codebook(), envelope=envelope, pitch=track, wearer="Speaker 1")
    assert [
        (s.detector, s.start) for s in result.suggestions if s.code_id == "civilian_agitated"
    ] == [("grammar:civilian_agitated.hostile_question", round(end + 0.05, 2))]


def test_the_stage_reads_the_footage_wav_or_says_why_not(store, spoken):
    import json

    from suggest_support import add_derived, add_footage, add_transcript

    from bodycam.demo.voices import write_wav
    from bodycam.suggest.runs import read_input

    audio, _, envelope, track = spoken
    footage_id = add_footage(store)
    add_transcript(store, footage_id)
    envelope_path = store.layout.absolute("media/derived/1/envelope.json")
    envelope_path.parent.mkdir(parents=True, exist_ok=True)
    envelope_path.write_text(json.dumps({"rate": envelope.rate, "values": envelope.values}))
    add_derived(store, footage_id, "envelope", "media/derived/1/envelope.json")
    source = read_input(store, footage_id)
    assert source.pitch is None
    assert source.notices == [
        "footage 1 has no derived audio, so raised deliveries (pitch with loudness) were not "
        "detected. Fix: re-ingest the footage to derive it."
    ]
    add_derived(store, footage_id, "audio", "media/derived/1/audio.wav")
    wav = store.layout.absolute("media/derived/1/audio.wav")
    source = read_input(store, footage_id)
    assert source.pitch is None
    assert source.notices == [
        f"the audio {wav} could not be read ({wav} does not exist), so raised deliveries "
        "(pitch with loudness) were not detected. Fix: run `bodycam verify` and re-ingest the "
        "footage."
    ]
    write_wav(wav, audio, RATE)
    source = read_input(store, footage_id)
    assert source.notices == []
    # The 16-bit WAV the stage reads gives the sentences the pitch the samples do.
    sentences = split_sentences(spoken[1])
    assert source.pitch.f0.size == track.f0.size
    measured = {i: round(v, 1) for i, v in sentence_pitch(sentences, source.pitch).items()}
    assert measured == {i: round(v, 1) for i, v in sentence_pitch(sentences, track).items()}
    assert len(measured) == 5
