"""Which organ a signature block signs for in a joint document, and a block's post run into the recipients' list
(helpers of ``footer``): the board of an issuer ("TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH"), an issuer named without the
place the header gives it ("KT. GIÁM ĐỐC SỞ X"), a post at the end of a recipient's line where PDF text without its
layout runs the two columns together ("- Thường trực Đảng ủy xã; PHÓ CHỦ TỊCH"), the seal's text inside a block and a
post under its name."""

from __future__ import annotations

import functools
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import all_capitals, match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import ActorRef
from policykg.graph_builder.organs import actor_named, is_caps, issuer_named, person_name, post_of, whole_post
from policykg.graph_builder.vocabulary import vocabulary
from policykg.ontology.lexicon import Lexicon

__all__ = ["board_issuer", "issuer_by_prefix", "organ_goes_on", "post_after_item", "post_after_name", "seal_text"]


def issuer_by_prefix(ref: ActorRef | str, issuers: list[ActorRef]) -> ActorRef | None:
    """The issuer ``ref`` is (an actor: the same IRI) or whose name is ``ref``'s with more after it (its place: "Sở Y
    tế" of "Sở Y tế tỉnh X"), or None."""
    same = next((i for i in issuers if not isinstance(ref, str) and i.iri == ref.iri), None)
    key = match_key(ref if isinstance(ref, str) else ref.label or "")
    return same or next((i for i in issuers if key and i.label and match_key(i.label).startswith(key + " ")), None)


# the standing or executive board a collective's mode signs for, then its body: "BAN THƯỜNG VỤ TỈNH ĐOÀN"
_BOARD_OF = re.compile(r"(?i)^ban\s+(?P<board>thường\s+vụ|thường\s+trực|chấp\s+hành|thư\s+ký)\s+(?P<body>\S.*)$")


def board_issuer(text: str | None, issuers: list[ActorRef], lexicon: Lexicon) -> ActorRef | None:
    """The board of an issuer a mode signs for ("BAN THƯỜNG VỤ HỘI LHPN TỈNH"), named with the issuer's whole name
    ("Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh X"): the issuer the rest names, with or without its place, or (an
    abbreviated name) the one issuer of the same head noun; None otherwise."""
    board = _BOARD_OF.match(text or "")
    if board is None:
        return None
    written = _abbreviation_expanded(board.group("body"), lexicon)   # "UBMTTQ TỈNH": "Ủy ban Mặt trận Tổ quốc TỈNH"
    key = match_key(written)
    headed = [i for i in issuers if i.label and match_key(i.label).split(" ")[0] == key.split(" ")[0]]
    body = issuer_named(board.group("body"), issuers, lexicon) or issuer_by_prefix(board.group("body"), issuers) or \
        issuer_by_prefix(written, issuers) or (headed[0] if len(headed) == 1 else None)
    if body is None:
        return None
    label = f"Ban {board.group('board').capitalize()} {body.label}"
    return ActorRef(mint_actor_iri(label), label, body.kind if body.kind == "PartyCommittee" else "Organization")


def _abbreviation_expanded(text: str, lexicon: Lexicon) -> str:
    """The first word of a body's name written out when it is an abbreviation the vocabulary expands ("UBMTTQ")."""
    first, _, rest = text.strip().partition(" ")
    full = vocabulary(lexicon).expansions.get(first.upper()) if lexicon is not None else None
    return f"{full} {rest}".strip() if full else text


# the capitals after the end of a recipient's item: "- Thường trực Đảng ủy xã; PHÓ CHỦ TỊCH"
_CAPITALS_AFTER_ITEM = re.compile(r"[;.,][^\S\n]+(?P<caps>[A-ZĐ][^\s;,.:a-zđ]*(?:[^\S\n]+[^\s;,.:a-zđ]+)+)$")


def post_after_item(text: str, lexicon: Lexicon) -> tuple[int, str] | None:
    """(offset, post) of a post in capitals that ends a recipient's line after its item, or None."""
    m = _CAPITALS_AFTER_ITEM.search(text)
    post = whole_post(m.group("caps"), lexicon) if m is not None else None
    return None if post is None else (m.start("caps"), post)


def seal_text(column: list[str], text: str, issuers: list[ActorRef]) -> bool:
    """A cell in capitals under a block's post or note, before its name (``column``: what its column's items are so
    far), whose words run on in an issuer's name: the seal's text as the reading of a stamped page gives it ("PHÓ CHỦ
    TỊCH" / "ỦY BAN" / "NHÂN DÂN" / "HUYỆN X" / name)."""
    if not column or column[-1] not in ("post", "note") or not all_capitals(text, 2):
        return False
    key = match_key(text)
    return bool(key) and any(f" {key} " in f" {match_key(i.label)} " for i in issuers if i.label)


def post_after_name(block: list[str], after: list[str]) -> bool:
    """A post line under the name that closed ``block`` (what its items are) is that block's, the name read before its
    post ("K/T GIÁM ĐỐC" / "Nguyễn Văn A" / "PHÓ GIÁM ĐỐC"): the block has a mode and no post line, and no name follows
    the post (``after``: what the column's later items are) before the next block's mode or organ."""
    if not block or block[-1] != "person" or "post" in block or "mode" not in block:
        return False
    return next((what for what in after if what in ("mode", "person", "organ")), "mode") != "person"


def organ_goes_on(column_items: list, text: str, lexicon: Lexicon) -> bool:
    """A cell in capitals after a mode whose organ it completes, in a block a Word cell flattened to one line ("TM.
    TRUNG ƯƠNG ĐOÀN TNCS  HỒ CHÍ MINH  BÍ THƯ THƯỜNG TRỰC"): the mode's words name no actor alone and do with the
    cell, which is then the rest of the organ's name, not a person in capitals; or the cell opens with "VÀ" ("KT. BỘ
    NÔNG NGHIỆP  VÀ PHÁT TRIỂN NÔNG THÔN  THỨ TRƯỞNG"). The mode's value takes it in."""
    last = column_items[-1] if column_items else None
    if last is None or last.what != "mode" or not last.value or not is_caps(text) or len(text) > 60:
        return False
    if cues.SIGNATURE_MODE.match(text) or whole_post(text, lexicon) is not None or actor_named(last.value + " " + text, lexicon) is None:
        return False
    joins = re.match(r"(?i)(?:và|&)\s", text) is not None   # "KT. BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN"
    if _BOARD_OF.match(last.value + " " + text) and not _BOARD_OF.match(last.value) or post_of(last.value, lexicon):
        return joins and _take(last, text)  # a board over its body, a head's post ("KT. CHỦ TỊCH"): the line's own rules
    if person_name(text) is not None:   # a person's name in capitals goes on an organ's only as a name in the vocabulary ends
        return _ends_a_name(text, lexicon) and _take(last, text)
    # "TM. ỦY BAN NHÂN DÂN" / "TỈNH X" is left to the line's own rules
    return (actor_named(last.value, lexicon) is None or joins) and _take(last, text)


def _take(mode, text: str) -> bool:
    mode.value = mode.value + " " + text
    return True


def _ends_a_name(text: str, lexicon: Lexicon) -> bool:
    """``text`` (a person's name in capitals) is how an organisation's name in the vocabulary ends ("HỒ CHÍ MINH" of
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh")."""
    return match_key(text) in _name_ends(lexicon)


@functools.lru_cache(maxsize=4)
def _name_ends(lexicon: Lexicon) -> frozenset[str]:
    """The last three words of every name of an organisation in the vocabulary, in match form."""
    return frozenset(" ".join(match_key(name).split()[-3:]) for entry in lexicon.entries
                     for name in (entry.label_vi, *entry.alt_labels) if len(name.split()) > 3)
