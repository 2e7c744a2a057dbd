"""The codebook as data: categories, codes and the encounter form, in frozen dataclasses.

A ``Codebook`` is built by ``load_codebook`` (``yaml_io``), which validates the file first
(``schema``); constructing one directly skips validation. Its edit methods come from
``edits.CodebookEdits`` and return new versions; storing versions is the database layer's job.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from bodycam.core.vocabulary import normalize_key

from .edits import CodebookEdits
from .errors import UnknownCode
from .yaml_io import dump_yaml

logger = logging.getLogger(__name__)

#: The types of the per-encounter form's fields.
FORM_FIELD_TYPES = ("single_choice", "multi_choice", "rating", "text")


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
        polarity: One of ``core.vocabulary.POLARITIES``.
        kind: One of ``core.vocabulary.CODE_KINDS``: ``"point"`` (a moment) or ``"interval"``.
        level: Position on an ordinal scale (force 0-6, resistance 0-5), else None.
        key: Default single-character key binding, else None.
        subject: Who the coded behaviour is about, usually: one of ``core.vocabulary.SUBJECTS``;
            a tag may override it. The file spells it ``actor:`` (see ``to_dict``).
        include: What counts, with examples.
        exclude: What does not count, and which code to use instead.
        retired: True once the code may no longer be used for new tags.
        prompts: Discussion questions a debrief item tagged with this code starts with;
            None leaves them to the debrief stage's defaults (``bodycam.debrief.prompts``).
    """

    id: str
    label: str
    category: str
    definition: str
    polarity: str
    kind: str
    level: int | None = None
    key: str | None = None
    subject: str = "any"
    include: str | None = None
    exclude: str | None = None
    retired: bool = False
    prompts: tuple[str, ...] | None = None

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
        # The YAML key stays "actor": stored versions and their fingerprints use it.
        data["actor"] = self.subject
        if self.level is not None:
            data["level"] = self.level
        if self.key is not None:
            data["key"] = self.key
        if self.retired:
            data["retired"] = True
        if self.prompts:
            data["prompts"] = list(self.prompts)
        return data


@dataclass(frozen=True)
class Codebook(CodebookEdits):
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
        """Map each bound key, as written, to its active code.

        Keys ignore case (the player lower-cases them), so no two entries are equal after
        ``normalize_key``. The validator refuses such pairs; a version stored before that rule
        may still hold one, and then the first code in display order keeps the key.
        """
        keymap: dict[str, Code] = {}
        holders: dict[str, Code] = {}
        for code in self.active_codes():
            if code.key is None:
                continue
            holder = holders.setdefault(normalize_key(code.key), code)
            if holder is code:
                keymap[code.key] = code
            else:
                logger.warning(
                    "Codebook %s %s: key %r of code %r is ignored: %r already holds %r (keys "
                    "ignore case); rebind one of them",
                    self.id, self.version, code.key, code.id, holder.id, holder.key,
                )  # fmt: skip
        return keymap

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
        return dump_yaml(self.to_dict())

    def fingerprint(self) -> str:
        """Return the SHA-256 hex digest of the canonical JSON form.

        Equal for equal content however the YAML was laid out or commented, and different as
        soon as any value (the version included) changes.
        """
        return self._fingerprint
