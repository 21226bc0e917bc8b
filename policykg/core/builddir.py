"""The names of a build directory, shared by the layers that write it (corpus) and read it (queries).

A build directory ``OUT/`` is recognised by its marker file ``OUT/.policykg-build`` (JSON with a format
version). Each complete build is a *generation* ``OUT/generations/<n>/``; the symlink ``OUT/current`` points at
the published one, and the names users know (``OUT/store``, ``OUT/graph.trig``, ``OUT/report.html`` ...) are
relative symlinks through ``current/``, so a reader always sees one whole generation. The layout is documented in
docs/BUILD_DIRECTORY.md.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> is_build_dir(d), has_generation(d)
(False, False)
>>> _ = (d / MARKER).write_text('{"policykg-build": 1}')
>>> is_build_dir(d), has_generation(d)
(True, False)
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_SUFFIXES", "CURRENT", "GENERATIONS", "GRAPH_SUFFIX", "GRAPHS", "LOCK", "MARKER", "OLD_LAYOUT", "PARTS",
           "SUMMARY_SUFFIX", "VIEW_SUFFIX", "cache_file", "graph_file", "has_generation", "is_build_dir",
           "is_old_layout", "part_file"]

MARKER = ".policykg-build"     # JSON {"policykg-build": FORMAT}: this folder belongs to policykg
LOCK = ".policykg-lock"        # flock'ed by the one build writing the folder
GENERATIONS = "generations"    # generations/<n>/: one complete build each
CURRENT = "current"            # symlink to generations/<n>, switched atomically
OLD_LAYOUT = ("manifest.json", "store")   # a build directory written before generations (no marker)

# Each generation's per-document cache (the one place that spells its layout): in GRAPHS/, the document's sorted
# N-Quads KEY.nq, what the actor view reads of it KEY.view.json and its part of the per-actor summary
# KEY.summary.json; in PARTS/, its section of the report KEY.html.
GRAPHS = "graphs"
PARTS = "parts"
GRAPH_SUFFIX = ".nq"
VIEW_SUFFIX = ".view.json"
SUMMARY_SUFFIX = ".summary.json"
CACHE_SUFFIXES = (GRAPH_SUFFIX, VIEW_SUFFIX, SUMMARY_SUFFIX)   # a document's files in GRAPHS/


def graph_file(graphs_dir: str | os.PathLike, key: str) -> Path:
    """The cached N-Quads of the document ``key`` in a generation's ``graphs`` folder.

    >>> graph_file("gen/graphs", "doc-1").as_posix()
    'gen/graphs/doc-1.nq'
    """
    return Path(graphs_dir) / f"{key}{GRAPH_SUFFIX}"


def cache_file(graphs_dir: str | os.PathLike, key: str, suffix: str) -> Path:
    """The cache file of the document ``key`` with ``suffix`` (one of CACHE_SUFFIXES) in a ``graphs`` folder.

    >>> cache_file("gen/graphs", "doc-1", SUMMARY_SUFFIX).as_posix()
    'gen/graphs/doc-1.summary.json'
    """
    return Path(graphs_dir) / f"{key}{suffix}"


def part_file(parts_dir: str | os.PathLike, key: str) -> Path:
    """The cached report section of the document ``key`` in a generation's ``parts`` folder."""
    return Path(parts_dir) / f"{key}.html"


def is_build_dir(path: str | os.PathLike) -> bool:
    """True when ``path`` holds the marker of a policykg build directory."""
    return (Path(path) / MARKER).is_file()


def is_old_layout(path: str | os.PathLike) -> bool:
    """True when ``path`` is a build directory of the layout before generations: a manifest and a store, no marker."""
    p = Path(path)
    return not is_build_dir(p) and (p / "manifest.json").is_file() and (p / "store").is_dir() \
        and not (p / "store").is_symlink()


def has_generation(path: str | os.PathLike) -> bool:
    """True when the build directory ``path`` has a published generation (``current`` resolves)."""
    return (Path(path) / CURRENT).is_dir()
