"""The ``bodycam`` command: the root group, whose subcommands each stage registers (see
bodycam/registry.py), and the one place that turns domain errors into messages.

One module per stage beside this one; each parses arguments, calls its stage and prints.
"""

from __future__ import annotations

import click

from .. import registry
from ..core.errors import BodycamError
from ..models.settings import DATA_ENV, USER_ENV
from .context import Context


class StageGroup(click.Group):
    """The root group: its commands come from the CLI modules stages register, imported only
    when the command line is parsed."""

    def _stage_commands(self) -> dict[str, click.Command]:
        found: dict[str, click.Command] = {}
        for module_name in registry.cli_modules():
            for command in registry.resolve(module_name).COMMANDS:
                if command.name in found or command.name in self.commands:
                    raise RuntimeError(
                        f"command {command.name!r} of {module_name} is already defined: "
                        "rename one of them"
                    )
                found[command.name] = command
        return found

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self._stage_commands()})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return self.commands.get(name) or self._stage_commands().get(name)

    def invoke(self, ctx: click.Context):
        # Domain errors become one-line ``Error: ...`` messages with exit code 1, no traceback.
        try:
            return super().invoke(ctx)
        except BodycamError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=StageGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    envvar=DATA_ENV,
    type=click.Path(file_okay=False),
    help=f"Data directory (default ./data; env {DATA_ENV}).",
)
@click.option("--user", envvar=USER_ENV, help=f"Who is acting, for the audit log (env {USER_ENV}).")
@click.version_option(package_name="bodycam-review")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, user: str | None) -> None:
    """Bodycam Review: ingest, transcribe, review and tag body-worn camera footage."""
    ctx.obj = Context(data_dir, user)
