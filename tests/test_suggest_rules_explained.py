"""What the law or a place's rules say of an act, told to the person, is an explanation (session
51, #15): "Kites are banned in the city now", "Feeding the gulls is against the harbour rules".
Telling someone they are banned is a warning, not this. The sentences are written for these
tests, not taken from the evaluation set."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook

EXPLAINED = ("explains_process", "grammar:explains_process.the_rule")


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


@pytest.mark.parametrize(
    "text",
    [
        "Drones are banned over the old town, sir.",
        "Feeding the gulls is against the harbour rules.",
        "Swimming off the pier is not allowed after dark.",
        "Taking stones from the beach is an offence here.",
        "Riding two on a scooter is illegal in this city.",
    ],
)
def test_the_rule_told_is_an_explanation(codebook, text):
    assert EXPLAINED in codes_and_detectors(codebook, text)


@pytest.mark.parametrize(
    "text",
    [
        "You're banned from this shop.",  # a warning to the person
        "Is parking allowed here?",  # asked, not told
        "This is a crime scene.",
    ],
)
def test_a_ban_on_the_person_a_question_or_a_scene_is_not(codebook, text):
    assert EXPLAINED not in codes_and_detectors(codebook, text)
