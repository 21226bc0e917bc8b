"""The frame of a joint document (two to seven organs) as published: named, deterministic rewrites of its header's
organ lines and of its signature blocks into the forms the genre's joint circulars, resolutions, guidances and
plans show, keeping what the frame says (``bench/eval_frame.py`` measures issuers, signers and cited identifiers
under each, as for ``bench/frame_layouts.py``'s layouts). A document whose gold names one issuer, or whose frame is
not found cleanly, is left as it is (the harness counts the documents each layout changed).

The header's organ lines are the capitals of the header above its number ("Số") that are no motto; the layouts write
the gold's issuers there in capitals (the names a header prints), in one of four forms, the motto, number and date
lines kept as they were:

- ``jhead-lines``: one organ a line ("BỘ CÔNG AN" / "BỘ Y TẾ" / "BỘ TÀI CHÍNH").
- ``jhead-pairs``: two organs a line, run on by a dash ("BỘ CÔNG AN - BỘ Y TẾ -" / "BỘ TÀI CHÍNH").
- ``jhead-run``: the column run together by one space, as a PDF text layer reads it ("BỘ CÔNG AN BỘ Y TẾ BỘ TÀI
  CHÍNH").
- ``jhead-dash``: one line, the organs parted by dashes ("BỘ CÔNG AN - BỘ Y TẾ - BỘ TÀI CHÍNH").

The signature blocks are those ``bench/frame_layouts`` parts cleanly (one signer's name a block); the layouts lay out
documents with two blocks or more:

- ``jsign-row``: every block side by side in one row, one column an organ.
- ``jsign-run``: that row as a PDF text layer reads a table's row: each line's cells run together by one space ("KT.
  BỘ TRƯỞNG KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG THỨ TRƯỞNG" / "Nguyễn Văn A Trần Thị B"), the frame's lines from the top, the
  names on one line at the foot.
- ``jsign-stack``: one block after another, a blank line between.
- ``jsign-table``: a table of one column a block: Markdown rows (``| KT. BỘ TRƯỞNG | KT. BỘ TRƯỞNG |``) in a text
  or Markdown document, an HTML ``<table>`` (a cell's lines parted by ``<br>``) in an HTML one.

>>> text = ("BỘ CÔNG AN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nBỘ Y TẾ     Độc lập - Tự do - Hạnh phúc\\n"
...         "Số: 1/2025/TTLT-BCA-BYT     Hà Nội, ngày 2 tháng 3 năm 2025\\n\\nTHÔNG TƯ LIÊN TỊCH\\nVề việc A\\n\\n"
...         "Nội dung.\\n\\nKT. BỘ TRƯỞNG BỘ Y TẾ\\nTHỨ TRƯỞNG\\n\\nTrần Thị Bình\\n\\n"
...         "KT. BỘ TRƯỞNG BỘ CÔNG AN\\nTHỨ TRƯỞNG\\n\\nNguyễn Văn An\\n")
>>> gold = {"issuers": ["Bộ Công an", "Bộ Y tế"], "signers": [("Trần Thị Bình", "Thứ trưởng"),
...         ("Nguyễn Văn An", "Thứ trưởng")]}
>>> print(joint_layout(text, "jhead-dash", "a.txt", gold).split("THÔNG TƯ")[0].strip())
BỘ CÔNG AN - BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1/2025/TTLT-BCA-BYT     Hà Nội, ngày 2 tháng 3 năm 2025
>>> print(joint_layout(text, "jsign-run", "a.txt", gold).split("Nội dung.")[1].strip())
KT. BỘ TRƯỞNG BỘ Y TẾ KT. BỘ TRƯỞNG BỘ CÔNG AN
THỨ TRƯỞNG THỨ TRƯỞNG
Trần Thị Bình Nguyễn Văn An
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.frame_layouts import (_MOTTO, _cells, _caps, _footer, _header_end, _laid_out_parts,   # noqa: E402
                                 _replace, _side_by_side)

__all__ = ["JOINT_LAYOUTS", "joint_layout"]

_NUMBER = re.compile(r"\bSố\b|\bSỐ\b|^\W*S[ốỐ]\s*:")
_RULE = re.compile(r"^[\s\-–—_*=~.|]*$")


def _organ_cells(lines: list[str], end: int) -> set[tuple[int, int]] | None:
    """(line, column) of the header's organ cells: capitals above the number that are no motto; None when the
    header has no number or no such cell."""
    number = next((k for k in range(end) if _NUMBER.search(lines[k])), None)
    if number is None:
        return None
    found = {(k, col) for k in range(number) for col, cell in _cells(lines[k])
             if _caps(cell) and not _MOTTO.search(cell) and not _RULE.match(cell)}
    return found or None


def _header(text: str, lines: list[str], issuers: list[str], form: str) -> str:
    end = _header_end(lines)
    organs = None if end is None else _organ_cells(lines, end)
    if organs is None:
        return text
    rest = []
    for k, line in enumerate(lines[:end]):
        cells = _cells(line)
        kept = [cell for col, cell in cells if (k, col) not in organs and not _RULE.match(cell)]
        if kept:        # the motto, number and date cells, in place when the line held no organ
            rest.append(line if len(kept) == len(cells) else "     ".join(kept))
    names = [name.upper() for name in issuers]
    if form == "lines":
        head = names
    elif form == "pairs":
        head = [" - ".join(names[k:k + 2]) + (" -" if k + 2 < len(names) else "") for k in range(0, len(names), 2)]
    elif form == "run":
        head = [" ".join(names)]
    else:
        head = [" - ".join(names)]
    return "\n".join(head + rest + lines[end:])


def _table(blocks: list[list[str]], html: bool) -> list[str]:
    rows = max(len(b) for b in blocks)
    if html:
        cells = "".join(f"<td>{'<br>'.join(b)}</td>" for b in blocks)
        return ["<table>", f"<tr>{cells}</tr>", "</table>"]
    out = []
    for r in range(rows):
        out.append("| " + " | ".join(b[r] if r < len(b) else "" for b in blocks) + " |")
        if r == 0:
            out.append("|" + "---|" * len(blocks))
    return out


def _signatures(text: str, lines: list[str], signers, form: str, html: bool) -> str:
    footer = _footer(lines, signers, _header_end(lines) or 0)
    parts = _laid_out_parts(lines, footer)
    if parts is None or len(parts[1]) < 2:
        return text
    recipients, blocks, where = parts
    if form == "row":
        new = _side_by_side(blocks, 30)
    elif form == "run":     # a row of a table: the frame's lines from the top, the names on one line at the foot
        height = max(len(b) for b in blocks)
        level = [b[:-1] + [""] * (height - len(b)) + b[-1:] for b in blocks]
        new = [" ".join(b[r] for b in level if b[r]) for r in range(height)]
    elif form == "stack":
        new = [line for block in blocks for line in block + [""]][:-1]
    else:
        new = _table(blocks, html)
    if recipients:
        new = recipients + [""] + new if where == "before" else new + [""] + recipients
    return _replace(lines, footer, new)


JOINT_LAYOUTS = ("jhead-lines", "jhead-pairs", "jhead-run", "jhead-dash",
                 "jsign-row", "jsign-run", "jsign-stack", "jsign-table")


def joint_layout(text: str, layout: str, name: str, gold: dict) -> str:
    """``text`` (the document ``name``; ``gold``: its "issuers" and "signers" as (person, post)) with its joint
    frame published in the named layout; the text itself when the gold names fewer than two issuers."""
    if len(gold.get("issuers") or []) < 2:
        return text
    body = text.replace("\r\n", "\n")
    lines = body.split("\n")
    family, form = layout.split("-", 1)
    if family == "jhead":
        return _header(body, lines, list(gold["issuers"]), form)
    return _signatures(body, lines, list(gold.get("signers") or []), form, name.endswith((".html", ".htm")))
