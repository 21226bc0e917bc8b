"""A post's front matter: the block a static site or a converter puts above the text, YAML between "---" lines or
JSON after "---json". Its keys are no text of the document; its date is the post's, its headline and lead are the
post's words, and its author and title are there for the frame (``metadata``). ``converted`` blanks the block and
keeps the lead here read (``words_fields``) when the body does not repeat it.

The YAML a post's front matter is written in: a key and its value a line ("title: Tin"), a value in double or single
quotes (over several lines too), a folded (">") or literal ("|") block of indented lines, a plain value going on over
indented lines, a list of items ("tags:" / "  - a") or one in brackets, comments ("# ..."). Only the plain scalars a
post stores are read; anything else stays a field without words.

>>> text = ('---\\ntitle: "Tin mới"\\ndate: 2027-03-13 08:00:00 +0700\\ndescription: >\\n  Sở Y tế phối hợp\\n'
...         '  với Sở Tư pháp.\\ntags:\\n  - y-te\\nauthor: Hoàng Nam\\n---\\nThân bài.')
>>> front = read_front_matter(text)
>>> front.value("title"), front.date, front.value("author")
('Tin mới', '2027-03-13', 'Hoàng Nam')
>>> front.value("description")
'Sở Y tế phối hợp với Sở Tư pháp.'
>>> [text[a:b] for a, b in front.field("description").spans]
['Sở Y tế phối hợp', 'với Sở Tư pháp.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.core.textnorm import ascii_fold
from policykg.graph_builder.dates import iso_date

__all__ = ["Field", "FrontMatter", "read_front_matter", "words_fields"]


@dataclass(frozen=True)
class Field:
    """One key of the front matter: its value as a reader takes it (quotes, indentation and block marks off, a block's
    lines joined by a space) and where the value's words stand in the text (one span a line)."""
    key: str
    value: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class FrontMatter:
    """The front matter at the top of a text (``start``, ``end``: the block, its "---" lines included)."""
    start: int
    end: int
    fields: tuple[Field, ...]

    def field(self, *keys: str) -> Field | None:
        """The first field under one of these keys (compared unaccented, without "_", "-" or case)."""
        wanted = [_key(k) for k in keys]
        return next((f for k in wanted for f in self.fields if _key(f.key) == k), None)

    def value(self, *keys: str) -> str | None:
        found = self.field(*keys)
        return found.value if found is not None and found.value else None

    @property
    def date(self) -> str | None:
        """The post's date, ISO ("2024-03-05 08:30:00 +0700", "2019-10-29T06:00:00.000Z", "05/03/2024": the day as
        written, no zone shifted); None when there is none or it is no date.

        >>> read_front_matter('---json\\n{ "title": "Tin", "date": "2019-10-29T06:00:00.000Z" }\\n---\\n<p>...</p>').date
        '2019-10-29'
        >>> read_front_matter("---\\ntitle: 'Tin'\\ndate: '13/03/2027'\\n---\\nThân bài.").date
        '2027-03-13'
        """
        return _iso(self.value("date", "published", "pubdate", "publishdate", "ngaydang"))


def _key(key: str) -> str:
    return re.sub(r"[\W_]+", "", ascii_fold(key).lower())


# the opening and closing lines, a top-level key and its value, an item of a list, a block scalar's mark
_OPEN = re.compile(r"\A\s*---[ \t]*\n")
_CLOSE = re.compile(r"[ \t]*(?:---|\.\.\.)[ \t]*$")
_KEY_LINE = re.compile(r"(?P<indent>[ \t]*)(?P<key>[^\W\d][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_ITEM = re.compile(r"[ \t]*-(?:[ \t]|$)")
_BLOCK = re.compile(r"[>|][-+]?\d?[ \t]*(?:#.*)?$")
_JSON_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*json[ \t]*\n?\s*\{.{0,6000}?\}\s*---[ \t]*(?:\n|\Z)", re.S)
_JSON_FIELD = re.compile(r'"(?P<key>[^"\\\n]{1,40})"[ \t]*:[ \t]*"(?P<value>(?:[^"\\\n]|\\.)*)"')
_MAX_LINES = 80


def read_front_matter(text: str) -> FrontMatter | None:
    """The post's front matter at the top of ``text`` (YAML or JSON), or None: a block whose top-level lines are
    not all keys, lists and comments is no front matter (a rule line over the text, "---" / "Số: ..." / "---")."""
    json_block = _JSON_FRONT_MATTER.match(text)
    if json_block:
        fields = tuple(Field(m.group("key"), m.group("value").strip(), ((m.start("value"), m.end("value")),))
                       for m in _JSON_FIELD.finditer(text, json_block.start(), json_block.end()))
        return FrontMatter(json_block.start(), json_block.end(), fields)
    opened = _OPEN.match(text)
    if opened is None:
        return None
    lines = _lines(text, opened.end())
    close = next((k for k, (a, b) in enumerate(lines[:_MAX_LINES + 1]) if _CLOSE.fullmatch(text, a, b)), None)
    if close is None or close == 0:
        return None
    fields = _yaml_fields(text, lines[:close])
    if fields is None or not fields:
        return None
    end = lines[close][1] + (1 if lines[close][1] < len(text) else 0)
    return FrontMatter(opened.start(), end, tuple(fields))


def _lines(text: str, pos: int) -> list[tuple[int, int]]:
    out = []
    while pos <= len(text) and len(out) <= _MAX_LINES + 1:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        out.append((pos, stop))
        if stop >= len(text):
            break
        pos = stop + 1
    return out


def _yaml_fields(text: str, lines: list[tuple[int, int]]) -> list[Field] | None:
    """The top-level fields of YAML lines; None when a top-level line is neither a key, an item nor a comment."""
    fields: list[Field] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        line = text[a:b]
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in (" ", "\t") or _ITEM.match(line):
            k += 1      # a blank line, a comment, or what belongs to the key above (read with it)
            continue
        m = _KEY_LINE.fullmatch(line)
        if m is None:
            return None
        k, field = _value(text, lines, k, m, a)
        fields.append(field)
    return fields


def _value(text: str, lines, k: int, m: re.Match, a: int) -> tuple[int, Field]:
    """The field whose key line is lines[k] and the index of the line after its value."""
    key, raw = m.group("key"), m.group("value") or ""
    start = a + m.start("value") if m.group("value") else a + len(m.group(0))
    if _BLOCK.match(raw):                                   # "description: >" / indented lines
        return _indented(text, lines, k + 1, key, [])
    if raw[:1] in ('"', "'"):
        return _quoted(text, lines, k, key, start, raw[0])
    if raw.startswith(("[", "{")) or raw == "":
        return _indented(text, lines, k + 1, key, None)     # a list or a mapping: a field without words
    raw = re.sub(r"[ \t]+#.*$", "", raw)
    return _indented(text, lines, k + 1, key, [(start, start + len(raw))])


def _indented(text: str, lines, k: int, key: str, spans: list[tuple[int, int]] | None) -> tuple[int, Field]:
    """The indented lines from lines[k] on, as the value's lines (``spans``: the value's spans so far; None when
    the value has no words: a list's items, a mapping's keys)."""
    while k < len(lines):
        a, b = lines[k]
        line = text[a:b]
        if line.strip() and line[:1] not in (" ", "\t"):
            break
        if line.strip() and spans is not None:
            if _ITEM.match(line) or (not spans and _KEY_LINE.fullmatch(line)):
                spans = None        # a list or a mapping under the key
            else:
                lead = len(line) - len(line.lstrip())
                spans.append((a + lead, a + len(line.rstrip())))
        k += 1
    spans = spans or []
    return k, Field(key, " ".join(text[s:e] for s, e in spans), tuple(spans))


def _quoted(text: str, lines, k: int, key: str, start: int, quote: str) -> tuple[int, Field]:
    """A value in quotes from ``start`` (its opening quote), over as many lines as it takes."""
    pos, spans = start + 1, []
    while k < len(lines):
        a, b = lines[k]
        pos = max(pos, a + len(text[a:b]) - len(text[a:b].lstrip()))
        close = _closing(text, pos, b, quote)
        if close is not None:
            spans.append((pos, close))
            k += 1
            break
        spans.append((pos, b))
        k += 1
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    value = " ".join(text[s:e].strip() for s, e in spans)
    value = value.replace("''", "'") if quote == "'" else value
    return k, Field(key, value, tuple((s, s + len(text[s:e].rstrip())) for s, e in spans))


def _closing(text: str, pos: int, end: int, quote: str) -> int | None:
    k = pos
    while k < end:
        c = text[k]
        if quote == '"' and c == "\\":
            k += 2
            continue
        if c == quote:
            if quote == "'" and k + 1 < end and text[k + 1] == "'":
                k += 2          # '' inside single quotes: one quote
                continue
            return k
        k += 1
    return None


_ISO = re.compile(r"['\"]?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_DMY = re.compile(r"['\"]?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?!\d)")


def _iso(value: str | None) -> str | None:
    found = value and (_ISO.match(value) or _DMY.match(value))
    return iso_date(found.group("d"), found.group("m"), found.group("y")) if found else None


# the fields whose values are the post's words: the headline and the lead ("description", "excerpt", "summary",
# "sapo"; a Vietnamese site's own names for its lead, unaccented: "gioithieu" / "doangioithieu" (đoạn giới thiệu),
# "tomtat" (tóm tắt), "mota" (mô tả), "trichyeu" (trích yếu), with or without "_" or spaces)
_WORDS_KEY = re.compile(r"title|description|excerpt|summary|sapo|(?:doan)?gioithieu|tomtat|mota|trichyeu")


def words_fields(front: FrontMatter) -> list[Field]:
    """The headline and the lead among the fields, in the order they stand."""
    return [f for f in front.fields if _WORDS_KEY.fullmatch(_key(f.key)) and f.spans]
