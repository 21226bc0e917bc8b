"""Short forms of the ontology's head nouns, generated from the head nouns themselves and never listed: documents
write a body's head noun by its initials ("CA tỉnh" for "Công an tỉnh", "BQL dự án" for "Ban quản lý dự án") or keep
its first head and write the rest by initials ("Bộ CHQS tỉnh", "Ban CHQS huyện", "Phòng Tham mưu Bộ CH BĐBP tỉnh").
The forms of every head noun of ``pkg:headNoun`` (core.ttl) of two words or more, offices left out:

- the initials of all its words ("Công an" -> "CA", "Ban quản lý" -> "BQL"), and
- a shorter head noun it begins with, as written or by its own short form, then the initials of the rest ("Bộ Chỉ
  huy Quân sự" -> "Bộ CHQS" and "Bộ Chỉ huy QS", "Bộ Chỉ huy" -> "Bộ CH", "Bộ Chỉ huy Bộ đội Biên phòng" -> "Bộ CH
  BĐBP").

Initials are the words' first letters without tone marks, "Đ" kept ("Bộ đội Biên phòng" -> "BĐBP"). A form two head
nouns share is read only before a level that has one of them alone (``pkg:levelHeadNoun``: "BCHQS tỉnh" is the
"Bộ Chỉ huy Quân sự tỉnh", "BCHQS huyện" the "Ban Chỉ huy Quân sự huyện"); a form the ontology already writes as a
head noun of one reading keeps it ("BCH", "BTV", "Công ty TNHH"). A short form is read only as written (in capitals: "ca" is no
police) and only before a level, a place or another name ("CA tỉnh", "CA các xã", "Bộ CH BĐBP"): :mod:`names`.

>>> heads = ["Công an", "Bộ", "Bộ Chỉ huy", "Bộ Chỉ huy Quân sự", "Ban", "Ban Chỉ huy Quân sự", "Ban quản lý",
...          "Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng", "BCH", "BCHQS"]
>>> levels = {"tỉnh": {"bộ chỉ huy quân sự"}, "huyện": {"ban chỉ huy quân sự"}}
>>> forms = short_head_forms(heads, level_heads=levels)
>>> [forms[f][0] for f in ("CA", "Bộ CHQS", "Ban CHQS", "Bộ CH", "BQL", "BĐBP", "Bộ CH BĐBP")]
['Công an', 'Bộ Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự', 'Bộ Chỉ huy', 'Ban quản lý', 'Bộ đội Biên phòng', \
'Bộ Chỉ huy Bộ đội Biên phòng']
>>> "BCH" in forms, forms["BCHQS"]
(False, ('Ban Chỉ huy Quân sự', 'Bộ Chỉ huy Quân sự'))
>>> [written_out(n, forms, levels) for n in ("Bộ CHQS tỉnh", "CA các xã", "BCHQS tỉnh", "BCHQS huyện", "BCHQS")]
['Bộ Chỉ huy Quân sự tỉnh', 'Công an các xã', 'Bộ Chỉ huy Quân sự tỉnh', 'Ban Chỉ huy Quân sự huyện', 'BCHQS']
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["replaced_runs", "short_head_forms", "short_head_spans", "written_out"]

_TOKEN = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*")
_AFTER = re.compile(r"[ \t]+(?:(?:các|cấp)[ \t]+)?")


def _initial(word: str) -> str:
    first = word[:1].upper()
    if first == "Đ":
        return first
    return unicodedata.normalize("NFD", first)[:1]


def _initials(words: list[str]) -> str:
    return "".join(_initial(w) for w in words)


def short_head_forms(head_forms, offices=frozenset(), level_heads=None) -> dict[str, tuple[str, ...]]:
    """Every short form of the head nouns ``head_forms`` (as the ontology writes them) -> the head nouns it may write
    short: one, or several that the level after the form tells apart (``level_heads``: level word -> the head nouns
    of bodies only that level has, ``pkg:levelHeadNoun``; "BCHQS tỉnh" is the province's command, "BCHQS huyện" the
    district's). ``offices``: head nouns (lower case) of offices, which get none."""
    heads = {h.lower(): h for h in head_forms}
    at_a_level = {h for found in (level_heads or {}).values() for h in found}
    plain = [h for h in head_forms if len(h.split()) >= 2 and h.lower() not in offices
             and all(w.isalpha() and sum(c.isupper() for c in w) < 2 for w in h.split())]   # not "Công ty TNHH"
    found: dict[str, set[str]] = {}
    for head in plain:
        found.setdefault(_initials(head.split()), set()).add(head)
    for _ in range(2):   # the second round writes the head it begins with short too ("Bộ CH | BĐBP")
        shorts_of: dict[str, set[str]] = {}
        for short, fulls in found.items():
            if len(fulls) == 1:
                shorts_of.setdefault(next(iter(fulls)), set()).add(short)
        for head in plain:
            words = head.split()
            for k in range(1, len(words) - 1):
                kept, rest = " ".join(words[:k]), words[k:]
                if kept.lower() not in heads:
                    continue
                for lead in (kept, *sorted(shorts_of.get(heads[kept.lower()], ()))):
                    found.setdefault(f"{lead} {_initials(rest)}", set()).add(head)
    forms = {}
    for short, fulls in sorted(found.items()):
        if len(short.replace(" ", "")) < 2:
            continue
        if len(fulls) == 1 and short not in head_forms:   # one the ontology writes keeps its reading ("BCH", "BTV")
            forms[short] = tuple(fulls)
        elif len(fulls) > 1 and all(f.lower() in at_a_level for f in fulls):
            forms[short] = tuple(sorted(fulls))
    return forms


def written_out(name: str, forms: dict[str, tuple[str, ...]], level_heads=None) -> str:
    """``name`` with the short forms of head nouns in it written out ("CA tỉnh" -> "Công an tỉnh", "Phòng Tham mưu
    Bộ CHQS tỉnh" -> "Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh"); a form of two letters only at the name's start; a
    form of several head nouns only before the level that tells them apart."""
    words = name.split(" ")

    def full(i: int, n: int) -> str | None:
        short = " ".join(words[i:i + n])
        return _one(forms.get(short, ()), words[i + n:i + n + 2], level_heads) \
            if i == 0 or n > 1 or len(short) > 2 else None
    return " ".join(replaced_runs(words, full, 3))


def replaced_runs(words: list[str], replace, longest: int) -> list[str]:
    """``words`` with each run of up to ``longest`` words that ``replace(start, length)`` gives a text for replaced by
    it, the longest run first, left to right.

    >>> replaced_runs("a b c d".split(), lambda i, n: "X" if n == 2 and i == 1 else None, 3)
    ['a', 'X', 'd']
    """
    out, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            new = replace(i, n)
            if new is not None:
                out.append(new)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _one(fulls: tuple[str, ...], after: list[str], level_heads) -> str | None:
    """The head noun of ``fulls`` a short form writes before the words ``after`` it."""
    if len(fulls) == 1:
        return fulls[0]
    after = [w.lower().strip(",") for w in after]
    if after[:1] in (["các"], ["cấp"]):
        after = after[1:]
    for n in (2, 1):
        at_level = (level_heads or {}).get(" ".join(after[:n]))
        if at_level and len(chosen := [f for f in fulls if f.lower() in at_level]) == 1:
            return chosen[0]
    return None


def short_head_spans(vocab, match: str, low: str, start: int, end: int):
    """(start, end) of each short form of a head noun in ``match`` from ``start`` to ``end``, written as generated
    (case-sensitive) and followed on its line by a level word ("CA | tỉnh", "CA | các xã", "Ban CHQS | huyện") or,
    for a form of three letters or more, by a capitalised word or an abbreviation ("Bộ CH | BĐBP tỉnh", "BQL | Khu
    kinh tế"). ``vocab``: the :class:`vocabulary.Vocabulary` (its ``short_head_regex`` and ``level_word``)."""
    if vocab.short_head_regex is None:
        return
    for m in vocab.short_head_regex.finditer(match, start, end):
        s, e = m.start(1), m.end(1)
        gap = _AFTER.match(match, e, end)
        if gap is None:
            continue
        form = " ".join(m.group(1).split())    # the form as generated: the regex takes any run of spaces between words
        if vocab.level_word.match(low, gap.end()):
            if _one(vocab.short_heads[form], match[gap.end():gap.end() + 30].split()[:2], vocab.level_heads):
                yield s, e
            continue
        word = _TOKEN.match(match, gap.end(), end)
        if word is not None and len(vocab.short_heads[form]) == 1 and len(form.replace(" ", "")) >= 3 \
                and word.group(0)[:1].isupper() \
                and gap.group(0).strip() == "":
            yield s, e
