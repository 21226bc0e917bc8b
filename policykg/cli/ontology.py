"""``policykg validate`` and ``ontology docs``: the shapes on a file, and the ontology's documentation page."""

from __future__ import annotations

import click

from policykg.ontology.docs import write_docs
from policykg.ontology.validation import validate

__all__ = ["ontology_group", "validate_command"]


@click.command("validate")
@click.argument("file", type=click.Path(dir_okay=False))
def validate_command(file: str) -> None:
    """Check an RDF FILE (.ttl .trig .nq .nt .jsonld .rdf) against the ontology's SHACL shapes; exit 1 if it does not
    conform."""
    report = validate(file)
    click.echo(report.text())
    if not report.conforms:
        raise SystemExit(1)


@click.group("ontology")
def ontology_group() -> None:
    """The ontology: classes, properties, levels and actors."""


@ontology_group.command("docs")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="the HTML file to write")
def ontology_docs_command(out: str) -> None:
    """Write a self-contained HTML page documenting every class, property, level and actor."""
    counts = write_docs(out)
    click.echo(f"wrote {out}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
