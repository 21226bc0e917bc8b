"""`policykg query --format xml`: the W3C SPARQL Query Results XML Format, for SELECT and ASK."""

import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from policykg.cli import cli

FIXTURE = str(Path(__file__).parent / "data" / "queries" / "fixture.trig")
NS = {"r": "http://www.w3.org/2005/sparql-results#"}


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_select_results_parse_as_sparql_results_xml():
    result = run("query", "coordination", "--data", FIXTURE, "--format", "xml")
    assert result.exit_code == 0, result.output
    root = ET.fromstring(result.output.encode("utf-8"))
    assert root.tag == "{http://www.w3.org/2005/sparql-results#}sparql"
    variables = [v.get("name") for v in root.findall("r:head/r:variable", NS)]
    assert variables == ["actorA", "actorALabel", "actorB", "actorBLabel", "task", "document", "quote"]
    rows = root.findall("r:results/r:result", NS)
    as_json = run("query", "coordination", "--data", FIXTURE, "--format", "json").output
    assert len(rows) == as_json.count('"actorA":{')
    first = {b.get("name"): b for b in rows[0].findall("r:binding", NS)}
    assert first["actorA"].find("r:uri", NS).text.startswith("https://w3id.org/policykg/actor/")
    label = first["actorALabel"].find("r:literal", NS)
    assert label.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi" and label.text


def test_markup_in_values_is_escaped():
    result = run("query", "-e", 'SELECT ?x WHERE { BIND("<b>&</b>" AS ?x) }', "--data", FIXTURE, "--format", "xml")
    root = ET.fromstring(result.output.encode("utf-8"))
    assert root.find("r:results/r:result/r:binding/r:literal", NS).text == "<b>&</b>"


def test_ask_results_parse_as_a_boolean():
    for query, expected in (("ASK { ?s a pkg:Task }", "true"), ("ASK { ?s a pkg:NoSuchClass }", "false")):
        result = run("query", "-e", query, "--data", FIXTURE, "--format", "xml")
        assert result.exit_code == 0, result.output
        root = ET.fromstring(result.output.encode("utf-8"))
        assert root.find("r:boolean", NS).text == expected and root.find("r:head", NS) is not None
