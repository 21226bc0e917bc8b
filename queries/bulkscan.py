"""Reading a store's merged view for the bulk plans (:mod:`policykg.queries.bulkplans`): small SELECTs whose rows a
plan joins in Python.

On the on-disk store the cost of a whole relation is Oxigraph's: each term it hands over is a read of its text from
RocksDB (about 5 us for an IRI, more for a long quote, at 1,000 documents on a loaded machine), and each OPTIONAL a
look-up per row. A plan asks for each long text once (a duty's quote once per duty, not once per pair of its
actors) and leaves out the aggregates (a label's MIN) that compare decoded strings.

A :class:`ViewReader` reads the default graph -- the merged view, what the catalogue's queries read -- and only
while that view is current (a writable store refreshes it first, as for a query; a read-only store whose view is
stale answers from the union of its named graphs: the plans leave it to SPARQL then).

>>> import pyoxigraph as ox
>>> from policykg.queries.store import GraphStore
>>> store = GraphStore()
>>> store.set_merged_view(b'<urn:t> <urn:p> "x"@vi .\\n<urn:t> <urn:p> "a"@vi .\\n<urn:t> <urn:q> "b"@en .\\n',
...                       extra_graphs=())
>>> reader = ViewReader.of(store)
>>> sorted(str(o) for _, o in reader.pairs("<urn:p>"))
['"a"@vi', '"x"@vi']
>>> columns = reader.attributes("?s <urn:p> [] .", {"b": "?s <urn:q> ?b"})
>>> [[str(v) for v in column] for column in columns[ox.NamedNode("urn:t")]]
[['"b"@en']]
"""

from __future__ import annotations

from typing import Iterator

from policykg.queries.params import with_prefixes
from policykg.queries.store import GraphStore

__all__ = ["NONE", "ViewReader"]

NONE = (None,)   # what an OPTIONAL with no match gives: one row, the variable unbound


class ViewReader:
    """The merged view of a :class:`GraphStore`, read by small SELECTs; ``of`` gives None when the view is not
    current (the catalogue's queries then read the union of graphs, which only SPARQL answers here)."""

    def __init__(self, store: GraphStore):
        self.store = store.store

    @classmethod
    def of(cls, store: GraphStore) -> "ViewReader | None":
        if not store.merged_view_is_current() and not store.read_only:
            store.refresh_merged_view()   # as GraphStore.query does before a query
        return cls(store) if store.merged_view_is_current() else None

    def select(self, query: str) -> Iterator[tuple]:
        """The solutions of the SELECT ``query`` (the project's prefixes known: ``params.with_prefixes``) as tuples of
        terms, None where unbound. On disk, each term Oxigraph hands over is a read of its text: a plan asks for each
        long text once, not once per row of the answer."""
        return (tuple(solution) for solution in self.store.query(with_prefixes(query)))

    def pairs(self, predicate: str, among: str = "") -> list[tuple]:
        """(subject, object) of every triple of ``predicate`` (a SPARQL term: ``pkg:leads``) in the merged view;
        with ``among`` (a group pattern binding ``?s``), only those subjects'."""
        return list(self.select(f"SELECT ?s ?o WHERE {{ {among} ?s {predicate} ?o }}"))

    def objects(self, predicate: str, among: str = "") -> dict:
        """{subject: [its objects of ``predicate``]} (:meth:`pairs`)."""
        found: dict = {}
        for subject, obj in self.pairs(predicate, among):
            held = found.get(subject)
            if held is None:
                found[subject] = [obj]
            else:
                held.append(obj)
        return found

    def attributes(self, among: str, columns: dict[str, str]) -> dict:
        """{subject: [the distinct values of each column]} for each subject bound to ``?s`` by the group pattern
        ``among``: a column is a pattern binding ``?s`` and the column's variable, joined as
        ``OPTIONAL { pattern }`` (no match: the column holds one None), the rows DISTINCT. One query: each subject
        is read once, however many columns, and each value once per subject and combination (Oxigraph looks each
        pattern up per subject, a seek, rather than joining every triple of its predicate: at 1,000 documents the
        columns of the 9,000 coordination duties took 0.63 s so, 1.19 s as hash joins of sub-queries).
        """
        names = list(columns)
        optionals = " ".join(f"OPTIONAL {{ {columns[n]} }}" for n in names)
        found: dict = {}
        for subject, *values in self.select(f"SELECT DISTINCT ?s {' '.join('?' + n for n in names)} "
                                            f"WHERE {{ {among} {optionals} }}"):
            held = found.get(subject)
            if held is None:
                found[subject] = [[v] for v in values]
                continue
            for column, value in zip(held, values):
                if value not in column:
                    column.append(value)
        return found

    def least_labels(self, lang: str) -> dict:
        """{subject: MIN(?name)} of ``?subject skos:prefLabel ?name . FILTER(langMatches(lang(?name), lang))``
        (the labels of one subject are strings of one language family: the least by text, then by tag)."""
        least: dict = {}
        for subject, name in self.select(f'SELECT ?s ?o WHERE {{ ?s skos:prefLabel ?o . '
                                         f'FILTER(langMatches(lang(?o), "{lang}")) }}'):
            held = least.get(subject)
            if held is None or (name.value, name.language) < (held.value, held.language):
                least[subject] = name
        return least
