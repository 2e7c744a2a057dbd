"""Re-hash every stored original and compare it with the hash recorded at ingest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

from ..models.store import Store
from .copy import sha256_file


@dataclass
class OriginalCheck:
    footage_id: int
    path: str
    status: str  # ok | missing | altered
    expected: str
    actual: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def verify_originals(
    store: Store, progress: Callable[[int, int], None] | None = None
) -> Iterator[OriginalCheck]:
    rows = store.query("SELECT id, sha256, original_path FROM footage ORDER BY id")
    for index, row in enumerate(rows):
        path = store.layout.absolute(row["original_path"])
        if progress:
            progress(index, len(rows))
        if not path.is_file():
            yield OriginalCheck(row["id"], str(path), "missing", row["sha256"])
            continue
        actual = sha256_file(path)
        status = "ok" if actual == row["sha256"] else "altered"
        yield OriginalCheck(row["id"], str(path), status, row["sha256"], actual)


@dataclass
class DerivedCheck:
    footage_id: int
    kind: str
    path: str
    status: str  # ok | missing | altered | swapped
    expected: str
    actual: str | None = None
    #: For ``swapped``: the footage whose derived file of this kind has the content found.
    belongs_to: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = f"{self.kind} of footage {self.footage_id} ({self.path})"
        if self.status == "swapped":
            return f"{where}: holds footage {self.belongs_to}'s {self.kind}, not its own"
        return f"{where}: {self.status}"


def verify_derived(store: Store) -> Iterator[DerivedCheck]:
    """Re-hash every derived file (proxy, audio, images...) against the hash recorded when it
    was made. A file whose content is another footage's derived file is named as swapped."""
    rows = store.query("SELECT footage_id, kind, path, sha256 FROM derived_files ORDER BY id")
    owners = {row["sha256"]: row["footage_id"] for row in rows}
    for row in rows:
        path = store.layout.absolute(row["path"])
        if not path.is_file():
            yield DerivedCheck(row["footage_id"], row["kind"], str(path), "missing", row["sha256"])
            continue
        actual = sha256_file(path)
        status, owner = "ok", None
        if actual != row["sha256"]:
            owner = owners.get(actual)
            status = "swapped" if owner is not None else "altered"
        yield DerivedCheck(
            row["footage_id"], row["kind"], str(path), status, row["sha256"], actual, owner
        )
