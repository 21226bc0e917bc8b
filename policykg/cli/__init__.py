"""The command line, the top layer. Each command parses its options, calls one documented library function and
prints; all behaviour lives in the layers below.

Errors: a ``PolicyKGError`` (and OSError on user-given paths) becomes one line on stderr and exit code 1;
usage mistakes are Click's exit code 2. No tracebacks.

Each command's module is imported only when that command runs (or help lists it): ``policykg query`` never loads
the builder, the views or their libraries, so a selective query answers in a fraction of a second.
"""

from __future__ import annotations

import importlib
import sys

import click

from policykg import __version__
from policykg.cli.common import PolicyKGGroup

__all__ = ["COMMANDS", "cli", "main"]

# command name -> (module of policykg.cli, attribute): imported on use
COMMANDS = {"build": ("build", "build_command"), "load": ("data", "load_command"), "query": ("query", "query_command"),
            "push": ("data", "push_command"), "convert": ("data", "convert_command"), "viz": ("views", "viz_command"),
            "export": ("views", "export_command"), "serve": ("serve", "serve_command"),
            "validate": ("ontology", "validate_command"), "ontology": ("ontology", "ontology_group")}


class _LazyGroup(PolicyKGGroup):
    """The top group: knows its commands by name and imports a command's module when the command is wanted."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name]
        return getattr(importlib.import_module(f"policykg.cli.{module}"), attribute)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def cli() -> None:
    """Turn Vietnamese policy documents into a knowledge graph of duties."""


def main() -> None:
    """Console entry point. Ctrl-C anywhere (also while Click reads the options) is "Interrupted." and exit 130."""
    try:
        code = cli.main(prog_name="policykg", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
