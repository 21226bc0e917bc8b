"""The "Label:" that opens a line ("Thời gian hoàn thành: Quý IV/2025", "Địa điểm: ...", "- Mục tiêu: ..."): a few
words and a colon, then the value. ``walk`` reads the value for what the label says (a time, an aim, an attribute, a
topic of duties). A colon inside an actor's name is no label's: "Các Bộ: Y tế, Tài chính có trách nhiệm ..." and
"Giám đốc các sở: Nội vụ, Tư pháp chịu trách nhiệm ..." name the duty's holders by a plural head and the list of
their domains (``namelists`` reads the list, one mention per domain, the first spanning the colon), so the line is a
duty of those bodies, read whole.

>>> label_opening("Thời gian hoàn thành: Quý IV/2025", []).group("label")
'Thời gian hoàn thành'
"""

from __future__ import annotations

import re

from policykg.graph_builder.model import Mention

__all__ = ["label_opening"]

_LABEL = re.compile(r"^\s*(?:[-+•]\s*)?(?P<label>[^\W\d][\w ]{0,40}?)\s*:\s*")


def label_opening(text: str, actors: list[Mention], offset: int = 0) -> re.Match | None:
    """The "Label:" opening ``text`` (a sentence's text, which starts at ``offset`` in the match form of the
    document), or None: none there, or its colon inside one of ``actors``' spans (a list of domains after "các Bộ:")."""
    found = _LABEL.match(text)
    colon = offset + found.end("label") if found else -1
    return None if found is None or any(a.span.start < colon < a.span.end for a in actors) else found
