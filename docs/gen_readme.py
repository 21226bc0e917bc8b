"""Regenerate the generated parts of README.md: the CLI reference (from --help) and the query catalogue.

    python docs/gen_readme.py          # rewrite README.md in place
    python docs/gen_readme.py --check  # exit 1 if README.md is stale (the test suite runs this)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _help_of(cmd: click.Command, path: list[str]) -> list[str]:
    ctx = click.Context(cmd, info_name=" ".join(path), terminal_width=100, max_content_width=100)
    blocks = [f"### `{' '.join(path)}`\n\n```\n{cmd.get_help(ctx).rstrip()}\n```\n"]
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.list_commands(ctx)):
            blocks += _help_of(cmd.get_command(ctx, name), path + [name])
    return blocks


def cli_reference() -> str:
    from policykg.cli import cli

    return "\n".join(_help_of(cli, ["policykg"]))


def catalogue_table() -> str:
    from policykg.queries.catalogue import list_queries

    rows = ["| name | answers | parameters | returns |", "|---|---|---|---|"]
    def cell(text: str) -> str:
        return str(text).replace("|", " or ")

    for q in list_queries():
        params = ", ".join(f"`{cell(p)}`" for p in q.params) or "none"
        returns = " ".join(f"`{v}`" for v in q.returns)
        rows.append(f"| `{q.name}` | {cell(q.answers)} | {params} | {returns} |")
    return "\n".join(rows) + "\n"


def render(text: str) -> str:
    for marker, body in (("cli", cli_reference), ("catalogue", catalogue_table)):
        pattern = re.compile(rf"(<!-- {marker}:start -->\n).*?(<!-- {marker}:end -->)", re.S)
        text = pattern.sub(lambda m: m.group(1) + body() + m.group(2), text)
    return text


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md is stale: run python docs/gen_readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
