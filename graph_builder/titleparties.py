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
from policykg.graph_builder.headerkinds import kind_of_word
from policykg.graph_builder.headernames import shared_place
from policykg.graph_builder.model import ActorRef, FrameBlock, SourceText
from policykg.graph_builder.organs import actor_named
from policykg.ontology.lexicon import Lexicon

__all__ = ["title_issuers", "title_parties", "titled_kind"]

_TOP = 800      # characters of the text's top where its title stands
# the title's kind and "phối hợp giữa": the parties follow
_TITLE = re.compile(r"(?is)\b(?:quy\s+chế|chương\s+trình|kế\s+hoạch|thỏa\s+thuận|thoả\s+thuận|nghị\s+quyết\s+liên\s+tịch)"
                    r"\W+(?:(?:liên\s+tịch|ban\s+hành\s+quy\s+chế)\W+)?phối\s+hợp(?:\s+công\s+tác)?\s+giữa\s+")
# where the title's body starts: what the text opens with after it
_BODY = re.compile(r"(?im)^[\s*_#|]*(?:căn\s+cứ|điều\s+1\b|chương\s+i\b|phần\s+i\b|i\.\s|1\.\s)")
# where the parties' list ends: the matter ("trong", "về", "nhằm"), the term ("nhiệm kỳ"), the line's end
_LIST_END = re.compile(r"(?i)\s(?:trong|về|nhằm|đối\s+với|thực\s+hiện|nhiệm\s+kỳ|giai\s+đoạn|năm|trên\s+địa\s+bàn)\s"
                       r"|\n\s*\n|[.;:(]")
# the area the title's matter is set in ("... TRÊN ĐỊA BÀN TỈNH X"): the place of every party named by its level alone
_AREA = re.compile(r"(?i)\btrên\s+địa\s+bàn\s+(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+"
                   r"(?P<place>(?:(?!năm\b|giai\b|đến\b|trong\b|về\b|nhiệm\b)[^\W\d_]+[^\S\n]*){1,4})")
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
    parties = [_in_area(party, title, source, lexicon) for party in parties]     # "... TRÊN ĐỊA BÀN TỈNH X"
    return [placed_issuer(source, lexicon, party) for party in parties] or issuers   # "Công an tỉnh" at the text's place


def _in_area(party: ActorRef, title: re.Match, source: SourceText, lexicon: Lexicon) -> ActorRef:
    """A party named by its level alone ("CÔNG AN TỈNH") in a title set in an area ("... TRÊN ĐỊA BÀN TỈNH X"): that
    place's organ; the party as it is otherwise."""
    line_end = source.match.find("\n\n", title.end())
    area = _AREA.search(source.match, title.end(), line_end if line_end > 0 else min(len(source.match), _TOP))
    level = area and " ".join(area.group("level").lower().split())
    if area is None or not (party.label or "").lower().endswith(" " + level):
        return party
    place = " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in area.group("place").split())
    whole = actor_named(f"{party.label} {place}", lexicon, fuzzy=True)
    return whole if whole is not None and whole.iri else party


def titled_kind(source: SourceText, lexicon: Lexicon) -> str | None:
    """The kind of a text that opens with a coordination title on its one line and has no kind line of its own
    ("QUY CHẾ PHỐI HỢP GIỮA CÔNG AN TỈNH VÀ SỞ TƯ PHÁP ..."): a formal document of the title's kind, when the title
    names two parties or more; else None."""
    title = _TITLE.search(source.match[:_TOP])
    if title is None or source.match[:title.start()].strip(" \t\n*_#|") or _BODY.search(source.match[:_TOP]) is None \
            or len(title_parties(source, lexicon, None)) < 2:
        return None     # (a text in parts, articles or a preamble: no article's headline)
    return kind_of_word(re.split(r"\W+phối", title.group(0), flags=re.I)[0], lexicon) or "Document"


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
