"""``policykg load``, ``push`` and ``convert``: DATA into a store, onto a server, or into another RDF format."""

from __future__ import annotations

import click

from policykg.cli.common import AUTH_HELP
from policykg.core.formats import FORMAT_NAMES
from policykg.queries.bulkload import DEFAULT_ISQL, bulk_load
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
@click.option("--endpoint", metavar="URL", help="SPARQL endpoint (updates go here without --graph-store)")
@click.option("--graph-store", metavar="URL", help="SPARQL 1.1 Graph Store HTTP Protocol URL: one PUT per graph")
@click.option("--timeout", type=float, default=60, show_default=True, help="seconds to wait for each request")
@click.option("--auth-scheme", type=click.Choice(["basic", "digest"]), default=None, help=AUTH_HELP)
@click.option("--no-ontology", is_flag=True, help="do not upload the ontology graph alongside the data")
@click.option("--bulk", is_flag=True, help="Virtuoso's bulk loader through isql-vt instead of HTTP (first loads of "
                                           "big corpora): N-Quads files into --bulk-dir, then ld_dir, "
                                           "rdf_loader_run and checkpoint")
@click.option("--bulk-dir", type=click.Path(file_okay=False), help="with --bulk: a folder the server may read "
                                                                     "(DirsAllowed) to write the N-Quads files into")
@click.option("--server-dir", metavar="PATH", help="with --bulk: --bulk-dir as the server sees it (default: the same)")
@click.option("--isql", metavar="HOST:PORT", default=DEFAULT_ISQL, show_default=True,
              help="with --bulk: Virtuoso's SQL port")
@click.option("--loaders", type=click.IntRange(min=1), default=1, show_default=True,
              help="with --bulk: loaders run at once (Virtuoso's advice: cores / 2.5)")
def push_command(data, endpoint, graph_store, timeout, auth_scheme, no_ontology, bulk, bulk_dir, server_dir, isql,
                 loaders) -> None:
    """Upload each named graph of DATA to a SPARQL server, replacing the graph of the same name there.

    With --bulk, Virtuoso's own bulk loader loads them instead (policykg.queries.bulkload.bulk_load).
    """
    if bulk:
        if not bulk_dir:
            raise click.UsageError("--bulk needs --bulk-dir DIR, a folder the server may read")
        summary = bulk_load(data, bulk_dir, isql=isql, server_directory=server_dir,
                            auth=credentials_from_env(auth_scheme), include_ontology=not no_ontology,
                            loaders=loaders, timeout=max(timeout, 3600))
        click.echo(f"loaded {len(summary.graphs)} graph(s), {summary.triples} triples, into Virtuoso at "
                   f"{summary.endpoint} (bulk loader)")
        return
    if not endpoint:
        raise click.UsageError("Missing option '--endpoint' (or give --bulk)")
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
