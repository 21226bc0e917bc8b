"""A reader that stops early (`policykg ... | head`): the command ends quietly (exit 1, as Click does), no error line
(it used to print "Error: Broken pipe")."""
import os
import subprocess
import sys
from pathlib import Path

DIRECTIVE = Path(__file__).resolve().parents[1] / "examples" / "ct09-nhandan-2023-12-09.txt"


def _run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess:
    read, write = os.pipe()
    os.close(read)   # nobody reads: the first write fails with EPIPE
    try:
        return subprocess.run([sys.executable, "-m", "policykg", *args], stdout=write, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    finally:
        os.close(write)


def test_a_query_into_a_closed_pipe_prints_no_error(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "policykg", "build", str(DIRECTIVE), "--out", str(out), "--quiet"],
                   check=True, timeout=300)
    done = _run_into_closed_pipe("query", "coordination", "--data", str(out))
    assert (done.returncode, done.stderr) == (1, "")


def test_a_query_that_is_read_whole_still_exits_0(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "policykg", "build", str(DIRECTIVE), "--out", str(out), "--quiet"],
                   check=True, timeout=300)
    done = subprocess.run([sys.executable, "-m", "policykg", "query", "coordination", "--data", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Công an nhân dân" in done.stdout and done.stderr == ""
