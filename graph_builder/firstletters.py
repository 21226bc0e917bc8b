"""The letters a regex's matches begin with, read from its parse, and a search that tries the regex only there.

Python's ``re`` skips ahead to a pattern's first characters only when the pattern opens with them; a pattern that
opens with a look-behind (``(?<!\\w)(?:trước|trong|...)``) or with many branches of nested groups is tried, its
look-behind first, at every character of the text. :func:`first_letters` reads the parse of such a pattern: the
first letters (up to four) of its matches, and the characters that a positive look-behind of one character requires
right before the start (``(?<=\\()``: "a match starts right after a bracket"). :class:`FirstLetters` finds the
places where one of them stands with one alternation of plain words (which ``re`` searches fast) and tries the
pattern there alone: the same matches as the pattern's own ``finditer`` (tests/test_first_letters_round33.py).

The parse is CPython's own (``re._parser``, private): when a Python release moves or changes it, the reading says
"cannot say" and every search falls back to the pattern's own ``finditer`` (slower, the same matches), never an error.
"""

from __future__ import annotations

import re

try:   # CPython's private parser of patterns (3.11+); without it every FirstLetters is the plain search
    import re._constants as C
    import re._parser as P
except ImportError:   # pragma: no cover - another Python
    C = P = None

__all__ = ["FirstLetters", "first_letters"]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)) if C is not None else ()
_LENGTH, _MOST_PATHS, _LARGEST_CLASS = 4, 4000, 64
_STOP = frozenset({("", False)})   # what the reading does not follow: the path's letters so far, then anything


class _Unknown(Exception):
    """A look-behind the reading cannot place (after some letters, or of more than one character)."""


def _item(op, av, afters: set[str], at_start: bool) -> set[tuple[str, bool]]:
    """The paths of one item of a parse: (its first letters, whether the item ends there)."""
    if op is C.LITERAL:
        return {(chr(av), True)}
    if op is C.IN:
        chars = [chr(c) for kind, c in av if kind is C.LITERAL]
        return {(c, True) for c in chars} if len(chars) == len(av) and len(chars) <= _LARGEST_CLASS else set(_STOP)
    if op is C.SUBPATTERN:
        return set(_STOP) if av[1] & re.IGNORECASE else _paths(av[-1], afters, at_start)
    if op is C.BRANCH:
        return set().union(*(_paths(branch, afters, at_start) for branch in av[1]))
    if op in _REPEATS:
        inner = _paths(av[2], afters, at_start and av[1] == 1)
        paths = inner if av[1] == 1 else {(text, False) for text, _ in inner}   # more rounds: letters unknown
        return paths | {("", True)} if av[0] == 0 else paths
    return set(_STOP)


def _paths(items, afters: set[str], at_start: bool = True) -> set[tuple[str, bool]]:
    """(the first letters of a match of the sequence ``items``, up to ``_LENGTH``, whether the sequence ends there);
    a positive look-behind of one letter at the start of the match (``at_start``: nothing read before ``items``) adds
    the letter to ``afters`` (a match starts right after it)."""
    paths = {("", True)}
    for k, (op, av) in enumerate(items):
        if not any(ends for _, ends in paths):
            break
        if op in (C.AT, C.ASSERT_NOT) or op is C.ASSERT and av[0] == 1:
            continue   # zero width: the next item goes on the match
        if op is C.ASSERT:
            inner = list(av[1])
            if not at_start or paths != {("", True)} or len(inner) != 1 or inner[0][0] is not C.LITERAL \
                    or items[k + 1:].getwidth()[0] == 0:
                raise _Unknown(op)
            afters.add(chr(inner[0][1]))
            return set()
        item = _item(op, av, afters, at_start and paths == {("", True)})
        grown = {path for path in paths if not path[1]}
        for text, ends in paths:
            if ends:
                grown.update((text + more, more_ends) if len(text + more) < _LENGTH else ((text + more)[:_LENGTH], False)
                             for more, more_ends in item)
        if len(grown) > _MOST_PATHS:
            raise _Unknown(op)
        paths = grown
    return paths


def first_letters(pattern: re.Pattern) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the first letters of every match of ``pattern``, up to four: one of them begins each match; the characters
    one of which stands right before a match that begins otherwise), or None when the parse cannot say (a match
    that can begin with any letter or be empty, a case-insensitive pattern, a look-behind after letters, ...).

    >>> [sorted(each) for each in first_letters(re.compile(r"(?<!\\w)(?:trước|tr?ong|vào)\\s+\\d|(?<=\\()\\s*\\d{4}"))]
    [['tong', 'tron', 'trướ', 'vào'], ['(']]
    """
    if pattern.flags & re.IGNORECASE or P is None:
        return None
    afters: set[str] = set()
    try:
        paths = _paths(P.parse(pattern.pattern, pattern.flags), afters)
    except (_Unknown, AttributeError, TypeError, ValueError):   # a parse of another shape: cannot say
        return None
    prefixes = frozenset(text for text, _ in paths)
    if "" in prefixes or not prefixes and not afters or any(text[0] in afters for text in prefixes):
        return None
    return prefixes, frozenset(afters)


class FirstLetters:
    """``regex.finditer`` tried only where a match can begin (see the module)."""

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        read = first_letters(regex)
        self.exact = read is not None
        self.prefixes, self.afters = read if read is not None else (frozenset(), frozenset())
        either = ([f"[{''.join(map(re.escape, sorted(self.afters)))}]"] if self.afters else []) \
            + [re.escape(text) for text in sorted(self.prefixes, key=lambda t: (-len(t), t))]
        self.starts = re.compile("|".join(either)) if either else None

    def _next(self, text: str, at: int, endpos: int) -> int | None:
        """The first place at or after ``at`` where a match can begin."""
        if at > 0 and text[at - 1] in self.afters:
            return at
        found = self.starts.search(text, at, endpos) if self.starts is not None else None
        if found is None:
            return None
        where = found.start()
        return where + 1 if text[where] in self.afters else where

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The matches of ``self.regex.finditer(text, pos, endpos)``, in order (none of them empty)."""
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if not self.exact:
            yield from self.regex.finditer(text, pos, endpos)
            return
        match, at = self.regex.match, pos
        while at <= endpos:
            where = self._next(text, at, endpos)
            if where is None:
                return
            found = match(text, where, endpos)
            if found is not None:
                yield found
                at = found.end()
            else:
                at = where + 1
