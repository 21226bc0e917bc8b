"""The parties a coordination text's title names, its issuers when the copy lost its header: "QUY CHẾ / PHỐI HỢP
GIỮA CÔNG AN TỈNH, BỘ CHỈ HUY QUÂN SỰ TỈNH VÀ BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH TRONG ...", "Chương trình phối hợp
giữa Hội Nông dân tỉnh và Sở Tư pháp về ..." (a helper of ``metadata``). The title stands at the text's top, before
its preamble or its first article; it names two parties or more, each a name the builder knows, listed with commas
and "và" (one body's coordination "với" another, "giữa Đảng ủy phường với Ủy ban Mặt trận Tổ quốc phường", is that
body's regulation, and names none so). They issue the copy when its header names no issuer, or names as one the
title's own capitals, read for an organ's line ("... BỘ CHỈ HUY BỘ" / "ĐỘI BIÊN PHÒNG TỈNH TRONG ..."). A decision's title ("QUYẾT ĐỊNH / Ban hành Quy chế phối hợp giữa ...") names no issuer so: the organ that
decides issues it.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> text = "QUY CHẾ\\nPHỐI HỢP GIỮA SỞ Y TẾ, CÔNG AN TỈNH VÀ SỞ GIÁO DỤC VÀ ĐÀO TẠO TRONG Y TẾ HỌC ĐƯỜNG\\nĐiều 1. Phạm vi"
>>> [a.label for a in title_parties(source_from_string(text), load_lexicon(), "Regulation")]
['Sở Y tế', 'Công an tỉnh', 'Sở Giáo dục và Đào tạo']
"""

from __future__ import annotations

import re

from policykg.graph_builder.blockissuer import placed_issuer
from policykg.graph_builder.headernames import shared_place
from policykg.graph_builder.model import ActorRef, FrameBlock, SourceText
from policykg.graph_builder.organs import actor_named
from policykg.ontology.lexicon import Lexicon

__all__ = ["title_issuers", "title_parties"]

_TOP = 800      # characters of the text's top where its title stands
# the title's kind and "phối hợp giữa": the parties follow
_TITLE = re.compile(r"(?is)\b(?:quy\s+chế|chương\s+trình|kế\s+hoạch|thỏa\s+thuận|thoả\s+thuận|nghị\s+quyết\s+liên\s+tịch)"
                    r"\W+(?:(?:liên\s+tịch|ban\s+hành\s+quy\s+chế)\W+)?phối\s+hợp(?:\s+công\s+tác)?\s+giữa\s+")
# where the title's body starts: what the text opens with after it
_BODY = re.compile(r"(?im)^[\s*_#|]*(?:căn\s+cứ|điều\s+1\b|chương\s+i\b|phần\s+i\b|i\.\s|1\.\s)")
# where the parties' list ends: the matter ("trong", "về", "nhằm"), the term ("nhiệm kỳ"), the line's end
_LIST_END = re.compile(r"(?i)\s(?:trong|về|nhằm|đối\s+với|thực\s+hiện|nhiệm\s+kỳ|giai\s+đoạn|năm)\s|\n\s*\n|[.;:(]")
_JOIN = re.compile(r"\s*,\s*|\s+(?:và|VÀ)\s+")     # not "với": "giữa Đảng ủy với Mặt trận", the committee's own
_DECIDES = re.compile(r"(?i)\bquyết\s+định\b")


def _listed(text: str, lexicon: Lexicon) -> list[ActorRef]:
    """The actors ``text`` lists, each a name the builder knows ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" kept whole where "VÀ" is
    the name's); [] when a piece names none."""
    cuts = [0] + [x for m in _JOIN.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    pieces = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]     # (start, end) of each piece
    found: list[ActorRef] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces) - 1, i - 1, -1):     # the longest run of pieces that is one name
            ref = actor_named(text[pieces[i][0]:pieces[j][1]], lexicon, fuzzy=True)
            if ref is not None and ref.iri:
                break
        else:
            return []
        if ref.iri not in {r.iri for r in found}:
            found.append(ref)
        i = j + 1
    return found


def title_issuers(source: SourceText, lexicon: Lexicon, kind: str | None, issuers: list[ActorRef],
                  blocks: list[FrameBlock]) -> list[ActorRef]:
    """The title's parties when they issue the copy (see the module), else ``issuers`` as they are."""
    named = [b for b in blocks if b.actor is not None]
    title = _TITLE.search(source.match[:_TOP])
    if title is None or (named and any(b.span.start < title.start() for b in named)):
        return issuers      # a header of its own names the issuers
    parties = shared_place(title_parties(source, lexicon, kind), lexicon)    # "... HUYỆN VÀ ... HUYỆN CẦU KÈ"
    return [placed_issuer(source, lexicon, party) for party in parties] or issuers   # "Công an tỉnh" at the text's place


def title_parties(source: SourceText, lexicon: Lexicon, kind: str | None) -> list[ActorRef]:
    """The parties the title at the text's top names (see the module); [] for a decision, a title that names fewer
    than two parties or a piece the builder cannot name."""
    top = source.match[:_TOP]
    title = _TITLE.search(top)
    body = _BODY.search(top)
    if title is None or kind == "Decision" or (body is not None and body.start() < title.start()) \
            or _DECIDES.search(top, 0, title.start()):
        return []
    rest = top[title.end():body.start() if body is not None else len(top)]
    end = _LIST_END.search(rest)
    parties = _listed(" ".join(rest[:end.start() if end else len(rest)].split()), lexicon)
    return parties if len(parties) >= 2 else []
