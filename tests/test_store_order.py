"""The store's own order depends only on its content: the same graphs, loaded in any order, by one worker or two,
at once or document by document, give the same dump and the same ``export`` bytes -- what lets exports stream from
the store (:func:`policykg.queries.convert.write_data`) instead of sorting everything in memory."""

import pyoxigraph as ox

from policykg.corpus.build import build_corpus
from policykg.queries.convert import write_data
from policykg.queries.store import GraphStore
from corpusfixture import generated_texts  # noqa: E402  (tests/ is on sys.path via conftest.py)


def test_two_builds_in_different_orders_export_the_same_bytes(tmp_path):
    paths = generated_texts(tmp_path, 10)
    build_corpus(paths, tmp_path / "one", jobs=1, viz=False, quiet=True)
    build_corpus(paths[5:], tmp_path / "two", jobs=2, viz=False, quiet=True)        # half first ...
    build_corpus(paths[::-1], tmp_path / "two", jobs=2, viz=False, quiet=True)      # ... then all, reversed
    for fmt in ("trig", "ttl", "nq", "nt"):
        write_data(tmp_path / "one", tmp_path / f"one.{fmt}", fmt)
        write_data(tmp_path / "two", tmp_path / f"two.{fmt}", fmt)
        assert (tmp_path / f"one.{fmt}").read_bytes() == (tmp_path / f"two.{fmt}").read_bytes(), fmt
    turtle = (tmp_path / "one.ttl").read_text(encoding="utf-8")
    assert "owl:AllDisjointClasses" not in turtle and "Bộ Công an" in turtle   # the ontology's own triples left out


def test_graphs_loaded_in_reverse_dump_the_same(tmp_path):
    graphs = {f"urn:g{i}": [ox.Triple(ox.NamedNode(f"urn:s{i * 7 % 5}"), ox.NamedNode(f"urn:p{j}"),
                                      ox.Literal(f"chữ {i} {j}", language="vi")) for j in range(20)] for i in range(30)}
    dumps = []
    for order in (sorted(graphs), sorted(graphs, reverse=True)):
        store = GraphStore(tmp_path / f"store-{len(dumps)}")
        for g in order:
            store.replace_graph(g, graphs[g])
        store.refresh_merged_view()
        dumps.append((store.store.dump(format=ox.RdfFormat.N_QUADS),
                      store.store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())))
        del store
    assert dumps[0] == dumps[1]
