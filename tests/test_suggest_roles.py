"""Sentence roles when diarization merges an officer and a civilian into one speaker (#15): a
civilian's words under the officer's label are read as the civilian's, and say so."""

from __future__ import annotations

import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Utterance, detect
from bodycam.suggest.roles import CIVILIAN_VOICE, sentence_roles
from bodycam.suggest.sentences import split_sentences


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def merged(text: str, start: float = 0.0, end: float = 4.0) -> Utterance:
    """One utterance of the merged speaker S0, whom the reviewer made the officer."""
    return Utterance("S0", "officer", start, end, text)


@pytest.mark.parametrize(
    "text",
    [
        "Get off me!",
        "Take your hands off me.",
        "Get away from me.",
        "Don't touch me.",
        "Leave me alone.",
        "Let go of me.",
        "I didn't do anything.",
        "What did I do?",
        "Why are you arresting me?",
        "She's lying.",
        "He punched me in the face.",
        "They took my phone.",
        "I want a lawyer.",
        "Am I being detained?",
        "I can't believe this.",
        "This is ridiculous.",
    ],
)
def test_civilian_wording(text):
    [sentence] = sentence_roles(split_sentences([merged(text)]))
    assert sentence.role == "civilian"
    assert sentence.role_note.startswith('read as civilian: "')


@pytest.mark.parametrize(
    "text",
    [
        "Get on the ground.",
        "Come talk to me over here.",
        "Give me the bag.",
        "Let me see your hands.",
        "Tell me what happened.",
        "Stay away from the edge.",
        "I know you didn't mean it.",
        "Did she hit you?",
        "You're not in trouble.",
    ],
)
def test_officer_wording_stays_the_officers(text):
    assert CIVILIAN_VOICE.search(split_sentences([merged(text)])[0].norm) is None
    [sentence] = sentence_roles(split_sentences([merged(text)]))
    assert (sentence.role, sentence.role_note) == ("officer", "")


def test_only_an_officer_label_moves():
    sentences = split_sentences(
        [
            Utterance("S1", "civilian", 0, 2, "Get off me!"),
            Utterance("R", "dispatch", 2, 4, "He took my car."),
        ]
    )
    assert sentence_roles(sentences) == sentences


def test_merged_protest_is_resistance_not_a_repeated_command(codebook):
    lines = [
        merged("Get on the ground!", 0.0, 1.5),
        merged("Get on the ground or you'll be tased.", 2.0, 4.0),
        # As the recogniser wrote it in the dev set: full stops, no exclamation marks.
        merged("Get off me. I can't believe this.", 4.5, 7.0),
    ]
    result = detect(lines, codebook)
    found = [(s.code_id, s.detector) for s in result.suggestions if s.start >= 4.5]
    assert found == [
        ("resistance_2_verbal", "rule:resistance_2_verbal.refuses"),
        ("civilian_agitated", "rule:civilian_agitated.hostile"),
    ]
    assert result.suggestions[-1].evidence == (
        "I can't believe this. [matched \"i can't believe this\"] [read as civilian: \"i can't "
        "believe this\" is a civilian's words, though the transcript gives S0 the officer role "
        "(merged voices?)]"
    )


def test_accusation_under_the_officer_label_is_the_civilian_agitated(codebook):
    result = detect([merged("She's lying, she threw my phone at the wall.")], codebook)
    assert [(s.code_id, s.speaker) for s in result.suggestions] == [("civilian_agitated", "S0")]


def test_a_sentence_cut_between_two_segments_is_joined_back():
    from bodycam.suggest.types import TimedWord

    def segment(speaker, words):
        timed = tuple(TimedWord(text, start, start + 0.3) for text, start in words)
        text = " ".join(text for text, _ in words)
        return Utterance(speaker, "officer", timed[0].start, timed[-1].end, text, timed)

    first = segment("S1", [("Thanks.", 0.0), ("Ma'am,", 1.0), ("come", 1.4), ("talk", 1.8)])
    second = segment("S1", [("to", 2.5), ("me", 2.9), ("here.", 3.3)])
    sentences = split_sentences([first, second])
    assert [(s.text, s.start, s.end, s.utterance) for s in sentences] == [
        ("Thanks.", 0.0, 0.3, 0),
        ("Ma'am, come talk to me here.", 1.0, 3.6, 1),
    ]
    # Never onto another speaker's segment, nor onto one that starts over 1 s later.
    other = segment("S2", [("to", 2.5), ("me", 2.9), ("here.", 3.3)])
    later = segment("S1", [("to", 3.2), ("me", 3.6), ("here.", 4.0)])
    for after in (other, later):
        assert [s.text for s in split_sentences([first, after])] == [
            "Thanks.",
            "Ma'am, come talk",
            "to me here.",
        ]


def test_a_search_under_a_civilians_label_is_the_officers(codebook):
    # fresh33's machine transcript gave the searching officer's lines a speaker label of their
    # own (S3): "Spread your feet, I'm checking your pockets. Needles, blades, anything gonna
    # stick me." Taken for the civilian's label, the search is still the officer's: a search
    # is announced only by the one searching.
    text = "Spread your feet, I'm checking your pockets. Needles, blades, anything gonna stick me."
    sentences = sentence_roles(split_sentences([Utterance("S3", "civilian", 0, 5, text)]))
    assert [(s.text, s.role) for s in sentences] == [
        ("Spread your feet, I'm checking your pockets.", "officer"),
        ("Needles, blades, anything gonna stick me.", "officer"),
    ]
    assert sentences[0].role_note == (
        'read as officer: "spread your feet" is only said by police, though the transcript '
        "gives S3 the role civilian (merged voices?)"
    )
    # Read as the civilian's, the order was no command at all.
    result = detect([Utterance("S3", "civilian", 0, 5, text)], codebook)
    assert [(s.code_id, s.detector) for s in result.suggestions] == [
        ("command", "rule:command.imperative")
    ]
    assert "read as officer" in result.suggestions[0].evidence
    # A civilian's fear of a weapon is theirs, and so is a civilian's own bag.
    for line in ["He's going to stab me!", "Don't go through my bag.", "It's going to cut me."]:
        mine = split_sentences([Utterance("S1", "civilian", 0, 2, line)])
        assert sentence_roles(mine) == mine
