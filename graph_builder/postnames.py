"""A signer's post and name written on one line of a signature block, parted by a colon, a dash or a space: "Phó Chủ
tịch: Nguyễn Văn An", "PHÓ CHỦ TỊCH - Nguyễn Văn An", "Giám đốc Trần Thị Bình", "PHÓ BÍ THƯ THƯỜNG TRỰC: Lê Văn
Cường" (a copy that prints each block as one line of text, or a web page's signature paragraph). The post is one of
the vocabulary's, in capitals or as a sentence writes it; the name is a person's. Used by ``footer``.

>>> from policykg.ontology import load_lexicon
>>> lexicon = load_lexicon()
>>> post_and_name("Phó Chủ tịch: Nguyễn Văn An", lexicon)
PostAndName(post='Phó Chủ tịch', post_end=12, name='Nguyễn Văn An', name_at=14)
>>> post_and_name("PHÓ BÍ THƯ THƯỜNG TRỰC - Lê Văn Cường", lexicon).post
'Phó Bí thư Thường trực'
>>> post_and_name("Nguyễn Văn An", lexicon) is None, post_and_name("Chủ tịch Ủy ban nhân dân tỉnh", lexicon) is None
(True, True)
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.footercells import footer_cells, whole_name
from policykg.graph_builder.organs import is_caps, person_name, post_of, whole_post
from policykg.graph_builder.runblocks import names_run_together
from policykg.graph_builder.signmarks import foot_name, stamp_name
from policykg.ontology.lexicon import Lexicon

__all__ = ["PostAndName", "post_and_name", "signed_post_at", "trim_separator"]


class PostAndName(NamedTuple):
    post: str           # the post, as the vocabulary writes it
    post_end: int       # where the post's text ends in the cell
    name: str           # the person's name (a rank in front left out)
    name_at: int        # where the name's text starts in the cell


# what parts the post from the name: a colon after the post, a dash between spaces, a signed note between spaces
# ("BỘ TRƯỞNG (Đã ký) Nguyễn Văn A"), or spaces only
_SEPARATOR = re.compile(r"[ \t]*:[ \t]*|[ \t]+[-–—][ \t]+|[ \t]+(?:" + cues.SIGNED_NOTE_IN.pattern + r")[ \t]+|[ \t]+",
                        re.I)


def post_and_name(text: str, lexicon: Lexicon) -> PostAndName | None:
    """The post and the name of a cell that holds both, the post first; None when it holds no post or no name."""
    for gap in _SEPARATOR.finditer(text):
        head, rest = text[:gap.start()], text[gap.end():]
        if not head[:1].isupper() or not rest[:1].isupper():
            continue
        if gap.group(0).isspace() and (is_caps(rest) or _two_posts(head, lexicon)) and not _bare_post(head, lexicon):
            continue    # after a space only, capitals: a post and its unit ("GIÁM ĐỐC SỞ GIÁO DỤC VÀ | ĐÀO TẠO",
            #             "CHỦ TỊCH ... TỈNH | CAO BẰNG") or a concurrent title ("TRƯỞNG BAN PHÓ THỦ TƯỚNG") go on
        mixed = any(len(word) > 1 and is_caps(word) for word in head.split(" "))    # "TRƯỞNG BAN ... Nguyễn"
        post = whole_post(head, lexicon) or (post_of(head, lexicon) if not mixed else None)
        name = whole_name(rest) if post else None     # (a rank in front left out: "Đại tá Y Ngọc")
        if name:
            return PostAndName(post, gap.start(), name, len(text) - len(name))
    return None


@functools.lru_cache(maxsize=4)
def _post_keys(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(match_key(n) for n in lexicon.post_names())


def _bare_post(head: str, lexicon: Lexicon) -> bool:
    """The text is one of the vocabulary's posts and nothing more ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC"; not "GIÁM ĐỐC SỞ Y
    TẾ")."""
    post = whole_post(head, lexicon)
    return post is not None and match_key(post) in _post_keys(lexicon)


def _two_posts(head: str, lexicon: Lexicon) -> bool:
    """The text is two of the vocabulary's posts one after the other, the signing post and a concurrent title
    ("TRƯỞNG BAN PHÓ THỦ TƯỚNG"): the post is the first, read at the gap after it."""
    words = head.split()
    return is_caps(head) and any(_bare_post(" ".join(words[:k]), lexicon) and _bare_post(" ".join(words[k:]), lexicon)
                                 for k in range(1, len(words)))


def trim_separator(words: list[str]) -> list[str]:
    """The words of a post without the colon or dash that parted it from a name ("PHÓ CHỦ TỊCH -", "CHỦ TỊCH:")."""
    words = list(words)
    while words and words[-1] in ("-", "–", "—", ":"):
        words.pop()
    if words and words[-1].endswith(":"):
        words[-1] = words[-1][:-1]
    return words


@functools.lru_cache(maxsize=4)
def _post_line(lexicon: Lexicon) -> re.Pattern:
    """A line that opens with a post in capitals ("PHÓ CHỦ TỊCH", "BỘ TRƯỞNG")."""
    names = sorted({n.upper() for n in lexicon.post_names()}, key=len, reverse=True)
    return re.compile(r"^[\s|*_]*(?:" + "|".join(re.escape(n).replace("\\ ", r"\s+") for n in names) + r")(?![\w])")


def signed_post_at(lines: list[tuple[int, str]], i: int, lexicon: Lexicon) -> bool:
    """A signature block without a mode or recipients: a post line in capitals and, within the next four lines that
    are not blank (the seal's space), a person's name ("THỦ TƯỚNG" / "(Đã ký)" / "Nguyễn Văn A"), also on the post's
    own line, as a table's cell flattens its block ("BỘ TRƯỞNG BỘ X    (Đã ký)    Nguyễn Văn A | ...") or as one
    line writes the post and the name ("GIÁM ĐỐC - Nguyễn Văn A": ``post_and_name``)."""
    if not _post_line(lexicon).match(lines[i][1]):
        return False
    cells = footer_cells(lines[i][1], lexicon)
    joined = post_and_name(cells[0][1], lexicon) if cells else None
    head = cells[0][1][:joined.post_end] if joined else cells[0][1] if cells else ""
    if not cells or post_of(head, lexicon) is None or not is_caps(head):
        return False
    return joined is not None or any(
        _names_person(text)
        for k, (_, line) in enumerate([lines[i]] + [x for x in lines[i + 1:i + 9] if x[1].strip()][:4])
        for _, text in footer_cells(line, lexicon)[1 if k == 0 else 0:]) or _named_in_column(lines, i, lexicon)


def _names_person(text: str) -> str | None:
    return person_name(text) or names_run_together(text) or stamp_name(text) or foot_name(text)


_COLUMN_REACH = 8       # lines of cells under a post in which its column may hold the name (the seal's space, notes)


def _named_in_column(lines: list[tuple[int, str]], i: int, lexicon: Lexicon) -> bool:
    """The post's own column names a person under it, past notes and empty cells ("BỘ TRƯỞNG" / "(Đã ký)" / name), as
    a table sets the block beside the recipients list (whose items fill the lines between) or leaves empty rows for
    the seal: the first cell of the post's column (its cell in a table's row, else the line's place) after the post
    that is no note is a name.

    >>> from policykg.ontology import load_lexicon
    >>> rows = ["|        |BỘ TRƯỞNG      |", "|Nơi nhận:        |      |", "|- Như trên;      |(Đã ký)       |",
    ...         "|- Lưu: VT.      |        |", "|        |        |", "|        |Trần Văn An    |"]
    >>> _named_in_column(list(zip(range(0, 600, 100), rows)), 0, load_lexicon())
    True
    """
    def cell_at(line: str) -> str | None:
        piped = line.lstrip().startswith("|")
        for offset, text in footer_cells(line, lexicon):
            if (line.count("|", 0, offset) == column[0]) if piped else abs(offset - column[1]) <= 12:
                return text
        return None

    post_line = lines[i][1]
    first = footer_cells(post_line, lexicon)[0][0]
    column = (post_line.count("|", 0, first), first)
    for _, line in [x for x in lines[i + 1:] if footer_cells(x[1], lexicon)][:_COLUMN_REACH]:
        text = cell_at(line)
        if text is None or cues.SIGNED_NOTE.match(text) or cues.SIGNED_NOTE_IN.fullmatch(text):
            continue
        return _names_person(text) is not None
    return False
