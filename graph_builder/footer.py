"""The footer of a formal document: the signature block(s) and the recipients list ("Nơi nhận:").

A signature block reads, top to bottom, the modes with what they sign for ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
TỊCH"), the post signed in ("PHÓ CHỦ TỊCH"), a note ("(Đã ký)") and the person's name ("Nguyễn Văn A", with a rank
in front for the armed forces). As published, the recipients list and the signature block stand side by side
(PDF layout text interleaves them line by line; Word tables put them in cells) and a joint document has one block
per issuer, side by side or one under the other. The footer is read as cells (lines split at runs of spaces and
at table cell separators); a cell is a mode, a post, a name, a note, or recipients text. Blocks side by side are
told apart by their column.

The first footer holding a signed name is the document's own; later ones (in annexed forms, or closing a text the
document issues) are frame too, their named signers kept apart (``Footer.later``: ``attachedsigners`` says which
sign). The footer ends where a new part starts (an appendix, an attached regulation, a heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.core.textnorm import ascii_fold, match_key
from policykg.graph_builder import cues, framecues
from policykg.graph_builder.flatfooter import caps_name_end, post_ends, unflattened
from policykg.graph_builder.footercells import footer_cells, list_item_at, skipped_blank
from policykg.graph_builder.model import ActorRef, FrameBlock, Signature, SourceText, Span
from policykg.graph_builder.namedblocks import signed_name_at
from policykg.graph_builder.organs import (actor_named, deputy_of, is_bare_head, is_caps, issuer_headed_by, issuer_named,
                                           office_over, person_name, post_in_unit, post_of, post_of_modes, whole_post)
from policykg.graph_builder.postnames import post_and_name, signed_post_at, trim_separator
from policykg.graph_builder.runblocks import names_run_together, unrun_blocks
from policykg.graph_builder.runrows import block_lines
from policykg.graph_builder.signedfor import (board_issuer, issuer_by_prefix, organ_goes_on, post_after_item, post_after_name,
                                              seal_text)
from policykg.graph_builder.signmarks import IMAGE_NOTE, IMAGE_NOTE_IN, STAMP_FIELD, foot_name, name_goes_on, stamp_name, stray_mark
from policykg.ontology.lexicon import Lexicon

__all__ = ["Footer", "read_footer"]

# a quick look for a footer's first line before reading its cells
_ANCHOR_HINT = re.compile(framecues.RECIPIENTS.pattern.replace("^", "", 1) + "|" + cues.SIGNATURE_MODE.pattern + "|"
                          + cues.ON_BEHALF.pattern.replace("^", "", 1))
# "CHỦ TỊCH | PHÓ GIÁM ĐỐC", also of three cells or more and with a bar closing the row ("A | B | C |"); not a
# Markdown row ("| A | B |")
_BARRED_ROW = re.compile(r"[^|\s][^|\n]*(?:[ \u00a0]\|[ \u00a0][^|\n]*[^|\s])+(?:[ \u00a0]+\|)?[ \u00a0]*$")
_LEVEL_COMMITTEE = re.compile(r"(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?:ĐOÀN|ỦY|UỶ)")     # named by its level alone


@dataclass
class Footer:
    signatures: list[Signature] = field(default_factory=list)
    blocks: list[FrameBlock] = field(default_factory=list)
    signed_for: list[ActorRef] = field(default_factory=list)     # the organs "TM. <organ>" names
    later: list[list[Signature]] = field(default_factory=list)   # the named signers of each later footer


@dataclass
class _Item:
    """One signature cell: what it is ('mode', 'post', 'person', 'note'), its value, where it is."""

    what: str
    value: str
    mode: str | None
    start: int
    end: int
    column: int
    value_at: int = -1      # a mode: where what it signs for starts ("TM. | ỦY BAN NHÂN DÂN")
    line: int = -1          # where its line starts


@dataclass
class _Block:
    items: list[_Item] = field(default_factory=list)

    def complete(self) -> bool:
        return any(i.what == "person" for i in self.items)


def _signature_items(text: str, start: int, column: int, lexicon: Lexicon) -> list[_Item] | None:
    """The signature items of one cell ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" -> two modes; "PHÓ CHỦ TỊCH Nguyễn
    Thành Sinh" -> a post and a person; a block flattened to one line, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn
    Văn A", -> a mode, a post, a note and a person), or None when the cell is no part of a signature block."""
    note = cues.SIGNED_NOTE_IN.search(text) or IMAGE_NOTE_IN.search(text)
    if note is not None and (text[:note.start()].strip() or text[note.end():].strip()):
        items = []
        for piece, at in ((text[:note.start()], 0), (None, note.start()), (text[note.end():], note.end())):
            if piece is None:
                items.append(_Item("note", note.group(0), None, start + at, start + note.end(), column))
                continue
            body = piece.strip()
            if not body:
                continue
            found = _signature_items(body, start + at + len(piece) - len(piece.lstrip()), column, lexicon)
            if found is None:
                return None
            items.extend(found)
        return items
    if cues.SIGNED_NOTE.match(text) or cues.SIGNED_NOTE_IN.fullmatch(text) or IMAGE_NOTE.match(text):
        return [_Item("note", text, None, start, start + len(text), column)]
    if cues.SIGNED_BY.match(text):      # a digital signature's stamp: the signer's name, when it is a person's
        name = stamp_name(text)
        return None if name is None else [_Item("person", name, None, start + len(text) - len(name), start + len(text), column)]
    behalf = cues.ON_BEHALF.match(text)
    if behalf is not None:      # "ĐẠI DIỆN HỘI NÔNG DÂN TỈNH": what it signs for, with no mode of the list
        value, tail = _split_tail(text[behalf.end():].strip(), start + behalf.end(), column, lexicon)
        item = _Item("mode", value, None, start, start + len(text), column)
        item.value_at = start + behalf.end()
        return [item, *tail]
    modes = list(cues.SIGNATURE_MODE.finditer(text))
    if modes and modes[0].start() == 0:
        items = []
        for k, m in enumerate(modes):
            end = modes[k + 1].start() if k + 1 < len(modes) else len(text)
            raw = text[m.end():end]
            body = raw.strip()
            at = start + m.end() + len(raw) - len(raw.lstrip())
            value, tail = _split_tail(body, at, column, lexicon)
            letters = re.sub(r"[^A-Za-zĐđ]", "", m.group("mode")).upper().replace("Đ", "D")
            item = _Item("mode", value, cues.SIGNATURE_MODES.get(letters), start + m.start(), start + end, column)
            item.value_at = at
            items.append(item)
            items.extend(tail)
        return items
    joined = post_and_name(text, lexicon)     # "Phó Chủ tịch: Nguyễn Văn An", "PHÓ CHỦ TỊCH - Nguyễn Văn An"
    if joined is not None:
        return [_Item("post", joined.post, None, start, start + joined.post_end, column),
                _Item("person", joined.name, None, start + joined.name_at, start + len(text), column)]
    name = None if whole_post(text, lexicon) else person_name(text) or _deputy_family(text, lexicon) \
        or (text if names_run_together(text) else None)
    if name is not None:
        return [_Item("person", name, None, start, start + len(text), column)]
    if whole_post(text, lexicon) is not None:
        return [_Item("post", whole_post(text, lexicon), None, start, start + len(text), column)]
    head, tail = _split_tail(text, start, column, lexicon)
    if tail and not head:
        return tail
    if tail and is_caps(head) and post_of(head, lexicon) is not None:
        return [_Item("post", post_of(head, lexicon), None, start, start + len(head), column)] + tail
    post = post_of(text, lexicon) if is_caps(text.split(" ")[0]) and is_caps(text) else None
    return None if post is None else [_Item("post", post, None, start, start + len(text), column)]


def _deputy_family(text: str, lexicon: Lexicon) -> str | None:
    """A line of a person whose family name is "Phó" ("Phó Hải Nam" under "PHÓ CHỦ TỊCH"): written as a name, the
    words after "Phó" a person's given names, not a post's."""
    words = text.split()
    if len(words) < 3 or words[0] != "Phó" or post_of(text, lexicon) is not None \
            or post_of(" ".join(words[1:]), lexicon) is not None:
        return None
    return text if person_name(" ".join(words[1:])) == " ".join(words[1:]) else None


def _signs_for(head: str, lexicon: Lexicon) -> bool:
    """What a mode can sign for: the head's post ("CHỦ TỊCH") or an organ ("ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ");
    not the first words of a longer post ("PHÓ", "PHÓ TỔNG" of "PHÓ TỔNG GIÁM ĐỐC"); an organ numbered by its area
    ("BỘ TƯ LỆNH VÙNG CẢNH SÁT BIỂN 1") is one; a head who holds two posts
    ("BỘ TRƯỞNG, CHỦ NHIỆM" of the Government Office) signs for both."""
    return whole_post(head, lexicon) is not None or is_bare_head(head, lexicon) \
        or actor_named(re.sub(r"\s+\d{1,2}$", "", head), lexicon) is not None \
        or "," in head and all(whole_post(part, lexicon) is not None for part in re.split(r"\s*,\s*", head))


def _split_tail(body: str, start: int, column: int, lexicon: Lexicon) -> tuple[str, list[_Item]]:
    """What a cell holds after what it opens with: a person's name at its end ("... Nguyễn Văn A") and, before
    it, a post in capitals ("CHỦ TỊCH PHÓ CHỦ TỊCH": the head's post, then the post signed in). Returns the
    opening text and the items of the tail."""
    words = body.split(" ")
    tail: list[_Item] = []
    k = next((k for k in range(1, len(words) - 1) if not is_caps(words[k]) and person_name(" ".join(words[k:]))), None)
    while k is not None and k > 1 and cues.PERSON_PREFIX.fullmatch(words[k - 1] + " "):
        k -= 1      # a title in capitals before the name is the name's ("THỨ TRƯỞNG TS. Trần Văn A"), not the post's
    caps = caps_name_end(words) if k is None else None      # "... PHÓ BÍ THƯ NGUYỄN THỊ HUYỀN": after a post only
    k = caps if caps and post_ends(words[caps - 1], lexicon) and any(whole_post(" ".join(words[m:caps]), lexicon)
                                                                      for m in range(caps)) else k
    if k is not None:
        head = " ".join(words[:k])
        tail.append(_Item("person", person_name(" ".join(words[k:])), None, start + len(head) + 1, start + len(body), column))
        words = trim_separator(words[:k])       # "KT. CHỦ TỊCH PHÓ CHỦ TỊCH - Nguyễn Văn An"
    for k in range(1, len(words)):
        rest, head = " ".join(words[k:]), " ".join(words[:k])
        if is_caps(rest) and is_caps(head) and whole_post(rest, lexicon) is not None and _signs_for(head, lexicon) \
                and not _name_goes_on(words, k, lexicon):
            tail.insert(0, _Item("post", whole_post(rest, lexicon), None, start + len(head) + 1,
                                 start + len(head) + 1 + len(rest), column))
            words = words[:k]
            break
    return " ".join(words), tail


def _name_goes_on(words: list[str], k: int, lexicon: Lexicon) -> bool:
    """The name of what a mode signs for goes on past word ``k``, over what reads as a post: "ĐOÀN CHỦ TỊCH" (the
    Presidium), "BAN BÍ THƯ" (the Secretariat) are organs, not "ĐOÀN" / "BAN" and a post."""
    return any(is_bare_head(" ".join(words[:m]), lexicon) or lexicon.lookup(" ".join(words[:m])) is not None
               for m in range(k + 1, len(words) + 1))


def _is_anchor(cells: list[tuple[int, str]]) -> bool:
    return bool(cells) and (bool(framecues.RECIPIENTS.match(cells[0][1]))
                            or any(cues.SIGNATURE_MODE.match(text) or cues.ON_BEHALF.match(text) for _, text in cells))


def _in_column(items: list[_Item], column: int) -> list[_Item]:
    return [it for it in items if abs(it.column - column) <= 12]


def _continues_mode(items: list[_Item], column: int, text: str, lexicon: Lexicon) -> bool:
    """A cell in capitals under a mode's line, in its column, before any post of that column: the rest of what the
    mode signs for ("TM. ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI"; "KT. BỘ TRƯỞNG" / "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", the
    organ of the head's post); the mode's value takes it in."""
    if not is_caps(text) or len(text) > 80:
        return False
    column_items = _in_column(items, column)
    if not column_items or column_items[-1].what != "mode" or not column_items[-1].value:
        return False
    mode = column_items[-1]
    if mode.mode not in ("TM.", None) and not (post_of(mode.value, lexicon) is not None
                                               and actor_named(text, lexicon) is not None):
        return False
    mode.value = mode.value + " " + text
    return True


def _continues_post(items: list[_Item], column: int, text: str, lexicon: Lexicon) -> bool:
    """A cell in capitals under a post that names its unit, in its column, where the unit's name goes on ("PHÓ GIÁM
    ĐỐC SỞ VĂN HÓA," / "THỂ THAO VÀ DU LỊCH"): the post takes it in."""
    column_items = _in_column(items, column)
    if not is_caps(text) or not column_items or column_items[-1].what != "post":
        return False
    post = column_items[-1]
    if not re.search(r"(?:[,\-–&]|\s[Vv]à)$", post.value) or post_in_unit(post.value + " " + text, lexicon)[1] is None:
        return False
    post.value = post.value + " " + text
    return True


def _name_in_column(items: list[_Item], column: int, text: str, start: int, lexicon: Lexicon) -> _Item | None:
    """A name in capitals at the foot of a block's column, under its post or its note ("PHÓ CHỦ TỊCH" / "(Đã ký)" /
    "Y NGÔN KBUÔR"): the signer, whatever the family name (``person_name`` alone takes capitals only after a common
    family name, as a line in capitals elsewhere is rarely a name)."""
    column_items = _in_column(items, column)
    if not column_items or column_items[-1].what not in ("post", "note") or post_of(text, lexicon) is not None:
        return None
    if not is_caps(text):       # the name ends the cell, after words no rule knows ("Trung tuớng Nguyễn Văn Sơn")
        words = text.split()
        name = next((n for k in range(max(0, len(words) - 5), len(words) - 1)
                     for n in (foot_name(" ".join(words[k:])), person_name(" ".join(words[k:]))) if n), None)
        return None if name is None else _Item("person", name, None, start, start + len(text), column)
    if actor_named(text, lexicon) is not None:
        return None
    titled = " ".join("".join(p[:1] + p[1:].lower() for p in re.split(r"(['’-])", w)) for w in text.split())
    name = person_name(titled) or foot_name(titled)
    return None if name is None else _Item("person", name, None, start, start + len(text), column)


def _name_broken(items: list[_Item], column: int, text: str, previous: int) -> _Item | None:
    """The name on the line before (starting at ``previous``), in the column, that ``text`` ends."""
    column_items = _in_column(items, column)
    last = column_items[-1] if column_items else None
    return last if last is not None and last.what == "person" and last.line == previous \
        and name_goes_on(last.value, text) else None


def _organ_line(text: str, start: int, column: int, issuers: list[ActorRef], lexicon: Lexicon) -> _Item | None:
    """A line in capitals naming an issuer above its block, as joint documents stack their blocks ("CÔNG AN TỈNH X" /
    "GIÁM ĐỐC" / name, then "VIỆN KIỂM SÁT NHÂN DÂN TỈNH X" / "KT. VIỆN TRƯỞNG" / ...)."""
    if not is_caps(text) or len(text) > 100 or not issuers:
        return None
    if issuer_named(text, issuers, lexicon) is None and (_LEVEL_COMMITTEE.fullmatch(text) is None
                                                          or issuer_by_prefix(text, issuers) is None):
        return None     # "TỈNH ĐOÀN" over its block: "Tỉnh đoàn X", which the vocabulary knows as a kind of body
    item = _Item("organ", text, None, start, start + len(text), column)
    item.value_at = start
    return item


def _organ_row(line: str, issuers: list[ActorRef], lexicon: Lexicon) -> bool:
    """A line whose every cell names an issuer: the organs' names over their blocks, stacked or side by side
    ("CÔNG AN TỈNH     BỘ CHỈ HUY QUÂN SỰ TỈNH     BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH")."""
    cells = footer_cells(line)
    return bool(cells) and all(_organ_line(text, 0, 0, issuers, lexicon) is not None for _, text in cells)


def _region(lines: list[tuple[int, str]], i: int, lexicon: Lexicon,
            issuers: list[ActorRef]) -> tuple[int, list[_Item], bool]:
    """From the anchor line ``i``: the index after the footer region, its signature items, whether it lists
    recipients."""
    items: list[_Item] = []
    recipients = False
    j = i
    while j < len(lines) and j - i < 60:
        start, line = lines[j]
        cells = footer_cells(line, lexicon)
        if not cells or (len(cells) == 1 and cues.PAGE_NUMBER.match(cells[0][1])):
            j += 1          # a blank line, or a page break inside the footer (the page's number)
            continue
        if j > i and (framecues.AFTER_FOOTER.match(line.strip(" |*_")) or (line.lstrip().startswith("|") and len(cells) >= 3
                                                                        and not any(framecues.RECIPIENTS.match(c[1]) for c in cells))):
            break   # an appendix, an attached regulation, a table of tasks
        found: list[_Item] = []
        footer_line = True
        piped = "|" in line     # a table's row: its cells' columns are their places in the row, not in the line
        for offset, text in cells:
            if not any(c.isalnum() for c in text) or stray_mark(text):
                continue    # a stray mark of the stamp or the signature's image between post and name (" [ ", "ố ,")
            column = line.count("|", 0, offset) * 100 if piped else offset
            name = _name_broken(items, column, text, lines[j - 1][0] if j > i else -1)
            if name is not None:
                name.value, name.end = name_goes_on(name.value, text), start + offset + len(text)
                continue    # "Nguyễn Thị Thanh" / "Hương": a name broken in a narrow column
            if organ_goes_on(_in_column(items + found, column), text, lexicon):
                continue    # "TM. TRUNG ƯƠNG ĐOÀN TNCS" / "HỒ CHÍ MINH": the organ's name goes on, not a person's
            sig = _signature_items(text, start + offset, column, lexicon)
            if sig is None and _continues_post(items, column, text, lexicon):
                continue    # "PHÓ GIÁM ĐỐC SỞ VĂN HÓA," / "THỂ THAO VÀ DU LỊCH": the unit of the post goes on
            if sig is None:
                name = _name_in_column(items, column, text, start + offset, lexicon)
                sig = [name] if name is not None else None
            if sig is not None:
                found.extend(sig)
            elif _continues_mode(items, column, text, lexicon):
                pass        # "TM. BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN TỈNH": what the mode signs for, on two lines
            elif _organ_line(text, start + offset, column, issuers, lexicon) is not None:
                found.append(_organ_line(text, start + offset, column, issuers, lexicon))
            elif framecues.rank_alone(text) or STAMP_FIELD.match(text):
                pass        # "Thượng tướng" on a line of its own, the name under it; a stamp's "Email:", "Cơ quan:"
            elif seal_text([it.what for it in _in_column(items + found, column)], text, issuers):
                pass        # "ỦY BAN" / "NHÂN DÂN" / "HUYỆN X": the seal's imprint between the post and the name
            elif framecues.RECIPIENTS.match(text) or framecues.RECIPIENT_ITEM.match(text) or \
                    (recipients and list_item_at(line, offset)):
                recipients = True   # an item of the list, also one in capitals ("- VPTW, VPCP, VPQH,")
                tail = post_after_item(text, lexicon)   # "- Thường trực Đảng ủy xã; PHÓ CHỦ TỊCH": PDF text's columns
                found += [_Item("post", tail[1], None, start + offset + tail[0], start + offset + len(text), column)] \
                    if tail is not None else []
            elif not (recipients and framecues.recipient_line(text, is_caps(text), line)):
                footer_line = False
        if not footer_line:
            break
        for it in found:
            it.line = start
        items.extend(found)
        j += 1
    return j, items, recipients


def _columns(items: list[_Item]) -> list[list[_Item]]:
    """The items of each signature block column: by column when blocks stand side by side, else in reading order
    (a Word cell flattened to one line, "TM. ỦY BAN NHÂN DÂN   CHỦ TỊCH   Trần Văn Hùng", is one block)."""
    by_line: dict[tuple[int, str], int] = {}
    for it in items:      # blocks stand side by side when one line holds two modes, two posts or two names
        if it.what in ("mode", "post", "person"):
            key = (it.line, it.what)
            by_line[key] = by_line.get(key, 0) + 1
    if not by_line or len({line for line, _ in by_line}) == 1:
        return [items]      # one block, or blocks flattened in a row of one line ("| TM. ... Name | KT. ... Name |")
    columns: list[tuple[int, list[_Item]]] = []
    for it in items:      # each item to the nearest column (centred blocks start a few characters apart)
        near = min((c for c in columns if abs(c[0] - it.column) <= 12), key=lambda c: abs(c[0] - it.column), default=None)
        if near is not None:
            near[1].append(it)
        else:
            columns.append((it.column, [it]))
    signed = [m for _, m in columns if any(i.what in ("mode", "post") for i in m) and any(i.what == "person" for i in m)]
    if max(by_line.values()) < 2 and len(signed) < 2:
        return [items]      # side by side also when two columns each hold a post and a name, on lines of their own
    return [members for _, members in sorted(columns, key=lambda c: c[0])]


def _blocks(items: list[_Item]) -> list[_Block]:
    blocks: list[_Block] = []
    for column in _columns(items):
        block, first = _Block(), len(blocks)
        for k, it in enumerate(column):
            if not block.items and len(blocks) > first and it.what == "post" \
                    and post_after_name([i.what for i in blocks[-1].items], [i.what for i in column[k + 1:]]):
                blocks[-1].items.append(it)     # "K/T GIÁM ĐỐC" / name / "PHÓ GIÁM ĐỐC": the name read before its post
                continue
            if it.what == "mode" and block.complete() or (it.what == "mode" and it.mode == "TM." and block.items):
                blocks.append(block)
                block = _Block()
            block.items.append(it)
            if it.what == "person":
                blocks.append(block)
                block = _Block()
        if block.items:
            blocks.append(block)
    return blocks


def _organ(block: _Block, issuers: list[ActorRef], lexicon: Lexicon) -> ActorRef | None:
    """The organ a block signs for: its "TM. <organ>", matched to an issuer when the header names it in full; the
    organ of the head's post a "KT." names ("KT. BỘ TRƯỞNG BỘ CÔNG AN": Bộ Công an)."""
    for it in block.items:
        if it.what == "organ":
            return issuer_named(it.value, issuers, lexicon)
        if it.what == "mode" and len(issuers) > 1 and (board := board_issuer(it.value, issuers, lexicon)) is not None:
            return board    # "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH" of a joint document: that issuer's board
        over = office_over(it.value, lexicon) if it.what == "mode" and it.value else None
        if over is not None and over[1].iri:    # "KT. GIÁM ĐỐC SỞ X": that issuer, also when the header gives its place
            return issuer_by_prefix(over[1], issuers) or over[1]
        if it.what == "mode" and it.value and post_of(it.value, lexicon) is None:
            key = match_key(it.value)
            for ref in issuers:
                if ref.label and (match_key(ref.label) == key or match_key(ref.label).startswith(key + " ")):
                    return ref
            ref = actor_named(it.value, lexicon, fuzzy=True)     # "TM. THƯỜNG TRỰC HĐND": the issuer with its place
            if ref is not None:
                return issuer_by_prefix(ref, issuers) or ref
            return issuers[0] if len(issuers) == 1 else None
    if len(issuers) == 1:
        return issuers[0]
    return issuer_headed_by([post_of(it.value, lexicon) if it.what == "mode" else it.value for it in block.items
                             if it.what in ("mode", "post") and it.value], issuers, lexicon)


def _signature(block: _Block, issuers: list[ActorRef], lexicon: Lexicon) -> Signature | None:
    # the post signed in is the first post line; a second one is the signer's concurrent title ("PHÓ TRƯỞNG BAN
    # THƯỜNG TRỰC" / "PHÓ CHỦ TỊCH UBND TỈNH"); the head's post a mode names ("KT. CHỦ TỊCH") only without a post line
    posts = [it.value for it in block.items if it.what == "post"]
    modes = [it.mode for it in block.items if it.what == "mode" and it.mode]
    post = posts[0] if posts else post_of_modes([(it.mode, it.value) for it in block.items
                                                 if it.what == "mode" and it.value], lexicon)
    person = next((it.value for it in block.items if it.what == "person"), None)
    if post is None and not (person and ("TM." in modes or all(it.what in ("person", "note") for it in block.items))):
        return None     # a block for a collective may print no post: "T/M BAN BÍ THƯ" / (đã ký) / name
    if post is None:    # a name alone: its block's lines lost (read only when no other block signs: read_footer)
        return Signature(post=None, person=person, mode="TM." if modes else None, organ=_organ(block, issuers, lexicon),
                         span=Span(min(it.start for it in block.items), max(it.end for it in block.items)))
    head = post_of_modes([(it.mode, it.value) for it in block.items if it.what == "mode" and it.mode == "KT."], lexicon)
    head, alone = (post_in_unit(head, lexicon)[0], post_in_unit(post, lexicon)[0]) if head else (None, post)  # no organ
    # "KT. THỦ TƯỚNG" over no post line and no name, a post line whose "PHÓ" OCR lost, "KT. BO TRUONG" / "THU TRUONG"
    if head is not None and (match_key(head) == match_key(alone) and (person is None or len(posts) == 1)
                             or ascii_fold(match_key(deputy_of(head))) == ascii_fold(match_key(alone))):
        post = deputy_of(head) + (post[len(alone):] if post.startswith(alone) else "")    # the deputy, its unit kept
    span = Span(min(it.start for it in block.items), max(it.end for it in block.items))
    post, unit = post_in_unit(post, lexicon)
    if unit is not None:        # "GIÁM ĐỐC CÔNG AN TỈNH" of the issuer "Công an tỉnh Bắc Ninh": that issuer
        key = match_key(unit.label)
        unit = next((i for i in issuers if i.iri == unit.iri or match_key(i.label).startswith(key + " ")), unit)
    return Signature(post=post, person=person, mode=modes[-1] if modes else None,
                     organ=unit or _organ(block, issuers, lexicon), span=span)


def _signed_for(block: _Block, issuers: list[ActorRef], lexicon: Lexicon, footer: Footer) -> None:
    """The organ a block signs for ("TM. BỘ CHÍNH TRỊ"): an actor named in the footer (a frame block that names it)."""
    for it in block.items:
        if it.what == "mode" and it.mode == "TM." and it.value and post_of(it.value, lexicon) is None:
            ref = _organ(_Block([it]), issuers, lexicon)
            if ref is not None and ref.iri:
                footer.blocks.append(FrameBlock("footer", Span(it.value_at, it.value_at + len(it.value)), ref))
                if ref not in footer.signed_for:
                    footer.signed_for.append(ref)


def read_footer(source: SourceText, lexicon: Lexicon, issuers: list[ActorRef], after: int = 0, organs: int = 0) -> Footer:
    """The signature blocks and recipients lists after ``after`` (the header's end), with their frame blocks (rows of
    up to ``organs`` blocks run together laid out: ``runrows``); the signatures: the first footer's naming a signer."""
    footer = Footer()
    lines = []
    pos = 0
    for line in source.match.split("\n"):
        if pos >= after:    # "A | B": cells a copy parted with bars and no table around them count the columns
            line = skipped_blank(line, pos, source.skipped)    # a page's running head between a post and its name
            written = source.text[pos:pos + len(line)]
            barred = "|" in written and _BARRED_ROW.match(written)     # (no bar, no barred row: not searched)
            lines.extend(unflattened(pos, "".join("|" if t == "|" else c for c, t in zip(line, written))
                                     if barred else line, lexicon))   # a footer run into one line
        pos += len(line) + 1
    lines, i, signed = block_lines(lines, lexicon, source.match, organs), 0, False   # "KT. GIÁM" / "ĐỐC"; "KT. A KT. B"
    unnamed: list[Signature] = []
    while i < len(lines):
        line = lines[i][1]
        if not ((_ANCHOR_HINT.search(line) and _is_anchor(footer_cells(line, lexicon)))
                or signed_post_at(lines, i, lexicon) or signed_name_at(lines, i, lexicon)):
            i += 1
            continue
        anchor = i          # read on past it: a region that ends above it would walk back to it again, forever
        while i > 0 and _organ_row(lines[i - 1][1], issuers, lexicon):
            i -= 1          # the organ's name stands above its block: "CÔNG AN TỈNH X" / "GIÁM ĐỐC"
        j, items, recipients = _region(lines, i, lexicon, issuers)
        items = unrun_blocks(items, source.match, lexicon)  # "KT. A KT. B" / "THỨ TRƯỞNG THỨ TRƯỞNG": PDF text, no layout
        end = lines[j - 1][0] + len(lines[j - 1][1])
        footer.blocks.append(FrameBlock("recipients" if recipients else "footer", Span(lines[i][0], end)))
        signatures = [s for s in (_signature(b, issuers, lexicon) for b in _blocks(items)) if s is not None]
        if any(s.post or s.mode for s in signatures):
            signatures = [s for s in signatures if s.post or s.mode]     # a name alone there is no signer's
        if not signed and any(s.person for s in signatures):
            footer.signatures, signed = [s for s in signatures if s.person], True
        elif signed:        # an attached text's blocks, or an annexed form's (``attachedsigners`` tells them apart)
            footer.later.append([s for s in signatures if s.person])
        elif not unnamed:
            unnamed = [s for s in signatures if s.post]     # "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG", the name not printed
        for b in _blocks(items):
            _signed_for(b, issuers, lexicon, footer)
        i = max(j, anchor + 1)
    if not signed:
        footer.signatures = unnamed
    return footer
