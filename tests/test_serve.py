"""``open_workbench`` without a browser: what the SPARQL server serves, and the errors a user can meet."""

import socket
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.core.errors import InputError
from policykg.queries.data import load_into_store
from policykg.queries.engine import run_query
from policykg.queries.store import GraphStore
from policykg.visualize.serve import open_workbench

FIXTURE = Path(__file__).parent / "data" / "visualize" / "fixture.trig"
LATE = "https://w3id.org/policykg/graph/late"


def test_a_stale_merged_view_is_served_as_the_union_of_the_graphs(tmp_path):
    store_dir = tmp_path / "store"
    load_into_store(FIXTURE, store_dir)                      # merged view current
    store = GraphStore(store_dir)
    store.replace_graph(LATE, [ox.Triple(ox.NamedNode("urn:late"), ox.NamedNode("urn:p"), ox.Literal("late"))])
    store.store.flush()
    del store                                                # written, the view not refreshed: stale
    with open_workbench(store_dir, port=0, page_port=0) as served:
        rows = run_query("SELECT ?o WHERE { <urn:late> <urn:p> ?o }", {}, endpoint=served.endpoint).rows
        assert [r["o"].value for r in rows] == ["late"]
        labels = run_query("actors", {}, endpoint=served.endpoint).rows
        assert "Công an nhân dân" in {r["label"].value for r in labels}


def test_a_port_in_use_is_one_clear_error(tmp_path):
    load_into_store(FIXTURE, tmp_path / "store")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match=f"did not start on 127.0.0.1:{port}"):
            with open_workbench(tmp_path / "store", port=port, page_port=0):
                pass
        with pytest.raises(InputError, match="cannot serve the workbench"):
            with open_workbench(tmp_path / "store", port=0, page_port=port):
                pass
