"""The fresh2 split of the suggestion evaluation set: six more encounters written blind to the
detectors (issue 15, session 4), loaded the way the benchmark loads them, labelled with live
codebook codes, in 60-120 seconds of speech each (104-116 s synthesized; the word-rate estimate
used here runs a few seconds longer, hence its bound of 130)."""

from __future__ import annotations

from collections import Counter

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest.evalset import SPLITS, estimated_times, load_encounters, reference_moments

#: Codes the set never labels: they need the picture, and the set is audio only (README).
_SEEN_ONLY = {"uses_cover", "lowers_weapon", "civilian_complies", "closes_distance"}


def test_fresh2_split_has_six_encounters_labelled_with_codebook_codes():
    assert SPLITS == ("dev", "heldout", "fresh", "fresh2")
    codebook = default_codebook()
    active = {code.id for code in codebook.active_codes()}
    polarity = {code.id: code.polarity for code in codebook.codes}
    family = {code.id: code.category for code in codebook.codes}
    fresh2 = load_encounters("fresh2")
    assert [encounter.name for encounter in fresh2] == [
        "bus_station_runaway_calm",
        "campus_dorm_student_crisis",
        "dog_dispute_arrest_escalating",
        "elderly_driver_stroke_crisis",
        "garage_box_cutter_talked_down",
        "gas_station_robbery_clerk",
    ]
    for encounter in fresh2:
        assert encounter.split == "fresh2"
        assert encounter.roles[encounter.wearer] == "officer", encounter.name
        assert set(encounter.roles.values()) <= {"officer", "civilian", "dispatch"}
        spans = estimated_times(encounter)
        speech = sum(end - start for start, end in spans)
        assert 60 <= speech <= 130, (encounter.name, speech)
        for line in encounter.lines:
            assert set(line.moments) <= active, (encounter.name, line.text)
            assert not set(line.moments) & _SEEN_ONLY, (encounter.name, line.text)
            assert not any(code.startswith("force_") for code in line.moments), line.text
            assert not any(family[code] == "scene_context" for code in line.moments), line.text
            # A code at most once per line, except directives (README's conventions).
            repeated = {code for code, n in Counter(line.moments).items() if n > 1}
            assert repeated <= {"command", "shouted_or_repeated_command"}, line.text
    moments = [
        moment
        for encounter in fresh2
        for moment in reference_moments(encounter, estimated_times(encounter), polarity)
    ]
    assert Counter(moment.polarity for moment in moments) == {
        "de-escalation": 116,
        "escalation": 47,
        "context": 5,
        "outcome": 7,
    }
    assert Counter((moment.polarity, family[moment.code_id]) for moment in moments) == {
        ("de-escalation", "officer_communication"): 92,
        ("de-escalation", "officer_tactics"): 12,
        ("de-escalation", "civilian"): 7,
        ("de-escalation", "crisis"): 5,
        ("escalation", "officer_escalation"): 21,
        ("escalation", "civilian"): 26,
        ("context", "crisis"): 5,
        ("outcome", "outcome"): 7,
    }


def test_fresh2_split_is_not_folded_into_the_others():
    names = {split: {e.name for e in load_encounters(split)} for split in SPLITS}
    others = names["dev"] | names["heldout"] | names["fresh"]
    assert len(names["fresh2"]) == 6
    assert not names["fresh2"] & others
