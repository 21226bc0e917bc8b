"""An item whose number stands alone on its line, its words on the next ("1.4." / "Xây dựng kế hoạch và triển khai
..." / "- Cơ quan thực hiện: ..." / "- Thời gian thực hiện: Thường xuyên hằng năm"), as PDF and Word copies print a
programme's items: the item's words are the line below its number, and the lines that label the item (its bodies,
its time) give their roles and time to the task of those words.

>>> from policykg.graph_builder.model import Sentence, Span
>>> text = "1.4.\\nXây dựng kế hoạch tuyên truyền.\\n- Thời gian thực hiện: Thường xuyên."
>>> lines = [Sentence(0, Span(0, 4), 1, 0), Sentence(1, Span(5, 36), 1, 0), Sentence(2, Span(37, 73), 1, 0)]
>>> opened = words_below_number(text, lines, lines[0], lambda section: section == 1)
>>> text[opened.span.start:opened.span.end]
'Xây dựng kế hoạch tuyên truyền.'
"""

from __future__ import annotations

from typing import Callable

from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.roleblocks import is_label_line
from policykg.graph_builder.model import Sentence

__all__ = ["words_below_number"]


def words_below_number(match: str, sentences: list[Sentence], opening: Sentence,
                       in_item: Callable[[int | None], bool]) -> Sentence:
    """The sentence that holds an item's words: ``opening`` (the item's first sentence), or, when it is the item's
    number alone, the next sentence when it is in the item (``in_item`` of its section) and labels nothing."""
    line = match[opening.span.start:opening.span.end] + " "
    numbering = dutycues.ITEM_NUMBERING.match(line)
    if numbering is None or line[numbering.end():].strip(" \t\n.:*_") or opening.index + 1 >= len(sentences):
        return opening
    below = sentences[opening.index + 1]
    if not in_item(below.section) or is_label_line(match, below):
        return opening
    return below
