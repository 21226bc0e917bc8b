"""Result formats: W3C SPARQL 1.1 results JSON, CSV and TSV parse with standard parsers; tables read well."""

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.core.errors import QueryError
from policykg.queries.data import open_data
from policykg.queries.engine import run_query
from policykg.queries.results import QueryResult, RdfTerm

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@pytest.fixture(scope="module")
def store():
    return open_data(FIXTURE)


def test_json_is_w3c_sparql_results(store):
    result = run_query("coordination", {}, data=store)
    doc = json.loads(result.serialize("json"))
    assert doc["head"]["vars"] == ["actorA", "actorALabel", "actorB", "actorBLabel", "task", "document", "quote"]
    bindings = doc["results"]["bindings"]
    assert len(bindings) == 5
    first = bindings[0]
    assert first["actorA"] == {"type": "uri", "value": "https://w3id.org/policykg/actor/cong-an-nhan-dan"}
    assert first["actorALabel"] == {"type": "literal", "value": "Công an nhân dân", "xml:lang": "vi"}
    assert first["quote"]["value"].startswith("Tăng cường quan hệ phối hợp")


def test_json_numbers_carry_their_datatype_and_unbound_variables_are_absent(store):
    doc = json.loads(run_query("busiest-actors", {}, data=store).serialize("json"))
    assert doc["results"]["bindings"][0]["tasks"] == {"type": "literal", "value": "3", "datatype": XSD_INTEGER}
    documents = json.loads(run_query("documents", {}, data=store).serialize("json"))["results"]["bindings"]
    article = documents[0]
    assert "identifier" not in article and article["date"]["datatype"].endswith("#date")


def test_csv_parses_with_the_csv_module(store):
    result = run_query("coordination", {}, data=store)
    text = result.serialize("csv")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == result.variables
    assert len(rows) == 1 + len(result.rows)
    assert rows[1][0] == "https://w3id.org/policykg/actor/cong-an-nhan-dan"
    assert rows[1][3] == "ban, ngành, đoàn thể"   # the comma survives quoting
    assert rows[1][6] == result.rows[0]["quote"].value


def test_tsv_parses_with_the_csv_module_and_holds_rdf_terms(store):
    result = run_query("documents", {}, data=store)
    text = result.serialize("tsv")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["?" + v for v in result.variables]
    assert all(len(r) == len(result.variables) for r in rows)
    directive = rows[2]
    assert directive[0] == "<https://w3id.org/policykg/id/doc/09-ct-tw>"
    assert directive[1] == '"09-CT/TW"'
    assert directive[3].startswith('"Về tăng cường') and directive[3].endswith('"@vi')
    assert rows[1][1] == ""   # unbound


def test_tsv_escapes_tabs_and_line_breaks():
    result = QueryResult.select(["q"], [{"q": RdfTerm.literal("a\tb\nc", "vi")}])
    lines = result.serialize("tsv").splitlines()
    assert lines == ["?q", '"a\\tb\\nc"@vi']


def test_table_is_aligned_with_short_iris(store):
    table = run_query("coordination", {}, data=store).serialize("table")
    lines = table.splitlines()
    assert lines[0].split() == ["actorA", "actorALabel", "actorB", "actorBLabel", "task", "document", "quote"]
    assert lines[2].split()[:2] == ["actor:cong-an-nhan-dan", "Công"]
    assert lines[2].index("Công an nhân dân") == lines[0].index("actorALabel")
    assert "pkgid:doc/09-ct-tw" in lines[2]
    assert lines[-1] == "(5 rows)"
    assert lines[2].index("actor:ban-nganh-doan-the") == lines[3].index("actor:mat-tran-to-quoc-viet-nam")


def test_ask_and_construct(store):
    assert run_query("ASK { ?s a <https://w3id.org/policykg/ontology#Directive> }", {}, data=store).serialize("table") == "true\n"
    ask = json.loads(run_query("ASK { ?s a <urn:nothing> }", {}, data=store).serialize("json"))
    assert ask == {"head": {}, "boolean": False}
    construct = run_query("CONSTRUCT { ?a <urn:p> ?b } WHERE { ?a <https://w3id.org/policykg/ontology#coordinatesWith> ?b }",
                          {}, data=store)
    turtle = construct.serialize("json")   # graphs are Turtle whatever the format
    assert turtle.startswith("@prefix actor:")
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == 10


def test_formats_are_deterministic_and_unknown_formats_refused(store):
    first = run_query("responsibilities", {}, data=store)
    again = run_query("responsibilities", {}, data=open_data(FIXTURE))
    for fmt in ("table", "json", "csv", "tsv"):
        assert first.serialize(fmt) == again.serialize(fmt)
    with pytest.raises(QueryError, match="unknown format 'yaml'"):
        first.serialize("yaml")
