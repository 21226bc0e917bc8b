"""Exports of the actor network: GraphML and GEXF that other tools read back, SVG and PNG pictures."""

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from policykg.core.errors import InputError
from policykg.visualize.exports import chromium_path, export_from, write_gexf, write_graphml, write_picture
from policykg.queries.data import open_data

FIXTURE = Path(__file__).parent / "data" / "visualize" / "fixture.trig"
ACTOR = "https://w3id.org/policykg/actor/"
CAND, QDND = ACTOR + "cong-an-nhan-dan", ACTOR + "quan-doi-nhan-dan"


@pytest.fixture(scope="module")
def store():
    return open_data(FIXTURE)


def test_graphml_reads_back_with_attributes(store, tmp_path):
    write_graphml(store, tmp_path / "a.graphml")
    graph = nx.read_graphml(tmp_path / "a.graphml", force_multigraph=True)
    assert graph.number_of_nodes() == 13 and graph.number_of_edges() == 14
    assert graph.nodes[CAND]["label_vi"] == "Công an nhân dân" and graph.nodes[CAND]["kind"] == "ArmedForce"
    (edge,) = graph.get_edge_data(CAND, QDND).values()
    assert edge["kind"] == "coordinates" and edge["count"] == 2
    assert "Tăng cường quan hệ phối hợp" in edge["quotes"]
    assert "09-ct-tw" in edge["documents"] and "182-kh-ubnd" in edge["documents"]


def test_gexf_reads_back_and_has_no_date_stamp(store, tmp_path):
    write_gexf(store, tmp_path / "a.gexf")
    text = (tmp_path / "a.gexf").read_text(encoding="utf-8")
    assert "lastmodifieddate" not in text
    graph = nx.read_gexf(tmp_path / "a.gexf")
    assert graph.number_of_nodes() == 13 and graph.number_of_edges() == 14
    assert graph.nodes[CAND]["label"] == "Công an nhân dân"


def test_exports_are_deterministic(store, tmp_path):
    for fmt in ("graphml", "gexf", "svg"):
        export_from(FIXTURE, fmt, tmp_path / f"a.{fmt}")
        export_from(FIXTURE, fmt, tmp_path / f"b.{fmt}")
        assert (tmp_path / f"a.{fmt}").read_bytes() == (tmp_path / f"b.{fmt}").read_bytes(), fmt


def test_svg_is_valid_xml_with_escaped_document_text(store, tmp_path):
    write_picture(store, tmp_path / "a.svg")
    text = (tmp_path / "a.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text.encode("utf-8"))
    svg = "{http://www.w3.org/2000/svg}"
    assert root.tag == svg + "svg"
    assert not list(root.iter(svg + "script"))
    assert not list(root.iter(svg + "image"))
    texts = [t.text for t in root.iter(svg + "text")]
    assert "Ủy ban nhân dân tỉnh <script>alert(1)</script>" in texts      # shown as text, parsed as text
    assert "Công an nhân dân" in texts
    assert len(list(root.iter(svg + "line"))) >= 14


def test_picture_suffix_and_format_mismatch_are_user_errors(store, tmp_path):
    with pytest.raises(InputError, match=".svg or .png"):
        write_picture(store, tmp_path / "a.jpg")
    with pytest.raises(InputError, match="must end in .svg"):
        export_from(FIXTURE, "svg", tmp_path / "a.png")
    with pytest.raises(InputError, match="unknown export format"):
        export_from(FIXTURE, "pdf", tmp_path / "a.pdf")


def test_png_is_rendered_by_chromium(store, tmp_path):
    if chromium_path() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing in CI")
        pytest.skip("Chromium not installed")
    write_picture(store, tmp_path / "a.png")
    write_picture(store, tmp_path / "b.png")
    data = (tmp_path / "a.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert data == (tmp_path / "b.png").read_bytes()


def test_png_without_chromium_is_a_clear_error(store, tmp_path, monkeypatch):
    monkeypatch.setattr("policykg.visualize.exports.chromium_path", lambda: None)
    with pytest.raises(InputError, match="export --format svg instead"):
        write_picture(store, tmp_path / "a.png")
    assert not (tmp_path / "a.png").exists()
