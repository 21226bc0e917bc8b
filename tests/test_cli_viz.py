"""`policykg viz` and `policykg export` through Click's CliRunner."""

from pathlib import Path

from click.testing import CliRunner

from policykg.cli import cli

FIXTURE = str(Path(__file__).parent / "data" / "visualize" / "fixture.trig")


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_viz_writes_the_actor_view(tmp_path):
    out = tmp_path / "graph.html"
    result = run("viz", FIXTURE, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "13 nodes, 14 edges" in result.output
    assert 'id="policykg-data"' in out.read_text(encoding="utf-8")


def test_viz_document_view_by_number_and_language(tmp_path):
    out = tmp_path / "doc.html"
    result = run("viz", FIXTURE, "--view", "document", "--document", "182/KH-UBND", "--lang", "en", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert '"lang":"en"' in out.read_text(encoding="utf-8")


def test_viz_user_mistakes_are_one_line_and_exit_1(tmp_path):
    out = tmp_path / "doc.html"
    missing = run("viz", FIXTURE, "--view", "document", "--out", str(out))
    assert missing.exit_code == 1 and missing.output.count("\n") == 1 and "--document" in missing.output
    unknown = run("viz", FIXTURE, "--document", "99-CT/TW", "--out", str(out))
    assert unknown.exit_code == 1 and "Traceback" not in unknown.output and "99-CT/TW" in unknown.output
    assert not out.exists()
    bad = tmp_path / "bad.trig"
    bad.write_text("this is not trig {", encoding="utf-8")
    broken = run("viz", str(bad), "--out", str(out))
    assert broken.exit_code == 1 and "not valid" in broken.output


def test_viz_unknown_view_is_a_usage_error(tmp_path):
    result = run("viz", FIXTURE, "--view", "pie", "--out", str(tmp_path / "x.html"))
    assert result.exit_code == 2


def test_export_graphml_and_svg(tmp_path):
    for fmt in ("graphml", "gexf", "svg"):
        out = tmp_path / f"actors.{fmt}"
        result = run("export", FIXTURE, "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    mismatch = run("export", FIXTURE, "--format", "svg", "--out", str(tmp_path / "x.png"))
    assert mismatch.exit_code == 1 and "must end in .svg" in mismatch.output


def test_export_view_and_document_options(tmp_path):
    out = tmp_path / "doc.gexf"
    result = run("export", FIXTURE, "--format", "gexf", "--view", "document", "--document", "09-CT/TW", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "viz:position" in out.read_text(encoding="utf-8")
    unknown = run("export", FIXTURE, "--format", "gexf", "--document", "99-XX/YY", "--out", str(tmp_path / "x.gexf"))
    assert unknown.exit_code == 1 and "no document" in unknown.output and "Traceback" not in unknown.output
