"""Publishing noise: named, deterministic transforms of a document's text that change how it is published, not what
it says, so that the gold written for the clean text still holds (``bench/eval_noise.py`` measures the builder under
each).

Each transform is a form the genre really shows; each keeps every name's letters as a reader sees them:

- ``wrap``: hard line breaks inside paragraphs at one PDF width (60-90 columns, chosen per document), only at a space,
  never inside a word; table rows, layout lines (runs of spaces), Markdown headings and a post's front matter are left
  whole. A reader reads the same sentence over two lines. A text already cut at a page's width (nine lines in ten
  no longer than ``_PAGE_WIDTH``: a PDF's text layer already) is left as it is: cut again, it would alternate long
  and short lines, which no converter writes.
- ``furniture``: a page's furniture every ~40 lines, between two lines: a form feed, then one of a page number ("3",
  "- 3 -"), "Trang 3/12" or a Công báo running header ("CÔNG BÁO/Số 1095 + 1096/Ngày 29-12-2023") with its page
  number. It names no actor and no document cited by the text. A text that already carries its pages' furniture (a
  form feed, or two page numbers on lines of their own beside a blank line) is left as it is: a second numbering
  of other pages is what no converter writes.
- ``pdf``: ``wrap`` then ``furniture``: a page break may now fall inside a sentence, as in a PDF's text.
- ``nfd``: Unicode NFD (decomposed diacritics): the same characters as a reader sees them.
- ``tone``: the old tone placement ("ủy" -> "uỷ", "hòa" -> "hoà", "thủy" -> "thuỷ", "khỏe" -> "khoẻ"; never after "q"):
  both spellings are correct Vietnamese and name the same thing.
- ``lookalike``: Cyrillic а е о р с х (and А В С Е Н О Р Т Х) for the Latin letter in some words, Latin Ð for Đ: the
  same glyphs on the page. Markup (an HTML entity's or tag's name) and a post's front matter are no glyphs of the
  page and are left as they are.
- ``nbsp``, ``doubled``, ``tabs``: some spaces become non-breaking, some doubled; a tab after each numbered line's
  marker ("1.\tSở Y tế ..."): white space only.
- ``invisible``: zero-width spaces, word joiners, byte order marks and soft hyphens inside some words: not seen.
- ``markdown``: a converter's debris in the body (a post's front matter is left alone): ``**bold**`` around some
  paragraphs, ``#`` before capitalised heading lines, ``> `` before some paragraphs, and in some paragraphs the
  escape an HTML-to-Markdown converter writes before a list marker that opens a paragraph (turndown's ``\\-``,
  ``1\\.``); a dash inside a line is not escaped (no converter escapes it there), and a line of raw HTML (a post
  that kept its page's tags) is left as it is: markup, not text.
- ``html``: HTML debris in a text file's body: ``<p>``/``</p>`` around some paragraphs, ``<br>`` at some line ends,
  ``&nbsp;`` for some spaces: markup, not text.
- ``repeat``: one body paragraph written twice in a row (a copy-paste slip): the same facts, once more.
- ``crlf``: Windows line ends.

>>> text = "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực hiện hòa giải tại cơ sở năm 2027.\\n"
>>> print(perturb(text, "wrap", "a.txt"), end="")
Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực
hiện hòa giải tại cơ sở năm 2027.
>>> perturb("Sở Tài chính chủ trì,\\nphối hợp với Sở Nội vụ.\\n", "wrap", "a.txt")   # a PDF's text already
'Sở Tài chính chủ trì,\\nphối hợp với Sở Nội vụ.\\n'
>>> perturb(text, "tone", "a.txt")[:30]
'Uỷ ban nhân dân tỉnh giao Sở T'
>>> sorted(TRANSFORMS) == sorted(set(TRANSFORMS))
True
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Callable

__all__ = ["TRANSFORMS", "already_wrapped", "has_page_furniture", "perturb"]

_TABLE_OR_LAYOUT = re.compile(r"\||\t|\S {3,}\S|^\s*#")
_FRONT_MATTER = re.compile(r"\A\s*---[^\n]*\n.*?\n---[ \t]*(?:\n|\Z)", re.S)   # a post's metadata: no converter touches it


def _body_lines(text: str) -> tuple[str, list[str]]:
    """A text's front matter (kept as it is) and the lines of its body."""
    front = _FRONT_MATTER.match(text)
    head = front.group(0) if front else ""
    return head, text[len(head):].split("\n")


def _rng(name: str, transform: str, seed: int) -> random.Random:
    return random.Random(f"{seed}:{transform}:{name}")   # a str seed is hashed by SHA-512: the same in every run


_PAGE_WIDTH = 100   # a PDF page's widest line of text (A4, 13-14 pt), indent included


def already_wrapped(text: str) -> bool:
    """Whether ``text`` is already cut at a page's width: nine of its non-blank lines in ten are no longer than a
    page's line (a PDF's text layer).

    >>> already_wrapped("Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì,\\nphối hợp với Sở Nội vụ.\\n" * 5)
    True
    >>> already_wrapped(("Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ " * 3 + "\\n") * 5)
    False
    """
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    return bool(lengths) and lengths[int(0.9 * (len(lengths) - 1))] <= _PAGE_WIDTH


_PAGE_NUMBER_LINE = re.compile(r"[ \t]*(?:-[ \t]*)?\d{1,3}(?:[ \t]*-)?[ \t]*")


def has_page_furniture(text: str) -> bool:
    """Whether ``text`` already marks its pages: a form feed, or two lines that hold only a page number ("7",
    "- 7 -") with a blank line above or below (a table's row numbers stand between its cells, not beside a blank).

    >>> has_page_furniture("đoạn một\\n\\n2\\n\\nđoạn hai\\n\\n3\\n\\nđoạn ba"), has_page_furniture("STT\\n1\\nSở A\\n2\\nSở B")
    (True, False)
    """
    if "\f" in text:
        return True
    lines = text.split("\n")
    beside_blank = [k for k, line in enumerate(lines) if _PAGE_NUMBER_LINE.fullmatch(line)
                    and ((k > 0 and not lines[k - 1].strip()) or (k + 1 < len(lines) and not lines[k + 1].strip()))]
    return len(beside_blank) >= 2


def _wrap(text: str, rng: random.Random) -> str:
    width = rng.randint(60, 90)
    head, lines = _body_lines(text)
    if already_wrapped("\n".join(lines)):
        return text
    out = []
    for line in lines:
        if len(line) <= width or _TABLE_OR_LAYOUT.search(line):
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for word in words:
            if cur and len(cur) + 1 + len(word) > width and cur.strip():
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
    return head + "\n".join(out)


_RUNNING_HEADER = "CÔNG BÁO/Số 1095 + 1096/Ngày 29-12-2023"


def _furniture(text: str, rng: random.Random) -> str:
    if has_page_furniture(text):
        return text
    lines = text.split("\n")
    pages = max(1, len(lines) // 40 + 1)
    style = rng.choice(("number", "dashed", "trang", "gazette"))
    out, page, next_break = [], 1, 40 + rng.randint(-5, 5)
    for k, line in enumerate(lines):
        out.append(line)
        if k + 1 >= next_break and k + 1 < len(lines) and not _TABLE_OR_LAYOUT.search(line) \
                and not _TABLE_OR_LAYOUT.search(lines[k + 1]):
            page += 1
            next_break = k + 1 + 40 + rng.randint(-5, 5)
            if style == "number":
                out.extend(["", "\f" + str(page)])
            elif style == "dashed":
                out.extend(["\f", f"- {page} -", ""])
            elif style == "trang":
                out.extend([f"Trang {page - 1}/{pages}", "\f"])
            else:
                out.extend(["\f" + _RUNNING_HEADER, str(page), ""])
    return "\n".join(out)


def _pdf(text: str, rng: random.Random) -> str:
    return _furniture(_wrap(text, rng), rng)


def _nfd(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFD", text)


_NEW_TONE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ])([aAeE])(?!\w)|(?<![qQ])([ùúủũụÙÚỦŨỤ])([yY])(?!\w)")
_MARK = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _move_tone(m: re.Match) -> str:
    marked, bare = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    parts = unicodedata.normalize("NFD", marked)
    tone = "".join(c for c in parts if c in _MARK)
    plain = "".join(c for c in parts if c not in _MARK)
    return unicodedata.normalize("NFC", plain) + unicodedata.normalize("NFC", bare + tone)


def _tone(text: str, rng: random.Random) -> str:
    return _NEW_TONE.sub(_move_tone, unicodedata.normalize("NFC", text))


_CYRILLIC = dict(zip("aeopcxAOPCETXBH", "аеорсхАОРСЕТХВН"))


_MARKUP = r"&#?\w+;|<[^<>\n]*>"   # an HTML entity or tag: markup, no glyph of the page


def _lookalike(text: str, rng: random.Random) -> str:
    head, lines = _body_lines(text)

    def word(m: re.Match) -> str:
        w = m.group(0)
        if m.group("markup"):
            return w
        spots = [i for i, c in enumerate(w) if c in _CYRILLIC]
        if not spots or rng.random() > 0.15:
            return w
        i = rng.choice(spots)
        return w[:i] + _CYRILLIC[w[i]] + w[i + 1:]

    return head + re.sub(rf"(?P<markup>{_MARKUP})|\w+", word, "\n".join(lines).replace("Đ", "Ð"))


def _space_by(text: str, rng: random.Random, share: float, space: str) -> str:
    return re.sub(r"(?<=\S) (?=\S)", lambda m: space if rng.random() < share else " ", text)


def _nbsp(text: str, rng: random.Random) -> str:
    return _space_by(text, rng, 0.15, "\u00a0")


def _doubled(text: str, rng: random.Random) -> str:
    return _space_by(text, rng, 0.05, "  ")


def _tabs(text: str, rng: random.Random) -> str:
    return re.sub(r"(?m)^([ \t]*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]) (?=\S)", "\\1\t", text)


_INVISIBLE = ("\u200b", "\u2060", "\ufeff", "\u00ad", "\u200c")


def _invisible(text: str, rng: random.Random) -> str:
    def word(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 2 or rng.random() > 0.1:
            return w
        i = rng.randint(1, len(w) - 1)
        return w[:i] + rng.choice(_INVISIBLE) + w[i:]

    return re.sub(r"\w+", word, text)


_LINE_START_MARKER = re.compile(r"^([ \t]*)(-|\d{1,3}(?=\. ))")


def _escaped(line: str) -> str:
    """``line`` as an HTML-to-Markdown converter escapes a paragraph's text (turndown): a list marker that opens it
    (``\\-``, ``2\\.``).

    >>> print(_escaped("- Sở Y tế kiểm tra hồ sơ A - B"), _escaped("2. Bộ Tài chính"))
    \\- Sở Y tế kiểm tra hồ sơ A - B 2\\. Bộ Tài chính
    """
    m = _LINE_START_MARKER.match(line)
    if m is None:
        return line
    return line[:m.end(1)] + ("\\-" if m.group(2) == "-" else m.group(2) + "\\") + line[m.end(2):]


def _markdown(text: str, rng: random.Random) -> str:
    head, lines = _body_lines(text)
    out = []
    for line in lines:
        body = line.strip()
        if body.startswith("-") and not _TABLE_OR_LAYOUT.search(line):
            out.append(_escaped(line) if rng.random() < 0.5 else line)    # a paragraph that opens with a dash
            continue
        if not body or _TABLE_OR_LAYOUT.search(line) or body.startswith(("*", ">", "#", "<")):
            out.append(line)
            continue
        letters = [c for c in body if c.isalpha()]
        r = rng.random()
        text_of = _escaped(body) if rng.random() < 0.5 else body
        # a converter marks what the document set apart: headings and whole paragraphs, not a PDF line's fragment
        if letters and all(c.isupper() for c in letters) and len(body.split()) >= 3 and len(body) < 90 and r < 0.5:
            line = "## " + text_of
        elif r < 0.15 and len(body) > 40 and body[-1] in ".:;":
            line = f"**{text_of}**"
        elif r < 0.25 and len(body) > 80:
            line = "> " + text_of
        elif text_of != body:
            line = line[:len(line) - len(line.lstrip())] + text_of
        out.append(line)
    return head + "\n".join(out)


def _html(text: str, rng: random.Random) -> str:
    head, lines = _body_lines(text)
    out = []
    for line in lines:
        if not line.strip() or _TABLE_OR_LAYOUT.search(line) or line.strip() == "---":
            out.append(line)
            continue
        r = rng.random()
        if r < 0.2:
            line = f"<p>{line}</p>"
        elif r < 0.35:
            line = line + "<br>"
        elif r < 0.45:
            line = line.replace(" ", "&nbsp;", 2)
        out.append(line)
    return head + "\n".join(out)


def _repeat(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    body = [k for k, line in enumerate(lines[len(lines) // 4:3 * len(lines) // 4], len(lines) // 4)
            if len(line) > 80 and not _TABLE_OR_LAYOUT.search(line) and line.rstrip().endswith((".", ";", ":"))]
    if not body:
        return text
    k = rng.choice(body)
    return "\n".join(lines[:k + 1] + ["", lines[k]] + lines[k + 1:])


def _crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "wrap": _wrap, "furniture": _furniture, "pdf": _pdf, "nfd": _nfd, "tone": _tone, "lookalike": _lookalike,
    "nbsp": _nbsp, "doubled": _doubled, "tabs": _tabs, "invisible": _invisible, "markdown": _markdown, "html": _html, "repeat": _repeat,
    "crlf": _crlf,
}


def perturb(text: str, transform: str, name: str, seed: int = 14) -> str:
    """``text`` (a document called ``name``) under the named transform, the same for the same name and seed."""
    return TRANSFORMS[transform](text, _rng(name, transform, seed))
