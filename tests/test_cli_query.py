"""The load / query / push commands, through click's CliRunner: thin commands, one-line errors, exit codes."""

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from policykg.cli import cli
from policykg.queries.virtuoso import free_port

FIXTURE = str(Path(__file__).parent / "data" / "queries" / "fixture.trig")


def run(*args):
    return CliRunner().invoke(cli, list(args))


def assert_one_line_error(result, text):
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: ") and text in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_list_shows_the_catalogue():
    result = run("query", "--list")
    assert result.exit_code == 0
    for name in ("coordination", "responsibilities", "actor --param actor=...", "path --param from=... --param to=..."):
        assert name in result.output


def test_named_query_as_json():
    result = run("query", "coordination", "--data", FIXTURE, "--format", "json")
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    assert [b["actorB"]["value"].rsplit("/", 1)[1] for b in bindings[:3]] == [
        "ban-nganh-doan-the", "mat-tran-to-quoc-viet-nam", "quan-doi-nhan-dan"]


def test_parameters_and_csv():
    result = run("query", "actor", "--param", "actor=Công an nhân dân", "--data", FIXTURE, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {r["actor"] for r in rows} == {"https://w3id.org/policykg/actor/cong-an-nhan-dan"}
    assert any(r["relation"] == "lead" for r in rows)


def test_table_is_the_default():
    result = run("query", "tasks-without-lead", "--data", FIXTURE)
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["task", "text", "document", "quote"]
    assert result.output.rstrip().endswith("(4 rows)")


def test_file_and_expression(tmp_path):
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(?t) AS ?n) WHERE { ?t a <https://w3id.org/policykg/ontology#Task> }", encoding="utf-8")
    result = run("query", "--file", str(query), "--data", FIXTURE, "--format", "tsv")
    assert result.output == '?n\n7\n'   # a number is written bare, as in Turtle
    result = run("query", "-e", "ASK { ?s a <https://w3id.org/policykg/ontology#Plan> }", "--data", FIXTURE)
    assert result.output == "true\n"


def test_one_line_errors():
    assert_one_line_error(run("query", "actor", "--data", FIXTURE), "needs parameter(s) actor")
    assert_one_line_error(run("query", "coordinatoin", "--data", FIXTURE), "unknown query 'coordinatoin'")
    assert_one_line_error(run("query", "-e", "SELECT * WHERE { ?s ", "--data", FIXTURE), "SPARQL syntax error")
    assert_one_line_error(run("query", "tasks"), "give exactly one of --data PATH or --endpoint URL")
    port = free_port()
    assert_one_line_error(run("query", "tasks", "--endpoint", f"http://127.0.0.1:{port}/sparql", "--timeout", "2"),
                          "connection refused")
    assert_one_line_error(run("push", FIXTURE, "--endpoint", f"http://127.0.0.1:{port}/sparql"), "cannot reach")


def test_usage_errors_exit_2():
    assert run("query", "tasks", "-e", "ASK {}", "--data", FIXTURE).exit_code == 2
    assert run("query", "actor", "--param", "actor", "--data", FIXTURE).exit_code == 2
    assert run("query", "tasks", "--data", "/no/such/file.trig").exit_code == 2
    assert run("query", "tasks", "--data", FIXTURE, "--format", "yaml").exit_code == 2


def test_load_twice_then_query_the_store(tmp_path):
    store = str(tmp_path / "store")
    first = run("load", FIXTURE, "--store", store)
    second = run("load", FIXTURE, "--store", store)
    assert first.exit_code == second.exit_code == 0, first.output
    assert first.output == second.output
    assert first.output.startswith("loaded 2 graph(s) into")   # the two documents (plus the ontology graph)
    result = run("query", "objectives", "--data", store, "--format", "json")
    assert len(json.loads(result.output)["results"]["bindings"]) == 3


def test_load_refuses_bad_data(tmp_path):
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b>", encoding="utf-8")
    assert_one_line_error(run("load", str(bad), "--store", str(tmp_path / "store")), "bad.trig: not valid")
