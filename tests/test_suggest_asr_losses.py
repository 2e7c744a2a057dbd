"""What the recogniser and the diarizer lose, recovered by general rules (#15, session 6): a
shouted "Drop it! Drop it!" written with commas as one sentence, a shout under a label whose own
baseline is shouting, an order to someone on scene under the radio's label, a civilian's
hostile words under the officer's label that no officer rule reads."""

from __future__ import annotations

import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Envelope, Utterance, detect
from bodycam.suggest.detection import _TEXT_RULES
from bodycam.suggest.roles import sentence_roles, unclaimed_civilian_words
from bodycam.suggest.sentence_orders import repeated_in_sentence
from bodycam.suggest.sentences import split_sentences


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def _envelope(levels_by_second: dict[int, float], seconds: int) -> Envelope:
    values = []
    for second in range(seconds):
        values += [levels_by_second.get(second, 0.1)] * 10
    return Envelope(rate=10, values=tuple(values))


def found(result) -> list[tuple[str, float, float, str]]:
    return [(s.code_id, s.start, s.end, s.detector) for s in result.suggestions]


@pytest.mark.parametrize(
    ("text", "repeats"),
    [
        ("Police, drop the blade, drop it.", [(0.67, "drop")]),
        ("Get down, get down!", [(0.5, "get")]),
        ("Show me your hands, show me your hands!", [(0.5, "show")]),
        ("Hands up, hands up!", [(0.5, "hands")]),
        # Two different orders, or an order and its reason, are no repeat.
        ("Okay, step back, give him some room.", []),
        ("Turn around, put your hands behind your back.", []),
        ("Drop it, I'm not going to hurt you.", []),
    ],
)
def test_a_directive_said_again_in_its_own_sentence(text, repeats):
    [sentence] = split_sentences([Utterance("S0", "officer", 0, 3, text)])
    assert [(round(f, 2), d.verb) for f, d in repeated_in_sentence(sentence)] == repeats
    # A civilian's words are never an officer's repeat.
    [theirs] = split_sentences([Utterance("S1", "civilian", 0, 3, text)])
    assert repeated_in_sentence(theirs) == []


def test_the_repeat_is_a_moment_of_its_own_timed_by_its_clause(codebook):
    result = detect(
        [Utterance("S0", "officer", 0, 3, "Police, drop the blade, drop it.")], codebook
    )
    assert found(result) == [
        ("command", 0.0, 3.0, "rule:command.imperative"),
        ("shouted_or_repeated_command", 2.0, 3.0, "rule:command.repeated_in_sentence"),
    ]
    assert result.suggestions[1].evidence == (
        "Police, drop the blade, drop it. [directive (verb 'drop') given again in the same "
        "sentence]"
    )


def test_a_shout_under_a_label_that_always_shouts_is_raised(codebook):
    # The officer speaks at -30 dB five times; the civilian only ever shouts, at -24 dB, so
    # their own baseline is a shout and their lines are 0 dB above it.
    lines = [
        Utterance("S1", "officer", 2 * n, 2 * n + 1.5, "Okay, I understand that.") for n in range(5)
    ]
    lines += [
        Utterance("S2", "civilian", 10 + 2 * n, 11.5 + 2 * n, "You never listen to anybody here.")
        for n in range(3)
    ]
    levels = {second: 0.5 for second in range(0, 10, 2)} | {10: 0.6, 12: 0.6, 14: 0.6}
    result = detect(lines, codebook, envelope=_envelope(levels, 16))
    # One raised turn, one moment (the codebook's agitation runs on within a turn).
    assert found(result) == [("civilian_agitated", 10.0, 11.5, "voice:raised")]
    assert result.suggestions[0].evidence == (
        "You never listen to anybody here. [6.0 dB above the recording's median sentence level "
        "(0.0 dB above the speaker's own, shouted, baseline)]"
    )
    # The same lines at the officer's level are no shout.
    calm = {second: 0.5 for second in range(0, 16, 2)}
    assert detect(lines, codebook, envelope=_envelope(calm, 16)).suggestions == []


def test_an_order_to_someone_on_scene_under_the_radios_label_is_the_officers(codebook):
    lines = [
        Utterance("R", "dispatch", 0, 1.5, "Unit 12, copy."),
        Utterance("R", "dispatch", 2, 3.5, "Step back outside for me."),
        Utterance("R", "dispatch", 4, 5.5, "Stand by for the next unit."),
        Utterance("R", "dispatch", 6, 7.5, "Respond to Fifth and Main, hold the air."),
    ]
    roles = [(s.role, s.role_note) for s in sentence_roles(split_sentences(lines))]
    assert roles == [
        ("dispatch", ""),
        (
            "officer",
            "read as officer: an order to someone on scene (verb 'step'), though the transcript "
            "gives R the role dispatch; the radio sends units, it does not direct the people "
            "there (merged voices?)",
        ),
        ("dispatch", ""),
        ("dispatch", ""),
    ]
    assert found(detect(lines, codebook)) == [("command", 2.0, 3.5, "rule:command.imperative")]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Or what? What are you gonna do about it?",
            [
                ("civilian_agitated", "grammar:civilian_agitated.challenge"),
                ("resistance_2_verbal", "grammar:resistance_2_verbal.challenge"),
            ],
        ),
        (
            "I'm not showing you anything.",
            [("resistance_2_verbal", "grammar:resistance_2_verbal.refuses_or_protests")],
        ),
        (
            "I want your badge number.",
            [("complaint_voiced", "rule:complaint_voiced.badge_or_supervisor")],
        ),
    ],
)
def test_a_civilians_words_no_officer_rule_reads_are_the_civilians(codebook, text, codes):
    line = Utterance("S1", "officer", 0, 3, text)
    sentences = unclaimed_civilian_words(split_sentences([line]), _TEXT_RULES)
    assert {s.role for s in sentences} == {"civilian"}
    assert sentences[0].role_note == (
        f"read as civilian: no officer rule reads it, but {codes[0][1]} does, though the "
        "transcript gives S1 the officer role (merged voices?)"
    )
    assert [(s.code_id, s.detector) for s in detect([line], codebook).suggestions] == codes


@pytest.mark.parametrize(
    "text",
    [
        "I won't come any closer.",
        "I'm not coming past this bollard.",
        "I'll sit here on the wall. I won't come on the rocks.",
        "I won't grab for it.",
        "I'm not taking it further today.",
        "We're not leaving this bridge until you do.",
    ],
)
def test_an_officers_promise_to_hold_back_is_reassurance_not_a_refusal(codebook, text):
    # The training splits code these reassurance or tactical_pause (14 of 14 lines); before
    # session 42 no officer rule read them, so the civilian refusal rule took them for the
    # civilian's words under a merged label (right 4 of 21 times on the scripts).
    line = Utterance("S1", "officer", 0, 3, text)
    sentences = split_sentences([line])
    assert unclaimed_civilian_words(sentences, _TEXT_RULES) == sentences
    assert [(s.code_id, s.detector) for s in detect([line], codebook).suggestions] == [
        ("reassurance", "grammar:reassurance.holds_back")
    ]


@pytest.mark.parametrize(
    "text", ["I'm not coming down.", "I won't come out.", "I'm not getting out.", "I'm not moving."]
)
def test_a_refusal_to_move_is_still_read_as_the_civilians(codebook, text):
    # Where the person goes, not how close the officer comes: a civilian's refusal under a
    # merged officer label, as before.
    line = Utterance("S1", "officer", 0, 3, text)
    assert [s.role for s in unclaimed_civilian_words(split_sentences([line]), _TEXT_RULES)] == [
        "civilian"
    ]
    assert "reassurance" not in {s.code_id for s in detect([line], codebook).suggestions}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # An order, even in a civilian's words, is the officer's; so is what an officer rule
        # reads, and swearing, which both sides do.
        ("Get out of my face.", ["command"]),
        ("What the hell happened here?", ["open_question"]),
        ("Damn, that's a lot of damage.", []),
        ("I'm sorry, I know this is hard.", ["names_feelings", "respectful_address"]),
    ],
)
def test_officer_words_stay_the_officers(codebook, text, codes):
    line = Utterance("S1", "officer", 0, 3, text)
    sentences = split_sentences([line])
    assert unclaimed_civilian_words(sentences, _TEXT_RULES) == sentences
    assert [s.code_id for s in detect([line], codebook).suggestions] == codes


def test_a_shout_under_the_officers_label_stays_the_officers(codebook):
    lines = [
        Utterance("S1", "officer", 2 * n, 2 * n + 1.5, "Okay, I understand that.") for n in range(4)
    ]
    lines += [
        Utterance("S1", "officer", 8, 9.5, "I'm going over there right now."),
        Utterance("S1", "officer", 10, 11.5, "Get back in the car now."),
    ]
    calm = {second: 0.5 for second in range(0, 8, 2)}
    # +9 dB: a shout. The order is a shouted command; the other shout is no longer read as a
    # civilian's agitation under merged voices (``voice:raised.unclaimed`` until session 22:
    # right 1 of 7 times on the 18 training splits' machine transcripts).
    result = detect(lines, codebook, envelope=_envelope(calm | {8: 0.65, 10: 0.65}, 12))
    assert [(s.code_id, s.start, s.detector) for s in result.suggestions] == [
        ("shouted_or_repeated_command", 10.0, "voice:raised+command"),
    ]


def test_minilm_proposes_escalation_only_well_above_de_escalations_threshold(codebook):
    from bodycam.suggest.embedding import CodeSimilarity

    class _NoModel:
        def encode(self, texts, normalize_embeddings=True):
            import numpy as np

            return np.ones((len(texts), 384), dtype=np.float32) / np.sqrt(384)

    similarity = CodeSimilarity(codebook, _NoModel(), examples={})
    # Beside session 6's rules, the model added no escalation moment on any split at 0.50,
    # only wrong ones on garbled sentences (docs/BENCHMARKS.md, session 6).
    assert similarity.threshold_for("threat_of_arrest_or_force") == 0.60
    assert similarity.threshold_for("command") == 0.60
    assert similarity.threshold_for("reassurance") == 0.50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 6: common wording the rules missed: a welfare check's reason, validation, a
        # report as the reason, the paperwork and the next call, separating to talk alone.
        ("Some people have been worried about you, so I came up to check in.", "states_reason"),
        ("Your mom's worried about you.", "states_reason"),
        ("We're just here to check on you.", "states_reason"),
        ("So how have things been, honestly?", "open_question"),
        ("How are things at home?", "open_question"),
        ("That makes complete sense.", "names_feelings"),
        ("She reported you missing last night.", "states_reason"),
        ("I'll get your details in a minute.", "explains_process"),
        ("I'll give you a report number.", "explains_process"),
        ("Animal control will call you about the fence tomorrow.", "explains_process"),
        # The purpose said ("so I can ...") explains the step too (session 7's next_steps).
        (
            "Go wait by my car, so I can talk to him on his own.",
            ("explains_process", "separates_parties"),
        ),
    ],
)
def test_common_welfare_check_and_validation_wording(codebook, text, expected):
    result = detect([Utterance("S1", "officer", 0, 3, text)], codebook)
    wanted = list(expected) if isinstance(expected, tuple) else [expected]
    assert sorted(s.code_id for s in result.suggestions) == wanted


@pytest.mark.parametrize(
    "text",
    [
        # The officer's own worry is no reason for contact; a fact question is no open one.
        "I'm worried about you.",
        "How is it spelled?",
        "Check the back seat.",
        "He'll call you back.",
    ],
)
def test_near_wording_that_is_not_those_codes(codebook, text):
    codes = [
        s.code_id for s in detect([Utterance("S1", "officer", 0, 3, text)], codebook).suggestions
    ]
    assert not {"states_reason", "open_question", "explains_process"} & set(codes)
