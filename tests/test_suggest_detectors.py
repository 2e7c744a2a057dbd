"""Suggested moments: each detector on hand-written utterances, positive and negative."""

from __future__ import annotations

import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Envelope, Utterance, detect


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def say(text, role="officer", start=0.0, end=None, speaker=None):
    speaker = speaker or {"officer": "off", "civilian": "civ"}.get(role, role)
    return Utterance(speaker, role, start, end if end is not None else start + 2.0, text)


def codes(result):
    return [(s.code_id, s.start, s.detector) for s in result.suggestions]


def code_ids(text, codebook, role="officer"):
    return sorted({s.code_id for s in detect([say(text, role)], codebook).suggestions})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Show me your hands.", ["command"]),
        ("Get on the ground.", ["command"]),
        ("Put it down.", ["command"]),
        ("Sir, step out of the car.", ["command", "respectful_address"]),
        ("I need you to sit on the curb.", ["command"]),
        ("Don't move.", ["command"]),
        ("Calm down.", ["command"]),
        # Questions are never commands, whatever their verb.
        ("Can you show me your ID?", []),
        ("Do you have ID?", []),
        ("Take your time.", ["tactical_pause"]),
        ("Don't worry.", ["reassurance"]),
        # "Must" inferring how the listener is orders nothing; "must" with another verb does.
        ("That's a long day, you must be wiped out.", []),
        ("You must have been terrified.", []),
        ("You must leave the store now.", ["command"]),
        ("You must have your licence on you.", ["command"]),
        ("You have to be out by six.", ["command"]),
    ],
)
def test_commands(codebook, text, expected):
    assert code_ids(text, codebook) == expected


def test_exclaimed_command_is_shouted(codebook):
    result = detect([say("Get on the ground!")], codebook)
    assert codes(result) == [
        ("shouted_or_repeated_command", 0.0, "rule:command.exclaimed"),
    ]


def test_repeated_command_within_ten_seconds(codebook):
    lines = [say("Drop the knife.", start=0.0), say("Drop the knife now.", start=5.0)]
    result = detect(lines, codebook)
    assert codes(result) == [
        ("command", 0.0, "rule:command.imperative"),
        ("shouted_or_repeated_command", 5.0, "rule:command.repeated"),
    ]
    assert "repeats 'Drop the knife.' at 0.0s" in result.suggestions[1].evidence


def test_same_command_after_ten_seconds_is_a_new_command(codebook):
    lines = [say("Drop the knife.", start=0.0), say("Drop the knife now.", start=13.0)]
    assert [s.code_id for s in detect(lines, codebook).suggestions] == ["command", "command"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get out of the car or you're going to jail.", ["threat_of_arrest_or_force"]),
        ("Taser! Taser!", ["threat_of_arrest_or_force"]),
        ("I'm not going to hurt you.", ["reassurance"]),
        ("Nobody is going to hurt you.", ["reassurance"]),
        ("You're an idiot.", ["profanity_or_insult"]),
        ("Shut the hell up.", ["profanity_or_insult"]),
        ("I don't care. Save it for the judge.", ["interrupts_or_dismisses"]),
        ("You're under arrest.", ["arrest"]),
    ],
)
def test_threats_and_insults(codebook, text, expected):
    assert code_ids(text, codebook) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, I'm Officer Reyes with the county sheriff's office.", ["introduces_self"]),
        ("I pulled you over because your brake light is out.", ["states_reason"]),
        ("Do you know why I stopped you?", []),
        ("I'm going to run your licence, it'll take about five minutes.", ["explains_process"]),
        ("What happened tonight?", ["open_question"]),
        ("That sounds really hard.", ["names_feelings"]),
        ("You're not in trouble.", ["reassurance"]),
        ("Do you want to sit in the car or stand here while we talk?", ["offers_choices"]),
        ("Let's slow down for a second.", ["tactical_pause"]),
        ("I'm going to step back.", ["creates_distance"]),
        ("Can we get CIT out here?", ["requests_resources"]),
        ("Start EMS.", ["requests_resources"]),
        ("Can we get a supervisor and an interpreter here?", ["requests_resources"]),
        ("Thank you.", ["respectful_address"]),
        # Thanks in its other words.
        ("Cheers, I'll be with you in a sec.", ["respectful_address"]),
        ("Appreciate it.", ["respectful_address"]),
        ("We appreciate the call.", []),
        ("You're free to go.", ["disengages"]),
        ("Are you thinking about hurting yourself?", ["officer_recognises_crisis"]),
    ],
)
def test_de_escalation_language(codebook, text, expected):
    assert code_ids(text, codebook) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I just want it all to end.", ["suicide_self_harm"]),
        ("Go ahead, shoot me.", ["suicide_self_harm"]),
        ("I'm off my meds and the voices won't stop.", ["crisis_mental_health"]),
        ("I had a few drinks at the bar.", ["impairment_substance"]),
        ("I can't breathe.", ["medical_distress"]),
        ("I'm sorry, I'm just scared.", ["civilian_calming_statement"]),
        # A refusal is agitation too (``refusal``, session 9).
        ("I'm not getting out.", ["civilian_agitated", "resistance_2_verbal"]),
        ("I want your badge number.", ["complaint_voiced"]),
        ("It's a nice evening.", []),
    ],
)
def test_civilian_statements_and_crisis(codebook, text, expected):
    assert code_ids(text, codebook, role="civilian") == expected


def test_crisis_statements_by_an_officer_are_not_civilian_indicators(codebook):
    assert code_ids("I can't breathe in this heat.", codebook) == []


def test_a_crisis_indicator_is_tagged_once_then_only_new_kinds(codebook):
    lines = [
        say("I want to die.", "civilian", 0.0),
        say("I just want to die.", "civilian", 3.0),
        say("I can't breathe.", "civilian", 6.0),
    ]
    assert codes(detect(lines, codebook)) == [
        ("suicide_self_harm", 0.0, "rule:suicide_self_harm.wants_to_die"),
        ("medical_distress", 6.0, "rule:medical_distress.reports_symptom"),
    ]


def test_one_code_per_utterance_but_every_command_counts(codebook):
    result = detect([say("Thank you. Thanks, sir. Sit down. Stand up.", end=4.0)], codebook)
    assert [s.code_id for s in result.suggestions] == [
        "respectful_address",
        "command",
        "command",
    ]


def test_options_split_by_the_recogniser_are_one_offer(codebook):
    text = "Do you want to stay with your sister? Or would you rather he leaves?"
    assert code_ids(text, codebook) == ["offers_choices"]


def test_evidence_names_the_matched_words(codebook):
    (suggestion,) = detect([say("That sounds really hard.")], codebook).suggestions
    assert suggestion.detector == "rule:names_feelings.feeling_word"
    assert suggestion.evidence == 'That sounds really hard. [matched "that sounds really hard"]'
    assert (suggestion.speaker, suggestion.score) == ("off", 0.8)


def _envelope(levels_by_second: dict[int, float], seconds: int) -> Envelope:
    values = []
    for second in range(seconds):
        values += [levels_by_second.get(second, 0.1)] * 10
    return Envelope(rate=10, values=tuple(values))


def test_raised_voice_against_the_speakers_own_baseline(codebook):
    lines = [say("We were at home.", "civilian", 2 * n, 2 * n + 1) for n in range(4)]
    # Words no phrase rule reads as agitated ("Leave me alone" is one: the hostile rule).
    lines.append(say("I want to go home now.", "civilian", 8.0, 9.0))
    # -30 dB for the calm lines, -18 dB for the last: 12 dB above the baseline.
    envelope = _envelope({0: 0.5, 2: 0.5, 4: 0.5, 6: 0.5, 8: 0.7}, 10)
    result = detect(lines, codebook, envelope=envelope)
    assert codes(result) == [("civilian_agitated", 8.0, "voice:raised")]
    assert result.suggestions[0].evidence == (
        "I want to go home now. [12.0 dB above the speaker's baseline]"
    )


def test_raised_command_is_shouted(codebook):
    lines = [say("We got a call about noise.", start=2 * n, end=2 * n + 1) for n in range(3)]
    lines.append(say("Step back.", start=6.0, end=7.0))
    envelope = _envelope({0: 0.5, 2: 0.5, 4: 0.5, 6: 0.65}, 8)
    result = detect(lines, codebook, envelope=envelope)
    assert codes(result)[-1] == ("shouted_or_repeated_command", 6.0, "voice:raised+command")


def test_officer_talking_over_a_civilian_is_an_interruption(codebook):
    lines = [
        say("I was just trying to tell you what he did to me", "civilian", 0.0, 4.0),
        say("Yeah yeah okay", "officer", 3.0, 5.0),
    ]
    result = detect(lines, codebook)
    assert codes(result) == [("interrupts_or_dismisses", 3.0, "voice:overlap")]
    assert result.suggestions[0].evidence == "Yeah yeah okay [starts 1.0s before civ finished]"


def test_civilian_talking_over_an_officer_is_not_an_officer_interruption(codebook):
    lines = [say("Yeah yeah okay", "officer", 0.0, 4.0), say("Listen to me", "civilian", 3, 5)]
    assert detect(lines, codebook).suggestions == []


def test_opening_move_command_before_reason(codebook):
    lines = [
        say("Show me your hands.", start=0.0),
        say("Why?", "civilian", 2.0, 3.0),
        say("We got a call about a man with a knife.", start=3.5, end=6.0),
    ]
    result = detect(lines, codebook)
    assert result.opening == {
        "first_officer_utterance": "Show me your hands.",
        "first_utterance_is_command": True,
        "reason_within_45_words": True,
        "words_before_reason": 4,
        "introduction_within_45_words": False,
        "command_before_reason": True,
        "opening_ends_at": 6.0,
    }
    assert result.measures["commands"] == 1
    assert result.measures["commands_explained"] == 1
    assert result.measures["seconds_to_first_explanation"] == 3.5


def test_opening_move_introduction_and_reason_first(codebook):
    lines = [
        say("Hi, I'm Officer Reyes with the city police.", start=0.0),
        say("I stopped you because your tail light is out.", start=2.5, end=5.0),
    ]
    opening = detect(lines, codebook).opening
    assert opening["first_utterance_is_command"] is False
    assert opening["introduction_within_45_words"] is True
    assert opening["words_before_reason"] == 8
    assert opening["command_before_reason"] is False


def test_unexplained_command_is_counted(codebook):
    result = detect([say("Sit on the curb.")], codebook)
    assert result.measures["commands_unexplained"] == 1
    assert result.measures["officer_talk_share"] == 1.0


def test_tension_curve_rises_at_escalation_and_falls_at_de_escalation(codebook):
    lines = [
        say("Get on the ground or you're going to jail.", start=2.0, end=4.0),
        say("You're not in trouble. We're here to help.", start=30.0, end=32.0),
    ]
    curve = detect(lines, codebook, duration=40.0).tension
    assert len(curve) == 40
    assert curve[3] > 0.5
    assert curve[31] < -0.5
    assert curve[17] == pytest.approx(0.0, abs=0.01)
