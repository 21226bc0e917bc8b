"""The lines of a text and the words of a table's header, shared by the readers of flattened tables
(``flattables``, ``tabtables``) and of layout text (``layout``)."""

from __future__ import annotations

from policykg.graph_builder import cues, dutycues

__all__ = ["cell_break", "duty_header", "line_spans"]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, without its line break."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def duty_header(keys: list[str]) -> bool:
    """Header cells of a division-of-labour table: a task column and a lead (or executor) column."""
    return any(dutycues.TASK_COLUMN.search(k) for k in keys) and any(
        dutycues.LEAD_COLUMN.search(k) or dutycues.EXECUTOR_COLUMN.search(k) for k in keys)


def cell_break(line: str, below: str) -> str:
    """What a line break inside one cell becomes in the match form: ``;`` between a word in lower case and a
    capitalised one (two names of a list: "Bộ Tư pháp" / "Bộ Tài chính"; not before a family name), else a space.

    >>> cell_break("Bộ Nông nghiệp và Môi trường", "Bộ Khoa học và Công nghệ"), cell_break("Ủy ban nhân", "dân tỉnh")
    (';', ' ')
    """
    words, next_words = line.split(), below.split()
    return ";" if words and next_words and cues.item_break_between(words[-1], next_words[0]) else " "
