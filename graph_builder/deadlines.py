"""When a task is due: the deadline as written ("Quý III/2026", "trước ngày 30/6/2026", "Thường xuyên") and, when it
parses, the end of the period as an ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` (``pkg:deadline``,
``pkg:dueDate``; docs/DATA_MODEL.md).

Deadlines come from a table's time column, from a line that gives the time of the item above it ("Thời gian hoàn
thành: Quý IV/2025"), and from running text ("trước ngày ...", "chậm nhất ...", "trong quý ...", "trong thời hạn N
ngày ...", "định kỳ hằng năm" attached to a task). The words are ``deadlinecues.DEADLINE``; an event ("trước khi ...", "sau
khi ...") is no deadline.

>>> text = "Sở Tài chính tổng hợp, báo cáo trước ngày 30/6/2026."
>>> text[slice(*find_deadline(text.lower(), 0, len(text)))]
'trước ngày 30/6/2026'
>>> due_date("Quý III/2026"), due_date("trước ngày 30/6/2026"), due_date("Năm 2026-2030"), due_date("Thường xuyên")
(('2026-09', 'gYearMonth'), ('2026-06-30', 'date'), ('2030', 'gYear'), None)
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from policykg.graph_builder import cues
from policykg.graph_builder import deadlinecues
from policykg.graph_builder.firstletters import FirstLetters
from policykg.graph_builder.tabular import cell_words

__all__ = ["deadline_label", "deadline_series", "due_date", "find_deadline", "later_clause_deadlines", "written_deadline"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# deadlinecues.DEADLINE tried only where a deadline can begin (its branches open with look-behinds: re tried them all at
# every character of each clause)
_DEADLINES = FirstLetters(deadlinecues.DEADLINE)


def find_deadline(low: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the first deadline in ``low[start:end]`` (the lower-cased match form), or None.

    A bare recurrence ("hằng năm", "định kỳ") counts only as an adverb of the duty: at the start of a clause or
    right before a verb ("định kỳ hằng năm báo cáo"), not as an attribute ("kế hoạch hằng năm"). A bare "định kỳ"
    gives way to the time a later word of its clause states ("Định kỳ báo cáo ... vào thứ Sáu hằng tuần").
    """
    bare = None
    for m in _DEADLINES.finditer(low, start, end):
        if _periodic_only(m.group(0)) and not _adverbial(low, m.start(), m.end(), start):
            continue
        if bare is not None and ";" in low[bare[1]:m.start()]:
            break   # (a time of the next clause is that clause's)
        if _BARE_PERIODIC.fullmatch(m.group(0)):
            bare = bare or (m.start(), m.end())
            continue
        return m.start(), m.end()
    return bare


# "... trước ngày 01/5/2026 đối với chi phí năm 2023, (và) ...": what a time is for, and the next of a series
_FOR_PART = re.compile(r"[ \t\n]+đối với[^,;.:\n]{1,80}?(?=[ \t\n]*(?:[,;.]|$|và\s))")
_SERIES_JOIN = re.compile(r"[ \t\n]*(?:,|;)?[ \t\n]*(?:và[ \t\n]+)?")


def deadline_series(low: str, found: tuple[int, int], end: int) -> tuple[int, int]:
    """``found`` (a deadline in ``low``), with what it is for and the deadlines of the other parts that follow it when
    it is one of a series, each for a part ("xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2023, xong trước
    ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024"): the whole series, up to ``end``; else ``found``.

    >>> low = "báo cáo trước ngày 15/7 đối với báo cáo quý và trước ngày 30/4 hằng năm đối với báo cáo năm. sau đó"
    >>> low[slice(*deadline_series(low, find_deadline(low, 0, len(low)), len(low)))]
    'trước ngày 15/7 đối với báo cáo quý và trước ngày 30/4 hằng năm đối với báo cáo năm'
    """
    start, stop = found
    part = _FOR_PART.match(low, stop, end)
    while part is not None:
        join = _SERIES_JOIN.match(low, part.end(), end)
        following = find_deadline(low, join.end(), end)
        if following is None or following[0] != join.end() or join.end() == part.end():
            break
        nxt = _FOR_PART.match(low, following[1], end)
        if nxt is None:
            break
        stop, part = nxt.end(), nxt
    return start, (stop if stop > found[1] else found[1])


def later_clause_deadlines(low: str, after: int, end: int,
                           names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, int, int]]:
    """The clauses of a duty after its first deadline (which ends at ``after``) that state their own deadline: (clause
    start, clause end, deadline start, deadline end) each, in ``low[after:end]``.

    A clause opens after a semicolon ("Định kỳ báo cáo ... hằng tuần; báo cáo tổng thể ... trước ngày 05/7/2026"), or,
    with no semicolon since the deadline before, after a comma or "và" that a verb follows ("...; sơ kết vào năm 2028
    và tổng kết vào năm 2030"; never inside one of the ``names``, [start, end) of actors: "Bộ Giáo dục và Đào tạo");
    it ends where the next opens, at its next semicolon or at ``end``. A time with no such break before it is part of
    the clause of the one before ("hằng năm, ... trước ngày 30 tháng 11").

    >>> low = ("định kỳ báo cáo hằng tuần; báo cáo tổng thể trước ngày 05/7/2026; "
    ...        "sơ kết vào năm 2028 và tổng kết vào năm 2030.")
    >>> [low[a:b] for a, b, _, _ in later_clause_deadlines(low, len("định kỳ"), len(low))]
    ['báo cáo tổng thể trước ngày 05/7/2026', 'sơ kết vào năm 2028', 'tổng kết vào năm 2030.']
    """
    found = []
    pos = after
    while (f := find_deadline(low, pos, end)) is not None:
        found.append(f)
        pos = f[1]
    opened: list[tuple[int, int, int, int]] = []   # (break start, clause start, deadline start, deadline end)
    previous = after
    for d_start, d_end in found:
        breaks = [b for b in _CLAUSE_BREAK.finditer(low, previous, d_start)
                  if not any(a <= b.start() < z for a, z in names)]
        semicolons = [b for b in breaks if b.group(0) == ";"]
        breaks = [b for b in breaks if _leading_verb(low, b.end())]
        if semicolons or breaks:
            cut = (semicolons or breaks)[-1]
            opened.append((cut.start(), cut.end(), d_start, d_end))
        previous = d_end
    out = []
    for k, (_, c_start, d_start, d_end) in enumerate(opened):
        stop = low.find(";", d_end, end)
        stop = end if stop < 0 else stop
        if k + 1 < len(opened):
            stop = min(stop, opened[k + 1][0])
        while c_start < stop and low[c_start].isspace():
            c_start += 1
        out.append((c_start, stop, d_start, d_end))
    return out


_CLAUSE_BREAK = re.compile(r"[;,]|\s+và\s+")


def _leading_verb(low: str, pos: int, window: int = 30) -> bool:
    """A verb of the genre (one to three words) opens the ``window`` characters of ``low`` from ``pos``."""
    words = re.findall(r"\w+", low[pos:pos + window])
    return any(" ".join(words[:n]) in cues.ACTION_VERBS for n in (1, 2, 3))


def _periodic_only(found: str) -> bool:
    return not re.search(r"\d", found)


_BARE_PERIODIC = re.compile(r"định\s+k[ỳý]")


def _adverbial(low: str, start: int, end: int, floor: int) -> bool:
    before = low[max(floor, start - 3):start].strip()
    if low.startswith("vào ", start):
        return True   # "... gửi Văn phòng vào thứ Năm hằng tuần": a time the preposition makes an adverb
    if start == floor or before[-1:] in (",", ";", ":", "(", "-", ".", ")", "") or low[floor:start].strip() == "":
        return True
    if _QUALIFIED_PERIODIC.match(low, start, end):
        return True   # "kiểm kê khí nhà kính định kỳ hằng năm": "định kỳ" with its period times the act, after any noun
    words = re.findall(r"\w+", low[max(floor, start - 30):start])
    if " ".join(words[-2:]) in _NOUNS_OF_A_VERB:
        return False   # a verb's syllable that ends a noun: "chi trả trợ cấp hằng tháng" (the benefit paid each month)
    if _leading_verb(low, end, 40) and not (low[end:].lstrip()[:1] == "," and not _verb_before(words)):
        return True   # (not a verb of the next item after a noun's: "xây dựng dự toán hằng năm, chấp hành ...")
    # a bare "định kỳ" only as the verb's manner: with "theo" ("báo cáo theo định kỳ") or beside "đột xuất" ("kiểm tra
    # định kỳ hoặc đột xuất"), not as a noun's attribute ("báo cáo định kỳ" of "chế độ báo cáo định kỳ")
    manner = "đột xuất" in low[start:end] or low[max(floor, start - 5):start] == "theo "
    if not manner and not re.match(r"(?:hằng|hàng|mỗi)\s|định\s+k[ỳý]\s+(?:hằng|hàng|mỗi|\d)", low[start:end]):
        return False    # (right after its verb: "báo cáo hằng quý", "báo cáo định kỳ 6 tháng"; not a bare "định kỳ")
    before = words[:-1] if words[-1:] == ["theo"] else words   # "tổ chức sơ kết hằng năm": right after its verb
    verb = _verb_before(before)
    if verb is None or before[-verb - 1:-verb] == ["đã"]:
        return False   # (nor after a verb of the past: "công việc đã thực hiện hằng năm")
    # ... and a bare one not after a verb a noun of acts names ("kế hoạch thanh tra, kiểm tra định kỳ và đột xuất")
    return not (manner and _ACTS_NOUN.search(" ".join(before[-verb - 4:-verb])))


_QUALIFIED_PERIODIC = re.compile(r"định\s+k[ỳý]\s+(?:hằng|hàng|mỗi|\d)")
_ACTS_NOUN = re.compile(r"(?<!\w)(?:kế hoạch|chương trình|công tác|chế độ|việc|đợt|cuộc)(?!\w)")
_NOUNS_OF_A_VERB = ("trợ cấp", "phụ cấp")


def _verb_before(words: list[str]) -> int | None:
    """How many of the last ``words`` (one or two) are a verb of the genre, or None."""
    return next((n for n in (1, 2) if len(words) >= n and " ".join(words[-n:]) in cues.ACTION_VERBS), None)


def deadline_label(label: str) -> bool:
    """True for the label of a line that gives the time of the item above ("Thời gian hoàn thành")."""
    return bool(deadlinecues.DEADLINE_LABEL.match(label.strip().lower()))


_EVENT_TIME = re.compile(r"(?:sau khi|trước khi|khi)\s")     # "Sau khi có hướng dẫn": when something happens


def written_deadline(value: str) -> str | None:
    """A time as a table cell or an attribute line writes it, without notes in brackets and trailing punctuation:
    "Dự kiến tháng 11/2025 (sau khi ...)" -> "Dự kiến tháng 11/2025"; None when nothing is left, or when it is an
    event and no time ("Sau khi có hướng dẫn của Bộ ...").

    >>> written_deadline("Dự kiến tháng 11/2025 (sau khi ...)"), written_deadline("Sau khi có hướng dẫn của Bộ")
    ('Dự kiến tháng 11/2025', None)
    """
    value = re.split(r"\s*\(|;\s", cell_words(value), maxsplit=1)[0]
    value = value.strip(" .,;:-–")
    return None if _EVENT_TIME.match(value.lower()) else value or None


def due_date(deadline: str) -> tuple[str, str] | None:
    """(lexical value, XSD datatype local name) of the end of the last period a deadline names, or None.

    >>> due_date("chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026"), due_date("Xong trong Quý II/2026")
    (('2026-02-01', 'date'), ('2026-06', 'gYearMonth'))
    >>> due_date("Từ tháng 11/2025 đến tháng 4/2026"), due_date("định kỳ hằng năm")
    (('2026-04', 'gYearMonth'), None)
    """
    moments = list(deadlinecues.DUE_MOMENT.finditer(deadline.lower()))
    for m in reversed(moments):
        parsed = _moment(m.group(0))
        if parsed is not None:
            return parsed
    return None


def _moment(text: str) -> tuple[str, str] | None:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if text.startswith("quý"):
        quarter = re.match(r"quý\s+(iv|iii|ii|i|[1-4])", text).group(1)
        q = _ROMAN.get(quarter) or int(quarter)
        return f"{numbers[-1]:04d}-{3 * q:02d}", "gYearMonth"
    if text.startswith("tháng"):
        if len(numbers) < 2:
            return None   # "trong tháng 12": no year
        month, year = numbers[0], numbers[-1]
        return (f"{year:04d}-{month:02d}", "gYearMonth") if 1 <= month <= 12 else None
    if text.startswith("năm"):
        return f"{numbers[-1]:04d}", "gYear"
    if "giờ" in text:
        numbers = numbers[1:] if re.search(r"giờ\s*\d", text) is None else numbers[2:]
    if len(numbers) < 3:
        return None   # "trước ngày 10/12": no year
    day, month, year = numbers[-3], numbers[-2], numbers[-1]
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "date"
