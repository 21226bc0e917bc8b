"""The thin command line. Each command parses its options, calls one documented
library function and prints; all behaviour lives in the step packages.

Errors: a ``PolicyKGError`` (and OSError on user-given paths) becomes one line on
stderr and exit code 1; usage mistakes are Click's exit code 2. No tracebacks.
"""

from __future__ import annotations

import sys

import click

from policykg import __version__
from policykg.core.errors import PolicyKGError


class _Group(click.Group):
    """A group that turns library errors into one clear line and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            raise click.ClickException(str(exc)) from None
        except (FileNotFoundError, FileExistsError, IsADirectoryError, PermissionError, NotADirectoryError) as exc:
            raise click.ClickException(f"{exc.strerror}: {exc.filename}") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def cli() -> None:
    """Turn Vietnamese policy documents into a knowledge graph of duties."""


# --- build (graph_builder) -------------------------------------------------------


@cli.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "-o", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output directory (graph.trig, graph.ttl, report.html, store/, ...).")
@click.option("--format", "-f", "formats", multiple=True,
              type=click.Choice(["ttl", "trig", "nt", "nq", "jsonld"], case_sensitive=False),
              help="Also write OUT/graph.<format> (repeatable); graph.trig and graph.ttl are always written.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--no-viz", is_flag=True, help="Do not write OUT/graph.html.")
@click.option("--force", is_flag=True, help="Rebuild every document, even unchanged ones.")
@click.option("--prune", is_flag=True, help="Remove documents that are no longer among the inputs.")
def build_command(inputs, out_dir, formats, jobs, quiet, no_viz, force, prune) -> None:
    """Build the knowledge graph of INPUT files and directories ('-' = stdin) into --out."""
    from policykg.graph_builder.pipeline import build_corpus

    summary = build_corpus(list(inputs), out_dir, formats=("trig", "ttl", *formats), jobs=jobs, quiet=quiet,
                           incremental=not force, viz=not no_viz, prune=prune)
    click.echo(summary.text())
    if not summary.ok:
        for _name, message in summary.failed:
            click.echo(f"Error: {message}", err=True)
        raise SystemExit(1)


# --- load / query / push (queries) ---------------------------------------------------

_AUTH_HELP = ("authentication scheme for the credentials in POLICYKG_ENDPOINT_USER / POLICYKG_ENDPOINT_PASSWORD "
              "(default: POLICYKG_ENDPOINT_AUTH or basic)")


def _split_params(ctx, param, values) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r}: use KEY=VALUE")
        params[key.strip()] = value
    return params


@cli.command("load")
@click.argument("data", type=click.Path(exists=True))
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="persistent Oxigraph store directory (created if missing)")
def load_command(data: str, store_dir: str) -> None:
    """Load DATA (an RDF file or a build directory) into a persistent store; each graph replaces its old copy."""
    from policykg.queries.engine import load_into_store

    summary = load_into_store(data, store_dir)
    click.echo(f"loaded {len(summary.graphs)} graph(s) into {summary.store} ({summary.quads} quads in the store)")


@cli.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, callback=_split_params, metavar="KEY=VALUE",
              help="a query parameter (repeatable); an IRI (actor:x, https://...) or text matched against labels")
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False), help="run the SPARQL in this file")
@click.option("-e", "--expression", "expression", metavar="SPARQL", help="run this SPARQL text")
@click.option("--data", type=click.Path(exists=True), help="an RDF file, a build directory or a store directory")
@click.option("--endpoint", metavar="URL", help="a SPARQL endpoint instead of local data")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table", show_default=True)
@click.option("--timeout", type=float, default=30, show_default=True, help="seconds to wait for an endpoint")
@click.option("--auth-scheme", type=click.Choice(["basic", "digest"]), default=None, help=_AUTH_HELP)
@click.option("--list", "list_only", is_flag=True, help="list the catalogue of named queries and exit")
def query_command(name, params, query_file, expression, data, endpoint, fmt, timeout, auth_scheme, list_only) -> None:
    """Run a catalogue query NAME (or --file Q.rq, or -e 'SPARQL') on --data PATH or --endpoint URL."""
    from policykg.queries.catalogue import catalogue_listing, load_query_file
    from policykg.queries.engine import run_query
    from policykg.queries.remote import credentials_from_env

    if list_only:
        click.echo(catalogue_listing(), nl=False)
        return
    if sum(x is not None for x in (name, query_file, expression)) != 1:
        raise click.UsageError("give exactly one of NAME, --file Q.rq or -e 'SPARQL' (see --list)")
    query = load_query_file(query_file) if query_file else (expression if expression is not None else name)
    auth = credentials_from_env(auth_scheme) if endpoint else None
    result = run_query(query, params, data=data, endpoint=endpoint, auth=auth, timeout=timeout)
    click.echo(result.serialize(fmt), nl=False)


@cli.command("push")
@click.argument("data", type=click.Path(exists=True))
@click.option("--endpoint", required=True, metavar="URL", help="SPARQL endpoint (updates go here without --graph-store)")
@click.option("--graph-store", metavar="URL", help="SPARQL 1.1 Graph Store HTTP Protocol URL: one PUT per graph")
@click.option("--timeout", type=float, default=60, show_default=True, help="seconds to wait for each request")
@click.option("--auth-scheme", type=click.Choice(["basic", "digest"]), default=None, help=_AUTH_HELP)
@click.option("--no-ontology", is_flag=True, help="do not upload the ontology graph alongside the data")
def push_command(data, endpoint, graph_store, timeout, auth_scheme, no_ontology) -> None:
    """Upload each named graph of DATA to a SPARQL server, replacing the graph of the same name there."""
    from policykg.queries.remote import credentials_from_env, push

    summary = push(data, endpoint, graph_store=graph_store, auth=credentials_from_env(auth_scheme), timeout=timeout,
                   include_ontology=not no_ontology)
    how = "Graph Store Protocol" if summary.method == "gsp" else "SPARQL UPDATE"
    click.echo(f"pushed {len(summary.graphs)} graph(s), {summary.triples} triples, to {summary.endpoint} ({how})")


# --- viz / export (visualize) ---------------------------------------------------------


@cli.command("viz")
@click.argument("data", type=click.Path(exists=True))
@click.option("--view", type=click.Choice(["actors", "full", "document"]), default="actors", show_default=True,
              help="actor network, full graph, or one document's graph")
@click.option("--document", "document", metavar="IRI_OR_NUMBER",
              help="the document (its IRI or số hiệu, e.g. 09-CT/TW): required by --view document, filters the others")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, help="initial label language")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="the HTML file to write")
def viz_command(data: str, view: str, document: str | None, lang: str, out: str) -> None:
    """Write an interactive, self-contained HTML view of DATA (a build dir, a store dir or an RDF file)."""
    from policykg.visualize.views import write_view_from

    graph = write_view_from(data, view, out, document=document, lang=lang)
    click.echo(f"wrote {out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


@cli.command("export")
@click.argument("data", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "svg", "png"]), required=True,
              help="GraphML/GEXF for Gephi or Cytoscape, SVG/PNG picture (PNG needs Chromium)")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="the file to write")
def export_command(data: str, fmt: str, out: str) -> None:
    """Export the actor network of DATA (a build dir, a store dir or an RDF file)."""
    from policykg.visualize.exports import export_from

    graph = export_from(data, fmt, out)
    click.echo(f"wrote {out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


# --- ontology / validate (ontology) ---------------------------------------------------


@cli.command("validate")
@click.argument("file", type=click.Path(dir_okay=False))
def validate_command(file: str) -> None:
    """Check an RDF FILE (.ttl .trig .nq .nt .jsonld) against the ontology's SHACL shapes; exit 1 if it does not conform."""
    from policykg.ontology.validation import validate

    report = validate(file)
    click.echo(report.text())
    if not report.conforms:
        raise SystemExit(1)


@cli.group("ontology")
def ontology_group() -> None:
    """The ontology: classes, properties, levels and actors."""


@ontology_group.command("docs")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="the HTML file to write")
def ontology_docs_command(out: str) -> None:
    """Write a self-contained HTML page documenting every class, property, level and actor."""
    from policykg.ontology.docs import write_docs

    counts = write_docs(out)
    click.echo(f"wrote {out}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))


def main() -> None:
    """Console entry point."""
    try:
        cli(prog_name="policykg")
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
