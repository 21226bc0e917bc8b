"""Lines of a document's frame that the segmenter left in the body: its title and a flattened header line. They
name the issuers and what the document is about, and state no duty of anyone.

- **The title** under the kind line: "THÔNG TƯ LIÊN TỊCH" / "của Bộ A, Bộ B và Bộ C hướng dẫn ...", "NGHỊ QUYẾT LIÊN
  TỊCH" / "Về tổ chức ...", "CHƯƠNG TRÌNH PHỐI HỢP" / "giữa A, B, C về ...": the line after a line in capitals that
  names a document kind, when it opens with "của", "giữa", "về" or "V/v", or when it is the title the metadata read.
  Its "giữa A, B, C" still gives the parties' pairs (GUIDELINES, convention 1): the coordination is read before. A
  body line the segmenter joined to it keeps its own duties.
- **A header flattened into one line** ("ỦY BAN ... | Số: 02/NQLT-... | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ..."): a
  sentence that holds both the number ("Số: ...") and the motto.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.organs import motto_spans
from policykg.graph_builder.vocabulary import mostly_capitals
from policykg.ontology.lexicon import Lexicon

__all__ = ["past_frame_lines"]

_TITLE_OPENER = re.compile(r"(?i)\s*(?:của|giữa|về|v/v)\s")
_NUMBER_LINE = re.compile(r"(?i)(?<!\w)số\s*:")


def past_frame_lines(ctx: Context, s: Sent) -> tuple[Sent, bool]:
    """The sentence without the document's title line under the kind line, and whether nothing else is left (it is
    the title, or a header flattened into one line: no duty). A body line the segmenter joined to the title ("của A, B
    và C hướng dẫn ..." / "Cơ quan X chịu trách nhiệm ...") keeps its own duties."""
    text = ctx.match[s.sentence.span.start:s.sentence.span.end]
    if _NUMBER_LINE.search(text) and motto_spans(text):
        return s, True
    index = s.sentence.index
    if index == 0 or s.start != s.sentence.span.start:
        return s, False
    before = ctx.sentences[index - 1].span
    kind_line = ctx.match[before.start:before.end].strip(" *_#|")
    if not kind_line or not mostly_capitals(kind_line) or not _names_kind(ctx, kind_line):
        return s, False
    first_line = ctx.text[s.start:s.end].split("\n", 1)[0]   # (the match form joins the lines)
    title = ctx.document.title
    line = first_line.strip(" *_#|")
    if not (_TITLE_OPENER.match(line) or title and match_key(line) == match_key(title)):
        return s, False
    rest = s.start + len(first_line) + 1
    rest += len(ctx.match[rest:s.end]) - len(ctx.match[rest:s.end].lstrip())
    if rest >= s.end:
        return s, True
    return dataclasses.replace(s, start=rest, actors=[m for m in s.actors if m.span.start >= rest],
                               mentions=[m for m in s.mentions if m.span.start >= rest]), False


def _names_kind(ctx: Context, line: str) -> bool:
    """The line in capitals opens with a document kind of the lexicon ("THÔNG TƯ LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI
    HỢP", "KẾ HOẠCH")."""
    return _kind_opening(ctx.lexicon).match(line.lower()) is not None


@functools.lru_cache(maxsize=4)
def _kind_opening(lexicon: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:{cues.kind_words(lexicon)})(?!\w)")
