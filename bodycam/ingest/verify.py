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
