"""The command line, the top layer. Each command parses its options, calls one documented library function and
prints; all behaviour lives in the layers below.

Errors: a ``PolicyKGError`` (and OSError on user-given paths) becomes one line on stderr and exit code 1;
usage mistakes are Click's exit code 2. No tracebacks.
"""

from __future__ import annotations

import sys

import click

from policykg import __version__
from policykg.cli.build import build_command
from policykg.cli.common import PolicyKGGroup
from policykg.cli.data import convert_command, load_command, push_command
from policykg.cli.ontology import ontology_group, validate_command
from policykg.cli.query import query_command
from policykg.cli.serve import serve_command
from policykg.cli.views import export_command, viz_command

__all__ = ["cli", "main"]


@click.group(cls=PolicyKGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def cli() -> None:
    """Turn Vietnamese policy documents into a knowledge graph of duties."""


for _command in (build_command, load_command, query_command, push_command, convert_command, viz_command,
                 export_command, serve_command, validate_command, ontology_group):
    cli.add_command(_command)


def main() -> None:
    """Console entry point."""
    try:
        cli(prog_name="policykg")
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
