"""The cells of a footer's line: the line split at runs of spaces and at table cell separators, as PDF layout text and
Word tables put the recipients list and the signature blocks side by side."""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder import framecues
from policykg.graph_builder.organs import person_name

__all__ = ["footer_cells"]

_KEPT_THEN_NAME = re.compile(r"^\s*[-+•*–]?\s*(?:Lưu|LƯU)\b.*?[.;]\s+(?P<name>[^\s.;,]+(?: [^\s.;,]+){1,4})$")
_CELL = re.compile(r"[^|\s](?:[^|\n]*?[^|\s])?(?=\s{2,}|\s*\||\s*$)")


def footer_cells(line: str) -> list[tuple[int, str]]:
    """(offset in the line, text) of the cells of a footer line; a recipients cell that runs on into a signature
    block, as a web copy flattens the footer to one line ("Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH ..."), is
    two cells."""
    cells = []
    for m in _CELL.finditer(line):
        text = framecues.capital_i(m.group(0).strip(" *_\\"))   # a backslash at a line end: a Markdown line break
        if not text:
            continue
        if framecues.RECIPIENTS.match(text) or framecues.RECIPIENT_ITEM.match(text):
            mode = next((x for x in cues.SIGNATURE_MODE.finditer(text) if x.start() > 0 and text[x.start() - 1] == " "
                         and re.search(r"[./]", x.group(0)) and text[x.end():x.end() + 1] == " "), None)   # not "KTVB"
            if mode is not None:
                cells += [(m.start(), text[:mode.start()].rstrip()), (m.start() + mode.start(), text[mode.start():])]
                continue
            name = _KEPT_THEN_NAME.match(text)      # "- Lưu: VT, TH. Nguyễn Văn A": the signer's name run into the list
            if name is not None and person_name(name.group("name")) is not None:
                at = text.index(name.group("name"), name.start("name"))
                cells += [(m.start(), text[:at].rstrip()), (m.start() + at, text[at:])]
                continue
        cells.append((m.start(), text))
    return cells
