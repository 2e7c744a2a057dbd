"""The data directory, the database and the signing key are private from creation."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bodycam.models import Store
from bodycam.models.filemodes import loose_modes


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    """The loosest common umask, so the test shows the modes come from the code, not the umask."""
    previous = os.umask(0o002)
    yield
    os.umask(previous)


def test_new_data_dir_and_database_are_private(tmp_path, open_umask):
    store = Store(tmp_path / "fresh" / "data")
    with store.change("alice", "incident.create") as change:
        change.insert("incidents", {"id": "1", "created_at": change.at, "created_by": "a"})
    root = store.root
    assert mode(root) == 0o700
    assert mode(root / "bodycam.db") == 0o600
    assert mode(f"{root / 'bodycam.db'}-wal") == 0o600
    assert mode(f"{root / 'bodycam.db'}-shm") == 0o600
    assert loose_modes(store.layout) == []
    store.close()


def test_looser_modes_are_reported_with_the_fix(store):
    store.root.chmod(0o755)
    store.layout.database.chmod(0o644)
    store.layout.secret_key.write_bytes(b"k" * 32)
    store.layout.secret_key.chmod(0o640)
    warnings = loose_modes(store.layout)
    assert warnings == [
        f"{store.root} has mode 0755: other accounts on this machine may read it; "
        f"run `chmod 700 {store.root}`",
        f"{store.layout.database} has mode 0644: other accounts on this machine may read it; "
        f"run `chmod 600 {store.layout.database}`",
        f"{store.layout.secret_key} has mode 0640: other accounts on this machine may read it; "
        f"run `chmod 600 {store.layout.secret_key}`",
    ]


def test_existing_data_dir_keeps_the_operators_mode(tmp_path):
    existing = tmp_path / "shared"
    existing.mkdir(mode=0o750)
    existing.chmod(0o750)
    Store(existing).close()
    assert mode(existing) == 0o750
    assert mode(existing / "bodycam.db") == 0o600


def test_a_fresh_clones_data_dir_is_tightened_before_first_use(tmp_path):
    """git checks data/ out with its README at 0755: that is no operator's choice, so the first
    run makes it 0700 and prints no loose-mode warning; with anything else in it, it is."""
    from bodycam.models.filemodes import make_private_dir
    from bodycam.models.settings import Layout

    readme = (Path(__file__).parents[1] / "data" / "README.md").read_text()
    clone = tmp_path / "clone" / "data"
    clone.mkdir(parents=True)
    (clone / "README.md").write_text(readme)
    clone.chmod(0o755)
    store = Store(clone)
    assert mode(clone) == 0o700
    assert loose_modes(store.layout) == []
    store.close()
    used = tmp_path / "used"
    used.mkdir()
    (used / "README.md").write_text(readme)
    (used / "notes.txt").write_text("the operator's")
    used.chmod(0o755)
    make_private_dir(used)
    assert mode(used) == 0o755
    assert loose_modes(Layout(used)) != []
    other = tmp_path / "other"
    other.mkdir()
    (other / "README.md").write_text("# my own notes\n")
    other.chmod(0o755)
    make_private_dir(other)
    assert mode(other) == 0o755
