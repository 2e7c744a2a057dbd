"""Escalation precision on unseen encounters (session 9, #15): words shaped like an order or a
refusal that a coder following ``evalset/README.md`` would not tag. The sentences are written
for these tests, not taken from the evaluation set."""

from __future__ import annotations

import pytest
from suggest_support import timed

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import detect


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def found(codebook, text: str, role: str = "officer", start: float = 0.0):
    result = detect([timed("S0", role, start, text)], codebook)
    return [(s.code_id, s.start, s.detector) for s in result.suggestions]


@pytest.mark.parametrize(
    "text",
    [
        "Take care, Morag.",
        "Take good care of yourself.",
        "Look after yourselves, the pair of you.",
        "Mind how you go.",
        "Go well, and give my regards to your mother.",
        "Stay well, the two of you.",
        "Travel safe, it's dark on that road.",
        "Get well soon, Mr Okafor.",
    ],
)
def test_a_farewell_is_no_command(codebook, text):
    assert [code for code, _, _ in found(codebook, text)] in ([], ["respectful_address"])


@pytest.mark.parametrize(
    "text",
    [
        # Time given to the person (session 15: fresh11's level crossing).
        "Take as long as you need.",
        "Take however long it takes.",
        # A permission question with "Do you" dropped (fresh11's vet clinic).
        "Mind if I sit down.",
        "Mind if we come in for a minute.",
        # Safety advice for the person's own sake (the set's convention since session 16).
        "Mind the glass on the floor.",
        "Mind your feet on the ice.",
        "Watch your head getting in.",
        "Go steady on the ramp, it's wet.",
        "Careful with that leg.",
    ],
)
def test_giving_time_asking_leave_or_advising_care_is_no_command(codebook, text):
    assert [code for code, _, _ in found(codebook, text) if code == "command"] == []


def test_going_or_staying_somewhere_well_off_is_still_a_command(codebook):
    # "well" as the leave-taking only: "Go well back from the edge" still sends the person.
    assert [c for c, _, _ in found(codebook, "Go well back from the edge.")] == ["command"]
    assert [c for c, _, _ in found(codebook, "Stay well behind the tape.")] == ["command"]


def test_minding_ones_language_or_taking_a_thing_is_still_a_command(codebook):
    assert found(codebook, "Mind your language in front of the kids.") == [
        ("command", 0.0, "rule:command.imperative")
    ]
    assert found(codebook, "Take as much as you can carry out of the car.")[0] == (
        "command",
        0.0,
        "rule:command.imperative",
    )


def test_taking_care_of_a_thing_is_still_a_command(codebook):
    assert found(codebook, "Take care of the puppy while I call it in.") == [
        ("command", 0.0, "rule:command.imperative")
    ]


def test_go_on_inviting_more_talk_is_no_command(codebook):
    # An open question, no order (read in its clause since session 24).
    assert found(codebook, "Go on, tell me about the van.") == [
        ("open_question", 0.0, "rule:open_question.invites_account")
    ]
    assert found(codebook, "Go on then, two sugars.") == []
    # "Go on" sending someone off is still an order.
    assert found(codebook, "Go on, get back in the house.") == [
        ("command", 0.0, "rule:command.imperative")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A perfect tense: the subject and its auxiliary run into one word before the verb.
        "Your neighbour rang, so we've come round to see you're alright.",
        "The manager says you've come back after being barred.",
        # "back" after a verb form is an adverb, not an order.
        "She was running back up the lane when it happened.",
        # ... and so is "back" before anything but a particle (machine transcripts of fresh50
        # and fresh47).
        "I got on back the roof reading on my phone.",
        # After a preposition, a relative word or an adverb of frequency the verb is in the
        # same clause (fresh50, fresh43, fresh45): each of these was read as an order.
        "A friend built that wheel by hand back home without it I am stuck.",
        "My wife always mind it in the papers.",
        "He rang the spring while come the road at dusk.",
        "I know you both keep the statue and start at the water.",
    ],
)
def test_no_run_on_cut_inside_a_clause(codebook, text):
    assert [c for c, _, _ in found(codebook, text) if c == "command"] == []


def test_a_run_on_order_after_another_clause_is_still_cut(codebook):
    assert found(codebook, "You've had your chance pick up the bag.", start=5.0) == [
        ("command", 6.6, "rule:command.imperative")
    ]
    # "back" with its particle is still the order.
    assert found(codebook, "You have had your chance back away from the car.", start=5.0) == [
        ("command", 7.0, "rule:command.imperative")
    ]


def test_no_way_judging_what_could_have_been_is_no_refusal(codebook):
    assert found(codebook, "No way you could've seen him in that rain.", "civilian") == []
    # The refusal is also the turn's agitation (suggest/refusal.py): no "!" or loudness here.
    assert found(codebook, "No way. I'm staying put.", "civilian") == [
        ("civilian_agitated", 0.0, "rule:civilian_agitated.refusal"),
        ("resistance_2_verbal", 0.0, "grammar:resistance_2_verbal.no_way"),
    ]
    # Said under the officer's label it stays the officer's surprise, not a refusal.
    assert found(codebook, "No way, that's quicker than the bus.") == []


def test_a_list_of_the_speakers_own_next_steps_is_no_command(codebook):
    text = "First, I take a statement, check the cameras, and someone rings you tomorrow."
    assert [c for c, _, _ in found(codebook, text) if c == "command"] == []
    # Without the list, or with "but" turning to the listener, the later clause is an order.
    assert found(codebook, "I hear you, but drop the bottle.") == [
        ("command", 0.0, "rule:command.clause_imperative")
    ]


def test_a_lone_verb_cut_from_its_particle_is_no_command(codebook):
    result = detect(
        [
            timed("S0", "officer", 0.0, "Shut"),
            timed("S1", "civilian", 0.4, "up, nobody asked you."),
        ],
        codebook,
    )
    assert [s.code_id for s in result.suggestions if s.speaker == "S0"] == []
    # An order that stands alone stays one, with or without its full stop.
    assert found(codebook, "Stop") == [("command", 0.0, "rule:command.imperative")]


def test_explaining_how_to_complain_is_no_complaint_and_stays_the_officers(codebook):
    result = detect(
        [timed("S0", "officer", 0.0, "If you want to make a complaint, ring the number on it.")],
        codebook,
    )
    assert [(s.code_id, s.evidence.endswith("(merged voices?)]")) for s in result.suggestions] == []
    assert found(codebook, "I want to make a complaint.", "civilian") == [
        ("complaint_voiced", 0.0, "rule:complaint_voiced.badge_or_supervisor")
    ]


def test_no_run_on_cut_after_an_article(codebook):
    assert found(codebook, "we made a stop down by the bridge") == []


@pytest.mark.parametrize(
    "text",
    [
        "I won't.",
        "I won't say another word to her.",
        "And don't think I won't be writing to the paper about this.",
    ],
)
def test_i_wont_on_its_own_is_no_refusal(codebook, text):
    # Session 11: a promise as often as a refusal; none of the labelled lines with it refuses.
    assert [code for code, _, _ in found(codebook, text, role="civilian")] == []


@pytest.mark.parametrize(
    "text", ["No, I won't.", "I won't get out of the car.", "I will not sign that."]
)
def test_i_wont_do_what_was_asked_is_still_a_refusal(codebook, text):
    assert [code for code, _, _ in found(codebook, text, role="civilian")] == [
        "civilian_agitated",
        "resistance_2_verbal",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Radio procedure to dispatch (session 22).
        "Twenty-two, show me out at Juniper.",
        "Bravo two, show us attending.",
        "Four, show me there.",
        # An invitation to call.
        "Any more bother tonight, give us a call.",
        "If the van comes back, give me a shout.",
        # Care for the person as a send-off.
        "Chloe, go and get some sleep.",
        "Get some water down you and some sleep.",
        "Go get that daughter to school.",
        # Comfort in a negative order's shape.
        "Don't apologise.",
        "Don't blame yourself, Ray.",
    ],
)
def test_radio_status_invitations_care_and_comfort_are_no_command(codebook, text):
    assert [c for c, _, _ in found(codebook, text) if c == "command"] == []


def test_showing_giving_and_getting_things_are_still_commands(codebook):
    for text in ("Show me your hands.", "Give me the knife.", "Get your jacket, now."):
        assert found(codebook, text)[0][0] == "command", text
    assert found(codebook, "Show me there, on the map, where he went.") == [
        ("command", 0.0, "rule:command.imperative")
    ]
    # The comfort is passed over; an order after it in the same sentence is still read.
    assert found(codebook, "Don't apologise, put the knife down.") == [
        ("command", 0.0, "rule:command.clause_imperative")
    ]
    assert found(codebook, "Don't open the door.") == [
        ("command", 0.0, "rule:command.negative_imperative")
    ]


def test_a_promise_not_to_fight_or_run_is_calming_not_a_refusal(codebook):
    for text in ("I'm not gonna fight anybody.", "I'm not going to run, I promise."):
        assert found(codebook, text, "civilian") == [
            ("civilian_calming_statement", 0.0, "grammar:civilian_calming_statement.cooperates")
        ], text
    # Refusing to go with the officer is still a refusal.
    assert ("resistance_2_verbal", 0.0, "rule:resistance_2_verbal.refuses") in found(
        codebook, "I'm not going with you.", "civilian"
    )


def test_calling_oneself_crazy_is_no_swearing(codebook):
    for text in ("He always says I'm crazy.", "I'm not crazy, I'll go home."):
        codes = [c for c, _, _ in found(codebook, text, "civilian")]
        assert "civilian_agitated" not in codes, text
    assert found(codebook, "No, man, this is crazy.", "civilian") == [
        ("civilian_agitated", 0.0, "rule:civilian_agitated.swears")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Left to the listener (session 41): the codebook codes an option, never a command.
        "Wait in the café if you like, it's warm in there.",
        "Sit on the wall if you'd rather.",
        # One of two things to do, the other a bare order too.
        "Keep the receipt, or hand it to the clerk when you go in.",
        "Leave the trailer where it is, or park it by the church and walk up.",
        "Stand by the gate if you like, or wait in the car.",
    ],
)
def test_an_order_offered_as_an_option_is_no_command(codebook, text):
    assert found(codebook, text) == []


def test_an_ultimatum_or_a_prohibition_with_or_is_still_an_order(codebook):
    # A subject after "or" is what follows if the order is not obeyed, and a sanction named
    # makes any "or" an ultimatum; "don't ... or ..." forbids both.
    assert found(codebook, "Step away from the van, or you're getting arrested.") == [
        ("threat_of_arrest_or_force", 0.0, "grammar:threat_of_arrest_or_force.ultimatum")
    ]
    assert found(codebook, "Hand me the keys, or we tow it.") == [
        ("threat_of_arrest_or_force", 0.0, "grammar:threat_of_arrest_or_force.ultimatum_open")
    ]
    assert found(codebook, "Put the bat down or get tased.") == [
        ("command", 0.0, "rule:command.imperative")
    ]
    assert found(codebook, "Don't move or reach for anything.") == [
        ("command", 0.0, "rule:command.fragment")
    ]
    assert found(codebook, "Sit on the wall.") == [("command", 0.0, "rule:command.imperative")]
