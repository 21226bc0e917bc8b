"""``policykg query``: a catalogue query, a query file or a SPARQL text on DATA or an endpoint."""

from __future__ import annotations

import sys

import click

from policykg.cli.common import AUTH_HELP, split_params
from policykg.queries.catalogue import catalogue_listing, load_query_file
from policykg.queries.engine import stream_query
from policykg.queries.results import FORMATS, TABLE_CELL_MAX

__all__ = ["query_command"]


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, callback=split_params, metavar="KEY=VALUE",
              help="a query parameter (repeatable): an IRI (actor:x, https://...) or a label, số hiệu or class "
                   "name of the thing it names")
@click.option("--file", "query_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="run the SPARQL in this file ('-': read it from stdin)")
@click.option("-e", "--expression", "expression", metavar="SPARQL", help="run this SPARQL text")
@click.option("--data", type=click.Path(exists=True), help="an RDF file, a build directory or a store directory")
@click.option("--endpoint", metavar="URL", help="a SPARQL endpoint instead of local data")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table for reading; json, xml (SPARQL results), csv or tsv for programs")
@click.option("--max-width", type=click.IntRange(min=2), default=TABLE_CELL_MAX, show_default=True, metavar="N",
              help="cut table cells longer than N characters")
@click.option("--no-truncate", is_flag=True, help="never cut table cells")
@click.option("--timeout", type=float, default=30, show_default=True, help="seconds to wait for an endpoint")
@click.option("--auth-scheme", type=click.Choice(["basic", "digest"]), default=None, help=AUTH_HELP)
@click.option("--list", "list_only", is_flag=True, help="list the catalogue of named queries and exit")
def query_command(name, params, query_file, expression, data, endpoint, fmt, max_width, no_truncate, timeout,
                  auth_scheme, list_only) -> None:
    """Run a catalogue query NAME (or --file Q.rq, or -e 'SPARQL') on --data PATH or --endpoint URL.

    A query of your own gets the PREFIX declarations the outputs use (pkg:, actor:, pkgid:, skos:, dcterms:,
    prov:, org:, eli:, rdf:, rdfs:, owl:, xsd: ...) for each prefix it does not declare itself.
    """
    if list_only:
        click.echo(catalogue_listing(), nl=False)
        return
    if sum(x is not None for x in (name, query_file, expression)) != 1:
        raise click.UsageError("give exactly one of NAME, --file Q.rq or -e 'SPARQL' (see --list)")
    query = load_query_file(query_file) if query_file else (expression if expression is not None else name)
    auth = None
    if endpoint:
        from policykg.queries.remote import credentials_from_env   # the HTTP stack, for endpoints only

        auth = credentials_from_env(auth_scheme)
    sys.stdout.flush()
    stream_query(query, params, sys.stdout.buffer, fmt, data=data, endpoint=endpoint, auth=auth, timeout=timeout,
                 max_width=None if no_truncate else max_width)
    sys.stdout.buffer.flush()
