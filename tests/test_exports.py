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


GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"


def test_gexf_has_colour_size_and_position_and_no_internal_attribute(store, tmp_path):
    """What Gephi draws from: every node with viz:color (the view's colour of its kind), viz:size and a position
    from the deterministic layout; every edge with a colour and a thickness; no networkx bookkeeping."""
    from policykg.visualize.kinds import node_style

    write_gexf(store, tmp_path / "a.gexf")
    root = ET.parse(tmp_path / "a.gexf").getroot()
    titles = [a.get("title") for a in root.iter(GEXF + "attribute")]
    assert "networkx_key" not in titles and "kind" in titles
    node_kind = next(a.get("id") for block in root.iter(GEXF + "attributes") if block.get("class") == "node"
                     for a in block if a.get("title") == "kind")
    nodes = list(root.iter(GEXF + "node"))
    assert len(nodes) == 13
    places = set()
    for node in nodes:
        colour, size, position = node.find(VIZ + "color"), node.find(VIZ + "size"), node.find(VIZ + "position")
        assert colour is not None and size is not None and position is not None, node.get("id")
        assert all(0 <= int(colour.get(c)) <= 255 for c in "rgb") and float(size.get("value")) > 0
        assert -500 <= float(position.get("x")) <= 500 and -500 <= float(position.get("y")) <= 500
        places.add((position.get("x"), position.get("y")))
        kind = next(v.get("value") for v in node.iter(GEXF + "attvalue") if v.get("for") == node_kind)
        expected = node_style(kind).colour
        assert "#%02x%02x%02x" % tuple(int(colour.get(c)) for c in "rgb") == expected
    assert len(places) == len(nodes)                       # laid out, not piled up
    for edge in root.iter(GEXF + "edge"):
        assert edge.find(VIZ + "color") is not None and edge.find(VIZ + "thickness") is not None
    viz = nx.read_gexf(tmp_path / "a.gexf").nodes[CAND]["viz"]
    assert set(viz) >= {"color", "size", "position"}


def test_export_of_other_views_and_one_document(tmp_path):
    full = export_from(FIXTURE, "gexf", tmp_path / "full.gexf", view="full")
    actors = export_from(FIXTURE, "gexf", tmp_path / "actors.gexf")
    assert int(full.split()[0]) > int(actors.split()[0])
    export_from(FIXTURE, "graphml", tmp_path / "doc.graphml", view="document", document="182/KH-UBND")
    graph = nx.read_graphml(tmp_path / "doc.graphml", force_multigraph=True)
    assert all("182-kh-ubnd" in attrs["documents"] for *_, attrs in graph.edges(keys=True, data=True))
    with pytest.raises(InputError, match="needs a document"):
        export_from(FIXTURE, "svg", tmp_path / "x.svg", view="document")
    with pytest.raises(InputError, match="choose a network"):
        export_from(FIXTURE, "ttl", tmp_path / "x.ttl", view="full")


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
