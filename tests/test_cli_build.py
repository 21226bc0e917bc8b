"""`policykg build` through Click's CliRunner: summary, outputs, formats, stdin, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli

TEXT = "Kế hoạch\nCông an nhân dân phải bảo vệ an ninh.\n"


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "kh.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(*args, input=None):
    return CliRunner().invoke(cli, ["build", *map(str, args)], input=input)


def test_build_writes_graphs_report_and_prints_the_summary(fake_steps, doc, tmp_path):
    out = tmp_path / "out"
    result = run(doc, "--out", out, "--no-viz")
    assert result.exit_code == 0, result.output
    for name in ("graph.trig", "graph.ttl", "report.html", "manifest.json", "graphs/kh.nq"):
        assert (out / name).exists(), name
    assert "documents:            1 (built 1, unchanged 0, failed 0)" in result.output
    assert "tasks:                1" in result.output and "uncovered sentences:  1" in result.output
    again = run(doc, "--out", out, "--no-viz")
    assert "(built 0, unchanged 1, failed 0)" in again.output


def test_format_option_adds_outputs(fake_steps, doc, tmp_path):
    out = tmp_path / "out"
    result = run(doc, "--out", out, "-q", "--no-viz", "--format", "nt", "--format", "jsonld")
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.glob("graph.*")} >= {"graph.trig", "graph.ttl", "graph.nt", "graph.jsonld"}
    assert not (out / "graph.nq").exists()


def test_unknown_format_is_a_usage_error(doc, tmp_path):
    result = run(doc, "--out", tmp_path / "out", "--format", "rdfa")
    assert result.exit_code == 2 and "rdfa" in result.output


def test_stdin_is_read_with_dash(fake_steps, tmp_path):
    out = tmp_path / "out"
    result = run("-", "--out", out, "-q", "--no-viz", input=TEXT)
    assert result.exit_code == 0, result.output
    assert len(list((out / "graphs").glob("stdin-*.nq"))) == 1
    assert "bảo vệ an ninh" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_missing_input_is_one_line_and_exit_1(fake_steps, tmp_path):
    result = run(tmp_path / "nope.txt", "--out", tmp_path / "out", "-q", "--no-viz")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {tmp_path / 'nope.txt'}: no such file or directory"]
    assert not (tmp_path / "out").exists()


def test_a_bad_file_among_good_ones_exits_1_after_building_the_others(fake_steps, doc, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff\xfe\x00" * 300)
    out = tmp_path / "out"
    result = run(doc, bad, "--out", out, "--no-viz", "--jobs", "2")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "(built 1, unchanged 0, failed 1)" in result.output
    assert [line for line in result.output.splitlines() if line.startswith("Error:")][0].startswith(f"Error: {bad}")
    assert (out / "graphs" / "kh.nq").exists() and (out / "graph.trig").exists()


def test_no_input_documents_is_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 1 and result.output.startswith("Error: no input documents")


def test_out_must_not_be_a_file(doc, tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    result = run(doc, "--out", target)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_jobs_must_be_positive(doc, tmp_path):
    assert run(doc, "--out", tmp_path / "o", "--jobs", "0").exit_code == 2


def test_help_lists_every_option():
    result = CliRunner().invoke(cli, ["build", "--help"])
    for option in ("--out", "--format", "--jobs", "--quiet", "--no-viz", "--force", "--prune"):
        assert option in result.output


def test_bundled_article_end_to_end(tmp_path):
    example = Path(__file__).resolve().parents[1] / "examples" / "ct09-nhandan-2023-12-09.txt"
    out = tmp_path / "out"
    result = run(example, "--out", out)
    assert result.exit_code == 0, result.output
    assert "tasks:                8" in result.output and "coordination duties:  1" in result.output
    for name in ("graph.trig", "graph.ttl", "report.html", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    forced = run(example, "--out", out, "--force", "--no-viz")
    assert "(built 1, unchanged 0, failed 0)" in forced.output
