"""The document's frame as published: named, deterministic rewrites of a document's header (issuers, number, motto)
and footer (signature blocks, recipients) into the layouts the genre's published copies show, keeping what the
frame says, so that the gold written for the clean text still holds (``bench/eval_frame.py`` measures issuers,
signers and cited identifiers under each).

Where the frame is: the header is the lines before the title (a kind word in capitals, "KẾ HOẠCH", "QUYẾT ĐỊNH", or a
"V/v" line) when they hold a number ("Số") or a motto; the footer is found from the gold's signers (their names as
printed: the harness knows them, the builder does not): the block runs up from the first signer's name over the lines
of capitals, modes, notes and the recipients list, and down over the names of the other signers and a list that
follows. A document whose frame is not found so, or whose footer is a table's row or a page's markup (no lines to lay
out anew), is left as it is by the transforms that need it (the harness counts the documents each transform changed).

- ``pdfhead``: PDF text of a two-column header: each left cell run together with the right cell of its line by one
  space ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") or, per document, the left column's lines then the
  right column's (a text layer read column by column); then ``bench/perturb``'s page furniture (page heads, numbers).
- ``ocr``: OCR slips in the frame's lines in capitals: Đ read Ð, Ư read U, Ơ read O, a word's tone mark dropped.
- ``flatfooter``: the footer as one paragraph, its lines (and cells side by side) run together by single spaces.
- ``sidebyside``: the signature blocks side by side, two a row, the recipients list in the left column (one block)
  or under the blocks (several).
- ``signed``: a signed note between each post and its name: "(Đã ký)", "[daky]", "Đã ký", "(đã ký)", "(Đã ký và
  đóng dấu)"; a note already there is written another of these ways.
- ``ranks``: each signer's name with a rank or a degree in front ("Thiếu tướng", "Đại tá", "TS.", "PGS.TS.", "ThS.").
- ``wrappost``: a mode's or post's line wrapped inside the post ("KT. GIÁM" / "ĐỐC", "PHÓ CHỦ" / "TỊCH"); a name in
  capitals is left whole.
- ``markup``: Markdown (``**...**``, ``#``, ``*``-items, ``\\-``) around the frame's cells, or HTML (``<p>``,
  ``<strong>``, ``<br>``, ``&nbsp;``) around its lines of one cell (a page's tags never stand inside a layout kept in
  spaces: HTML would collapse them), per document.
- ``recipients``: the recipients list moved under the blocks when it stood before or beside them, above them when
  it stood under them.

>>> text = ("ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nTỈNH LÀO CAI     Độc lập - Tự do - Hạnh phúc\\n"
...         "Số: 12/KH-UBND     Lào Cai, ngày 2 tháng 3 năm 2025\\n\\nKẾ HOẠCH\\nVề việc A\\n\\nNội dung.\\n\\n"
...         "Nơi nhận:\\n- Như trên;\\n- Lưu: VT.\\n\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n\\nNguyễn Văn An\\n")
>>> print(frame_layout(text, "flatfooter", "a.txt", [("Nguyễn Văn An", "Phó Chủ tịch")]).split("Nội dung.")[1].strip())
Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An
>>> print(frame_layout(text, "wrappost", "a.txt", [("Nguyễn Văn An", "Phó Chủ tịch")]).split("VT.")[1].strip())
KT. CHỦ
TỊCH
PHÓ
CHỦ TỊCH
<BLANKLINE>
Nguyễn Văn An
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real import ascii_key   # noqa: E402
from bench.perturb import perturb       # noqa: E402

__all__ = ["FRAME_LAYOUTS", "frame_layout"]

_TITLE = re.compile(r"^\W*(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ ĐỊNH|THÔNG TƯ|NGHỊ QUYẾT|KẾT LUẬN|CHƯƠNG TRÌNH|"
                    r"HƯỚNG DẪN|QUY CHẾ|QUY ĐỊNH|THÔNG BÁO|BÁO CÁO|ĐỀ ÁN|TỜ TRÌNH|CÔNG ĐIỆN|CÔNG VĂN|LUẬT|"
                    r"PHƯƠNG ÁN|QUY CHẾ PHỐI HỢP|CHƯƠNG TRÌNH PHỐI HỢP|NGHỊ QUYẾT LIÊN TỊCH|THÔNG TƯ LIÊN TỊCH|"
                    r"HƯỚNG DẪN LIÊN NGÀNH|KẾ HOẠCH LIÊN TỊCH|QUYẾT ĐỊNH LIÊN TỊCH)\W*$|^\W*V/v\b")
_MOTTO = re.compile(r"CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|ĐẢNG CỘNG SẢN|, ngày|ngày \d+ tháng|^[\s\-–—_*=~.]+$")
_GAP = re.compile(r" {3,}|\t+| ?\| ?")
_MODE = re.compile(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|TM\.|KT\.|TL\.)[./]?\s")
_RECIPIENTS = re.compile(r"^\W*Nơi\s+nhận", re.I)
_NOTE = re.compile(r"^\W*(?:\(?\s*đã\s+ký[^)\]]*\)?|\[\s*(?:đã\s*ký|daky|chữ ký)[^\]]*\]|\(?ký[^)]*\)?)\W*$", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-+•*–]\s|\\-)")


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _caps(text: str) -> bool:
    letters = _letters(text)
    return len(letters) >= 2 and letters.upper() == letters


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of a line's cells, parted by runs of spaces, tabs and bars."""
    out, at = [], 0
    for piece in _GAP.split(line):
        k = line.find(piece, at) if piece else at
        if piece.strip():
            out.append((k + len(piece) - len(piece.lstrip()), piece.strip()))
        at = k + len(piece)
    return out


# ------------------------------------------------------------------------------------------------ where the frame is


def _header_end(lines: list[str]) -> int | None:
    """Index of the title line when the lines before it hold a number or a motto; else None."""
    for k, line in enumerate(lines[:40]):
        if _TITLE.match(line.strip()) and k > 0:
            head = "\n".join(lines[:k])
            return k if (re.search(r"\bSố\b|\bSỐ\b", head) or _MOTTO.search(head)) else None
    return None


def _name_line(lines: list[str], name: str, after: int) -> int | None:
    """The first line after ``after`` that holds the name and sits under a frame line (capitals, a mode, a note)
    within the eight lines above it, or holds the name alone."""
    key = ascii_key(name)
    for k in range(after, len(lines)):
        if key not in ascii_key(lines[k]):
            continue
        above = [x for x in lines[max(0, k - 8):k] if x.strip()]
        alone = any(ascii_key(c) == key for _, c in _cells(lines[k]))
        if alone or any(_caps(c) or _MODE.match(c) or _NOTE.match(c) for x in above for _, c in _cells(x)):
            return k
    return None


def _frame_line(line: str) -> bool:
    """A line a footer holds: blank, capitals, a mode, a note, the recipients cue or one of its items, a short
    line (a name, a place) or a line of cells side by side."""
    s = line.strip()
    if not s:
        return True
    cells = _cells(line)
    return (_caps(s) or _MODE.match(s) is not None or _NOTE.match(s) is not None or _RECIPIENTS.match(s) is not None
            or _LIST_ITEM.match(s) is not None or (s.endswith(";") and len(s) <= 80) or len(cells) > 1
            or (len(s) <= 40 and not s.endswith((".", ":"))))


@dataclass
class Footer:
    start: int                      # first line of the footer
    end: int                        # line after it
    names: list[int] = field(default_factory=list)     # lines of the signers' names
    keys: list[str] = field(default_factory=list)      # the signers' names (ascii_key)


def _is_name(cell: str, footer: Footer) -> bool:
    """The cell holds a signer's name (with a rank or a mark around it)."""
    return any(key and key in ascii_key(cell) for key in footer.keys)


def _footer(lines: list[str], signers: list[tuple[str, str]], after: int) -> Footer | None:
    names = sorted({k for n, _ in signers if n for k in [_name_line(lines, n, after)] if k is not None})
    if not names:
        return None
    first, last = names[0], names[-1]
    start = first
    while start > after and first - start < 25 and _frame_line(lines[start - 1]):
        start -= 1
    if any(_RECIPIENTS.match(c) for x in lines[max(after, first - 40):start] for _, c in _cells(x)):
        start = max(k for k in range(max(after, first - 40), start) if any(_RECIPIENTS.match(c) for _, c in _cells(lines[k])))
    while start < first and not lines[start].strip():
        start += 1
    end = last + 1
    if any(_RECIPIENTS.match(c) for x in lines[last + 1:last + 4] for _, c in _cells(x)) or \
            any(_RECIPIENTS.match(c) for x in lines[start:end] for _, c in _cells(x)):
        while end < len(lines) and end - last < 30 and lines[end].strip() and (
                _frame_line(lines[end]) or _LIST_ITEM.match(lines[end])):
            end += 1
        while end < len(lines) and end - last < 4 and not lines[end].strip() and end + 1 < len(lines) \
                and _RECIPIENTS.match(lines[end + 1].strip()):
            end += 1
            while end < len(lines) and lines[end].strip() and (_frame_line(lines[end]) or _LIST_ITEM.match(lines[end])):
                end += 1
    return Footer(start, end, names, [ascii_key(n) for n, _ in signers if n])


def _footer_parts(lines: list[str], footer: Footer) -> tuple[list[str], list[list[str]], str]:
    """The recipients lines, the signature blocks (each a list of lines, top to bottom) and where the recipients
    stood ('before', 'beside', 'after', '' when none)."""
    recipients_col, recipients_at = None, None
    for k in range(footer.start, footer.end):
        for col, text in _cells(lines[k]):
            if _RECIPIENTS.match(text):
                recipients_col, recipients_at = col, k
                break
        if recipients_col is not None:
            break
    recipients: list[str] = []
    cells: list[tuple[int, int, str]] = []     # (line, column, text) of the blocks
    beside = False
    for k in range(footer.start, footer.end):
        for col, text in _cells(lines[k]):
            if recipients_col is not None and k >= recipients_at and abs(col - recipients_col) <= 12 \
                    and (len(_cells(lines[k])) > 1 or not _caps(text) or _LIST_ITEM.match(text) or _RECIPIENTS.match(text)) \
                    and not (_NOTE.match(text) or _MODE.match(text) or _is_name(text, footer)):
                recipients.append(text)
                beside = beside or len(_cells(lines[k])) > 1
            else:
                cells.append((k, col, text))
    where = "" if not recipients else "beside" if beside else \
        "before" if recipients_at is not None and recipients_at < footer.names[0] else "after"
    columns = sorted({c for _, c, _ in cells})
    groups: list[list[tuple[int, int, str]]] = []
    for c in columns:           # blocks already side by side: one group per column
        near = next((g for g in groups if abs(g[0][1] - c) <= 12), None)
        members = [x for x in cells if x[1] == c]
        if near is not None:
            near.extend(members)
        else:
            groups.append(members)
    blocks: list[list[str]] = []
    for group in groups:
        group.sort()
        current: list[str] = []
        for k, _, text in group:
            current.append(text)
            if k in footer.names:
                blocks.append(current)
                current = []
        if current and blocks:
            blocks[-1].extend(current)
        elif current:
            blocks.append(current)
    return recipients, blocks, where


def _marked_up(lines: list[str], footer: Footer) -> bool:
    """The footer is a table's row or a page's markup ("| TM. ... | KT. ... |", "<br>"): no lines to lay out anew."""
    return any("|" in lines[k] or "<br" in lines[k] for k in range(footer.start, footer.end))


def _laid_out_parts(lines: list[str], footer: Footer | None) -> tuple[list[str], list[list[str]], str] | None:
    """The footer's parts (``_footer_parts``) when it has lines to lay out anew and they part cleanly (each block
    holds one signer's name, as many blocks as names: a layout read otherwise would be no faithful copy); else None."""
    if footer is None or _marked_up(lines, footer):
        return None
    parts = _footer_parts(lines, footer)
    names = [sum(_is_name(line, footer) for line in block) for block in parts[1]]
    return parts if names and all(n == 1 for n in names) and len(names) == len(set(footer.keys)) else None


def _replace(lines: list[str], footer: Footer, new: list[str]) -> str:
    return "\n".join(lines[:footer.start] + new + lines[footer.end:])


def _side_by_side(columns: list[list[str]], width: int) -> list[str]:
    rows = max(len(c) for c in columns)
    width = max([width] + [len(x) + 4 for c in columns[:-1] for x in c])     # a long item pushes the column right
    out = []
    for r in range(rows):
        cells = [(c[r] if r < len(c) else "") for c in columns]
        out.append("".join(cell.ljust(width) if k + 1 < len(cells) else cell for k, cell in enumerate(cells)).rstrip())
    return out


# ------------------------------------------------------------------------------------------------ the layouts


def _pdfhead(text: str, rng: random.Random, lines: list[str], footer: Footer | None) -> str:
    end = _header_end(lines)
    if end is None:
        return text
    cells = [(k, col, cell) for k, line in enumerate(lines[:end]) for col, cell in _cells(line)]
    starts: list[int] = []
    for col in sorted({c for _, c, _ in cells}):     # the header's columns: cells that start near one another
        if not starts or col - starts[-1] > 8:
            starts.append(col)
    column = {col: max(k for k, s in enumerate(starts) if s <= col) for _, col, _ in cells}
    for k, line in enumerate(lines[:end]):      # a line of one cell: the motto's column or the organ's
        if len(_cells(line)) == 1 and len(starts) > 1:
            col, cell = _cells(line)[0]
            column[col] = column[col] if column[col] > 0 or not _MOTTO.search(cell) else len(starts) - 1
    by_column = [[cell for _, col, cell in cells if column[col] == c] for c in range(len(starts))]
    if len(starts) <= 2 and rng.random() < 0.5:   # two columns: each line's cells run together by one space
        head = [" ".join(cell for _, cell in _cells(line)) for line in lines[:end] if line.strip()]
    else:                                         # the text layer read column by column
        head = [cell for column_cells in by_column for cell in column_cells]
    return perturb("\n".join(["CÔNG BÁO/Số 1095 + 1096/Ngày 29-12-2023", "1"] + head + lines[end:]), "furniture", "x")


_OCR = {"Đ": "Ð", "Ư": "U", "Ơ": "O", "ư": "u", "ơ": "o"}
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _ocr_word(word: str, rng: random.Random) -> str:
    if rng.random() > 0.35:
        return word
    if rng.random() < 0.5:
        return "".join(_OCR.get(c, c) for c in word)
    parts = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))


def _ocr(text: str, rng: random.Random, lines: list[str], footer: Footer | None) -> str:
    end = _header_end(lines) or 0
    frame = set(range(end)) | (set(range(footer.start, footer.end)) if footer else set())
    out = []
    for k, line in enumerate(lines):
        if k in frame and _caps(line) and not _MOTTO.search(line):
            line = re.sub(r"[^\W\d_]+", lambda m: _ocr_word(m.group(0), rng), line)
        out.append(line)
    return "\n".join(out)


def _flatfooter(recipients: list[str], blocks: list[list[str]], where: str, rng: random.Random) -> list[str] | None:
    signed = [line for block in blocks for line in block]
    return [" ".join(signed + recipients if where == "after" else recipients + signed)]


def _sidebyside(recipients: list[str], blocks: list[list[str]], where: str, rng: random.Random) -> list[str] | None:
    if len(blocks) > 1:     # two blocks a row, as a page holds them
        new = [line for k in range(0, len(blocks), 2) for line in _side_by_side(blocks[k:k + 2], 44) + [""]]
        return new[:-1] + ([""] + recipients if recipients else [])
    return _side_by_side([recipients, blocks[0]], 46) if recipients else None


_NOTES = ("(Đã ký)", "[daky]", "Đã ký", "(đã ký)", "(Đã ký và đóng dấu)")


def _signed(text: str, rng: random.Random, lines: list[str], footer: Footer | None) -> str:
    if footer is None:
        return text
    out = list(lines)
    inserted = []
    for k in footer.names:
        for col, cell in _cells(lines[k]):
            if not _is_name(cell, footer):
                continue
            note = rng.choice(_NOTES)
            above = next(((j, c, t) for j in range(k - 1, max(footer.start, k - 5) - 1, -1)
                          for c, t in _cells(lines[j]) if abs(c - col) <= 12 and _NOTE.match(t)), None)
            if above is not None:       # the note written another way, in its place
                j, c, t = above
                at = out[j].find(t, c)
                out[j] = out[j][:at] + note + out[j][at + len(t):]
            else:
                inserted.append((k, " " * col + note))
    for k, line in sorted(inserted, reverse=True):
        out.insert(k, line)
    return "\n".join(out)


_RANKS = ("Thiếu tướng", "Trung tướng", "Đại tá", "Thượng tá", "TS.", "PGS.TS.", "ThS.", "TS")


def _ranks(text: str, rng: random.Random, lines: list[str], footer: Footer | None, signers=()) -> str:
    if footer is None:
        return text
    out = list(lines)
    for k in footer.names:
        for name in sorted({n for n, _ in signers if n and n in lines[k]}, key=lines[k].find, reverse=True):
            at = out[k].find(name)      # one rank before each name, the names from the line's end (places kept)
            if re.search(r"(?:tướng|tá|úy|\.|TS|ThS)\s*$", out[k][:at]):
                continue                # a rank or degree there already
            rank = f"{rng.choice(_RANKS)} "
            rest = out[k][at + len(name):]
            gap = re.match(r" {3,}", rest)     # the next column stays where it was
            cut = min(len(rank), len(gap.group(0)) - 2) if gap else 0
            out[k] = out[k][:at] + rank + name + rest[cut:]
    return "\n".join(out)


def _wrappost(text: str, rng: random.Random, lines: list[str], footer: Footer | None) -> str:
    if footer is None:
        return text
    out = []
    for k, line in enumerate(lines):
        s = line.strip()
        words = s.split()
        first = 2 if _MODE.match(s) else 1
        if footer.start <= k < footer.end and _caps(s) and len(_cells(line)) == 1 and len(words) > first \
                and (_MODE.match(s) or len(words) <= 6) and not _RECIPIENTS.match(s) and not _is_name(s, footer):
            cut = rng.randint(first, len(words) - 1)
            indent = line[:len(line) - len(line.lstrip())]
            out += [indent + " ".join(words[:cut]), indent + " ".join(words[cut:])]
        else:
            out.append(line)
    return "\n".join(out)


def _markup(text: str, rng: random.Random, lines: list[str], footer: Footer | None) -> str:
    end = _header_end(lines) or 0
    frame = set(range(end)) | (set(range(footer.start, footer.end)) if footer else set())
    html = rng.random() < 0.5
    out = []
    for k, line in enumerate(lines):
        s = line.strip()
        if k not in frame or not s:
            out.append(line)
            continue
        cells = _cells(line)
        if html and len(cells) > 1:     # a page that keeps a layout in its spaces shows it in a <pre>: no tags in it
            out.append(line)
            continue
        if html:        # a page's markup around the line
            r = rng.random()
            line = line.replace("   ", "&nbsp;&nbsp; ", 1) if r < 0.2 else line
            out.append(f"<p><strong>{line}</strong></p>" if _caps(s) and r < 0.6 else f"<p>{line}</p>" if r < 0.5
                       else line + "<br>")
            continue
        for col, cell in reversed(cells):   # a converter's marks around each cell, in its place
            r = rng.random()
            if _LIST_ITEM.match(cell):
                new = ("\\" + cell) if r < 0.5 else "* " + cell[1:].lstrip()
            elif _caps(cell) and r < 0.6:
                new = f"**{cell}**"
            elif _caps(cell) and r < 0.8 and k < end and len(cells) == 1:
                new = "### " + cell
            elif _RECIPIENTS.match(cell) or (footer is not None and _is_name(cell, footer)):
                new = f"**{cell}**" if r < 0.5 else f"_{cell}_"
            else:
                continue
            at = line.find(cell, col)
            line = line[:at] + new + line[at + len(cell):]
        out.append(line)
    return "\n".join(out)


def _recipients(recipients: list[str], blocks: list[list[str]], where: str, rng: random.Random) -> list[str] | None:
    if not recipients:
        return None
    stacked = [line for block in blocks for line in block + [""]]
    return stacked + recipients if where in ("before", "beside") else recipients + [""] + stacked


_FOOTER_LAYOUTS: dict[str, Callable] = {"flatfooter": _flatfooter, "sidebyside": _sidebyside, "recipients": _recipients}
FRAME_LAYOUTS: dict[str, Callable] = {
    "pdfhead": _pdfhead, "ocr": _ocr, **_FOOTER_LAYOUTS, "signed": _signed, "ranks": _ranks, "wrappost": _wrappost,
    "markup": _markup,
}


def frame_layout(text: str, layout: str, name: str, signers: list[tuple[str, str]], seed: int = 19) -> str:
    """``text`` (the document ``name`` whose gold signers are ``signers``: (person, post)) with its frame published
    in the named layout; the same for the same name and seed."""
    rng = random.Random(f"{seed}:{layout}:{name}")
    body = text.replace("\r\n", "\n")
    lines = body.split("\n")
    header = _header_end(lines) or 0
    footer = _footer(lines, signers, header)
    if layout == "ranks":
        return _ranks(body, rng, lines, footer, signers)
    if layout in _FOOTER_LAYOUTS:    # the footer's lines laid out anew, when it has lines (no table's row, no markup)
        parts = _laid_out_parts(lines, footer)
        new = None if parts is None else _FOOTER_LAYOUTS[layout](*parts, rng)
        return body if new is None else _replace(lines, footer, new)
    return FRAME_LAYOUTS[layout](body, rng, lines, footer)
