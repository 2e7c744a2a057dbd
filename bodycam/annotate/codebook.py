"""Codebook: the versioned set of codes that coders tag footage with.

A codebook is a YAML file (see ``codebooks/default.yaml``) with categories, codes and the option
lists of the per-encounter form. This module loads and validates it into frozen dataclasses and
makes edited copies; storing versions is the database layer's job.

Edits never change a codebook in place and never delete a code: they return a new codebook with
a bumped version, and a retired code stays in the list (``retired=True``) so tags made with it
still resolve.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from bodycam.core.vocabulary import CODE_KINDS as KINDS
from bodycam.core.vocabulary import POLARITIES, key_problem

logger = logging.getLogger(__name__)

DEFAULT_CODEBOOK_PATH = Path(__file__).with_name("codebooks") / "default.yaml"

ACTORS = ("officer", "civilian", "other", "any")


FORM_FIELD_TYPES = ("single_choice", "multi_choice", "rating", "text")

_SNAKE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CODEBOOK_ID = re.compile(r"^[a-z][a-z0-9_-]*$")
_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)

_TOP_REQUIRED = ("id", "version", "title", "description", "categories", "codes")
_TOP_OPTIONAL = ("sources", "encounter_form")
_CATEGORY_FIELDS = ("id", "label", "description")
_CODE_REQUIRED = ("id", "label", "category", "definition", "polarity", "kind")
_CODE_OPTIONAL = ("include", "exclude", "level", "key", "actor", "retired")
_FORM_COMMON = ("id", "label", "type", "help", "group")
_FORM_BY_TYPE = {
    "single_choice": ("options",),
    "multi_choice": ("options",),
    "rating": ("min", "max", "anchors"),
    "text": (),
}


class CodebookError(ValueError):
    "The codebook file is invalid"


class UnknownCode(KeyError):
    "No code with this id in the codebook"

    def __str__(self) -> str:
        # KeyError quotes its message; this one is meant to be read.
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Category:
    """A group of codes shown together in the tagging palette.

    Attributes:
        id: Permanent snake_case id.
        label: Short name shown to coders.
        description: What the category covers and any coding rule shared by its codes.
    """

    id: str
    label: str
    description: str

    def to_dict(self) -> dict[str, Any]:
        """Return the category as plain data, in file order."""
        return {"id": self.id, "label": self.label, "description": self.description}


@dataclass(frozen=True)
class Code:
    """One thing a coder can tag.

    Attributes:
        id: Permanent snake_case id; tags refer to it.
        label: Short name shown to coders.
        category: Id of the category the code belongs to.
        definition: 1-3 sentences describing what is observable.
        polarity: One of ``POLARITIES``.
        kind: ``"point"`` (a moment) or ``"interval"`` (a start and an end).
        level: Position on an ordinal scale (force 0-6, resistance 0-5), else None.
        key: Default single-character key binding, else None.
        actor: Who usually performs it: one of ``ACTORS``; a tag may override it.
        include: What counts, with examples.
        exclude: What does not count, and which code to use instead.
        retired: True once the code may no longer be used for new tags.
    """

    id: str
    label: str
    category: str
    definition: str
    polarity: str
    kind: str
    level: int | None = None
    key: str | None = None
    actor: str = "any"
    include: str | None = None
    exclude: str | None = None
    retired: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the code as plain data; unset optional fields are left out."""
        data: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "category": self.category,
            "definition": self.definition,
        }
        for name in ("include", "exclude"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        data["polarity"] = self.polarity
        data["kind"] = self.kind
        data["actor"] = self.actor
        if self.level is not None:
            data["level"] = self.level
        if self.key is not None:
            data["key"] = self.key
        if self.retired:
            data["retired"] = True
        return data


@dataclass(frozen=True)
class Codebook:
    """A validated codebook version.

    Build one with ``load_codebook`` or ``default_codebook``; constructing it directly skips
    validation.

    Attributes:
        id: Codebook id, e.g. ``"bodycam-deescalation"``.
        version: Semantic version string, e.g. ``"1.0.0"``.
        title: Human-readable name.
        description: Scope and general coding rules.
        categories: Categories in display order.
        codes: All codes in display order, retired ones included.
        encounter_form: Field definitions of the per-encounter form (``{"fields": [...]}``).
        sources: Names of the frameworks the codebook draws on.
    """

    id: str
    version: str
    title: str
    description: str
    categories: tuple[Category, ...]
    codes: tuple[Code, ...]
    encounter_form: dict
    sources: tuple[str, ...] = ()

    @cached_property
    def _codes_by_id(self) -> dict[str, Code]:
        return {code.id: code for code in self.codes}

    @cached_property
    def _fingerprint(self) -> str:
        canonical = json.dumps(
            self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def __hash__(self) -> int:
        # The generated hash would fail on the encounter_form dict; content decides identity.
        return hash(self._fingerprint)

    def code(self, code_id: str) -> Code:
        """Return the code with this id, retired or not.

        Raises:
            UnknownCode: No code has this id.
        """
        try:
            return self._codes_by_id[code_id]
        except KeyError:
            raise UnknownCode(
                f"No code {code_id!r} in codebook {self.id} {self.version}. Fix: use one of the "
                f"ids listed in the codebook, or load the codebook version the tag was made with."
            ) from None

    def category(self, category_id: str) -> Category:
        """Return the category with this id.

        Raises:
            KeyError: No category has this id.
        """
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def active_codes(self) -> list[Code]:
        """Codes that may be used for new tags (not retired), in display order."""
        return [code for code in self.codes if not code.retired]

    def codes_in(self, category_id: str, include_retired: bool = False) -> list[Code]:
        """Codes of one category in display order, active ones only unless asked."""
        return [
            code
            for code in self.codes
            if code.category == category_id and (include_retired or not code.retired)
        ]

    def keymap(self) -> dict[str, Code]:
        """Map each bound key to its active code."""
        return {code.key: code for code in self.active_codes() if code.key is not None}

    def to_dict(self) -> dict[str, Any]:
        """Return the codebook as plain data that ``load_codebook`` accepts back."""
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "description": self.description,
            "sources": list(self.sources),
            "categories": [category.to_dict() for category in self.categories],
            "codes": [code.to_dict() for code in self.codes],
            "encounter_form": copy.deepcopy(self.encounter_form),
        }

    def to_yaml(self) -> str:
        """Return the codebook as YAML (without the comments of the source file)."""
        return yaml.dump(
            self.to_dict(),
            Dumper=_ReadableDumper,
            sort_keys=False,
            allow_unicode=True,
            width=96,
            indent=2,
        )

    def fingerprint(self) -> str:
        """Return the SHA-256 hex digest of the canonical JSON form.

        Equal for equal content however the YAML was laid out or commented, and different as
        soon as any value (the version included) changes.
        """
        return self._fingerprint

    # ------------------------------------------------------------------ edits

    def with_code_added(self, code: Code) -> Codebook:
        """Return a copy with ``code`` appended and the minor version bumped.

        Raises:
            CodebookError: The code is invalid or its id or key is already taken (ids of
                retired codes stay taken).
        """
        data = self.to_dict()
        data["codes"].append(code.to_dict())
        return self._edited(data, "minor", f"add code {code.id!r}")

    def with_code_renamed(
        self, code_id: str, label: str, definition: str | None = None
    ) -> Codebook:
        """Return a copy with a new label (and optionally definition) for a code.

        The id stays, so existing tags keep pointing at the code. Bumps the minor version.

        Raises:
            UnknownCode: No code has this id.
            CodebookError: The code is retired, nothing would change, or the text is invalid.
        """
        code = self._editable(code_id, "rename")
        new_definition = code.definition if definition is None else definition
        if label == code.label and new_definition == code.definition:
            raise CodebookError(
                f"{self._edit_source('rename')}: code {code_id!r} field 'label': the label and "
                f"definition are unchanged. Fix: pass a different label or definition."
            )
        return self._with_code(replace(code, label=label, definition=new_definition), "minor")

    def with_code_retired(self, code_id: str) -> Codebook:
        """Return a copy where the code is retired and its key released.

        The code stays in ``codes`` so old tags resolve; it leaves ``active_codes`` and
        ``keymap``. Bumps the minor version.

        Raises:
            UnknownCode: No code has this id.
            CodebookError: The code is already retired.
        """
        code = self._editable(code_id, "retire")
        return self._with_code(replace(code, retired=True, key=None), "minor")

    def with_key_bound(self, code_id: str, key: str | None) -> Codebook:
        """Return a copy with ``key`` bound to the code (None unbinds it).

        If another active code holds the key it loses it, so rebinding never fails on a clash.
        Key bindings do not change what is coded, so this bumps the patch version.

        Raises:
            UnknownCode: No code has this id.
            CodebookError: The code is retired, already has this key, or the key is not allowed.
        """
        code = self._editable(code_id, "bind key")
        source = self._edit_source("bind key")
        if key is not None:
            problem = key_problem(key)
            if problem:
                raise CodebookError(f"{source}: code {code_id!r} field 'key': {problem}")
        if key == code.key:
            raise CodebookError(
                f"{source}: code {code_id!r} field 'key': already bound to {key!r}. "
                f"Fix: pass a different key, or None to unbind."
            )
        data = self.to_dict()
        for raw in data["codes"]:
            if raw["id"] == code_id:
                _set_or_drop(raw, "key", key)
            elif key is not None and raw.get("key") == key and not raw.get("retired"):
                logger.info("Key %r moves from code %r to %r", key, raw["id"], code_id)
                del raw["key"]
        return self._edited(data, "patch", f"bind key {key!r} to {code_id!r}")

    def _editable(self, code_id: str, action: str) -> Code:
        code = self.code(code_id)
        if code.retired:
            fix = (
                "nothing to do; retired codes stay so that old tags resolve"
                if action == "retire"
                else "add a new code with a new id instead"
            )
            raise CodebookError(
                f"{self._edit_source(action)}: code {code_id!r} field 'retired': the code is "
                f"already retired and cannot be changed. Fix: {fix}."
            )
        return code

    def _with_code(self, code: Code, part: str) -> Codebook:
        data = self.to_dict()
        data["codes"] = [code.to_dict() if raw["id"] == code.id else raw for raw in data["codes"]]
        return self._edited(data, part, f"edit code {code.id!r}")

    def _edited(self, data: dict[str, Any], part: str, what: str) -> Codebook:
        data["version"] = _bump_version(self.version, part)
        edited = _CodebookParser(self._edit_source(what)).parse(data)
        logger.info("Codebook %s %s -> %s: %s", self.id, self.version, edited.version, what)
        return edited

    def _edit_source(self, what: str) -> str:
        return f"<codebook {self.id} {self.version}, edit: {what}>"


def load_codebook(path_or_text: str | os.PathLike[str]) -> Codebook:
    """Load and validate a codebook.

    Args:
        path_or_text: A path (``Path``, or a one-line string naming an existing file or ending in
            ``.yaml``/``.yml``) or the YAML text itself.

    Returns:
        The validated codebook.

    Raises:
        CodebookError: The file is missing, not YAML, or breaks a codebook rule; the message
            names the file, the code or field, and the fix.
    """
    if _looks_like_path(path_or_text):
        path = Path(path_or_text)
        source = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CodebookError(
                f"{source}: file not found. Fix: check the path, or use default_codebook()."
            ) from None
        except (OSError, UnicodeDecodeError) as error:
            raise CodebookError(
                f"{source}: cannot be read ({error}). Fix: save the codebook as UTF-8 text."
            ) from None
    else:
        text = str(path_or_text)
        source = "<text>"
    codebook = _CodebookParser(source).parse(_parse_yaml(text, source))
    logger.debug("Loaded codebook %s %s from %s", codebook.id, codebook.version, source)
    return codebook


def default_codebook() -> Codebook:
    """Load the codebook that ships with Bodycam Review (``codebooks/default.yaml``)."""
    return load_codebook(DEFAULT_CODEBOOK_PATH)


# ---------------------------------------------------------------------- helpers


def _looks_like_path(value: str | os.PathLike[str]) -> bool:
    if isinstance(value, os.PathLike):
        return True
    if "\n" in value:
        return False
    if value.endswith((".yaml", ".yml")):
        return True
    try:
        return Path(value).is_file()
    except (OSError, ValueError):
        return False


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader that refuses duplicate mapping keys.

    PyYAML keeps the last of two equal keys without a word, which would silently drop, say,
    the first of two ``definition:`` lines in a hand-edited code.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        self.flatten_mapping(node)
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:
                continue  # unhashable key: the base constructor reports it
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
        return super().construct_mapping(node, deep=deep)


class _ReadableDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe dumper that writes long text as folded blocks, as a person would."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = ">" if len(value) > 80 and "\n" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ReadableDumper.add_representer(str, _represent_text)


def _parse_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise CodebookError(
            f"{source}: not valid YAML{where}: {problem}. Fix: correct the YAML there (check the "
            f"indentation, and quote text that contains ': ' or starts with a quote or '#')."
        ) from None


def _bump_version(version: str, part: str) -> str:
    match = _SEMVER.match(version)
    if not match:
        raise CodebookError(
            f"<codebook version {version!r}>: field 'version': not a semantic version, so it "
            f'cannot be bumped. Fix: set it to MAJOR.MINOR.PATCH, e.g. "1.0.0".'
        )
    major, minor, patch = (int(group) for group in match.groups())
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _set_or_drop(data: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        data.pop(name, None)
    else:
        data[name] = value


class _CodebookParser:
    """Validates plain data against the codebook rules; errors name ``source``."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str, fix: str) -> CodebookError:
        return CodebookError(f"{self.source}: {where}: {problem}. Fix: {fix}")

    def claim_unique(self, value: str, seen: set[str], where: str, noun: str, scope: str) -> None:
        """Record an id, refusing one already used in the same list."""
        if value in seen:
            raise self.fail(
                f"{where} field 'id'", f"duplicate {noun} id {value!r}",
                f"give each {scope} a unique id",
            )  # fmt: skip
        seen.add(value)

    # ------------------------------------------------------------ top level

    def parse(self, data: Any) -> Codebook:
        if not isinstance(data, dict):
            raise self.fail(
                "top level",
                f"expected a mapping of codebook fields, found {type(data).__name__}",
                "start the file with 'id:', 'version:', 'title:' and the other codebook fields",
            )
        self.check_fields(data, "top level", _TOP_REQUIRED, _TOP_OPTIONAL, "field")
        codebook_id = self.text(data, "id", "top level field 'id'")
        if not _CODEBOOK_ID.match(codebook_id):
            raise self.fail(
                "field 'id'",
                f"{codebook_id!r} is not a valid codebook id",
                "use lowercase letters, digits, '-' and '_', starting with a letter",
            )
        version = data["version"]
        if not isinstance(version, str) or not _SEMVER.match(version):
            raise self.fail(
                "field 'version'",
                f"{version!r} is not a semantic version string",
                'write it as a quoted MAJOR.MINOR.PATCH string, e.g. version: "1.0.0"',
            )
        categories = self.categories(data["categories"])
        codes = self.codes(data["codes"], {category.id for category in categories})
        return Codebook(
            id=codebook_id,
            version=version,
            title=self.text(data, "title", "field 'title'"),
            description=self.text(data, "description", "field 'description'"),
            categories=categories,
            codes=codes,
            encounter_form=self.form(data.get("encounter_form")),
            sources=self.sources(data.get("sources")),
        )

    def check_fields(
        self,
        data: dict[str, Any],
        where: str,
        required: tuple[str, ...],
        optional: tuple[str, ...],
        noun: str,
    ) -> None:
        for name in required:
            if data.get(name) is None:
                raise self.fail(
                    f"{where} field {name!r}" if where != "top level" else f"field {name!r}",
                    f"missing required field {name!r}",
                    f"add '{name}:' with a value",
                )
        allowed = required + optional
        for name in data:
            if name not in allowed:
                raise self.fail(
                    f"{where} field {name!r}" if where != "top level" else f"field {name!r}",
                    f"unknown {noun} {name!r}",
                    f"remove it or correct the spelling; allowed: {', '.join(allowed)}",
                )

    def text(self, data: dict[str, Any], name: str, where: str) -> str:
        value = data[name]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"expected non-empty text, found {value!r}", "write text there")
        return value.strip()

    def optional_text(self, data: dict[str, Any], name: str, where: str) -> str | None:
        if data.get(name) is None:
            return None
        return self.text(data, name, where)

    def sources(self, raw: Any) -> tuple[str, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.fail("field 'sources'", "expected a list of names", "write '- name' lines")
        return tuple(
            self.text({"source": item}, "source", f"sources[{index}]")
            for index, item in enumerate(raw)
        )

    # ------------------------------------------------------------ categories

    def categories(self, raw: Any) -> tuple[Category, ...]:
        if not isinstance(raw, list) or not raw:
            raise self.fail(
                "field 'categories'", "expected a non-empty list", "list categories as '- id: ...'"
            )
        categories: list[Category] = []
        seen: set[str] = set()
        for index, item in enumerate(raw):
            where = f"categories[{index}]"
            if not isinstance(item, dict):
                raise self.fail(
                    where, "expected a mapping", "write 'id:', 'label:', 'description:'"
                )
            self.check_fields(item, where, _CATEGORY_FIELDS, (), "field")
            category_id = self.snake_id(item, f"{where} field 'id'", "category")
            self.claim_unique(category_id, seen, where, "category", "category")
            where = f"category {category_id!r}"
            categories.append(
                Category(
                    id=category_id,
                    label=self.text(item, "label", f"{where} field 'label'"),
                    description=self.text(item, "description", f"{where} field 'description'"),
                )
            )
        return tuple(categories)

    def snake_id(self, data: dict[str, Any], where: str, noun: str) -> str:
        value = data["id"]
        if not isinstance(value, str) or not _SNAKE_ID.match(value):
            raise self.fail(
                where,
                f"{value!r} is not a valid {noun} id",
                "use snake_case: lowercase letters, digits and '_', starting with a letter",
            )
        return value

    # ------------------------------------------------------------ codes

    def codes(self, raw: Any, category_ids: set[str]) -> tuple[Code, ...]:
        if not isinstance(raw, list) or not raw:
            raise self.fail(
                "field 'codes'", "expected a non-empty list", "list codes as '- id: ...'"
            )
        codes: list[Code] = []
        first_index: dict[str, int] = {}
        key_holder: dict[str, str] = {}
        level_holder: dict[tuple[str, int], str] = {}
        for index, item in enumerate(raw):
            code = self.code(item, index, category_ids)
            if code.id in first_index:
                raise self.fail(
                    f"codes[{index}] field 'id'",
                    f"duplicate code id {code.id!r} (first used by codes[{first_index[code.id]}])",
                    "give the new code its own id; ids are permanent, even for retired codes",
                )
            first_index[code.id] = index
            where = f"code {code.id!r} (codes[{index}])"
            if not code.retired and code.key is not None:
                if code.key in key_holder:
                    raise self.fail(
                        f"{where} field 'key'",
                        f"key {code.key!r} is already bound to {key_holder[code.key]!r}",
                        "bind each key to one active code, or remove one of the keys",
                    )
                key_holder[code.key] = code.id
            if not code.retired and code.level is not None:
                slot = (code.category, code.level)
                if slot in level_holder:
                    raise self.fail(
                        f"{where} field 'level'",
                        f"level {code.level} of category {code.category!r} is already used by "
                        f"{level_holder[slot]!r}",
                        "give each active code of an ordinal scale its own level",
                    )
                level_holder[slot] = code.id
            codes.append(code)
        return tuple(codes)

    def code(self, item: Any, index: int, category_ids: set[str]) -> Code:
        where = f"codes[{index}]"
        if not isinstance(item, dict):
            raise self.fail(where, "expected a mapping", "write the code's fields as 'name: value'")
        if isinstance(item.get("id"), str):
            where = f"code {item['id']!r} (codes[{index}])"
        self.check_fields(item, where, _CODE_REQUIRED, _CODE_OPTIONAL, "field")
        code_id = self.snake_id(item, f"{where} field 'id'", "code")
        category = item["category"]
        if category not in category_ids:
            raise self.fail(
                f"{where} field 'category'",
                f"unknown category {category!r}",
                f"use one of: {', '.join(sorted(category_ids))}, or add the category",
            )
        polarity = self.choice(item, "polarity", POLARITIES, where)
        kind = self.choice(item, "kind", KINDS, where)
        actor = self.choice(item, "actor", ACTORS, where) if "actor" in item else "any"
        level = item.get("level")
        if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
            raise self.fail(
                f"{where} field 'level'",
                f"{level!r} is not a whole number",
                "write the position on the ordinal scale as an integer, e.g. level: 3",
            )
        key = item.get("key")
        if key is not None:
            problem = key_problem(key)
            if problem:
                raise CodebookError(f"{self.source}: {where} field 'key': {problem}")
        retired = item.get("retired", False)
        if not isinstance(retired, bool):
            raise self.fail(
                f"{where} field 'retired'", f"{retired!r} is not true or false", "write true"
            )
        return Code(
            id=code_id,
            label=self.text(item, "label", f"{where} field 'label'"),
            category=category,
            definition=self.text(item, "definition", f"{where} field 'definition'"),
            polarity=polarity,
            kind=kind,
            level=level,
            key=key,
            actor=actor,
            include=self.optional_text(item, "include", f"{where} field 'include'"),
            exclude=self.optional_text(item, "exclude", f"{where} field 'exclude'"),
            retired=retired,
        )

    def choice(self, item: dict[str, Any], name: str, allowed: tuple[str, ...], where: str) -> str:
        value = item[name]
        if value not in allowed:
            raise self.fail(
                f"{where} field {name!r}",
                f"{value!r} is not allowed",
                f"use one of: {', '.join(allowed)}",
            )
        return value

    # ------------------------------------------------------------ encounter form

    def form(self, raw: Any) -> dict[str, Any]:
        if raw is None or raw == {}:
            return {}
        if not isinstance(raw, dict):
            raise self.fail(
                "field 'encounter_form'", "expected a mapping", "write 'fields:' under it"
            )
        self.check_fields(raw, "encounter_form", ("fields",), (), "field")
        fields = raw["fields"]
        if not isinstance(fields, list) or not fields:
            raise self.fail(
                "encounter_form field 'fields'",
                "expected a non-empty list",
                "list the form fields as '- id: ...'",
            )
        seen: set[str] = set()
        return {"fields": [self.form_field(item, index, seen) for index, item in enumerate(fields)]}

    def form_field(self, item: Any, index: int, seen: set[str]) -> dict[str, Any]:
        where = f"encounter_form.fields[{index}]"
        if not isinstance(item, dict):
            raise self.fail(where, "expected a mapping", "write 'id:', 'label:', 'type:'")
        if item.get("type") not in FORM_FIELD_TYPES:
            raise self.fail(
                f"{where} field 'type'",
                f"{item.get('type')!r} is not a form field type",
                f"use one of: {', '.join(FORM_FIELD_TYPES)}",
            )
        field_type = item["type"]
        required = ("id", "label", "type", *_FORM_BY_TYPE[field_type])
        self.check_fields(item, where, required, ("help", "group"), "form field")
        field_id = self.snake_id(item, f"{where} field 'id'", "form field")
        self.claim_unique(field_id, seen, where, "form field", "form field")
        where = f"{where} ({field_id!r})"
        result: dict[str, Any] = {
            "id": field_id,
            "label": self.text(item, "label", f"{where} field 'label'"),
            "type": field_type,
        }
        for name in ("help", "group"):
            value = self.optional_text(item, name, f"{where} field {name!r}")
            if value is not None:
                result[name] = value
        if field_type in ("single_choice", "multi_choice"):
            result["options"] = self.form_options(item["options"], where)
        elif field_type == "rating":
            result.update(self.form_rating(item, where))
        return result

    def form_options(self, raw: Any, where: str) -> list[dict[str, str]]:
        if not isinstance(raw, list) or not raw:
            raise self.fail(
                f"{where} field 'options'",
                "expected a non-empty list",
                "list options as '- {id: ..., label: ...}'",
            )
        options: list[dict[str, str]] = []
        seen: set[str] = set()
        for index, option in enumerate(raw):
            option_where = f"{where} options[{index}]"
            if not isinstance(option, dict):
                raise self.fail(option_where, "expected a mapping", "write {id: ..., label: ...}")
            self.check_fields(option, option_where, ("id", "label"), (), "option field")
            option_id = self.snake_id(option, f"{option_where} field 'id'", "option")
            self.claim_unique(option_id, seen, option_where, "option", "option of a field")
            label = self.text(option, "label", f"{option_where} field 'label'")
            options.append({"id": option_id, "label": label})
        return options

    def form_rating(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        low, high = item["min"], item["max"]
        for name, value in (("min", low), ("max", high)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.fail(
                    f"{where} field {name!r}", f"{value!r} is not a whole number", "write e.g. 1"
                )
        if low >= high:
            raise self.fail(
                f"{where} field 'max'",
                f"max {high} is not above min {low}",
                "make max larger than min, e.g. min: 1, max: 7",
            )
        anchors = item["anchors"]
        if not isinstance(anchors, dict) or not anchors:
            raise self.fail(
                f"{where} field 'anchors'",
                "expected a mapping of scale points to descriptions",
                "write e.g. '1: Never', '4: Sometimes', '7: Always' under it",
            )
        result: dict[int, str] = {}
        for point in sorted(anchors, key=lambda value: (not isinstance(value, int), str(value))):
            if isinstance(point, bool) or not isinstance(point, int) or not low <= point <= high:
                raise self.fail(
                    f"{where} field 'anchors'",
                    f"{point!r} is not a scale point from {low} to {high}",
                    f"use whole numbers from {low} to {high} as anchor keys",
                )
            result[point] = self.text(anchors, point, f"{where} field 'anchors' point {point}")
        return {"min": low, "max": high, "anchors": dict(sorted(result.items()))}
