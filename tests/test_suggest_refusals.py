"""Acts refused in the progressive, "I'm not paying it" (#15, session 52; the grammar rule
``resistance_2_verbal.not_doing``)."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Utterance, detect

NOT_DOING = ("resistance_2_verbal", "grammar:resistance_2_verbal.not_doing")


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


@pytest.mark.parametrize(
    "text",
    [
        "I'm not paying it. They can whistle for it.",
        "I'm not turning around till somebody tells me what I did.",
        "I'm not boxing nothing.",
        "Well, I'm not standing in the car park.",
    ],
)
def test_an_act_refused_in_the_progressive_is_verbal_resistance(codebook, text):
    assert NOT_DOING in codes_and_detectors(codebook, text, "civilian")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to do anything stupid.",
        "I'm not trying to ruin her Christmas.",
        "Theo Marsh. I'm not stealing anything, I swear.",
        "Okay! I'm not running.",
        "Sorry, I'm not having a go at you.",
    ],
)
def test_promises_and_denials_in_the_same_words_are_no_refusal(codebook, text):
    assert NOT_DOING not in codes_and_detectors(codebook, text, "civilian")


def test_an_officer_saying_it_keeps_the_sentence(codebook):
    # Officers reassure in these words: under the officer's label the sentence stays the
    # officer's and reads as no resistance.
    result = detect(
        [Utterance("S0", "officer", 0.0, 2.0, "I'm not writing you up today.")], codebook
    )
    assert [(s.code_id, s.detector) for s in result.suggestions] == []
