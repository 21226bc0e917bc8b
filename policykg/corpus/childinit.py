"""What a child process of a build does first: leave interrupts to the main process, die with it, let go of the
build directory's lock. Apart from :mod:`policykg.corpus.run`, whose imports take in the whole builder: the side jobs'
interpreters (:func:`policykg.corpus.sidejob.child_start`) run this and never build a document.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal

__all__ = ["WORKER_SIGNALS", "worker_init"]

WORKER_SIGNALS = (signal.SIGINT, signal.SIGTERM)   # blocked in the main process while it forks its workers


def worker_init(close_fds: tuple[int, ...]) -> None:
    """In each worker: leave interrupts to the main process, die with it, let go of the lock."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # a Ctrl-C still pending since the fork is discarded here
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG (Linux)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, WORKER_SIGNALS)   # blocked since the fork (_forks_shielded)
    if os.getppid() == 1:   # the main process is already gone
        os._exit(1)
    for fd in close_fds:
        with contextlib.suppress(OSError):
            os.close(fd)
