"""A feeling the officer names and a person told they did nothing wrong (session 51, #15): shame,
embarrassment and disappointment named ("You're embarrassed, I can see"), the situation named for
what it feels like ("That's very frustrating"), and the reassurances that nothing was done wrong
or will be written up ("You did nothing wrong", "Neither of you goes in my notebook"). The
sentences are written for these tests, not taken from the evaluation set."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook

NAMED = ("names_feelings", "grammar:names_feelings.feeling_clause")
REASSURED = ("reassurance", "rule:reassurance.nobody_or_promise")


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("You're ashamed, I can tell.", NAMED),
        ("I think you are a bit disappointed.", NAMED),
        ("That's really humiliating, in front of the whole queue.", NAMED),
        ("That's very frustrating.", NAMED),
        ("That was embarrassing for you.", NAMED),
        ("Marek, you did nothing wrong.", REASSURED),
        ("Nobody here has done anything wrong tonight.", REASSURED),
        ("Neither of you goes in my notebook.", REASSURED),
        ("No one gets a ticket from me today.", REASSURED),
        ("Nobody's going to grab you.", REASSURED),
    ],
)
def test_a_feeling_named_or_nothing_done_wrong(codebook, text, reading):
    assert reading in codes_and_detectors(codebook, text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("You're not embarrassed.", NAMED),
        ("That's not scary at all.", NAMED),
        ("That's hard to believe.", NAMED),
        ("You get a fine from me today.", REASSURED),
    ],
)
def test_a_feeling_denied_or_a_fine_given_is_not(codebook, text, reading):
    assert reading not in codes_and_detectors(codebook, text)
