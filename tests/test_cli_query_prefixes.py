"""`policykg query -e` and `--file` (also `--file -`, the query read from stdin) get the prefixes the outputs use."""

from pathlib import Path

from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.iris import PREFIXES
from policykg.queries.catalogue import query_from_text

FIXTURE = str(Path(__file__).parent / "data" / "queries" / "fixture.trig")
QUERY = ("SELECT ?task WHERE { ?task a pkg:Task ; pkg:statedIn ?doc . ?doc dcterms:identifier \"09-CT/TW\" } "
         "ORDER BY ?task")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def tasks(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if line.startswith("pkgid:")]


def test_expression_uses_the_output_prefixes_without_declaring_them():
    result = run("query", "-e", QUERY, "--data", FIXTURE)
    assert result.exit_code == 0, result.output
    assert tasks(result.output) and all(t.startswith("pkgid:ct09-nhandan-2023-12-09/task/") for t in tasks(result.output))


def test_every_output_prefix_is_predeclared():
    text = query_from_text("ASK {}").text
    for prefix, namespace in PREFIXES.items():
        assert f"PREFIX {prefix}: <{namespace}>\n" in text
    for name in ("pkg", "actor", "pkgid", "rdf", "rdfs", "skos", "dcterms", "prov", "org", "eli", "xsd", "owl"):
        assert name in PREFIXES


def test_a_prefix_the_query_declares_itself_is_not_declared_again():
    own = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n" + QUERY
    text = query_from_text(own).text
    assert text.count("PREFIX pkg:") == 1 and text.endswith(own)
    result = run("query", "-e", "PREFIX actor: <urn:nobody/>\nASK { actor:cong-an-nhan-dan ?p ?o }", "--data", FIXTURE)
    assert result.output == "false\n"
    assert run("query", "-e", "ASK { actor:cong-an-nhan-dan ?p ?o }", "--data", FIXTURE).output == "true\n"


def test_file_gets_the_prefixes_too(tmp_path):
    query = tmp_path / "q.rq"
    query.write_text(QUERY, encoding="utf-8")
    result = run("query", "--file", str(query), "--data", FIXTURE)
    assert result.exit_code == 0, result.output
    assert tasks(result.output) == tasks(run("query", "-e", QUERY, "--data", FIXTURE).output)


def test_file_dash_reads_the_query_from_stdin():
    result = run("query", "--file", "-", "--data", FIXTURE, input=QUERY)
    assert result.exit_code == 0, result.output
    assert tasks(result.output) == tasks(run("query", "-e", QUERY, "--data", FIXTURE).output)
    with_header = ("# name: mine\n# params: doc (iri) a document\n"
                   "SELECT ?task WHERE { ?task a pkg:Task ; pkg:statedIn ?doc } ORDER BY ?task")
    by_label = run("query", "--file", "-", "--data", FIXTURE, "--param", "doc=09-CT/TW", input=with_header)
    assert by_label.exit_code == 0, by_label.output
    assert tasks(by_label.output) == tasks(result.output)


def test_a_missing_query_file_is_one_line(tmp_path):
    result = run("query", "--file", str(tmp_path / "none.rq"), "--data", FIXTURE)
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "none.rq" in result.output
