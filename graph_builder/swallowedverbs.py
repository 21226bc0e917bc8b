"""A duty's verb read as a name's lower-case domain: where a name that is its clause's subject ends when the verbs
that may open a domain (``cues.DOMAIN_VERBS``: "xây dựng", "giám sát", "kiểm soát", "khắc phục" ...) are the
clause's only predicate. A step of the head-first name scan (:mod:`nameparts`, ``ScanSteps._domain``).

"Viện Chăn nuôi | xây dựng bản đồ dịch tễ." and "Cục Cảnh sát quản lý hành chính về trật tự xã hội | xây dựng quy
trình kỹ thuật." have no other verb: the name ends before the last such verb, and the clause keeps its predicate.
"A chủ trì, phối hợp với Vụ Kế hoạch - Tài chính | xây dựng biểu mẫu." is the partner's name and the shared duty.
"Ban Quản lý dự án phát triển đô thị chủ trì" (a verb follows), "báo cáo kết quả về Cục Kiểm soát ... ." (a
complement) and a domain that ends with a level ("... | xây dựng các công trình giao thông tỉnh") are left
as read.

>>> low = "viện chăn nuôi xây dựng bản đồ dịch tễ."
>>> import re
>>> tokens = [t.span() for t in re.finditer(r"\\w+|[^\\w\\s]", low)]
>>> cut = predicate_start(low, low, tokens, 0, 3, low.index("."))
>>> low[:cut]
'viện chăn nuôi'
>>> low = "gửi báo cáo về viện chăn nuôi xây dựng bản đồ dịch tễ."
>>> tokens = [t.span() for t in re.finditer(r"\\w+|[^\\w\\s]", low)]
>>> predicate_start(low, low, tokens, low.index("viện"), 7, low.index(".")) is None
True
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues

__all__ = ["predicate_start"]

# words after which a name is a complement, never the subject of a duty ("của | Cục ...", "gửi | Sở ...")
_BEFORE_A_COMPLEMENT = frozenset(("của", "cho", "tại", "thuộc", "giữa", "hoặc", "đến", "gửi", "từ", "trong", "về",
                                  "qua", "bởi", "là"))
_FIELD_VERBS = ("phòng", "chống", "quản lý", "điều tra")
_FIELD_LIST = re.compile(r"\s*(?:,|và(?!\w))")
_SEGMENT_END = re.compile(r"[.;,:\n]")


def _domain_verb(low: str, s: int) -> str:
    """The verb that may open a domain at ``s`` ("" for none); not one that names a field far more often than it
    predicates ("Phòng | Phòng chống ma túy", "Phòng Cảnh sát | quản lý hành chính ...", "Cơ quan Cảnh sát | điều
    tra")."""
    if low.startswith(_FIELD_VERBS, s):
        return ""
    return next((v for v in cues.DOMAIN_VERBS if low.startswith(v, s) and not low[s + len(v):s + len(v) + 1].isalnum()),
                "")


def _subject(low: str, head_start: int) -> bool:
    """The name is its clause's subject or the partner whose shared duty follows: nothing before it in its clause
    makes it a complement ("của | Cục ...", "gửi | Sở ..."); "với" only after "phối hợp" ("A chủ trì, phối hợp với |
    B xây dựng ...": the duty comes after the partner's name)."""
    line = re.split(r"[.;\n(]", low[max(0, head_start - 120):head_start])[-1]
    if ":" in line:
        return False   # "Cơ quan phối hợp: | Phòng ...": a label's item
    before = line.split()
    if not before or before[-1].strip(",-+*") == "":
        return True
    if before[-1] == "với":
        return re.search(r"(?<!\w)phối\s+hợp\s+với$", line.rstrip()) is not None
    return before[-1] not in _BEFORE_A_COMPLEMENT


def _verb_follows(low: str, end: int, kinds: re.Pattern | None = None) -> bool:
    """A verb of the duty grammar (``cues.DUTY_VERBS``: "chủ trì", "tổ chức", "thực hiện" ...) after ``end`` before
    the next comma or the end of the sentence (the name's own predicate: "... phát triển làng nghề | tổ chức hội
    chợ"; not "xây dựng quy chế | kiểm tra nội bộ", the object's), or a colon there (a heading of duties). Not a
    verb right after the name of a kind of document (``kinds``, the ontology's: "kế hoạch | triển khai", "quy chế |
    phối hợp", "báo cáo | thực hiện"): it says what that document is about, the object of the domain's verb."""
    rest_end = _SEGMENT_END.search(low, end)
    rest = low[end:rest_end.start() if rest_end else len(low)]
    if rest_end is not None and rest_end.group(0) == ":":
        return True
    return any(low.startswith(cues.DUTY_VERBS, end + m.start()) and not _names_a_document(low, end + m.start(), kinds)
               for m in re.finditer(r"(?<!\w)\w", rest))


def _names_a_document(low: str, s: int, kinds: re.Pattern | None) -> bool:
    """The word before ``s`` (one space between) ends the name of a kind of document ("xây dựng kế hoạch | ...")."""
    return kinds is not None and low[s - 1:s] == " " \
        and any(m.end() == s - 1 for m in kinds.finditer(low, max(0, s - 26), s - 1))


def predicate_start(match: str, low: str, tokens, head_start: int, i: int, end: int,
                    kinds: re.Pattern | None = None) -> int | None:
    """Where a name whose lower-case domain starts at token ``i`` and runs to ``end`` ends, when the domain holds the
    clause's predicate: the end of the word before the last domain verb that opens the domain or follows its "về"
    complement; None when the domain is the name's ("dự án | phát triển đô thị", "đầu tư | xây dựng": a verb after
    a lower-case noun of the domain is part of it). ``kinds``: the names of kinds of document (``_verb_follows``)."""
    if not _subject(low, head_start) or _verb_follows(low, end, kinds):
        return None
    if re.search(rf"(?<!\w){cues.LEVEL_PATTERN}(?:\s+[A-ZĐ]\S*)*\s*$|(?:\s[A-ZĐ]\S*){{2}}\s*$", match[tokens[i][0]:end]):
        return None   # "... giao thông tỉnh", "Viện Thiết kế xây dựng Đà Nẵng": a body's domain ends with its place
    last, about = None, False
    for k in range(i, len(tokens)):
        s, e = tokens[k]
        if e > end:
            break
        if (k == i or about and low[tokens[k - 1][0]:tokens[k - 1][1]] != "về") and (verb := _domain_verb(low, s)) \
                and low[s + len(verb):end].strip():
            last = k   # (an object after it: "Viện Thiết kế | phát triển" alone before the duty is the name's)
        about = about or low[s:e] == "về"
    if last is None:
        return None
    if _FIELD_LIST.match(low, tokens[last][0] + len(_domain_verb(low, tokens[last][0]))):
        return None   # "... giám sát, kiểm tra ...": a list of fields, the name's own
    return tokens[last - 1][1]
