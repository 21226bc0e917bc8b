"""Check instance data against the SHACL shapes of ``ontology/shapes.ttl``.

pySHACL runs with ``core.ttl`` as the ontology graph and **no inference**: the shapes only
need the class hierarchy (``sh:class pkg:Document`` must accept a ``pkg:Directive``), which
SHACL already follows through ``rdfs:subClassOf`` in the mixed-in ontology. RDFS inference
would also type nodes from property domains and ranges, which hides exactly the mistakes
the shapes are there to find (an untyped actor would silently become a ``pkg:Actor``) and
costs time on every build. The actor vocabulary (actors.ttl) is not mixed in: every graph
copies the types and labels of the actors it mentions, so it must stand alone.

>>> report = validate(_EXAMPLE)
>>> report.conforms, len(report.violations)
(False, 1)
>>> print(report.violations[0].message)
skos:prefLabel without a language tag: write "..."@vi (or @en).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from policykg.errors import InputError
from policykg.iris import PREFIXES

_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
_DATASET_FORMATS = {"trig", "nquads", "json-ld"}

_EXAMPLE = """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/policykg/actor/bo-y-te> a pkg:StateBody ; skos:prefLabel "Bộ Y tế" .
"""


@dataclass(frozen=True, order=True)
class Violation:
    """One failed rule: the node it concerns, the property path, the message, severity and shape (compact IRIs)."""

    focus: str
    path: str
    message: str
    severity: str
    shape: str

    def text(self) -> str:
        """Two readable lines: severity, node and path; then the message and the shape that fired."""
        where = f"{self.focus}" + (f"  {self.path}" if self.path else "")
        return f"{self.severity}: {where}\n    {self.message}  [{self.shape}]"


@dataclass
class ValidationReport:
    """The result of ``validate``: ``conforms`` and the sorted ``violations`` (warnings included)."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def summary(self) -> str:
        """One line: whether the data conforms and how many problems on how many nodes."""
        if self.conforms:
            return f"Conforms: {self.triples} triples checked, no violations."
        nodes = len({v.focus for v in self.violations})
        return f"Does not conform: {len(self.violations)} violation(s) on {nodes} node(s) in {self.triples} triples."

    def text(self) -> str:
        """The violations, one block each in a stable order, followed by the summary line."""
        blocks = [v.text() for v in self.violations]
        return "\n".join([*blocks, self.summary()])


def _compact(term: rdflib.term.Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.BNode):
        return "[blank node]"
    if isinstance(term, rdflib.Literal):
        return repr(str(term))
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and text[len(ns):] and "/" not in text[len(ns):] and "#" not in text[len(ns):]:
            return f"{prefix}:{text[len(ns):]}"
    if text.startswith("https://w3id.org/policykg/shapes#"):
        return "pkgsh:" + text.split("#", 1)[1]
    return f"<{text}>"


def _compact_path(graph: rdflib.Graph, path: rdflib.term.Node | None) -> str:
    if isinstance(path, rdflib.BNode):
        inverse = graph.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _compact(inverse)
    return _compact(path)


@functools.cache
def _shapes_graph() -> rdflib.Graph:
    from ontology import SHAPES_FILE

    return rdflib.Graph().parse(SHAPES_FILE, format="turtle")


@functools.cache
def _ontology_graph() -> rdflib.Graph:
    from ontology import ONTOLOGY_FILES

    return rdflib.Graph().parse(ONTOLOGY_FILES[0], format="turtle")  # core.ttl: the class hierarchy


def _named_shape(shapes: rdflib.Graph, shape: rdflib.term.Node | None) -> str:
    """Blank property shapes are shown as the named node shape holding them (blank labels are not stable)."""
    if isinstance(shape, rdflib.BNode):
        for parent in sorted(shapes.subjects(SH.property, shape)) + sorted(shapes.subjects(SH.sparql, shape)):
            return _compact(parent)
        return "[anonymous shape]"
    return _compact(shape)


def _union_graph(data) -> rdflib.Graph:
    """A plain Graph holding every triple of ``data`` (the union of all named graphs for a dataset)."""
    if isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        union = rdflib.Graph()
        for s, p, o, _g in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    if isinstance(data, rdflib.Graph):
        return data
    return _read(Path(os.fspath(data)))


def _read(path: Path) -> rdflib.Graph:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot validate {path.name}: unknown RDF format (use .ttl, .trig, .nq, .nt or .jsonld)")
    if not path.is_file():
        raise InputError(f"cannot validate {path}: no such file")
    try:
        if fmt in _DATASET_FORMATS:
            dataset = rdflib.Dataset()
            dataset.parse(path, format=fmt)
            return _union_graph(dataset)
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types; all mean "not readable RDF"
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot parse {path.name} as {fmt}: {first_line}") from None


def validate(data: str | os.PathLike | rdflib.Graph | rdflib.Dataset) -> ValidationReport:
    """Validate instance data against ``shapes.ttl``.

    Takes a path (.ttl, .trig, .nq, .nt, .jsonld, .rdf), a Turtle string is NOT accepted as a path, or an
    rdflib Graph / Dataset (for a dataset the union of its graphs is checked). Returns a
    ``ValidationReport`` whose violations are sorted. Raises ``InputError`` for a missing, unknown
    or unparsable file.

    >>> validate(rdflib.Graph()).conforms
    True
    """
    from pyshacl import validate as shacl_validate

    if isinstance(data, str) and data.lstrip().startswith("@prefix"):
        graph = rdflib.Graph().parse(data=data, format="turtle")  # doctest/demo convenience: inline Turtle
    else:
        graph = _union_graph(data)
    shapes = _shapes_graph()
    conforms, results, _text = shacl_validate(
        graph,
        shacl_graph=shapes,
        ont_graph=_ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    violations = set()
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity)
        violations.add(Violation(
            focus=_compact(results.value(result, SH.focusNode)),
            path=_compact_path(results, results.value(result, SH.resultPath)),
            message=messages[0] if messages else "(no message)",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=_named_shape(shapes, results.value(result, SH.sourceShape)),
        ))
    return ValidationReport(conforms=bool(conforms), violations=sorted(violations), triples=len(graph))
