"""Separating the parties across an officer's turn (``suggest/separation.py``, #15): two people
sent to two places, or one sent away while the officer takes the other on, with exact spans,
and the look-alikes (one person placed, an ultimatum, two turns) left alone."""

from __future__ import annotations

import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Utterance, detect
from bodycam.suggest.sentences import split_sentences
from bodycam.suggest.separation import parties_sent_apart

SENT_APART = "grammar:separates_parties.sent_apart"


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def _read(*turns: tuple[str, str, float, float, str]) -> list[tuple[str, str, str]]:
    sentences = split_sentences([Utterance(*turn) for turn in turns])
    return [(first.text, last.text, how) for first, last, how in parties_sent_apart(sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two people, two places, a sentence each (fresh35, fresh38 script text).
        (
            "Appreciate it. Ma'am, would you step over to your truck with me? Sir, stay right "
            "here by the road.",
            [
                (
                    "Ma'am, would you step over to your truck with me?",
                    "Sir, stay right here by the road.",
                    "sent apart: ma'am, sir",
                )
            ],
        ),
        (
            "Miss Pearline, walk round by the ice house with me. Dwayne, stay by your cooler, "
            "please.",
            [
                (
                    "Miss Pearline, walk round by the ice house with me.",
                    "Dwayne, stay by your cooler, please.",
                    "sent apart: miss, dwayne",
                )
            ],
        ),
        # The recogniser's text: no comma after either name, the orders in one turn.
        (
            "Sir come over in the shade like the boats with me. Joseph wait up at the portal "
            "for me in our car",
            [
                (
                    "Sir come over in the shade like the boats with me.",
                    "Joseph wait up at the portal for me in our car",
                    "sent apart: sir, joseph",
                )
            ],
        ),
        # One comma-joined sentence holds both orders.
        (
            "Sir, you wait by the bar, please, and you, come with me to the other end.",
            [
                (
                    "Sir, you wait by the bar, please, and you, come with me to the other end.",
                    "Sir, you wait by the bar, please, and you, come with me to the other end.",
                    "sent apart: sir, you",
                )
            ],
        ),
        # One sent away, the other taken on by the officer.
        (
            "Kelly, wait down by the truck with the engine running, please. I've got him.",
            [
                (
                    "Kelly, wait down by the truck with the engine running, please.",
                    "I've got him.",
                    "sent kelly away and kept the other",
                )
            ],
        ),
        (
            "Stay in the patrol car for now, Darren. Let me have a word with her first.",
            [
                (
                    "Stay in the patrol car for now, Darren.",
                    "Let me have a word with her first.",
                    "sent ? away and kept the other",
                )
            ],
        ),
        # One person placed, however addressed: "Kirsty, you" is one person.
        ("Kirsty, you stay by your car.", []),
        (
            "Ma'am, you stay in the car. Sir, you stay in the car too.",
            [
                (
                    "Ma'am, you stay in the car.",
                    "Sir, you stay in the car too.",
                    "sent apart: ma'am, sir",
                )
            ],
        ),
        ("Sir, stay by your car. Sir, I said stay by your car.", []),
        # An ultimatum places nobody; thanks and greetings address nobody.
        ("ID, or you come to the station with me until we know who you are.", []),
        ("Thanks, wait here for me. Thanks, stay there.", []),
        # An order with no place is no placement.
        ("Sir, wait. Ma'am, stop.", []),
    ],
)
def test_an_officer_turn_that_parts_two_people(text, expected):
    assert _read(("S1", "officer", 0.0, 6.0, text)) == expected


def test_only_one_officer_turn_counts_and_never_a_civilian():
    # Another speaker between the two orders ends the turn; a civilian placing people is not
    # the officer separating them.
    assert (
        _read(
            ("S1", "officer", 0.0, 3.0, "Sir, stay by your car."),
            ("S2", "civilian", 3.2, 5.0, "What for?"),
            ("S1", "officer", 5.2, 8.0, "Ma'am, come with me over here."),
        )
        == []
    )
    assert (
        _read(("S2", "civilian", 0.0, 4.0, "Sir, stay by your car. Ma'am, come over here.")) == []
    )
    # Over TURN_GAP (3 s) of silence, the second order starts a new turn.
    assert (
        _read(
            ("S1", "officer", 0.0, 2.0, "Sir, stay by your car."),
            ("S1", "officer", 5.5, 8.0, "Ma'am, come with me over here."),
        )
        == []
    )


def test_the_suggestion_runs_from_the_first_order_to_the_second(codebook):
    result = detect(
        [
            Utterance(
                "S1", "officer", 10.0, 13.0, "Miss Pearline, walk round by the ice house with me."
            ),
            Utterance("S1", "officer", 13.4, 16.0, "Dwayne, stay by your cooler, please."),
        ],
        codebook,
    )
    (parted,) = [s for s in result.suggestions if s.code_id == "separates_parties"]
    assert (parted.start, parted.end, parted.speaker, parted.score, parted.detector) == (
        10.0,
        16.0,
        "S1",
        0.7,
        SENT_APART,
    )
    assert parted.evidence == (
        "Miss Pearline, walk round by the ice house with me. ... Dwayne, stay by your cooler, "
        "please. [sent apart: miss, dwayne]"
    )
