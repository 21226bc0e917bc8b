"""A signature block that prints only the signers' names, each with its note ("Nguyễn Văn A" / "(Đã ký)", or the note
over the name): no mode, no post, no organ, as old documents converted from Word or from a gazette's text print their
signatures (the note also beside the name, on its line), one block or several side by side (layout text with runs of spaces, a table's row of cells). Such a line
opens a footer (``footer.read_footer``): the names are the signers, their posts unknown.

>>> from policykg.ontology import load_lexicon
>>> lexicon = load_lexicon()
>>> rows = ["Thông tư này có hiệu lực từ ngày ký.", "", "Lê Văn An              Trần Thị Bình", "(Đã ký)   (Đã ký)"]
>>> lines = list(zip(range(0, 400, 100), rows))
>>> [signed_name_at(lines, i, lexicon) for i in range(4)]
[False, False, True, False]
>>> signed_name_at([(0, "|(Đã ký)  |(Đã ký) |"), (100, "|Lê Văn An |Trần Thị Bình |")], 0, lexicon)
True
>>> signed_name_at([(0, "Lê Văn An"), (100, "Hà Nội, ngày 2 tháng 3 năm 1993")], 0, lexicon)
False
>>> signed_name_at([(0, "Lê Văn An (Đã ký)")], 0, lexicon), signed_name_at([(0, "Quyết định số 5 (Đã ký)")], 0, lexicon)
(True, False)
"""

from __future__ import annotations

from policykg.graph_builder import cues
from policykg.graph_builder.footercells import footer_cells
from policykg.graph_builder.organs import person_name
from policykg.graph_builder.signmarks import foot_name
from policykg.ontology.lexicon import Lexicon

__all__ = ["signed_name_at"]

_REACH = 4      # lines (not blank) between a note and its name: the seal's space


def _note(text: str) -> bool:
    return bool(cues.SIGNED_NOTE.match(text) or cues.SIGNED_NOTE_IN.fullmatch(text))


def _name(text: str) -> bool:
    """A cell that is a person's name and nothing else ("Lê Văn An", "Thượng tướng Lê Văn An")."""
    name = person_name(text) or foot_name(text)
    return name is not None and text.strip(" .,;:*_|").endswith(name)


def _noted_name(text: str) -> bool:
    """A cell of a name and its note, in either order ("Lê Văn An (Đã ký)", "(Đã ký) Lê Văn An")."""
    note = cues.SIGNED_NOTE_IN.search(text)
    if note is None:
        return False
    before, after = text[:note.start()].strip(), text[note.end():].strip()
    return bool(before) != bool(after) and _name(before or after)


def _texts(line: str, lexicon: Lexicon) -> list[str]:
    return [text for _, text in footer_cells(line, lexicon) if any(c.isalnum() for c in text)]


def signed_name_at(lines: list[tuple[int, str]], i: int, lexicon: Lexicon) -> bool:
    """Line ``i`` opens a block of names and notes alone: its cells all names with, on the next line that is not
    blank (within the seal's space), as many notes; or its cells all notes with as many names under them."""
    cells = _texts(lines[i][1], lexicon)
    if not cells or len(cells) > 4:
        return False
    if all(_noted_name(text) for text in cells):
        return True     # "Lê Văn An (Đã ký)   Trần Thị Bình (Đã ký)": each name with its note on its line
    names = all(_name(text) for text in cells)
    if not names and not all(_note(text) for text in cells):
        return False
    following = [x for x in lines[i + 1:i + 1 + 2 * _REACH] if x[1].strip()][:_REACH if not names else 1]
    wanted = _note if names else _name
    for _, line in following:
        under = _texts(line, lexicon)
        if under and not all(_note(text) for text in under):
            return len(under) == len(cells) and all(wanted(text) for text in under)
        if names and under:
            return len(under) == len(cells)
    return False
