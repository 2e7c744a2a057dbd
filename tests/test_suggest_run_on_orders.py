"""Orders the recogniser ran together with commas and orders said in a word (session 50, #15):
a short order opening a run-on sentence ("Hands off the lid, both of you, young man, switch
off the stream"), a one-word order and an order after it ("Stop, both of you, madam, sit on
the bench"), "Quiet, please", a stop in a word ("Enough, both of you", "Easy now, Donal"), the
order said to have been given before ("I told you once already"), a count as the deadline of a
threat, the papers before a closing "please", a vocative in any alphabet, and the courtesy
titles of other languages with or without their accents. The sentences are written for these
tests, not taken from the evaluation set."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest.sentences import normalise


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def test_a_short_order_opening_a_run_on_sentence_is_read_with_the_order_after_it(codebook):
    # Two sentences spoken, one written: the verbless order is too long to read whole.
    text = "Hands off the counter, both of you, young man, switch off the camera,"
    assert codes_and_detectors(codebook, text) == [
        ("command", "rule:command.joined"),
        ("command", "rule:command.verbless"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Up the lane, there's a bus stop.",  # a place, then a statement about it
        "Out, two, three, four.",  # a breath counted
        "Grey coat, hood up, about forty.",  # a description
    ],
)
def test_a_first_clause_that_only_looks_like_an_order_is_not_one(codebook, text):
    assert [code for code, _ in codes_and_detectors(codebook, text) if "command" in code] == []


def test_a_one_word_order_and_an_order_after_it_are_two(codebook):
    assert codes_and_detectors(codebook, "Stop, both of you, madam, sit on the wall.") == [
        ("command", "rule:command.imperative"),
        ("command", "rule:command.joined"),
        ("respectful_address", "rule:respectful_address.courtesy"),
    ]
    # A one-word clause after the order is still no order of its own.
    assert codes_and_detectors(codebook, "Stop. Police.") == [
        ("command", "rule:command.imperative")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Quiet, please, all three of you.",
        "Enough, both of you.",
        "Enough, gentlemen.",
        "That's enough now.",
        "Easy, easy.",
        "Whoa, easy.",
        "Easy now.",
    ],
)
def test_a_stop_said_in_a_word_is_a_command(codebook, text):
    commands = [d for code, d in codes_and_detectors(codebook, text) if code == "command"]
    assert commands == [
        "rule:command.imperative" if text.startswith("Quiet") else "rule:command.fragment"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Easy mistake in the dark.",
        "Easy enough to see how it happened.",
        "That's enough for today, thanks.",
        "Enough of them to fill a bus.",
        "That's enough money for the fare.",
    ],
)
def test_enough_and_easy_that_state_are_no_command(codebook, text):
    assert [code for code, _ in codes_and_detectors(codebook, text) if "command" in code] == []


def test_a_vocative_before_the_order_may_be_written_in_any_alphabet(codebook):
    assert codes_and_detectors(codebook, "Gospođa Mare, stay at your window.") == [
        ("command", "rule:command.imperative"),
        ("respectful_address", "rule:respectful_address.courtesy"),
    ]
    # Lower case is no vocative: "sure, wait" is no name.
    assert codes_and_detectors(codebook, "Łukasz, drop it.") == [
        ("command", "rule:command.imperative")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I told you once already.",
        "I've told you twice.",
        "I'm not telling you again.",
        "I am not going to ask you again.",
    ],
)
def test_saying_the_order_was_given_before_is_a_repeated_command(codebook, text):
    assert codes_and_detectors(codebook, text) == [
        ("shouted_or_repeated_command", "rule:command.said_again")
    ]


def test_an_order_after_i_told_you_is_a_repeated_command(codebook):
    assert codes_and_detectors(codebook, "I told you, off that wall.") == [
        ("shouted_or_repeated_command", "rule:command.said_again")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Because I asked you first, that's all.",
        "I told you about the bus, the number eleven.",
        "I've asked you nicely.",
    ],
)
def test_telling_or_asking_before_is_not_always_an_order_given_again(codebook, text):
    assert "shouted_or_repeated_command" not in [c for c, _ in codes_and_detectors(codebook, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Up, when I get to three, you're on the floor.",
        "By the time I get to five, you're in cuffs.",
        "Refuse me once more and you are under arrest.",
    ],
)
def test_a_count_or_once_more_before_the_sanction_is_a_threat(codebook, text):
    assert (
        "threat_of_arrest_or_force",
        "grammar:threat_of_arrest_or_force.conditional_sanction",
    ) in (codes_and_detectors(codebook, text))


def test_the_papers_asked_for_before_a_closing_please_are_a_command(codebook):
    text = "You've had a few beers tonight, I can smell it, your passport, please."
    assert codes_and_detectors(codebook, text) == [
        ("command", "rule:command.clause_documents"),
        ("respectful_address", "rule:respectful_address.courtesy"),
    ]
    assert codes_and_detectors(codebook, "Your entry permit.") == [
        ("command", "rule:command.documents")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Drive carefully, señora.",
        "Drive carefully, senora.",
        "Signore, your turn now.",
        "Gospa Vesna, your turn now.",
        "Thank you, Mzee.",
    ],
)
def test_a_courtesy_title_of_another_language_is_respectful_address(codebook, text):
    assert ("respectful_address", "rule:respectful_address.courtesy") in codes_and_detectors(
        codebook, text
    )


def test_accents_are_taken_off_letters_not_the_letters_off_words():
    assert normalise("Señora, the café's in Straße Łódź, Gospođa!") == (
        "senora the cafe's in strasse lodz gospoda"
    )
    assert normalise("Plain text, unchanged.") == "plain text unchanged"
