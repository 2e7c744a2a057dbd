"""Word-to-speaker alignment."""

from __future__ import annotations

from bodycam.transcribe.align import align, assign_speakers
from bodycam.transcribe.asr import AsrSegment, AsrWord
from bodycam.transcribe.types import Segment, SpeakerTurn, Word


def _asr_segment(words, text=None, logprob=-0.25, no_speech=0.02):
    words = [AsrWord(start, end, word, probability) for start, end, word, probability in words]
    return AsrSegment(
        start=words[0].start if words else 0.0,
        end=words[-1].end if words else 0.0,
        text=text if text is not None else " ".join(word.word for word in words),
        avg_logprob=logprob,
        no_speech_prob=no_speech,
        compression_ratio=1.3,
        words=words,
    )


TURNS = [
    SpeakerTurn(0.0, 2.0, "S0"),
    SpeakerTurn(2.0, 4.0, "S1"),
    SpeakerTurn(6.0, 8.0, "S0"),
]


def test_each_word_takes_the_speaker_overlapping_it_most():
    words = [
        AsrWord(0.5, 1.0, "Hello", 0.9),
        AsrWord(1.8, 2.4, "there", 0.8),  # 0.2 s S0, 0.4 s S1
        AsrWord(1.6, 2.1, "you", 0.7),  # 0.4 s S0, 0.1 s S1
    ]
    assert assign_speakers(words, TURNS) == [
        Word(0.5, 1.0, "Hello", 0.9, "S0"),
        Word(1.8, 2.4, "there", 0.8, "S1"),
        Word(1.6, 2.1, "you", 0.7, "S0"),
    ]


def test_words_outside_turns_take_the_nearest_turn_within_reach_else_none():
    words = [
        AsrWord(4.3, 4.4, "near", 0.9),  # 0.3 s after S1's turn
        AsrWord(5.2, 5.6, "near", 0.9),  # 0.4 s before S0's turn at 6.0
        AsrWord(4.8, 5.0, "far", 0.9),  # 0.8 s from S1, 1.0 s from S0
    ]
    assert [word.speaker for word in assign_speakers(words, TURNS)] == ["S1", "S0", None]
    assert [w.speaker for w in assign_speakers(words, TURNS, max_distance=1.0)] == [
        "S1",
        "S0",
        "S1",
    ]


def test_zero_length_words_and_ties():
    words = [AsrWord(3.0, 3.0, "uh", 0.5), AsrWord(9.0, 9.0, "late", 0.5)]
    assert [w.speaker for w in assign_speakers(words, TURNS)] == ["S1", None]
    # Equal overlap with two speakers: the first label in order wins, deterministically.
    overlapped = [SpeakerTurn(0.0, 1.0, "S1"), SpeakerTurn(0.0, 1.0, "S0")]
    assert assign_speakers([AsrWord(0.2, 0.6, "both", 0.9)], overlapped)[0].speaker == "S0"


def test_overlapping_turns_of_one_speaker_are_not_double_counted():
    turns = [
        SpeakerTurn(0.0, 1.0, "S0"),
        SpeakerTurn(0.5, 1.0, "S0"),
        SpeakerTurn(0.0, 1.0, "S1"),
    ]
    # S0 covers [0, 1] once (0.6 s of the word), S1 also 0.6 s: tie, first label wins.
    assert assign_speakers([AsrWord(0.2, 0.8, "x", 1.0)], turns)[0].speaker == "S0"


def test_no_turns_means_no_speakers():
    assert assign_speakers([AsrWord(0.0, 1.0, "x", 1.0)], [])[0].speaker is None


def test_align_splits_segments_at_speaker_changes():
    segment = _asr_segment(
        [
            (0.5, 0.9, " Hello?", 0.9),
            (1.0, 1.5, " Hi.", 0.8),
            (2.2, 2.6, " Who", 0.7),
            (2.7, 3.0, " is", 0.6),
            (3.1, 3.5, " this?", 0.5),
            (6.2, 6.8, " Me.", 0.9),
        ]
    )
    assert align([segment], TURNS) == [
        Segment(
            0.5,
            1.5,
            "Hello? Hi.",
            "S0",
            [Word(0.5, 0.9, "Hello?", 0.9, "S0"), Word(1.0, 1.5, "Hi.", 0.8, "S0")],
            -0.25,
            0.02,
        ),
        Segment(
            2.2,
            3.5,
            "Who is this?",
            "S1",
            [
                Word(2.2, 2.6, "Who", 0.7, "S1"),
                Word(2.7, 3.0, "is", 0.6, "S1"),
                Word(3.1, 3.5, "this?", 0.5, "S1"),
            ],
            -0.25,
            0.02,
        ),
        Segment(6.2, 6.8, "Me.", "S0", [Word(6.2, 6.8, "Me.", 0.9, "S0")], -0.25, 0.02),
    ]


def test_speakerless_words_stay_in_their_neighbours_segment():
    segment = _asr_segment(
        [
            (4.8, 5.0, " Um,", 0.4),  # no turn within 0.5 s: joins the next word's segment
            (6.1, 6.5, " wait", 0.9),
            (9.0, 9.3, " here.", 0.8),  # past every turn: stays with "wait"
        ]
    )
    (only,) = align([segment], TURNS)
    assert (only.start, only.end, only.text, only.speaker) == (4.8, 9.3, "Um, wait here.", "S0")
    assert [word.speaker for word in only.words] == [None, "S0", None]


def test_segment_without_any_speaker_keeps_none():
    (only,) = align([_asr_segment([(20.0, 20.5, " Echo", 0.9)])], TURNS)
    assert only.speaker is None
    assert only.text == "Echo"


def test_segment_without_word_times_takes_the_majority_speaker():
    segment = AsrSegment(1.5, 3.5, " Over here.", -0.4, 0.1, 1.1, [])
    assert align([segment], TURNS) == [Segment(1.5, 3.5, "Over here.", "S1", [], -0.4, 0.1)]


def test_align_keeps_order_across_segments():
    segments = [
        _asr_segment([(0.1, 0.4, " One", 0.9), (2.1, 2.4, " two", 0.9)]),
        _asr_segment([(2.5, 2.8, " three", 0.9), (6.5, 6.9, " four", 0.9)]),
    ]
    result = align(segments, TURNS)
    assert [(s.text, s.speaker) for s in result] == [
        ("One", "S0"),
        ("two", "S1"),
        ("three", "S1"),
        ("four", "S0"),
    ]


def test_a_segment_decoded_again_inside_another_comes_in_time_order():
    # d418 (session 52): the first decode stretched "you," across a stretch it skipped, the
    # re-decode of that stretch came after it, and the officer's next words were listed before
    # the re-decoded ones.
    turns = [SpeakerTurn(0.0, 7.0, "S1"), SpeakerTurn(7.5, 10.0, "S0")]
    first = _asr_segment(
        [(0.0, 0.5, " Thank", 0.9), (0.5, 7.2, " you,", 0.4), (7.6, 9.0, " what happened?", 0.9)]
    )
    again = _asr_segment([(1.0, 2.0, " Excuse", 0.8), (2.0, 3.0, " me.", 0.8)])
    result = align([first, again], turns)
    assert [(s.start, s.text, s.speaker) for s in result] == [
        (0.0, "Thank you,", "S1"),
        (1.0, "Excuse me.", "S1"),
        (7.6, "what happened?", "S0"),
    ]
