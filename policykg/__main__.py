"""``python -m policykg`` and the ``policykg`` command: an interrupt while the program is still loading is one line
and exit 130 (SIGINT) or 143 (SIGTERM), never a traceback; then the CLI takes over (:func:`policykg.cli.main`).

While loading nothing has been written, so the process ends at once (``os._exit``: an exception could be caught
by an import's own ``except``). Afterwards SIGTERM ends a command as Ctrl-C does (a build installs its own
handlers and cleans up first). Once the command has returned, everything it writes is written, so a signal during
the interpreter's teardown again ends the process at once: an exception raised there would only be printed as an
ignored traceback (``threading._shutdown``, ``atexit``).

An interrupted command (exit 130 or 143) ends with ``os._exit`` once it has cleaned up and printed its line. Under
``python -m policykg``, CPython remembers a KeyboardInterrupt that left an ``exec()`` or ``eval()`` of a string (the
code that ``dataclasses`` and ``namedtuple`` generate while a module is imported) as unhandled, even when the command
caught it; its normal exit would then kill the process with SIGINT instead of exiting 130.
"""

import os
import signal
import sys

_exit_at_once = True   # while loading, and again once the command has returned


def _stop(signum, frame):
    code = 143 if signum == signal.SIGTERM else 130
    sys.stderr.write("Interrupted.\n")
    sys.stderr.flush()
    if _exit_at_once:
        os._exit(code)
    raise SystemExit(code)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a closed pipe or stream: nothing more can reach the user there
            pass


def main() -> None:
    """Load the command line with interrupts handled, then run it."""
    global _exit_at_once
    old = signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    from policykg.cli import main as cli_main

    _exit_at_once = False
    signal.signal(signal.SIGINT, old)      # from here on Ctrl-C is a KeyboardInterrupt the commands clean up after
    try:
        cli_main()
    except SystemExit as exc:
        if exc.code in (130, 143):   # interrupted: the command has cleaned up and said so
            _flush()
            os._exit(exc.code)       # not through CPython's exit (see the module's docstring)
        raise
    finally:
        _flush()                           # what the command printed reaches the user before any os._exit
        _exit_at_once = True
        signal.signal(signal.SIGINT, _stop)
        signal.signal(signal.SIGTERM, _stop)


if __name__ == "__main__":
    main()
