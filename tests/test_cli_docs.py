"""The README documents every command, and every command has help."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner
from support import REPO

from bodycam.cli import cli


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    # list_commands, not .commands: the root group's commands come from the stage registry.
    context = click.Context(group)
    found = []
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            found.extend(_commands(command, full + " "))
        else:
            found.append((full, command))
    return found


COMMANDS = _commands(cli)


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help_and_is_in_readme(name, command):
    assert command.help and len(command.help.strip()) > 20
    assert f"`bodycam {name}" in (REPO / "README.md").read_text()
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert result.output.startswith("Usage: cli " + name)


def test_readme_opens_with_the_two_commands():
    readme = (REPO / "README.md").read_text().splitlines()
    block = readme[readme.index("```bash") + 1 : readme.index("```bash") + 3]
    assert block == [
        "./scripts/setup && .venv/bin/bodycam demo",
        "./scripts/setup --test && .venv/bin/python -m pytest -n 3 --dist loadfile",
    ]
    ci = (REPO / ".ci" / "run").read_text()
    assert block[1] in ci


# Set by `bodycam serve` for its own child process, not by a user.
INTERNAL_VARIABLES = {"BODYCAM_OPEN_FOOTAGE"}


def test_readme_documents_every_environment_variable():
    """A setting the code reads but the README never names cannot be found by a user: the
    documented `--pyannote-pipeline DIR` was refused until BODYCAM_TRUSTED_PIPELINE_ROOTS was
    set, and nothing said so (#9)."""
    import re

    read = set()
    for source in (REPO / "bodycam").rglob("*.py"):
        read.update(re.findall(r"BODYCAM_[A-Z_]+", source.read_text()))
    readme = (REPO / "README.md").read_text()
    assert sorted(v for v in read - INTERNAL_VARIABLES if f"`{v}" not in readme) == []


def test_readme_says_a_local_pipeline_needs_a_trusted_root():
    from bodycam.transcribe.diarization.pyannote_backend import TRUSTED_ROOTS_ENV

    readme = (REPO / "README.md").read_text()
    paragraph = next(p for p in readme.split("\n\n") if "BODYCAM_PYANNOTE_PIPELINE" in p)
    assert f"`{TRUSTED_ROOTS_ENV}`" in paragraph
