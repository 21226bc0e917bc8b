"""A condition fronted over more than one comma before the holder of a duty: a time and then a condition ("Trong quá
trình thực hiện, | nếu có vướng mắc, | các cơ quan, đơn vị báo cáo về Sở Y tế ..."), or a condition whose nouns are
listed with a comma ("Nếu có khó khăn, | vướng mắc, | Sở Tư pháp phản ánh ..."). ``Context.after_condition`` looks for
the holder after each comma of such a run, not only after the first.

>>> text = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, Sở Tư pháp báo cáo"
>>> [condition_goes_on(text, text.lower(), m.end()) for m in re.finditer(",", text)]
[True, True, False]

(after "thực hiện," a condition opens; after "khó khăn," "vướng mắc," lists one more of its nouns; after "vướng mắc,"
comes the holder)
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues, dutycues

__all__ = ["condition_goes_on"]

# one more noun of the condition's list: one to three lower-case words up to the next comma ("vướng mắc,", "phát sinh
# vướng mắc,"), no name (a capital) among them
_LISTED_NOUN = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,")
_CAPITAL = re.compile("[" + cues.UPPER + "]")


def condition_goes_on(match: str, low: str, pos: int) -> bool:
    """The words after the comma at ``pos`` go on with the fronted condition: another condition opens there, or one to
    three lower-case words up to the next comma list one more of its nouns. ``match`` is the text's match form, ``low``
    the same lower-cased."""
    if dutycues.FRONTED_CONDITION.match(low, pos) is not None:
        return True
    listed = _LISTED_NOUN.match(match, pos)
    return listed is not None and _CAPITAL.search(match, pos, listed.end()) is None
