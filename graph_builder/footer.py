"""The footer of a formal document: the signature block(s) and the recipients list ("Nơi nhận:").

A signature block reads, top to bottom, the modes with what they sign for ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
TỊCH"), the post signed in ("PHÓ CHỦ TỊCH"), a note ("(Đã ký)") and the person's name ("Nguyễn Văn A", with a rank
in front for the armed forces). As published, the recipients list and the signature block stand side by side
(PDF layout text interleaves them line by line; Word tables put them in cells) and a joint document has one block
per issuer, side by side or one under the other. The footer is read as cells (lines split at runs of spaces and
at table cell separators); a cell is a mode, a post, a name, a note, or recipients text. Blocks side by side are
told apart by their column.

The first footer holding a signed name is the document's own; later ones (in annexed forms) are frame too, but
sign nothing. The footer ends where a new part starts (an appendix, an attached regulation, a heading).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import ActorRef, FrameBlock, Signature, SourceText, Span
from policykg.graph_builder.organs import actor_named, is_caps, person_name, post_of
from policykg.ontology.lexicon import Lexicon

__all__ = ["Footer", "read_footer"]

# a quick look for a footer's first line before reading its cells
_ANCHOR_HINT = re.compile(r"Nơi nhận|NƠI NHẬN|" + cues.SIGNATURE_MODE.pattern)
_CELL = re.compile(r"[^|\s](?:[^|\n]*?[^|\s])?(?=\s{2,}|\s*\||\s*$)")


@dataclass
class Footer:
    signatures: list[Signature] = field(default_factory=list)
    blocks: list[FrameBlock] = field(default_factory=list)
    signed_for: list[ActorRef] = field(default_factory=list)     # the organs "TM. <organ>" names


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


@dataclass
class _Block:
    items: list[_Item] = field(default_factory=list)

    def complete(self) -> bool:
        return any(i.what == "person" for i in self.items)


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset in the line, text) of the cells of a footer line."""
    return [(m.start(), m.group(0).strip(" *_")) for m in _CELL.finditer(line) if m.group(0).strip(" *_")]


def _signature_items(text: str, start: int, column: int, lexicon: Lexicon) -> list[_Item] | None:
    """The signature items of one cell ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" -> two modes; "PHÓ CHỦ TỊCH Nguyễn
    Thành Sinh" -> a post and a person), or None when the cell is no part of a signature block."""
    if cues.SIGNED_NOTE.match(text):
        return [_Item("note", text, None, start, start + len(text), column)]
    modes = list(cues.SIGNATURE_MODE.finditer(text))
    if modes and modes[0].start() == 0:
        items = []
        for k, m in enumerate(modes):
            end = modes[k + 1].start() if k + 1 < len(modes) else len(text)
            raw = text[m.end():end]
            body = raw.strip()
            letters = re.sub(r"[^A-Za-zĐđ]", "", m.group("mode")).upper().replace("Đ", "D")
            item = _Item("mode", body, cues.SIGNATURE_MODES.get(letters), start + m.start(), start + end, column)
            item.value_at = start + m.end() + len(raw) - len(raw.lstrip())
            items.append(item)
        return items
    name = person_name(text)
    if name is not None:
        return [_Item("person", name, None, start, start + len(text), column)]
    post = post_of(text, lexicon) if is_caps(text.split(" ")[0]) else None
    if post is None:
        return None
    words = text.split(" ")
    for k in range(1, len(words)):            # "PHÓ CHỦ TỊCH Nguyễn Thành Sinh": the name after the capitals
        if not is_caps(words[k]):
            head, tail = " ".join(words[:k]), " ".join(words[k:])
            name = person_name(tail)
            if name is not None and post_of(head, lexicon) is not None:
                split = start + len(head) + 1
                return [_Item("post", post_of(head, lexicon), None, start, split, column),
                        _Item("person", name, None, split, start + len(text), column)]
            return None
    return [_Item("post", post, None, start, start + len(text), column)]


def _is_anchor(cells: list[tuple[int, str]]) -> bool:
    return bool(cells) and (bool(cues.RECIPIENTS.match(cells[0][1]))
                            or any(cues.SIGNATURE_MODE.match(text) for _, text in cells))


@functools.lru_cache(maxsize=4)
def _post_line(lexicon: Lexicon) -> re.Pattern:
    """A line that opens with a post in capitals ("PHÓ CHỦ TỊCH", "BỘ TRƯỞNG")."""
    names = sorted({n.upper() for n in lexicon.post_names()}, key=len, reverse=True)
    return re.compile(r"^[\s|*_]*(?:" + "|".join(re.escape(n).replace("\\ ", r"\s+") for n in names) + r")(?![\w])")


def _signed_post_at(lines: list[tuple[int, str]], i: int, lexicon: Lexicon) -> bool:
    """A signature block without a mode or recipients: a post line in capitals and, within the next four lines, a
    person's name ("THỦ TƯỚNG" / "(Đã ký)" / "Nguyễn Văn A")."""
    if not _post_line(lexicon).match(lines[i][1]):
        return False
    cells = _cells(lines[i][1])
    if not cells or post_of(cells[0][1], lexicon) is None or not is_caps(cells[0][1]):
        return False
    for _, line in lines[i + 1:i + 5]:
        if any(person_name(text) for _, text in _cells(line)):
            return True
    return False


def _region(lines: list[tuple[int, str]], i: int, lexicon: Lexicon) -> tuple[int, list[_Item], bool]:
    """From the anchor line ``i``: the index after the footer region, its signature items, whether it lists
    recipients."""
    items: list[_Item] = []
    recipients = False
    j = i
    while j < len(lines) and j - i < 60:
        start, line = lines[j]
        cells = _cells(line)
        if not cells:
            j += 1
            continue
        if j > i and (cues.AFTER_FOOTER.match(line.strip(" |*_")) or (line.lstrip().startswith("|") and len(cells) >= 3
                                                                        and not any(c[1].startswith("Nơi nhận") for c in cells))):
            break   # an appendix, an attached regulation, a table of tasks
        found: list[_Item] = []
        footer_line = True
        for offset, text in cells:
            sig = _signature_items(text, start + offset, offset, lexicon)
            if sig is not None:
                found.extend(sig)
            elif cues.RECIPIENTS.match(text) or cues.RECIPIENT_ITEM.match(text):
                recipients = True
            elif not (recipients and len(text) <= 120 and not is_caps(text)):
                footer_line = False
        if not footer_line:
            break
        items.extend(found)
        j += 1
    return j, items, recipients


def _columns(items: list[_Item]) -> list[list[_Item]]:
    """The items of each signature block column: by column when blocks stand side by side, else in reading order."""
    by_line: dict[int, int] = {}
    for it in items:
        if it.what in ("mode", "post", "person"):
            by_line[it.start - it.column] = by_line.get(it.start - it.column, 0) + 1
    if not by_line or max(by_line.values()) < 2:
        return [items]
    columns: list[tuple[int, list[_Item]]] = []
    for it in items:
        for x, members in columns:
            if abs(x - it.column) <= 12:
                members.append(it)
                break
        else:
            columns.append((it.column, [it]))
    return [members for _, members in sorted(columns, key=lambda c: c[0])]


def _blocks(items: list[_Item]) -> list[_Block]:
    blocks: list[_Block] = []
    for column in _columns(items):
        block = _Block()
        for it in column:
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
    """The organ a block signs for: its "TM. <organ>", matched to an issuer when the header names it in full."""
    for it in block.items:
        if it.what == "mode" and it.value and post_of(it.value, lexicon) is None:
            key = match_key(it.value)
            for ref in issuers:
                if ref.label and (match_key(ref.label) == key or match_key(ref.label).startswith(key + " ")):
                    return ref
            ref = actor_named(it.value, lexicon, fuzzy=True)
            if ref is not None:
                return ref
            return issuers[0] if len(issuers) == 1 else None
    return issuers[0] if len(issuers) == 1 else None


def _signature(block: _Block, issuers: list[ActorRef], lexicon: Lexicon) -> Signature | None:
    post = None
    for it in block.items:
        if it.what == "post":
            post = it.value
        elif it.what == "mode" and it.value and post_of(it.value, lexicon) is not None and post is None:
            post = post_of(it.value, lexicon)
    if post is None:
        return None
    modes = [it.mode for it in block.items if it.what == "mode" and it.mode]
    person = next((it.value for it in block.items if it.what == "person"), None)
    span = Span(min(it.start for it in block.items), max(it.end for it in block.items))
    return Signature(post=post, person=person, mode=modes[-1] if modes else None,
                     organ=_organ(block, issuers, lexicon), span=span)


def _signed_for(block: _Block, issuers: list[ActorRef], lexicon: Lexicon, footer: Footer) -> None:
    """The organ a block signs for ("TM. BỘ CHÍNH TRỊ"): an actor named in the footer (a frame block that names it)."""
    for it in block.items:
        if it.what == "mode" and it.mode == "TM." and it.value and post_of(it.value, lexicon) is None:
            ref = _organ(_Block([it]), issuers, lexicon)
            if ref is not None and ref.iri:
                footer.blocks.append(FrameBlock("footer", Span(it.value_at, it.value_at + len(it.value)), ref))
                if ref not in footer.signed_for:
                    footer.signed_for.append(ref)


def read_footer(source: SourceText, lexicon: Lexicon, issuers: list[ActorRef], after: int = 0) -> Footer:
    """The signature blocks and recipients lists after ``after`` (the header's end), with their frame blocks; the
    document's signatures are those of the first footer that names a signer."""
    footer = Footer()
    lines = []
    pos = 0
    for line in source.match.split("\n"):
        if pos >= after:
            lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    signed = False
    while i < len(lines):
        line = lines[i][1]
        if not ((_ANCHOR_HINT.search(line) and _is_anchor(_cells(line))) or _signed_post_at(lines, i, lexicon)):
            i += 1
            continue
        j, items, recipients = _region(lines, i, lexicon)
        end = lines[j - 1][0] + len(lines[j - 1][1])
        footer.blocks.append(FrameBlock("recipients" if recipients else "footer", Span(lines[i][0], end)))
        signatures = [s for s in (_signature(b, issuers, lexicon) for b in _blocks(items)) if s is not None]
        if not signed and any(s.person for s in signatures):
            footer.signatures = [s for s in signatures if s.person]
            signed = True
        for b in _blocks(items):
            _signed_for(b, issuers, lexicon, footer)
        i = max(j, i + 1)
    return footer
