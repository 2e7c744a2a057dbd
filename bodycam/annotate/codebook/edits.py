"""Codebook edits: add, rename, retire and rebind, each returning a new validated version.

Edits never change a codebook in place and never delete a code: they return a new codebook with
a bumped version, and a retired code stays in the list (``retired=True``) so tags made with it
still resolve.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bodycam.core.vocabulary import key_problem, normalize_key

from .errors import CodebookError

if TYPE_CHECKING:
    from .model import Code, Codebook

logger = logging.getLogger(__name__)

#: MAJOR.MINOR.PATCH with optional pre-release and build parts (semver.org).
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)


class CodebookEdits:
    """The edit methods of ``Codebook`` (mixed in; they read its fields and ``to_dict``)."""

    id: str
    version: str

    def with_code_added(self: Codebook, code: Code) -> Codebook:
        """Return a copy with ``code`` appended and the minor version bumped.

        Raises:
            CodebookError: The code is invalid or its id or key is already taken (ids of
                retired codes stay taken; keys ignore case).
        """
        data = self.to_dict()
        data["codes"].append(code.to_dict())
        return self._edited(data, "minor", f"add code {code.id!r}")

    def with_code_renamed(
        self: Codebook, code_id: str, label: str, definition: str | None = None
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

    def with_code_retired(self: Codebook, code_id: str) -> Codebook:
        """Return a copy where the code is retired and its key released.

        The code stays in ``codes`` so old tags resolve; it leaves ``active_codes`` and
        ``keymap``. Bumps the minor version.

        Raises:
            UnknownCode: No code has this id.
            CodebookError: The code is already retired.
        """
        code = self._editable(code_id, "retire")
        return self._with_code(replace(code, retired=True, key=None), "minor")

    def with_key_bound(self: Codebook, code_id: str, key: str | None) -> Codebook:
        """Return a copy with ``key`` bound to the code (None unbinds it).

        If another active code holds the key it loses it, so rebinding never fails on a clash.
        Keys ignore case (the player lower-cases them): binding ``A`` takes ``a`` from the code
        that holds it. Key bindings do not change what is coded, so this bumps the patch version.

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
            elif key is not None and _same_key(raw.get("key"), key) and not raw.get("retired"):
                logger.info("Key %r moves from code %r to %r", raw["key"], raw["id"], code_id)
                del raw["key"]
        return self._edited(data, "patch", f"bind key {key!r} to {code_id!r}")

    def _editable(self: Codebook, code_id: str, action: str) -> Code:
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

    def _with_code(self: Codebook, code: Code, part: str) -> Codebook:
        data = self.to_dict()
        data["codes"] = [code.to_dict() if raw["id"] == code.id else raw for raw in data["codes"]]
        return self._edited(data, part, f"edit code {code.id!r}")

    def _edited(self: Codebook, data: dict[str, Any], part: str, what: str) -> Codebook:
        # Imported here for the reason given in yaml_io.load_codebook.
        from .schema import parse_codebook

        data["version"] = bump_version(self.version, part)
        edited = parse_codebook(data, self._edit_source(what))
        logger.info("Codebook %s %s -> %s: %s", self.id, self.version, edited.version, what)
        return edited

    def _edit_source(self, what: str) -> str:
        return f"<codebook {self.id} {self.version}, edit: {what}>"


def bump_version(version: str, part: str) -> str:
    """Return ``version`` with its ``"minor"`` (patch reset) or ``"patch"`` number raised."""
    match = SEMVER.match(version)
    if not match:
        raise CodebookError(
            f"<codebook version {version!r}>: field 'version': not a semantic version, so it "
            f'cannot be bumped. Fix: set it to MAJOR.MINOR.PATCH, e.g. "1.0.0".'
        )
    major, minor, patch = (int(group) for group in match.groups())
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _same_key(held: Any, key: str) -> bool:
    return isinstance(held, str) and normalize_key(held) == normalize_key(key)


def _set_or_drop(data: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        data.pop(name, None)
    else:
        data[name] = value
