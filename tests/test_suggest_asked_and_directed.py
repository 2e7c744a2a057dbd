"""Wordings the detectors missed in fresh49's scripts and in the machine transcripts of
fresh41-fresh49, read after fresh49's blind score (session 51, #15): an account asked for with
"How did ...", "Why did/does ..." or "What did you see" after other words, a person led
somewhere ("This way, please", "Over by the bench", "On to the kerb"), an order pressed with
"now" ("Down, now, ..."), hands placed "by your sides", a form held out ("Your signature here,
please"), a courtesy between two orders ("The key, please, and wait by the door"), an addressee
named as "You, sir", the handcuffs as an ultimatum's consequence, a civilian refusing to be told
where to stand, a civilian asking forgiveness, and two things offered with no subject for the
second ("You can wait here, or walk back with me"). The sentences are written for these tests,
not taken from the evaluation set."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def codes(codebook, text: str, role: str = "officer") -> list[str]:
    return [code for code, _ in codes_and_detectors(codebook, text, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Okay, from the top. How did you end up on the ledge?",
        "So how did the ladder fall over?",
        "Madam, your turn. Why does this bench matter so much to you?",
        "And why did you go back for the dog?",
    ],
)
def test_how_did_and_why_did_ask_for_an_account(codebook, text):
    assert sorted(codes_and_detectors(codebook, text)) == [
        ("open_question", "grammar:open_question.wh_about_person"),
        *([("respectful_address", "rule:respectful_address.courtesy")] if "Madam" in text else []),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "So now you, what did you see this morning?",
        "Okay, and you tell me how it looked from the bridge.",
        "Sir, from the top, what went on?",
        "Now you, tell me everything from the start.",
    ],
)
def test_an_account_asked_for_after_other_words_is_an_open_question(codebook, text):
    assert ("open_question", "grammar:open_question.account_asked") in codes_and_detectors(
        codebook, text
    )


def test_what_day_it_is_checks_orientation_not_an_account(codebook):
    assert "open_question" not in codes(codebook, "Can you tell me what day it is?")


def test_a_civilians_why_is_no_open_question(codebook):
    # The rule reads officers only: a civilian's "why" is the civilian's challenge.
    assert "open_question" not in codes(codebook, "Why do you need my licence?", "civilian")
    # Facts asked are no account asked for.
    assert codes(codebook, "How many people were in the car?") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Sir, this way, please, to the bench by the gate.", "rule:command.fragment"),
        ("This way, to the wall beside the van.", "rule:command.fragment"),
        ("Hands by your sides.", "rule:command.fragment"),
        ("Your signature here, please.", "rule:command.thing_please"),
        ("Madam, over by the railings with me.", "rule:command.fragment"),
        ("On to the kerb, both of you.", "rule:command.toward"),
        ("Down, now, I'm not coming up after you.", "rule:command.toward"),
    ],
)
def test_a_verbless_order_that_leads_places_or_hands_over(codebook, text, rule):
    assert ("command", rule) in codes_and_detectors(codebook, text)


@pytest.mark.parametrize(
    "text",
    [
        "This way is quicker.",
        "Is it this way?",
        "Your bag there, please, is it yours?",
        "Over to you, madam.",
        "On to the next thing, then.",
    ],
)
def test_the_same_words_that_describe_or_ask_are_no_order(codebook, text):
    assert "command" not in codes(codebook, text)


def test_a_courtesy_between_two_orders_keeps_both(codebook):
    # The thing asked for with its "please" is an order, and the order after it is joined.
    assert sorted(
        codes_and_detectors(codebook, "The ticket, please, and wait with the guard by the door.")
    ) == [
        ("command", "rule:command.joined"),
        ("command", "rule:command.thing_please"),
        ("respectful_address", "rule:respectful_address.courtesy"),
    ]


def test_a_person_pleaded_with_is_no_thing_asked_for(codebook):
    # A child's plea the diarizer put under the officer's label.
    assert "command" not in codes(codebook, "Mum, please, I'm staying with you.")


def test_you_sir_names_who_the_order_is_for(codebook):
    assert codes(codebook, "You, sir, walk with me to the gate.") == [
        "command",
        "respectful_address",
    ]
    # "You" and a verb is a statement about them.
    assert codes(codebook, "You miss her, I know.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Off the grass now, or the handcuffs go on!",
        "If I have to say it again, the cuffs come out.",
    ],
)
def test_the_handcuffs_as_the_consequence_are_a_threat(codebook, text):
    assert ("threat_of_arrest_or_force", "grammar:threat_of_arrest_or_force.ultimatum") in (
        codes_and_detectors(codebook, text)
    )


def test_handcuffs_that_come_off_are_no_threat(codebook):
    assert "threat_of_arrest_or_force" not in codes(codebook, "The handcuffs come off now.")


def test_a_civilian_refusing_to_be_told_where_to_stand(codebook):
    assert codes_and_detectors(codebook, "Don't tell me where to stand, pal.", "civilian") == [
        ("civilian_agitated", "rule:civilian_agitated.hostile"),
        ("resistance_2_verbal", "rule:resistance_2_verbal.refuses"),
    ]
    # The officer's "Don't tell me" is no civilian's refusal.
    assert codes(codebook, "Don't tell me where he went, show me.") != [
        "civilian_agitated",
        "resistance_2_verbal",
    ]


@pytest.mark.parametrize("text", ["Forgive me for yelling, officer.", "Sir, forgive us, please."])
def test_a_civilian_asking_forgiveness_calms(codebook, text):
    assert (
        "civilian_calming_statement",
        "rule:civilian_calming_statement.apology_or_assurance",
    ) in (codes_and_detectors(codebook, text, "civilian"))


@pytest.mark.parametrize("text", ["She'll never forgive me.", "God forgive me, I forgot him."])
def test_forgiveness_not_asked_of_anyone_here_is_no_apology(codebook, text):
    assert "civilian_calming_statement" not in codes(codebook, text, "civilian")


@pytest.mark.parametrize(
    "text",
    [
        "You can wait for the bus here, or walk back to the hotel with me.",
        "Madam, you can watch from the wall, or sit in my car out of the rain,",
    ],
)
def test_two_things_offered_are_a_choice(codebook, text):
    assert ("offers_choices", "rule:offers_choices.or_options") in codes_and_detectors(
        codebook, text
    )


@pytest.mark.parametrize(
    "text",
    [
        "You can calm down, or calm down in the back of my car.",
        "You can tell me here, or tell the custody sergeant.",
    ],
)
def test_the_cells_or_the_car_as_the_other_way_is_no_choice(codebook, text):
    assert "offers_choices" not in codes(codebook, text)
