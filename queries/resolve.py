"""Labels for IRIs: wherever a parameter takes an IRI, a label, an alternative label, a số hiệu or a class name
names it too. This is the one place that turns such text into the IRI it names, for the catalogue's parameters
(embedded or remote) and for the views' ``--document``.

Resolution is case-insensitive and runs as SPARQL on the data itself (:data:`RESOLVE_LABEL`), so it means the
same thing on the embedded store and on a SPARQL server. A text that reads as a document number is also tried in
its canonical form ("09-CT/T.Ư" -> "09-CT/TW").

>>> label_forms("09-CT/T.Ư"), label_forms("Công an nhân dân")
(['09-CT/T.Ư', '09-CT/TW'], ['Công an nhân dân'])
"""

from __future__ import annotations

import re
from typing import Callable

import pyoxigraph as ox

from policykg.core.iris import normalize_document_number
from policykg.queries.params import iri_or_none, make_iri

__all__ = ["RESOLVE_LABEL", "label_forms", "iris_named", "resolve_iri"]

# A label, alternative label, số hiệu or class name -> the IRI it names (case-insensitive). Parameters that
# take an IRI are resolved with this first, so the catalogue queries only ever see IRIs: their triple patterns
# then start from a constant (fast), and no query filters on a literal parameter.
RESOLVE_LABEL = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?label ?iri WHERE {
  { ?iri skos:prefLabel|skos:altLabel|rdfs:label|dcterms:identifier ?text . }
  UNION { ?iri a owl:Class . BIND(STRAFTER(STR(?iri), "#") AS ?text) }
  FILTER(isIRI(?iri))
  # LCASE(?label), never STR(?label): Virtuoso 7 garbles STR() of non-ASCII literals from the query text
  FILTER(LCASE(STR(?text)) = LCASE(?label))
}
ORDER BY ?iri
LIMIT 20
"""

# Runs RESOLVE_LABEL with ?label bound to a literal and returns the IRIs of the ?iri column.
Select = Callable[[ox.Literal], list[str]]

_NUMBER_LIKE = re.compile(r"^\s*\d+\s*[-/]")


def label_forms(text: str) -> list[str]:
    """The forms of ``text`` to look up: itself, and its canonical số hiệu when it reads as a document number."""
    forms = [text]
    if _NUMBER_LIKE.match(text):
        canonical = normalize_document_number(text)
        if canonical != text:
            forms.append(canonical)
    return forms


def iris_named(text: str, select: Select) -> list[str]:
    """The IRIs whose label, alternative label, số hiệu or class name is ``text`` (first form that names any)."""
    for form in label_forms(text):
        found = select(ox.Literal(form))
        if found:
            return found
    return []


def resolve_iri(text: str, select: Select) -> list[str]:
    """The IRIs ``text`` denotes: an IRI or a project CURIE (validated) stands for itself; else what it names.

    ``select`` runs :data:`RESOLVE_LABEL` on the data at hand (embedded store or endpoint).
    """
    iri = iri_or_none(text)
    if iri is not None:
        return [make_iri(iri).value]
    return iris_named(text, select)
