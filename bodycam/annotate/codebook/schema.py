"""The rules of a codebook file, as pydantic models of its plain (YAML) data.

``parse_codebook`` validates the data and builds the frozen ``model`` dataclasses. Every rule
that pydantic cannot state as a type raises ``problem(...)`` with the project's wording, and
``messages`` turns whatever pydantic reports into one "<file>: <where>: <problem>. Fix: <fix>"
message, so both kinds of error read alike.
"""

from __future__ import annotations

import functools
import re
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from bodycam.core.vocabulary import (
    CODE_KINDS,
    POLARITIES,
    SUBJECTS,
    key_problem,
    normalize_key,
)

from .edits import SEMVER
from .messages import problem, translate
from .model import FORM_FIELD_TYPES, Category, Code, Codebook

_SNAKE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CODEBOOK_ID = re.compile(r"^[a-z][a-z0-9_-]*$")

# ---------------------------------------------------------------------- value rules


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise problem(f"expected non-empty text, found {value!r}", "write text there")
    return value.strip()


def _snake_id(noun: str) -> BeforeValidator:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not _SNAKE_ID.match(value):
            raise problem(
                f"{value!r} is not a valid {noun} id",
                "use snake_case: lowercase letters, digits and '_', starting with a letter",
            )
        return value

    return BeforeValidator(check)


def _one_of(allowed: tuple[str, ...]) -> BeforeValidator:
    def check(value: Any) -> str:
        if value not in allowed:
            raise problem(f"{value!r} is not allowed", f"use one of: {', '.join(allowed)}")
        return value

    return BeforeValidator(check)


def _whole_number(fix: str) -> BeforeValidator:
    def check(value: Any) -> int:
        # bool is an int in Python, and "3" or 3.0 would be coerced: refuse all three.
        if isinstance(value, bool) or not isinstance(value, int):
            raise problem(f"{value!r} is not a whole number", fix)
        return value

    return BeforeValidator(check)


def _non_empty_list(fix: str, problem_text: str = "expected a non-empty list") -> BeforeValidator:
    def check(value: Any) -> list:
        if not isinstance(value, list) or not value:
            raise problem(problem_text, fix)
        return value

    return BeforeValidator(check)


def _key(value: Any) -> str:
    reason = key_problem(value)
    if reason:
        raise problem(reason)  # key_problem's text carries its own "Fix:"
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise problem(f"{value!r} is not true or false", "write true")
    return value


def _sources(value: Any) -> list:
    if not isinstance(value, list):
        raise problem("expected a list of names", "write '- name' lines")
    return value


def _anchors(value: Any) -> dict:
    if not isinstance(value, dict) or not value:
        raise problem(
            "expected a mapping of scale points to descriptions",
            "write e.g. '1: Never', '4: Sometimes', '7: Always' under it",
        )
    return value


def _codebook_id(value: Any) -> str:
    value = _text(value)
    if not _CODEBOOK_ID.match(value):
        raise problem(
            f"{value!r} is not a valid codebook id",
            "use lowercase letters, digits, '-' and '_', starting with a letter",
        )
    return value


def _semver(value: Any) -> str:
    if not isinstance(value, str) or not SEMVER.match(value):
        raise problem(
            f"{value!r} is not a semantic version string",
            'write it as a quoted MAJOR.MINOR.PATCH string, e.g. version: "1.0.0"',
        )
    return value


Text = Annotated[str, BeforeValidator(_text)]
OptionalText = Annotated[str | None, BeforeValidator(_text)]

# ---------------------------------------------------------------------- models


class Spec(BaseModel):
    """Base of the models: a mapping whose unknown fields are refused and whose null fields
    count as absent, as the hand-edited files expect."""

    model_config = ConfigDict(extra="forbid")

    #: What to write when the value is not a mapping.
    mapping_fix: ClassVar[str] = "write the fields as 'name: value'"
    #: How an unknown field is called in messages ("unknown <noun> 'x'").
    noun: ClassVar[str] = "field"

    @model_validator(mode="before")
    @classmethod
    def _mapping(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            raise problem(cls.not_a_mapping(data), cls.mapping_fix)
        names = cls.file_names()
        return {
            name: value for name, value in data.items() if value is not None or name not in names
        }

    @classmethod
    def not_a_mapping(cls, data: Any) -> str:
        return "expected a mapping"

    @classmethod
    @functools.cache
    def file_names(cls) -> tuple[str, ...]:
        """The field names as the file spells them: required ones first, in order."""
        fields = cls.model_fields
        required = [f.alias or name for name, f in fields.items() if f.is_required()]
        optional = [f.alias or name for name, f in fields.items() if not f.is_required()]
        return (*required, *optional)


class CategorySpec(Spec):
    mapping_fix = "write 'id:', 'label:', 'description:'"

    id: Annotated[str, _snake_id("category")]
    label: Text
    description: Text


class CodeSpec(Spec):
    mapping_fix = "write the code's fields as 'name: value'"

    id: Annotated[str, _snake_id("code")]
    label: Text
    category: Any  # checked against the categories by CodebookSpec
    definition: Text
    polarity: Annotated[str, _one_of(POLARITIES)]
    kind: Annotated[str, _one_of(CODE_KINDS)]
    include: OptionalText = None
    exclude: OptionalText = None
    level: Annotated[int | None, _whole_number(
        "write the position on the ordinal scale as an integer, e.g. level: 3"
    )] = None  # fmt: skip
    key: Annotated[str | None, BeforeValidator(_key)] = None
    # The file keeps the key "actor" (stored versions use it); in Python it is the subject.
    subject: Annotated[str, _one_of(SUBJECTS)] = Field("any", alias="actor")
    retired: Annotated[bool, BeforeValidator(_flag)] = False
    #: Discussion prompts a debrief item of this code starts with (issue #12).
    prompts: list[Text] | None = None

    def to_code(self) -> Code:
        data = self.model_dump()
        data["prompts"] = tuple(data["prompts"]) if data["prompts"] else None
        return Code(**data)


class OptionSpec(Spec):
    mapping_fix = "write {id: ..., label: ...}"
    noun = "option field"

    id: Annotated[str, _snake_id("option")]
    label: Text


class FormFieldSpec(Spec):
    mapping_fix = "write 'id:', 'label:', 'type:'"
    noun = "form field"

    id: Annotated[str, _snake_id("form field")]
    label: Text
    type: str
    help: OptionalText = None
    group: OptionalText = None


class ChoiceFieldSpec(FormFieldSpec):
    type: Literal["single_choice", "multi_choice"]
    options: Annotated[
        list[OptionSpec], _non_empty_list("list options as '- {id: ..., label: ...}'")
    ]

    @model_validator(mode="after")
    def _unique_options(self) -> ChoiceFieldSpec:
        seen: set[str] = set()
        for index, option in enumerate(self.options):
            if option.id in seen:
                raise problem(
                    f"duplicate option id {option.id!r}",
                    "give each option of a field a unique id",
                    at=("options", index, "id"),
                )
            seen.add(option.id)
        return self


class RatingFieldSpec(FormFieldSpec):
    type: Literal["rating"]
    min: Annotated[int, _whole_number("write e.g. 1")]
    max: Annotated[int, _whole_number("write e.g. 1")]
    anchors: Annotated[dict[Any, Any], BeforeValidator(_anchors)]

    @model_validator(mode="after")
    def _scale(self) -> RatingFieldSpec:
        low, high = self.min, self.max
        if low >= high:
            raise problem(
                f"max {high} is not above min {low}",
                "make max larger than min, e.g. min: 1, max: 7",
                at=("max",),
            )
        anchors: dict[int, str] = {}
        for point in sorted(
            self.anchors, key=lambda value: (not isinstance(value, int), str(value))
        ):
            if isinstance(point, bool) or not isinstance(point, int) or not low <= point <= high:
                raise problem(
                    f"{point!r} is not a scale point from {low} to {high}",
                    f"use whole numbers from {low} to {high} as anchor keys",
                    at=("anchors",),
                )
            text = self.anchors[point]
            if not isinstance(text, str) or not text.strip():
                raise problem(
                    f"expected non-empty text, found {text!r}", "write text there",
                    at=("anchors", point),
                )  # fmt: skip
            anchors[point] = text.strip()
        self.anchors = anchors
        return self


class TextFieldSpec(FormFieldSpec):
    type: Literal["text"]


def _form_field_type(value: Any) -> str | None:
    kind = value.get("type") if isinstance(value, dict) else None
    return kind if kind in FORM_FIELD_TYPES else None


FORM_FIELD_SPECS: dict[str, type[FormFieldSpec]] = {
    "single_choice": ChoiceFieldSpec,
    "multi_choice": ChoiceFieldSpec,
    "rating": RatingFieldSpec,
    "text": TextFieldSpec,
}

AnyFormField = Annotated[
    Annotated[ChoiceFieldSpec, Tag("single_choice")]
    | Annotated[ChoiceFieldSpec, Tag("multi_choice")]
    | Annotated[RatingFieldSpec, Tag("rating")]
    | Annotated[TextFieldSpec, Tag("text")],
    Discriminator(_form_field_type),
]


class EncounterFormSpec(Spec):
    mapping_fix = "write 'fields:' under it"

    fields: Annotated[list[AnyFormField], _non_empty_list("list the form fields as '- id: ...'")]

    @model_validator(mode="after")
    def _unique_fields(self) -> EncounterFormSpec:
        seen: set[str] = set()
        for index, field in enumerate(self.fields):
            if field.id in seen:
                raise problem(
                    f"duplicate form field id {field.id!r}",
                    "give each form field a unique id",
                    at=("fields", index, "id"),
                )
            seen.add(field.id)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"fields": [field.model_dump(exclude_none=True) for field in self.fields]}


class CodebookSpec(Spec):
    mapping_fix = "start the file with 'id:', 'version:', 'title:' and the other codebook fields"

    id: Annotated[str, BeforeValidator(_codebook_id)]
    version: Annotated[str, BeforeValidator(_semver)]
    title: Text
    description: Text
    categories: Annotated[list[CategorySpec], _non_empty_list("list categories as '- id: ...'")]
    codes: Annotated[list[CodeSpec], _non_empty_list("list codes as '- id: ...'")]
    sources: Annotated[list[Text], BeforeValidator(_sources)] = []
    # None (no form) is the default and defaults are not validated, so no Optional is needed.
    encounter_form: EncounterFormSpec = None  # type: ignore[assignment]

    @classmethod
    def not_a_mapping(cls, data: Any) -> str:
        return f"expected a mapping of codebook fields, found {type(data).__name__}"

    @model_validator(mode="before")
    @classmethod
    def _empty_form(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("encounter_form") == {}:
            data = {name: value for name, value in data.items() if name != "encounter_form"}
        return data

    @model_validator(mode="after")
    def _cross_references(self, info: ValidationInfo) -> CodebookSpec:
        category_ids: set[str] = set()
        for index, category in enumerate(self.categories):
            if category.id in category_ids:
                raise problem(
                    f"duplicate category id {category.id!r}",
                    "give each category a unique id",
                    at=("categories", index, "id"),
                )
            category_ids.add(category.id)
        stored = bool(info.context and info.context.get("stored"))
        _check_codes(self.codes, category_ids, tolerate_key_case=stored)
        return self

    def to_codebook(self) -> Codebook:
        return Codebook(
            id=self.id,
            version=self.version,
            title=self.title,
            description=self.description,
            categories=tuple(Category(**category.model_dump()) for category in self.categories),
            codes=tuple(code.to_code() for code in self.codes),
            encounter_form=self.encounter_form.to_dict() if self.encounter_form else {},
            sources=tuple(self.sources),
        )


def _check_codes(codes: list[CodeSpec], category_ids: set[str], tolerate_key_case: bool) -> None:
    """Refuse unknown categories, reused ids, and keys or scale levels held by two active
    codes. Keys are compared as the player compares them (``normalize_key``)."""
    first_index: dict[str, int] = {}
    key_holder: dict[str, CodeSpec] = {}
    level_holder: dict[tuple[str, int], str] = {}
    for index, code in enumerate(codes):
        if code.category not in category_ids:
            raise problem(
                f"unknown category {code.category!r}",
                f"use one of: {', '.join(sorted(category_ids))}, or add the category",
                at=("codes", index, "category"),
            )
        if code.id in first_index:
            raise problem(
                f"duplicate code id {code.id!r} (first used by codes[{first_index[code.id]}])",
                "give the new code its own id; ids are permanent, even for retired codes",
                where=f"codes[{index}] field 'id'",
            )
        first_index[code.id] = index
        if code.retired:
            continue
        if code.key is not None:
            holder = key_holder.setdefault(normalize_key(code.key), code)
            if holder is not code and holder.key == code.key:
                raise problem(
                    f"key {code.key!r} is already bound to {holder.id!r}",
                    "bind each key to one active code, or remove one of the keys",
                    at=("codes", index, "key"),
                )
            if holder is not code and not tolerate_key_case:
                raise problem(
                    f"key {code.key!r} is already bound to {holder.id!r} as {holder.key!r}, and "
                    f"keys ignore case (the player lower-cases them)",
                    f"bind another key to {code.id!r} or to {holder.id!r}, or remove one of "
                    f"the keys",
                    at=("codes", index, "key"),
                )
        if code.level is not None:
            slot = (code.category, code.level)
            if slot in level_holder:
                raise problem(
                    f"level {code.level} of category {code.category!r} is already used by "
                    f"{level_holder[slot]!r}",
                    "give each active code of an ordinal scale its own level",
                    at=("codes", index, "level"),
                )
            level_holder[slot] = code.id


def parse_codebook(data: Any, source: str, *, stored: bool = False) -> Codebook:
    """Validate plain codebook data and return the codebook; errors name ``source``.

    Args:
        stored: Tolerate keys bound twice in different case (see ``yaml_io.load_codebook``).

    Raises:
        CodebookError: The first problem found, as "<source>: <where>: <problem>. Fix: <fix>".
    """
    try:
        spec = CodebookSpec.model_validate(data, context={"stored": stored})
    except ValidationError as error:
        raise translate(error, data, source, spec_of) from None
    return spec.to_codebook()


def spec_of(container: str, form_type: str | None = None) -> type[Spec]:
    """The model of a container kind named by ``messages`` (for unknown-field messages)."""
    if container == "field" and form_type in FORM_FIELD_SPECS:
        return FORM_FIELD_SPECS[form_type]
    return _CONTAINERS[container]


_CONTAINERS: dict[str, type[Spec]] = {
    "top": CodebookSpec,
    "category": CategorySpec,
    "code": CodeSpec,
    "form": EncounterFormSpec,
    "field": FormFieldSpec,
    "option": OptionSpec,
}
