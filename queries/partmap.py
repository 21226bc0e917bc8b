"""The map of the per-actor summary (:mod:`policykg.queries.summaryparts`) computed from one document's triples in
Python, without a store or a query: the rows each summarised catalogue query gives on that document alone.

A worker used to load the document's quads into an in-memory Oxigraph store and run the catalogue's unfiltered
``coordination`` and ``responsibilities`` on it (twice for ``coordination``): about 3.5 ms a document, half of what
a worker does after extracting. Here the same rows come from indexes of the triples (the predicates the two queries
name), about 10x cheaper, for the catalogue texts whose digests :data:`WRITTEN_FOR` holds; another text (the
catalogue changed) is answered by the store as before (:func:`policykg.queries.summaryparts.store_rows`), and
``tests/test_part_map.py`` compares both ways row for row on generated, genre and invented documents.

What the two queries' unfiltered forms say, on one document (its graph the default graph):

- ``coordination`` (DISTINCT): for each ``pkg:CoordinationDuty`` with a ``pkg:leadActor``, each lead with each
  ``pkg:cooperatingActor``; for one without, each two cooperating actors A, B with ``A pkg:coordinatesWith B`` stated
  and ``STR(A) < STR(B)``; never an actor with itself. Each actor's label the least of its ``@vi`` labels (none:
  unbound), and every ``pkg:onTask``, ``pkg:statedIn`` and quote of the duty's evidence (none: unbound).
- ``responsibilities``: each ``pkg:leads`` ("lead"), ``pkg:cooperatesIn`` ("cooperating"), ``pkg:responsibleFor``
  ("responsible") and each ``?task pkg:assignedTo ?actor`` with none of the three ("responsible"); the actor's label,
  and every ``pkg:text``, ``pkg:statedIn`` and quote of the task.

Rows are given as tuples of RdfTerm fields ``(kind, value, lang, datatype)`` (None: unbound), in no particular order.
A triple is ``(subject IRI, predicate IRI, object)``, the object an IRI (``str``) or a pyoxigraph Literal, as
:meth:`policykg.graph_builder.terms.Emitter.triples` gives them (subjects never blank: as the builder writes them).
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from policykg.core.iris import PKG, PREFIXES
from policykg.queries.results import RdfTerm

__all__ = ["WRITTEN_FOR", "coordination_rows", "MapIndex", "responsibilities_rows", "term_fields"]

# the digest (summaryparts.part_digest) of each catalogue text this map answers as the store would
WRITTEN_FOR = {"coordination": "80dbb4a6f2c0aab0", "responsibilities": "e8f4e6f9bdc16984"}

_TYPE, _LABEL = PREFIXES["rdf"] + "type", PREFIXES["skos"] + "prefLabel"
_DUTY, _TASK = PKG + "CoordinationDuty", PKG + "Task"
_COORDINATES = PKG + "coordinatesWith"
_ROLES = {PKG + "leads": "lead", PKG + "cooperatesIn": "cooperating", PKG + "responsibleFor": "responsible"}
# predicate -> the index of MapIndex it fills (subject -> objects)
_BY_SUBJECT = {PKG + "leadActor": "lead", PKG + "cooperatingActor": "cooperating", PKG + "onTask": "task",
               PKG + "statedIn": "document", PKG + "hasEvidence": "evidence", PKG + "quote": "quote",
               PKG + "text": "text", PKG + "assignedTo": "assigned", PKG + "deadline": "deadline",
               PKG + "dueDate": "dueDate"}
_ROLE_TERMS = {role: ("literal", role, None, None) for role in ("lead", "cooperating", "responsible")}


def term_fields(term: str | ox.Literal | ox.BlankNode) -> tuple:
    """The RdfTerm fields of a term as the map holds it (an IRI as ``str``): what ``RdfTerm.from_oxigraph`` gives."""
    if isinstance(term, str):
        return ("uri", term, None, None)
    if isinstance(term, ox.Literal):   # RdfTerm.literal's folding of the tag and of xsd:string / rdf:langString
        t = RdfTerm.literal(term.value, term.language, term.datatype.value)
        return (t.kind, t.value, t.lang, t.datatype)
    return ("bnode", term.value, None, None)


class MapIndex:
    """One document's triples indexed for the map: each predicate the two queries (and ``tasks``: deadlines, due
    dates, the subjects typed pkg:Task) name, subject -> objects."""

    def __init__(self, triples: Iterable[tuple[str, str, object]]):
        by: dict[str, dict[str, set]] = {name: {} for name in set(_BY_SUBJECT.values())}
        self.duties: set[str] = set()
        self.tasks: set[str] = set()   # the subjects typed pkg:Task (the kept answers' map: queries/taskparts.py)
        self.coordinates: set[tuple] = set()
        self.roles: dict[str, set[tuple]] = {role: set() for role in _ROLE_TERMS}
        labels: dict[str, ox.Literal] = {}
        for s, p, o in triples:
            index = _BY_SUBJECT.get(p)
            if index is not None:
                by[index].setdefault(s, set()).add(o)
            elif p in _ROLES:
                self.roles[_ROLES[p]].add((s, o))
            elif p == _TYPE:
                if o == _DUTY:
                    self.duties.add(s)
                elif o == _TASK:
                    self.tasks.add(s)
            elif p == _COORDINATES:
                self.coordinates.add((s, o))
            elif p == _LABEL and isinstance(o, ox.Literal):
                tag = (o.language or "").lower()
                if tag == "vi" or tag.startswith("vi-"):   # langMatches(lang(?name), "vi")
                    held = labels.get(s)
                    if held is None or (o.value, o.language) < (held.value, held.language):   # MIN(?name)
                        labels[s] = o
        self.by = by
        self._fields: dict = {}
        self.labels = {s: self.fields(o) for s, o in labels.items()}

    def fields(self, term) -> tuple:
        found = self._fields.get(term)
        if found is None:
            found = self._fields[term] = term_fields(term)
        return found

    def objects(self, index: str, subject) -> list:
        """The objects of ``subject`` in ``index`` as fields, or [None] (an OPTIONAL that matches nothing)."""
        found = self.by[index].get(subject) if isinstance(subject, str) else None
        return [self.fields(o) for o in found] if found else [None]

    def quotes(self, subject) -> list:
        """The quotes of ``subject``'s evidence (DISTINCT), or [None]."""
        quote = self.by["quote"]
        found = {q for e in self.by["evidence"].get(subject, ()) if isinstance(e, str) for q in quote.get(e, ())}
        return [self.fields(q) for q in found] if found else [None]

    def unstated_pairs(self) -> set[tuple]:
        """Every two cooperating actors of one subject that the document does not say coordinate."""
        return {(a, b) for actors in self.by["cooperating"].values() for a in actors for b in actors
                if a != b and (a, b) not in self.coordinates}


def coordination_rows(index: MapIndex, coordinates: set[tuple] | None = None) -> set[tuple]:
    """``coordination``'s rows on the document (``coordinates``: the pairs that coordinate, default its own)."""
    coordinates = index.coordinates if coordinates is None else coordinates
    lead, cooperating, label = index.by["lead"], index.by["cooperating"], index.labels.get
    rows: set[tuple] = set()
    for duty in index.duties:
        leads, partners = lead.get(duty, ()), cooperating.get(duty, ())
        if leads:
            pairs = [(a, b) for a in leads for b in partners]
        else:
            pairs = [(a, b) for a in partners for b in partners if (a, b) in coordinates and _str(a) < _str(b)]
        pairs = [(a, b) for a, b in pairs if a != b]
        if not pairs:
            continue
        ends = [(index.fields(a), label(a), index.fields(b), label(b)) for a, b in pairs]
        for task in index.objects("task", duty):
            for document in index.objects("document", duty):
                for quote in index.quotes(duty):
                    rows.update((*end, task, document, quote) for end in ends)
    return rows


def responsibilities_rows(index: MapIndex) -> set[tuple]:
    """``responsibilities``' rows on the document."""
    roles = index.roles
    stated = roles["lead"] | roles["cooperating"] | roles["responsible"]
    held = [(role, actor, task) for role, pairs in roles.items() for actor, task in pairs]
    held += [("responsible", actor, task) for task, actors in index.by["assigned"].items() for actor in actors
             if (actor, task) not in stated]
    label = index.labels.get
    rows: set[tuple] = set()
    for role, actor, task in held:
        head = (index.fields(actor), label(actor), _ROLE_TERMS[role], index.fields(task))
        for text in index.objects("text", task):
            for document in index.objects("document", task):
                rows.update((*head, text, document, quote) for quote in index.quotes(task))
    return rows


def _str(term) -> str:
    """SPARQL's STR of a term."""
    return term if isinstance(term, str) else term.value
