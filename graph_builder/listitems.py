"""An item of a list of bodies written with its head noun's capital and its domain in lower case, between two bodies
the builder named ("Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Phòng Thương mại và Công nghiệp Việt Nam,
Hội doanh nghiệp nhỏ và vừa, các hội nghề nghiệp ... có biện pháp ...", ct-11-2020-ttg as OCR gives it; "Hội Nông dân
Việt Nam, Hội người cao tuổi, các hội nghề nghiệp"): a body of its own, one of the list's holders. Unread, it cut the
list: the holders after it lost their duty, which then began at the item. A head noun with a lower-case domain reads
as a phrase elsewhere ("Hội nghị", "Ban hành"); between two names of one list, after a comma and before the next
item's separator, it is an item. Used by ``recognise``.

>>> from policykg.ontology import load_lexicon
>>> from policykg.graph_builder.model import Mention, Span
>>> from policykg.graph_builder.vocabulary import lower_same_length, vocabulary
>>> text = "Đề nghị Hội Nông dân Việt Nam, Hội người cao tuổi, các hội nghề nghiệp có biện pháp."
>>> first = Mention(Span(8, 29), "", "actor", "x", "Hội Nông dân Việt Nam", "MassOrganization")
>>> last = Mention(Span(55, 70), "", "actor", "y", "hội nghề nghiệp", "MassOrganization")
>>> [m.label for m in list_items(vocabulary(load_lexicon()), [first, last], text, lower_same_length(text))]
['Hội Nông dân Việt Nam', 'Hội người cao tuổi', 'hội nghề nghiệp']
"""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention, Span
from policykg.graph_builder.vocabulary import Vocabulary, starts_verb

__all__ = ["list_items"]

# the gap between two named bodies of a list: a comma, the item, its separator, a plural word of the next item
# (each word's letters taken whole, ``*+`` and ``++``: a word split in two pieces ended no item a whole word could not,
# and trying every split made a long gap that fails cost seconds, blockissuer's whole text at once)
_GAP = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*(?P<item>[^\W\d_][^\W_]*+(?:[ \t]*\n?[ \t]*[^\W\d_]++){1,7})"
                  r"[ \t]*(?:,|\n?[ \t]*(?<!\w)(?:và|hoặc)(?!\w))[ \t]*\n?[ \t]*(?:(?:các|những)[ \t]*\n?[ \t]*)?")
_LINKS = frozenset(("và",))   # the only function word a domain holds ("Hội người cao tuổi và ...")
# a head noun's syllable that opens another word with the next ("Hội nghị toàn quốc", "Ban hành", "Tổ chức"): no body
_NOT_A_BODY = re.compile(r"(?:hội (?:nghị|thảo|thi|chợ|đàm|viên|nhập|tụ|đồng hương)|ban (?:hành|đầu|ngày|đêm)"
                         r"|tổ (?:chức|quốc|hợp)|đoàn (?:kết|viên)|phòng (?:chống|ngừa|tránh|hộ|bệnh)|đội (?:ngũ|viên)"
                         r"|cục (?:bộ|diện)|sở (?:hữu|thích)|viện (?:trợ|dẫn|phí)|quỹ (?:đất|thời gian|lương))(?!\w)")
_SIZES = re.compile(r"(?<!\w)nhỏ và vừa(?!\w)")   # a size, not "vừa" the adverb: "Hội doanh nghiệp nhỏ và vừa"


def list_items(vocab: Vocabulary, mentions: list[Mention], match: str, low: str) -> list[Mention]:
    """``mentions`` with a mention added for each such item between two actor mentions, in order."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.category == m.category == "actor" and prev.span.end < m.span.start:
            item = _item(vocab, match, low, prev.span.end, m.span.start)
            if item is not None:
                out.append(item)
        out.append(m)
    return out


def _item(vocab: Vocabulary, match: str, low: str, start: int, end: int) -> Mention | None:
    """The item in the gap [start, end) between two named bodies, or None: a capitalised head noun of the
    vocabulary, then one to seven words in lower case, none a verb or a function word but "và"."""
    gap = _GAP.fullmatch(match, start, end)
    if gap is None or vocab.head_regex is None or not match[gap.start("item")].isupper():
        return None
    s, e = gap.span("item")
    head = vocab.head_regex.match(low, s)
    if head is None or head.start(1) != s or match[head.end(1):head.end(1) + 1] not in (" ", "\t", "\n"):
        return None
    if _NOT_A_BODY.match(low, s):
        return None
    kind = vocab.head_kind.get(low[head.start(1):head.end(1)])
    words = match[head.end(1):e].split()
    if kind in (None, "Office", "PeopleGroup") or not words or not all(w.isalpha() and w.islower() for w in words) \
            or any(w in cues.NAME_STOP_WORDS and w not in _LINKS for w in _SIZES.sub("", " ".join(words)).split()) \
            or starts_verb(low, head.end(1) + 1, 1):
        return None
    label = re.sub(r"\s+", " ", match[s:e])
    return Mention(Span(s, e), match[s:e], "actor", mint_actor_iri(label), label, kind, known=False)
