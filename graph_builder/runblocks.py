"""Signature blocks side by side run together on one line each, as PDF text without its layout gives them (one space
between the columns): "KT. BỘ TRƯỞNG BỘ A KT. BỘ TRƯỞNG BỘ B" / "THỨ TRƯỞNG THỨ TRƯỞNG" / "Nguyễn Văn A Trần Thị B"
(a helper of ``footer``). The line of modes says how many blocks there may be; the post line under it decides: when it
is that many posts, one after the other, each mode, post and name is its own block's.

>>> from policykg.ontology import load_lexicon
>>> split_posts("THỨ TRƯỞNG PHÓ CHỦ TỊCH", 2, load_lexicon()), split_posts("PHÓ CHỦ TỊCH", 2, load_lexicon())
(['Thứ trưởng', 'Phó Chủ tịch'], None)
>>> split_names("Quách Văn Đông Lê Thị Hải Yến", 2)
['Quách Văn Đông', 'Lê Thị Hải Yến']
"""

from __future__ import annotations

from dataclasses import replace

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.organs import is_caps, person_name, post_in_unit, post_of, whole_post
from policykg.ontology.lexicon import Lexicon

__all__ = ["names_run_together", "split_heads", "split_names", "split_posts", "unrun_blocks"]

_MIDDLE = frozenset({"thị", "văn"})     # a word before one opens a name, whatever its family
# the most words of one head's post with its unit ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU": 12): no longer
# head is tried, so a line of many posts is not read again from each of its words (a footer run into one line)
_HEAD_WORDS = 24
_APART = 1000       # the columns given to blocks told apart here: far from any line's real offsets


def split_posts(text: str, k: int, lexicon: Lexicon) -> list[str] | None:
    """``text`` as ``k`` whole posts one after the other ("THỨ TRƯỞNG THỨ TRƯỞNG"), or None."""
    words = text.split()
    if k == 1:
        post = whole_post(text, lexicon)
        return [post] if post is not None else None
    for cut in range(1, len(words)):
        first = whole_post(" ".join(words[:cut]), lexicon)
        rest = split_posts(" ".join(words[cut:]), k - 1, lexicon) if first is not None else None
        if rest is not None:
            return [first, *rest]
    return None


def split_heads(text: str, lexicon: Lexicon) -> list[str] | None:
    """``text`` as two or more heads' posts with their units, one after the other, as heads who sign directly run
    their blocks together ("BỘ TRƯỞNG BỘ QUỐC PHÒNG BỘ TRƯỞNG BỘ CÔNG AN" -> two posts), or None."""
    words = text.split()
    for cut in range(2, min(len(words) - 1, _HEAD_WORDS + 1)):
        head = " ".join(words[:cut])
        post = post_of(head, lexicon) if is_caps(head) and post_of(" ".join(words[cut:]), lexicon) else None
        if post is None or post_in_unit(post, lexicon)[1] is None:
            continue
        rest = split_heads(" ".join(words[cut:]), lexicon)
        last = post_of(" ".join(words[cut:]), lexicon)
        if rest is not None or post_in_unit(last, lexicon)[1] is not None:
            return [post, *(rest or [last])]
    return None


def split_names(text: str, k: int) -> list[str] | None:
    """``text`` as ``k`` persons' names one after the other, each next one opening with a family name, a rank or a
    word before "Thị" or "Văn" ("Quách Văn Đông Lê Thị Hải Yến", "... Tăng Thị Mỹ Duyên"), or None."""
    words = text.split()
    if k == 1:
        name = person_name(text)
        return [name] if name is not None else None
    for cut in range(2, len(words) - 1):
        opens = match_key(words[cut]) in cues.FAMILY_NAMES or cues.PERSON_PREFIX.match(" ".join(words[cut:]) + " ") \
            or (cut + 1 < len(words) and match_key(words[cut + 1]) in _MIDDLE)    # "Tăng Thị Mỹ Duyên"
        first = person_name(" ".join(words[:cut])) if opens else None
        rest = split_names(" ".join(words[cut:]), k - 1) if first is not None else None
        if rest is not None:
            return [first, *rest]
    return None


def names_run_together(text: str) -> bool:
    """``text`` is two to four persons' names run together on one line ("Đại tướng Lê Văn A Đại tướng Trần Văn B")."""
    return len(text.split()) >= 4 and any(split_names(text, k) for k in (2, 3, 4))


def unrun_blocks(items: list, match: str, lexicon: Lexicon) -> list:
    """The footer's items (``footer._Item``) with blocks run together told apart: a line whose one cell holds several
    modes, then a post line that is as many posts; those modes, the posts and the names line under them (also split)
    each get the column of their block. Every such row of blocks is read so; other items are left as they are."""
    for line in sorted({it.line for it in items}):
        modes = [it for it in items if it.line == line and it.what == "mode"]
        if len(modes) < 2 or len({it.column for it in modes}) != 1 or len(modes) != len(
                [it for it in items if it.line == line]):
            continue
        later = [it for it in items if it.line > line]
        post = next((it for it in later if it.what == "post"), None)
        posts = split_posts(match[post.start:post.end], len(modes), lexicon) if post is not None else None
        if posts is None or any(it.line == post.line and it is not post for it in items) \
                or any(it.what == "mode" and line < it.line < post.line for it in items):
            continue
        after = [it for it in later if it.line > post.line]
        name = next((it for it in after if it.what in ("mode", "person")), None)
        name = name if name is not None and name.what == "person" and not any(
            o.line == name.line and o is not name for o in items) else None
        names = split_names(match[name.start:name.end], len(modes)) if name is not None else None
        out = []
        for it in items:
            if it in modes:
                out.append(replace(it, column=_APART * modes.index(it)))
            elif it is post:
                out += [replace(it, value=p, column=_APART * k) for k, p in enumerate(posts)]
            elif it is name and names:
                out += [replace(it, value=n, column=_APART * k) for k, n in enumerate(names)]
            else:
                out.append(it)
        items = out
    return _unrun_heads(items, match, lexicon)


def _unrun_heads(items: list, match: str, lexicon: Lexicon) -> list:
    """Heads who sign directly, their blocks run together: a line that is only a post, which is several heads' posts
    with their units, then a names line that is as many names; each post and name gets its block's column."""
    for post in [it for it in items if it.what == "post" and it.column < _APART]:
        if any(o.line == post.line and o is not post for o in items):
            continue
        heads = split_heads(match[post.start:post.end], lexicon)
        name = next((it for it in items if it.line > post.line and it.what in ("mode", "post", "person")), None)
        names = split_names(match[name.start:name.end], len(heads)) if heads and name is not None \
            and name.what == "person" else None
        if names is None:
            continue
        out = []
        for it in items:
            parts = heads if it is post else names if it is name else None
            out += [replace(it, value=v, column=_APART * k) for k, v in enumerate(parts)] if parts else [it]
        items = out
    return items
