"""The cells of a footer's line: the line split at runs of spaces and at table cell separators, as PDF layout text and
Word tables put the recipients list and the signature blocks side by side."""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder import framecues
from policykg.graph_builder.brokennames import respaced_signer
from policykg.graph_builder.headercells import doubled_runs
from policykg.graph_builder.model import Span
from policykg.graph_builder.organs import actor_named, is_bare_head, is_caps, person_name, post_of, whole_post
from policykg.graph_builder.vocabulary import COLUMN_GAP
from policykg.ontology.lexicon import Lexicon

__all__ = ["footer_cells", "list_item_at", "skipped_blank", "whole_name"]

_KEPT_THEN_NAME = re.compile(r"^\s*[-+•*–]?\s*(?:Lưu|LƯU)\b.*?[.;]\s+(?P<name>[^\s.;,]+(?: [^\s.;,]+){1,4})$")
_CELL = re.compile(r"[^|\s](?:[^|\n]*?[^|\s])?(?=\s{2,}|\s*\||\s*$)")
# a mode with nothing after it ("KT.", "T/M"): what it signs for is the next cell when a doubled space parts them
_BARE_MODE = re.compile(r"(?:T\.?\s?/?\s?M|K\.?\s?/?\s?T|T\.?\s?/?\s?L|T\.?U\.?Q)[.,]?|Q\.")
_LOOSE_MARKS = re.compile(r"^[|.,;:~]+\s+|\s+[|.,;:~]+$")
_DOUBLED = "  "     # two spaces between words: a doubled space, or the narrowest gap between a Word cell's paragraphs
_NEVER_LAST = frozenset({"thi", "thị", "van", "văn"})      # middle names that never end a person's name


def footer_cells(line: str, lexicon: Lexicon | None = None) -> list[tuple[int, str]]:
    """(offset in the line, text) of the cells of a footer line; a recipients cell that runs on into a signature
    block, as a web copy flattens the footer to one line ("Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH ..."), is
    two cells. With the ``lexicon``, cells a doubled space parted are one again where only together they read as
    a mode, a post, a name or a note (``_rejoined``)."""
    cells = []
    for m in _pieces(line):
        text = framecues.capital_i(m.group(0).strip(" *_\\"))   # a backslash at a line end: a Markdown line break
        text = _LOOSE_MARKS.sub("", text)   # OCR's marks left of a line or right of it ("PHÓ CHỦ TỊCH ;", "| Nguyễn")
        if not text:
            continue
        if framecues.RECIPIENTS.match(text) or framecues.RECIPIENT_ITEM.match(text):
            mode = _inner_mode(text)
            if mode is not None:
                cells += [(m.start(), text[:mode.start()].rstrip()), (m.start() + mode.start(), text[mode.start():])]
                continue
            name = _KEPT_THEN_NAME.match(text)      # "- Lưu: VT, TH. Nguyễn Văn A": the signer's name run into the list
            at = text.index(name.group("name"), name.start("name")) if name is not None and \
                person_name(name.group("name")) is not None else _block_after_item(text, lexicon)
            if at is not None:
                cells += [(m.start(), text[:at].rstrip()), (m.start() + at, text[at:])]
                continue
        mode = _mode_after_organ(text, lexicon) if lexicon is not None else None
        if mode is not None:    # "BỘ CÔNG AN KT. BỘ TRƯỞNG ...": a Word cell flattened, its organ over its block
            cells += [(m.start(), text[:mode].rstrip()), (m.start() + mode, text[mode:])]
            continue
        cells.append((m.start(), text))
    if lexicon is None:
        return cells
    cells = [(offset, respaced_signer(text, lexicon)) for offset, text in _rejoined(line, cells, lexicon)]   # "Đặ ng"
    return _bare_mode_joined([piece for offset, text in cells for piece in _blocks_run_on(offset, text, lexicon)])


# a web copy that flattened a joint document's blocks into one line: the next block's mode after the name that ends
# a block ("... Thượng tướng Lò Văn A TM. BAN THƯỜNG VỤ ..."), or a block with no mode after the list's last item
# ("- Lưu: 4 bên. BỘ TRƯỞNG BỘ X (Đã ký) ...")
_MODE_AFTER_NAME = re.compile(r"(?<=\w)\s+(?=(?:T\.?\s?/?\s?M|K\.?\s?/?\s?T|T\.?\s?/?\s?L|T\.?U\.?Q)\.\s+"
                              r"[" + cues.UPPER + r"])")
_KEPT_THEN_CAPS = re.compile(r"(?:Lưu|LƯU)\b[^.;]*[.;]\s+(?P<caps>[" + cues.UPPER + r"]{2,}"
                             r"(?: [" + cues.UPPER + r"]+)+)")


def _blocks_run_on(offset: int, text: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """A cell that holds several blocks a web copy ran into one line, cut before each block."""
    kept = _KEPT_THEN_CAPS.search(text) if framecues.RECIPIENTS.match(text) or framecues.RECIPIENT_ITEM.match(text) \
        else None
    cuts = [kept.start("caps")] if kept is not None and post_of(kept.group("caps"), lexicon) is not None else []
    if cues.SIGNATURE_MODE.match(text) or cuts:
        cuts += [c.end() for c in _MODE_AFTER_NAME.finditer(text)
                 if c.end() > (cuts[0] if cuts else 0) and text[c.start() - 1].islower()]     # a name's last letter
    if not cuts:
        return [(offset, text)]
    bounds = [0] + cuts + [len(text)]     # the pieces' spaces single, as a block's reader splits at single spaces
    return [(offset + a, " ".join(text[a:b].split())) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


_BARE_BEHALF = re.compile(r"ĐẠI DIỆN|Đại diện")


def _bare_mode_joined(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A mode or "ĐẠI DIỆN" alone in its cell, what it signs for in the next cell of the line (a table's block
    flattened to one line, its line breaks now gaps: "ĐẠI DIỆN    CÔNG AN TỈNH    GIÁM ĐỐC ..."): one cell."""
    out: list[tuple[int, str]] = []
    for cell in cells:
        if out and (_BARE_BEHALF.fullmatch(out[-1][1]) or _BARE_MODE.fullmatch(out[-1][1])) and is_caps(cell[1].split()[0]) \
                and not (cues.SIGNATURE_MODE.match(cell[1]) or _BARE_BEHALF.match(cell[1]) or _BARE_MODE.fullmatch(cell[1])):
            out[-1] = (out[-1][0], out[-1][1] + " " + cell[1])
        else:
            out.append(cell)
    return out


# the body's closing mark, then the recipients list on the same line ("... để được hướng dẫn./. Nơi nhận: - ...", a web
# copy that flattened the letter's end into one paragraph)
_CLOSED_THEN_RECIPIENTS = re.compile(r"(?<=/\.)\s+(?=" + framecues.RECIPIENTS.pattern.replace("^\\s*", "", 1) + ")")


def _pieces(line: str) -> list[re.Match]:
    """The cells of ``line`` as matches; of a cell whose body text closes before the recipients list, the list and
    what follows it (the body's last sentence, and its item's number a cell before it, are no footer cells)."""
    pieces = []
    for m in _CELL.finditer(line):
        cut = _CLOSED_THEN_RECIPIENTS.search(m.group(0))
        pieces = pieces + [m] if cut is None else [_CELL.match(line, m.start() + cut.end(), m.end())]
    return pieces


def _inner_mode(text: str) -> re.Match | None:
    """The first signature mode inside a cell, a word of its own with its dot or slash ("KT. ", "T/M "; not "KTVB"),
    signing for a post or an organ: "- Lưu: VT, KT. Nguyễn Văn A" keeps its unit's initials ("KT"), then a name."""
    return next((x for x in cues.SIGNATURE_MODE.finditer(text) if x.start() > 0 and text[x.start() - 1] == " "
                 and re.search(r"[./]", x.group(0)) and text[x.end():x.end() + 1] == " "
                 and not whole_name(text[x.end():].strip())), None)


def whole_name(text: str) -> str | None:
    """The person's name that the text is and nothing else (a rank in front aside: "Nguyễn Văn A", "Đại tá Y Ngọc"
    give "Nguyễn Văn A", "Y Ngọc"), or None."""
    name = person_name(text)
    return name if name is not None and text.lower().endswith(name.lower()) else None


_ITEM_END = re.compile(r"[;:.][ \t]+(?=\S)")


def _block_after_item(text: str, lexicon: Lexicon | None) -> int | None:
    """Where a signature block's line starts inside a recipients line, as a PDF text layer runs the two columns
    together line by line: after the cue or an item's end, a post in capitals, a signed note or a name ("Nơi nhận:
    THỦ TƯỚNG", "- Như trên; CHÁNH VĂN PHÒNG", "- Như Điều 3; (Đã ký)", "- Chính phủ; Nguyễn Văn A"); None when
    the line holds no such tail."""
    for end in (_ITEM_END.finditer(text) if lexicon is not None else ()):
        rest = text[end.end():].strip()
        if (is_caps(rest) and whole_post(rest, lexicon)) or cues.SIGNED_NOTE.fullmatch(rest) or whole_name(rest):
            return end.end()
    return None


def _mode_after_organ(text: str, lexicon: Lexicon) -> int | None:
    """Where a signature mode starts after an organ's name in capitals that opens the cell ("VIỆN KIỂM SÁT NHÂN DÂN
    TỐI CAO KT. VIỆN TRƯỞNG PHÓ VIỆN TRƯỞNG ...", a joint document's block in a Word cell whose lines were joined),
    or None."""
    if cues.SIGNATURE_MODE.match(text) or cues.ON_BEHALF.match(text):
        return None
    mode = _inner_mode(text)
    head = text[:mode.start()].strip() if mode is not None else ""
    if len(head.split()) < 2 or not is_caps(head) or whole_post(head, lexicon) is not None \
            or actor_named(head, lexicon) is None:
        return None
    return mode.start()


def _rejoined(line: str, cells: list[tuple[int, str]], lexicon: Lexicon) -> list[tuple[int, str]]:
    """The cells with the pieces of one item joined again where a doubled space parted them ("KT.  CHỦ TỊCH",
    "PHÓ CHỦ  TỊCH", "Nguyễn  Văn An", "Trần Thanh  Mẫn", "(Đã  ký)", a block whose every space is doubled): the
    longest run of pieces, each two spaces from the next, that reads whole as one item while some piece of it reads
    as none alone. Two cells that each read as an item (a Word cell's paragraphs "BÍ THƯ  Nguyễn Văn A", two
    columns) stay apart."""
    out: list[tuple[int, str]] = []
    for cell in cells:
        if out and _goes_on(line, out[-1], cell, lexicon):
            out[-1] = (out[-1][0], line[out[-1][0]:cell[0] + len(cell[1])])
        else:
            out.append(cell)
    cells = out
    runs = doubled_runs(len(cells), lambda j: line[cells[j][0] + len(cells[j][1]):cells[j + 1][0]] == _DOUBLED,
                        lambda i, k: _one_item([text for _, text in cells[i:k + 1]], lexicon))
    joined = [(cells[i][0], cells[k][0] + len(cells[k][1]), " ".join(text for _, text in cells[i:k + 1]))
              for i, k in runs]    # (start, end in the line, text) of each run
    return _cuts_joined(line, joined, lexicon)


def _cuts_joined(line: str, runs: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, str]]:
    """The cells with a name or a post a doubled space cut at the end of a flattened block joined again
    (``_name_cut``, ``_post_cut``)."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in runs:
        if out and line[out[-1][1]:start] == _DOUBLED and (_name_cut(out[-1][2], text)
                                                           or _post_cut(out[-1][2], text, lexicon)):
            out[-1] = (out[-1][0], end, out[-1][2] + " " + text)
        else:
            out.append((start, end, text))
    return [(start, text) for start, _, text in out]


def _one_item(pieces: list[str], lexicon: Lexicon) -> bool:
    """The pieces read together as one mode, post, name or note, and not each as an item of its own."""
    whole = " ".join(pieces)
    if _BARE_MODE.fullmatch(pieces[0]) and (is_caps(" ".join(pieces[1:])) or len(pieces) == 2
                                            and is_caps(" ".join(pieces[1].split()[:2]))):
        return True         # "KT." / "CHỦ TỊCH", "KT." / "THỦ TƯỚNG PHÓ THỦ TƯỚNG Lò Văn A" (a flattened block)
    if _value_goes_on(pieces, lexicon):
        return True         # "TM. ỦY BAN THƯỜNG" / "VỤ QUỐC HỘI", "KT. BỘ" / "TRƯỞNG"
    if _BARE_MODE.fullmatch(pieces[0]) or any(cues.SIGNATURE_MODE.match(p) for p in pieces):
        return False
    if len(pieces) == 2 and match_key(pieces[0].split()[-1]) in _NEVER_LAST and person_name(whole) is not None:
        return True         # "Lê Thị" / "Thu Hằng": no name ends in "Thị" or "Văn"
    if len(pieces) == 2 and match_key(pieces[1].split()[0]) == "thị" and person_name(whole) is not None:
        return True         # "Rơ Mah" / "Thị Hlin": no name opens with "Thị"
    if all(_an_item(p, lexicon) for p in pieces):
        return False
    return _an_item(whole, lexicon) or len(pieces) == 2 and _organ_cut(pieces[0], pieces[1], lexicon)


def _organ_cut(first: str, rest: str, lexicon: Lexicon) -> bool:
    """An organ's line over its block cut inside its head ("BỘ CHỈ  HUY BỘ ĐỘI BIÊN PHÒNG TỈNH"): in capitals, it
    names an organ whole; the piece after the cut names none, opens with no head and is no item of a block."""
    return is_caps(first + " " + rest) and not _an_item(first, lexicon) and not _an_item(rest, lexicon) \
        and actor_named(rest, lexicon) is None and not is_bare_head(rest.split()[0], lexicon) \
        and actor_named(first + " " + rest, lexicon) is not None


def _value_goes_on(pieces: list[str], lexicon: Lexicon) -> bool:
    """A mode whose value a doubled space cut ("TM. ỦY BAN THƯỜNG  VỤ QUỐC HỘI", "KT. BỘ  TRƯỞNG"): the whole value
    in capitals is an organ the vocabulary knows, a post or a head ("BAN CHẤP HÀNH"), the piece the mode holds is
    neither."""
    mode = cues.SIGNATURE_MODE.match(pieces[0])
    if mode is None or any(cues.SIGNATURE_MODE.match(p) for p in pieces[1:]):
        return False
    value = pieces[0][mode.end():].strip()
    whole = " ".join([value] + pieces[1:])
    if value and is_caps(whole) and _organ_cut_after_post(value, " ".join(pieces[1:]), lexicon):
        return True
    if not value or not is_caps(whole) or lexicon.lookup(value) is not None or whole_post(value, lexicon) is not None:
        return False
    if lexicon.lookup(whole) is not None or whole_post(whole, lexicon) is not None:
        return True
    after = " ".join(pieces[1:])    # "TM. BAN THƯỜNG  TRỰC": a head of the vocabulary whose last word reads as nothing
    return is_bare_head(whole, lexicon) and actor_named(after, lexicon) is None and not _an_item(after, lexicon) \
        and not (is_bare_head(value, lexicon) and is_bare_head(after, lexicon))   # "T/M BAN  THƯỜNG VỤ" too


def _organ_cut_after_post(value: str, after: str, lexicon: Lexicon) -> bool:
    """"KT. GIÁM ĐỐC SỞ  Y TẾ": the organ after the post in the mode's value, cut after its head noun; the head and the
    piece after it name an organ, and that piece is no item of a block alone."""
    words = value.split()
    return any(whole_post(" ".join(words[:k]), lexicon) is not None and is_bare_head(" ".join(words[k:]), lexicon)
               and actor_named(" ".join(words[k:] + [after]), lexicon) is not None for k in range(1, len(words))) \
        and not _an_item(after, lexicon)


def _an_item(text: str, lexicon: Lexicon) -> bool:
    return whole_post(text, lexicon) is not None or person_name(text) is not None \
        or bool(cues.SIGNED_NOTE.match(text) or cues.SIGNED_NOTE_IN.fullmatch(text) or framecues.RECIPIENTS.fullmatch(text))


def _name_cut(before: str, text: str) -> bool:
    """A signer's name a doubled space cut after its family name, at the end of a flattened block ("THỦ TƯỚNG Đỗ  Minh
    Khoa"): the cell after it is the rest of the name."""
    words, rest = before.split(), text.split()
    if len(words) < 2 or not 1 <= len(rest) <= 3:
        return False
    family = words[-1]
    return family[:1].isupper() and match_key(family) in cues.FAMILY_NAMES \
        and person_name(" ".join([family] + rest)) is not None


def _post_cut(before: str, text: str, lexicon: Lexicon) -> bool:
    """A post a doubled space cut after its first word ("KT. GIÁM ĐỐC PHÓ  GIÁM ĐỐC Lò Văn A", "CHÁNH  THANH TRA"):
    that word, which names no organ alone, and the words in capitals that open the cell after it read together as a
    post."""
    first = before.split()[-1]
    if not is_caps(first) or lexicon.lookup(first) is not None:
        return False
    rest = text.split()
    caps = next((m for m in range(len(rest), 0, -1) if is_caps(" ".join(rest[:m]))), 0)
    return any(whole_post(" ".join([first] + rest[:m]), lexicon) is not None for m in range(caps, 0, -1))


def _goes_on(line: str, before: tuple[int, str], cell: tuple[int, str], lexicon: Lexicon) -> bool:
    """A recipient's line parted by a doubled space ("- Các Bộ:  Y tế,  Công Thương;", "- TT.TU;  TT. HĐND TP;"), also
    a list flattened into one table cell ("| Nơi nhận:  - Bộ Y  tế; - Lưu: VT. | ..."): the cell after it goes on the
    item unless it reads as a piece of a signature block (a mode, a post, a name)."""
    if line[before[0] + len(before[1]):cell[0]] != _DOUBLED:
        return False
    if not (framecues.RECIPIENT_ITEM.match(line) or framecues.RECIPIENTS.match(before[1])
            or framecues.RECIPIENT_ITEM.match(before[1])):
        return False
    return not (cues.SIGNATURE_MODE.match(cell[1]) or _BARE_MODE.fullmatch(cell[1]) or _an_item(cell[1], lexicon))


def skipped_blank(line: str, start: int, skipped: list[Span]) -> str:
    """A footer line at ``start`` with what skipped spans hold of it blanked, the line's length kept: a PDF page's
    running head or number between a block's post and its name ("THỨ TRƯỞNG" / "CÔNG BÁO/Số 12/Ngày ..." / "3" /
    "Nguyễn Văn A"), also after a name on its line when a form feed ran the page's first line onto it."""
    end = start + len(line)
    for sk in skipped:
        if sk.start < end and start < sk.end:
            a, b = max(sk.start, start) - start, min(sk.end, end) - start
            line = line[:a] + " " * (b - a) + line[b:]
    return line


_LIST_ITEM = re.compile(r"^[ \t]*(?:[-+•*–]|" + COLUMN_GAP + r")[ \t]*$")


def list_item_at(line: str, offset: int) -> bool:
    """The cell at ``offset`` opens its line as an item of a list: after a bullet ("- ", "* ", which the match form
    of a Markdown list turns into a column gap)."""
    return _LIST_ITEM.match(line[:offset]) is not None
