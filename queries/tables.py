"""Materialised answers: the result of a catalogue query without parameters, kept per generation of a build.

A catalogue query that takes no parameter (``busiest-actors``, ``documents``) or is run without its optional ones
(the bulk forms of ``coordination``, ``responsibilities``, ``tasks``, ...) gives the same answer for as long as the
generation it reads is published: a generation is never changed once written (docs/BUILD_DIRECTORY.md). So the
first time such a query runs on a build directory, its answer is written as it is streamed, in the format asked
(SPARQL JSON, XML, CSV or TSV), into ``OUT/generations/<n>/results/NAME-DIGEST.FORMAT``; the next time the file
is copied to the output instead: no row is decoded from the store again. ``DIGEST`` is a hash of the query's text,
so a changed catalogue file never reads an answer of its old text. A new build publishes a new generation, which
starts with no answers but those the build keeps itself (:mod:`policykg.queries.summarise`, made from that
generation's store): nothing is ever served from another generation's data (every build, increment and prune
makes one). An answer is written to a temporary file and renamed when complete, so a reader never sees half of
one; when it cannot be written (a read-only folder, a full disk, the generation removed meanwhile) the query is
answered live as before and nothing is kept.

What a cache file holds is byte for byte what the live query writes (``tests/test_query_tables.py`` compares every
catalogue query, each format, cached and live). Only build directories given by path are served this way: a store
directory or a store object is always queried live.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from pathlib import Path
from typing import IO, Iterator

from policykg.core.builddir import CURRENT, is_build_dir
from policykg.core.errors import InputError
from policykg.queries.store import STORE_DIRNAME, GraphStore

__all__ = ["RESULTS_DIRNAME", "TABLE_FORMATS", "Answer", "answer_for"]

RESULTS_DIRNAME = "results"                  # OUT/generations/<n>/results/
TABLE_FORMATS = ("json", "csv", "tsv", "xml")
_LAYOUT = "1"                                # part of the digest: a new layout of the files never reads an old one


class Answer:
    """Where the materialised answer of one query on one generation is (or will be) kept."""

    def __init__(self, out: Path, generation: Path, name: str, text: str):
        import hashlib   # here: a query with parameters never needs it (the CLI's start-up)

        self.out, self.generation = out, generation
        digest = hashlib.sha256(f"{_LAYOUT}\n{text}".encode("utf-8")).hexdigest()[:16]
        self.stem = f"{name}-{digest}"

    def open_store(self) -> GraphStore:
        """The generation's store (the data the answer is made from), read-only; an InputError names it as the
        user knows it (``OUT/store``)."""
        where = self.generation / STORE_DIRNAME
        try:
            return GraphStore(where, read_only=True)
        except InputError as exc:
            raise InputError(str(exc).replace(str(where), str(self.out / STORE_DIRNAME))) from None

    def path(self, fmt: str) -> Path:
        return self.generation / RESULTS_DIRNAME / f"{self.stem}.{fmt}"

    def open(self, fmt: str) -> IO[bytes] | None:
        """The kept answer in ``fmt``, open for reading, or None when there is none yet."""
        try:
            return open(self.path(fmt), "rb")
        except OSError:
            return None

    def copy_to(self, fmt: str, out) -> bool:
        """Copy the kept answer in ``fmt`` to the binary stream ``out``; False (nothing written) when there is none."""
        source = self.open(fmt)
        if source is None:
            return False
        with source:
            shutil.copyfileobj(source, out, 1 << 20)
        return True

    def keep(self, fmt: str):
        """A binary stream into the answer's file only (the answer's one copy: nothing else is written), renamed
        into place when the block ends without an error; when the file cannot be written, nothing is kept."""
        return self.keeping(fmt, None)

    @contextlib.contextmanager
    def keeping(self, fmt: str, out) -> Iterator:
        """A binary stream that writes to ``out`` (None: nowhere else) and, beside it, to the answer's file, renamed
        into place when the block ends without an error; when the file cannot be written, only ``out`` is written."""
        tee = _Tee(out, self.path(fmt))
        try:
            yield tee
        except BaseException:
            tee.discard()
            raise
        tee.commit()


class _Tee(io.RawIOBase):
    """Writes to ``out`` and to a temporary file beside ``target``; a failure of the file only stops the copy."""

    def __init__(self, out, target: Path):
        super().__init__()
        self.out, self.target = out, target
        self.copy: IO[bytes] | None = None
        self.tmp = ""
        import tempfile

        with contextlib.suppress(OSError):
            target.parent.mkdir(exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            self.copy = os.fdopen(fd, "wb")

    def write(self, data) -> int:
        data = bytes(data)
        if self.out is not None:
            self.out.write(data)
        if self.copy is not None:
            try:
                self.copy.write(data)
            except OSError:
                self.discard()
        return len(data)

    def flush(self) -> None:
        if not self.closed and self.out is not None:
            self.out.flush()

    def writable(self) -> bool:
        return True

    def discard(self) -> None:
        if self.copy is not None:
            with contextlib.suppress(OSError):
                self.copy.close()
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
            self.copy = None

    def commit(self) -> None:
        if self.copy is None:
            return
        try:
            self.copy.close()
            os.chmod(self.tmp, 0o644)
            os.replace(self.tmp, self.target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
        self.copy = None


def answer_for(data, name: str, text: str, in_catalogue: bool, parameters: dict | None) -> Answer | None:
    """The :class:`Answer` of the catalogue query ``name`` (its text ``text``) on ``data`` when it can be kept: a
    catalogue query, no parameter given, ``data`` a build directory given by its path; else None.

    >>> answer_for("/nonexistent", "documents", "SELECT ...", True, {}) is None
    True
    """
    if not in_catalogue or parameters or not isinstance(data, (str, os.PathLike)):
        return None
    out = Path(data)
    if not is_build_dir(out):
        return None
    try:
        generation = (out / CURRENT).resolve(strict=True)
    except OSError:
        return None
    return Answer(out, generation, name, text)
