"""The inputs of a build: files and directories expanded to ``(path, key)`` pairs, and their content hashes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable

from policykg.core.iris import slugify

__all__ = ["INPUT_SUFFIXES", "collect_inputs", "file_sha256"]

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")


def collect_inputs(inputs: Iterable[str | os.PathLike]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Expand files and directories into ``(path, key)`` pairs, sorted and unique.

    Directories are searched recursively for .txt, .md, .html and .htm files; a file
    named explicitly is taken whatever its suffix; '-' is stdin. Keys are the slug of
    the file stem, or of the path when two inputs share a stem. Returns the pairs and
    ``(input, message)`` for inputs that do not exist. Raises nothing.

    >>> collect_inputs(["/nonexistent.txt"])
    ([], [('/nonexistent.txt', '/nonexistent.txt: no such file or directory')])
    """
    files: list[str] = []
    missing: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in inputs:
        text = str(item)
        if text == "-":
            if "-" not in seen:
                seen.add("-")
                files.append("-")
            continue
        found = _files_of(Path(text))
        if found is None:
            missing.append((text, f"{text}: no such file or directory"))
            continue
        for f in found:
            real = os.path.realpath(f)
            if real not in seen:
                seen.add(real)
                files.append(f)
    return _keyed(files), missing


def _files_of(p: Path) -> list[str] | None:
    """The input files a path names: itself, or the text files below a directory; None when it does not exist."""
    if p.is_dir():
        return sorted(str(f) for f in p.rglob("*")
                      if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES
                      and not any(part.startswith(".") for part in f.relative_to(p).parts))
    return [str(p)] if p.exists() else None


def _keyed(files: list[str]) -> list[tuple[str, str]]:
    """Each file with its key: the slug of its stem, or of its path when two files share a stem; stdin keyless."""
    stems: dict[str, int] = {}
    for f in files:
        if f != "-":
            stems[slugify(Path(f).stem)] = stems.get(slugify(Path(f).stem), 0) + 1
    pairs = []
    for f in files:
        if f == "-":
            pairs.append((f, ""))
            continue
        stem = slugify(Path(f).stem)
        pairs.append((f, stem if stems[stem] == 1 else slugify(str(Path(f).with_suffix("")))))
    return pairs


def file_sha256(path: str) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
