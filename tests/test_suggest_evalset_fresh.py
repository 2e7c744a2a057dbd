"""The fresh split of the suggestion evaluation set: six encounters written blind to the
detectors (issue 15), loaded the way the benchmark loads them, labelled with live codebook codes."""

from __future__ import annotations

from collections import Counter

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest.evalset import SPLITS, estimated_times, load_encounters, reference_moments

#: Codes the set never labels: they need the picture, and the set is audio only (README).
_SEEN_ONLY = {"uses_cover", "lowers_weapon", "civilian_complies", "closes_distance"}


def test_fresh_split_has_six_encounters_labelled_with_codebook_codes():
    assert SPLITS[:3] == ("dev", "heldout", "fresh")
    codebook = default_codebook()
    active = {code.id for code in codebook.active_codes()}
    polarity = {code.id: code.polarity for code in codebook.codes}
    fresh = load_encounters("fresh")
    assert [encounter.name for encounter in fresh] == [
        "bus_shelter_dementia_crisis",
        "eviction_standby_deescalated",
        "fare_check_escalating",
        "lost_child_fair_calm",
        "road_rage_arrest_escalating",
        "stairwell_overdose_crisis",
    ]
    for encounter in fresh:
        assert encounter.split == "fresh"
        assert encounter.roles[encounter.wearer] == "officer", encounter.name
        for line in encounter.lines:
            assert set(line.moments) <= active, (encounter.name, line.text)
            assert not set(line.moments) & _SEEN_ONLY, (encounter.name, line.text)
            assert not any(code.startswith("force_") for code in line.moments), line.text
    counts = Counter(
        moment.polarity
        for encounter in fresh
        for moment in reference_moments(encounter, estimated_times(encounter), polarity)
    )
    assert counts == {"de-escalation": 81, "escalation": 46, "context": 6, "outcome": 5}


def test_fresh_split_is_not_folded_into_the_other_two():
    names = {split: {e.name for e in load_encounters(split)} for split in SPLITS}
    assert not names["fresh"] & (names["dev"] | names["heldout"])
