"""Corpus builds: byte-identical outputs, incremental rebuilds, workers, failures that stay alone, the store.

The plumbing tests swap the language steps for a stand-in (``fake_build_source``) so they check the
corpus layer alone; the bundled-article tests at the end run the real steps.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from buildfixtures import quiet_build as build, write_docs  # noqa: E402
from policykg.corpus import manifest  # noqa: E402
from policykg.corpus.build import build_corpus  # noqa: E402
from policykg.corpus.inputs import collect_inputs  # noqa: E402
from policykg.corpus.progress import Progress  # noqa: E402
from policykg.core.errors import InputError  # noqa: E402
from policykg.core.iris import mint_graph_iri  # noqa: E402
from policykg.queries.store import GraphStore  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ct09-nhandan-2023-12-09.txt"
OUTPUTS = ("graph.trig", "graph.ttl", "report.html")

DOCS = {
    "a.txt": "Kế hoạch A\nCông an nhân dân phải bảo vệ an ninh.\nCâu không có nhiệm vụ.\n",
    "b.txt": "Kế hoạch B\nCông an nhân dân phải tuần tra.\n",
    "c.md": "# Kế hoạch C\nCông an nhân dân phải kiểm tra <script>x</script>.\n",
}


@pytest.fixture
def corpus(tmp_path):
    return write_docs(tmp_path / "in", DOCS)


def read_outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_two_builds_give_byte_identical_outputs_and_the_second_is_unchanged(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out)
    assert (first.built, first.unchanged, first.failed) == (3, 0, [])
    before = read_outputs(out)
    second = build([corpus], out)
    assert (second.built, second.unchanged, second.documents) == (0, 3, 3)
    assert read_outputs(out) == before
    # a fresh directory gives the same bytes too (nothing depends on time or on the cache)
    fresh = tmp_path / "fresh"
    build([corpus], fresh)
    assert read_outputs(fresh) == before


def test_summary_counts_documents_tasks_actors_and_uncovered(fake_steps, corpus, tmp_path):
    summary = build([corpus], tmp_path / "out")
    assert (summary.documents, summary.tasks, summary.actors) == (3, 3, 1)
    assert summary.uncovered_sentences == 4   # three title lines + "Câu không có nhiệm vụ."
    assert summary.triples > 0 and summary.quads >= summary.triples
    text = summary.text()
    assert "documents:            3 (built 3, unchanged 0, failed 0)" in text and "tasks:                3" in text


def test_editing_a_file_replaces_its_graph_without_duplicates(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    (corpus / "a.txt").write_text("Kế hoạch A sửa\nCông an nhân dân phải canh gác.\n", encoding="utf-8")
    summary = build([corpus], out)
    assert (summary.built, summary.unchanged) == (1, 2)
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert "canh gác" in trig and "bảo vệ an ninh" not in trig
    store = GraphStore(out / "store", read_only=True)
    graph = mint_graph_iri("a")
    tasks = [q for q in store.quads(graph) if q.predicate.value.endswith("#text")]
    assert [q.object.value for q in tasks] == ["Công an nhân dân phải canh gác."]
    assert set(store.graphs()) >= {mint_graph_iri(k) for k in ("a", "b", "c")}
    del store


def test_store_holds_one_named_graph_per_document_matching_the_trig(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    summary = build([corpus], out)
    store = GraphStore(out / "store", read_only=True)
    trig = sorted(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG), key=str)
    doc_graphs = [mint_graph_iri(k) for k in ("a", "b", "c")]
    in_store = sorted((q for g in doc_graphs for q in store.quads(g)), key=str)
    assert in_store == trig and len(trig) == summary.quads
    del store


def test_jobs_2_gives_the_same_bytes_as_jobs_1(fake_steps, corpus, tmp_path):
    build([corpus], tmp_path / "one", jobs=1)
    two = build([corpus], tmp_path / "two", jobs=2)
    assert two.built == 3 and not two.failed
    assert read_outputs(tmp_path / "one") == read_outputs(tmp_path / "two")


def test_a_binary_file_fails_alone_and_the_others_are_built(fake_steps, corpus, tmp_path):
    bad = corpus / "scan.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out"
    summary = build([corpus], out, jobs=2)
    assert summary.built == 3 and len(summary.failed) == 1
    name, message = summary.failed[0]
    assert name.endswith("scan.txt") and "scan.txt" in message and "\n" not in message
    assert not summary.ok
    for output in OUTPUTS:
        assert (out / output).exists()
    assert "scan.txt" in (out / "report.html").read_text(encoding="utf-8")
    assert not list(out.rglob("*.tmp"))


def test_a_missing_input_stops_the_build_before_anything_is_written(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(InputError, match=f"^{corpus / 'nope.txt'}: no such file or directory$"):
        build([corpus / "a.txt", corpus / "nope.txt"], out)
    assert not out.exists()
    build([corpus], out)
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    with pytest.raises(InputError, match=r"nope.txt: no such file or directory \(and 1 more missing input\(s\)\)"):
        build([corpus / "a.txt", corpus / "nope.txt", corpus / "gone.md"], out, incremental=False)
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before


def test_no_documents_at_all_is_an_input_error(fake_steps, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no input documents"):
        build([tmp_path / "empty"], tmp_path / "out")


def test_removed_documents_stay_until_pruned(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    kept = build([corpus / "a.txt", corpus / "b.txt"], out)
    assert kept.documents == 3 and kept.removed == 0
    assert (out / "graphs" / "c.nq").exists()
    pruned = build([corpus / "a.txt", corpus / "b.txt"], out, prune=True)
    assert pruned.documents == 2 and pruned.removed == 1
    assert not (out / "graphs" / "c.nq").exists()
    store = GraphStore(out / "store", read_only=True)
    assert mint_graph_iri("c") not in store.graphs()
    del store
    assert "Kế hoạch C" not in (out / "graph.trig").read_text(encoding="utf-8")


def test_force_rebuilds_unchanged_documents(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    again = build([corpus], out, incremental=False)
    assert (again.built, again.unchanged) == (3, 0)


def test_force_on_some_inputs_keeps_the_other_documents(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out)
    again = build([corpus / "a.txt"], out, incremental=False)
    assert (again.built, again.documents) == (1, 3)


def test_a_new_builder_version_rebuilds_everything(fake_steps, corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([corpus], out)
    monkeypatch.setattr(manifest, "__version__", "99.0")
    again = build([corpus], out)
    assert (again.built, again.unchanged) == (3, 0)


def test_a_deleted_store_is_refilled_from_the_cache(fake_steps, corpus, tmp_path):
    import shutil

    out = tmp_path / "out"
    build([corpus], out)
    shutil.rmtree(out / "current" / "store")   # the store of the published generation
    summary = build([corpus], out)
    assert summary.unchanged == 3
    store = GraphStore(out / "store", read_only=True)
    assert {mint_graph_iri(k) for k in ("a", "b", "c")} <= set(store.graphs())
    del store


def test_extra_formats_hold_the_same_statements(fake_steps, corpus, tmp_path):
    out = tmp_path / "out"
    summary = build([corpus], out, formats=("trig", "ttl", "nt", "nq", "jsonld"))
    nq = list(ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    nt = list(ox.parse(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES))
    ttl = list(ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    jsonld = list(ox.parse(path=str(out / "graph.jsonld"), format=ox.RdfFormat.JSON_LD))
    assert len(nq) == len(jsonld) == summary.quads
    assert sorted(nt, key=str) == sorted(ttl, key=str) and len(nt) == summary.triples
    assert {q.triple for q in nq} == {q.triple for q in nt}


def test_unknown_format_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="unknown output format 'rdfa'"):
        build_corpus(["x"], tmp_path, formats=("rdfa",))


def test_directories_are_searched_for_text_files_only(tmp_path):
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    for name in ("b.txt", "a.md", "sub/c.html", "sub/d.htm", "sub/e.pdf", "sub/.hidden/f.txt", "notes.docx"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = collect_inputs([tmp_path])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found.files] == ["a.md", "b.txt", "sub/c.html",
                                                                               "sub/d.htm"]
    assert found.missing == []
    assert sorted(Path(p).name for p, _ in found.skipped) == [".hidden", "e.pdf", "notes.docx"]


def test_progress_bar_shows_rate_and_eta_only_when_enabled():
    stream = io.StringIO()
    bar = Progress(4, enabled=True, stream=stream)
    bar.step("a.txt")
    bar.close()
    assert "1/4" in stream.getvalue() and "doc/s" in stream.getvalue() and "ETA" in stream.getvalue()
    silent = io.StringIO()
    quiet = Progress(4, enabled=False, stream=silent)
    quiet.step("a.txt")
    quiet.close()
    assert silent.getvalue() == ""


def test_build_is_silent_on_stderr_when_not_a_terminal(fake_steps, corpus, tmp_path, capfd):
    build([corpus], tmp_path / "out", quiet=False)
    assert capfd.readouterr().err == ""


# --- the real steps ------------------------------------------------------------------------------------------------

GENRE_TUNE = Path(__file__).resolve().parent / "data" / "genre" / "tune"


def test_bundled_article_builds_byte_identically_twice_and_then_is_unchanged(tmp_path):
    out = tmp_path / "out"
    first = build([EXAMPLE], out)
    assert (first.built, first.failed, first.tasks) == (1, [], 8)
    before = read_outputs(out)
    second = build([EXAMPLE], out)
    assert (second.built, second.unchanged) == (0, 1)
    assert read_outputs(out) == before
    labels = [q.object.value for q in ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
              if q.predicate.value.endswith(("#prefLabel", "/title"))]
    assert labels and not any("\u00d0" in label for label in labels)


def test_real_corpus_with_two_workers_gives_the_same_bytes_as_one(tmp_path):
    one = build([GENRE_TUNE, EXAMPLE], tmp_path / "one", jobs=1)
    two = build([GENRE_TUNE, EXAMPLE], tmp_path / "two", jobs=2)
    assert one.failed == [] and two.built == one.built >= 6
    assert read_outputs(tmp_path / "one") == read_outputs(tmp_path / "two")


def test_store_answers_sparql_over_the_union_with_the_ontology_loaded(tmp_path):
    out = tmp_path / "out"
    build([EXAMPLE], out)
    store = GraphStore(out / "store", read_only=True)
    rows = store.select("""
        PREFIX pkg: <https://w3id.org/policykg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?task WHERE { ?actor pkg:cooperatesIn ?task . ?actor a/rdfs:subClassOf* pkg:Actor }""")
    assert len(rows) >= 1
    del store


def test_graph_html_is_written_when_viz_is_on(tmp_path):
    out = tmp_path / "out"
    summary = build([EXAMPLE], out, viz=True)
    assert (out / "graph.html").exists() and "graph.html" in summary.outputs, summary.notes


def test_built_corpus_conforms_to_the_shapes(tmp_path):
    from policykg.ontology.validation import validate

    out = tmp_path / "out"
    summary = build([GENRE_TUNE, EXAMPLE], out)
    assert not summary.failed
    report = validate(out / "graph.trig")
    assert report.conforms, report.text()
