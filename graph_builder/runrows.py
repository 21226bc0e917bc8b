"""A row of signature blocks run together line by line, as a PDF text layer reads a joint document's table of
blocks (one space between the columns): "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG GIÁM ĐỐC" / "THỨ
TRƯỞNG THỨ TRƯỞNG" / "Nguyễn Văn An Trần Thị Bình Lê Văn Cường" (a helper of ``footer``, before it reads the cells).

The names' line (the row's last: names run together, with or without ranks) says how many blocks there are; the
row's first line must be that many pieces: a mode with what it signs for ("KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "TM. ỦY BAN
THƯỜNG VỤ QUỐC HỘI", "ĐẠI DIỆN ..."), a post ("GIÁM ĐỐC") or an organ ("CÔNG AN TỈNH X"), one a block. The lines
between are read piece by piece, each piece to the next block still waiting for its post (a block opened by a mode
or an organ), or, when none waits, to the next block: a block's lines stand from the top of its column, its name at
the foot. Each piece is then given a line of its own in its block's column, its place in the text kept, so that the
footer reads the blocks as it reads blocks side by side.

>>> from policykg.ontology import load_lexicon
>>> lines = [(0, "KT. BỘ TRƯỞNG BỘ Y TẾ KT. BỘ TRƯỞNG GIÁM ĐỐC"), (44, "THỨ TRƯỞNG BỘ CÔNG AN"),
...          (66, "THỨ TRƯỞNG"), (77, "Trần Thị Bình Nguyễn Văn An Lê Văn Cường")]
>>> [(p + len(t) - len(t.lstrip()), t.strip()) for p, t in rows_apart(lines, load_lexicon())]     # doctest: +NORMALIZE_WHITESPACE
[(0, 'KT. BỘ TRƯỞNG BỘ Y TẾ'), (22, 'KT. BỘ TRƯỞNG'), (36, 'GIÁM ĐỐC'), (44, 'THỨ TRƯỞNG'), (55, 'BỘ CÔNG AN'),
 (66, 'THỨ TRƯỞNG'), (77, 'Trần Thị Bình'), (91, 'Nguyễn Văn An'), (105, 'Lê Văn Cường')]
"""

from __future__ import annotations

import functools
import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues, framecues
from policykg.graph_builder.organruns import organs_run_together
from policykg.graph_builder.organs import actor_named, is_caps
from policykg.graph_builder.runblocks import split_names
from policykg.graph_builder.wrappedposts import rejoined_posts
from policykg.ontology.lexicon import Lexicon

__all__ = ["block_lines", "rows_apart"]

_APART = 100            # the column given to each block: far from its neighbour's
_MOST_BLOCKS = 7
_MOST_LINES = 6         # frame lines a row of blocks holds above its names
_MODE = re.compile(cues.SIGNATURE_MODE.pattern + r"|(?<!\w)(?:ĐẠI DIỆN)(?=\s)")
_BRACKETED = re.compile(r"[(\[][^)\]]*[)\]]")
_NOTE = re.compile(r"[(\[]\s*(?:đã\s+k[ýí]|daky|ký)[^)\]]*[)\]]", re.I)
_NOTES = re.compile(r"^(?:\s*(?:\((?:đã ký|Đã ký)[^)]*\)|\[(?:daky|đã ký)\]))+\s*$")


def block_lines(lines: list[tuple[int, str]], lexicon: Lexicon, match: str = "",
                organs: int = 7) -> list[tuple[int, str]]:
    """The footer's lines as ``footer`` reads them: a post wrapped in its column made one line again
    (:func:`wrappedposts.rejoined_posts`), then rows of blocks run together laid out (:func:`rows_apart`; ``match``,
    the text they come from, tells a line cut in two by the footer's reader, "KT. A" / "KT. B", from two lines; a row
    holds no more blocks than the document has ``organs``, its issuers: one block's line, "KT. CHỦ TỊCH PHÓ CHỦ
    TỊCH" over "Trần Thị Lê Hoa", is never two)."""
    return rows_apart(rejoined_posts(lines, lexicon), lexicon, match, organs)


def rows_apart(lines: list[tuple[int, str]], lexicon: Lexicon, match: str = "",
               organs: int = _MOST_BLOCKS) -> list[tuple[int, str]]:
    """The footer's lines (start, text) with every row of blocks run together given one line a piece, each piece in
    its block's column (``_APART`` spaces a block; the line's start moved back as far, so the piece keeps its place in
    the text); other lines as they are."""
    out = list(lines)
    n = 0
    while n < len(out):
        found = _row(out, n, lexicon, match, min(organs, _MOST_BLOCKS))
        if found is None:
            n += 1
            continue
        first, pieces = found
        out[first:n + 1] = [(start - _APART * block, " " * (_APART * block) + text) for start, text, block in pieces]
        n = first + len(pieces)
    return out


def _row(lines: list[tuple[int, str]], n: int, lexicon: Lexicon, match: str = "",
         most: int = _MOST_BLOCKS) -> tuple[int, list[tuple[int, str, int]]] | None:
    """(first line, pieces as (start, text, block)) of a row of blocks whose names are line ``n``, or None."""
    start, text = lines[n]
    if len(text.split()) < 4 or "  " in text.strip():
        return None
    rows: list[tuple[int, str]] = []
    k = n - 1
    while k >= 0 and len(rows) < _MOST_LINES:
        above = lines[k][1]
        if not above.strip() or _NOTES.match(above):
            k -= 1
            continue
        if not is_caps(_BRACKETED.sub("", above) if "(" in above or "[" in above else above) or "  " in above.strip() \
                or "|" in above:
            break
        above = _NOTE.sub(lambda m: " " * len(m.group(0)), above)     # a note: no piece
        joined = above + " " + rows[0][1] if rows else ""
        if rows and lines[k][0] + len(above) + 1 == rows[0][0] \
                and _NOTE.sub(lambda m: " " * len(m.group(0)), match[lines[k][0]:lines[k][0] + len(joined)]) == joined:
            rows[0] = (lines[k][0], joined)     # one line the footer's reader cut in two
        else:
            rows.insert(0, (lines[k][0], above))
        k -= 1
    if not rows or _MODE.search(text):     # (a mode in the names' line: no row; looked for once a row stands above)
        return None
    for count in range(most, 1, -1):     # the names say how many blocks; the first line must hold as many
        names = split_names(text, count)
        first_pieces = _organs_apart(_pieces(rows[0][1], lexicon), count, lexicon) if names else None
        if first_pieces is not None and len(first_pieces) == count:
            break
    else:
        return None
    if len(rows) == 2 and all(_MODE.match(p) for _, p in first_pieces) \
            and [_post(p, lexicon) for _, p in _pieces(rows[1][1], lexicon) or []] == [True] * count:
        return None     # a mode and a post a block: ``runblocks.unrun_blocks`` reads that row as it is
    waiting = [_waits(piece, lexicon) for _, piece in first_pieces]
    placed = [(rows[0][0] + at, piece, b) for b, (at, piece) in enumerate(first_pieces)]
    for row_start, row in rows[1:]:
        pieces = _pieces(row, lexicon)
        if pieces is None:
            return None
        block = -1
        for at, piece in pieces:
            block = next((b for b in (*range(block + 1, count), *range(block + 1)) if waiting[b]), block + 1)
            if block >= count:      # (a waiting block before: two lines of the row the reader put on one)
                return None
            placed.append((row_start + at, piece, block))
            waiting[block] = _waits(piece, lexicon)
    at, low = 0, text.lower()
    for b, name in enumerate(names):     # the name as printed (in capitals, or after a rank)
        at = low.find(name.lower(), at)
        if at < 0 or len(low) != len(text):
            return None
        placed.append((start + at, text[at:at + len(name)], b))
        at += len(name)
    return next(k for k, line in enumerate(lines) if line[0] == rows[0][0]), placed


def _organs_apart(pieces: list[tuple[int, str]] | None, count: int, lexicon: Lexicon) -> list[tuple[int, str]] | None:
    """The first line's pieces, its one run of organs cut into as many as make ``count`` pieces ("CÔNG AN TỈNH BỘ
    CHỈ HUY QUÂN SỰ TỈNH": two blocks' organs, :func:`organruns.organs_run_together`)."""
    runs = [k for k, (_, piece) in enumerate(pieces or []) if not _MODE.match(piece) and not _post(piece, lexicon)]
    if pieces is None or len(pieces) >= count or len(runs) != 1:
        return pieces
    at, piece = pieces[runs[0]]
    organs = organs_run_together(piece, count - len(pieces) + 1, lexicon)
    if organs is None:
        return None
    apart, start = [], 0
    for organ in organs:
        start = piece.index(organ, start)
        apart.append((at + start, organ))
        start += len(organ)
    return pieces[:runs[0]] + apart + pieces[runs[0] + 1:]


def _waits(piece: str, lexicon: Lexicon) -> bool:
    """A block that this piece opens or goes on with still waits for its post: a mode or an organ, no post."""
    return _MODE.match(piece) is not None or not _post(piece, lexicon)


def _pieces(row: str, lexicon: Lexicon) -> list[tuple[int, str]] | None:
    """(offset, text) of a run-together line's pieces: each mode with what it signs for (a post, with its unit or not,
    or an organ: "KT. BỘ TRƯỞNG BỘ Y TẾ", "TM. CHÍNH PHỦ"), then posts and organs, one a piece; None when the line does
    not part so."""
    modes = [m for m in _MODE.finditer(row)]
    bounds = sorted({0, *(m.start() for m in modes), len(row)})
    out: list[tuple[int, str]] = []
    for a, b in zip(bounds, bounds[1:]):
        chunk = row[a:b]
        if not chunk.strip():
            continue
        lead = a + len(chunk) - len(chunk.lstrip())
        mode = next((m for m in modes if m.start() == a), None)
        rest = 0 if mode is None else _signed_for(row[mode.end():b], lexicon)
        tail = "" if rest is None else row[a:b][rest + (mode.end() - a if mode else 0):]
        parts = _plain_pieces(tail.strip(), lexicon) if tail.strip() else []
        if parts is None and mode is None:
            return None
        if parts is None or rest is None:   # what the mode signs for is all up to the next ("TM. BAN THƯỜNG TRỰC")
            rest, parts = len(row[mode.end():b]), []
        if mode is not None:
            out.append((lead, row[a:mode.end() + rest].strip()))
        out += [(b - len(tail) + len(tail) - len(tail.lstrip()) + at, part) for at, part in parts]
    return out


def _signed_for(after: str, lexicon: Lexicon) -> int | None:
    """How much of ``after`` (what follows a mode) the mode signs for: the longest run of words from its start that is
    a post, a post with its unit, or an organ; None when none is."""
    words = list(re.finditer(r"\S+", after))
    for end in range(len(words), 0, -1):
        text = after[words[0].start():words[end - 1].end()]
        if _post(text, lexicon, unit=True) or _organ(text, lexicon):
            return words[end - 1].end()
    return None


def _post(text: str, lexicon: Lexicon, unit: bool = False) -> bool:
    """``text`` is one post of the vocabulary ("THỨ TRƯỞNG", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "BÍ THƯ THỨ NHẤT"), or
    (``unit``) a post with its unit ("BỘ TRƯỞNG BỘ Y TẾ")."""
    words = match_key(text).split()
    for end in range(len(words), 0, -1):
        head = " ".join(words[:end])
        if head in _post_keys(lexicon):
            return end == len(words) or (unit and _organ(" ".join(text.split()[end:]), lexicon))
    return False


@functools.lru_cache(maxsize=4)
def _post_keys(lexicon: Lexicon) -> frozenset[str]:
    keys = {match_key(p) for p in lexicon.post_names()}
    qualified = {f"{k} {match_key(q)}" for k in keys for q in (*framecues.POST_QUALIFIERS, "thứ nhất")}
    return frozenset(keys | qualified | {f"phó {k}" for k in keys | qualified})


def _organ(text: str, lexicon: Lexicon) -> bool:
    """``text`` names one organ: no post stands in it ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO THỨ TRƯỞNG" is two pieces)."""
    words = match_key(text).split()
    if lexicon.lookup(text) is None and any(" ".join(words[a:b]) in _post_keys(lexicon) for a in range(len(words))
                                            for b in range(a + 1, len(words) + 1)):
        return False    # (but for a name the vocabulary knows: "ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG ...")
    ref = actor_named(text, lexicon) if is_caps(text) else None
    return ref is not None and bool(ref.iri)


def _plain_pieces(chunk: str, lexicon: Lexicon) -> list[tuple[int, str]] | None:
    """The fewest posts and organs ``chunk`` is, one after the other ("GIÁM ĐỐC CHỈ HUY TRƯỞNG", "THỨ TRƯỞNG BỘ
    NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), as (offset, text), or None."""
    words = list(re.finditer(r"\S+", chunk))
    best: dict[int, list[tuple[int, str]]] = {0: []}
    for end in range(1, len(words) + 1):
        for begin in range(end):
            if begin not in best:
                continue
            text = chunk[words[begin].start():words[end - 1].end()]
            if not (_post(text, lexicon) or _organ(text, lexicon)):
                continue
            candidate = best[begin] + [(words[begin].start(), text)]
            if end not in best or len(candidate) < len(best[end]):
                best[end] = candidate
    return best.get(len(words))
