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
    "text",
    [
        "You're ashamed, I can tell.",
        "I think you are a bit disappointed.",
        "That's really humiliating, in front of the whole queue.",
        "That's very frustrating.",
        "That was embarrassing for you.",
    ],
)
def test_a_feeling_named(codebook, text):
    assert NAMED in codes_and_detectors(codebook, text)


@pytest.mark.parametrize(
    "text", ["You're not embarrassed.", "That's not scary at all.", "That's hard to believe."]
)
def test_a_feeling_denied_is_not_named(codebook, text):
    assert NAMED not in codes_and_detectors(codebook, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marek, you did nothing wrong.",
        "Nobody here has done anything wrong tonight.",
        "Neither of you goes in my notebook.",
        "No one gets a ticket from me today.",
        "Nobody's going to grab you.",
    ],
)
def test_nothing_done_wrong_is_reassurance(codebook, text):
    assert REASSURED in codes_and_detectors(codebook, text)


def test_a_fine_given_is_no_reassurance(codebook):
    assert REASSURED not in codes_and_detectors(codebook, "You get a fine from me today.")
