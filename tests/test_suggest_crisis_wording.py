"""Suggested moments (#15): crisis indicators in everyday wording (``suggest/crisis.py``), the
negations and relayed reports they leave alone, and the words a merged voice puts under the
radio's label: each rule with exact values (in test_suggest_speech_acts until session 47, which
kept that file over 700 lines)."""

from __future__ import annotations

import pytest
from suggest_support import codes_and_detectors

from bodycam.annotate.codebook import default_codebook


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def found(codebook, role: str, text: str) -> list[tuple[str, str]]:
    return codes_and_detectors(codebook, text, role)


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # Despair without the word "suicide".
        ("civilian", "I didn't even want to wake up, man.", "suicide_self_harm.despair"),
        ("civilian", "What's the point.", "suicide_self_harm.despair"),
        ("civilian", "I can't do this anymore.", "suicide_self_harm.despair"),
        # What the body does, first or third person.
        ("civilian", "She's not breathing.", "medical_distress.body_signs"),
        ("civilian", "I can't feel my arm.", "medical_distress.body_signs"),
        # What was taken; a bystander's word for a person's use.
        ("civilian", "I've been drinking all day.", "impairment_substance.drink_or_drugs"),
        ("civilian", "He said it was just a pressed thirty.", "impairment_substance.took_or_on"),
        ("civilian", "They sent you to spy on me", "crisis_mental_health.unwell_in_plain_words"),
        (
            "civilian",
            "You'll have to speak up, I haven't got my hearing aids in.",
            "communication_barrier.cannot_hear_or_understand",
        ),
        (
            "civilian",
            "He's got memory problems, he gets confused easily.",
            "cognitive_disability.memory_or_orientation",
        ),
        # The officer's observation and question are recognition said aloud.
        (
            "officer",
            "I can smell the drink on you from here. How much have you had tonight?",
            "impairment_substance.officer_observes",
        ),
        ("officer", "What did he take?", "officer_recognises_crisis.asks_what_was_taken"),
    ],
)
def test_crisis_in_everyday_wording(codebook, role, text, expected):
    code, name = expected.split(".")
    assert found(codebook, role, text) == [(code, f"rule:{code}.{name}")]


def test_an_officer_reading_out_a_condition_has_recognised_it(codebook):
    assert found(codebook, "officer", "There's a card in here that says memory care.") == [
        ("cognitive_disability", "rule:cognitive_disability.memory_or_orientation"),
        ("officer_recognises_crisis", "rule:officer_recognises_crisis.names_condition"),
    ]


@pytest.mark.parametrize(
    ("role", "text"),
    [
        # Negations: the denial is not the indicator.
        ("civilian", "I'd never kill myself."),
        ("civilian", "I'm not having a heart attack, it's just heartburn."),
        ("civilian", "I didn't take anything."),
        ("civilian", "I haven't been drinking."),
        # "What's the point" about a thing, not about going on.
        ("civilian", "What's the point of this ticket?"),
        # A relayed report is not an indicator on scene.
        ("dispatch", "Caller says a male is not breathing right, possible overdose."),
        ("civilian", "The caller reported a possible overdose."),
        # An officer's own words stay the officer's (see test_suggest_detectors).
        ("officer", "I can't breathe in this heat."),
    ],
)
def test_crisis_rules_leave_negations_and_relayed_reports_alone(codebook, role, text):
    assert found(codebook, role, text) == []


def test_a_denial_of_self_harm_is_a_calming_statement_not_an_indicator(codebook):
    assert found(codebook, "civilian", "I'm not going to hurt myself, I promise.") == [
        (
            "civilian_calming_statement",
            "rule:civilian_calming_statement.apology_or_assurance",
        )
    ]


def test_a_shout_on_scene_under_the_radios_label_is_still_an_indicator(codebook):
    # Merged voices put a bystander's first words under the dispatch label; relayed wording
    # from the radio itself is vetoed (see test_crisis_rules_leave_negations...).
    assert found(codebook, "dispatch", "Up here, he's going blue.") == [
        ("medical_distress", "rule:medical_distress.body_signs")
    ]
    assert found(codebook, "dispatch", "Subject advised he took some pills.") == []
    hearing = "Son, I haven't got my hearing aids in."
    assert found(codebook, "officer", hearing) == [
        ("communication_barrier", "rule:communication_barrier.cannot_hear_or_understand")
    ]
