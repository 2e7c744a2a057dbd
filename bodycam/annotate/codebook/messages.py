"""Codebook error messages: one "<file>: <where>: <problem>. Fix: <fix>" line per invalid file.

The schema raises ``problem(...)`` for its own rules; pydantic itself reports missing and unknown
fields and an unknown form-field type. ``translate`` picks the error to fix first and names its
place as a person reading the file would, from pydantic's location and the data:
``code 'command' (codes[1]) field 'key'``, ``encounter_form.fields[0] ('r') field 'anchors'``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from .errors import CodebookError
from .model import FORM_FIELD_TYPES

#: Errors about the shape of a mapping; the file's reader fixes them before its values.
_STRUCTURAL = ("missing", "extra_forbidden")


def problem(
    text: str, fix: str | None = None, *, at: Sequence[str | int] = (), where: str | None = None
) -> PydanticCustomError:
    """Return the error for a broken codebook rule, to raise inside a validator.

    Args:
        text: What is wrong, e.g. "'x' is not allowed".
        fix: What to write instead; None when ``text`` already ends with its own "Fix: ...".
        at: Path below the validated value, for a model validator that checks one of its
            fields (pydantic places its errors at the model).
        where: The whole place, when the usual naming would be misleading.
    """
    context = {"problem": text, "fix": fix, "at": tuple(at), "where": where}
    return PydanticCustomError("codebook", "{problem}", context)


def translate(
    error: ValidationError, data: Any, source: str, spec_of: Callable[..., Any]
) -> CodebookError:
    """Return the ``CodebookError`` for the first problem pydantic found in ``data``.

    ``spec_of(kind, form_type)`` returns the schema model of a container (for the allowed
    names in an unknown-field message).
    """
    details = _first(error.errors(include_url=False))
    context = details.get("ctx") or {}
    loc = tuple(details["loc"]) + tuple(context.get("at", ()))
    kind = details["type"]
    place = _locate(loc, data)
    if kind == "codebook":
        text = context["problem"] + (f". Fix: {context['fix']}" if context["fix"] else "")
        where = context["where"] or place.describe(structural=False)
    elif kind == "missing":
        name = loc[-1]
        text = f"missing required field {name!r}. Fix: add '{name}:' with a value"
        where = place.describe(structural=True)
    elif kind == "extra_forbidden":
        spec = spec_of(place.kind, place.form_type)
        text = (
            f"unknown {spec.noun} {loc[-1]!r}. Fix: remove it or correct the spelling; "
            f"allowed: {', '.join(spec.file_names())}"
        )
        where = place.describe(structural=True)
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        item = _item(data, place.data_path)
        if isinstance(item, dict):
            text = (
                f"{item.get('type')!r} is not a form field type. "
                f"Fix: use one of: {', '.join(FORM_FIELD_TYPES)}"
            )
            where = _locate((*loc, "type"), data).describe(structural=False)
        else:
            text = "expected a mapping. Fix: write 'id:', 'label:', 'type:'"
            where = place.describe(structural=False)
    else:  # a pydantic check the schema does not word itself
        text = f"{details['msg']}. Fix: correct the value (codebooks/default.yaml shows each field)"
        where = place.describe(structural=False)
    return CodebookError(f"{source}: {where}: {text}")


def _first(errors: list[ErrorDetails]) -> ErrorDetails:
    """The error a reader should fix first: a missing or unknown top-level field, else errors
    in file order, the shape of each mapping before its values."""
    groups: dict[tuple, int] = {}
    for details in errors:
        groups.setdefault(tuple(details["loc"][:-1]), len(groups))

    def rank(item: tuple[int, ErrorDetails]) -> tuple:
        index, details = item
        structural = details["type"] in _STRUCTURAL
        top = structural and len(details["loc"]) == 1
        return (not top, groups[tuple(details["loc"][:-1])], not structural, index)

    return min(enumerate(errors), key=rank)[1]


@dataclass
class _Place:
    """Where an error is: the list item (plain and with its id) and the field below it."""

    kind: str  # the container: top, category, code, form, field or option
    prefix: str | None  # e.g. "categories[2]"; None at the top level
    named: str | None  # e.g. "category 'talk'"; the prefix once the item's id is known
    rest: tuple  # the path below the item: a field name, maybe an anchor point
    data_path: tuple  # the path in the plain data (form-field type tags left out)
    form_type: str | None = None

    def describe(self, structural: bool) -> str:
        field = self.rest[0] if self.rest else None
        # An item is named by its id only once its shape and id are right, as a reader would
        # check them; codes are named whenever they have a text id.
        use_name = self.kind == "code" or (
            not structural and field not in (None, "id", "type") and self.kind != "option"
        )
        prefix = (self.named if use_name else None) or self.prefix
        if field is None:
            return prefix or "top level"
        where = f"{prefix} field {field!r}" if prefix else f"field {field!r}"
        if field == "anchors" and len(self.rest) > 1:
            where += f" point {self.rest[1]}"
        return where


def _locate(loc: tuple, data: Any) -> _Place:
    head = loc[0] if loc else None
    indexed = len(loc) > 1 and isinstance(loc[1], int)
    if head == "codes" and indexed:
        item = _item(data, loc[:2])
        plain = f"codes[{loc[1]}]"
        named = f"code {item['id']!r} ({plain})" if _has_text_id(item) else plain
        return _Place("code", plain, named, loc[2:], loc)
    if head == "categories" and indexed:
        item = _item(data, loc[:2])
        named = f"category {item['id']!r}" if _has_text_id(item) else None
        return _Place("category", f"categories[{loc[1]}]", named, loc[2:], loc)
    if head == "sources" and indexed:
        return _Place("top", f"sources[{loc[1]}]", None, (), loc)
    if head == "encounter_form" and len(loc) > 1:
        return _locate_form(loc, data)
    return _Place("top", None, None, loc, loc)


def _locate_form(loc: tuple, data: Any) -> _Place:
    if not (loc[1] == "fields" and len(loc) > 2 and isinstance(loc[2], int)):
        return _Place("form", "encounter_form", None, loc[1:], loc)
    rest = loc[3:]
    form_type = None
    if rest and rest[0] in FORM_FIELD_TYPES:  # the tag pydantic puts after a union member
        form_type, rest = rest[0], rest[1:]
    data_path = (*loc[:3], *rest)
    item = _item(data, loc[:3])
    plain = f"encounter_form.fields[{loc[2]}]"
    named = f"{plain} ({item['id']!r})" if _has_text_id(item) else plain
    if len(rest) > 1 and rest[0] == "options" and isinstance(rest[1], int):
        option = f"{named} options[{rest[1]}]"
        return _Place("option", option, None, rest[2:], data_path, form_type)
    return _Place("field", plain, named, rest, data_path, form_type)


def _item(data: Any, path: Sequence) -> Any:
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _has_text_id(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("id"), str)
