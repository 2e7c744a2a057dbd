"""A run of repeats the loop guard lets stand is decoded again on its own
(``loop_redecode.confirm_repeats``): the copies that re-decode does not hold go, on record; the
runs it holds stay. The first decode and every re-decode are scripted, so no model runs."""

from __future__ import annotations

import numpy as np
import pytest
from transcripts_support import decoded_segment, scripted_transcription

from bodycam.transcribe.asr import Transcriber

SR = 16000


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    return Transcriber()


def _call_sign_run(again: list[str]) -> tuple[list, list]:
    """A dispatcher's call (speech 1-4 s, the window's chunk 0.7-4.3 s) decoded with
    "heartless," seven times, each copy timed as heard (0.3 s, in speech: the loop guard keeps
    it), and the voice region decoded again on its own giving ``again`` (0.2 s a word from
    1.1 s)."""
    first = [(0.4, 0.7, "Delta"), (0.7, 0.9, "four,")]
    run = [(0.9 + 0.3 * i, 1.2 + 0.3 * i, "heartless,") for i in range(7)]
    run[-1] = (run[-1][0], run[-1][1], "heartless.")
    redecoded = [(0.4 + 0.2 * i, 0.6 + 0.2 * i, text) for i, text in enumerate(again)]
    return [decoded_segment(first + run)], [decoded_segment(redecoded)]


def test_a_run_its_speech_decoded_again_does_not_hold_is_cut_back(transcriber, monkeypatch):
    line = "Delta four, heartless, high profile, female guest reports a man at her door."
    decoded, redecoded = _call_sign_run(line.split(" "))
    monkeypatch.setattr(
        transcriber, "_decode", lambda audio, skips=True: iter(decoded if skips else redecoded)
    )
    result = transcriber.transcribe(np.zeros(5 * SR, np.float32), speech=[(1.0, 4.0)])
    # The re-decode heard "heartless" once: the first decode keeps its first copy and its other
    # words (the re-decode only counts); the six copies nobody said are on record.
    assert [(s.start, s.end, s.text) for s in result.segments] == [
        (1.1, 1.9, "Delta four, heartless,")
    ]
    assert [(r.reason, r.start, r.end) for r in result.removed] == [("repetition loop", 1.9, 3.7)]
    assert result.removed[0].text == "heartless, " * 5 + "heartless."
    assert result.removed[0].detail == (
        "'heartless,' 7 times, at most 1 in its speech decoded again on its own; kept 1"
    )


@pytest.mark.parametrize(
    "again",
    [
        # Four of seven copies heard again is more than half: the run is left as decoded (a
        # re-decode can drop a copy a person said as easily as the first decode added one).
        ["Delta", "four,"] + ["heartless,"] * 4,
        # The same repeating heard as other words (a person's eight fast "No!" came back as
        # eight "go", session 19): the speech repeats, so the run stands.
        ["Delta", "four,"] + ["hotels,"] * 7,
        # A number said again and again, written as one word by the re-decode.
        ["Delta", "four,", "heartless-heartless-heartless-heartless"],
    ],
)
def test_a_run_its_speech_decoded_again_holds_stays(transcriber, monkeypatch, again):
    decoded, redecoded = _call_sign_run(again)
    monkeypatch.setattr(
        transcriber, "_decode", lambda audio, skips=True: iter(decoded if skips else redecoded)
    )
    result = transcriber.transcribe(np.zeros(5 * SR, np.float32), speech=[(1.0, 4.0)])
    assert [s.text for s in result.segments] == ["Delta four, " + "heartless, " * 6 + "heartless."]
    assert result.removed == []


def test_a_re_decode_that_loops_again_cannot_vouch_for_the_run(transcriber, monkeypatch):
    # devset d246: "thank you" four times over "Thank you. I'll stay until he's been seen.",
    # and that speech decoded on its own looped ("thank you" 27 times in 2.4 s), which the loop
    # guard cut back to as many copies as the run has. Here the call sign's region decoded
    # alone gives "heartless," forty times, eight timed as heard (0.3 s each from 1.1 s) and 32
    # squeezed into the last 0.4 s: cut back, it holds the eight, more than the run's seven.
    decoded, _ = _call_sign_run(["Delta"])
    heard = [(0.4 + 0.3 * i, 0.7 + 0.3 * i) for i in range(8)]
    squeezed = [(2.8 + 0.0125 * i, 2.8125 + 0.0125 * i) for i in range(32)]
    loop = [(start, end, "heartless,") for start, end in heard + squeezed]
    monkeypatch.setattr(
        transcriber,
        "_decode",
        lambda audio, skips=True: iter(decoded if skips else [decoded_segment(loop)]),
    )
    result = transcriber.transcribe(np.zeros(5 * SR, np.float32), speech=[(1.0, 4.0)])
    assert [s.text for s in result.segments] == ["Delta four, heartless,"]
    assert [(r.reason, r.start, r.end, r.detail) for r in result.removed] == [
        (
            "repetition loop",
            1.9,
            3.7,
            "'heartless,' 7 times, at most 0 in its speech decoded again on its own; kept 1",
        )
    ]


def test_a_run_that_a_gap_re_decode_brings_is_checked_too(transcriber, monkeypatch):
    # The first decode skips the dispatcher's call (no segments); decoded again as a stretch
    # with no words, it comes back with "heartless," seven times, each copy timed as heard
    # (devset d250's "tell him" sixteen times came back so). The run's voice region decoded on
    # its own gives the call once, so the copies nobody said go, as for a first decode's run.
    looped, _ = _call_sign_run(["Delta"])
    line = "Delta four, heartless, high profile, female guest reports a man at her door."
    _, alone = _call_sign_run(line.split(" "))
    replies = [looped, alone]
    monkeypatch.setattr(
        transcriber,
        "_decode",
        lambda audio, skips=True: iter([] if skips or not replies else replies.pop(0)),
    )
    result = transcriber.transcribe(np.zeros(5 * SR, np.float32), speech=[(1.0, 4.0)])
    assert replies == []
    assert [(s.start, s.end, s.text) for s in result.segments] == [
        (1.1, 1.9, "Delta four, heartless,")
    ]
    assert [(r.reason, r.start, r.end) for r in result.removed] == [("repetition loop", 1.9, 3.7)]
    assert result.removed[0].detail == (
        "'heartless,' 7 times, at most 1 in its speech decoded again on its own; kept 1"
    )


def test_a_run_in_a_voice_region_too_long_to_decode_again_is_checked_around_it(
    transcriber, monkeypatch
):
    # Crowd noise made devset d246 one 58 s voice region, too long to decode again whole, and
    # its closing "thank you" four times (over one "Thank you.") went unchecked. Here the call
    # sign's speech is part of a 40 s region: the second either side of the run (1.6-3.7 s)
    # is decoded again, from where the region starts (1 s) to 4.7 s, with the 0.3 s of context
    # every re-decode gets (4.3 s in all), and holds "heartless" once, so the six copies nobody
    # said go, as in a short region.
    line = "Delta four, heartless, high profile, female guest reports a man at her door."
    decoded, redecoded = _call_sign_run(line.split(" "))
    result, heard = scripted_transcription(
        transcriber, monkeypatch, decoded, redecoded, 45.0, [(1.0, 41.0)]
    )
    assert heard[0] == 4.3
    first, checked = result.segments[0], result.removed[0]
    assert (first.start, first.end, first.text) == (1.1, 1.9, "Delta four, heartless,")
    assert (checked.reason, checked.start, checked.end) == ("repetition loop", 1.9, 3.7)
    assert checked.detail == (
        "'heartless,' 7 times, at most 1 in its speech decoded again on its own; kept 1"
    )


def test_a_re_decode_s_own_repeating_is_looked_for_in_phrases_of_eight_words_at_most():
    from bodycam.transcribe.loop_redecode import most_copies

    # A person's eight fast "No!" decoded again as eight "go": the same repeating, heard.
    assert most_copies(["go"] * 8, ["no"]) == 8
    # devset d216 (the blind fresh26), a stretch decoded again that said an eleven-word
    # sentence twice over: the re-decode looped, and vouches for no copies of the run checked.
    sentence = ["you", "may", "ask", "me", "if", "i", "could", "talk", "to", "you", "soon"]
    assert most_copies(sentence * 2, ["not", "now"]) == 0
