"""`policykg convert IN OUT [--from F] [--to F]` between RDF formats, and `export --format rdfxml` (and the other RDF
formats): formats named explicitly, the suffix only a guess."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.formats import FORMATS

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
RDF_NS = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def triples_of(path: Path, fmt: str) -> set:
    return {q.triple for q in ox.parse(path=str(path), format=FORMATS[fmt].oxigraph)}


FIXTURE_TRIPLES = triples_of(FIXTURE, "trig")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_convert_to_every_format_keeps_the_statements(tmp_path, fmt):
    out = tmp_path / f"graph{FORMATS[fmt].suffix}"
    result = run("convert", FIXTURE, out)
    assert result.exit_code == 0, result.output
    assert triples_of(out, fmt) == FIXTURE_TRIPLES
    if FORMATS[fmt].dataset:   # named graphs stay named graphs
        assert len({q.graph_name for q in ox.parse(path=str(out), format=FORMATS[fmt].oxigraph)}) == 2


def test_rdfxml_is_xml_with_the_project_prefixes(tmp_path):
    out = tmp_path / "graph.rdf"
    assert run("convert", FIXTURE, out, "--to", "rdfxml").exit_code == 0
    root = ET.parse(out).getroot()
    assert root.tag == RDF_NS + "RDF"
    assert 'xmlns:pkg="https://w3id.org/policykg/ontology#"' in out.read_text(encoding="utf-8")


def test_named_formats_win_over_suffixes_and_stdio_works(tmp_path):
    turtle = tmp_path / "data.txt"
    assert run("convert", FIXTURE, turtle, "--to", "ttl").exit_code == 0
    assert triples_of(turtle, "ttl") == FIXTURE_TRIPLES
    result = run("convert", "-", "-", "--from", "ttl", "--to", "nt", input=turtle.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert {t.triple for t in ox.parse(result.output.encode(), format=ox.RdfFormat.N_TRIPLES)} == FIXTURE_TRIPLES


def test_a_format_that_cannot_be_told_is_one_line(tmp_path):
    result = run("convert", FIXTURE, tmp_path / "graph.data")
    assert result.exit_code == 1 and "give --to" in result.output and result.output.count("\n") == 1
    assert not (tmp_path / "graph.data").exists()
    assert run("convert", "-", tmp_path / "x.ttl", input="").exit_code == 1
    assert run("convert", FIXTURE, tmp_path / "x.ttl", "--to", "rdfa").exit_code == 2


def test_invalid_or_missing_input_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    result = run("convert", bad, tmp_path / "out.nt")
    assert result.exit_code == 1 and "bad.ttl: not valid Turtle" in result.output and "Traceback" not in result.output
    assert run("convert", tmp_path / "none.ttl", tmp_path / "out.nt").exit_code == 1
    assert not (tmp_path / "out.nt").exists()


@pytest.mark.parametrize("fmt", ["rdfxml", "ttl", "trig", "nt", "nq", "jsonld"])
def test_export_writes_the_graphs_in_rdf(tmp_path, fmt):
    out = tmp_path / f"export{FORMATS[fmt].suffix}"
    result = run("export", FIXTURE, "--format", fmt, "--out", out)
    assert result.exit_code == 0, result.output
    assert f"({FORMATS[fmt].label})" in result.output
    assert triples_of(out, fmt) == FIXTURE_TRIPLES   # the data, not the ontology loaded beside it
    again = tmp_path / f"again{FORMATS[fmt].suffix}"
    run("export", FIXTURE, "--format", fmt, "--out", again)
    assert again.read_bytes() == out.read_bytes()


def test_export_of_a_build_directory_as_rdfxml(tmp_path):
    store = tmp_path / "out" / "store"
    assert run("load", FIXTURE, "--store", store).exit_code == 0
    out = tmp_path / "graph.rdf"
    assert run("export", tmp_path / "out", "--format", "rdfxml", "--out", out).exit_code == 0
    assert triples_of(out, "rdfxml") == FIXTURE_TRIPLES
