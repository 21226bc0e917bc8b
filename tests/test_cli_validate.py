"""`policykg validate FILE`: readable violations, exit 0 when the data conforms and 1 when it does not."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from policykg.cli import cli

VALID = Path(__file__).parent / "data" / "shapes" / "valid.trig"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_conforming_file_exits_0_with_a_summary():
    result = run("validate", str(VALID))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Conforms: 113 triples checked, no violations."


def test_violations_are_printed_readably_and_exit_1(tmp_path):
    broken = tmp_path / "broken.trig"
    text = VALID.read_text(encoding="utf-8")
    text = text.replace("pkg:textLength 241", "pkg:textLength 200")
    text = text.replace('skos:prefLabel "Ban Bí thư"@vi', 'skos:prefLabel "Ban Bí thư"')
    broken.write_text(text, encoding="utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[-1].startswith("Does not conform: ")
    assert "Violation: pkgid:source/mini" in lines
    assert ("    pkgid:mini/evidence/136-241 ends at 241, beyond the end of its source text (pkg:textLength 200)."
            "  [pkgsh:SourceShape]") in lines
    assert 'skos:prefLabel without a language tag: write "..."@vi (or @en).' in result.output
    assert "Traceback" not in result.output


def test_missing_file_is_one_line_and_exit_1(tmp_path):
    result = run("validate", str(tmp_path / "nothing.ttl"))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: cannot validate {tmp_path / 'nothing.ttl'}: no such file"]


def test_unparsable_file_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("Error: cannot parse bad.ttl as turtle: ")


def test_unknown_format_is_refused(tmp_path):
    odd = tmp_path / "graph.docx"
    odd.write_text("x", encoding="utf-8")
    result = run("validate", str(odd))
    assert result.exit_code == 1
    assert "unknown RDF format" in result.output


def test_help_names_the_formats():
    result = run("validate", "--help")
    assert result.exit_code == 0
    assert ".trig" in result.output and "exit 1" in result.output


def test_an_empty_or_triple_less_file_is_no_data_not_conforming_data(tmp_path):
    """Issue 11, failure 9: a 0-byte file said "Conforms"."""
    for name, text in (("empty.ttl", ""), ("prefixes.ttl", "@prefix pkg: <https://w3id.org/policykg/ontology#> .\n"),
                       ("empty.trig", "# nothing\n"), ("empty.nq", "\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = run("validate", str(path))
        assert result.exit_code == 1, result.output
        assert result.output == f"Error: {path} holds no RDF triples\n"
