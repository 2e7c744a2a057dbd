"""Transcript and RTTM formats: exact output and round trips."""

from __future__ import annotations

import json

import pytest
from support import samples

from bodycam.transcribe.formats import (
    TranscriptFormatError,
    format_timestamp,
    from_json,
    from_rttm,
    load_rttm,
    speaker_label,
    to_json,
    to_rttm,
    to_srt,
    to_txt,
    to_vtt,
    turns_to_annotation,
)
from bodycam.transcribe.types import Segment, SpeakerTurn, Word

SEGMENTS = [
    Segment(
        1.0,
        2.5,
        "Hello there.",
        "S0",
        [Word(1.0, 1.4, "Hello", 0.91, "S0"), Word(1.5, 2.5, "there.", 0.87, "S0")],
        -0.21,
        0.01,
    ),
    Segment(62.5, 64.0, "Drop it <now> & step back", "S1", [], -0.5, 0.1),
    Segment(3725.25, 3726.0, "Radio check.", None, [], -0.3, 0.2),
]
NAMES = {"S1": "Officer Diaz"}
TURNS = [
    SpeakerTurn(1.0, 2.5, "S0"),
    SpeakerTurn(2.25, 3.0, "S1"),
    SpeakerTurn(62.5, 64.0, "S1"),
]


@pytest.mark.parametrize(
    ("speaker", "names", "expected"),
    [
        ("S0", None, "Speaker 1"),
        ("S11", None, "Speaker 12"),
        ("S1", NAMES, "Officer Diaz"),
        ("SPEAKER_00", None, "SPEAKER_00"),
        (None, NAMES, "Unknown speaker"),
    ],
)
def test_speaker_label(speaker, names, expected):
    assert speaker_label(speaker, names) == expected


def test_format_timestamp():
    assert format_timestamp(0.0) == "00:00:00.000"
    assert format_timestamp(62.5) == "00:01:02.500"
    assert format_timestamp(3725.2506, ",") == "01:02:05,251"
    assert format_timestamp(-0.2) == "00:00:00.000"


def test_to_srt():
    assert to_srt(SEGMENTS, NAMES) == (
        "1\n00:00:01,000 --> 00:00:02,500\nSpeaker 1: Hello there.\n\n"
        "2\n00:01:02,500 --> 00:01:04,000\nOfficer Diaz: Drop it <now> & step back\n\n"
        "3\n01:02:05,250 --> 01:02:06,000\nRadio check.\n"
    )


def test_to_vtt_uses_voice_spans_and_escapes():
    names = {"S1": "Diaz <K9 unit> & co"}
    assert to_vtt(SEGMENTS, names) == (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:02.500\n<v Speaker 1>Hello there.</v>\n\n"
        "00:01:02.500 --> 00:01:04.000\n"
        "<v Diaz &lt;K9 unit&gt; &amp; co>Drop it &lt;now&gt; &amp; step back</v>\n\n"
        "01:02:05.250 --> 01:02:06.000\nRadio check.\n"
    )


def test_to_vtt_keeps_arrows_out_of_cue_text():
    text = to_vtt([Segment(0.0, 1.0, "go --> there\nnow", "S0")])
    assert text.splitlines()[3] == "<v Speaker 1>go --&gt; there now</v>"


def test_to_txt():
    assert to_txt(SEGMENTS, NAMES) == (
        "[00:00:01.000] Speaker 1: Hello there.\n"
        "[00:01:02.500] Officer Diaz: Drop it <now> & step back\n"
        "[01:02:05.250] Unknown speaker: Radio check.\n"
    )


def test_json_round_trip():
    metadata = {"model": "tiny.en", "faster_whisper": "1.2.1"}
    text = to_json(SEGMENTS, turns=TURNS, speaker_names=NAMES, metadata=metadata)
    document = json.loads(text)
    assert document["format"] == "bodycam-transcript"
    assert document["version"] == 1
    assert document["speakers"] == {"S0": "Speaker 1", "S1": "Officer Diaz"}
    assert document["segments"][0]["words"][1] == {
        "start": 1.5,
        "end": 2.5,
        "text": "there.",
        "probability": 0.87,
        "speaker": "S0",
    }
    assert from_json(text) == (
        SEGMENTS,
        TURNS,
        {"S0": "Speaker 1", "S1": "Officer Diaz"},
        metadata,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not JSON: Expecting value: line 1 column 1 (char 0)"),
        ('{"format": "other"}', "not a bodycam-transcript JSON document"),
        (
            '{"format": "bodycam-transcript", "version": 2}',
            "transcript version 2 is newer than this reader (1): upgrade bodycam-review",
        ),
    ],
)
def test_from_json_rejects_foreign_documents(text, message):
    with pytest.raises(TranscriptFormatError) as error:
        from_json(text)
    assert str(error.value) == message


def test_to_rttm():
    assert to_rttm(TURNS, "bodycam clip 7") == (
        "SPEAKER bodycam_clip_7 1 1.000 1.500 <NA> <NA> S0 <NA> <NA>\n"
        "SPEAKER bodycam_clip_7 1 2.250 0.750 <NA> <NA> S1 <NA> <NA>\n"
        "SPEAKER bodycam_clip_7 1 62.500 1.500 <NA> <NA> S1 <NA> <NA>\n"
    )


def test_rttm_round_trip():
    assert from_rttm(to_rttm(TURNS, "clip")) == TURNS
    assert from_rttm(to_rttm(TURNS, "clip"), uri="other") == []


def test_from_rttm_reads_the_sample_like_the_evaluation_loader():
    text = (samples() / "sample.rttm").read_text()
    turns = from_rttm(text)
    assert len(turns) == 10
    assert turns[0] == SpeakerTurn(6.69, 7.12, "speaker90")
    assert turns[-1] == SpeakerTurn(27.85, 30.0, "speaker90")
    reference = load_rttm(samples() / "sample.rttm")
    ours = turns_to_annotation(turns, uri="sample")
    assert [(s.start, s.end, label) for s, _, label in ours.itertracks(yield_label=True)] == [
        (pytest.approx(s.start), pytest.approx(s.end), label)
        for s, _, label in reference.itertracks(yield_label=True)
    ]
    # Re-written and re-read, the sample keeps every turn.
    assert from_rttm(to_rttm(turns, "sample")) == turns


def test_from_rttm_rejects_malformed_lines():
    with pytest.raises(TranscriptFormatError, match=r"RTTM line 2: bad time"):
        from_rttm("SPEAKER a 1 0.0 1.0 <NA> <NA> S0 <NA> <NA>\nSPEAKER a 1 x 1.0 <NA> <NA> S0\n")
    with pytest.raises(TranscriptFormatError, match=r"RTTM line 1: expected 8\+ fields"):
        from_rttm("SPEAKER a 1 0.0\n")
