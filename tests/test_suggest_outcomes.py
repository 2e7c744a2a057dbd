"""Outcomes said aloud (phrases.py): a warning, a citation and a referral to a service in the
forms officers name them, and the near misses that are not the disposition."""

from __future__ import annotations

import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Utterance, detect

_OUTCOMES = {"arrest", "citation", "warning", "referral_to_services", "search"}


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def outcomes(text, codebook, role="officer"):
    said = [Utterance("S0", role, 0.0, 3.0, text)]
    found = detect(said, codebook).suggestions
    return sorted({s.code_id for s in found if s.code_id in _OUTCOMES})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Warnings, whatever the officer calls them.
        ("I'm giving you a formal warning tonight.", ["warning"]),
        ("Call it a verbal warning, then.", ["warning"]),
        ("This letter is a warning. Keep it in the car.", ["warning"]),
        ("No ticket today. Get that tail light fixed.", ["warning"]),
        ("We're letting you off with a warning.", ["warning"]),
        # A threat is not a disposition; a warning light is not one either.
        ("I'm warning you, step back.", []),
        ("Your warning light is on.", []),
        # Citations by the notice's name, or by the verb alone.
        ("I'm issuing you a penalty notice for the litter.", ["citation"]),
        ("I'm writing you for parking in the bus lane.", ["citation"]),
        ("You're getting a ticket for the speed either way.", ["citation"]),
        ("I'm not writing you a ticket today.", []),
        # A service's contact handed over, or a handover for care.
        ("Here's the number for Victim Support.", ["referral_to_services"]),
        ("There's a helpline on the back of the card.", ["referral_to_services"]),
        ("I'm referring him to the youth team.", ["referral_to_services"]),
        ("The paramedics are going to take you in to be checked.", ["referral_to_services"]),
        # Asking for the crisis team over the radio is a request for resources.
        ("Dispatch, can you send the mobile crisis team?", []),
    ],
)
def test_outcomes_said_aloud(codebook, text, expected):
    assert outcomes(text, codebook) == expected


def test_an_outcome_is_the_officers_to_announce(codebook):
    # A civilian naming a ticket is not the officer issuing one.
    assert outcomes("You're getting a ticket for the speed either way.", codebook, "civilian") == []
