"""The issuer of a copy that lost its header, from what its signature block and its text give (a web copy opening at
its title or its "V/v" line): the block names a kind of body without its place ("TM. ỦY BAN NHÂN DÂN", "TM. ĐẢNG ỦY",
"KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": a People's Committee's chair, "Q. CHỦ TỊCH"), or a national office ("KT. THỦ TƯỚNG");
the text names that kind of body at its level ("UBND tỉnh", "Ủy ban nhân dân các xã", "Ủy ban nhân dân tỉnh Lào
Cai") and the places of that level ("tỉnh Lào Cai"). The issuer is that body at the one level and place the text
gives; none when it gives two or none (never a guess: a plan that names the province and a commune names two).

A standing board signing or titled as the only organ ("T/M BAN THƯỜNG VỤ", "CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY", "TM.
BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH") is no issuer of its own: the issuer is the committee or organisation it is the board
of (``standing_body``; GUIDELINES, convention 8: "Tỉnh ủy X", not "Ban Thường vụ Tỉnh ủy X").

A body the header named without its place ("Ủy ban nhân dân cấp tỉnh": the enacting line "ỦY BAN NHÂN DÂN TỈNH"
of a copy that cut the place) is placed the same way (``placed_issuer``).
"""

from __future__ import annotations

import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder.cues import UPPER
from policykg.graph_builder.model import ActorRef, Sentence, Signature, SourceText, Span
from policykg.graph_builder.organs import actors_listed
from policykg.graph_builder.recognise import find_mentions
from policykg.ontology.lexicon import Lexicon

__all__ = ["block_issuer", "by_order", "placed_issuer", "signed_by_block", "standing_body"]

# the level words of a place, by tier ("cấp tỉnh": a province or a city under the centre)
_TIERS = {"tỉnh": ("tỉnh", "thành phố"), "huyện": ("huyện", "quận", "thị xã", "thành phố"),
          "xã": ("xã", "phường", "thị trấn", "đặc khu")}
_LEVEL = r"(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
_PLACE = re.compile(r"(?<![\w])" + _LEVEL + r"[^\S\n]+(?P<place>[^\W\d_][\w'-]*(?:[^\S\n]+[^\W\d_][\w'-]*){0,3})")
_ON_BEHALF = re.compile(r"(?m)^[ \t*_]*T\s*/?\s*M\s*\.?\s+(?P<body>[^\n]+?)[ \t*_]*$")
_CHAIRS = ("chủ tịch", "phó chủ tịch")          # a People's Committee's chair signs "KT./Q. CHỦ TỊCH" without "TM."
_COMMITTEE = match_key("Ủy ban nhân dân")
_GENERIC = re.compile(r"^(?P<kind>.+?) cấp (?P<tier>tỉnh|huyện|xã)$")


def _kind_of_block(source: SourceText, signature: Signature) -> str | None:
    """The kind of body a block signs for, as a match key ("ủy ban nhân dân", "đảng ủy"): its "TM." line, else a
    People's Committee for a chair's post; None when the block says no kind."""
    block = source.match[signature.span.start:signature.span.end]
    behalf = _ON_BEHALF.search(block)
    if behalf:
        return match_key(behalf.group("body")) or None
    post = match_key(signature.post or "")
    return _COMMITTEE if post.split(" thường trực")[0] in _CHAIRS else None


# a signing mode's line: the mark of a formal document's signature ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. BỘ
# TRƯỞNG"); no article prints one
_MODE_LINE = re.compile(r"(?<![\w/])(?:KT|TM|T/M|TL|TUQ|Q)\.[ \t]*[" + UPPER + r"]{2}")
_REPORTED = re.compile(r"\b(?:cho biết|phóng viên|PV|vừa (?:ký )?ban hành)\b")      # an article's words


def signed_by_block(source: SourceText, lexicon: Lexicon, footer) -> bool:
    """Whether the text closes with a formal signature block: a signer's name under a mode's line in the text's
    last part, no article's words ("cho biết", "phóng viên") in the text."""
    named = [s for s in footer.signatures if s.person and s.mode]
    if not named or _REPORTED.search(source.match):
        return False
    block = named[-1].span
    return block.start >= len(source.match) // 2 and _MODE_LINE.search(source.match, block.start, block.end) is not None


def _mentions(source: SourceText, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Every body the text names: its name and the words it is named by."""
    whole = Span(0, len(source.match))
    probe = Sentence(index=0, span=whole, section=None, paragraph=0, clauses=[whole])
    return [(m.label, source.match[m.span.start:m.span.end]) for m in find_mentions(source, [probe], lexicon)
            if m.category == "actor" and m.label]


def _places(labels: list[str], tiers: set[str], lexicon: Lexicon) -> set[tuple[str, str]]:
    """(level word, place) of every place of those tiers the text's names of bodies end with ("Thuế tỉnh Lào Cai",
    "Công an xã Tân Phú"): the recogniser's names, not any capitalised word after a level word (a table's "UBND tỉnh
    | Sở Công Thương")."""
    heads = {h for h, _ in lexicon.head_nouns()}
    out = set()
    for label in labels:
        for m in _PLACE.finditer(label):
            level, place = m.group("level").lower(), _capitalised(m.group("place"))
            if place and m.end() == len(label) and place == m.group("place") and \
                    match_key(place.split()[0]) not in heads and any(level in _TIERS[t] for t in tiers):
                out.add((level, place))
    return out


def _capitalised(words: str) -> str:
    """The leading words written with a capital ("Lào Cai thực hiện" -> "Lào Cai"), not in capitals throughout."""
    kept = []
    for word in words.split():
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            break
        kept.append(word)
    return " ".join(kept)


# the bodies of a tier as a class ("Ủy ban nhân dân các xã", "UBND cấp xã", "những xã"): a document's subordinates
_MANY = re.compile(r"(?i)\b(?:các|cấp|những|mọi|và)\b|,")
_RANK = {"xã": 0, "phường": 0, "thị trấn": 0, "đặc khu": 0, "huyện": 1, "quận": 1, "thị xã": 1, "thành phố": 1,
         "tỉnh": 2}


def _at_one_place(lexicon: Lexicon, kind: str, tiers: set[str], mentions: list[tuple[str, str]]) -> ActorRef | None:
    """The body of ``kind`` at the one (level, place) the text gives: the places the text names the body at, and the
    places of a tier the text names the one body at without its place ("UBND tỉnh", not "UBND các xã"); None unless
    exactly one, and when the text names the one body at a tier below that place's (a commune's plan naming its
    province in full, itself "UBND xã")."""
    head = None
    pairs: set[tuple[str, str]] = set()
    named: list[int] = []       # the rank of each naming of the one body: how often the text names it, at which tier
    for label, surface in mentions:
        key = match_key(label)
        if not key.startswith(kind + " "):
            continue
        head = head or " ".join(label.split()[:len(kind.split())])
        generic = _GENERIC.match(key)
        if generic and generic.group("kind") == kind:
            if not _MANY.search(surface):
                tiers = tiers | {generic.group("tier")}
                named.append(_RANK[generic.group("tier")])
            continue
        placed = _PLACE.match(label, len(head) + 1)
        if placed and placed.end() == len(label) and _capitalised(placed.group("place")) == placed.group("place"):
            pairs.add((placed.group("level").lower(), placed.group("place")))
            named.append(_RANK[placed.group("level").lower()])
    pairs |= _places([label for label, _ in mentions], tiers, lexicon)
    if head is None or len({(lv, match_key(p)) for lv, p in pairs}) != 1:
        return None
    level, place = next(iter(pairs))
    if any(_RANK[t] < _RANK[level] for t in tiers) or named.count(_RANK[level]) < 2:
        return None     # a body of a lower tier named alone, or the one place's body named once (a superior's)
    found = actors_listed(f"{head} {level} {place}", lexicon)
    return found[0] if len(found) == 1 and match_key(found[0].label).endswith(match_key(place)) else None


# "TL. BỘ TRƯỞNG", "TUQ. CHỦ TỊCH" wherever the block's column puts it (beside "Nơi nhận:"); not a recipient's "Lưu: VT, TL."
_BY_ORDER = re.compile(r"(?<![\w/.])(?:TL|TUQ)\.[ \t]*[" + UPPER + r"]{2}")


def by_order(source: SourceText, signatures: list[Signature]) -> bool:
    """Whether a block signs by order or authorisation ("TL. BỘ TRƯỞNG" / "KT. VỤ TRƯỞNG VỤ PHÁP CHẾ", "TUQ. CHỦ
    TỊCH"): the unit it names is no issuer, whatever its innermost mode."""
    return any(_BY_ORDER.search(source.match, s.span.start, s.span.end) for s in signatures)


def block_issuer(source: SourceText, lexicon: Lexicon, signatures: list[Signature]) -> list[ActorRef]:
    """The issuer of a headless copy whose one named block signs for a kind of body without its place (or for a
    national office, "KT. THỦ TƯỚNG"), placed by the text; [] when the text does not say which."""
    named = [s for s in signatures if s.person]
    if len(named) != 1 or named[0].organ is not None:
        return []
    block = source.match[named[0].span.start:named[0].span.end]
    office = re.search(r"(?m)^[ \t*_]*(?:KT|Q)\.?\s+(?P<post>[^\n]+?)[ \t*_]*$", block)
    office = None if _BY_ORDER.search(block) else office     # by order: the signer's organ
    entry = lexicon.lookup(office.group("post")) if office else None
    if entry is not None and entry.kind == "Office" and entry.level == "LevelCentral" and not entry.generic:
        return actors_listed(entry.label_vi, lexicon)[:1]      # "KT. THỦ TƯỚNG": the Prime Minister
    kind = _kind_of_block(source, named[0])
    if kind is None:
        return []
    found = _at_one_place(lexicon, kind, set(), _mentions(source, lexicon))
    return [found] if found is not None else []


def placed_issuer(source: SourceText, lexicon: Lexicon, issuer: ActorRef) -> ActorRef:
    """An issuer named by its kind and level alone ("Ủy ban nhân dân cấp tỉnh") at the one place of that level the
    text gives; the issuer itself otherwise."""
    generic = _GENERIC.match(match_key(issuer.label or ""))
    if generic is None:
        return issuer
    words = len(generic.group("kind").split())
    mentions = _mentions(source, lexicon) + [(issuer.label, issuer.label)]
    found = _at_one_place(lexicon, " ".join(match_key(issuer.label).split()[:words]), {generic.group("tier")},
                          mentions)
    return found or issuer


# a standing board of a committee or an organisation: "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Hội LHPN tỉnh"; never a
# collective of boards ("Ban Thường vụ các tỉnh ủy, thành ủy")
_STANDING = re.compile(r"(?i)^ban\s+thường\s+(?P<board>vụ|trực)\s+(?!các\b)(?P<body>\S.*)$")


def standing_body(ref: ActorRef, lexicon: Lexicon, joint: bool = False) -> ActorRef:
    """The body a standing board is the board of, the issuer of what the board signs or is titled with (GUIDELINES,
    convention 8); ``ref`` itself when it names no standing board. The body as the vocabulary names it when it names
    one body ("Hội LHPN tỉnh": "Hội Liên hiệp Phụ nữ tỉnh"), else as written, of the vocabulary's kind ("Tỉnh ủy",
    whose entry is the level's committees: the document's place is given it as to any issuer named without it). A
    standing board of a Front's committee ("Ban Thường trực Ủy ban MTTQ") only in a ``joint`` footer: a joint
    document is issued by the Front's committee, a document of the Front alone may be its board's (its header says).

    >>> from policykg.ontology import load_lexicon
    >>> lex = load_lexicon()
    >>> [(b.label, b.kind) for b in (standing_body(ActorRef("x", label, "PartyCommittee"), lex)
    ...  for label in ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Hội LHPN tỉnh", "Ban Thường vụ Tỉnh ủy Quảng Trị"))]
    [('Tỉnh ủy', 'PartyCommittee'), ('Hội Liên hiệp Phụ nữ tỉnh', 'MassOrganization'), ('Tỉnh ủy Quảng Trị', 'PartyCommittee')]
    >>> front = ActorRef("y", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    >>> standing_body(front, lex).iri, standing_body(front, lex, joint=True).label
    ('y', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')
    """
    m = _STANDING.match(ref.label or "")
    if m is None or (m.group("board").lower() == "trực" and not joint):
        return ref
    written = m.group("body").strip()
    found = actors_listed(written, lexicon)
    if len(found) == 1 and found[0].label and "," not in found[0].label:
        return found[0]
    entry = lexicon.lookup(written)
    label = written[0].upper() + written[1:]
    return ActorRef(mint_actor_iri(label), label, entry.kind if entry is not None else ref.kind)
