"""A line the decoder writes again and again, one segment a copy (``repeated_lines``): the
copies after the first are taken out on record, and the speech under them is decoded again,
so an invented copy gives way to what was said and a line really said again comes back."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from bodycam.transcribe.asr import AsrOptions, AsrSegment, AsrWord, Transcriber
from bodycam.transcribe.repeated_lines import REPEATED_LINE, line_key, take_out_copies

SR = 16000


def _seg(text: str, start: float, end: float) -> AsrSegment:
    words = text.split()
    step = (end - start) / len(words)
    timed = [
        AsrWord(round(start + i * step, 3), round(start + (i + 1) * step, 3), word, 0.9)
        for i, word in enumerate(words)
    ]
    return AsrSegment(start, end, text, -0.4, 0.5, 1.0, timed)


def test_line_key_folds_case_and_punctuation():
    assert line_key(_seg("Drop the knife!", 0, 1)) == line_key(_seg("drop the knife.", 2, 3))
    assert line_key(_seg("Drop the knife!", 0, 1)) == "drop the knife"


def test_three_copies_in_a_row_keep_the_first_and_put_the_others_on_record():
    segments = [
        _seg("Okay.", 0.0, 0.5),
        _seg("Can you tell me what happened?", 1.0, 3.0),
        _seg("can you tell me what happened", 3.2, 4.0),
        _seg("Can you tell me what happened?", 4.1, 4.4),
        _seg("Thank you.", 5.0, 6.0),
    ]
    kept, removed = take_out_copies(segments)
    assert [(s.start, s.text) for s in kept] == [
        (0.0, "Okay."),
        (1.0, "Can you tell me what happened?"),
        (5.0, "Thank you."),
    ]
    assert [(r.start, r.end, r.text, r.reason) for r in removed] == [
        (3.2, 4.0, "can you tell me what happened", REPEATED_LINE),
        (4.1, 4.4, "Can you tell me what happened?", REPEATED_LINE),
    ]
    assert removed[0].detail.startswith("the decoder wrote this line 3 times in a row")


def test_a_line_said_twice_and_copies_apart_are_kept():
    segments = [
        _seg("Hands up.", 0.0, 1.0),
        _seg("Hands up.", 1.5, 2.5),
        _seg("Now.", 3.0, 3.5),
        _seg("Hands up.", 4.0, 5.0),
    ]
    kept, removed = take_out_copies(segments)
    assert kept == segments and removed == []


def test_a_copy_crammed_into_under_half_the_time_is_taken_out_even_alone():
    # fresh18's d154: the officer's line (3.6 s) written again over the widow's quiet reply,
    # timed into 1.4 s. Said again in its own time it stays (above).
    line = "How long have you been standing out here on the corner?"
    segments = [_seg(line, 61.4, 65.0), _seg(line, 68.3, 69.7), _seg("Thank you.", 70.0, 71.0)]
    kept, removed = take_out_copies(segments)
    assert [(s.start, s.text) for s in kept] == [(61.4, line), (70.0, "Thank you.")]
    assert [(r.start, r.end, r.reason) for r in removed] == [(68.3, 69.7, REPEATED_LINE)]
    assert removed[0].detail == (
        "the decoder wrote this line again in 1.4 s, under half the 3.6 s it took the first "
        "time; the speech under this copy was decoded again on its own"
    )
    # At half the time or more it is a person saying it again, faster.
    faster = [_seg(line, 61.4, 65.0), _seg(line, 68.3, 70.3)]
    assert take_out_copies(faster) == (faster, [])


def _fake(text: str, start: float, end: float) -> SimpleNamespace:
    """A faster-whisper segment (times in the decoded audio's own seconds)."""
    words = text.split()
    step = (end - start) / len(words)
    return SimpleNamespace(
        start=start,
        end=end,
        text=" " + text,
        avg_logprob=-0.4,
        no_speech_prob=0.3,
        compression_ratio=1.0,
        words=[
            SimpleNamespace(
                start=start + i * step, end=start + (i + 1) * step, word=" " + w, probability=0.9
            )
            for i, w in enumerate(words)
        ],
    )


def _transcribe(again: list[SimpleNamespace], alone: tuple = ()):
    """One window of speech at 1-9 s whose first decode writes one line three times (1-3,
    3-6, 6-9 s); the re-decode of the speech under the later copies gives ``again``, and any
    later re-decode (the voice region on its own) ``alone``."""
    transcriber = Transcriber.__new__(Transcriber)
    transcriber.options = AsrOptions()
    line = "Can you tell me what happened?"
    first = [_fake(line, 0.3, 2.3), _fake(line, 2.3, 5.3), _fake(line, 5.3, 8.3)]
    calls = []

    def decode(audio, skips=True):
        calls.append((round(len(audio) / SR, 2), skips))
        return iter(first if skips else again if len(calls) == 2 else list(alone))

    transcriber._decode = decode
    result = transcriber.transcribe(np.zeros(10 * SR, np.float32), speech=[(1.0, 9.0)])
    return result, calls


def test_an_invented_copy_gives_way_to_what_its_speech_says_when_decoded_again():
    result, calls = _transcribe([_fake("My wallet is in the car.", 0.5, 5.5)])
    # The window is 0.7-9.3 s; the copies' speech, 3.3-9.0 s (the first copy's last word
    # vouches up to 3.3 s), is decoded again from 3.0 s.
    assert calls == [(8.6, True), (6.3, False)]
    assert [(s.start, s.end, s.text) for s in result.segments] == [
        (1.0, 3.0, "Can you tell me what happened?"),
        (3.5, 8.5, "My wallet is in the car."),
    ]
    assert [(r.start, r.end, r.reason) for r in result.removed] == [
        (3.0, 6.0, REPEATED_LINE),
        (6.0, 9.0, REPEATED_LINE),
    ]


def test_a_line_really_said_again_comes_back_from_the_re_decode():
    line = "Can you tell me what happened?"
    # The line three times in 6 s is then checked as a recurring phrase (``recurring``): the
    # voice region decoded on its own holds all three, so all three stay.
    heard = (_fake(line, 0.3, 2.3), _fake(line, 2.8, 4.8), _fake(line, 5.3, 7.3))
    result, calls = _transcribe([_fake(line, 0.5, 2.5), _fake(line, 3.0, 5.0)], heard)
    assert calls == [(8.6, True), (6.3, False), (8.6, False)]
    assert [(s.start, s.end, s.text) for s in result.segments] == [
        (1.0, 3.0, line),
        (3.5, 5.5, line),
        (6.0, 8.0, line),
    ]


def _fill(replies: dict):
    """``gaps.fill_gaps`` over a first decode that heard 1-4 s and skipped 5-10 s, the
    re-decodes answering from ``replies`` (by the first chunk asked for)."""
    from bodycam.transcribe.asr import AsrResult
    from bodycam.transcribe.gaps import fill_gaps

    result = AsrResult([_seg("Okay, I can.", 1.0, 4.0)])
    asked = []

    def redecode(chunks):
        asked.append(chunks[0])
        return replies.get(chunks[0], [])

    fill_gaps(result, [(0.7, 10.3)], [(1.0, 4.0), (5.0, 10.0)], AsrOptions(), redecode)
    return result, asked


def test_a_re_decode_that_repeats_a_line_keeps_the_first_and_hears_the_rest_again():
    """devset d69: the re-decode of a civilian's line in rain wrote "I don't know why people
    are doing anything." three times, one segment each."""
    line = "I don't know why people are doing anything."
    result, asked = _fill(
        {
            (4.7, 10.3): [_seg(line, 5.0, 6.5), _seg(line, 6.8, 7.6), _seg(line, 7.6, 8.5)],
            # The next round decodes again the speech under the two later copies.
            (6.5, 10.3): [_seg("I only heard the shouting.", 7.0, 9.0)],
        }
    )
    assert asked == [(4.7, 10.3), (6.5, 10.3)]  # from 6.8 s, with context
    assert [(s.start, s.text) for s in result.segments] == [
        (1.0, "Okay, I can."),
        (5.0, line),
        (7.0, "I only heard the shouting."),
    ]
    assert [(r.start, r.end, r.reason) for r in result.removed] == [
        (6.8, 7.6, REPEATED_LINE),
        (7.6, 8.5, REPEATED_LINE),
    ]
