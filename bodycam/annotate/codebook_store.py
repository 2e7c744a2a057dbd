"""Codebook versions in the database. The shipped YAML is version one; every admin edit
stores a complete new version, and tags point at the version they were made with."""

from __future__ import annotations

import functools
from typing import Any

from ..models.permissions import acting
from ..models.store import Store
from ..models.users import User
from .codebook import Code, Codebook, default_codebook, load_codebook


@functools.lru_cache(maxsize=64)
def _parse(content: str) -> Codebook:
    # Stored versions must keep loading so their tags resolve (see load_codebook).
    return load_codebook(content, stored=True)


def save_version(store: Store, codebook: Codebook, actor: str | User) -> int:
    """Store a codebook version (idempotent for an identical one); return its row id. A
    signed-in ``actor`` must be allowed ``codebook.edit`` (admins)."""
    actor = acting(actor, "codebook.edit")
    existing = store.one(
        "SELECT id, fingerprint FROM codebooks WHERE codebook = ? AND version = ?",
        [codebook.id, codebook.version],
    )
    if existing is not None:
        if existing["fingerprint"] != codebook.fingerprint():
            raise ValueError(
                f"codebook {codebook.id} version {codebook.version} is already stored with "
                "different content: bump the version"
            )
        return existing["id"]
    with store.change(actor, "codebook.version") as change:
        return change.insert(
            "codebooks",
            {
                "codebook": codebook.id,
                "version": codebook.version,
                "fingerprint": codebook.fingerprint(),
                "content": codebook.to_yaml(),
                "created_at": change.at,
                "created_by": actor,
            },
        )


def current(store: Store) -> tuple[int, Codebook]:
    """The newest stored version; the shipped default is stored on first use."""
    row = store.one("SELECT id, content FROM codebooks ORDER BY id DESC LIMIT 1")
    if row is None:
        codebook = default_codebook()
        return save_version(store, codebook, "system"), codebook
    return row["id"], _parse(row["content"])


def by_id(store: Store, codebook_row_id: int) -> Codebook:
    row = store.get("codebooks", codebook_row_id)
    return _parse(row["content"])


def versions(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, codebook, version, fingerprint, created_at, created_by FROM codebooks"
        " ORDER BY id"
    )


def add_code(store: Store, code: Code, actor: str | User) -> Codebook:
    acting(actor, "codebook.edit")  # before the edit is even computed
    _, codebook = current(store)
    edited = codebook.with_code_added(code)
    save_version(store, edited, actor)
    return edited


def rename_code(
    store: Store, code_id: str, label: str, actor: str | User, definition: str | None = None
) -> Codebook:
    acting(actor, "codebook.edit")
    _, codebook = current(store)
    edited = codebook.with_code_renamed(code_id, label, definition)
    save_version(store, edited, actor)
    return edited


def retire_code(store: Store, code_id: str, actor: str | User) -> Codebook:
    acting(actor, "codebook.edit")
    _, codebook = current(store)
    edited = codebook.with_code_retired(code_id)
    save_version(store, edited, actor)
    return edited


def bind_key(store: Store, code_id: str, key: str | None, actor: str | User) -> Codebook:
    acting(actor, "codebook.edit")
    _, codebook = current(store)
    edited = codebook.with_key_bound(code_id, key)
    save_version(store, edited, actor)
    return edited
