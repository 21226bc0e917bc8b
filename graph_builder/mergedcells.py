"""A body's name split between a table row's lead (or partner) cell and a tail printed after the row.

A PDF or Word export that writes a division-of-labour table one cell per line writes a tall row's first line cell by
cell, then the second lines of the cells that wrap, after the row's last cell (``celltails``): "2" / task "Xây dựng
bộ tiêu chí ... việc áp dụng" / lead "Trường Đại học Y tế công cộng, Sở" / partners / time "Quý IV/2026" / "bộ tiêu
chí tại các địa phương." / "Nông nghiệp và Môi trường". The table reader keeps such tails as cells past the header's
width, which hold no role: the lead cell ended on a bare "Sở" and the row lost one of its leads.

:func:`with_tail_mentions` reads the name across: the cell's last member (its words after the last comma or
semicolon) and the first tail that opens with a capital, joined, are read as a cell's words are (the lexicon's
names); a body whose name runs from the member into the tail is placed on the member's words in the cell (its
surface the whole name), so the row reader finds it among the cell's bodies. A tail reads into one cell at most;
a member that is a whole name already ("Sở Y tế") gives no name across, and the row is read as before.
"""

from __future__ import annotations

import dataclasses
import re

from policykg.graph_builder.identity import identify_actors
from policykg.graph_builder.model import DocumentInfo, Mention, Sentence, SourceText, Span
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.tabular import duty_columns, find_tables
from policykg.ontology.lexicon import Lexicon

__all__ = ["with_tail_mentions"]

_LAST_MEMBER = re.compile(r"(?:^|[,;])\s*(?P<member>[^,;]+?)\s*$")


def with_tail_mentions(source: SourceText, sentences: list[Sentence], mentions: list[Mention],
                       document: DocumentInfo, lexicon: Lexicon) -> list[Mention]:
    """The mentions, with the bodies named across a row's cell and a tail after the row put in that cell."""
    if "|" not in source.match:
        return mentions
    found: list[Mention] = []
    for table in find_tables(source, sentences):
        columns = duty_columns(table)
        if columns is None:
            continue
        width = len(table.header)
        for row in table.rows:
            tails = [c for c in row.cells[width:] if c.end > c.start and _opens_upper(source.match[c.start:c.end])]
            for column in (columns.lead, columns.partner):
                if not tails or column is None or column >= min(width, len(row.cells)):
                    continue
                across = _named_across(source, row.cells[column], tails, document, lexicon)
                if across is not None:
                    found.append(across[0])
                    tails.remove(across[1])
    if not found:
        return mentions
    kept = [m for m in mentions if m.category != "actor" or not any(f.span.overlaps(m.span) for f in found)]
    return sorted(kept + found, key=lambda m: (m.span.start, m.span.end))


def _opens_upper(text: str) -> bool:
    letter = next((c for c in text if c.isalpha()), "")
    return letter.isupper()


def _named_across(source: SourceText, cell: Span, tails: list[Span], document: DocumentInfo,
                  lexicon: Lexicon) -> tuple[Mention, Span] | None:
    """The body named from the cell's last member into the first tail that goes on with it, and that tail."""
    m = _LAST_MEMBER.search(source.match, cell.start, cell.end)
    if m is None:
        return None
    member = m.group("member")
    for tail in tails:
        joined = f"{member} {source.match[tail.start:tail.end]}"
        text = source_from_string(joined)
        for found in identify_actors(find_mentions(text, [], lexicon), text, document, lexicon):
            if found.category == "actor" and found.span.start == 0 and found.span.end > len(member) + 1:
                return dataclasses.replace(found, span=Span(m.start("member"), m.end("member"))), tail
    return None
