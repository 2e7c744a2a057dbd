"""A phrase the decoder writes again and again across its lines (``recurring``): found within
15 s, checked by decoding its speech again, its later copies taken out on record only when the
re-decode holds at most a third of them. The first decode and the re-decode are scripted, so no
model runs."""

from __future__ import annotations

import pytest
from transcripts_support import decoded_segment, scripted_transcription

from bodycam.transcribe.asr import Transcriber
from bodycam.transcribe.recurring import Recurrence, find_recurring, fold
from bodycam.transcribe.repetition import word_key


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    return Transcriber()


def _lines(*texts: str, start: float = 0.3, pause: float = 0.4) -> list:
    """Decoded segments (window times) of ``texts``, 0.3 s a word, ``pause`` between lines."""
    segments = []
    for text in texts:
        words = [
            (start + 0.3 * i, start + 0.3 * (i + 1), word) for i, word in enumerate(text.split())
        ]
        segments.append(decoded_segment(words))
        start = words[-1][1] + pause
    return segments


def _found(texts: list[str], seconds: float = 0.3) -> list[Recurrence]:
    words = " ".join(texts).split()
    keys = [fold(word_key(word)) for word in words]
    return find_recurring(
        keys,
        [seconds * i for i in range(len(words))],
        [seconds * (i + 1) for i in range(len(words))],
    )


# devset d280 (the blind fresh34), 6.4-11.9 s: over a cafe owner's complaint and a busker's
# answer, the first decode wrote one phrase three times, a little varied, one line each.
SONG = (
    "first time I've ever seen this song.",
    "This is the first time I've seen this song.",
    "This is the first time I've",
)


def test_a_phrase_written_three_times_in_fifteen_seconds_is_found():
    # "first time I've" three times; "this is the first time I've" and "seen this song" only
    # twice each, under the three copies a group needs.
    assert _found(list(SONG)) == [Recurrence(3, (0, 10, 19))]
    # The longest phrase covering the most words wins, and its nested phrases are not groups
    # of their own: ten copies of a bingo caller's line (the suggestion set's fresh19) are one
    # group of eight words (the longest phrase looked for), not eight more of three to seven.
    bingo = ["She can't see anyone after he calls the next number."] * 4
    assert _found(bingo, seconds=0.15) == [Recurrence(8, (0, 10, 20, 30))]


@pytest.mark.parametrize(
    "texts",
    [
        # Said twice: people repeat a sentence ("Show me your hands. Show me your hands.").
        ["Show me your hands.", "Show me your hands now!"],
        # Two words are no phrase: "I'm not" recurs in anyone's speech.
        ["I'm not going.", "I'm not.", "I'm not doing it."],
    ],
)
def test_two_copies_or_two_words_are_not_a_recurring_phrase(texts):
    assert _found(texts) == []


def test_copies_further_apart_than_fifteen_seconds_are_not_one_group():
    # Thirteen other words between copies: at 0.42 s a word the third copy's "out of the" ends
    # 15.5 s after the first starts, at 0.35 s its "car" 13.3 s.
    filler = "so we wait here until the blue van comes back for all three"
    far = ["out of the car", filler, "out of the car", filler.upper(), "out of the car"]
    assert len(filler.split()) == 13
    assert _found(far, seconds=0.42) == []
    assert _found(far, seconds=0.35) == [Recurrence(4, (0, 17, 34))]


def _transcribe(transcriber, monkeypatch, first: list, again: list, speech: list):
    return scripted_transcription(transcriber, monkeypatch, first, again, 10.0, speech)


def _times(segments) -> list[tuple[float, float, str]]:
    return [(round(s.start, 2), round(s.end, 2), s.text) for s in segments]


def test_a_recurring_phrase_its_speech_does_not_hold_is_taken_out(transcriber, monkeypatch):
    # The three lines lie over 1.0-8.4 s of speech (the window's chunk starts at 0.7 s); their
    # voice region decoded again on its own gives the tiny.en outro d280's region came back as.
    again = _lines("I'll see you in the next one.")
    result, heard = _transcribe(transcriber, monkeypatch, _lines(*SONG), again, [(1.0, 8.4)])
    # One re-decode, of the region padded by 0.3 s: no other check decoded anything.
    assert heard == [8.0]
    # The first copy and every other word stand; each later copy goes with the words around it
    # that another copy has at the same place ("This is the"), the third line whole.
    assert _times(result.segments) == [
        (1.0, 3.1, "first time I've ever seen this song."),
        (5.3, 6.2, "seen this song."),
    ]
    assert [(r.reason, round(r.start, 2), round(r.end, 2), r.text) for r in result.removed] == [
        ("repetition loop", 3.5, 5.3, "This is the first time I've"),
        ("repetition loop", 6.6, 8.4, "This is the first time I've"),
    ]
    assert {r.detail for r in result.removed} == {
        '"first time I\'ve" written 3 times in 7.4 s, at most 0 in its speech decoded again on '
        "its own; kept 1"
    }


def test_a_recurring_phrase_its_speech_holds_stays(transcriber, monkeypatch):
    # Two of the three copies heard again is more than a third: the lines stand as decoded.
    again = _lines(*SONG[:2])
    result, heard = _transcribe(transcriber, monkeypatch, _lines(*SONG), again, [(1.0, 8.4)])
    assert heard == [8.0]
    assert [text for _, _, text in _times(result.segments)] == list(SONG)
    assert result.removed == []


def test_a_count_said_four_times_stays_when_its_re_decode_writes_the_numbers_as_words(
    transcriber, monkeypatch
):
    # The suggestion set's fresh15: an officer counts a driver's breathing, "In, two, three,
    # four. Out, two, three, four, five, six." twice. The first decode writes digits; the
    # re-decode words, and mishears one "two" ("out to three, four"): two of four copies of
    # "2 3 4", over a third, so nothing goes. Compared unfolded, it heard none and two copies
    # a person said would have gone.
    first = _lines("In 2 3 4. Out 2 3 4 5 6.", "In 2 3 4. Out 2 3 4 5 6.")
    again = _lines("In two, three, four. Out to three, four, five, six.", "In two three four.")
    result, heard = _transcribe(transcriber, monkeypatch, first, again, [(1.0, 6.7)])
    assert heard == [6.3]
    assert [text for _, _, text in _times(result.segments)] == [
        "In 2 3 4. Out 2 3 4 5 6.",
        "In 2 3 4. Out 2 3 4 5 6.",
    ]
    assert result.removed == []
    assert [fold(word_key(w)) for w in ("two,", "Three", "twenty", "twenty-one")] == [
        "2",
        "3",
        "20",
        "twentyone",
    ]


def test_a_phrase_the_re_decode_repeats_in_other_words_stays(transcriber, monkeypatch):
    # devset d173: the partner's "Keep your hands on the dashboard. Hands on the dashboard!" and
    # the witness's "They're on the dashboard" came back from the first decode as "on the
    # cache, or" three times. The re-decode writes "on the dashboard" three times, never back to
    # back: no copy of the first decode's words, but the same repeating, so nothing goes.
    first = _lines(
        "Keep your hands on the cache, or.", "Hand on the cache, or.", "They're on the cache, or."
    )
    again = _lines(
        "Keep your hands on the dashboard.",
        "Passenger, hands on the dashboard!",
        "They're on the dashboard.",
    )
    result, heard = _transcribe(transcriber, monkeypatch, first, again, [(1.0, 7.6)])
    assert heard == [7.2]
    assert len(result.segments) == 3
    assert result.removed == []


def test_a_re_decode_that_writes_a_line_again_and_again_vouches_for_nothing(
    transcriber, monkeypatch
):
    # devset d280 as it is: the voice region under the three lines comes back as tiny.en's
    # outro ("I'll see you in the next one.") and then the same outro three more times, one
    # segment each. Counted as the re-decode's own repeating, the outro would keep the invented
    # phrase; a re-decode that loops vouches for nothing.
    again = _lines(
        "I'll see you next time.", "See you next time.", "See you next time.", "See you next time."
    )
    result, heard = _transcribe(transcriber, monkeypatch, _lines(*SONG), again, [(1.0, 8.4)])
    assert heard == [8.0]
    assert [text for _, _, text in _times(result.segments)] == [
        "first time I've ever seen this song.",
        "seen this song.",
    ]
    assert [r.text for r in result.removed] == ["This is the first time I've"] * 2
