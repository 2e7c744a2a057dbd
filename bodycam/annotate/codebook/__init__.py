"""Codebook: the versioned set of codes that coders tag footage with.

A codebook is a YAML file (see ``codebooks/default.yaml``) with categories, codes and the option
lists of the per-encounter form. The package splits the jobs:

- ``model``: the frozen dataclasses (``Codebook``, ``Code``, ``Category``) and their queries;
- ``schema``: the file's rules as pydantic models, building the dataclasses;
- ``messages``: pydantic's errors as "<file>: <where>: <problem>. Fix: <fix>" messages;
- ``edits``: add, rename, retire and rebind, each returning a new version;
- ``yaml_io``: reading and writing the YAML, and ``load_codebook``.

Storing versions is ``annotate.codebook_store``'s job.
"""

from __future__ import annotations

from .errors import CodebookError, UnknownCode
from .model import FORM_FIELD_TYPES, Category, Code, Codebook
from .yaml_io import DEFAULT_CODEBOOK_PATH, default_codebook, load_codebook

__all__ = [
    "DEFAULT_CODEBOOK_PATH",
    "FORM_FIELD_TYPES",
    "Category",
    "Code",
    "Codebook",
    "CodebookError",
    "UnknownCode",
    "default_codebook",
    "load_codebook",
]
