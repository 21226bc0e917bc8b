"""`load` into a persistent store: loading again replaces a document's graph instead of duplicating it."""

from pathlib import Path

import pytest

from policykg.core.errors import InputError
from policykg.queries.data import load_into_store, open_data
from policykg.queries.engine import run_query
from policykg.queries.store import GraphStore

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
ARTICLE_GRAPH = "https://w3id.org/policykg/graph/ct09-nhandan-2023-12-09"


def test_loading_twice_replaces_not_duplicates(tmp_path):
    first = load_into_store(FIXTURE, tmp_path / "store")
    second = load_into_store(FIXTURE, tmp_path / "store")
    assert first.quads == second.quads > 2000
    assert ARTICLE_GRAPH in second.graphs
    assert len(run_query("tasks", {}, data=tmp_path / "store").rows) == 7


def test_reloading_a_changed_document_replaces_its_graph(tmp_path):
    load_into_store(FIXTURE, tmp_path / "store")
    changed = tmp_path / "changed.trig"
    changed.write_text("""@prefix pkg: <https://w3id.org/policykg/ontology#> .
<https://w3id.org/policykg/graph/ct09-nhandan-2023-12-09> {
  <https://w3id.org/policykg/id/x/task/1> a pkg:Task ; pkg:text "một nhiệm vụ"@vi .
}""", encoding="utf-8")
    load_into_store(changed, tmp_path / "store")
    store = GraphStore(tmp_path / "store", read_only=True)
    assert len(list(store.quads(ARTICLE_GRAPH))) == 2   # the old graph is gone, the plan's graph stays
    tasks = [row["task"].value for row in run_query("tasks", {}, data=store).rows]
    assert tasks == ["https://w3id.org/policykg/id/x/task/1"] + [
        f"https://w3id.org/policykg/id/kh182-son-la/task/{i}" for i in (1, 2, 3)]


def test_a_build_directory_is_queried_through_its_store(tmp_path):
    load_into_store(FIXTURE, tmp_path / "out" / "store")
    assert len(run_query("objectives", {}, data=tmp_path / "out").rows) == 3


def test_a_directory_of_rdf_files_is_loaded_in_memory(tmp_path):
    (tmp_path / "graph.trig").write_bytes(FIXTURE.read_bytes())
    assert len(run_query("objectives", {}, data=tmp_path).rows) == 3


def test_turtle_goes_into_a_graph_named_after_the_file(tmp_path):
    data = tmp_path / "extra.ttl"
    data.write_text("<urn:a> a <https://w3id.org/policykg/ontology#Task> .", encoding="utf-8")
    summary = load_into_store(data, tmp_path / "store")
    assert summary.graphs == ("https://w3id.org/policykg/graph/file/extra",)


def test_bad_data_is_a_one_line_input_error(tmp_path):
    with pytest.raises(InputError, match="no such data"):
        open_data(tmp_path / "missing.trig")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl: not valid") as error:
        load_into_store(bad, tmp_path / "store")
    assert "\n" not in str(error.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no RDF files"):
        open_data(tmp_path / "empty")
    with pytest.raises(InputError, match="unknown RDF format"):
        open_data(Path(__file__))
