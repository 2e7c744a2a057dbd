"""Who was there, only for those allowed to know (issue #10: researchers get "never
identities").

Every read of footage, transcripts, speakers, tags, history and suggestions that takes the
acting user passes what it returns through that user's :class:`Mask` for the footage. A user
allowed ``identity.view`` there (``permissions.RULES``: admins, supervisors of the unit,
trainers) gets an open mask, which changes nothing. Anyone else (researchers) gets the
de-identified export's own treatment, so what they see on a page is what their export holds:

- the footage, officer, incident and speakers become the export's pseudonyms (``F-``, ``O-``,
  ``I-``, ``S-`` from ``research/pseudonyms.py`` with the data directory's key), the unit is
  dropped and the recording time coarsened to its month;
- other users (who tagged, edited, saved a form) become coder pseudonyms ``C-``; the viewer
  stays themselves;
- spoken text, notes, evidence and change summaries go through the export's name redactor
  (``research/redact.py``): the footage's officer and speakers' names, names after titles,
  first names and numbers are replaced.

The CLI (a plain actor name) acts as admin and sees everything, as everywhere else.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import permissions

if TYPE_CHECKING:
    from ..research.pseudonyms import Pseudonymizer
    from ..research.redact import Redactor
    from .store import Store
    from .users import User

#: Actors the system itself records (the worker, an expired session): not people to hide.
SYSTEM_ACTORS = frozenset({"system", "worker"})


@dataclass
class Mask:
    """What one viewer sees of one footage's identities. ``names`` None: everything, as is."""

    viewer: str | None = None
    names: Pseudonymizer | None = None
    redactor: Redactor | None = None

    @property
    def hides(self) -> bool:
        return self.names is not None

    def footage(self, row: dict[str, Any]) -> dict[str, Any]:
        """A footage row with its identifying fields replaced (a copy; the input is kept)."""
        if not self.hides:
            return row
        from ..research.pseudonyms import month

        out = dict(row)
        pseudonym = self.names("footage", row["id"])
        for field, value in (
            ("original_name", pseudonym),
            ("officer", self.names("officer", row.get("officer"))),
            ("incident_id", self.names("incident", row.get("incident_id"))),
            ("unit", None),
            ("recorded_at", month(row.get("recorded_at"))),
            ("ingested_by", self.person(row.get("ingested_by"))),
            ("status_detail", self.text(row.get("status_detail"))),
            ("original_path", None),
            ("device", None),  # a camera serial is the officer's camera
            ("probe", None),  # container metadata: file names, device, GPS
        ):
            if field in out:
                out[field] = value
        return out

    def speaker(self, row: dict[str, Any]) -> dict[str, Any]:
        """A speaker row with its name replaced by the export's ``S-`` pseudonym (the
        diarizer's label, e.g. "Speaker 2", and the role stay: they name nobody)."""
        if not self.hides:
            return row
        from ..research.pseudonyms import speaker_key

        out = dict(row)
        out["name"] = self.names("speaker", speaker_key(row))
        if "updated_by" in out:
            out["updated_by"] = self.person(out["updated_by"])
        return out

    def person(self, name: str | None) -> str | None:
        """A user's name as this viewer may see it: themselves and the system as they are,
        anyone else as a coder pseudonym."""
        if not self.hides or not name or name == self.viewer or name in SYSTEM_ACTORS:
            return name
        return self.names("coder", name)

    def text(self, text: str | None) -> str | None:
        return text if not self.hides or text is None else self.redactor(text)

    def words(self, words: list[str]) -> list[str]:
        return words if not self.hides else self.redactor.words(words)

    def tag(self, row: dict[str, Any]) -> dict[str, Any]:
        """A tag row: its authors as :meth:`person`, the notes of anyone else's tag redacted
        (a viewer's own notes are theirs to read)."""
        if not self.hides:
            return row
        out = dict(row)
        for field in ("created_by", "updated_by", "deleted_by"):
            if field in out:
                out[field] = self.person(out[field])
        if row.get("created_by") != self.viewer and "notes" in out:
            out["notes"] = self.text(out["notes"])
        return out


OPEN = Mask()


def _viewer_hides_all(user: User) -> bool | None:
    """True: the role never sees identities; False: it sees them wherever it sees footage;
    None: it depends on the footage."""
    identity = permissions.RULES["identity.view"].get(user.role)
    if identity is None:
        return True
    if identity in (permissions.ANY, permissions.RULES["footage.view"].get(user.role)):
        return False
    return None


@functools.lru_cache(maxsize=8)
def _key(root: str) -> bytes:
    from ..research.pseudonyms import load_key

    return load_key(root)


def hides_identities(store: Store, viewer: str | User | None, footage_id: int) -> bool:
    """Whether ``viewer`` must not see who is in this footage. The CLI's plain name and no
    viewer (a caller that filters nothing) see everything."""
    if viewer is None or isinstance(viewer, str):
        return False
    if viewer.disabled:
        return True
    hides = _viewer_hides_all(viewer)
    if hides is None:
        resource = permissions.footage_resource(store, footage_id)
        hides = not permissions.allowed(viewer, "identity.view", resource)
    return hides


def pseudonymizer(store: Store):
    """The de-identified export's pseudonymizer for this data directory (same key)."""
    from pathlib import Path

    from ..research.pseudonyms import Pseudonymizer

    return Pseudonymizer(_key(str(Path(store.root).resolve())))


def mask_for(store: Store, viewer: str | User | None, footage_id: int) -> Mask:
    """The mask of ``viewer`` for one footage: :data:`OPEN` when it may see identities there.

    Raises:
        PermissionDenied: a signed-in ``viewer`` may not view this footage at all, so every
            read that takes the viewer is also a checked read.
    """
    if viewer is not None and not isinstance(viewer, str):
        permissions.require(viewer, "footage.view", permissions.footage_resource(store, footage_id))
    if not hides_identities(store, viewer, footage_id):
        return OPEN
    from ..research.redact import build_redactor

    footage = store.one("SELECT officer FROM footage WHERE id = ?", [footage_id]) or {}
    speakers = store.query(
        "SELECT name, role FROM speakers WHERE footage_id = ? AND name IS NOT NULL", [footage_id]
    )
    redactor = build_redactor([footage.get("officer")], ((s["name"], s["role"]) for s in speakers))
    return Mask(viewer.name, pseudonymizer(store), redactor)


def masked_footage(store: Store, viewer: str | User | None, rows: list[dict]) -> list[dict]:
    """Footage rows (``id`` and the footage columns) as ``viewer`` may see them."""
    if viewer is None or isinstance(viewer, str) or _viewer_hides_all(viewer) is False:
        return rows
    return [mask_for(store, viewer, row["id"]).footage(row) for row in rows]
