"""The inputs of a build: files and directories expanded to the documents a user means, and their keys.

In a folder, only what a user would call a document is taken: .txt, .md, .html and .htm files that are not
hidden and not named like a project file (README, MANIFEST, LICENSE, CHANGELOG); data files (.tsv, .csv, .json)
and other suffixes are skipped, and so is any policykg build directory (the build's own ``--out`` above all: a
build never reads its own outputs). Every skipped file is reported with its reason. A file named explicitly is
always taken.

A document's key names its graph and its items (``pkgid:KEY/...``). It never depends on how the file was named on
the command line (absolute or relative path, folder layout): see :func:`assign_keys`.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from policykg.core.builddir import is_build_dir, is_old_layout
from policykg.core.iris import slugify

__all__ = ["INPUT_SUFFIXES", "InputFiles", "assign_keys", "collect_inputs", "file_sha256", "stem_key"]

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")
_PROJECT_FILE = re.compile(r"^(readme|manifest|license|licence|changelog)([._-]|$)", re.IGNORECASE)
_DATA_SUFFIXES = (".tsv", ".csv", ".json")


@dataclass
class InputFiles:
    """The files of a build's inputs (sorted, unique by real path; '-' is stdin), and what was not taken."""

    files: list[str] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)    # (input, one-line message)
    skipped: list[tuple[str, str]] = field(default_factory=list)    # (path, reason)


def collect_inputs(inputs: Iterable[str | os.PathLike], out: str | os.PathLike | None = None) -> InputFiles:
    """Expand files and directories into the input files (see the module docstring); raises nothing.

    ``out`` (the build directory) is never read, wherever it sits among the inputs.

    >>> collect_inputs(["/nonexistent.txt"]).missing
    [('/nonexistent.txt', '/nonexistent.txt: no such file or directory')]
    """
    found = InputFiles()
    seen: set[str] = set()
    own = os.path.realpath(out) if out is not None else None
    for item in inputs:
        text = str(item)
        if text == "-":
            if "-" not in seen:
                seen.add("-")
                found.files.append("-")
            continue
        p = Path(text)
        if p.is_dir():
            files = _files_in(p, own, found.skipped)
        elif p.exists():
            files = [text]
        else:
            found.missing.append((text, f"{text}: no such file or directory"))
            continue
        for f in files:
            real = os.path.realpath(f)
            if real not in seen:
                seen.add(real)
                found.files.append(f)
    return found


def _files_in(folder: Path, own: str | None, skipped: list[tuple[str, str]]) -> list[str]:
    """The documents below a folder, in path order; what is left out goes to ``skipped`` with its reason."""
    taken: list[str] = []
    for root, dirs, names in os.walk(folder):
        here = Path(root)
        for d in sorted(dirs):
            sub = here / d
            reason = _skip_folder(sub, own)
            if reason:
                skipped.append((str(sub), reason))
                dirs.remove(d)
        dirs.sort()
        for name in sorted(names):
            f = here / name
            reason = _skip_file(f)
            if reason:
                skipped.append((str(f), reason))
            else:
                taken.append(str(f))
    return sorted(taken)


def _skip_folder(sub: Path, own: str | None) -> str | None:
    if own is not None and os.path.realpath(sub) == own:
        return "the build's own output folder"
    if is_build_dir(sub) or is_old_layout(sub):
        return "policykg build directory"
    if sub.name.startswith("."):
        return "hidden"
    return None


def _skip_file(f: Path) -> str | None:
    if f.name.startswith("."):
        return "hidden"
    if not f.is_file():
        return "not a regular file"
    suffix = f.suffix.lower()
    if suffix in _DATA_SUFFIXES:
        return "data file"
    if suffix not in INPUT_SUFFIXES:
        return "not a text file (" + (suffix or "no suffix") + ")"
    if _PROJECT_FILE.match(f.name):
        return "project file (README, LICENSE ...)"
    return None


def stem_key(path: str) -> str:
    """The key a file gets when its stem is free: the slug of the stem."""
    return slugify(Path(path).stem)


def assign_keys(files: list[tuple[str, str]], known: dict[str, str]
                ) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Keys for ``(path, sha256)`` files, and the files that repeat another's text: ``(duplicate, kept)``.

    ``known`` maps the real path of a file built before to its key: such a file keeps its key (an edited file
    replaces its graph). A new file gets the slug of its stem; when the stem is taken, ``stem-<first 8 hex of
    the sha256>``. New files are keyed in the order of their content hashes, never of their paths, so a key does
    not change with the folder layout or the way a path is written. Of files with the same text, one is built (the
    one built before, else the first by real path) and the others are duplicates.

    >>> keys, dups = assign_keys([("x/plan.txt", "b" * 64), ("y/plan.txt", "a" * 64), ("z/plan.txt", "a" * 64)], {})
    >>> keys, dups
    ({'y/plan.txt': 'plan', 'x/plan.txt': 'plan-bbbbbbbb'}, [('z/plan.txt', 'y/plan.txt')])
    """
    by_sha: dict[str, list[str]] = {}
    for path, sha in files:
        by_sha.setdefault(sha, []).append(path)
    keepers: list[tuple[str, str]] = []
    duplicates: list[tuple[str, str]] = []
    for sha, paths in by_sha.items():
        paths = sorted(paths, key=lambda p: (os.path.realpath(p) not in known, os.path.realpath(p)))
        keepers.append((paths[0], sha))
        duplicates.extend((p, paths[0]) for p in paths[1:])
    keys: dict[str, str] = {}
    for path, _sha in keepers:
        if os.path.realpath(path) in known:
            keys[path] = known[os.path.realpath(path)]
    used = set(keys.values())
    for path, sha in sorted((k for k in keepers if k[0] not in keys), key=lambda k: (k[1], k[0])):
        key = stem_key(path)
        if key in used:
            key = f"{key}-{sha[:8]}"
        keys[path] = key
        used.add(key)
    return keys, sorted(duplicates)


def file_sha256(path: str) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
