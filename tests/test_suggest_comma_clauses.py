"""Sentences the recogniser ran together with commas (session 24, #15): a phrase rule held to
a sentence's start reads each comma clause too (the last clause of a question is a question),
and an order after another clause may take a participle ("keep talking to me"). The sentences
are written for these tests, not taken from the evaluation set."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Utterance, detect


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


@pytest.mark.parametrize(
    "text",
    [
        # Whisper's comma where the officer ended one sentence and asked another.
        "I'll be honest, that worries me, what's going on for you tonight?",
        "You've come a long way, so what's been happening?",
    ],
)
def test_an_open_question_after_a_comma_is_read(codebook, text):
    assert codes_and_detectors(codebook, text) == [
        ("open_question", "rule:open_question.invites_account")
    ]


def test_the_question_read_in_a_clause_is_the_question_mark_s_own(codebook):
    # The wh-rule reads questions only: its clause is one when it ends the sentence.
    asked = "Thanks for coming out so late, how's your mum holding up?"
    told = "Thanks for coming out so late, how's your mum holding up, did she get the letter?"
    assert codes_and_detectors(codebook, asked) == [
        ("open_question", "grammar:open_question.wh_about_person"),
        ("respectful_address", "rule:respectful_address.courtesy"),
    ]
    assert codes_and_detectors(codebook, told) == [
        ("respectful_address", "rule:respectful_address.courtesy")
    ]


def test_a_dismissive_whatever_opens_the_turn_only(codebook):
    assert codes_and_detectors(codebook, "Whatever. I've got a job to do.") == [
        ("interrupts_or_dismisses", "grammar:interrupts_or_dismisses.brushes_aside")
    ]
    # After a comma it is an offer: the choice is read, no dismissal.
    assert codes_and_detectors(
        codebook, "We can stand right here or go inside, whatever works for you."
    ) == [("offers_choices", "grammar:offers_choices.conditional_offer")]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("There's an ambulance coming, keep talking to me.", "keep"),
        ("I'm with the hospital team, stay sitting up against the wall.", "stay"),
        ("There's a car coming, stop moving.", "stop"),
    ],
)
def test_an_order_after_a_clause_may_take_a_participle(codebook, text, verb):
    result = detect([Utterance("S0", "officer", 0.0, 3.0, text)], codebook)
    assert [(s.code_id, s.detector) for s in result.suggestions] == [
        ("command", "rule:command.clause_imperative")
    ]
    assert result.suggestions[0].evidence.endswith(f"(clause_imperative, verb '{verb}')]")


@pytest.mark.parametrize(
    "text",
    [
        "He kept walking, stopping every few yards.",  # a report: no clause opens on the verb
        "I'll keep talking to them, you stay calm.",  # the listener's "stay" has its subject
    ],
)
def test_a_participle_makes_no_order_of_a_report_or_a_clause_with_its_subject(codebook, text):
    assert codes_and_detectors(codebook, text) == []


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # The recogniser's comma where the officer ended a sentence and asked for papers.
        ("You know exactly why, license.", "license"),
        ("You should have thought of that, name and address.", "name"),
        ("We've been here an hour, your licence and registration.", "licence"),
    ],
)
def test_papers_asked_for_in_the_last_clause_are_an_order(codebook, text, head):
    result = detect([Utterance("S0", "officer", 0.0, 3.0, text)], codebook)
    assert [(s.code_id, s.detector) for s in result.suggestions] == [
        ("command", "rule:command.clause_documents")
    ]
    assert result.suggestions[0].evidence.endswith(f"(clause_documents, verb '{head}')]")


@pytest.mark.parametrize(
    "text",
    [
        "I ran your plate, licence, registration, all fine.",  # a list of what was checked
        "I checked the car, the insurance.",  # "the": what was looked at
        "Can I see your license, registration?",  # a question is asked, not ordered
    ],
)
def test_papers_in_a_list_or_a_question_are_no_order(codebook, text):
    assert codes_and_detectors(codebook, text) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # The recogniser's comma where the officer gave an order and then asked a question
        # (session 44: fresh39's "Vikash, come back. What did the hotel tell you to do?").
        ("Vikash, come back, what did the hotel tell you to do?", "come"),
        ("Step back from the edge, can you hear me?", "step"),
    ],
)
def test_an_order_before_a_question_the_recogniser_joined_is_a_command(codebook, text, verb):
    result = detect([Utterance("S0", "officer", 0.0, 3.0, text)], codebook)
    commands = [s for s in result.suggestions if s.code_id == "command"]
    assert [s.detector for s in commands] == ["rule:command.before_question.imperative"]
    assert commands[0].evidence.endswith(f"(before_question.imperative, verb '{verb}')]")


@pytest.mark.parametrize(
    "text",
    [
        "Hang on, what's your name?",  # holding the talk, not an order
        "Come on, what are you doing?",
        "Okay, tell me, what happened?",  # an invitation to talk
        "Vikash, what did the hotel tell you to do?",  # no clause before the question orders
    ],
)
def test_a_question_after_no_order_stays_a_question(codebook, text):
    assert "command" not in [code for code, _ in codes_and_detectors(codebook, text)]


def test_a_prohibition_after_another_clause_is_one_command(codebook):
    # "Thank you, Bob. Stay back at your cart, please. Don't crowd him." as the recogniser
    # heard it (fresh40): the first order garbled, the prohibition in the last clause. One
    # command, not a second "joined" copy of the same order.
    text = "Thank you, bow, stay mad at your cart, please, don't crowd him."
    assert codes_and_detectors(codebook, text) == [
        ("command", "rule:command.clause_negative_imperative"),
        ("respectful_address", "rule:respectful_address.courtesy"),
    ]


def test_comfort_after_another_clause_is_no_command(codebook):
    assert codes_and_detectors(codebook, "I know, don't worry about it.") == [
        ("reassurance", "rule:reassurance.safe_or_help")
    ]


def test_an_order_read_from_a_later_clause_is_not_joined_to_itself(codebook):
    # "kneel behind" takes no object, so the order read is the later clause's "keep"; the
    # joined reading, which takes "kneel" first, gave "keep" a second time before session 44.
    text = "It's his heart, kneel behind him, and keep him sitting up against the pack."
    assert codes_and_detectors(codebook, text) == [("command", "rule:command.clause_imperative")]
