"""Check instance data against the SHACL shapes of ``ontology/shapes.ttl``.

pySHACL runs with the class hierarchy of ``core.ttl`` as the ontology graph and **no inference**: the shapes only
need the class hierarchy (``sh:class pkg:Document`` must accept a ``pkg:Directive``), which
SHACL already follows through ``rdfs:subClassOf`` in the mixed-in ontology. RDFS inference
would also type nodes from property domains and ranges, which hides exactly the mistakes
the shapes are there to find (an untyped actor would silently become a ``pkg:Actor``) and
costs time on every build. The actor vocabulary (actors.ttl) is not mixed in: every graph
copies the types and labels of the actors it mentions, so it must stand alone.

>>> import rdflib
>>> report = validate(rdflib.Graph().parse(data=_EXAMPLE, format="turtle"))
>>> report.conforms
False
>>> for violation in report.violations: print(violation.message)
Actor has no Vietnamese skos:prefLabel ("..."@vi).
skos:prefLabel without a language tag: write "..."@vi (or @en).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from policykg.core.errors import InputError
from policykg.core.formats import format_of_suffix
from policykg.core.iris import PREFIXES
from policykg.ontology.files import CORE_FILE, SHAPES_FILE

_SH = "http://www.w3.org/ns/shacl#"

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


def _compact(term) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.BNode):
        return "[blank node]"
    if isinstance(term, rdflib.Literal):
        return repr(str(term))
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and text[len(ns):] and "#" not in text[len(ns):]:  # display only: pkgid:ct09/task/5
            return f"{prefix}:{text[len(ns):]}"
    if text.startswith("https://w3id.org/policykg/shapes#"):
        return "pkgsh:" + text.split("#", 1)[1]
    return f"<{text}>"


def _compact_path(graph, path) -> str:
    if isinstance(path, rdflib.BNode):
        inverse = graph.value(path, rdflib.URIRef(_SH + "inversePath"))
        if inverse is not None:
            return "^" + _compact(inverse)
    return _compact(path)


@functools.cache
def _shapes_graph():
    return rdflib.Graph().parse(SHAPES_FILE, format="turtle")


@functools.cache
def _ontology_graph():
    """Only the class hierarchy of core.ttl: all the shapes need, and pySHACL copies it into every data graph."""
    core = rdflib.Graph().parse(CORE_FILE, format="turtle")
    hierarchy = rdflib.Graph()
    for cls, parent in core.subject_objects(rdflib.RDFS.subClassOf):
        if isinstance(cls, rdflib.URIRef) and isinstance(parent, rdflib.URIRef):
            hierarchy.add((cls, rdflib.RDFS.subClassOf, parent))
            hierarchy.add((cls, rdflib.RDF.type, rdflib.OWL.Class))
    return hierarchy


def _named_shape(shapes, shape) -> str:
    """Blank property shapes are shown as the named node shape holding them (blank labels are not stable)."""
    if isinstance(shape, rdflib.BNode):
        holders = [*shapes.subjects(rdflib.URIRef(_SH + "property"), shape), *shapes.subjects(rdflib.URIRef(_SH + "sparql"), shape)]
        for parent in sorted(holders):
            return _compact(parent)
        return "[anonymous shape]"
    return _compact(shape)


def _union_graph(data):
    """A plain Graph holding every triple of ``data`` (the union of all named graphs for a dataset)."""
    if isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        union = rdflib.Graph()
        for s, p, o, _g in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    if isinstance(data, rdflib.Graph):
        return data
    return _read(Path(os.fspath(data)))


def _read(path: Path):
    """Parse a file with pyoxigraph (fast, strict, one-line errors) into an rdflib Graph of all its triples."""
    fmt = format_of_suffix(path)
    if fmt is None:
        raise InputError(f"cannot validate {path.name}: unknown RDF format (use .ttl, .trig, .nq, .nt or .jsonld)")
    if not path.is_file():
        raise InputError(f"cannot validate {path}: no such file")

    def term(node):
        if isinstance(node, ox.NamedNode):
            return rdflib.URIRef(node.value)
        if isinstance(node, ox.BlankNode):
            return rdflib.BNode(node.value)
        if node.language:
            return rdflib.Literal(node.value, lang=node.language)
        return rdflib.Literal(node.value, datatype=rdflib.URIRef(node.datatype.value))

    graph = rdflib.Graph()
    try:
        for quad in ox.parse(path=str(path), format=fmt.oxigraph):  # datasets: the union of graphs
            graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        if len(detail) > 200:
            detail = detail[:197] + "..."
        raise InputError(f"cannot parse {path.name} as {fmt.label.lower()}: {detail}") from None
    if not len(graph):   # an empty file is no data that conforms: it is no data
        raise InputError(f"{path} holds no RDF triples")
    return graph


def validate(data: str | os.PathLike | rdflib.Graph | rdflib.Dataset) -> ValidationReport:
    """Validate instance data against ``shapes.ttl``.

    Takes a path (.ttl, .trig, .nq, .nt, .jsonld, .rdf; read with pyoxigraph) or an rdflib Graph / Dataset;
    for a dataset (a file of named graphs or an rdflib Dataset) the union of its graphs is checked. The
    input is not modified. Returns a ``ValidationReport`` whose violations are sorted. Raises
    ``InputError`` for a missing, unknown or unparsable file, or one that holds no triples.

    >>> import rdflib
    >>> validate(rdflib.Graph()).conforms
    True
    """
    from pyshacl import validate as shacl_validate   # loaded on use: 0.2 s the CLI need not pay at start-up

    SH = rdflib.Namespace(_SH)

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
