"""A text's HTML tags taken out, for the readers of tables that go one cell a line: a page's markup left in a text
file ("1<br>", "<p>c)</p>", "<p>Sở Y tế</p>") wraps a cell's line, and the reader reads the cell as the page shows it;
a no-break space ("&nbsp;", "Nơi\u00a0nhận:") is a space of the page, so a line that ends the table ends it.

Each line keeps its length: its tags are dropped and their room goes to the line's end (no indent that reads as a
layout's column), so every line break stays where it is; ``mapping`` carries each offset of the reader's text back to
the text's (a kept character to itself, a line's padding to the tags' characters in order), where the reader's marks
go.

>>> reader, mapping = without_tags("STT<br>\\n<p>Nội dung</p>\\n1 < 2")
>>> reader
'STT    \\nNội dung       \\n1 < 2'
>>> mapping[8], mapping[9]   # "N" of "Nội dung" is the text's offset 11
(11, 12)
"""

from __future__ import annotations

import re

__all__ = ["without_tags"]

# the tags of a page's text: paragraphs, line breaks, spans and emphasis, opened or closed (not "a < b")
_TAG = re.compile(r"</?(?:p|br|span|div|b|i|strong|em|u|font)(?:\s[^<>\n]*)?/?>", re.I)


def without_tags(text: str) -> tuple[str, list[int] | None]:
    """``text`` with its no-break spaces as spaces, each tag of ``_TAG`` dropped and each line padded with spaces to
    its length, and the offsets of the text for those of the result (None: no tag, offsets unchanged)."""
    text = text.replace("\u00a0", " ")    # "&nbsp;": a page's space
    if "<" not in text or not _TAG.search(text):
        return text, None
    out: list[str] = []
    mapping: list[int] = []
    at = 0
    for line in text.split("\n"):
        tags = [(m.start(), m.end()) for m in _TAG.finditer(line)] if "<" in line else []
        dropped = {k for a, b in tags for k in range(a, b)}
        kept = [k for k in range(len(line)) if k not in dropped]
        out.append("".join(line[k] for k in kept).ljust(len(line)))
        mapping.extend(at + k for k in kept + sorted(dropped))
        mapping.append(at + len(line))    # the line break
        at += len(line) + 1
    return "\n".join(out), mapping[:len(text)]
