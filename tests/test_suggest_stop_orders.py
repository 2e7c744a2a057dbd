"""Orders of a stop that the command rules missed until session 25 (#15): the papers or a name
asked for and nothing else ("Licence and registration.", "Name and date of birth."), a thing
and where it goes on a car or a table ("Keys on the roof."), short set orders ("Look at me",
"Eyes on me", "One at a time", "Hang tight", "Up you get", "Over here with me", "Into the van",
"Back to your car"), and an order joined to a need statement ("I need you to stay right there
and keep your hands where I can see them": two directives, as the codebook counts them); and
since session 26 the verbs of a stop the list lacked ("Lean on the fence", "Switch it off",
"Spin round", "Pop it in the bag") and an order after a comma whose verb takes "round",
"outside" or "everyone" next, or that switches the engine, music or radio off; and what only
looks like an order: good wishes ("Go and enjoy your last hour", "Give your wife my best"),
"Let me see." said alone, "you must know" inferring, and a need under a condition ("If you need
to ..."). The sentences are written for these tests, not taken from the evaluation set."""

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


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Switch it off for me.", "switch"),
        ("Spin round for me.", "spin"),
        ("Pop it in the bag.", "pop"),
        ("Hop out of the van.", "hop"),
        ("Pass me the keys.", "pass"),
        ("Fetch his coat for me.", "fetch"),
        ("Lean against the wall.", "lean"),
    ],
)
def test_a_stops_verbs_open_a_command(codebook, text, verb):
    result = detect([timed("S0", "officer", 0.0, text)], codebook)
    assert [(s.code_id, s.detector) for s in result.suggestions] == [
        ("command", "rule:command.imperative")
    ]
    assert f"(imperative, verb '{verb}')" in result.suggestions[0].evidence


def test_two_orders_joined_by_and_with_no_comma_are_two_commands(codebook):
    # The recogniser's text for "Lean on the fence for me, and put your wrists behind you":
    # "lean" was not a directive verb, so neither order was read.
    text = "Lean on the fence for me and put your wrists behind you."
    result = detect([timed("S0", "officer", 10.0, text)], codebook)
    assert [(s.code_id, s.start, s.detector) for s in result.suggestions] == [
        ("command", 10.0, "rule:command.imperative"),
        ("command", 12.35, "rule:command.joined"),
    ]


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("You know the caution, turn round for me.", "rule:command.clause_imperative"),
        ("Oh, look, back outside with her, please.", "rule:command.clause_imperative"),
        ("Good man, keep everyone back at the gate.", "rule:command.clause_imperative"),
        ("Morning, sir, engine off for me, please.", "rule:command.clause_verbless"),
        ("I can't hear you, music off now.", "rule:command.clause_verbless"),
    ],
)
def test_an_order_after_a_comma_is_a_command(codebook, text, detector):
    assert ("command", detector) in codes_and_detectors(codebook, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll switch it off.",  # the officer's own next step
        "The engine's off.",
        "He leaned on the fence.",
        "Alright, the music's off now.",
        "She was wearing a grey hoodie, window down, lights off.",  # a description
    ],
)
def test_the_same_words_in_a_statement_or_a_description_are_no_command(codebook, text):
    assert "command" not in [code for code, _ in codes_and_detectors(codebook, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Go and enjoy your last hour.",
        "Enjoy the rest of your night.",
        "Give your wife my best for Monday.",
        "Give him my regards.",
        "Go for it.",
        "Hold that thought.",
        "Let me see.",  # the officer looking something over
        "Forty years, you must know half the ward by name.",
        "If you need to call someone, the number's on the card.",
        "When you need to leave, the gate's on the left.",
    ],
)
def test_good_wishes_inferences_and_conditional_needs_are_no_command(codebook, text):
    assert "command" not in [code for code, _ in codes_and_detectors(codebook, text)]


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Let me see your hands.", "rule:command.fragment"),
        ("Go and sit in the car.", "rule:command.imperative"),
        ("Hold that rail.", "rule:command.imperative"),
        ("You must leave now.", "rule:command.need_statement"),
        ("You need to step back.", "rule:command.need_statement"),
    ],
)
def test_the_orders_those_words_resemble_stay_commands(codebook, text, detector):
    assert codes_and_detectors(codebook, text) == [("command", detector)]
