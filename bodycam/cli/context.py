"""What every command receives: the data directory, the acting user, the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.settings import default_actor

if TYPE_CHECKING:
    from ..models.store import Store


class Context:
    def __init__(self, data_dir: str | None, user: str | None):
        self.data_dir = data_dir
        self.user = user or default_actor()
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from ..models.store import Store

            self._store = Store(self.data_dir)
        return self._store
