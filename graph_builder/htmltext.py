"""The visible text of an HTML page: scripts and styles dropped, blocks on their own lines, and the rows of the
outermost table as ``| a | b |`` lines (the form ``read`` gives Markdown pipe tables too). A cell merged over
several rows (``rowspan``) is written again in each row it covers, as a Word table's merged cell reads, and a
header cell merged over several columns (``colspan`` on a ``th`` or in the first row) in each column, so that every
row has one cell per column."""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

from policykg.core.textnorm import all_capitals
from policykg.graph_builder.cues import SIGNATURE, item_break_between, word_before

__all__ = ["html_body", "html_tables_in_text", "html_to_text", "join_bold_wraps", "read_as", "tables_to_text",
           "unescape_references"]


_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe",
              "object", "canvas", "button", "select", "textarea", "math", "nav"}
_PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre",
                   "section", "article", "header", "footer", "figure", "dl", "hr", "main", "aside"}
_LINE_TAGS = {"br", "div", "li", "tr", "td", "th", "dd", "dt", "figcaption", "address", "form",
              "fieldset", "legend", "caption", "tbody", "thead", "tfoot", "center"}

# the name of a marked section "<![name" (html.parser's own pattern) and the names html.parser reads
_SECTION_NAME = re.compile(r"([a-zA-Z][-_.a-zA-Z0-9]*)?\s*")
_SECTION_KEYWORDS = {"temp", "cdata", "ignore", "include", "rcdata", "if", "else", "endif"}


class _VisibleText(HTMLParser):
    """Collects visible text; block elements become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.table_depth = 0      # nesting of <table>; only the outermost table makes rows
        self.row_open = False     # an outermost <tr> is open: its cells go on one line "| a | b |"
        self.cell_open = False    # inside an outermost <td>/<th>: blocks become spaces
        self.cell: list[str] = []                  # the text of the open cell
        self.cells: list[tuple[str, int, int, bool]] = []   # the row's cells: text, rowspan, colspan, header
        self.cell_span = (1, 1, False)
        self.pending: dict[int, tuple[str, int]] = {}      # column -> (text, rows still covered) of a rowspan
        self.rows_seen = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body":       # a <head> left open must not swallow the page
            self.skip_depth = 0
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag == "pre":
            self.pre_depth += 1
        if not self.skip_depth and self._table_tag(tag, opening=True, attrs=attrs):
            return
        self._block(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            return
        if not self.skip_depth and self.table_depth and tag in _LINE_TAGS - {"tr", "td", "th"} \
                and self._table_tag(tag, opening=True, attrs=attrs):
            return   # "<td>Sở A<br/>Sở B</td>": as "<br>", a space inside the cell
        self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if not self.skip_depth and self._table_tag(tag, opening=False):
            return
        self._block(tag)

    def _close_cell(self) -> None:
        if self.cell_open:
            text = _CELL_BREAK_ITEM.sub(_item_break, "".join(self.cell))   # "Bộ Tư pháp<br>Bộ Tài chính": two names
            text = re.sub(r"[ \t\r\n\f\x1f]+", " ", text).strip()
            text = re.sub(r" ?\x1e ?", _CELL_GAP, text)
            self.cells.append((text, *self.cell_span))
        self.cell, self.cell_open = [], False

    def _close_row(self) -> None:
        self._close_cell()
        if self.row_open:
            texts = self._row_texts()
            self.parts.append(("| " if self.parts and self.parts[-1].endswith("\n") else "\n| ")
                              + " | ".join(texts) + " |\n")
            self.rows_seen += 1
        self.row_open = False
        self.cells = []

    def _row_texts(self) -> list[str]:
        """The row's cells, one per column: cells merged from rows above repeated, merged columns filled."""
        texts: list[str] = []
        cells = list(self.cells)
        column = 0
        while cells or any(c >= column for c in self.pending):
            if column in self.pending:
                text, left = self.pending.pop(column)
                if left > 1:
                    self.pending[column] = (text, left - 1)
                texts.append(text)
                column += 1
                continue
            if not cells:
                texts.append("")
                column += 1
                continue
            text, rowspan, colspan, header = cells.pop(0)
            for k in range(colspan):
                repeat = text if k == 0 or header or self.rows_seen == 0 else ""
                texts.append(repeat)
                if rowspan > 1:
                    self.pending[column + k] = (repeat, rowspan - 1)
            column += colspan
        return texts

    def _table_tag(self, tag: str, opening: bool, attrs=()) -> bool:
        """Rows of the outermost table become one line each, cells separated by ' | '. True when handled."""
        if tag == "table":
            if opening:
                self.table_depth += 1
                if self.table_depth > 1:
                    self.parts.append(" ")
                    return True
                self.parts.append("\n\n")
            else:
                self.table_depth = max(0, self.table_depth - 1)
                if self.table_depth:
                    self.cell.append(" ") if self.cell_open else self.parts.append(" ")
                    return True
                self._close_row()
                self.pending, self.rows_seen = {}, 0
                self.parts.append("\n\n")
            return True
        if self.table_depth != 1:
            if self.table_depth > 1 and tag in _LINE_TAGS | _PARAGRAPH_TAGS:
                self.cell.append(" ") if self.cell_open else self.parts.append(" ")
                return True
            return False
        if tag == "tr":
            self._close_row()
            return True
        if tag in ("td", "th"):
            self._close_cell()
            if opening:
                spans = dict(attrs)
                self.cell_span = (_span(spans.get("rowspan")), _span(spans.get("colspan")), tag == "th")
                self.row_open = self.cell_open = True
            return True
        if tag in ("thead", "tbody", "tfoot"):
            self._close_row()
            return True
        if self.cell_open and tag in _LINE_TAGS | _PARAGRAPH_TAGS:
            self.cell.append(_CELL_BREAK)      # "<td>Sở A<br>Sở B</td>": one cell, one line
            return True
        return False

    def _block(self, tag: str) -> None:
        if self.skip_depth:
            return
        if tag in _PARAGRAPH_TAGS:
            self.parts.append("\n\n")
        elif tag in _LINE_TAGS:
            self.parts.append("\n")

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A marked section "<![...": a keyword html.parser knows (Word's "<![if !supportLists]>", "<![CDATA[")
        read by it; any other ("<![CDA x", "<![ x", "<![cdata2[": a page cut or mistyped) a bogus comment up to the
        next ">", as HTML reads it, where html.parser of Python before 3.13 stops the build with AssertionError."""
        name = _SECTION_NAME.match(self.rawdata, i + 3).group(1)
        if name and (name.lower() in _SECTION_KEYWORDS or i + 3 + len(name) == len(self.rawdata)):
            return super().parse_marked_section(i, report)      # a keyword, or a name cut by the end of the feed
        end = self.rawdata.find(">", i + 3)
        return -1 if end < 0 else end + 1

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.table_depth == 1 and not self.cell_open and not data.strip():
            return                          # layout whitespace between rows and cells
        if self.table_depth:
            data = data.replace("|", "¦")   # a pipe inside a cell is text, not a cell separator
        if self.cell_open:
            self.cell.append(data)
        elif self.table_depth == 1:
            return                          # text between the cells of a row belongs to no cell
        elif self.pre_depth:
            self.parts.append(data)
        else:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


# a line break inside a cell (marked while the cell is read); between a lower-case word and a capitalised one it
# separates the items of a list ("Bộ Tư pháp<br>Bộ Tài chính", "<p>Sở Y tế</p><p>Công an tỉnh</p>"), elsewhere it is
# a space ("Kiểm tra,<br>giám sát", "CHỦ TỊCH<br>Nguyễn Văn A", "Phó Chủ tịch<br>Nguyễn Văn A")
_CELL_BREAK = "\x1f"
_CELL_GAP = "\x1e"
_CELL_BREAK_ITEM = re.compile(r"(?<=\w)[ \t\r\n\f]*\x1f[ \t\r\n\f\x1f]*(?=(?P<word>\w+))")


def _item_break(m: re.Match) -> str:
    """"; " between two items of a list, a column gap between two lines in capitals (the organs of a joint header,
    "<p>SỞ Y TẾ</p><p>CÔNG AN TỈNH</p>", as a Markdown cell's "<br>" reads; the number under the organ), else a
    space."""
    before = word_before(m.string, m.start())
    if item_break_between(before, m.group("word")):
        return "; "
    after = m.group("word")     # also before the number under the organ ("<p>UBND TỈNH X</p><p>Số: 12/UBND-VX</p>")
    return _CELL_GAP if all_capitals(before, 2) and (all_capitals(after, 2) or after in ("Số", "SỐ")) else " "


def _span(value: str | None) -> int:
    """A rowspan / colspan attribute as a count (1 when absent or not a small positive number)."""
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


# a line that opens an HTML block: a web page's body exported as it was stored (a post's front matter, then "<p>...")
_HTML_BLOCK_LINE = re.compile(r"^[ \t]*<(?:p|div|h[1-6]|table|ul|ol|article|section)[\s>]", re.M | re.I)


def html_body(text: str) -> bool:
    """A text whose body is HTML: three or more lines open an HTML block (``_HTML_BLOCK_LINE``, in its first 20,000
    characters), and no fewer than the lines of text that stand outside every block (``_bare_lines``): a text whose
    lines are its own, with "<p>" or "<br>" left on some of them by a converter, is text with debris, not a page.

    >>> html_body("<p>Ban Bí thư</p>\\n<p>yêu cầu:</p>\\n<div>a) X;</div>")
    True
    >>> html_body("<p>Ban Bí thư</p>\\n<p>yêu cầu:</p>\\nViệc a\\nViệc b\\n<p>Việc c</p>\\nViệc d\\nViệc e")
    False
    """
    blocks = len(_HTML_BLOCK_LINE.findall(text, 0, 20000))
    return blocks >= 3 and blocks >= _bare_lines(text[:20000].replace("\r\n", "\n"))   # Windows line ends too


_FRONT_MATTER = re.compile(r"\A\s*---[^\n]*\n.*?\n---[ \t]*\n", re.S)
_BLOCK_TAG = re.compile(r"<(/?)(?:p|div|h[1-6]|table|ul|ol|li|article|section|blockquote|pre|tr|td|th)[\s>]", re.I)


def _bare_lines(text: str) -> int:
    """The lines holding words that neither open with a tag nor lie inside an open block (front matter aside)."""
    front = _FRONT_MATTER.match(text)
    depth, bare = 0, 0
    for line in text[front.end() if front else 0:].split("\n"):
        if depth <= 0 and not line.lstrip().startswith("<") and any(c.isalpha() for c in line):
            bare += 1
        for m in _BLOCK_TAG.finditer(line):
            depth += -1 if m.group(1) else 1
        depth = max(depth, 0)
    return bare


_TABLE_BLOCK = re.compile(r"<table\b.*?</table\s*>", re.S | re.I)


def html_tables_in_text(text: str) -> bool:
    """A text of its own (Markdown or plain lines) whose only HTML is its tables ("## 3. Sở A" / "- Chủ trì ..." /
    "<table>...</table>", as a converter writes a document's division-of-labour table): outside the tables no line
    opens an HTML block, and five or more lines hold words."""
    if _TABLE_BLOCK.search(text) is None:
        return False
    outside = _TABLE_BLOCK.sub("", text)
    return _HTML_BLOCK_LINE.search(outside) is None and sum(1 for line in outside.splitlines() if line.strip()) >= 5


def tables_to_text(text: str) -> str:
    """The text with each HTML table replaced by its rows as ``html_to_text`` writes them, a paragraph of its own;
    the lines around the tables, and their breaks, kept as they are."""
    return _TABLE_BLOCK.sub(lambda m: "\n\n" + html_to_text(m.group(0)) + "\n\n", text)


def read_as(text: str, media: str) -> tuple[str, str]:
    """The text and the media type a file of the media type ``media`` (from its suffix) is read as: a page (its first
    bytes, or a post's HTML body under its front matter: "<p>... d&acirc;n ...</p>") as HTML, unless its only HTML is its
    tables (``html_tables_in_text``: Markdown whose tables are HTML, its lines kept, its tables as rows)."""
    if media == "text/html":
        return text, media
    if not (text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")) or html_body(text)):
        # a text with no page around its HTML tables ("<table>" between its lines): the tables as rows too
        return (tables_to_text(text), media) if _TABLE_BLOCK.search(text) else (text, media)
    return (tables_to_text(text), media) if html_tables_in_text(text) else (text, "text/html")


# a bold run of Markdown wrapped over lines by a conversion from Word ("**6. Ủy" / "ban nhân dân phường, xã**"): one
# line (a heading, a title, a name); each of its lines holds words, none opens a list item, a table row or a signature
# block's mode ("**TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH**": lines of a block, not one). Each run of
# a line is taken whole (possessive: only "**" or a line break may follow it, so no shorter run could match), a word
# in it looked for ahead: the same matches without trying every split of a long line around each of its words
_BOLD_WRAP = re.compile(r"\*\*(?=[^*\n]*\w)[^*\n|]{1,150}+(?:\n(?![ \t]*(?:[-+•|]|\d{1,2}[.)]|"
                        + SIGNATURE.pattern[1:] + r"))(?=[^*\n|]*\w)[^*\n|]*+){1,3}\*\*")


def join_bold_wraps(text: str, chars: list[str]) -> None:
    """Replace the line breaks inside a wrapped bold run (``_BOLD_WRAP``) by spaces."""
    if "**" not in text:
        return
    for m in _BOLD_WRAP.finditer(text):
        for pos in range(m.start(), m.end()):
            if text[pos] == "\n":
                chars[pos] = " "


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: scripts and styles dropped, blocks on their own lines.

    Takes HTML source, returns plain text (entities decoded, one blank line
    between paragraphs). Never raises for malformed HTML.

    >>> html_to_text("<html><head><title>t</title><style>p{}</style></head>"
    ...              "<body><h1>Chỉ thị</h1><p>Ban&nbsp;Bí thư <b>yêu cầu</b>:<br>a) X;</p>"
    ...              "<script>var x=1;</script></body></html>")
    'Chỉ thị\\n\\nBan\\xa0Bí thư yêu cầu:\\na) X;'
    >>> print(html_to_text("<table><tr><th>TT</th><th colspan=2>Cơ quan</th></tr><tr><td>1</td>"
    ...                    "<td rowspan=2>Sở A</td><td>Sở B</td></tr><tr><td>2</td><td>Sở C</td></tr></table>"))
    | TT | Cơ quan | Cơ quan |
    | 1 | Sở A | Sở B |
    | 2 | Sở A | Sở C |
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    parser._close_row()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\f]*\n[ \t\f]*", "\n", text)
    text = re.sub(r"(?m)^\| .*\|$", lambda row: re.sub(r"[ \t\f]{2,}", " ", row.group(0)), text)   # table rows
    text = text.replace(_CELL_GAP, "    ")     # the column gap of two lines in capitals in a cell (_item_break)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(" \n")


# a character reference left in a text that is not read as HTML (a post's body pasted from its page source, a table
# cell "Sở TT&amp;TT"): a number, or a name of HTML's Latin letters ("&ocirc;", "&Agrave;", "&yacute;") or of its
# spaces and signs. Not any name: the genre writes abbreviations with "&" that HTML5 also names ("GD&DD;" is not
# "GDⅅ", "KH&GT;" not "KH>"), so a name outside this list stays as written.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z](?:acute|grave|circ|tilde|uml|ring|cedil|slash)"
                        r"|nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|[lr][sd]quo|[lr]aquo|bull|middot|ETH|eth|THORN"
                        r"|thorn|szlig|AElig|aelig|shy|copy|reg|deg|ordm|ordf|sect|para|times|divide);")


def _decoded(m: re.Match) -> str:
    """The character of one reference; the reference as written when it names no printable character."""
    char = html.unescape(m.group(0))
    if len(char) != 1 or unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") or char == "\ufffd":
        return m.group(0) if char != "\xad" else ""
    return char


def unescape_references(text: str) -> str:
    """``text`` with the character references a page's source leaves in it decoded (``_REFERENCE``): an accented
    letter written "&ocirc;" is the letter, "&nbsp;" a no-break space, "&amp;" an ampersand. References to controls,
    surrogates or unassigned code points, and names the genre's abbreviations also write, stay as written.

    >>> unescape_references("Sở Y tế ph&#7889;i hợp với C&ocirc;ng an tỉnh, Sở TT&amp;TT, Ban TG&DVTU; &#0; &GT;")
    'Sở Y tế phối hợp với Công an tỉnh, Sở TT&TT, Ban TG&DVTU; &#0; &GT;'
    """
    return _REFERENCE.sub(_decoded, text) if "&" in text else text
