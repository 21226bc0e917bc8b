"""Round 21's frame layouts: the forms published copies give a footer and a joint header that ``frame_layouts`` and
``joint_layouts`` do not write (``bench/eval_frame.py`` measures issuers, signers and cited identifiers under each, as
for theirs). Deterministic, keeping what the frame says; a document whose frame is not found cleanly is left as it is.

Every document with a footer that parts cleanly (``frame_layouts._laid_out_parts``):

- ``postname``: each block's post written on the line of its signer's name ("PHÓ CHỦ TỊCH Nguyễn Văn An",
  "Phó Chủ tịch: Nguyễn Văn An", "GIÁM ĐỐC - Trần Thị Bình"; one form per document).
- ``recipients-run``: the recipients list beside the blocks as a PDF text layer reads the row: each recipients line
  run together with the block's line of its height by one space ("- Như trên; PHÓ CHỦ TỊCH").
- ``appendix``: the footer moved under an appendix ("PHỤ LỤC" / its title / a short form), as a copy that prints the
  signature at the very end shows it.
- ``nohead``: the header left out (organs, motto, number, place and date), as a web copy that opens at the title
  prints the document; every document whose header is found (``frame_layouts._header_end``), with a footer or not.

Joint documents (two organs or more in the gold):

- ``jsign-grid``: the blocks two a row in a table of several rows: Markdown rows (``| TM. ... | KT. ... |``, one
  table line a line of the blocks, an empty row between the rows of blocks) in a text or Markdown document, an HTML
  ``<table>`` of one ``<tr>`` a row of blocks in an HTML one; three rows for five or six blocks.
- ``jhead-table``: the header as a table: the organs one a row in its left column and the number under them, the
  motto and the date in its right one (Markdown, or an HTML ``<table>`` in an HTML document).

>>> text = ("UBND TỈNH X     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSỞ Y TẾ     Độc lập - Tự do - Hạnh phúc\\n"
...         "Số: 12/KH-SYT     X, ngày 2 tháng 3 năm 2025\\n\\nKẾ HOẠCH\\nVề việc A\\n\\nNội dung.\\n\\n"
...         "Nơi nhận:\\n- Như trên;\\n- Lưu: VT.\\n\\nKT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\\n\\nNguyễn Văn An\\n")
>>> print(block_layout(text, "postname", "a.txt", {"signers": [("Nguyễn Văn An", "Phó Giám đốc")]}).split("VT.")[1])
<BLANKLINE>
<BLANKLINE>
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC Nguyễn Văn An
<BLANKLINE>
>>> print(block_layout(text, "recipients-run", "a.txt", {"signers": [("Nguyễn Văn An", "")]}).split("Nội dung.")[1])
<BLANKLINE>
<BLANKLINE>
Nơi nhận: KT. GIÁM ĐỐC
- Như trên; PHÓ GIÁM ĐỐC
- Lưu: VT. Nguyễn Văn An
<BLANKLINE>
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.frame_layouts import (_MODE, _MOTTO, _NOTE, _caps, _footer, _header_end, _is_name,   # noqa: E402
                                 _laid_out_parts, _replace)
from bench.joint_layouts import _NUMBER, _RULE, _cells, _organ_cells   # noqa: E402

__all__ = ["BLOCK_LAYOUTS", "block_layout"]

BLOCK_LAYOUTS = ("postname", "recipients-run", "appendix", "nohead", "jsign-grid", "jhead-table")
_JOINT = ("jsign-grid", "jhead-table")

_POST_JOINS = (" ", ": ", " - ")
_APPENDIX = ["PHỤ LỤC", "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN", "(Kèm theo văn bản này)", "",
             "Tên đơn vị báo cáo: ..........", "Kỳ báo cáo: ..........", "Kết quả thực hiện: ..........", ""]


def _post_line(block: list[str], footer) -> int | None:
    """Index in the block of the post over the name: the last line in capitals above it that is no mode's line and no
    signed note (the mode's line when the block has nothing else: "CHỦ TỊCH" signed directly)."""
    name = next((k for k, line in enumerate(block) if _is_name(line, footer)), None)
    if name is None:
        return None
    above = [k for k in range(name) if _caps(block[k]) and not _NOTE.match(block[k])]
    plain = [k for k in above if not _MODE.match(block[k])]
    return (plain or above or [None])[-1]


def _postname(recipients, blocks, where, footer, rng, posts=()) -> list[str] | None:
    join = rng.choice(_POST_JOINS)
    out: list[str] = []
    changed = False
    for block in blocks:
        post = _post_line(block, footer)
        new = list(block)
        if post is not None:
            name = next(k for k, line in enumerate(block) if _is_name(line, footer))
            # the post as a sentence writes it (the gold's "Phó Chủ tịch") where it is the block's line in capitals
            written = next((p for n, p in posts if p and p.upper() == block[post].strip().upper()
                            and n and _is_name(block[name], footer)), None)
            post_text = written if written and join != " " and rng.random() < 0.5 else block[post]
            new[name] = post_text + join + block[name]
            del new[post]
            changed = True
        out += new + [""]
    if not changed:
        return None
    out = out[:-1]
    if recipients:
        out = recipients + [""] + out if where in ("before", "beside") else out + [""] + recipients
    return out


def _recipients_run(recipients, blocks, where, footer, rng) -> list[str] | None:
    if not recipients or len(blocks) != 1:
        return None
    block = blocks[0]
    height = max(len(recipients), len(block))
    return [" ".join(x for x in ((recipients[r] if r < len(recipients) else ""), (block[r] if r < len(block) else ""))
                     if x) for r in range(height)]


def _grid(blocks: list[list[str]], html: bool) -> list[str]:
    rows = [blocks[k:k + 2] for k in range(0, len(blocks), 2)]
    if html:
        body = "".join("<tr>" + "".join(f"<td>{'<br>'.join(b)}</td>" for b in row) + "</tr>" for row in rows)
        return ["<table>", body, "</table>"]
    out = ["| | |", "|---|---|"]
    for n, row in enumerate(rows):
        if n:
            out.append("| | |")
        for r in range(max(len(b) for b in row)):
            out.append("| " + " | ".join(b[r] if r < len(b) else "" for b in (row + [[]])[:2]) + " |")
    return out


def _joint_signatures(body: str, lines: list[str], signers, html: bool) -> str:
    footer = _footer(lines, signers, _header_end(lines) or 0)
    parts = _laid_out_parts(lines, footer)
    if parts is None or len(parts[1]) < 3:      # a grid of rows: three blocks or more
        return body
    recipients, blocks, where = parts
    new = _grid(blocks, html)
    if recipients:
        new = recipients + [""] + new if where == "before" else new + [""] + recipients
    return _replace(lines, footer, new)


def _joint_header(body: str, lines: list[str], issuers: list[str], html: bool) -> str:
    end = _header_end(lines)
    organs = None if end is None else _organ_cells(lines, end)
    if organs is None:
        return body
    # a motto broken over two lines ("CỘNG" / "HÒA XÃ HỘI ..."): no organ's line
    cell_at = {(k, col): cell for k in range(end) for col, cell in _cells(lines[k])}
    organs = {(k, col) for k, col in organs
              if not _MOTTO.search(cell_at[(k, col)] + " " + " ".join(c for _, c in _cells(lines[k + 1])[:1]))}
    number, right = [], []
    for k, line in enumerate(lines[:end]):
        cells = [cell for col, cell in _cells(line) if (k, col) not in organs and not _RULE.match(cell)]
        if number and number[-1].strip() in ("Số:", "SỐ:") and cells and "/" in cells[0]:
            number[-1] += " " + cells.pop(0)      # "Số:" / its code on the next line
        at = next((n for n, cell in enumerate(cells) if _NUMBER.search(cell)), None)
        if at is not None:      # "Số:" and its code, a gap apart in a laid-out copy
            stop = at + 2 if at + 1 < len(cells) and "/" in cells[at + 1] and " " not in cells[at + 1] else at + 1
            number.append(" ".join(cells[at:stop]))
            cells = cells[:at] + cells[stop:]
        right += [" ".join(cells)] if cells else []
    names = [name.upper() for name in issuers] + number     # the number under the organs, as a header prints it
    if html:
        head = ["<table>", f"<tr><td>{'<br>'.join(names)}</td><td>{'<br>'.join(right)}</td></tr>", "</table>"]
    else:
        height = max(len(names), len(right))
        head = ["| " + (names[r] if r < len(names) else "") + " | " + (right[r] if r < len(right) else "") + " |"
                for r in range(height)]
        head.insert(1, "|---|---|")
    return "\n".join(head + [""] + lines[end:])


def block_layout(text: str, layout: str, name: str, gold: dict, seed: int = 21) -> str:
    """``text`` (the document ``name``; ``gold``: its "signers" as (person, post) and, for the joint layouts, its
    "issuers") with its frame published in the named layout; the text itself where the layout finds nothing to
    rewrite. The same for the same name and seed."""
    rng = random.Random(f"{seed}:{layout}:{name}")
    body = text.replace("\r\n", "\n")
    lines = body.split("\n")
    html = name.endswith((".html", ".htm"))
    signers = list(gold.get("signers") or [])
    if layout in _JOINT:
        if len(gold.get("issuers") or []) < 2:
            return text
        if layout == "jhead-table":
            return _joint_header(body, lines, list(gold["issuers"]), html)
        return _joint_signatures(body, lines, signers, html)
    if layout == "nohead":
        end = _header_end(lines)
        return text if end is None else "\n".join(lines[end:])
    footer = _footer(lines, signers, _header_end(lines) or 0)
    parts = _laid_out_parts(lines, footer)
    if parts is None:
        return text
    if layout == "appendix":
        kept = lines[:footer.start] + _APPENDIX + lines[footer.start:footer.end] + lines[footer.end:]
        return "\n".join(kept)
    new = _postname(*parts, footer, rng, signers) if layout == "postname" else _recipients_run(*parts, footer, rng)
    return text if new is None else _replace(lines, footer, new)
