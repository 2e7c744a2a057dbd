"""Decoding loops: repeats found in the words, and a loop cut back to what the audio under it
can hold (``transcribe/repetition.py``), so a person's real repeated commands are all kept."""

from __future__ import annotations

import pytest

from bodycam.transcribe.asr import AsrSegment, AsrWord
from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.repetition import Repeat, capacity, collapse_loops, find_repeats, word_key


def test_word_key_folds_case_and_punctuation():
    assert [word_key(word) for word in ("Knife,", "DROP", "don't", "--")] == [
        "knife",
        "drop",
        "dont",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("drop the knife drop the knife drop the knife", [Repeat(0, 3, 3)]),
        (
            "okay drop the knife drop the knife drop the knife drop the knife get down",
            [Repeat(1, 3, 4)],
        ),
        ("no no no no", [Repeat(0, 1, 4)]),
        ("no no", []),  # two is not a run
        ("x x x x x x", [Repeat(0, 1, 6)]),  # tie: the shorter n-gram
        ("a a a b a a a b a a a b", [Repeat(0, 4, 3)]),  # most words covered wins
        ("stop stop stop hands up hands up hands up now", [Repeat(0, 1, 3), Repeat(3, 2, 3)]),
        ("get on the ground now", []),
    ],
)
def test_find_repeats(text, expected):
    assert find_repeats(text.split()) == expected


def test_find_repeats_ignores_punctuation_only_ngrams():
    assert find_repeats(["", "", "", "", "go"]) == []


def test_repeat_occurrences_and_capacity():
    repeat = Repeat(1, 3, 4)
    assert (repeat.end, repeat.occurrence(0), repeat.occurrence(3)) == (
        13,
        range(1, 4),
        range(10, 13),
    )
    assert capacity(2.0, 3) == 6  # 0.1 s a word at most
    assert capacity(10.7, 3) == 35
    assert capacity(0.05, 3) == 1  # the first occurrence always fits


def _words(phrase: str, times: list[tuple[float, float]]) -> list[AsrWord]:
    """``phrase`` repeated once per entry of ``times``, its words spread over each span."""
    words = phrase.split()
    out = []
    for start, end in times:
        step = (end - start) / len(words)
        out += [
            AsrWord(start + i * step, start + (i + 1) * step, word, 0.9)
            for i, word in enumerate(words)
        ]
    return out


def _loop_segment(words: list[AsrWord]) -> AsrSegment:
    text = " ".join(word.word for word in words)
    return AsrSegment(words[0].start, words[-1].end, text, -0.1, 0.01, 12.0, words)


def test_a_decoding_loop_collapses_to_its_first_occurrence():
    # 30 x "Drop the knife." over 2 s of speech: 45 words a second cannot have been said.
    words = _words("Drop the knife.", [(10 + i / 15, 10 + (i + 1) / 15) for i in range(30)])
    segment = _loop_segment(words)
    collapsed, removed = collapse_loops(segment, [(10.0, 12.0)])
    assert collapsed.text == "Drop the knife."
    assert collapsed.words == words[:3]
    assert (collapsed.start, collapsed.end) == (10.0, words[2].end)
    assert removed == [
        RemovedText(
            start=words[3].start,
            end=12.0,
            text=" ".join(["Drop the knife."] * 29),
            reason="repetition loop",
            detail="'Drop the knife.' repeated 30 times in 2.0 s of speech, which holds at "
            "most 6; kept 1",
        )
    ]


def test_a_loop_keeps_the_occurrences_its_word_times_show_were_heard():
    # Three commands really said (0.9 s each, in speech), then 27 copies crammed into 0.3 s.
    said = [(10.0, 10.9), (11.0, 11.9), (12.0, 12.7)]
    crammed = [(12.7 + i * 0.3 / 27, 12.7 + (i + 1) * 0.3 / 27) for i in range(27)]
    words = _words("Drop the knife.", said + crammed)
    collapsed, removed = collapse_loops(_loop_segment(words), [(10.0, 13.0)])
    assert collapsed.text == "Drop the knife. Drop the knife. Drop the knife."
    assert collapsed.words == words[:9]
    (loop,) = removed
    assert loop.text == " ".join(["Drop the knife."] * 27)
    assert (loop.start, loop.end) == (12.7, words[-1].end)
    assert loop.detail == (
        "'Drop the knife.' repeated 30 times in 3.0 s of speech, which holds at most 10; kept 3"
    )


def test_repeated_commands_the_audio_can_hold_are_all_kept():
    # Ten commands, one a second, over 10 s of speech: a person said them.
    words = _words("Drop the knife!", [(float(i), i + 0.8) for i in range(10)])
    segment = _loop_segment(words)
    assert collapse_loops(segment, [(0.0, 10.0)]) == (segment, [])


def test_a_loop_without_word_times_keeps_one_occurrence():
    segment = AsrSegment(5.0, 6.0, " ".join(["Stop."] * 40), -0.1, 0.01, 9.0, [])
    collapsed, removed = collapse_loops(segment, [(0.0, 10.0)])
    assert collapsed == AsrSegment(5.0, 6.0, "Stop.", -0.1, 0.01, 9.0, [])
    assert removed == [
        RemovedText(
            5.0,
            6.0,
            " ".join(["Stop."] * 39),
            "repetition loop",
            "'Stop.' repeated 40 times in 1.0 s of speech, which holds at most 10; kept 1",
        )
    ]


def _smeared(count: int, heard: int) -> list[AsrWord]:
    """``count`` x "5," over 21 s of speech: the first ``heard`` 0.4 s each a second apart, the
    rest timed to nothing (a start equal to its end), as Whisper times a loop it smeared."""
    times = [(1.0 + i, 1.4 + i) for i in range(heard)]
    times += [(20.0 + i / 100, 20.0 + i / 100) for i in range(count - heard)]
    return _words("5,", times)


def test_a_long_run_timed_to_nothing_is_a_loop_however_much_speech_it_spans():
    # 20 copies spread over 19 s of speech fit the capacity test (190 words), but 17 of the 19
    # after the first have no time of their own: the run is the decoder's, so only the first
    # stays and the speech under the rest is decoded again (loop_redecode).
    words = _smeared(20, heard=3)
    collapsed, removed = collapse_loops(_loop_segment(words), [(0.0, 22.0)])
    assert collapsed.text == "5,"
    assert collapsed.words == words[:1]
    (loop,) = removed
    assert loop.text == " ".join(["5,"] * 19)
    assert (loop.start, loop.end) == (2.0, 20.16)
    assert loop.detail == (
        "'5,' repeated 20 times over 19.2 s, 17 of them with no time of their own in the audio; "
        "kept 1"
    )


@pytest.mark.parametrize(
    ("count", "heard"),
    [
        (11, 1),  # shorter than a loop smeared this way: a person's burst of repeats
        (12, 5),  # 4 of the 11 after the first heard: over a third
    ],
)
def test_a_shorter_or_heard_run_that_fits_the_audio_is_kept(count, heard):
    segment = _loop_segment(_smeared(count, heard))
    assert collapse_loops(segment, [(0.0, 22.0)]) == (segment, [])


def _stacked(phrase: str, copies: int, timed: int) -> list[AsrWord]:
    """``phrase`` ``copies`` times from 30 s: the first ``timed`` copies 0.8 s each and a second
    apart, the rest each stacked on one instant (every word timed to nothing), as the decoder
    writes a phrase it loops on over speech it cannot read."""
    times = [(30.0 + i, 30.8 + i) for i in range(timed)]
    times += [(30.0 + timed + i * 0.8, 30.0 + timed + i * 0.8) for i in range(copies - timed)]
    return _words(phrase, times)


def test_a_phrase_stacked_on_instants_is_a_loop_however_few_its_copies():
    # The blind fresh19's d164: "you don't like it," seven times over the officer's
    # introduction. Seven copies of four words fit 5 s of speech (50 words), but 24 of the 28
    # words have no time of their own and none of the six copies after the first was heard.
    words = _stacked("you don't like it,", 7, timed=1)
    collapsed, removed = collapse_loops(_loop_segment(words), [(30.0, 40.0)])
    assert collapsed.text == "you don't like it,"
    assert collapsed.words == words[:4]
    (loop,) = removed
    assert loop.text == " ".join(["you don't like it,"] * 6)
    assert (loop.start, loop.end) == (31.0, 35.0)
    assert loop.detail == (
        '"you don\'t like it," repeated 7 times over 5.0 s, 24 of the 24 words after the first '
        "copy timed to nothing and 0 of those 6 copies heard; kept 1"
    )


def test_three_copies_half_heard_and_half_stacked_are_a_loop():
    # The blind fresh20's d172, timed as the decoder wrote it: "It may be one day long," three
    # times over the officer's question. The second copy lasts 0.8 s in speech (heard) but two
    # of its words have no time; the third is stacked on one instant. 7 of the 12 words after
    # the first copy are untimed and 1 of the 2 copies heard: a loop since session 24 (counted
    # over all 18 words, and with exactly half heard, it stood).
    times = [
        (60.21, 60.77), (60.77, 60.89), (60.89, 61.09), (61.09, 61.33), (61.33, 61.47),
        (61.47, 62.07), (62.33, 62.33), (62.33, 62.49), (62.49, 62.49), (62.49, 62.53),
        (62.53, 62.77), (62.77, 63.13), *[(63.13, 63.13)] * 5, (63.13, 63.23),
    ]  # fmt: skip
    phrase = ["It", "may", "be", "one", "day", "long,"] + [
        "it",
        "may",
        "be",
        "one",
        "day",
        "long,",
    ] * 2
    words = [
        AsrWord(start, end, word, 0.9) for (start, end), word in zip(times, phrase, strict=True)
    ]
    collapsed, removed = collapse_loops(_loop_segment(words), [(60.0, 63.5)])
    assert collapsed.text == "It may be one day long,"
    (loop,) = removed
    assert loop.text == "it may be one day long, it may be one day long,"
    assert (loop.start, loop.end) == (62.33, 63.23)
    assert loop.detail == (
        "'It may be one day long,' repeated 3 times over 3.0 s, 7 of the 12 words after the "
        "first copy timed to nothing and 1 of those 2 copies heard; kept 1"
    )


def test_a_looped_copy_with_a_word_on_an_instant_is_not_kept_as_heard():
    # fresh20's d170: "no one needs a hand," looped over the last two lines. 20 copies in 3.4 s
    # of speech fail the capacity test (it holds 6). Four after the first last long enough to
    # look heard, but each has a word on a single instant, as the decoder places a loop's
    # words: only the first copy stays (the capacity kept 5 before session 24).
    words = _words("no one needs a hand,", [(30.0, 31.0)])
    for copy in range(4):
        start = 31.0 + 0.6 * copy
        times = [(start + 0.15 * i, start + 0.15 * (i + 1)) for i in range(4)]
        times.insert(3, (times[2][1], times[2][1]))  # "a" on an instant
        words += [
            AsrWord(begin, end, word, 0.9)
            for (begin, end), word in zip(times, ["no", "one", "needs", "a", "hand,"], strict=True)
        ]
    words += _words("no one needs a hand,", [(33.4, 33.4)] * 15)
    collapsed, removed = collapse_loops(_loop_segment(words), [(30.0, 33.4)])
    assert collapsed.text == "no one needs a hand,"
    (loop,) = removed
    assert loop.text == " ".join(["no one needs a hand,"] * 19)
    assert loop.detail == (
        "'no one needs a hand,' repeated 20 times in 3.4 s of speech, which holds at most 6; kept 1"
    )
    # A person's commands before the loop are timed word by word and stay
    # (test_a_loop_keeps_the_occurrences_its_word_times_show_were_heard).


@pytest.mark.parametrize(
    ("phrase", "copies", "timed"),
    [
        # A command said six times, two copies' words stacked: 8 of 24 words untimed.
        ("Get on the ground!", 6, 4),
        # Half the copies heard and only half the later words stacked: a person said them.
        ("you don't like it,", 7, 4),
        # Both later copies of three heard, one stacked: over half heard.
        ("Get out of the car!", 3, 1 + 2),
        # One word said fast is no phrase ("no" eight times in 1.2 s, most of it untimed).
        ("no,", 7, 1),
        # Nor is a pair of words.
        ("drop it,", 6, 1),
    ],
)
def test_a_person_s_repeats_are_not_read_as_a_stacked_phrase(phrase, copies, timed):
    segment = _loop_segment(_stacked(phrase, copies, timed))
    assert collapse_loops(segment, [(30.0, 40.0)]) == (segment, [])


# devset d312 (the blind fresh38, rain at 0 dB), the job's first segment as tiny.en decoded it on
# session 40's machine: the first copy timed over 1.84 s, the other 19 crammed into 3.56 s, most
# of their words on single instants, over the first 4.9 s voice region.
FACE = "And I'm going to put it on my face,"


def test_a_loop_of_a_nine_word_phrase_is_found_and_cut():
    words = _words(
        FACE, [(3.152, 4.992)] + [(5.092 + i * 0.187, 5.092 + (i + 1) * 0.187) for i in range(19)]
    )
    assert find_repeats([word_key(word.word) for word in words]) == [Repeat(0, 9, 20)]
    collapsed, removed = collapse_loops(_loop_segment(words), [(2.33, 8.1), (8.67, 12.13)])
    assert collapsed.text == FACE
    assert [loop.detail for loop in removed] == [
        f"{FACE!r} repeated 20 times in 4.9 s of speech, which holds at most 5; kept 1"
    ]


def test_the_longest_phrase_looked_for_is_a_sentence_of_twenty_four_words():
    sentence = [f"w{i}" for i in range(24)]
    assert find_repeats(sentence * 3) == [Repeat(0, 24, 3)]
    assert find_repeats([*sentence, "w24"] * 3) == []


def test_a_ten_word_sentence_a_person_says_three_times_is_kept():
    # "Put the bag down and step back from the car." three times, 3 s each: the audio holds
    # them and every word is timed, so the longer n-grams looked for take nothing out.
    words = _words(
        "Put the bag down and step back from the car.", [(0.0, 3.0), (3.4, 6.4), (6.8, 9.8)]
    )
    segment = _loop_segment(words)
    assert find_repeats([word_key(word.word) for word in words]) == [Repeat(0, 10, 3)]
    assert collapse_loops(segment, [(0.0, 10.0)]) == (segment, [])
