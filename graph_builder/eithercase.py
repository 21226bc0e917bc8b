"""Case-insensitive patterns of Vietnamese words written so that ``re`` can skip to where they can match (issue 12,
round 33): with ``re.I``, ``re`` finds no letter a match must begin with and tries the pattern at every character of
the text; written with each letter's two cases and the branches' first letters first, it looks only where one of
those letters stands."""

from __future__ import annotations

import re

__all__ = ["either_case"]

_CASE_ATOM = re.compile(r"\\s[+*]?|\[[^\]\\]+\]|[^\W\d_]| ")   # a letter, a class of letters, a space, "\s", "\s+", "\s*"


def either_case(pattern: str) -> re.Pattern:
    """``re.compile(pattern, re.I)`` for an alternation of branches of letters, classes of letters and spaces
    (``"h[ạa]nh\\s+ph[úu]c|đ[ộôo]c\\s+l[ậâa]p"``), each letter written in both its cases ("[Hh][AaẠạ]...") and the
    branches' first letters first ("[HhĐđ](?:(?<=[Hh])...|(?<=[Đđ])...)"): with re.I, re tries the pattern at every
    character of the text; so, only where a branch's first letter stands. The same matches for letters whose cases are
    their ``str.lower`` and ``str.upper`` (the Vietnamese letters: tests/test_word_alternations_round33.py).

    >>> either_case("đ[ộô]c|h[ạa]nh").pattern
    '[ĐđHh](?:(?<=[Đđ])[ÔôỘộ][Cc]|(?<=[Hh])[AaẠạ][Nn][Hh])'
    >>> [m.group(0) for m in either_case("đ[ộô]c|h[ạa]nh").finditer("ĐỘC lập, hạnh, Hanh")]
    ['ĐỘC', 'hạnh', 'Hanh']
    """
    branches = []
    for branch in pattern.split("|"):
        atoms = _CASE_ATOM.findall(branch)
        if "".join(atoms) != branch or not atoms or not atoms[0].strip("[]").isalpha():
            raise ValueError(f"not letters, classes of letters and spaces: {branch!r}")
        cased = [atom if atom[0] in " \\" else _cases(atom.strip("[]")) for atom in atoms]
        branches.append((cased[0], "".join(cased[1:])))
    firsts = "".join(dict.fromkeys(c for first, _ in branches for c in first[1:-1]))
    return re.compile(f"[{firsts}](?:" + "|".join(f"(?<={first}){rest}" for first, rest in branches) + ")")


def _cases(letters: str) -> str:
    """The class of ``letters`` in both their cases ("ộo" -> "[OoỘộ]")."""
    cased = {c for x in letters for c in (x, x.lower(), x.upper())}
    if any(len(c) != 1 for c in cased):
        raise ValueError(f"a letter whose other case is two letters: {letters!r}")
    return "[" + "".join(sorted(cased)) + "]"
