"""The one writer of output files: write to a temporary file beside the target, then rename.

A crash or a user error never leaves a half-written file, and an existing file
is only replaced once its successor is complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                sync: bool = True) -> Iterator[IO]:
    """Open a temporary file next to ``path``; on success rename it over ``path`` (fsynced first, unless ``sync``
    is False: then the caller makes it durable, e.g. :func:`sync_folder` once for many files).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_open(d / "a.txt") as f:
    ...     _ = f.write("hello")
    >>> (d / "a.txt").read_text()
    'hello'
    >>> try:
    ...     with atomic_open(d / "a.txt") as f:
    ...         _ = f.write("half")
    ...         raise RuntimeError("boom")
    ... except RuntimeError:
    ...     pass
    >>> (d / "a.txt").read_text()
    'hello'
    >>> sorted(p.name for p in d.iterdir())
    ['a.txt']
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    binary = "b" in mode
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
    try:
        with os.fdopen(fd, mode, **({} if binary else {"encoding": encoding, "newline": "\n"})) as handle:
            yield handle
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: str | os.PathLike, text: str, sync: bool = True) -> None:
    """Atomically write ``text`` (UTF-8, LF line ends) to ``path``."""
    with atomic_open(path, "w", sync=sync) as handle:
        handle.write(text)


def write_bytes(path: str | os.PathLike, data: bytes, sync: bool = True) -> None:
    """Atomically write ``data`` to ``path``."""
    with atomic_open(path, "wb", encoding=None, sync=sync) as handle:
        handle.write(data)


def sync_folder(path: str | os.PathLike) -> None:
    """Make everything written to the file system of the folder ``path`` durable: one ``syncfs`` (Linux), else
    ``sync``. Cheaper than an fsync per file when many small files were written with ``sync=False``."""
    fd = os.open(path, os.O_RDONLY)
    try:
        if _LIBC is None or _LIBC.syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def _libc():
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.syncfs   # noqa: B018 (present on Linux only)
        return libc
    return None


_LIBC = _libc()
