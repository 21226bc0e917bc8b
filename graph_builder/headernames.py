"""The organ names of a header block: organ lines (cells in capitals, motto pieces cut out) joined into names, as
``header.read_header`` reads them. A name may go on on the next line ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI"), in its
column when PDF layout puts organs side by side ("CÔNG AN TỈNH X   VIỆN KIỂM SÁT NHÂN DÂN" / "TỈNH X" under the
second); a Word cell that lost its line break holds two names ("UBND TỈNH LÀO CAI VĂN PHÒNG")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.levelcommittees import LEVEL_PLACE, own_level_body, sibling_committee
from policykg.graph_builder.model import ActorRef
from policykg.graph_builder.organruns import first_two, organs_run_together
from policykg.graph_builder.organs import actor_named, is_bare_head, is_caps, office_over, whole_post
from policykg.graph_builder.vocabulary import COLUMN_GAP, HEADER_CONTINUATION
from policykg.ontology.lexicon import Lexicon

__all__ = ["LEVEL_PLACE", "Name", "body_after_number", "composed", "placed_function_body", "joint_issuers", "organ_names", "part_only", "shared_place"]


@dataclass
class Name:
    """An organ name of the header: its text and the spans it was read from (a name may go on on the next line)."""

    text: str
    spans: list[tuple[int, int]]

    def cut(self, at: int) -> tuple["Name", "Name"] | None:
        """The name cut at character ``at`` of its text into two, inside its first span (a name of several lines, "SỞ
        A - CỤC B" / "TỈNH X", is cut in its first line; the lines after it go with the second part)."""
        a, b = self.spans[0]
        if len(self.spans) != 1 and at >= b - a:
            return None
        first = self.text[:b - a]
        return (Name(self.text[:at].strip(), [(a, a + len(self.text[:at].rstrip()))]),
                Name(self.text[at:].strip(), [(a + at + len(first[at:]) - len(first[at:].lstrip()), b), *self.spans[1:]]))


def _above(names: list[Name], a: int, b: int, match: str) -> Name:
    """The name a continuation line at ``a``-``b`` goes on: of the names whose last line is the nearest line above,
    the one in its column (PDF layout puts organs side by side: "CÔNG AN TỈNH X   VIỆN KIỂM SÁT NHÂN DÂN" /
    "TỈNH X" under the second), else the last name."""
    def line_of(at: int) -> int:
        return match.rfind("\n", 0, at) + 1

    own = line_of(a)
    above = [n for n in names if line_of(n.spans[-1][0]) < own]
    if not match or not above:
        return names[-1]
    nearest = max(line_of(n.spans[-1][0]) for n in above)
    row = [n for n in above if line_of(n.spans[-1][0]) == nearest]
    if len(row) < 2:
        return names[-1]
    x0, x1 = a - own, b - own

    def closeness(name: Name) -> tuple[int, int]:
        s0, s1 = (v - nearest for v in name.spans[-1])
        return min(x1, s1) - max(x0, s0), -abs((x0 + x1) - (s0 + s1))
    return max(row, key=closeness)


def organ_names(organs: list[tuple[int, int, str]], lexicon: Lexicon, match: str = "") -> list[Name]:
    """Organ lines joined into names: a line that goes on with a level and a place ("TỈNH LÀO CAI") belongs to
    the name above it, in its column when organs stand side by side; a line that ends with a part's name ("UBND
    TỈNH LÀO CAI VĂN PHÒNG", a Word cell whose line break was lost) is two names."""
    names: list[Name] = []
    for a, b, text in _rows_read_across(organs, lexicon, match):
        goes_on = (HEADER_CONTINUATION.match(text) and not is_bare_head(" ".join(text.split()[:2]), lexicon)
                   or text.startswith("CHI NHÁNH ") or names and _place_of_level(names[-1].text, text, lexicon)) \
            and not (names and _beside(names[-1], Name(text, [(a, b)]), match))   # not "HUYỆN ỦY X   HUYỆN ĐOÀN X"
        if names and _PARTY_CELL.fullmatch(" ".join((over := _above(names, a, b, match)).text.split())) \
                and is_caps(text) and actor_named(text, lexicon, fuzzy=True) is not None:
            over.text += " " + text     # "BAN CÁN SỰ ĐẢNG" / "ỦY BAN NHÂN DÂN TỈNH": the Party cell of that body
            over.spans.append((a, b))
        elif names and (goes_on or re.search(r"(?:\sVÀ|[,&\-–])$", names[-1].text)):     # not "TỈNH ỦY"
            name = _above(names, a, b, match) if goes_on else names[-1]
            name.text += " " + text
            name.spans.append((a, b))
        else:
            names.append(Name(text, [(a, b)]))
    joined: list[Name] = []
    for name in names:
        if joined and len(name.spans) == 1 and match:   # side by side, a line goes on the name in its column
            over = _above(joined, *name.spans[0], match)
            if over is not joined[-1] and not part_only(name.text, lexicon) \
                    and actor_named(name.text, lexicon, fuzzy=True) is None \
                    and actor_named(over.text + " " + name.text, lexicon) is not None:
                over.text += " " + name.text
                over.spans.extend(name.spans)
                continue      # "VIỆN KIỂM SÁT NHÂN DÂN" / "TỐI CAO": a line that names nothing alone goes on the one above
        # (a line that names a body once its OCR'd diacritics are restored, "TONG CUC THUE", names one)
        # "CHỦ TỊCH" / "ỦY BAN NHÂN DÂN TỈNH X": the office the header names as the issuer, its post over its organ
        if joined and not part_only(name.text, lexicon) and actor_named(name.text, lexicon, fuzzy=True) is None \
                and not _beside(joined[-1], name, match) and not _starred_apart(joined[-1], name, match) \
                and _read_together(joined[-1].text, name.text, lexicon) \
                or joined and whole_post(joined[-1].text, lexicon) is not None \
                and office_over(joined[-1].text + " " + name.text, lexicon) is not None:
            joined[-1] = Name(joined[-1].text + " " + name.text, joined[-1].spans + name.spans)
        else:
            joined.append(name)
    split: list[Name] = []
    for name in joined:
        pair = _two_joined_by_and(name, lexicon)
        if pair is not None:
            split.extend(pair)      # "ỦY BAN NHÂN DÂN TỈNH X VÀ ỦY BAN MTTQ VIỆT NAM TỈNH X": two issuers
            continue
        words = list(re.finditer(r"\S+", name.text))
        # a part's name of two words or more after a whole organ's name (not the committee a body belongs to:
        # "BAN CHỈ ĐẠO 35 TỈNH ỦY")
        for k in range(1, len(words) - 1):
            at = words[k].start()
            if is_bare_head(name.text[at:], lexicon) and lexicon.lookup(name.text) is None \
                    and not re.search(r"(?:ỦY|UỶ)$", name.text) \
                    and actor_named(name.text[:at], lexicon) is not None and name.cut(at) is not None:
                split.extend(name.cut(at))
                break
        else:
            together = _run_together(name, None, lexicon) if len(name.spans) == 1 else None
            if together is not None and LEVEL_PLACE.search(together[0][0].text):
                split.extend(n for n, _ in together)    # "UBND TỈNH X SỞ NỘI VỤ": an HTML cell's two paragraphs
            else:
                split.append(name)
    return _parts_in_their_column(_part_of_next_line(split, lexicon), lexicon, match)


# the Party's star under its committee, on a line of its own ("TỈNH ỦY X" / "BAN TỔ CHỨC" / "*" / "UBND TỈNH X")
_STAR_LINE = re.compile(r"(?m)^[ \t|]*\*[ \t|]*$")


def _starred_apart(above: Name, below: Name, match: str) -> bool:
    """A star line stands between two organ names: it closes the Party's group above, so the two are not one name."""
    return bool(match) and _STAR_LINE.search(match, above.spans[-1][1], below.spans[0][0]) is not None


def _part_of_next_line(names: list[Name], lexicon: Lexicon) -> list[Name]:
    """A joint header's line that ends with a part's name after the joining dash ("ỦY BAN NHÂN DÂN TỈNH X - BAN
    THƯỜNG VỤ" / "HỘI NÔNG DÂN TỈNH X"): the part is the board of the body the next line names, not of the organ
    before the dash."""
    out: list[Name] = []
    k = 0
    while k < len(names):
        name = names[k]
        if 0 < k < len(names) - 1 and re.search(r"\s[-–]$", names[k - 1].text) and part_only(name.text, lexicon) \
                and len(name.spans) == 1 and len(names[k - 1].spans) == 1 \
                and names[k - 1].spans[0][1] <= name.spans[0][0] \
                and actor_named(name.text + " " + names[k + 1].text, lexicon) is not None:
            out.append(Name(name.text + " " + names[k + 1].text, name.spans + names[k + 1].spans))
            k += 2
            continue
        out.append(name)
        k += 1
    return out


_LEVEL_WORD = re.compile(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)")


def _place_of_level(above: str, text: str, lexicon: Lexicon) -> bool:
    """A narrow column's header, a word or two a line ("CÔNG AN" / "TỈNH" / "ĐẮK LẮK"): the level alone goes on the
    name above it, and so does the place under a name that ends with its level."""
    if _LEVEL_WORD.fullmatch(text):
        return True
    return bool(re.search(r"\s" + _LEVEL_WORD.pattern + "$", " " + above)) and is_caps(text) \
        and len(text.split()) <= 4 and not re.search(r"[-–,&]", text) and not _LEVEL_WORD.match(text) \
        and actor_named(text, lexicon, fuzzy=True) is None and not is_bare_head(text.split()[0], lexicon)


def _read_together(above: str, text: str, lexicon: Lexicon) -> bool:
    """Two lines of a header read together as one organ's name; an OCR'd first line that reads as nothing alone
    ("TOA ÁN" / "NHÂN DÂN TỈNH X") is read with its diacritics restored."""
    return actor_named(above + " " + text, lexicon) is not None or actor_named(above, lexicon) is None \
        and actor_named(above + " " + text, lexicon, fuzzy=True) is not None


def _parts_in_their_column(names: list[Name], lexicon: Lexicon, match: str) -> list[Name]:
    """A part's name under its body in a layout column ("HUYỆN ỦY X" / "BAN DÂN VẬN", beside another organ) follows
    that body, not the organ the line above ends with, so that it is named with its own body."""
    out = list(names)
    for name in names:
        k = out.index(name)
        if k < 2 or len(name.spans) != 1 or not part_only(name.text, lexicon) or not match:
            continue
        a, b = name.spans[0]
        own = match.rfind("\n", 0, a) + 1
        up = match.rfind("\n", 0, max(own - 1, 0)) + 1      # the line above
        row = [n for n in out[:k] if up <= n.spans[0][0] < own]
        if len(row) < 2 or not any(COLUMN_GAP in match[x.spans[0][1]:y.spans[0][0]] for x, y in zip(row, row[1:])):
            continue
        over = max(row, key=lambda n: min(b - own, n.spans[0][1] - up) - max(a - own, n.spans[0][0] - up))
        if over is not out[k - 1]:
            out.insert(out.index(over) + 1, out.pop(k))
    return out


def _rows_read_across(organs: list[tuple[int, int, str]], lexicon: Lexicon,
                      match: str) -> list[tuple[int, int, str]]:
    """The organ lines in column order when a text without layout read the header's columns row by row: k organs'
    first lines, one under another, then their k second lines ("ỦY BAN NHÂN DÂN" / "ỦY BAN MẶT TRẬN TỔ QUỐC" /
    "LIÊN ĐOÀN LAO ĐỘNG" / "HUYỆN X" / "VIỆT NAM HUYỆN X" / "HUYỆN X"): each first line with its second, when every
    pair names an organ with its place and no first line has a place of its own."""
    if not match or any(COLUMN_GAP in match[a:b] for a, b, _ in organs):
        return organs
    for k in range(len(organs) // 2, 1, -1):
        for i in range(len(organs) - 2 * k + 1):
            first, second = organs[i:i + k], organs[i + k:i + 2 * k]
            if all(not LEVEL_PLACE.search(f[2]) and (is_bare_head(f[2], lexicon) or actor_named(f[2], lexicon, fuzzy=True))
                   and actor_named(s[2], lexicon, fuzzy=True) is None
                   and LEVEL_PLACE.search(f[2] + " " + s[2]) and actor_named(f[2] + " " + s[2], lexicon) is not None
                   for f, s in zip(first, second)):
                return organs[:i] + [x for pair in zip(first, second) for x in pair] + organs[i + 2 * k:]
    return organs


def _beside(left: Name, right: Name, match: str) -> bool:
    """``right`` stands in the next layout column of the line ``left`` ends on ("HUYỆN ỦY X   BCH ĐOÀN TNCS ..."): another
    organ, not the rest of its name."""
    gap = match[left.spans[-1][1]:right.spans[0][0]] if match else ""
    return COLUMN_GAP in gap and "\n" not in gap


def part_only(name: str, lexicon: Lexicon) -> bool:
    """A name that is only a head noun or its first words ("VĂN PHÒNG", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH" of "Ban
    Chấp hành Đảng bộ"): a part of the body named above it."""
    key = match_key(name)
    return is_bare_head(name, lexicon) or key in cues.HEADER_PARTS \
        or any(head.startswith(key + " ") for head, _ in lexicon.head_nouns())


def _two_joined_by_and(name: Name, lexicon: Lexicon) -> tuple[Name, Name] | None:
    """A header line naming two organs joined by "VÀ", each with its level and place ("ỦY BAN NHÂN DÂN TỈNH X VÀ ỦY
    BAN MTTQ VIỆT NAM TỈNH X"): the two names; None for one organ whose name holds "VÀ" ("SỞ GIÁO DỤC VÀ ĐÀO TẠO
    TỈNH X", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")."""
    m = re.search(r"\sVÀ\s", name.text)
    if m is None or len(name.spans) != 1 or lexicon.lookup(name.text) is not None:
        return None
    left, right = name.text[:m.start()], name.text[m.end():]
    if not (LEVEL_PLACE.search(left) and LEVEL_PLACE.search(right)) or actor_named(left, lexicon) is None \
            or actor_named(right, lexicon) is None:
        return None
    first, rest = name.cut(m.start()) or (None, None)
    second = rest.cut(m.end() - m.start() - 1) if rest is not None else None
    return (first, second[1]) if first is not None and second is not None else None


_LEVEL_PLACE_LABEL = re.compile(rf"\s({cues.LEVEL_PATTERN}\s+[A-ZĐ].*)$")


# a managing board named by what it manages, in a header under its organ: "BAN QUẢN LÝ KHU KINH TẾ", "BAN QUẢN LÝ DỰ ÁN
# ĐẦU TƯ XÂY DỰNG", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"
_MANAGING_BOARD = re.compile(r"ban quản lý(?:\s+[^\W\d]+){1,6}")


def placed_function_body(part: str, body: ActorRef) -> ActorRef | None:
    """A body named by what it does under a local organ ("ỦY BAN NHÂN DÂN TỈNH GIA LAI" / "ỦY BAN BẦU CỬ", "BAN QUẢN LÝ
    KHU KINH TẾ"): that place's ("Ủy ban bầu cử tỉnh Gia Lai"); None for any other part."""
    place = _LEVEL_PLACE_LABEL.search(body.label or "")
    found = cues.FUNCTION_BODY.fullmatch(part.lower().strip()) or _MANAGING_BOARD.fullmatch(part.lower().strip())
    if place is None or found is None:
        return None
    label = f"{part.strip()[:1]}{part.strip()[1:].lower()} {place.group(1)}"
    return ActorRef(mint_actor_iri(label), label, "Organization")


def composed(part: str, body: str, lexicon: Lexicon) -> ActorRef | None:
    """The full name of a part the header names under its body: a committee named by its level takes the body's
    place ("ĐẢNG BỘ TỈNH LÀO CAI" / "TỈNH ỦY" -> Tỉnh ủy Lào Cai), any other part the body's name ("ỦY BAN MTTQ
    VIỆT NAM TỈNH X" / "BAN THƯỜNG TRỰC" -> Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh X)."""
    own = own_level_body(part, body, lexicon)     # "TỈNH ỦY X" / "TỈNH ĐOÀN": Tỉnh đoàn X, no part of Tỉnh ủy X
    if own is not None:
        return own
    place = LEVEL_PLACE.search(body)
    if place is not None and re.search(r"(?:ỦY|UỶ)$", part):
        whole = actor_named(part + " " + place.group("place"), lexicon)
        if whole is not None:
            return whole
    return actor_named(part + " " + body, lexicon)


_LAST_PLACE = re.compile(rf"(?i)\s({cues.LEVEL_PATTERN})\s+(\S.*)$")


def shared_place(refs: list[ActorRef], lexicon: Lexicon, written: dict[str, str] | None = None) -> list[ActorRef]:
    """Organs listed together whose level is written after each and whose place only after the last ("HĐND TỈNH -
    UBND TỈNH - ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "giữa Công an tỉnh, ... và Bộ Chỉ huy Quân sự tỉnh Quảng Trị"):
    the place is every one's, each named with it. ``written`` (IRI -> the name as the header writes it): an organ
    written by its local body's name alone ("HỘI NÔNG DÂN - HỘI CỰU CHIẾN BINH" / "TỈNH X") is that level's body too."""
    last = _LAST_PLACE.search(refs[-1].label or "") if refs else None
    if last is None:
        return refs
    level, place = last.group(1).lower(), last.group(2)
    shared = []
    for ref in refs[:-1]:
        label = re.sub(r"\s+cấp\s+(" + level + r")$", r" \1", ref.label or "", flags=re.I)    # "Ủy ban nhân dân cấp tỉnh"
        whole = actor_named(label + " " + place, lexicon) if label.lower().endswith(" " + level) else None
        entry = lexicon.get(ref.iri) if ref.iri and written and ref.iri in written else None
        if (whole is None or not whole.iri) and entry is not None and entry.local_name \
                and match_key(written[ref.iri]) == match_key(entry.local_name):
            whole = actor_named(f"{entry.local_name} {level} {place}", lexicon)
        shared.append(whole if whole is not None and whole.iri else ref)
    return shared + refs[-1:]


_CENTRAL = re.compile(r"^(?:TRUNG ƯƠNG|TW|TƯ|T\.Ư)?$")


def _part_head(text: str, lexicon: Lexicon, level_only: bool = False) -> bool:
    """A part's name: a part's head alone ("ĐOÀN CHỦ TỊCH") or before the name of its body ("BAN CHẤP HÀNH | ĐOÀN XÃ
    X"); ``level_only``: before nothing but the central level ("BAN CHẤP HÀNH TRUNG ƯƠNG")."""
    words = text.split()
    heads = [h for h, _ in lexicon.head_nouns()]
    for m in range(2, len(words) + 1):
        rest = match_key(" ".join(words[m:]))
        if part_only(" ".join(words[:m]), lexicon) and (
                not rest or (_CENTRAL.match(" ".join(words[m:])) if level_only
                             else any(rest == h or rest.startswith(h + " ") for h in heads))):
            return True
    return False


def _run_together(name: Name, count: int | None, lexicon: Lexicon) -> list[tuple[Name, ActorRef]] | None:
    """Organs run together in one cell ("SỞ TƯ PHÁP TỈNH X HỘI LUẬT GIA TỈNH X", a PDF column, an HTML cell's
    paragraphs): the cell cut into ``count`` names as :func:`organruns.organs_run_together` weighs the cuts, or (no
    count) in two at the first cut that leaves two (:func:`organruns.first_two`)."""
    texts = first_two(name.text, lexicon) if count is None else organs_run_together(name.text, count, lexicon)
    if texts is None:
        return None
    parts, rest = [], name
    for text, following in zip(texts, texts[1:]):
        cut = rest.cut(rest.text.index(following, len(text)))
        if cut is None:
            return None
        parts.append(cut[0])
        rest = cut[1]
    parts.append(rest)
    refs = [actor_named(part.text, lexicon) for part in parts]
    return list(zip(parts, refs)) if all(r is not None and r.iri for r in refs) else None


def joint_issuers(resolved: list[tuple[Name, ActorRef]], lexicon: Lexicon, parents: dict[str, ActorRef],
                  codes: int = 0, text: str = "") -> list[ActorRef]:
    """The issuers of a joint document, one per organ name; a part's name under its body ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT
    NAM" / "ĐOÀN CHỦ TỊCH" / "BỘ GIÁO DỤC VÀ ĐÀO TẠO") issues in the body's place, named with the body's name (its
    body goes in ``parents``). The number's codes (``codes``) say how many organs issue: when the header names more, a
    part's name that goes on over the next line ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")
    is one organ, and a part named in full under its body ("ĐOÀN THANH NIÊN ..." / "BAN CHẤP HÀNH ĐOÀN XÃ X") issues
    in the body's place; when it names fewer, organs run together in one cell are cut apart."""
    groups = _ruled_groups(resolved, text)
    if codes >= 2 and len(groups) == codes and any(len(g) > 1 for g in groups):
        groups = [_part_named_whole(group, lexicon) for group in groups]   # "TỈNH ỦY X" / "BAN TỔ CHỨC" / "*" / ...
    if codes >= 2 and len(groups) == codes and any(len(g) > 1 for g in groups) \
            and all(r.iri for g in groups for _, r in g):
        for group in groups:    # "BỘ CÔNG AN" / "CÔNG AN TỈNH X" / "-----" / "QUÂN KHU 4" / "BỘ CHỈ HUY QUÂN SỰ TỈNH"
            parents.update((r.iri, p) for (_, p), (_, r) in zip(group, group[1:]))
        resolved = _level_placed([group[-1] for group in groups], lexicon)
    k = 0
    while codes >= 2 and sum(1 for _, r in resolved if r.iri) < codes and k < len(resolved):
        count = codes - sum(1 for j, (_, r) in enumerate(resolved) if r.iri and j != k)   # the organs it must hold
        parts = _run_together(resolved[k][0], count, lexicon) if len(resolved[k][0].spans) == 1 else None
        resolved[k:k + 1] = parts or resolved[k:k + 1]
        k += len(parts) if parts else 1
    k = 0
    while codes >= 2 and sum(1 for _, r in resolved if r.iri) > codes and k + 1 < len(resolved):
        (first, _), (second, _) = resolved[k], resolved[k + 1]
        joined = first.text + " " + second.text     # a name over two lines the lexicon knows whole: "ĐOÀN CHỦ TỊCH ỦY
        whole = actor_named(joined, lexicon) if (_part_head(first.text, lexicon, True) or lexicon.lookup(joined)) \
            and not _starred_apart(first, second, text) else None     # BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC VIỆT NAM"
        if k and own_level_body(first.text, resolved[k - 1][0].text, lexicon) is not None:
            whole = None    # "TỈNH ỦY X" / "TỈNH ĐOÀN": an organ of its own, not the first line of the next name
        if whole is not None and whole.iri:
            resolved[k:k + 2] = [(Name(first.text + " " + second.text, first.spans + second.spans), whole)]
        k += 1
    if codes >= 2 and sum(1 for _, r in resolved if r.iri) < codes:
        resolved = _place_shared_below(resolved, lexicon)
    extra = codes >= 2 and sum(1 for _, r in resolved if r.iri) > codes
    issuers: list[ActorRef] = []
    for k, (name, ref) in enumerate(resolved):
        parent_name, parent = resolved[k - 1] if k else (None, None)
        sibling = sibling_committee(name.text, parent_name.text if parent_name else "", resolved[k + 1:], lexicon)
        if sibling is not None:
            issuers.append(sibling)     # "LIÊN ĐOÀN LAO ĐỘNG TỈNH" / "TỈNH ĐOÀN - HỘI ... TỈNH X": its own organ
            resolved[k] = (name, sibling)
            continue
        if parent is not None and parent.iri and (not ref.iri or part_only(name.text, lexicon)):
            whole = composed(name.text, parent_name.text, lexicon)
        else:
            whole = ref if parent is not None and parent.iri and extra and _part_head(name.text, lexicon) else None
        if whole is not None and whole.iri:
            issuers = [r for r in issuers if r.iri != parent.iri] + [whole]
            parents[whole.iri] = parent
            resolved[k] = (name, whole)
            continue
        if ref.iri and k + 1 < len(resolved) and _PARTY_ABOVE.fullmatch(" ".join(name.text.split())) \
                and resolved[k + 1][1].kind == "PartyCommittee":
            parents[resolved[k + 1][1].iri] = ref   # "ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY XÃ Y": the Party body it sits in
            continue
        if ref.iri:
            issuers.append(ref)
    return issuers


# the Party's header opens with the organisation above the issuing committee: "ĐẢNG BỘ TỈNH X" over "ĐẢNG ỦY XÃ Y"
_PARTY_ABOVE = re.compile(r"ĐẢNG\s+BỘ\s+\S.*")


# a rule, or the Party's star (a Markdown copy escapes its first mark: "\\--------")
_RULE_LINE = re.compile(r"(?m)^[ \t|*_\\]*(?:[-–_=]{3,}|\*)[ \t|*_]*$")


def _part_named_whole(group: list[tuple[Name, ActorRef]], lexicon: Lexicon) -> list[tuple[Name, ActorRef]]:
    """A ruled group that ends with a part's bare name under its body ("TỈNH ỦY X" / "BAN TỔ CHỨC"): the part named
    with its body's name ("Ban Tổ chức Tỉnh ủy X")."""
    own = own_level_body(group[-1][0].text, group[-2][0].text, lexicon) if len(group) >= 2 else None
    if own is not None:     # "TỈNH ỦY X" / "- TỈNH ĐOÀN": Tỉnh đoàn X
        return group[:-1] + [(group[-1][0], own)]
    if len(group) < 2 or group[-1][1].iri or not group[-2][1].iri:
        return group
    whole = composed(group[-1][0].text, group[-2][0].text, lexicon)
    return group[:-1] + [(group[-1][0], whole)] if whole is not None and whole.iri else group


def _ruled_groups(resolved: list[tuple[Name, ActorRef]], text: str) -> list[list[tuple[Name, ActorRef]]]:
    """The organ names of a header in the groups its rule lines part ("BỘ CÔNG AN" / "CÔNG AN TỈNH X" / "--------"
    / ...): each organ under the body it belongs to, one group an issuer; one group when no rule parts them."""
    groups: list[list[tuple[Name, ActorRef]]] = []
    for name, ref in resolved:
        if groups and not (text and _RULE_LINE.search(text, groups[-1][-1][0].spans[-1][1], name.spans[0][0])):
            groups[-1].append((name, ref))
        else:
            groups.append([(name, ref)])
    return groups


def _level_placed(resolved: list[tuple[Name, ActorRef]], lexicon: Lexicon) -> list[tuple[Name, ActorRef]]:
    """Issuers whose names end in a level without its place ("BỘ CHỈ HUY QUÂN SỰ TỈNH") named with the place another
    issuer of the header writes after that level ("CÔNG AN TỈNH X")."""
    places = {m.group(1).lower(): m.group(2) for _, r in resolved if (m := _LAST_PLACE.search(r.label or ""))}
    out = []
    for name, ref in resolved:
        level = re.search(rf"(?i)\s({cues.LEVEL_PATTERN})$", ref.label or "")
        whole = actor_named(f"{ref.label} {places[level.group(1).lower()]}", lexicon) \
            if level and level.group(1).lower() in places else None
        out.append((name, whole if whole is not None and whole.iri else ref))
    return out


def _place_shared_below(resolved: list[tuple[Name, ActorRef]], lexicon: Lexicon) -> list[tuple[Name, ActorRef]]:
    """A joint header that writes the level and place once, under its last organ ("ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ
    VIỆT NAM" / "TỈNH X"): an organ above it that names no body alone is that level's and place's body."""
    out = list(resolved)
    for k, (name, ref) in enumerate(out):
        below = next((n for n, r in out[k + 1:] if r.iri and LEVEL_PLACE.search(n.text)), None)
        if ref.iri or below is None or not is_caps(name.text):
            continue
        whole = actor_named(name.text + LEVEL_PLACE.search(below.text).group(0).rstrip(), lexicon)
        if whole is not None and whole.iri:
            out[k] = (name, whole)
    return out


# a Party cell named alone over the body it sits in: "BAN CÁN SỰ ĐẢNG" / "ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ĐOÀN" / "HỘI ..."
_PARTY_CELL = re.compile(r"(?i)ban\s+cán\s+sự\s+đảng|đảng\s+đoàn")


# a collective's board named alone on the header's first line: "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN THƯỜNG VỤ"
_BOARD_ALONE = re.compile(r"(?i)ban\s+(?:chấp\s+hành|thường\s+vụ|thường\s+trực)(?:\s+trung\s+ương)?")


def body_after_number(organs: list[tuple[int, int, str]], later: list[tuple[int, int, str]],
                      lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The body a board's header line names, when text without its layout put it after the number and the subject
    ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "Số: ..." / "V/v ..." / "ĐOÀN TNCS HỒ CHÍ MINH"): the first organ line after the
    number, when the only organ line before it is a board alone and the two name one body; else nothing."""
    if len(organs) != 1 or not later or not _BOARD_ALONE.fullmatch(re.sub(r"\s+", " ", organs[0][2].strip())):
        return []
    body = later[0]
    if actor_named(body[2], lexicon) is None or actor_named(organs[0][2] + " " + body[2], lexicon) is None:
        return []
    return [body]
