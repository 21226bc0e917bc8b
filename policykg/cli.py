"""The thin command line. Each command parses its options, calls one documented
library function and prints; all behaviour lives in the step packages.

Errors: a ``PolicyKGError`` (and OSError on user-given paths) becomes one line on
stderr and exit code 1; usage mistakes are Click's exit code 2. No tracebacks.
"""

from __future__ import annotations

import sys

import click

from policykg import __version__
from policykg.errors import PolicyKGError


class _Group(click.Group):
    """A group that turns library errors into one clear line and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            raise click.ClickException(str(exc)) from None
        except (FileNotFoundError, IsADirectoryError, PermissionError, NotADirectoryError) as exc:
            raise click.ClickException(f"{exc.strerror}: {exc.filename}") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def cli() -> None:
    """Turn Vietnamese policy documents into a knowledge graph of duties."""


# --- build (graph_builder) -------------------------------------------------------


# --- load / query / push (queries) ---------------------------------------------------


# --- viz / export (visualize) ---------------------------------------------------------


# --- ontology / validate (ontology) ---------------------------------------------------


def main() -> None:
    """Console entry point."""
    try:
        cli(prog_name="policykg")
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
