"""The parsed triples of the ontology files, by subject and predicate: what ``lexicon.load_lexicon`` reads the
vocabulary from (nothing else parses the files for recognition data).

>>> from policykg.ontology.files import CORE_FILE
>>> tr = Triples(parse_turtle(CORE_FILE))
>>> "Sở" in tr.texts(PKG + "StateBody", PKG + "headNoun")
True
>>> [a[PREFIXES["owl"] + "annotatedTarget"][0].value for a in tr.axioms(PKG + "headNoun")][:2]
['Ủy ban nhân dân', 'Bộ']
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from policykg.core.errors import InputError
from policykg.core.iris import PKG, PREFIXES

__all__ = ["Triples", "by_length", "local_name", "parse_turtle"]

RDF_TYPE = PREFIXES["rdf"] + "type"
_ALT = PREFIXES["skos"] + "altLabel"
_OWL = PREFIXES["owl"]


def local_name(iri: str) -> str | None:
    """The local name of a pkg: IRI ("StateBody"), None for any other IRI."""
    return iri[len(PKG):] if iri.startswith(PKG) else None


def parse_turtle(path: Path) -> list[ox.Triple]:
    """The triples of one Turtle file; raises ``InputError`` when it is missing or not valid Turtle."""
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise InputError(f"cannot read ontology file {path.name}: {exc}") from None


def by_length(items: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The (key, value) pairs, longest key first (then alphabetical): the order a longest match tries them in."""
    return tuple(sorted(items.items(), key=lambda kv: (-len(kv[0]), kv[0])))


class Triples:
    """The triples of the ontology files, by subject and predicate (named subjects), and the blank nodes that annotate
    an axiom (``[] a owl:Axiom ; owl:annotatedSource ... ; owl:annotatedProperty ... ; owl:annotatedTarget ...``)."""

    def __init__(self, triples: list[ox.Triple]):
        self.literals: dict[tuple[str, str], list[ox.Literal]] = {}
        self.links: dict[tuple[str, str], list[str]] = {}
        blank: dict[str, dict[str, list]] = {}
        for t in triples:
            if isinstance(t.subject, ox.BlankNode):
                blank.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)
                continue
            if not isinstance(t.subject, ox.NamedNode):
                continue
            key = (t.subject.value, t.predicate.value)
            if isinstance(t.object, ox.Literal):
                self.literals.setdefault(key, []).append(t.object)
            elif isinstance(t.object, ox.NamedNode):
                self.links.setdefault(key, []).append(t.object.value)
        self.subjects = sorted({s for s, _ in self.literals} | {s for s, _ in self.links})
        self._blank = list(blank.values())   # in file order (blank node ids differ between parses)

    def axioms(self, prop: str) -> list[dict[str, list]]:
        """The owl:Axiom annotations of the assertions of ``prop``, each as predicate -> objects (in file order)."""
        owl_axiom, annotated = ox.NamedNode(_OWL + "Axiom"), ox.NamedNode(prop)
        return [b for b in self._blank if owl_axiom in b.get(RDF_TYPE, ()) and b.get(_OWL + "annotatedProperty") == [annotated]]

    def label(self, iri: str, prop: str, lang: str) -> str | None:
        values = sorted(lit.value for lit in self.literals.get((iri, prop), []) if lit.language == lang)
        return values[0] if values else None

    def texts(self, iri: str, prop: str) -> tuple[str, ...]:
        return tuple(sorted({lit.value for lit in self.literals.get((iri, prop), [])}))

    def flag(self, iri: str, local: str) -> bool:
        return any(lit.value == "true" for lit in self.literals.get((iri, PKG + local), []))

    def alt_labels(self, iri: str) -> tuple[str, ...]:
        return tuple(sorted(lit.value for lit in self.literals.get((iri, _ALT), []) if lit.language == "vi"))

    def kinds(self, iri: str, among: set[str]) -> list[str]:
        """The local names of the pkg: classes ``iri`` is typed with, among ``among``, sorted."""
        return sorted(k for k in (local_name(t) for t in self.links.get((iri, RDF_TYPE), ())) if k in among)
