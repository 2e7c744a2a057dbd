"""Orders of a stop that the command rules missed until session 25 (#15): the papers or a name
asked for and nothing else ("Licence and registration.", "Name and date of birth."), a thing
and where it goes on a car or a table ("Keys on the roof."), short set orders ("Look at me",
"Eyes on me", "One at a time", "Hang tight", "Up you get", "Over here with me", "Into the van",
"Back to your car"), and an order joined to a need statement ("I need you to stay right there
and keep your hands where I can see them": two directives, as the codebook counts them). The
sentences are written for these tests, not taken from the evaluation set."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors, timed

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import detect


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


@pytest.mark.parametrize(
    "text",
    [
        "Licence and registration.",
        "Your license and registration.",
        "Driving licence.",
        "Insurance and ID.",
        "ID.",
        "Name.",
        "Name and date of birth.",
        "Your name and address.",
    ],
)
def test_the_papers_named_alone_are_a_command(codebook, text):
    assert codes_and_detectors(codebook, text) == [("command", "rule:command.documents")]


@pytest.mark.parametrize(
    "text",
    [
        "The licence is fine.",  # a statement about the papers
        "Your licence and registration are in the glovebox.",
        "Do you have your licence?",  # a question, asked
        "Name?",
        "My name.",
    ],
)
def test_papers_in_a_statement_or_a_question_are_no_command(codebook, text):
    assert "command" not in [code for code, _ in codes_and_detectors(codebook, text)]


def test_papers_named_by_a_civilian_are_no_command(codebook):
    # "Licence and registration" itself is only said by police (``roles``): a civilian's line
    # that says it is read as the officer's; one paper named alone is the civilian's own word.
    assert codes_and_detectors(codebook, "Registration.", role="civilian") == []


@pytest.mark.parametrize(
    "text",
    [
        "Keys on the roof.",
        "Bag on the bonnet.",
        "Phone on the table for me.",
        "Keys on the dashboard.",
    ],
)
def test_a_thing_and_where_it_goes_on_a_car_or_a_table_is_a_command(codebook, text):
    assert codes_and_detectors(codebook, text) == [("command", "rule:command.verbless")]


def test_an_order_joined_to_a_need_statement_is_a_second_command_timed_by_its_words(codebook):
    text = "I need you to stay right there and keep your hands where I can see them."
    result = detect([timed("S0", "officer", 20.0, text)], codebook)
    assert [(s.code_id, s.start, s.detector) for s in result.suggestions] == [
        ("command", 20.0, "rule:command.need_statement"),
        ("command", 22.76, "rule:command.joined"),
    ]
    assert "(verb 'keep') (joined.imperative) joined" in result.suggestions[1].evidence


def test_a_need_statement_said_twice_in_one_sentence_stays_one_command(codebook):
    # The second half repeats the need's own order: nothing is joined to it.
    assert codes_and_detectors(codebook, "I need you to stay there and stay there.") == [
        ("command", "rule:command.need_statement")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Look at me.",
        "Darren, look at me.",
        "Sir, sir, look at me.",
        "Eyes on me.",
        "One at a time.",
        "Ma'am, hang tight right there.",
        "Hang back by the gate for me.",
        "Up you get.",
        "Over here with me.",
        "Into the van.",
        "Back to your car.",
    ],
)
def test_short_set_orders_are_commands(codebook, text):
    assert "command" in [code for code, _ in codes_and_detectors(codebook, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Look at that.",  # something pointed out
        "Look, I get it.",  # "look" opening a statement
        "He's over here.",
        "Over here is where it happened.",
        "Hang on.",  # a pause the officer asks for, no order in the codebook
    ],
)
def test_the_same_words_in_a_statement_are_no_command(codebook, text):
    assert "command" not in [code for code, _ in codes_and_detectors(codebook, text)]


def test_look_still_opens_an_order_it_does_not_make(codebook):
    assert codes_and_detectors(codebook, "Look, put it down.") == [
        ("command", "rule:command.imperative")
    ]
