"""The build's summary ends with the next two things to do: open OUT/graph.html, and a query to try."""

import shlex

from click.testing import CliRunner

from policykg.cli import cli
from policykg.corpus.summary import BuildSummary

TEXT = "Kế hoạch\nCông an nhân dân phải bảo vệ an ninh.\n"


def test_summary_ends_with_opening_the_view_and_a_query(fake_steps, tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "my out"
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.rstrip("\n").splitlines()
    assert lines[-3] == "next:"
    assert lines[-2] == f"  open {shlex.quote(str(out / 'graph.html'))}"
    assert lines[-1] == f"  policykg query coordination --data {shlex.quote(str(out))}"
    assert (out / "graph.html").exists()


def test_the_suggested_query_runs(fake_steps, tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(out)])
    command = shlex.split(result.output.rstrip("\n").splitlines()[-1])
    assert command[0] == "policykg"
    answer = CliRunner().invoke(cli, command[1:])
    assert answer.exit_code == 0 and answer.output.rstrip().endswith("rows)")


def test_without_the_view_the_report_is_suggested(fake_steps, tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(tmp_path / "out"), "--no-viz"])
    assert f"  open {tmp_path / 'out' / 'report.html'}" in result.output


def test_no_documents_no_next_steps():
    assert "next:" not in BuildSummary("out").text()
