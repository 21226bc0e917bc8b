"""Round 14 (issue 12): the finish of a build reads less of what another step already holds, with the same results.

- the actor view's passes decode each document's cached facts only as far as they read them
  (:class:`~policykg.visualize.facts.LazyFacts`), and a damaged facts file still gives the facts of the document's
  N-Quads;
- the store's merged view is loaded from the exports' merged triples (sorted, distinct) when they are written,
  instead of from every document's triples again: the same store.
"""

from __future__ import annotations

import subprocess
import time

import pyoxigraph as ox
import pytest

from policykg.corpus import storing
from policykg.corpus.exportjob import ExportJob
from policykg.corpus.merged import write_merged
from policykg.visualize.facts import GraphFacts, LazyFacts
from corpusfixture import build_generated

# invented facts, every section filled, with what JSON must escape in the texts
_FACTS = GraphFacts(
    types={"urn:t:so-a": {"Ministry", "Organization"}, "urn:t:duty-1": {"CoordinationDuty"}},
    graphs={"urn:t:so-a": {"urn:t:g1"}, "urn:t:duty-1": {"urn:t:g1"}},
    values={("urn:t:so-a", "label_vi"): 'Sở "A", phòng {B}', ("urn:t:duty-1", "ordinal"): 3},
    links={("urn:t:g1", "urn:t:so-a", "leads", "urn:t:duty-1")},
    duties={("urn:t:g1", "urn:t:duty-1", "urn:t:role", "urn:t:so-a")},
    speaks={"urn:t:g1": {"urn:t:doc"}}, sources={"urn:t:g1": {"urn:t:src"}},
    evidence={("urn:t:g1", "urn:t:so-a", "trích dẫn: \"x\" \\ y\n", "urn:t:src", 12)})
_SECTIONS = ("types", "graphs", "values", "links", "duties", "speaks", "sources", "evidence")


def _same(facts: GraphFacts, other: GraphFacts) -> bool:
    return all(getattr(facts, name) == getattr(other, name) for name in _SECTIONS)


@pytest.mark.parametrize("first", _SECTIONS)
def test_lazy_facts_read_any_section_first_as_the_whole_reading_does(first):
    data = _FACTS.to_json()
    lazy = LazyFacts(data)
    assert getattr(lazy, first) == getattr(GraphFacts.from_json(data), first)
    # what comes after it in the file is not read yet
    later = _SECTIONS[_SECTIONS.index(first) + 1:]
    assert not any(name in vars(lazy) or name in lazy._raw for name in later)
    assert _same(lazy, GraphFacts.from_json(data)) and _same(lazy, _FACTS)


def test_lazy_facts_read_the_types_alone_without_decoding_the_rest():
    lazy = LazyFacts(_FACTS.to_json())
    assert lazy.types == _FACTS.types
    assert sorted(lazy._raw) == [] and "evidence" not in vars(lazy)
    assert lazy._text[lazy._at:].startswith('"graphs"')


def test_lazy_facts_take_json_with_spaces_between_its_tokens():
    import json
    spaced = json.dumps(json.loads(_FACTS.to_json()), ensure_ascii=False, indent=2).encode("utf-8")
    assert _same(LazyFacts(spaced), _FACTS)


@pytest.mark.parametrize("damaged", [b"{", b"", b"[]", b'{"types":{"urn:a":["Ministry"]}', b'{"types" {}}',
                                     _FACTS.to_json()[:-40], b"\xff\xfe"])
def test_damaged_facts_give_the_other_reading_or_an_error(damaged):
    other = GraphFacts(types={"urn:t:x": {"Ministry"}}, evidence={("urn:t:g", "urn:t:x", "q", "urn:t:s", 0)})
    lazy = LazyFacts(damaged, otherwise=lambda: other)
    assert lazy.evidence == other.evidence and lazy.links == other.links
    with pytest.raises(ValueError):
        LazyFacts(damaged).evidence


def test_the_merged_view_from_the_merged_triples_is_the_same_store(tmp_path):
    out = build_generated(tmp_path, 6)
    graphs = out / "graphs"
    keys = sorted(p.name[:-3] for p in graphs.glob("*.nq"))
    merged = tmp_path / "merged.nt"
    quads, triples = write_merged(graphs, keys, merged)
    assert quads > triples > 1000   # documents repeat triples: the merged file holds each once
    asked = []
    from_file = storing.write_store(tmp_path / "a", graphs, keys, merged=lambda: asked.append(1) or merged)
    from_documents = storing.write_store(tmp_path / "b", graphs, keys, merged=lambda: None)
    assert asked == [1]
    for store in (from_file, from_documents):
        assert store.merged_view_is_current()
    # the ontology's blank nodes are labelled anew by each load: compared by number
    dump = [sorted(s.store.dump(format=ox.RdfFormat.N_QUADS).splitlines()) for s in (from_file, from_documents)]
    ground = [[line for line in lines if not line.startswith(b"_:") and b" _:" not in line] for lines in dump]
    assert ground[0] == ground[1] and len(ground[0]) > 2 * triples and len(dump[0]) == len(dump[1])


def test_the_merged_triples_are_waited_for_while_the_exports_run(tmp_path):
    job = ExportJob(tmp_path)
    merged = tmp_path / "merged.nt"
    # a child that writes the file after a while, then runs on
    job.process = subprocess.Popen(
        ["/bin/sh", "-c", f"sleep 0.5; echo x > {merged}.tmp; mv {merged}.tmp {merged}; sleep 5"])
    try:
        started = time.monotonic()
        assert job.merged_written(merged) == merged and time.monotonic() - started < 4
    finally:
        job.close()
    merged.unlink()
    job.process = subprocess.Popen(["/bin/sh", "-c", "exit 1"])   # a child that fails first
    assert job.merged_written(merged) is None
    job.close()
    job.process = subprocess.Popen(["/bin/sh", "-c", "sleep 30"])   # one that never writes them
    started = time.monotonic()
    assert job.merged_written(merged, wait=0.3) is None and time.monotonic() - started < 10
    job.close()
