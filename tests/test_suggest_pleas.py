"""A civilian pleading with someone by name is a calming statement (#15, session 52;
``bodycam.suggest.pleas``)."""

from __future__ import annotations

import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Utterance, detect

PLEADS = "grammar:civilian_calming_statement.pleads_by_name"


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def _pleas(codebook, *lines, role="civilian"):
    utterances = [Utterance("S1", role, 2.0 * n, 2.0 * n + 1.5, t) for n, t in enumerate(lines)]
    return [
        (s.start, s.end, s.evidence)
        for s in detect(utterances, codebook).suggestions
        if s.detector == PLEADS
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hugo, darling, please.", "Hugo, darling"),
        ("Please, Martin.", "Martin"),
        ("Robbo, love, please.", "Robbo, love"),
        ("Mom, please.", "Mom"),
        ("Please, babe.", "babe"),
    ],
)
def test_a_name_family_word_or_endearment_with_please_pleads(codebook, text, words):
    assert _pleas(codebook, text) == [(0.0, 1.5, f"{text} [pleads by name: {words!r}]")]


def test_the_word_of_address_then_please_alone_is_one_plea(codebook):
    # "Dad. Please." as two sentences of one turn: the plea spans both (the turn's 3 s shared
    # out by words, two of seven: 0.86 s).
    utterance = Utterance("S1", "civilian", 0.0, 3.0, "Dad. Please. Let me go get it.")
    found = [s for s in detect([utterance], codebook).suggestions if s.detector == PLEADS]
    assert [(s.start, s.end, s.evidence) for s in found] == [
        (0.0, 0.86, "Dad. Please. [pleads by name: 'Dad']")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Yes, please.",
        "Next, please.",
        "Slowly, please.",
        # A common word as a name reads as the word ("rod" is a token of the vocabulary).
        "Rod, please.",
        # A plea to the police is no calming statement.
        "Officer, please.",
        "Sir, please.",
    ],
)
def test_please_after_a_common_word_or_a_title_is_no_plea(codebook, text):
    assert _pleas(codebook, text) == []


def test_only_a_civilian_pleads(codebook):
    assert _pleas(codebook, "Hugo, darling, please.", role="officer") == []
    # "Please." after a common word, or after the name but from another voice, is no plea.
    assert _pleas(codebook, "Yes.", "Please.") == []
    utterances = [
        Utterance("S1", "civilian", 0.0, 0.5, "Dad."),
        Utterance("S2", "civilian", 0.6, 1.0, "Please."),
    ]
    assert [s for s in detect(utterances, codebook).suggestions if s.detector == PLEADS] == []
