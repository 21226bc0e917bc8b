"""`policykg build` checks every input before it creates or writes anything: a missing input is one line, a
non-zero exit, and OUT not created (or, when it exists, not changed)."""

from click.testing import CliRunner

from policykg.cli import cli

TEXT = "Kế hoạch\nCông an nhân dân phải bảo vệ an ninh.\n"


def run(*args):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def snapshot(out):
    return {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_missing_input_creates_nothing(fake_steps, tmp_path):
    good = tmp_path / "kh.txt"
    good.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = run(good, tmp_path / "nosuch.txt", "--out", out)
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nosuch.txt'}: no such file or directory\n"
    assert "Built into" not in result.output and not out.exists()


def test_a_missing_input_leaves_an_existing_build_unchanged(fake_steps, tmp_path):
    good = tmp_path / "kh.txt"
    good.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert run(good, "--out", out, "--no-viz").exit_code == 0
    before = snapshot(out)
    result = run(good, tmp_path / "a.txt", tmp_path / "b.md", "--out", out, "--force", "--prune", "-f", "nq")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "(and 1 more missing input(s))" in result.output
    assert snapshot(out) == before


def test_a_broken_input_that_exists_still_fails_alone(fake_steps, tmp_path):
    good, bad = tmp_path / "kh.txt", tmp_path / "bad.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad.write_bytes(b"\x00\xff" * 50)
    result = run(good, bad, "--out", tmp_path / "out", "--no-viz")
    assert result.exit_code == 1 and "(built 1, unchanged 0, failed 1)" in result.output
    assert (tmp_path / "out" / "graph.trig").exists()
