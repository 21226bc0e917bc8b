"""`policykg query --max-width N` and `--no-truncate`: how wide the table's cells may be."""

from pathlib import Path

from click.testing import CliRunner

from policykg.cli import cli

FIXTURE = str(Path(__file__).parent / "data" / "queries" / "fixture.trig")


def run(*args):
    return CliRunner().invoke(cli, list(args))


def longest_cell(output: str) -> int:
    rows = [line for line in output.splitlines()[2:] if line and not line.startswith("(")]
    return max(len(cell.strip()) for row in rows for cell in row.split("  ") if cell.strip())


def test_default_cuts_cells_at_80_characters():
    result = run("query", "tasks", "--data", FIXTURE)
    assert result.exit_code == 0, result.output
    assert "…" in result.output and longest_cell(result.output) <= 80


def test_max_width_sets_the_cut():
    result = run("query", "tasks", "--data", FIXTURE, "--max-width", "30")
    assert result.exit_code == 0, result.output
    assert longest_cell(result.output) <= 30 and "…" in result.output


def test_no_truncate_shows_whole_cells():
    full = run("query", "tasks", "--data", FIXTURE, "--no-truncate")
    assert full.exit_code == 0 and "…" not in full.output
    assert longest_cell(full.output) > 80
    as_json = run("query", "tasks", "--data", FIXTURE, "--format", "json").output
    for line in full.output.splitlines()[2:-2]:
        quote = line.split("  ")[-1].strip()
        assert quote in as_json   # nothing cut, nothing changed


def test_width_below_two_is_a_usage_error():
    assert run("query", "tasks", "--data", FIXTURE, "--max-width", "1").exit_code == 2
