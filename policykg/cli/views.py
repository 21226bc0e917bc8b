"""``policykg viz`` and ``export``: the interactive view, and exports for other tools."""

from __future__ import annotations

import click

from policykg.visualize.exports import FORMATS, export_from
from policykg.visualize.views import write_view_from

__all__ = ["export_command", "viz_command"]


@click.command("viz")
@click.argument("data", type=click.Path(exists=True))
@click.option("--view", type=click.Choice(["actors", "full", "document"]), default="actors", show_default=True,
              help="actor network, full graph, or one document's graph")
@click.option("--document", "document", metavar="IRI_OR_LABEL",
              help="the document: its IRI, số hiệu (e.g. 09-CT/TW) or another label; required by --view document, "
                   "filters the others")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, help="initial label language")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="the HTML file to write")
def viz_command(data: str, view: str, document: str | None, lang: str, out: str) -> None:
    """Write an interactive, offline HTML view of DATA (a build dir, a store dir or an RDF file); a view of more
    than 300 nodes keeps its duties and quotes in FILE-details/ beside it."""
    graph = write_view_from(data, view, out, document=document, lang=lang)
    click.echo(f"wrote {out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


@click.command("export")
@click.argument("data", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="the actor network as GraphML/GEXF (Gephi, Cytoscape) or an SVG/PNG picture (PNG needs Chromium); "
                   "or the graphs themselves in RDF (rdfxml: RDF/XML)")
@click.option("--view", type=click.Choice(["actors", "full", "document"]), default="actors", show_default=True,
              help="the network to export (graphml, gexf, svg, png): actors, the full graph, or one document's")
@click.option("--document", "document", metavar="IRI_OR_LABEL",
              help="the document: its IRI, số hiệu or another label; required by --view document, filters the others")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="the file to write")
def export_command(data: str, fmt: str, view: str, document: str | None, out: str) -> None:
    """Export DATA (a build dir, a store dir or an RDF file): a network (actors, full or one document's), or its
    graphs in an RDF format."""
    click.echo(f"wrote {out}: {export_from(data, fmt, out, view=view, document=document)}")
