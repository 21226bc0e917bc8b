"""``policykg load``, ``push`` and ``convert``: DATA into a store, onto a server, or into another RDF format."""

from __future__ import annotations

import click

from policykg.cli.common import AUTH_HELP
from policykg.core.formats import FORMAT_NAMES
from policykg.queries.convert import convert
from policykg.queries.data import load_into_store
from policykg.queries.remote import credentials_from_env, push

__all__ = ["convert_command", "load_command", "push_command"]


@click.command("load")
@click.argument("data", type=click.Path(exists=True))
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="persistent Oxigraph store directory (created if missing)")
def load_command(data: str, store_dir: str) -> None:
    """Load DATA (an RDF file, a build directory or a store) into a persistent store; each graph replaces its old
    copy."""
    summary = load_into_store(data, store_dir)
    click.echo(f"loaded {len(summary.graphs)} graph(s) into {summary.store} ({summary.quads} quads in the store)")


@click.command("push")
@click.argument("data", type=click.Path(exists=True))
@click.option("--endpoint", required=True, metavar="URL", help="SPARQL endpoint (updates go here without --graph-store)")
@click.option("--graph-store", metavar="URL", help="SPARQL 1.1 Graph Store HTTP Protocol URL: one PUT per graph")
@click.option("--timeout", type=float, default=60, show_default=True, help="seconds to wait for each request")
@click.option("--auth-scheme", type=click.Choice(["basic", "digest"]), default=None, help=AUTH_HELP)
@click.option("--no-ontology", is_flag=True, help="do not upload the ontology graph alongside the data")
def push_command(data, endpoint, graph_store, timeout, auth_scheme, no_ontology) -> None:
    """Upload each named graph of DATA to a SPARQL server, replacing the graph of the same name there."""
    summary = push(data, endpoint, graph_store=graph_store, auth=credentials_from_env(auth_scheme), timeout=timeout,
                   include_ontology=not no_ontology)
    how = "Graph Store Protocol" if summary.method == "gsp" else "SPARQL UPDATE"
    click.echo(f"pushed {len(summary.graphs)} graph(s), {summary.triples} triples, to {summary.endpoint} ({how})")


@click.command("convert")
@click.argument("source", metavar="IN", type=click.Path(dir_okay=False, allow_dash=True))
@click.argument("target", metavar="OUT", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--from", "from_format", type=click.Choice(FORMAT_NAMES), help="the format of IN (default: by its suffix)")
@click.option("--to", "to_format", type=click.Choice(FORMAT_NAMES), help="the format of OUT (default: by its suffix)")
def convert_command(source: str, target: str, from_format: str | None, to_format: str | None) -> None:
    """Convert the RDF file IN to OUT in another format ('-': stdin / stdout); named graphs are merged when OUT is
    Turtle, N-Triples or RDF/XML."""
    written = convert(source, target, from_format=from_format, to_format=to_format)
    if target != "-":
        click.echo(f"wrote {target}: {written.triples} statements ({written.format.label})")
