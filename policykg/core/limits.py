"""The bounds of what a build reads: regular files only, and at most so many bytes of each input.

A named pipe, a device or a socket given as an input is refused by its type (``stat``), never waited on: opening
is non-blocking and the type is checked again on the open descriptor, so a FIFO put in place of a checked file
cannot hang a read either. A file or stdin is read up to the limit and no further.

>>> check_input_file("/dev/null")
Traceback (most recent call last):
...
policykg.core.errors.InputError: /dev/null: not a regular file (a character device); save the text to a file first
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from policykg.core.errors import InputError

__all__ = ["MAX_DOCUMENT_BYTES", "check_input_file", "read_limited", "read_regular_file"]

MAX_DOCUMENT_BYTES = 50_000_000   # the default size limit of one input; `policykg build --max-size` raises it

_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def check_input_file(path: str | os.PathLike, max_size: int | None = MAX_DOCUMENT_BYTES) -> int:
    """The size in bytes of the input file ``path``, after checking, without opening it, that it is a regular file
    of at most ``max_size`` bytes (None: any size). InputError (one line: the file, what it is or its size, and
    the option that raises the limit) otherwise.
    """
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    _check(info, name, max_size)
    return info.st_size


def read_regular_file(path: str | os.PathLike, max_size: int | None = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of the regular file ``path``; InputError for anything else, or for more than ``max_size`` bytes."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        _check(os.fstat(fd), name, max_size)
    except InputError:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        return read_limited(handle, name, max_size)   # the limit holds even if the file grew since it was checked


def read_limited(stream: BinaryIO, name: str, max_size: int | None = MAX_DOCUMENT_BYTES) -> bytes:
    """All of ``stream`` (stdin, an open file), reading no more than ``max_size`` + 1 bytes; InputError past it."""
    try:
        data = stream.read(max_size + 1) if max_size is not None else stream.read()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    if max_size is not None and len(data) > max_size:
        raise _over_limit(name, f"more than {_megabytes(max_size)}", max_size)
    return data


def _check(info: os.stat_result, name: str, max_size: int | None) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory, not a text file")
    if not stat.S_ISREG(info.st_mode):
        kind = next((what for test, what in _NOT_REGULAR if test(info.st_mode)), "a special file")
        raise InputError(f"{name}: not a regular file ({kind}); save the text to a file first")
    if max_size is not None and info.st_size > max_size:
        raise _over_limit(name, _megabytes(info.st_size), max_size)


def _over_limit(name: str, size: str, max_size: int) -> InputError:
    return InputError(f"{name}: {size}, over the limit of {_megabytes(max_size)} per document; "
                      f"raise it with --max-size")


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size:,} bytes"
