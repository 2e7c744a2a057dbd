"""The encounter form: one structured record per footage beside its tags (reason for contact,
how it began, call type, crisis flags, outcome, procedural-justice ratings). Its fields and
options come from the codebook version, so the form changes with the codebook."""

from __future__ import annotations

import json
from typing import Any

from ..core.errors import InvalidInput, StaleEdit
from ..models.identities import mask_for
from ..models.permissions import acting_on
from ..models.store import Store
from ..models.users import User
from . import codebook_store


def form_fields(store: Store) -> list[dict[str, Any]]:
    _, codebook = codebook_store.current(store)
    return list(codebook.encounter_form.get("fields", []))


#: Multi-choice options that mean "none of the others": ticked together with another option of
#: the same question the answer contradicts itself ("None observed" with crisis signs ticked;
#: "No action taken" with an outcome), and a coder's record must not say both.
EXCLUSIVE_OPTIONS = frozenset({"none_observed", "no_action"})


def _option_ids(field: dict[str, Any]) -> list[str]:
    return [option["id"] for option in field.get("options", [])]


def validate_answers(fields: list[dict[str, Any]], answers: dict[str, Any]) -> dict[str, Any]:
    """Keep answers to known fields, checked against each field's type and options.

    The fields are the codebook's ``encounter_form`` (validated with it by the codebook's
    schema); empty answers are dropped. Errors name the field and the fix.

    Raises:
        InvalidInput: An answer to an unknown field, or one its field does not allow.
    """
    by_id = {field["id"]: field for field in fields}
    unknown = set(answers) - set(by_id)
    if unknown:
        raise InvalidInput(
            f"unknown encounter form field(s): {', '.join(sorted(unknown))}. Fix: answer only "
            f"the fields of the current codebook's form: {', '.join(by_id)}"
        )
    clean: dict[str, Any] = {}
    for field_id, value in answers.items():
        if value in (None, "", []):
            continue
        clean[field_id] = _clean_answer(by_id[field_id], value)
    return clean


def _clean_answer(field: dict[str, Any], value: Any) -> Any:
    field_id, kind = field["id"], field["type"]
    if kind == "single_choice" and value not in _option_ids(field):
        raise InvalidInput(
            f"{field_id}: {value!r} is not one of its options. Fix: choose one of: "
            f"{', '.join(_option_ids(field))}"
        )
    if kind == "multi_choice":
        bad = set(value) - set(_option_ids(field))
        if bad:
            raise InvalidInput(
                f"{field_id}: {sorted(bad)} are not among its options. Fix: choose from: "
                f"{', '.join(_option_ids(field))}"
            )
        _refuse_contradiction(field, value)
        return sorted(value)
    if kind == "rating":
        low, high = field.get("min", 1), field.get("max", 7)
        if not (isinstance(value, int) and low <= value <= high):
            raise InvalidInput(
                f"{field_id}: rating {value!r} must be from {low} to {high}. Fix: give a whole "
                f"number from {low} to {high}"
            )
    if kind == "text":
        return str(value).strip()
    return value


def _refuse_contradiction(field: dict[str, Any], value: list[str]) -> None:
    exclusive = [v for v in value if v in EXCLUSIVE_OPTIONS]
    if not exclusive or len(value) == 1:
        return
    labels = {option["id"]: option["label"] for option in field.get("options", [])}
    none = labels.get(exclusive[0], exclusive[0])
    others = ", ".join(f"“{labels.get(v, v)}”" for v in value if v != exclusive[0])
    raise InvalidInput(
        f"{field.get('label', field['id'])}: “{none}” contradicts {others}. Fix: untick "
        f"“{none}”, or untick the others."
    )


def get_form(store: Store, footage_id: int, viewer: Any = None) -> dict[str, Any] | None:
    """The footage's encounter form; with ``viewer`` (a signed-in User), who saved it and the
    free-text answers as it may see them (``models.identities``)."""
    row = store.one("SELECT * FROM encounter_forms WHERE footage_id = ?", [footage_id])
    if row is None:
        return None
    row["answers"] = json.loads(row["answers"])
    mask = mask_for(store, viewer, footage_id)
    if mask.hides:
        row["created_by"], row["updated_by"] = (
            mask.person(row["created_by"]),
            mask.person(row["updated_by"]),
        )
        row["answers"] = {
            key: mask.text(value) if isinstance(value, str) else value
            for key, value in row["answers"].items()
        }
    return row


def save_form(
    store: Store,
    footage_id: int,
    answers: dict[str, Any],
    actor: str | User,
    expected_version: int | None,
) -> dict[str, Any]:
    """Create or update the footage's form. ``expected_version`` is the version the editor
    loaded (None for a new form); a mismatch means someone else saved meanwhile. A signed-in
    ``actor`` must be allowed ``encounter.edit`` on the footage."""
    actor = acting_on(store, actor, "encounter.edit", "footage", footage_id)
    codebook_id, _ = codebook_store.current(store)
    clean = validate_answers(form_fields(store), answers)
    with store.change(actor, "encounter_form.save") as change:
        row = change.conn.execute(
            "SELECT id, version, updated_by, created_by FROM encounter_forms WHERE footage_id = ?",
            [footage_id],
        ).fetchone()
        if row is None:
            if expected_version is not None:
                raise StaleEdit("the encounter form was removed meanwhile; reload the page")
            change.insert(
                "encounter_forms",
                {
                    "footage_id": footage_id,
                    "codebook_id": codebook_id,
                    "answers": clean,
                    "version": 1,
                    "created_by": actor,
                    "created_at": change.at,
                },
            )
        else:
            form_id, version, updated_by, created_by = row
            if expected_version != version:
                raise StaleEdit(
                    f"the encounter form was saved by {updated_by or created_by} since you "
                    "opened it; reload it and make your change again"
                )
            change.update(
                "encounter_forms",
                form_id,
                {
                    "answers": clean,
                    "codebook_id": codebook_id,
                    "version": version + 1,
                    "updated_by": actor,
                    "updated_at": change.at,
                },
            )
    return get_form(store, footage_id)
