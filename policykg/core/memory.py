"""Memory a long step gives back when it is done with it, so a build's peak does not grow with the corpus.

Two ways a process keeps memory it no longer uses, and what undoes each:

- **C allocations** (Oxigraph's loader and RocksDB, through the C library's ``malloc``): memory freed by native code
  stays in the allocator's heaps (one per thread that allocated), ready for reuse but still resident; after a store's
  bulk load of 24 MB of N-Quads, 100-120 MB of it at 1,000 documents. :func:`release_freed` hands those free pages
  back to the system (``malloc_trim``, glibc); a no-op elsewhere.
- **Python objects** (small objects live in 1 MB arenas, given back only when every object in one is gone): a pass
  that parses every document and keeps a little of each leaves the arenas of the objects it let go of held by the
  few it kept (the actor view's first pass at 1,000 documents: 4 MB kept, 60 MB of arenas held).
  :func:`in_child` runs such a pass in a forked child process, which ends with the pass: only its result, sent
  back, is allocated in the caller. The child shares the caller's memory (its objects are frozen out of the
  child's garbage collector, which would otherwise copy all of it). Where there is no ``fork`` the pass runs in
  the caller.

>>> in_child(sum, [1, 2, 3])
6
>>> release_freed() in (True, False)
True
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
import traceback
from typing import Callable, TypeVar

__all__ = ["in_child", "release_freed"]

T = TypeVar("T")


def _libc():
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None)
        libc.malloc_trim   # noqa: B018 (glibc only)
        return libc
    return None


_LIBC = _libc()


def release_freed() -> bool:
    """Give the memory native code has freed back to the system (glibc's ``malloc_trim``); True when done."""
    if _LIBC is None:
        return False
    _LIBC.malloc_trim(0)
    return True


class ChildFailed(RuntimeError):
    """The child of :func:`in_child` died without a result (killed, out of memory)."""


def in_child(function: Callable[..., T], *args) -> T:
    """``function(*args)`` computed in a forked child process and sent back pickled: the memory the call leaves
    behind ends with the child. An exception of the call is raised here (with the child's traceback as its
    note); without ``os.fork`` the call is made here. Only for a process whose other threads hold no lock the
    call needs (a fork copies the calling thread alone)."""
    if not hasattr(os, "fork"):
        return function(*args)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:   # the child: compute, send, exit without running the parent's clean-ups
        os.close(read_end)
        _child(function, args, write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as source:
        try:   # read as it comes: neither side holds the whole pickle besides the objects it is made of
            ok, value = pickle.load(source)
        except (EOFError, pickle.UnpicklingError):
            ok, value = None, None
        source.read()   # whatever the child still writes: it must not block on a full pipe
    _, status = os.waitpid(pid, 0)
    if ok is None:
        raise ChildFailed(f"the child computing {getattr(function, '__name__', function)} died "
                          f"(status {os.waitstatus_to_exitcode(status)})")
    if ok:
        return value
    exc, note = value
    exc.add_note(note)
    raise exc


def _child(function: Callable, args: tuple, write_end: int) -> None:
    code = 0
    # the parent's objects out of the collector's reach: a collection here would write to each of them and copy
    # every page of the parent's memory into the child's (its memory would double the parent's, not add to it)
    gc.freeze()
    try:
        with contextlib.suppress(Exception):   # die with the parent (Linux)
            _LIBC.prctl(1, signal.SIGTERM) if _LIBC is not None else None
        signal.signal(signal.SIGINT, signal.SIG_IGN)   # an interrupt is the parent's to handle
        try:
            value = function(*args)
        except BaseException as exc:   # sent to the parent, raised there
            value, failure = None, _failure(exc)
        else:
            failure = None
        with os.fdopen(write_end, "wb") as out:
            if failure is not None:
                out.write(failure)
            else:   # written as it is pickled (in frames): a result that cannot be pickled is a child that died
                pickle.dump((True, value), out, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        code = 1
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def _failure(exc: BaseException) -> bytes:
    note = "in the child process:\n" + "".join(traceback.format_exception(exc))
    try:
        return pickle.dumps((False, (exc, note)), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:   # an exception that cannot be pickled: its text
        return pickle.dumps((False, (RuntimeError(f"{type(exc).__name__}: {exc}"), note)))
