"""The store's full load parses the builder's own cache without checking its IRIs again (Oxigraph's ``lenient``),
and nothing else: a user's data is still checked, and the store holds the same quads either way."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from policykg.core.builddir import graph_file
from policykg.corpus import storing
from policykg.queries.store import GraphStore
from corpusfixture import build_generated

_BAD_IRI = b'<urn:policykg-test:a{b}> <urn:policykg-test:p> "x" .\n'   # "{" is no IRI character


class _Spy:
    """An ``ox.Store`` that records the ``lenient`` of each bulk load and passes everything on."""

    def __init__(self, store: ox.Store):
        self.inner, self.lenient = store, []

    def bulk_load(self, *args, **kwargs):
        self.lenient.append(kwargs.get("lenient", False))
        return self.inner.bulk_load(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def __contains__(self, item):
        return item in self.inner


def test_a_user_load_still_checks_every_iri():
    store = GraphStore()
    with pytest.raises(SyntaxError):
        store.bulk_load_chunks([_BAD_IRI], ox.RdfFormat.N_TRIPLES)
    with pytest.raises(SyntaxError):
        store.set_merged_view_chunks([_BAD_IRI])
    store.bulk_load_chunks([_BAD_IRI], ox.RdfFormat.N_TRIPLES, own=True)   # own: the check is left to the builder
    assert len(store.store) == 1


def _dump(store: GraphStore) -> list[bytes]:
    return sorted(line for line in store.store.dump(format=ox.RdfFormat.N_QUADS).splitlines() if b"_:" not in line)


def test_the_full_load_reads_the_cache_leniently_into_the_same_quads(tmp_path, monkeypatch):
    out = build_generated(tmp_path, 6)
    graphs = out / "graphs"
    keys = sorted(p.name[:-3] for p in graphs.glob("*.nq"))
    assert len(keys) == 6 and all(graph_file(graphs, k).exists() for k in keys)
    spies = []
    opened = GraphStore.__init__

    def spying(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        self.store = _Spy(self.store)
        spies.append(self.store)
    monkeypatch.setattr(GraphStore, "__init__", spying)
    lenient = storing.write_store(tmp_path / "lenient", graphs, keys)
    monkeypatch.undo()
    # the documents' graphs and the merged view, each at least one bulk load, all lenient (the ontology's own
    # triples, copied from its graph into the default graph, are the one strict load)
    assert spies and spies[0].lenient.count(True) >= 2 and spies[0].lenient.count(False) <= 1

    strict = GraphStore(tmp_path / "strict")
    strict.bulk_load_chunks(storing._chunks(graphs, keys), ox.RdfFormat.N_QUADS)
    strict.load_ontology()
    strict.set_merged_view_chunks(storing._chunks(graphs, keys, triples=True))
    assert _dump(lenient) == _dump(strict)
    assert len(_dump(strict)) > 1000 and lenient.merged_view_is_current()
