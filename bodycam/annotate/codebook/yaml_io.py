"""Codebook files: reading YAML (refusing duplicate keys), writing readable YAML, and loading a
codebook from a path or text."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import CodebookError

if TYPE_CHECKING:
    from .model import Codebook

logger = logging.getLogger(__name__)

DEFAULT_CODEBOOK_PATH = Path(__file__).parent.parent / "codebooks" / "default.yaml"


def load_codebook(path_or_text: str | os.PathLike[str], *, stored: bool = False) -> Codebook:
    """Load and validate a codebook.

    Args:
        path_or_text: A path (``Path``, or a one-line string naming an existing file or ending in
            ``.yaml``/``.yml``) or the YAML text itself.
        stored: The text is a version already stored in a database. Such a version must keep
            loading so that its tags resolve, even if it was saved before key bindings were
            compared case-insensitively and so binds, say, ``a`` and ``A`` to two codes; that
            one rule is then relaxed (``Codebook.keymap`` keeps the first binding).

    Returns:
        The validated codebook.

    Raises:
        CodebookError: The file is missing, not YAML, or breaks a codebook rule; the message
            names the file, the code or field, and the fix.
    """
    # Imported here, not at the top: pydantic and building the schema cost more than the rest
    # of the package, and code that only names the codebook types never pays for them.
    from .schema import parse_codebook

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
    codebook = parse_codebook(parse_yaml(text, source), source, stored=stored)
    logger.debug("Loaded codebook %s %s from %s", codebook.id, codebook.version, source)
    return codebook


def default_codebook() -> Codebook:
    """Load the codebook that ships with Bodycam Review (``codebooks/default.yaml``)."""
    return load_codebook(DEFAULT_CODEBOOK_PATH)


def parse_yaml(text: str, source: str) -> Any:
    """Return the plain data of a YAML text; errors name ``source``, the line and the fix."""
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


def dump_yaml(data: dict[str, Any]) -> str:
    """Return plain codebook data as YAML, in the given key order, long text folded."""
    return yaml.dump(
        data, Dumper=_ReadableDumper, sort_keys=False, allow_unicode=True, width=96, indent=2
    )


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
