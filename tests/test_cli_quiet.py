"""`policykg build --quiet` prints nothing but errors: no progress bar, no summary, no notes."""

from click.testing import CliRunner

from policykg.cli import cli

TEXT = "Kế hoạch\nCông an nhân dân phải bảo vệ an ninh.\n"


def test_quiet_prints_nothing_when_all_goes_well(fake_steps, tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0
    assert result.output == ""
    assert (tmp_path / "out" / "graph.trig").exists() and (tmp_path / "out" / "graph.html").exists()


def test_quiet_still_prints_errors(fake_steps, tmp_path):
    doc, bad = tmp_path / "kh.txt", tmp_path / "bad.txt"
    doc.write_text(TEXT, encoding="utf-8")
    bad.write_bytes(b"\x00\xff" * 50)
    result = CliRunner().invoke(cli, ["build", str(doc), str(bad), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {bad}: not a text file (binary data)\n"
    missing = CliRunner().invoke(cli, ["build", str(tmp_path / "none.txt"), "--out", str(tmp_path / "o2"), "-q"])
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: ") and missing.stdout == ""


def test_without_quiet_the_summary_is_printed(fake_steps, tmp_path):
    doc = tmp_path / "kh.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(doc), "--out", str(tmp_path / "out")])
    assert result.stdout.startswith("Built into ")
