"""Suggested moments beyond the wording the phrase rules were written for (#15, session 4):
clause-shape rules (``suggest/grammar.py``), directives found by clause shape, police-only
words under a civilian's label, the recogniser's near misses (``suggest/fuzzy.py``) and the
MiniLM nearest-neighbour reading with its margin, rivals and negation check."""

from __future__ import annotations

import numpy as np
import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest import Suggestion, Utterance, detect
from bodycam.suggest.embedding import CodeSimilarity
from bodycam.suggest.fuzzy import canonical, one_edit
from bodycam.suggest.roles import sentence_roles
from bodycam.suggest.sentences import normalise, split_sentences


@pytest.fixture(scope="module")
def codebook():
    return default_codebook()


def found(codebook, role: str, text: str) -> list[tuple[str, str]]:
    result = detect([Utterance("S", role, 0, 3, text)], codebook)
    return [(s.code_id, s.detector) for s in result.suggestions]


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # The three misses named in session 3's held-out figures.
        (
            "officer",
            "If you come back, you'll be arrested.",
            "threat_of_arrest_or_force.conditional_sanction",
        ),
        ("civilian", "Don't you dare grab me.", "resistance_2_verbal.refuses_or_protests"),
        ("officer", "I get why you're frustrated.", "names_feelings.feeling_clause"),
        (
            "officer",
            "You come any closer and you're getting sprayed.",
            "threat_of_arrest_or_force.ultimatum",
        ),
        ("officer", "Don't make me use force.", "threat_of_arrest_or_force.conditional_sanction"),
        (
            "civilian",
            "I don't have to tell you anything.",
            "resistance_2_verbal.refuses_or_protests",
        ),
        ("officer", "You're clearly upset.", "names_feelings.feeling_clause"),
        ("officer", "How are you holding up?", "open_question.wh_about_person"),
        ("officer", "You can't be in the park after dark.", "states_reason.rule_or_violation"),
        (
            "officer",
            "First we'll get your side, then we'll talk to him.",
            "explains_process.sequence",
        ),
        ("officer", "We're not here to arrest anybody.", "reassurance.promise_about_listener"),
        ("civilian", "Okay, I'll put it down.", "civilian_calming_statement.cooperates"),
        ("civilian", "I'm not looking for trouble.", "civilian_calming_statement.cooperates"),
    ],
)
def test_clause_shapes_find_new_wording(codebook, role, text, expected):
    code = expected.split(".")[0]
    # A civilian's refusal is agitation too (``refusal``, session 9).
    also = [("civilian_agitated", "rule:civilian_agitated.refusal")]
    refusal = also if code == "resistance_2_verbal" and role == "civilian" else []
    assert found(codebook, role, text) == [*refusal, (code, f"grammar:{expected}")]


@pytest.mark.parametrize(
    ("role", "text"),
    [
        ("officer", "If you cooperate, you won't be arrested."),  # a negated sanction
        ("officer", "If you see him again, give us a call."),  # advice after a condition
        ("officer", "What's your date of birth?"),  # a fact question
        ("officer", "You can go ahead and sit in your car."),  # not "you can go"
        ("civilian", "Sorry, what was the question?"),  # "sorry?" asks, it does not apologise
    ],
)
def test_shapes_that_only_look_like_a_code(codebook, role, text):
    assert found(codebook, role, text) == []


@pytest.mark.parametrize(
    ("text", "rule", "verb"),
    [
        ("Marcus, drop the pipe.", "imperative", "drop"),  # a name as the vocative
        ("Come on, hand it over.", "imperative", "hand"),
        ("I hear you, but put the phone down.", "clause_imperative", "put"),
        ("Don't you move.", "negative_imperative", "move"),
        ("I'm going to need you to step out.", "need_statement", "step"),
    ],
)
def test_directives_by_clause_shape(codebook, text, rule, verb):
    result = detect([Utterance("S", "officer", 0, 3, text)], codebook)
    # "Marcus" is also read as a name said to him (respectful_address), not counted here.
    orders = [s for s in result.suggestions if s.code_id != "respectful_address"]
    assert [(s.code_id, s.detector) for s in orders] == [("command", f"rule:command.{rule}")]
    assert f"verb {verb!r}" in orders[0].evidence


def test_police_only_words_under_a_civilians_label_are_the_officers(codebook):
    text = "I'm Officer Diaz. You're being detained."
    sentences = sentence_roles(split_sentences([Utterance("S1", "civilian", 0, 4, text)]))
    assert [(s.role, s.role_note) for s in sentences] == [
        (
            "officer",
            'read as officer: "i\'m officer" is only said by police, though the transcript '
            "gives S1 the role civilian (merged voices?)",
        ),
        (
            "officer",
            'read as officer: "you\'re being detained" is only said by police, though the '
            "transcript gives S1 the role civilian (merged voices?)",
        ),
    ]
    result = detect([Utterance("S1", "civilian", 0, 4, text)], codebook)
    assert [s.code_id for s in result.suggestions] == ["introduces_self", "explains_process"]
    # A civilian's own order, even a police-sounding one, stays the civilian's; so does a
    # speaker nobody gave a role.
    for role, line in [("civilian", "Get out of my yard."), ("civilian", "Show me your hands.")]:
        mine = split_sentences([Utterance("S1", role, 0, 2, line)])
        assert sentence_roles(mine) == mine
    unknown = split_sentences([Utterance("S1", "unknown", 0, 4, text)])
    assert sentence_roles(unknown) == unknown
    # And a protest under the officer's label is the civilian's, in the new wording too.
    assert found(codebook, "officer", "Don't you dare grab me.") == [
        ("resistance_2_verbal", "grammar:resistance_2_verbal.refuses_or_protests")
    ]


def test_recogniser_near_misses_are_read_as_the_key_words():
    assert normalise("Your going to jail if you dont leave.") == (
        "you're going to jail if you don't leave"
    )
    assert canonical("he was arested by the paramedcs so frustated") == (
        "he was arrested by the paramedics so frustrated"
    )
    # Short words, real words one edit from a key word's inflection, and "your" before a noun
    # are left alone.
    assert canonical("take a breath show me your right hand i'm upsat") == (
        "take a breath show me your right hand i'm upsat"
    )
    assert [
        one_edit(a, b)
        for a, b in [
            ("arest", "arrest"),
            ("arrset", "arrest"),
            ("arrest", "arrest"),
            ("arrests", "arest"),
        ]
    ] == [
        True,
        True,
        False,
        False,
    ]


class _KeywordModel:
    """One dimension per made-up keyword (none is in the codebook's text), one for everything
    else: texts that share their keywords get cosine 1, the others 0."""

    words = ("zork", "blip", "quux", "flim")

    def encode(self, texts, normalize_embeddings=True):
        vectors = np.zeros((len(texts), len(self.words) + 1), dtype=np.float32)
        for row, text in enumerate(texts):
            hits = [i for i, word in enumerate(self.words) if word in text.lower()]
            vectors[row, hits or [len(self.words)]] = 1.0
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


_EXAMPLES = {
    "officer": {
        "reassurance": ["You are zork here.", "Zork, you are."],
        "threat_of_arrest_or_force": ["You are going to blip.", "Blip, tonight."],
        "warning": ["Quux, this is a warning.", "A quux this time."],
        "none_officer": ["Nice flim today.", "What flim."],
    },
    "civilian": {},
}


def _sentences(text: str, role: str = "officer"):
    return split_sentences([Utterance("S", role, 0.0, 2.0, text)])


def test_minilm_suggests_the_nearest_code_by_its_two_nearest_examples(codebook):
    similarity = CodeSimilarity(codebook, _KeywordModel(), examples=_EXAMPLES)
    (added,) = similarity.suggest(_sentences("Everybody here is zork."), [], {"reassurance"})
    assert added == Suggestion(
        "reassurance",
        0.0,
        2.0,
        "S",
        1.0,
        "model:minilm",
        "Everybody here is zork. [2-nearest mean 1.00, lead 1.00 over other readings] "
        '[cosine 1.00 to "You are zork here."]',
    )
    # The same reading for an escalation code.
    (threat,) = similarity.suggest(
        _sentences("Keep going and it's blip for you."), [], {"threat_of_arrest_or_force"}
    )
    assert (threat.code_id, threat.score) == ("threat_of_arrest_or_force", 1.0)


def test_minilm_stays_silent_where_the_reading_is_unsure(codebook):
    similarity = CodeSimilarity(codebook, _KeywordModel(), examples=_EXAMPLES)
    active = {"reassurance", "threat_of_arrest_or_force", "warning"}
    # A negation the nearest example does not have (embeddings barely feel "not").
    assert similarity.suggest(_sentences("You are not zork here."), [], active) == []
    # Nearest to an outcome (a rival: never suggested as speech) or to code-nothing talk.
    assert similarity.suggest(_sentences("Quux about the wait."), [], active) == []
    assert similarity.suggest(_sentences("Lovely flim again."), [], active) == []
    # As near to a de-escalation code as to an escalation one: no lead, no suggestion.
    assert similarity.suggest(_sentences("Zork in blip tonight."), [], active) == []
    # A polarity a rule already gave the sentence is left to the rule.
    rule = Suggestion("respectful_address", 0.0, 2.0, "S", 0.7, "rule:x", "")
    assert similarity.suggest(_sentences("Everybody here is zork."), [rule], active) == []


def test_minilm_needs_two_examples_near_not_one(codebook):
    examples = {
        "officer": {
            "reassurance": ["You are zork here.", "Nobody will hurt you."],
            "none_officer": ["Nice flim today."],
        },
        "civilian": {},
    }
    one = CodeSimilarity(codebook, _KeywordModel(), 0.6, examples=examples, neighbours=1)
    two = CodeSimilarity(codebook, _KeywordModel(), 0.6, examples=examples)
    sentence = _sentences("Everybody here is zork.")
    assert [s.score for s in one.suggest(sentence, [], {"reassurance"})] == [1.0]
    near = two.nearest("officer", two._encode([sentence[0].text])[0])
    assert (near.code, near.similarity, near.cosine, near.lead) == ("reassurance", 0.5, 1.0, 0.5)
    assert two.suggest(sentence, [], {"reassurance"}) == []
