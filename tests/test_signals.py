"""A signal at any moment of the ``policykg`` process gives one line and exit 143 (SIGTERM), never a traceback.

The command is replaced by a stand-in so that the signal falls at a known moment: inside the command, and after the
command has returned, while the interpreter waits for a thread at teardown (``threading._shutdown``), where an
exception can only be printed as an ignored traceback.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import os, signal, sys, threading, time
import policykg.cli

def command():
    print("written")
    if sys.argv[1] == "during":
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)
    else:   # a thread still running when the command returns: the signal comes in the interpreter's teardown
        def late():
            time.sleep(0.3)
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
        threading.Thread(target=late).start()

policykg.cli.main = command
from policykg.__main__ import main
main()
"""


def run(moment: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROGRAM, moment], capture_output=True, text=True, timeout=60)


def test_sigterm_inside_a_command_is_one_line_and_exit_143():
    done = run("during")
    assert done.returncode == 143, done.stderr
    assert done.stderr == "Interrupted.\n"
    assert done.stdout == "written\n"


def test_sigterm_after_the_command_returned_is_one_line_and_exit_143_not_an_ignored_traceback():
    done = run("teardown")
    assert done.returncode == 143, done.stderr
    assert done.stderr == "Interrupted.\n"
    assert done.stdout == "written\n"   # what the command printed is not lost to the quick exit
