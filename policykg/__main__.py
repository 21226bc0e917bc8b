"""``python -m policykg`` and the ``policykg`` command: an interrupt while the program is still loading is one line
and exit 130 (SIGINT) or 143 (SIGTERM), never a traceback; then the CLI takes over (:func:`policykg.cli.main`)."""

import signal
import sys


def _stop(signum, frame):
    sys.stderr.write("Interrupted.\n")
    sys.stderr.flush()
    raise SystemExit(143 if signum == signal.SIGTERM else 130)


def main() -> None:
    """Load the command line with interrupts handled, then run it."""
    old = signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)   # stays: SIGTERM ends the program as quietly as Ctrl-C does
    from policykg.cli import main as cli_main

    signal.signal(signal.SIGINT, old)      # from here on Ctrl-C is a KeyboardInterrupt the commands clean up after
    cli_main()


if __name__ == "__main__":
    main()
