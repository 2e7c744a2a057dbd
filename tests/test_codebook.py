"""Tests for the codebook loader, validator and editor, and for the default codebook's content.

Over 700 lines because most of it is one table of broken codebooks, each with the exact
message it must give; splitting the table would only scatter it."""

import json
import re
from pathlib import Path

import pytest
import yaml

from bodycam.annotate.codebook import (
    DEFAULT_CODEBOOK_PATH,
    Code,
    Codebook,
    CodebookError,
    UnknownCode,
    default_codebook,
    load_codebook,
)
from bodycam.core.vocabulary import RESERVED_KEYS, key_problem

EXPECTED_KEYMAP = {
    "1": "open_question",
    "2": "active_listening",
    "3": "names_feelings",
    "4": "offers_choices",
    "5": "creates_distance",
    "6": "shouted_or_repeated_command",
    "7": "threat_of_arrest_or_force",
    "8": "interrupts_or_dismisses",
    "9": "closes_distance",
}


@pytest.fixture(scope="module")
def default() -> Codebook:
    return default_codebook()


def minimal() -> dict:
    """A small valid codebook as plain data; tests break one thing in a copy of it."""
    return {
        "id": "test-book",
        "version": "2.3.4",
        "title": "Test",
        "description": "A codebook for tests.",
        "categories": [
            {"id": "talk", "label": "Talk", "description": "Things said."},
            {"id": "force", "label": "Force", "description": "Force steps."},
        ],
        "codes": [
            {
                "id": "open_question",
                "label": "Open question",
                "category": "talk",
                "definition": "Officer asks an open question.",
                "polarity": "de-escalation",
                "kind": "point",
                "actor": "officer",
                "key": "1",
            },
            {
                "id": "command",
                "label": "Command",
                "category": "talk",
                "definition": "Officer gives a directive.",
                "polarity": "escalation",
                "kind": "point",
                "key": "2",
            },
            {
                "id": "force_0",
                "label": "Force 0",
                "category": "force",
                "definition": "Presence only.",
                "polarity": "context",
                "kind": "point",
                "level": 0,
            },
        ],
    }


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "book.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------------- the default codebook


def test_default_loads(default):
    assert default.id == "bodycam-deescalation"
    assert default.version == "1.0.0"
    assert default.title == "Body-worn camera de-escalation codebook"
    assert len(default.codes) == 62
    assert len(default.active_codes()) == 62
    assert [category.id for category in default.categories] == [
        "scene_context",
        "officer_communication",
        "officer_tactics",
        "officer_escalation",
        "force",
        "civilian",
        "crisis",
        "outcome",
    ]
    assert len(default.sources) == 4
    assert default.sources[0].startswith("Police Executive Research Forum (PERF) ICAT")
    assert default.sources[3].startswith("National Policing Institute de-escalation elements")


def test_default_counts_per_category(default):
    counts = {category.id: len(default.codes_in(category.id)) for category in default.categories}
    assert counts == {
        "scene_context": 7,
        "officer_communication": 10,
        "officer_tactics": 8,
        "officer_escalation": 7,
        "force": 7,
        "civilian": 9,
        "crisis": 7,
        "outcome": 7,
    }


def test_default_keymap(default):
    keymap = default.keymap()
    assert {key: code.id for key, code in keymap.items()} == EXPECTED_KEYMAP
    # Keys 1-5 are de-escalation, 6-9 escalation, and all make complete tags on one press.
    assert [keymap[key].polarity for key in "12345"] == ["de-escalation"] * 5
    assert [keymap[key].polarity for key in "6789"] == ["escalation"] * 4
    assert {code.kind for code in keymap.values()} == {"point"}


def test_default_ordinal_scales(default):
    force = [(code.level, code.id) for code in default.codes_in("force")]
    assert force == [
        (0, "force_0_presence"),
        (1, "force_1_verbal_command"),
        (2, "force_2_weapon_display"),
        (3, "force_3_soft_control"),
        (4, "force_4_hard_control"),
        (5, "force_5_less_lethal"),
        (6, "force_6_lethal"),
    ]
    resistance = [
        (code.level, code.id) for code in default.codes_in("civilian") if code.level is not None
    ]
    assert resistance == [
        (0, "resistance_0_none"),
        (1, "resistance_1_passive"),
        (2, "resistance_2_verbal"),
        (3, "resistance_3_defensive"),
        (4, "resistance_4_active_aggressive"),
        (5, "resistance_5_deadly"),
    ]


def test_default_polarity_subject_and_kind(default):
    def polarities(category_id):
        return {code.polarity for code in default.codes_in(category_id)}

    assert polarities("officer_communication") == {"de-escalation"}
    assert polarities("officer_tactics") == {"de-escalation"}
    assert polarities("officer_escalation") == {"escalation"}
    assert polarities("scene_context") == {"context"}
    assert polarities("outcome") == {"outcome"}
    intervals = [code.id for code in default.codes if code.kind == "interval"]
    assert intervals == [
        "phase_arrival_contact",
        "phase_investigation",
        "phase_resolution",
        "media_unusable",
        "weapon_present",
        "additional_personnel",
        "bystanders_present",
        "tactical_pause",
        "gives_time_to_comply",
        "civilian_agitated",
    ]
    assert default.code("injury").subject == "any"
    assert default.code("complaint_voiced").subject == "civilian"
    assert default.code("officer_recognises_crisis").subject == "officer"


def test_default_definitions_are_one_to_three_sentences(default):
    for code in default.codes:
        text = re.sub(r"\b(e\.g|i\.e|Mr|Ms|Dr)\.", "", code.definition)
        sentences = len(re.findall(r"[.!?](?=\s|$)", text))
        assert 1 <= sentences <= 3, code.id


def test_default_encounter_form(default):
    fields = {field["id"]: field for field in default.encounter_form["fields"]}
    assert list(fields) == [
        "reason_for_contact",
        "initiation",
        "call_type",
        "crisis_flags",
        "outcomes",
        "pj_voice",
        "pj_neutrality",
        "pj_respect",
        "pj_trustworthiness",
    ]
    assert [option["id"] for option in fields["initiation"]["options"]] == [
        "dispatched",
        "officer_initiated",
        "civilian_initiated",
        "unknown",
    ]
    assert fields["crisis_flags"]["type"] == "multi_choice"
    # The form's crisis flags reuse the crisis code ids so form answers and tags line up.
    crisis_codes = [c.id for c in default.codes_in("crisis") if c.id != "officer_recognises_crisis"]
    flag_ids = [option["id"] for option in fields["crisis_flags"]["options"]]
    assert flag_ids == [*crisis_codes, "none_observed"]
    for field_id in ("pj_voice", "pj_neutrality", "pj_respect", "pj_trustworthiness"):
        rating = fields[field_id]
        assert (rating["type"], rating["min"], rating["max"]) == ("rating", 1, 7)
        assert list(rating["anchors"]) == [1, 4, 7]
        assert rating["group"] == "procedural_justice"


def test_reserved_keys_constant():
    assert {" ", ",", ".", "<", ">", "j", "k", "l", "+", "-", "?", "[", "]"} <= RESERVED_KEYS
    assert {"ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"} <= RESERVED_KEYS
    # Bindings ignore case, so the upper-case transport letters are refused too.
    assert all(key_problem(key) for key in ("J", "K", "L", "j", "+"))
    assert key_problem("A") is None


# ---------------------------------------------------------------------- loading


def test_load_from_text_path_and_str_path(tmp_path):
    path = write(tmp_path, minimal())
    from_path = load_codebook(path)
    assert from_path == load_codebook(str(path))
    assert from_path == load_codebook(path.read_text(encoding="utf-8"))
    assert from_path.code("command").subject == "any"
    assert from_path.code("force_0").level == 0


def test_code_lookup_unknown(default):
    with pytest.raises(UnknownCode) as caught:
        default.code("no_such_code")
    assert str(caught.value) == (
        "No code 'no_such_code' in codebook bodycam-deescalation 1.0.0. Fix: use one of the ids "
        "listed in the codebook, or load the codebook version the tag was made with."
    )
    assert isinstance(caught.value, KeyError)


def test_missing_file(tmp_path):
    path = tmp_path / "missing.yaml"
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    assert str(caught.value) == (
        f"{path}: file not found. Fix: check the path, or use default_codebook()."
    )


def _set(index, name, value):
    def mutate(data):
        data["codes"][index][name] = value

    return mutate


def _drop(index, name):
    def mutate(data):
        del data["codes"][index][name]

    return mutate


def _duplicate_id(data):
    data["codes"][1]["id"] = "open_question"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            _duplicate_id,
            "codes[1] field 'id': duplicate code id 'open_question' (first used by codes[0]). "
            "Fix: give the new code its own id; ids are permanent, even for retired codes",
        ),
        (
            _set(0, "polarity", "calming"),
            "code 'open_question' (codes[0]) field 'polarity': 'calming' is not allowed. "
            "Fix: use one of: escalation, de-escalation, context, outcome",
        ),
        (
            _set(0, "kind", "span"),
            "code 'open_question' (codes[0]) field 'kind': 'span' is not allowed. "
            "Fix: use one of: point, interval",
        ),
        (
            _set(1, "key", "1"),
            "code 'command' (codes[1]) field 'key': key '1' is already bound to "
            "'open_question'. Fix: bind each key to one active code, or remove one of the keys",
        ),
        (
            _set(1, "key", "k"),
            "code 'command' (codes[1]) field 'key': 'k' is reserved by the player for playback "
            "control. Fix: choose a digit or a letter other than j, k, l, J, K, L.",
        ),
        (
            _set(1, "key", ","),
            "code 'command' (codes[1]) field 'key': ',' is reserved by the player",
        ),
        (
            _set(1, "key", "10"),
            "code 'command' (codes[1]) field 'key': '10' is not a single digit or letter.",
        ),
        (
            _set(1, "key", "!"),
            "code 'command' (codes[1]) field 'key': '!' is not a single digit or letter.",
        ),
        (
            _set(1, "key", 3),
            "code 'command' (codes[1]) field 'key': 3 is not a string. "
            'Fix: quote the key in YAML, e.g. key: "3".',
        ),
        (
            _drop(0, "definition"),
            "code 'open_question' (codes[0]) field 'definition': missing required field "
            "'definition'. Fix: add 'definition:' with a value",
        ),
        (
            _set(0, "definition", "  "),
            "code 'open_question' (codes[0]) field 'definition': expected non-empty text",
        ),
        (
            _set(0, "category", "tactics"),
            "code 'open_question' (codes[0]) field 'category': unknown category 'tactics'. "
            "Fix: use one of: force, talk, or add the category",
        ),
        (
            _set(0, "actor", "suspect"),
            "code 'open_question' (codes[0]) field 'actor': 'suspect' is not allowed. "
            "Fix: use one of: officer, civilian, other, any",
        ),
        (
            _set(2, "level", "high"),
            "code 'force_0' (codes[2]) field 'level': 'high' is not a whole number.",
        ),
        (
            _set(0, "defintion", "typo"),
            "code 'open_question' (codes[0]) field 'defintion': unknown field 'defintion'.",
        ),
        (
            _set(0, "id", "Open Question"),
            "code 'Open Question' (codes[0]) field 'id': 'Open Question' is not a valid code id.",
        ),
        (
            _set(0, "retired", "yes please"),
            "code 'open_question' (codes[0]) field 'retired': 'yes please' is not true or false.",
        ),
        (
            lambda data: data.update(version=1.0),
            "field 'version': 1.0 is not a semantic version string. "
            'Fix: write it as a quoted MAJOR.MINOR.PATCH string, e.g. version: "1.0.0"',
        ),
        (
            lambda data: data.update(version="1.0"),
            "field 'version': '1.0' is not a semantic version string.",
        ),
        (
            lambda data: data.pop("title"),
            "field 'title': missing required field 'title'.",
        ),
        (
            lambda data: data["categories"].append(dict(data["categories"][0])),
            "categories[2] field 'id': duplicate category id 'talk'.",
        ),
        (
            lambda data: data["codes"].append({**data["codes"][2], "id": "force_0_again"}),
            "code 'force_0_again' (codes[3]) field 'level': level 0 of category 'force' is "
            "already used by 'force_0'.",
        ),
    ],
)
def test_invalid_codebook_names_file_field_and_fix(tmp_path, mutate, expected):
    data = minimal()
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {expected}"), message
    assert "Fix: " in message


def test_retired_codes_may_share_a_key(tmp_path):
    data = minimal()
    data["codes"][1]["key"] = "1"
    data["codes"][1]["retired"] = True
    book = load_codebook(write(tmp_path, data))
    assert {key: code.id for key, code in book.keymap().items()} == {"1": "open_question"}


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (
            {"fields": [{"id": "pj_voice", "label": "Voice", "type": "slider"}]},
            "encounter_form.fields[0] field 'type': 'slider' is not a form field type.",
        ),
        (
            {
                "fields": [
                    {
                        "id": "a",
                        "label": "A",
                        "type": "single_choice",
                        "options": [{"id": "x", "label": "X"}, {"id": "x", "label": "Y"}],
                    }
                ]
            },
            "encounter_form.fields[0] ('a') options[1] field 'id': duplicate option id 'x'.",
        ),
        (
            {
                "fields": [
                    {
                        "id": "r",
                        "label": "R",
                        "type": "rating",
                        "min": 1,
                        "max": 7,
                        "anchors": {1: "Low", 9: "Too high"},
                    }
                ]
            },
            "encounter_form.fields[0] ('r') field 'anchors': 9 is not a scale point from 1 to 7.",
        ),
        (
            {"fields": [{"id": "r", "label": "R", "type": "rating", "min": 1, "anchors": {}}]},
            "encounter_form.fields[0] field 'max': missing required field 'max'.",
        ),
    ],
)
def test_invalid_encounter_form(tmp_path, form, expected):
    data = minimal()
    data["encounter_form"] = form
    path = write(tmp_path, data)
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    assert str(caught.value).startswith(f"{path}: {expected}"), str(caught.value)


def test_bad_yaml_names_line_and_column(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text('id: x\nversion: "1.0.0"\ncodes:\n  - id: a\n   label: b\n', encoding="utf-8")
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    assert str(caught.value).startswith(
        f"{path}: not valid YAML at line 5, column 4: did not find expected '-' indicator. Fix: "
    )


def test_duplicate_yaml_key_is_refused(tmp_path):
    path = tmp_path / "twice.yaml"
    text = yaml.safe_dump(minimal(), sort_keys=False).replace(
        "  definition: Officer asks an open question.\n",
        "  definition: Officer asks an open question.\n  definition: Second definition.\n",
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    line = text.splitlines().index("  definition: Second definition.") + 1
    assert str(caught.value).startswith(
        f"{path}: not valid YAML at line {line}, column 3: found duplicate key 'definition'."
    )


def test_errors_from_text_name_text_source():
    with pytest.raises(CodebookError) as caught:
        load_codebook("id: x\nversion: 1\n")
    assert str(caught.value) == (
        "<text>: field 'title': missing required field 'title'. Fix: add 'title:' with a value"
    )
    with pytest.raises(CodebookError) as caught:
        load_codebook("- just\n- a list\n")
    assert str(caught.value).startswith("<text>: top level: expected a mapping")


# ---------------------------------------------------------------------- edits


def test_add_code_bumps_minor_and_leaves_original(default):
    code = Code(
        id="acknowledges_error",
        label="Acknowledges error",
        category="officer_communication",
        definition="Officer admits a mistake they made during the encounter.",
        polarity="de-escalation",
        kind="point",
        subject="officer",
    )
    edited = default.with_code_added(code)
    assert edited.version == "1.1.0"
    assert edited.code("acknowledges_error") == code
    assert len(edited.codes_in("officer_communication")) == 11
    assert default.version == "1.0.0"
    with pytest.raises(UnknownCode):
        default.code("acknowledges_error")


def test_add_code_refuses_taken_id_and_key(default):
    retired = default.with_code_retired("builds_rapport")
    clash = Code("builds_rapport", "Rapport", "officer_communication", "Text.", "context", "point")
    with pytest.raises(CodebookError) as caught:
        retired.with_code_added(clash)
    assert str(caught.value).startswith(
        "<codebook bodycam-deescalation 1.1.0, edit: add code 'builds_rapport'>: codes[62] field "
        "'id': duplicate code id 'builds_rapport' (first used by codes[16])."
    )
    keyed = Code("new_code", "New", "officer_communication", "Text.", "context", "point", key="1")
    with pytest.raises(CodebookError) as caught:
        default.with_code_added(keyed)
    assert "code 'new_code' (codes[62]) field 'key': key '1' is already bound" in str(caught.value)


def test_rename_keeps_id_and_bumps_minor(default):
    renamed = default.with_code_renamed("open_question", "Open-ended question")
    assert renamed.version == "1.1.0"
    assert renamed.code("open_question").label == "Open-ended question"
    assert renamed.code("open_question").definition == default.code("open_question").definition
    assert renamed.keymap()["1"].id == "open_question"
    redefined = renamed.with_code_renamed("open_question", "Open question", "Asks openly.")
    assert redefined.version == "1.2.0"
    assert redefined.code("open_question").definition == "Asks openly."
    with pytest.raises(CodebookError, match="the label and definition are unchanged"):
        default.with_code_renamed("open_question", "Open question")
    with pytest.raises(UnknownCode):
        default.with_code_renamed("nope", "Nope")


def test_retire_keeps_code_resolvable(default):
    retired = default.with_code_retired("open_question")
    assert retired.version == "1.1.0"
    code = retired.code("open_question")
    assert code.retired is True
    assert code.key is None
    assert code.label == "Open question"
    assert "open_question" not in {c.id for c in retired.active_codes()}
    assert len(retired.codes) == 62
    assert len(retired.active_codes()) == 61
    assert "1" not in retired.keymap()
    # The retired code survives a save and reload.
    reloaded = load_codebook(retired.to_yaml())
    assert reloaded.code("open_question").retired is True
    assert reloaded == retired
    with pytest.raises(CodebookError) as caught:
        retired.with_code_retired("open_question")
    assert str(caught.value) == (
        "<codebook bodycam-deescalation 1.1.0, edit: retire>: code 'open_question' field "
        "'retired': the code is already retired and cannot be changed. Fix: nothing to do; "
        "retired codes stay so that old tags resolve."
    )
    with pytest.raises(CodebookError, match="Fix: add a new code with a new id instead"):
        retired.with_code_renamed("open_question", "Other")
    with pytest.raises(CodebookError, match="field 'retired'"):
        retired.with_key_bound("open_question", "q")


def test_key_binding_bumps_patch_and_moves_key(default):
    rebound = default.with_key_bound("reassurance", "1")
    assert rebound.version == "1.0.1"
    assert rebound.keymap()["1"].id == "reassurance"
    assert rebound.code("open_question").key is None
    assert len(rebound.keymap()) == 9
    lettered = rebound.with_key_bound("open_question", "q")
    assert lettered.version == "1.0.2"
    assert lettered.keymap()["q"].id == "open_question"
    unbound = lettered.with_key_bound("open_question", None)
    assert "q" not in unbound.keymap()
    with pytest.raises(CodebookError) as caught:
        default.with_key_bound("reassurance", "J")
    assert str(caught.value).startswith(
        "<codebook bodycam-deescalation 1.0.0, edit: bind key>: code 'reassurance' field 'key': "
        "'J' is reserved by the player"
    )
    with pytest.raises(CodebookError, match="field 'key': already bound to '1'"):
        default.with_key_bound("open_question", "1")
    with pytest.raises(UnknownCode):
        default.with_key_bound("nope", "q")


def test_edits_chain_versions(default):
    edited = (
        default.with_key_bound("reassurance", "r")
        .with_code_retired("builds_rapport")
        .with_code_renamed("reassurance", "Reassures")
    )
    assert edited.version == "1.2.0"


# ---------------------------------------------------------------------- fingerprint and dumps


def test_fingerprint_stable_across_round_trip(default):
    fingerprint = default.fingerprint()
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint)
    assert default_codebook().fingerprint() == fingerprint
    reloaded = load_codebook(default.to_yaml())
    assert reloaded == default
    assert reloaded.fingerprint() == fingerprint
    assert load_codebook(reloaded.to_yaml()).to_yaml() == default.to_yaml()
    assert hash(reloaded) == hash(default)
    assert {default: "cached"}[reloaded] == "cached"


def test_fingerprint_ignores_layout_but_not_content(tmp_path):
    data = minimal()
    compact = tmp_path / "compact.yaml"
    compact.write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML too
    commented = tmp_path / "commented.yaml"
    commented.write_text(
        "# a comment\n" + yaml.safe_dump(data, sort_keys=False, indent=4), encoding="utf-8"
    )
    assert load_codebook(compact).fingerprint() == load_codebook(commented).fingerprint()
    data["codes"][0]["definition"] = "Officer asks an open-ended question."
    assert (
        load_codebook(write(tmp_path, data)).fingerprint() != load_codebook(compact).fingerprint()
    )


def test_to_dict_is_plain_data(default):
    data = default.to_dict()
    assert json.loads(json.dumps(data)) == json.loads(json.dumps(default.to_dict()))
    data["encounter_form"]["fields"].clear()
    assert len(default.encounter_form["fields"]) == 9
    assert data["codes"][0] == {
        "id": "phase_arrival_contact",
        "label": "Phase: arrival and contact",
        "category": "scene_context",
        "definition": (
            "From the moment the recording officer arrives on scene, or first speaks to the "
            "civilian if already there, until the officer starts gathering information about "
            "the incident."
        ),
        "include": "Approach, greetings, first positioning and initial safety checks.",
        "exclude": "Questions about what happened, identity checks and interviews (investigation).",
        "polarity": "context",
        "kind": "interval",
        "actor": "any",
    }


def test_default_path_is_in_package():
    assert DEFAULT_CODEBOOK_PATH.parts[-3:] == ("annotate", "codebooks", "default.yaml")


# ---------------------------------------------------------------------- keys ignore case


def test_keys_differing_only_in_case_are_refused(tmp_path):
    # The player lower-cases every key, so 'a' and 'A' on two codes would be one key for two
    # codes: the file is refused, naming both codes and the fix.
    data = minimal()
    data["codes"][0]["key"] = "a"
    data["codes"][1]["key"] = "A"
    path = write(tmp_path, data)
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    assert str(caught.value) == (
        f"{path}: code 'command' (codes[1]) field 'key': key 'A' is already bound to "
        "'open_question' as 'a', and keys ignore case (the player lower-cases them). Fix: bind "
        "another key to 'command' or to 'open_question', or remove one of the keys"
    )
    # A retired code's key is free, whatever its case.
    data["codes"][0]["retired"] = True
    book = load_codebook(write(tmp_path, data))
    assert {key: code.id for key, code in book.keymap().items()} == {"A": "command"}


def test_adding_a_code_with_the_other_case_of_a_key_is_refused(default):
    lettered = default.with_key_bound("reassurance", "r")
    clash = Code("new_code", "New", "officer_communication", "Text.", "context", "point", key="R")
    with pytest.raises(CodebookError) as caught:
        lettered.with_code_added(clash)
    assert str(caught.value) == (
        "<codebook bodycam-deescalation 1.0.1, edit: add code 'new_code'>: code 'new_code' "
        "(codes[62]) field 'key': key 'R' is already bound to 'reassurance' as 'r', and keys "
        "ignore case (the player lower-cases them). Fix: bind another key to 'new_code' or to "
        "'reassurance', or remove one of the keys"
    )


def test_rebinding_the_other_case_of_a_key_moves_it(default):
    # Rebinding moves a held key to the new code; 'A' is the key 'a', so it moves too rather
    # than leaving two codes on one key.
    lower = default.with_key_bound("reassurance", "a")
    upper = lower.with_key_bound("open_question", "A")
    assert upper.version == "1.0.2"
    assert upper.code("reassurance").key is None
    assert upper.code("open_question").key == "A"
    # open_question moved from '1' to 'A'; reassurance lost 'a'.
    expected = {key: code for key, code in EXPECTED_KEYMAP.items() if key != "1"}
    assert {key: code.id for key, code in upper.keymap().items()} == {
        **expected,
        "A": "open_question",
    }
