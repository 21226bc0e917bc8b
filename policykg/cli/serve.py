"""``policykg serve``: the build's store behind a SPARQL server, with the workbench page
(:func:`policykg.visualize.serve.serve`)."""

from __future__ import annotations

import click

from policykg.visualize.serve import Served, serve

__all__ = ["serve_command"]


@click.command("serve")
@click.argument("data", type=click.Path(exists=True, file_okay=False))
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="port of the SPARQL endpoint (0: any free port)")
@click.option("--page-port", type=click.IntRange(0, 65535), default=None,
              help="port of the workbench page (default: --port + 1; 0: any free port)")
@click.option("--bind", default="127.0.0.1", show_default=True, metavar="HOST",
              help="address to listen on (keep 127.0.0.1 unless others should reach it)")
def serve_command(data: str, port: int, page_port: int | None, bind: str) -> None:
    """Serve DATA (a build dir or a store dir) read-only: a SPARQL 1.1 endpoint (Oxigraph, with its YASGUI page)
    and the workbench page (catalogue, documents, explorer), until Ctrl-C."""

    def ready(served: Served) -> None:
        click.echo(f"SPARQL endpoint: {served.endpoint}")
        click.echo(f"YASGUI:          {served.yasgui}")
        click.echo(f"Workbench:       {served.page}")
        click.echo("Press Ctrl-C to stop.")

    serve(data, port=port, bind=bind, page_port=page_port, ready=ready)
    click.echo("Stopped.")
