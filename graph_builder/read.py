"""Reading: bytes from a file or stdin -> one ``SourceText``.

This module owns decoding (UTF-8 with or without BOM, UTF-16/32 with BOM), refusing
non-text input, extracting the visible text of HTML pages, and building the match
form the recognisers search: ``policykg.core.textnorm.match_form`` plus, at the same
length, Markdown/HTML debris blanked to spaces and lines broken mid-sentence joined
(the ``\\n`` becomes a space; also a line ending in the head noun of a name, "... và Sở" /
"Văn hóa và Thể thao ..."). Tables: a row of a Markdown pipe table stays one line and
keeps only the pipes *between* its cells (a cell separator no name crosses); an HTML
table is extracted the same way, one ``| a | b |`` line per row (see ``table_rows``).
It also marks ``skipped`` spans: a lead paragraph that the article repeats truncated
("..."), the article's date line
("Thứ bảy, 09/12/2023") and its closing byline ("Theo Nhandan").

Offsets everywhere index ``SourceText.text`` (NFC, ``\\n`` line ends).

>>> src = source_from_string("**Ban Bí thư** yêu cầu các cấp\\nủy đảng thực hiện.", name="a.md",
...                          media_type="text/markdown")
>>> src.key, src.media_type
('a', 'text/markdown')
>>> src.match
'  Ban Bí thư   yêu cầu các cấp ủy đảng thực hiện.'
>>> len(src.match) == len(src.text)
True
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from policykg.core.errors import InputError
from policykg.core.limits import MAX_DOCUMENT_BYTES, read_limited, read_regular_file
from policykg.core.iris import slugify
from policykg.core.textnorm import all_capitals, carriable, match_form, source_text
from policykg.graph_builder import cues
from policykg.graph_builder import framecues
from policykg.graph_builder.cellbreaks import mark_cell_breaks
from policykg.graph_builder.converted import blank as _blank, blank_converter_lines, repair_ocr_words
from policykg.graph_builder.flattables import apply_flat_tables, bare_pipe_rows
from policykg.graph_builder.htmltext import html_to_text, join_bold_wraps, read_as, unescape_references
from policykg.graph_builder.linebreaks import (BULLET_START, CLOSERS, HEADING_START, caps_heading_goes_on,
                                              full_item_goes_on, goes_on_over_blank, item_goes_on, join_split_headings,
                                              name_goes_on, page_break_after, partner_list_goes_on)
from policykg.graph_builder.model import SourceText
from policykg.graph_builder.vocabulary import COLUMN_GAP
from policykg.graph_builder.skipped import DATE_LINE, is_byline, non_body_lines, repeated_leads

__all__ = ["COLUMN_GAP", "read_source", "source_from_bytes", "source_from_string", "decode_bytes", "html_to_text",
           "clean_label", "table_rows", "without_debris"]

_MEDIA_BY_SUFFIX = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".text": "text/plain",
}

# Signatures of common binary formats users drop in by mistake.
_BINARY_MAGIC = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0",
    b"\x7fELF", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"{\\rtf",
)
_ICONV_HINT = "convert it first, e.g. iconv -f WINDOWS-1258 -t UTF-8"


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, name: str) -> str:
    """Decode the bytes of an input; refuse binary data and undecodable text.

    Takes the raw bytes and the name to use in messages. Returns the decoded
    string (BOM removed): UTF-8, UTF-16/32 with a byte order mark, or UTF-16 without
    one (recognised by its zero bytes, see ``_utf16_without_bom``). A few stray NULs or
    other controls do not make a text binary (reading replaces them by spaces). Raises
    ``InputError`` with a one-line message naming the input and the reason.

    >>> decode_bytes("Đảng".encode("utf-8-sig"), "a.txt")
    'Đảng'
    >>> decode_bytes("Đảng".encode("utf-16"), "a.txt")
    'Đảng'
    >>> decode_bytes("Ban Bí thư yêu cầu".encode("utf-16-le"), "a.txt")
    'Ban Bí thư yêu cầu'
    >>> decode_bytes(b"%PDF-1.4 ...", "x.pdf")
    Traceback (most recent call last):
    ...
    policykg.core.errors.InputError: x.pdf: not a text file (binary data)
    >>> decode_bytes(b"abc \\xa9 def", "y.txt")
    Traceback (most recent call last):
    ...
    policykg.core.errors.InputError: y.txt: not UTF-8 text (byte 0xa9 at offset 4); convert it first, e.g. iconv -f WINDOWS-1258 -t UTF-8
    """
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not {codec.upper()} text despite its byte order mark "
                                 f"(bad bytes at offset {exc.start + len(bom)})") from None
    if data.startswith(_BINARY_MAGIC):
        raise InputError(f"{name}: not a text file (binary data)")
    text = _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if _control_share(data) > 0.01:
                raise InputError(f"{name}: not a text file (binary data)") from None
            raise InputError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                             f"{_ICONV_HINT}") from None
    if _control_share(text) > 0.01:
        raise InputError(f"{name}: not a text file (binary data)")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 without a byte order mark, or None when ``data`` is not that.

    UTF-16 of Vietnamese (or any Latin-script) text puts a zero byte beside every ASCII letter, space and line
    end: at odd offsets little-endian, at even ones big-endian. UTF-8 text has none. Taken as UTF-16 when at least
    a fifth of the bytes on one side are zero and almost none on the other, the bytes decode cleanly, and at least
    a fifth of the characters are printable ASCII or line ends (binary data with zeros decodes to other things).
    """
    if len(data) < 2 or len(data) % 2:
        return None
    sample = data[:1 << 16]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= half / 5 and others <= half / 100:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            head = text[:half]
            plain = sum(1 for c in head if " " <= c < "\x7f" or c in "\t\n\r")
            return text if plain >= len(head) / 5 else None
    return None


def _control_share(text: bytes | str) -> float:
    """Share of C0 control characters (bytes) other than tab, newline, carriage return, form feed; DEL counts."""
    if not text:
        return 0.0
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    controls = len(text) - len(text.translate(None, _CONTROL_BYTES))
    return controls / len(text)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


# --------------------------------------------------------------------------- match form

_FRAME_LINE = re.compile(r"(?:Số\s*:|Kính\s+gửi\b|V/v\b)")
_COLUMN_GAP = re.compile(r"\S {4,}\S")
_CONTINUATION_END = re.compile(r"(?:,|\bvà|\bcủa|\bvới|\bcác|\bcho|\bđể|\bnhằm|\btrong|\btheo|\bvề|\bhoặc|\blà|\bđến|"
                               r"\btừ|\bthuộc|\bgiữa|\bnhững|\btại|\btrên|\bbằng|\bgồm|\bcùng|\btới|\bđối|"
                               r"\bđược|\bsẽ|\bđã|\bbởi|\bsố|(?<![Tt]ự\s)\bdo|-)\s*$")


_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def table_rows(text: str) -> list[tuple[int, int, list[int]]]:
    """Rows of Markdown pipe tables (also the rows ``html_to_text`` makes of HTML tables).

    Takes a source text; returns ``(line_start, line_end, separators)`` per row line, where
    ``separators`` are the offsets of the pipes *between* cells (a leading or trailing pipe
    separates nothing). A row is a line that starts with a pipe and has another one, or a line
    with a pipe in a block whose second line is a delimiter row ("---|---"). Delimiter rows
    are not rows. Never raises.

    >>> t = "Kế hoạch\\n| TT | Nội dung | Chủ trì |\\n|---|---|---|\\n| 1 | Tuần tra | Sở A, Sở B |\\n\\nHết | x"
    >>> [(t[a:b], [t[i - 1:i + 2] for i in seps]) for a, b, seps in table_rows(t)]
    [('| TT | Nội dung | Chủ trì |', [' | ', ' | ']), ('| 1 | Tuần tra | Sở A, Sở B |', [' | ', ' | '])]
    """
    lines = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    rows: list[tuple[int, int, list[int]]] = []
    in_block, bare = False, (bare_pipe_rows(text, lines) if "|" in text else set())
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if _TABLE_DELIMITER.match(line) and "-" in line:
            in_block = i > 0 and "|" in text[lines[i - 1][0]:lines[i - 1][1]]
            continue
        pipes = [m.start() + start for m in _UNESCAPED_PIPE.finditer(line)]
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        opens_block = bool(pipes) and bool(_TABLE_DELIMITER.match(nxt)) and "-" in nxt
        leading = line.lstrip().startswith("|") and len(pipes) >= 2
        if not pipes:
            in_block = False
            continue
        if not (leading or in_block or opens_block or i in bare):
            continue
        body = line.strip()
        body_start = start + line.index(body[0]) if body else start
        body_end = body_start + len(body)
        separators = pipes if i in bare else [p for p in pipes if p != body_start and p != body_end - 1]
        rows.append((start, end, separators))
    return rows


class _RowOffsets:
    """``offset in rows``: the offset lies on a line that holds one of the cell separators ``keep`` (a table row)."""

    def __init__(self, text: str, keep: frozenset[int]):
        self.text, self.lines = text, {text.rfind("\n", 0, p) for p in keep}

    def __contains__(self, offset: int) -> bool:
        return self.text.rfind("\n", 0, offset) in self.lines


_MD_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")   # a Markdown escape's backslash: "1\.", "\-", "\["
# a pipe with a space on each side between two non-blank characters ("Bộ Tài chính | Quý III"): the edge of a cell
_INLINE_CELL_EDGE = re.compile(r"(?<=\S) \| (?=\S)")

# "<br>" between a lower-case word and a capitalised one inside a table row: the items of a list in one cell
_CELL_ITEM_BREAK = re.compile(r"(?<=\w)<[bB][rR]\s*/?>[ \t]*(?P<word>\w+)")


def _blank_debris(text: str, chars: list[str], keep: frozenset[int] = frozenset()) -> None:
    """Blank Markdown / HTML remnants in place (same length); ``keep``: offsets of cell separators."""
    keep_lines = _RowOffsets(text, keep)
    for m in (re.finditer(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", text, flags=re.S) if "<" in text else ()):
        _blank(chars, m.start(), m.end())
        item = _CELL_ITEM_BREAK.match(text, m.start())
        if item and m.start() in keep_lines and cues.item_break_between(cues.word_before(text, m.start()),
                                                                         item.group("word")):
            chars[m.start()] = ";"   # "| Bộ Tư pháp<br>Bộ Tài chính |": two names in one cell
    for m in (re.finditer(r"&(nbsp|amp|quot|lt|gt|apos|#\d{1,6});", text) if "&" in text else ()):
        rep = {"amp": "&", "quot": '"', "lt": "<", "gt": ">", "apos": "'"}.get(m.group(1), " ")
        chars[m.start()] = rep
        _blank(chars, m.start() + 1, m.end())
    for m in (re.finditer(r"!\[[^\]\n]*\]\([^)\n]*\)", text) if "![" in text else ()):   # images
        _blank(chars, m.start(), m.end())
    for m in (re.finditer(r"\[([^\]\n]+)\]\(([^)\n]*)\)", text) if "](" in text else ()):   # links: keep the anchor text
        chars[m.start()] = " "
        _blank(chars, m.end(1), m.end())
    for m in (re.finditer(r"\*{2,3}|_{2,3}(?=\S)|(?<=\S)_{2,3}", text) if "**" in text or "__" in text else ()):
        _blank(chars, m.start(), m.end())
    for m in (re.finditer(r"(?<![\w*])\*(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])\*(?![\w*])", text) if "*" in text else ()):   # *emphasis*
        chars[m.start()] = chars[m.end() - 1] = " "
    for m in (_MD_ESCAPE.finditer(text) if "\\" in text else ()):   # markdown escapes "1\."
        chars[m.start()] = " "
    for m in (re.finditer(r"(?m)^[ \t]{0,3}(#{1,6})[ \t]", text) if "#" in text else ()):   # ATX headings
        _blank(chars, m.start(1), m.end(1))
    for m in (re.finditer(r"(?m)^[ \t]*(?:>[ \t]?)+", text) if ">" in text else ()):   # block quotes
        _blank(chars, m.start(), m.end())
    for m in re.finditer(r"(?m)^[ \t\u00a0]*[-=*_|:+ \u00a0]{3,}[ \t\u00a0]*$", text):   # rules, table separator rows
        if re.search(r"[-=*_]{3}", m.group(0)) or set(m.group(0).strip()) <= {"|", "-", ":"}:
            _blank(chars, m.start(), m.end())
    for m in (re.finditer(r"\|", text) if "|" in text else ()):   # table pipes, except those between cells
        if m.start() not in keep:   # a pipe between words of a row no reader took as a table: still a cell edge
            chars[m.start()] = COLUMN_GAP if _INLINE_CELL_EDGE.match(text, m.start() - 1) else " "
    for m in (re.finditer(r"(?m)^[ \t]*([*+])[ \t]+(?=\S)", text) if "*" in text or "+" in text else ()):   # markdown bullets other than "-"
        chars[m.start(1)] = " "


def normalise_markers(chars: list[str]) -> None:
    """Write the marker of each numbered line in its plain form, in place and at the same length (after the debris is
    blanked, before broken lines are joined): "II- MỤC TIÊU", "II/ Mục tiêu", "II: MỤC TIÊU", "1 ." (from "**1\\.**"),
    "Phần II - ", "A - " become "II. ", "1. ", "Phần II. ", "A. "; "Il." (OCR) "II."; one form for every reader after.

    >>> lines = ["II- MỤC TIÊU", "1 . Đến năm 2030", "Il/ Nhiệm vụ", "A - MỤC TIÊU", "T/M BAN", "1-2 ngày", "27-CTr/TU ngày"]
    >>> for line in lines:
    ...     chars = list(line); normalise_markers(chars); print("".join(chars))
    II. MỤC TIÊU
    1.  Đến năm 2030
    II. Nhiệm vụ
    A.  MỤC TIÊU
    T/M BAN
    1-2 ngày
    27-CTr/TU ngày
    """
    for m in cues.HEADING_MARKER.finditer("".join(chars)):
        name = "num" if m.group("num") else "letter"
        sep = m.group("sep") if name == "num" else m.group("lsep")
        number = m.group(name).replace("l", "I").replace("|", "I") if name == "num" else m.group(name)
        marker = number + (")" if ")" in sep else ".")
        start = m.start(name)
        chars[start:m.end()] = marker + " " * (m.end() - start - len(marker))


def _mark_column_gaps(text: str, chars: list[str]) -> None:
    """PDF layout text puts two columns on one line ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI ..."): a run of three
    or more spaces inside a line gets an em space (``COLUMN_GAP``, still white space) in the match form, so no
    name runs across the gap."""
    for m in re.finditer(r"(?<=\S)[ \t]{3,}(?=\S)", text):
        if chars[m.start() + 1] == " ":
            chars[m.start() + 1] = COLUMN_GAP


def _join_broken_lines(chars: list[str], table_lines: frozenset[int] = frozenset()) -> None:
    """Replace a single '\\n' by ' ' where a sentence continues on the next line (never at a table row)."""
    text = "".join(chars)
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    # Hard-wrapped text (every line cut near one width) may break before a capitalised word;
    # in text whose lines are whole paragraphs, a line without a full stop is a heading.
    width = lengths[int(0.9 * (len(lengths) - 1))] if len(lengths) >= 4 else 0
    hard_wrapped = 0 < width <= 120
    full = int(_FULL_LINE * width) if hard_wrapped else 0   # a line this long was cut by the wrap, not ended
    offset = 0
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        offset += len(line)
        # (also a list of partners over a blank line, a page's number: "phối hợp với Sở A," / "" / "12" / "" / "Sở B")
        gap = (page_break_after(lines, i) or partner_list_goes_on(lines, i)) if line.strip() and i not in table_lines else None
        if gap is None and line.strip() and i + 2 < len(lines) and not lines[i + 1].strip(" \t\f") \
                and not {i, i + 2} & table_lines and len(line.strip()) >= 50 and goes_on_over_blank(line, lines[i + 2]):
            gap = 2   # "7. Bộ Quốc phòng tiếp tục chỉ đạo ... tăng cường các" / "" / "biện pháp ...": a stray blank line
        if gap is not None and i + gap not in table_lines and (name_goes_on(line.strip(), lines[i + gap].strip())
                                                               or _continues(line, lines[i + gap], hard_wrapped, full)):
            end = offset + sum(len(lines[k]) + 1 for k in range(i + 1, i + gap)) + 1
            chars[offset:end] = " " * (end - offset)   # over a page break: the page's number is layout
        elif i not in table_lines and i + 1 not in table_lines and _continues(line, nxt, hard_wrapped, full):
            chars[offset] = " "
        offset += 1


_FULL_LINE = 0.85   # of the wrap width (the longest lines of hard-wrapped text)


def _continues(line: str, nxt: str, hard_wrapped: bool = True, full: int = 0) -> bool:
    """Whether the sentence of ``line`` goes on on ``nxt``. ``full`` (hard-wrapped text): the length of a line the
    wrap cut; a numbered item's first line that long goes on before a capital like any other line ("b) Phối hợp với
    ..., Cục Quản lý thị trường" / "Việt Nam ..."), where a shorter one is a heading ("2. Sở Y tế" / "Chủ trì ...")."""
    cur = line.strip()
    after = nxt.strip()
    if not cur or not after:
        return False
    if BULLET_START.match(nxt) or DATE_LINE.match(line) or DATE_LINE.match(nxt) or is_byline(after):
        return False
    if framecues.RECIPIENTS.match(after) or cues.SIGNATURE.match(after) or _FRAME_LINE.match(after):
        return False      # the footer starts: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"; the header's "Số:", "V/v", "Kính gửi"
    if cur[-1] in ";:":                       # a list of clauses goes on in lower case: "...cơ sở;\nđẩy mạnh ..."
        return after[0].islower()
    if cur[-1] in CLOSERS or cur.endswith(("...", "…", '."', ".'", ".)")):
        return False
    if all_capitals(cur, 2):       # CỘNG HÒA ..., CHỈ THỊ, T/M BAN BÍ THƯ; a long heading the wrap cut goes on
        return caps_heading_goes_on(cur, after, full)
    first = after[0]
    if first.islower() or first in "(,;\"'“":
        return True
    if all_capitals(after, 2):
        return False
    if _CONTINUATION_END.search(cur) or name_goes_on(cur, after):
        return True
    # A capital after an unfinished line: continue only when the line is long (a wrapped
    # sentence), not a short header line ("Số: 182/KH-UBND", "Hà Nội, ngày ...", a title), nor a row of a layout
    # with columns ("TỈNH X          Độc lập - Tự do - Hạnh phúc").
    return hard_wrapped and len(cur) >= 50 and (not HEADING_START.match(line) or item_goes_on(cur)
                                                or full_item_goes_on(cur, after, full)) \
        and not _COLUMN_GAP.search(cur)


# --------------------------------------------------------------------------- public API


def clean_label(source: SourceText, start: int, end: int) -> str:
    """A label from ``source.text[start:end]``: look-alike letters folded (Ð -> Đ), tone marks in
    one placement, debris dropped, whitespace collapsed, curly quotes kept, edge punctuation trimmed.

    Takes the source and a span; returns a plain string (possibly empty). Never raises.

    >>> s = source_from_string("**Tăng cường  sự lãnh đạo của Ðảng**\u00a0về “hoà giải”:")
    >>> clean_label(s, 0, len(s.text))
    'Tăng cường sự lãnh đạo của Đảng về “hòa giải”'
    """
    chars = [t if t in "“”‘’" else m for t, m in zip(source.text[start:end], source.match[start:end])]
    return re.sub(r"\s+", " ", "".join(chars)).strip(" :,;.-")


def without_debris(text: str) -> str:
    """A statement's text as the graph shows it (``pkg:text``): the Markdown and HTML debris the match form blanks
    (``<p>``, ``<br>``, ``&nbsp;``, ``**``, ``\\-``) dropped, white space collapsed; the letters as written.

    >>> without_debris("<p>Sở Y&nbsp;tế chủ trì **tổ chức**\\ntổng kết;<br>")
    'Sở Y tế chủ trì tổ chức tổng kết;'
    >>> without_debris("1\\\\. Sở Y tế \\\\[chủ trì\\\\]")
    '1. Sở Y tế [chủ trì]'
    """
    if not any(c in text for c in "<&*_\\#>|["):
        return text
    chars = list(text := _MD_ESCAPE.sub("", text))     # an escape's backslash is no character of the text: "1\\." is "1."
    _blank_debris(text, chars)
    return re.sub(r"\s+", " ", "".join(chars)).strip()


def source_from_string(text: str, name: str = "<string>", key: str | None = None,
                       media_type: str = "text/plain") -> SourceText:
    """Build a ``SourceText`` from a decoded string.

    Takes the text (HTML source when ``media_type`` is ``text/html``), a display
    name, an optional key (default: slug of the file stem of ``name``, or for
    names like ``<stdin>`` that name plus the first 12 hex of the text's sha256)
    and the media type. Returns the SourceText with its match form and skipped
    spans. Raises ``InputError`` when no text is left (empty input).

    >>> s = source_from_string("Thứ bảy, 09/12/2023\\n\\nỦy ban yêu cầu.\\n\\nTheo Nhandan", name="<stdin>")
    >>> s.key[:18], [s.text[x.start:x.end] for x in s.skipped]
    ('stdin-f4f903d57379', ['Thứ bảy, 09/12/2023', 'Theo Nhandan'])
    """
    name = carriable(name)   # a file name may hold what no output can carry (bytes that are not UTF-8, controls)
    if media_type == "text/html":
        text = html_to_text(text)
    else:   # references a page's source leaves ("&ocirc;", "&nbsp;": one no-break space, not a column's gap)
        text = unescape_references(text)
    text = source_text(text)
    if not text.strip():
        raise InputError(f"{name}: no text in the input (empty file?)")
    chars = list(match_form(text))
    rows = table_rows(text)
    _blank_debris(text, chars, keep=frozenset(p for _, _, seps in rows for p in seps))
    mark_cell_breaks(text, chars, rows)   # "| Học viện A  Trường B |": a Word cell's line break as two spaces
    blank_converter_lines(text, chars)
    normalise_markers(chars)
    repair_ocr_words(text, chars)
    row_starts = {start for start, _, _ in rows}
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    _join_broken_lines(chars, frozenset(i for i, start in enumerate(line_starts) if start in row_starts))
    if "#" in text:
        join_split_headings(text, chars)
    join_bold_wraps(text, chars)
    _mark_column_gaps(text, chars)
    apply_flat_tables(text, chars)     # Word tables copied as text: tab-separated rows, one cell per line
    match = "".join(chars)
    assert len(match) == len(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if key is None:
        if name.startswith("<"):
            key = slugify(name.strip("<>") or "text") + "-" + digest[:12]
        else:
            key = slugify(Path(name).stem)
    # (a page's number inside a sentence that goes on over the page break is blanked above: no gap in the text)
    skipped = sorted(sp for sp in set(repeated_leads(match) + non_body_lines(text)) if match[sp.start:sp.end].strip())
    return SourceText(key=key, name=name, text=text, match=match, media_type=media_type,
                      skipped=skipped, sha256=digest)


def read_source(path: str | Path, key: str | None = None, max_size: int | None = MAX_DOCUMENT_BYTES) -> SourceText:
    """Read one input file (.txt, .md, .html/.htm; '-' reads stdin) into a ``SourceText``.

    Takes a path (or '-'), an optional key (default: slug of the file stem; stdin: 'stdin-' + first 12 hex of
    the text's sha256) and the size limit in bytes (None: none). Returns the decoded, normalised SourceText.
    Raises ``InputError`` for a missing file, a directory or anything else that is not a regular file (never
    waited on: a FIFO or a device is refused at once), a file or stdin over ``max_size`` (never read past it),
    binary data or undecodable bytes (message names the file).

    >>> read_source("/nonexistent/x.txt")
    Traceback (most recent call last):
    ...
    policykg.core.errors.InputError: /nonexistent/x.txt: no such file
    >>> read_source("/dev/zero")
    Traceback (most recent call last):
    ...
    policykg.core.errors.InputError: /dev/zero: not a regular file (a character device); save the text to a file first
    """
    if str(path) == "-":
        name = "<stdin>"
        text = decode_bytes(read_limited(sys.stdin.buffer, name, max_size), name)
        head = text.lstrip()[:200].lower()
        media = "text/html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "text/plain"
        return source_from_string(text, name=name, key=key, media_type=media)
    return source_from_bytes(read_regular_file(path, max_size), str(path), key)


def source_from_bytes(data: bytes, name: str, key: str | None = None) -> SourceText:
    """The ``SourceText`` of a file's bytes, read elsewhere: what ``read_source`` gives for the file ``name``.

    The kind of text comes from the suffix of ``name`` (HTML also from its first bytes); the key defaults to the
    slug of its stem. Raises ``InputError`` for binary data or undecodable bytes.

    >>> source_from_bytes("Ban Bí thư".encode(), "in/a.txt").key
    'a'
    """
    p = Path(name)
    text = decode_bytes(data, name)
    text, media = read_as(text, _MEDIA_BY_SUFFIX.get(p.suffix.lower(), "text/plain"))
    return source_from_string(text, name=name, key=key or slugify(p.stem), media_type=media)
