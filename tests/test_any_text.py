"""Valid output for any text (issue 11, failure 4): control characters, NUL, lone surrogates and noncharacters in a
document no longer make GraphML, GEXF, RDF/XML or any other output malformed; every export parses back and every
evidence quote is still the source text at its offsets."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.textnorm import carriable, source_text
from policykg.graph_builder.pipeline import build_source, emit_result
from policykg.graph_builder.read import read_source, source_from_string
from policykg.visualize.exports import gexf_text, graphml_text, svg_text
from policykg.visualize.report import render_document, render_page

sys.path.insert(0, str(Path(__file__).parent))
from outputcheck import HOSTILE, check_build_dir, check_html, check_quotes, check_rdf, check_xml, is_carriable  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "examples" / "ct09-nhandan-2023-12-09.txt").read_text(encoding="utf-8")
# The hostile cases of the issue: a name and a duty with control characters inside them
SENTENCE = ("Công an\x01 nhân dân\x0b chủ trì\x1b, phối hợp với Quân đội\x00 nhân dân tuyên truyền\ufffe\uffff "
            "pháp luật về an ninh quốc gia.\n")


def hostile_article(with_surrogates: bool = False) -> str:
    at = ARTICLE.index("Công an")
    extra = "Bộ Quốc phòng\ud800 phối hợp với Bộ Công an\udfff\x85 bảo vệ\x7f an ninh.\n" if with_surrogates else ""
    return ARTICLE[:at] + SENTENCE + extra + ARTICLE[at:]


def test_the_source_text_replaces_each_uncarriable_character_by_one():
    raw = "a" + HOSTILE + "b\tc\nd"
    text = source_text(raw)
    assert len(text) == len(raw)   # one for one: offsets do not move
    assert all(is_carriable(c) for c in text)
    assert text[0] == "a" and text[-5:] == "b\tc\nd"
    assert text[1:4] == "   " and "\ufffd" in text
    assert carriable("Đảng ủy\tđã\n") == "Đảng ủy\tđã\n"


def test_reading_keeps_offsets_and_builds_quotes_equal_to_the_text():
    raw = hostile_article(with_surrogates=True)
    source = source_from_string(raw, name="hostile.txt")
    assert len(source.text) == len(raw) and all(is_carriable(c) for c in source.text)
    result = build_source(source)
    quads = emit_result(result)
    assert check_quotes(quads, source.text) > 10
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    check_rdf(data, ox.RdfFormat.N_QUADS)
    for fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD):
        check_rdf(ox.serialize(quads, format=fmt), fmt)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    for fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        check_rdf(ox.serialize(triples, format=fmt), fmt)
    check_xml(ox.serialize(triples, format=ox.RdfFormat.RDF_XML), "RDF/XML")
    part = render_document(result)
    check_html(render_page([part], [("bad\x01name\ud800.txt", "bad\x01name\ud800.txt: failed")]), "report")


def test_a_file_with_control_characters_builds_and_every_export_parses(tmp_path):
    doc = tmp_path / "hostile.txt"
    doc.write_bytes(hostile_article().encode("utf-8"))
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(doc), "--out", str(out), "-q", *sum((["-f", f] for f in
                                 ("nt", "nq", "jsonld", "rdfxml")), [])])
    assert result.exit_code == 0, result.output
    outputs = check_build_dir(out)
    assert set(outputs) == {"graph.trig", "graph.ttl", "graph.nt", "graph.nq", "graph.jsonld", "graph.rdf"}
    text = read_source(doc).text
    assert check_quotes(outputs["graph.nq"], text) > 10
    assert any("Công an  nhân dân  chủ trì" in q.object.value for q in outputs["graph.nq"])
    for fmt, suffix in (("graphml", "graphml"), ("gexf", "gexf"), ("svg", "svg")):
        target = tmp_path / f"network.{suffix}"
        done = runner.invoke(cli, ["export", str(out), "--format", fmt, "--out", str(target)])
        assert done.exit_code == 0, done.output
        root = check_xml(target.read_bytes(), fmt)
        assert len(list(root.iter())) > 10
    graph = nx.read_graphml(tmp_path / "network.graphml", force_multigraph=True)
    assert graph.number_of_edges() > 0


@pytest.mark.parametrize("writer", [graphml_text, gexf_text, svg_text])
def test_the_xml_writers_escape_labels_and_quotes_they_are_given(writer):
    """Belt and braces: data loaded from elsewhere may carry what the builder's reading would have replaced."""
    from policykg.visualize.graphdata import Evidence

    graph = nx.MultiDiGraph()
    label = "Bộ\x01 Công an" + HOSTILE
    graph.add_node("urn:a", kind="StateBody", label_vi=label, label_en="x\x0b", documents=("d\x1b",),
                   evidence=(Evidence(document="urn:d", source="", start=0, quote="q\x00" + HOSTILE),))
    graph.add_node("urn:b", kind="ArmedForce", label_vi="B\ufffe")
    graph.add_edge("urn:a", "urn:b", key="coordinates", kind="coordinates", count=1, documents=("d\x01",),
                   evidence=(Evidence(document="urn:d", source="", start=0, quote="q\x1b"),))
    root = check_xml(writer(graph).encode("utf-8"), writer.__name__)
    assert "Bộ  Công an" in "".join(root.itertext()) + "".join(
        v for e in root.iter() for v in e.attrib.values())
