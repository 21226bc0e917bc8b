"""Lines of a document's frame that the segmenter left in the body: its title and a flattened header line. They
name the issuers and what the document is about, and state no duty of anyone.

- **The title** under the kind line: "THÔNG TƯ LIÊN TỊCH" / "của Bộ A, Bộ B và Bộ C hướng dẫn ...", "NGHỊ QUYẾT LIÊN
  TỊCH" / "Về tổ chức ...", "CHƯƠNG TRÌNH PHỐI HỢP" / "giữa A, B, C về ...": the line after a line in capitals that
  names a document kind, when it opens with "của", "giữa", "về" or "V/v", or when it is the title the metadata read.
  Its "giữa A, B, C" still gives the parties' pairs (GUIDELINES, convention 1): the coordination is read before. A
  body line the segmenter joined to it keeps its own duties.
- **A header flattened into one line** ("ỦY BAN ... | Số: 02/NQLT-... | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ..."): a
  sentence that holds both the number ("Số: ...") and the motto.
- **The issuer's name line below the title**, where a copy puts the title first ("NGHỊ QUYẾT" / "VỀ KẾT QUẢ GIÁM
  SÁT ..." / "HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ" / "KHÓA VII, KỲ HỌP THỨ 4" / "Căn cứ ..."): an unnumbered line in
  capitals, outside a numbered part and a part of duties, that names the document's issuers and nothing else. Read
  as an actor heading, it made the issuer the holder of every paragraph below it (the findings of a resolution).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.assertions.context import DUTY_PARTS, Context, Sent
from policykg.graph_builder.assertions.leadins import NUMBERING
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
    if _NUMBER_LINE.search(text) and motto_spans(text) or _issuers_name_line(ctx, s, text):
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


def _issuers_name_line(ctx: Context, s: Sent, text: str) -> bool:
    """The sentence is a line in capitals of the frame's issuers' names only ("HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN
    HUẾ"), unnumbered, in an unnumbered part that is not one of duties."""
    section = ctx.sections.get(s.sentence.section) if s.sentence.section is not None else None
    if not s.actors or "\n" in text.strip() or not mostly_capitals(text) or NUMBERING.match(text) \
            or s.role in DUTY_PARTS or section is None or section.number is not None:
        return False
    issuers = {ref.iri for ref in ctx.document.issuers}
    chain = ctx.chain_after(s.sentence.span.start, s.sentence.span.end, s.actors)
    return bool(chain) and set(ctx.iris(chain)) <= issuers and len(chain) == len(s.actors) \
        and not ctx.match[chain[-1].span.end:s.sentence.span.end].strip(" .,;:*_#|")


def _names_kind(ctx: Context, line: str) -> bool:
    """The line in capitals opens with a document kind of the lexicon ("THÔNG TƯ LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI
    HỢP", "KẾ HOẠCH")."""
    return _kind_opening(ctx.lexicon).match(line.lower()) is not None


@functools.lru_cache(maxsize=4)
def _kind_opening(lexicon: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:{cues.kind_words(lexicon)})(?!\w)")
