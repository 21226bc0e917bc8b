"""The visible text of an HTML page: scripts and styles dropped, blocks on their own lines, and the rows of the
outermost table as ``| a | b |`` lines (the form ``read`` gives Markdown pipe tables too)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]


_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe",
              "object", "canvas", "button", "select", "textarea", "math", "nav"}
_PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre",
                   "section", "article", "header", "footer", "figure", "dl", "hr", "main", "aside"}
_LINE_TAGS = {"br", "div", "li", "tr", "td", "th", "dd", "dt", "figcaption", "address", "form",
              "fieldset", "legend", "caption", "tbody", "thead", "tfoot", "center"}


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

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body":       # a <head> left open must not swallow the page
            self.skip_depth = 0
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag == "pre":
            self.pre_depth += 1
        if not self.skip_depth and self._table_tag(tag, opening=True):
            return
        self._block(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag not in _SKIP_TAGS:
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

    def _close_row(self) -> None:
        if self.row_open:
            self.parts.append(" |\n")
        self.row_open = self.cell_open = False

    def _table_tag(self, tag: str, opening: bool) -> bool:
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
                    self.parts.append(" ")
                    return True
                self._close_row()
                self.parts.append("\n\n")
            return True
        if self.table_depth != 1:
            if self.table_depth > 1 and tag in _LINE_TAGS | _PARAGRAPH_TAGS:
                self.parts.append(" ")
                return True
            return False
        if tag == "tr":
            self._close_row()
            return True
        if tag in ("td", "th"):
            if opening:
                if self.row_open:
                    self.parts.append(" | ")
                else:
                    self.parts.append("| " if self.parts and self.parts[-1].endswith("\n") else "\n| ")
                self.row_open = self.cell_open = True
            else:
                self.cell_open = False
            return True
        if tag in ("thead", "tbody", "tfoot"):
            self._close_row()
            return True
        if self.cell_open and tag in _LINE_TAGS | _PARAGRAPH_TAGS:
            self.parts.append(" ")     # "<td>Sở A<br>Sở B</td>": one cell, one line
            return True
        return False

    def _block(self, tag: str) -> None:
        if self.skip_depth:
            return
        if tag in _PARAGRAPH_TAGS:
            self.parts.append("\n\n")
        elif tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.table_depth == 1 and not self.cell_open and not data.strip():
            return                          # layout whitespace between rows and cells
        if self.table_depth:
            data = data.replace("|", "¦")   # a pipe inside a cell is text, not a cell separator
        if self.pre_depth and not self.cell_open:
            self.parts.append(data)
        else:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: scripts and styles dropped, blocks on their own lines.

    Takes HTML source, returns plain text (entities decoded, one blank line
    between paragraphs). Never raises for malformed HTML.

    >>> html_to_text("<html><head><title>t</title><style>p{}</style></head>"
    ...              "<body><h1>Chỉ thị</h1><p>Ban&nbsp;Bí thư <b>yêu cầu</b>:<br>a) X;</p>"
    ...              "<script>var x=1;</script></body></html>")
    'Chỉ thị\\n\\nBan\\xa0Bí thư yêu cầu:\\na) X;'
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    parser._close_row()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\f]*\n[ \t\f]*", "\n", text)
    text = re.sub(r"(?m)^\| .*\|$", lambda row: re.sub(r"[ \t\f]{2,}", " ", row.group(0)), text)   # table rows
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(" \n")
