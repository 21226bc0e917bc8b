"""``python -m policykg`` and the ``policykg`` command: an interrupt while the program is still loading is one line
and exit 130 (SIGINT) or 143 (SIGTERM), never a traceback; then the CLI takes over (:func:`policykg.cli.main`).

While loading nothing has been written, so the process ends at once (``os._exit``: an exception could be caught
by an import's own ``except``). Afterwards SIGTERM ends a command as Ctrl-C does (a build installs its own
handlers and cleans up first).
"""

import os
import signal
import sys

_loading = True


def _stop(signum, frame):
    code = 143 if signum == signal.SIGTERM else 130
    sys.stderr.write("Interrupted.\n")
    sys.stderr.flush()
    if _loading:
        os._exit(code)
    raise SystemExit(code)


def main() -> None:
    """Load the command line with interrupts handled, then run it."""
    global _loading
    old = signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    from policykg.cli import main as cli_main

    _loading = False
    signal.signal(signal.SIGINT, old)      # from here on Ctrl-C is a KeyboardInterrupt the commands clean up after
    cli_main()


if __name__ == "__main__":
    main()
