"""Words the recogniser writes differently from the script, read as what was said (#15, session
8): the rank "Officer" heard as "off his" / "of the" before an unfamiliar name, "EMS" heard as
"a mess" after the radio's "start", a name between two commas where the recogniser ran two
sentences together, "stop pulling away" under a civilian's label (the officer holding),
"Thank you" heard as "and you" before an order; and (session 51) "Let go of" heard as "Let's go
on", "badge number" as "match number", "I arrest you" as "I rest you", and an introduction the
recogniser ran on into the next sentence; and (session 52) "called us about a" as "called us an
outer"."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Utterance, detect
from bodycam.suggest.fuzzy import canonical
from bodycam.suggest.roles import sentence_roles
from bodycam.suggest.sentences import split_sentences


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def found(result) -> list[tuple[str, float, float, str]]:
    return [(s.code_id, s.start, s.end, s.detector) for s in result.suggestions]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("All right. I'm off his heels.", "i'm off his heels"),
        ("Hiya, I'm off the summer breaker.", "i'm off the summer"),
        ("Jordan, it's office of power, campus police.", "it's office of power"),
        ("The least department, I'm of the Samapatist.", "i'm of the samapatist"),
    ],
)
def test_the_rank_heard_as_off_his_is_an_introduction(codebook, text, words):
    result = detect([Utterance("S0", "officer", 0.0, 3.0, text)], codebook)
    intros = [s for s in result.suggestions if s.code_id == "introduces_self"]
    assert [s.detector for s in intros] == ["grammar:introduces_self.rank_misheard"]
    assert intros[0].evidence.endswith(f'[introduction: "{words}"]')


@pytest.mark.parametrize(
    "text",
    [
        # A merged civilian's words, and idioms: no name follows.
        "I haven't slept in four days, I'm off my meds.",
        "I'm off the clock in ten minutes.",
        "That's off the record.",
    ],
)
def test_off_my_and_the_idioms_are_no_introduction(codebook, text):
    result = detect([Utterance("S0", "officer", 0.0, 3.0, text)], codebook)
    assert "introduces_self" not in [s.code_id for s in result.suggestions]


def test_ems_heard_as_a_mess_after_start_is_a_request_for_ems(codebook):
    assert (
        canonical("fourteen starting a mess priority one") == "fourteen starting ems priority one"
    )
    assert canonical("the kitchen is a mess") == "the kitchen is a mess"
    result = detect(
        [Utterance("S0", "officer", 0.0, 4.0, "14, starting a mess, possible stroke.")], codebook
    )
    assert found(result) == [
        ("requests_resources", 0.0, 4.0, "rule:requests_resources.asks_for_help")
    ]
    mess = detect([Utterance("S0", "officer", 0.0, 4.0, "This place is a mess.")], codebook)
    assert found(mess) == []


def test_engine_off_heard_as_ending_off_is_the_order(codebook):
    # fresh19's PC Ashdown, fresh35's PC Pugh: tiny.en's "ending off" for "Engine off".
    assert canonical("ending off for me please") == "engine off for me please"
    assert canonical("ending off the night with a pint") == "ending off the night with a pint"
    result = detect(
        [Utterance("S0", "officer", 0.0, 3.0, "Sir, ending off for me, please.")], codebook
    )
    assert ("command", 0.0, 3.0, "rule:command.verbless") in found(result)
    unheard = detect([Utterance("S0", "officer", 0.0, 3.0, "Sir, ending it for me.")], codebook)
    assert [s for s in found(unheard) if s[0] == "command"] == []


def test_a_name_between_two_commas_is_addressed(codebook):
    result = detect(
        [Utterance("S0", "officer", 0.0, 3.0, "Take care of yourself, Donna, you two.")], codebook
    )
    # A farewell, so no command (session 9): only the address.
    assert found(result) == [
        ("respectful_address", 0.0, 3.0, "grammar:respectful_address.name"),
    ]
    # A capitalised word that names nobody is no vocative.
    calm = detect(
        [Utterance("S0", "officer", 0.0, 3.0, "It was, Okay, a long night for you.")], codebook
    )
    assert "respectful_address" not in [s.code_id for s in calm.suggestions]


def test_a_name_said_on_its_own_is_addressed(codebook):
    # "Gary. Gary. Look at me.": the name alone calls him; a name is a word the transcript
    # capitalises inside a sentence ("Is Gary with you?").
    lines = ["Is Gary with you?", "Gary.", "Look at me."]
    utterances = [
        Utterance("S0", "officer", 2.0 * n, 2.0 * n + 1.5, t) for n, t in enumerate(lines)
    ]
    result = detect(utterances, codebook)
    assert [
        (s.start, s.detector) for s in result.suggestions if s.code_id == "respectful_address"
    ] == [(2.0, "grammar:respectful_address.name")]
    # Alone and never capitalised inside a sentence, a word common in lower case ("grace"
    # is a token of Whisper's vocabulary, "gary" is not) is not known to be a name.
    alone = detect([Utterance("S0", "officer", 0.0, 1.0, "Grace.")], codebook)
    assert "respectful_address" not in [s.code_id for s in alone.suggestions]
    alone = detect([Utterance("S0", "officer", 0.0, 1.0, "Gary.")], codebook)
    assert [s.detector for s in alone.suggestions] == ["grammar:respectful_address.name"]


def test_stop_pulling_away_under_a_civilian_label_is_the_officers_order(codebook):
    [sentence] = sentence_roles(
        split_sentences([Utterance("S1", "civilian", 0.0, 2.0, "Stop pulling away.")])
    )
    assert sentence.role == "officer"
    assert sentence.role_note.startswith('read as officer: "stop pulling away" is only said by')
    result = detect(
        [
            Utterance("S0", "officer", 0.0, 2.0, "Step back."),
            Utterance("S1", "civilian", 2.0, 4.0, "Stop pulling away, stop pulling."),
        ],
        codebook,
    )
    assert found(result) == [
        ("command", 0.0, 2.0, "rule:command.imperative"),
        ("command", 2.0, 4.0, "rule:command.imperative"),
        ("shouted_or_repeated_command", 3.2, 4.0, "rule:command.repeated_in_sentence"),
    ]
    # The one being held says it of their own arm: still theirs.
    [theirs] = sentence_roles(
        split_sentences([Utterance("S1", "civilian", 0.0, 2.0, "Stop pulling my arm.")])
    )
    assert theirs.role == "civilian"


def test_thank_you_heard_as_and_you_before_an_order(codebook):
    result = detect(
        [Utterance("S0", "officer", 0.0, 3.0, "and you keep your hands up and turn around.")],
        codebook,
    )
    assert found(result) == [
        ("command", 0.0, 3.0, "rule:command.imperative"),
        ("command", 2.0, 3.0, "rule:command.joined"),
    ]
    # "and you" before anything but an order's verb, or a contraction, stays a statement.
    for text in ("and you form your solicitor about the order.", "And you'll be fine."):
        assert found(detect([Utterance("S0", "officer", 0.0, 3.0, text)], codebook)) == []


def test_let_go_of_heard_as_lets_go_on_is_the_order(codebook):
    assert canonical("let's go on the rope both of you") == "let go of the rope both of you"
    assert canonical("let's go of it") == "let go of it"
    # A ride, or "let's go" with no object, is left as said.
    assert canonical("let's go on the bus") == "let's go on the bus"
    assert canonical("let's go on then") == "let's go on then"
    result = detect(
        [Utterance("S0", "officer", 0.0, 3.0, "Let's go on the rope, both of you.")], codebook
    )
    assert ("command", 0.0, 3.0, "rule:command.imperative") in found(result)


@pytest.mark.parametrize(
    "text",
    [
        "Constable Morrow's police, sit him up against the wall, please.",
        "Officer ain't a verb, harbour police.",
        "Sergeant Lee, transit police, my number is on the card.",
    ],
)
def test_an_introduction_run_on_into_the_next_sentence(codebook, text):
    introduction = ("introduces_self", "grammar:introduces_self.rank_then_agency")
    assert introduction in codes_and_detectors(codebook, text)


def test_a_rank_addressed_before_the_police_is_no_introduction(codebook):
    said = codes_and_detectors(codebook, "Sergeant, the police van is here.")
    assert "introduces_self" not in [code for code, _ in said]


def test_this_way_turn_the_is_one_order_where_someone_is_led(codebook):
    # tiny.en's "turn the" for "to the" after "this way" is where the person goes, not an order
    # to turn something.
    assert codes_and_detectors(codebook, "Sir, this way, turn the bench by the gate.") == [
        ("command", "rule:command.clause_fragment"),
        ("respectful_address", "rule:respectful_address.courtesy"),
    ]
    # An order to turn something after another order is still two.
    assert codes_and_detectors(codebook, "Stand here, turn the music off.") == [
        ("command", "rule:command.imperative"),
        ("command", "rule:command.joined"),
    ]


def test_badge_number_heard_as_match_number_is_a_complaint(codebook):
    assert canonical("i want your match number") == "i want your badge number"
    assert canonical("the match number was on the ticket") == "the match number was on the ticket"
    said = codes_and_detectors(
        codebook, "I want your lunch number, I'm reporting this.", "civilian"
    )
    assert ("complaint_voiced", "rule:complaint_voiced.badge_or_supervisor") in said


def test_i_arrest_you_heard_as_i_rest_you(codebook):
    assert canonical("and i rest you") == "and i arrest you"
    assert canonical("the key or i rest") == "the key or i arrest"
    assert canonical("i rest my case") == "i rest my case"
    threat = ("threat_of_arrest_or_force", "grammar:threat_of_arrest_or_force.conditional_sanction")
    assert threat in codes_and_detectors(codebook, "One more step past the rope, and I rest you.")


def test_called_us_about_a_heard_as_called_us_an_outer_is_the_reason(codebook):
    # Session 52: all four "an outer" after a verb of calling in the machine transcripts of
    # fresh41-fresh50 were "about a".
    assert canonical("the lift operator called us an outer fight") == (
        "the lift operator called us about a fight"
    )
    assert canonical("an outer door") == "an outer door"
    said = codes_and_detectors(codebook, "The driver called us an outer fight over a seat.")
    assert said == [("states_reason", "rule:states_reason.because_or_call")]


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper phoned that two men were fighting over a car door.",
        "The conductor radioed us about a theft in coach nine.",
    ],
)
def test_who_radioed_or_phoned_that_is_the_reason(codebook, text):
    assert codes_and_detectors(codebook, text) == [
        ("states_reason", "grammar:states_reason.someone_called_about")
    ]
    # The officer calling a thing something is no call.
    assert codes_and_detectors(codebook, "Most people would've called that a fair price.") == []
