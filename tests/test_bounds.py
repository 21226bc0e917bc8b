"""Bounds (issue 11, failure 8): inputs that are not regular files are refused unread (a FIFO or /dev/zero hung the
build), a size limit per document with an option to raise it, stdin read up to the same limit, and a line per step
of a big document's build on a terminal."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.cli import cli
from policykg.core.errors import InputError
from policykg.corpus.outcome import build_outcome
from policykg.corpus.progress import BIG_DOCUMENT_BYTES, DocumentSteps
from policykg.core.limits import check_input_file
from policykg.graph_builder.model import Span, SpanReach
from policykg.graph_builder.read import read_source

POLICYKG = Path(sys.executable).parent / "policykg"
TEXT = "Kế hoạch\nCông an nhân dân phải bảo vệ an ninh.\n"


def build(*args, stdin=subprocess.DEVNULL, timeout=120):
    """``policykg build`` in a child process: a hang fails the test instead of stopping the suite."""
    return subprocess.run([str(POLICYKG), "build", *map(str, args)], stdin=stdin, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "kh.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_fifo_among_the_inputs_is_refused_without_waiting(tmp_path, doc):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = build(fifo, doc, "--out", tmp_path / "out", "--no-viz", "-q", timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"Error: {fifo}: not a regular file (a named pipe); save the text to a file first\n"
    assert (tmp_path / "out" / "graphs" / "kh.nq").exists()   # the other input is built
    with pytest.raises(InputError, match="not a regular file \\(a named pipe\\)"):
        read_source(fifo)


def test_a_device_is_refused(tmp_path):
    result = build("/dev/zero", "--out", tmp_path / "out", "--no-viz", "-q", timeout=60)
    assert result.returncode == 1
    assert result.stderr == "Error: /dev/zero: not a regular file (a character device); save the text to a file first\n"
    with pytest.raises(InputError, match="is a directory"):
        check_input_file(tmp_path)


def test_stdin_is_read_up_to_the_limit_only(tmp_path):
    with open("/dev/zero", "rb") as zero:
        result = build("-", "--out", tmp_path / "out", "--no-viz", "-q", "--max-size", "2", stdin=zero, timeout=60)
    assert result.returncode == 1
    assert result.stderr == ("Error: <stdin>: more than 2.0 MB, over the limit of 2.0 MB per document; "
                             "raise it with --max-size\n")


def test_a_document_over_the_size_limit_fails_alone_and_the_option_raises_it(tmp_path, doc):
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 40_000, encoding="utf-8")   # 2.2 MB
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(big), str(doc), "--out", str(tmp_path / "out"), "--no-viz", "-q",
                                 "--max-size", "1"], catch_exceptions=False)
    assert result.exit_code == 1
    size = big.stat().st_size
    assert result.output == (f"Error: {big}: {size / 1e6:.1f} MB, over the limit of 1.0 MB per document; "
                             f"raise it with --max-size\n")
    assert (tmp_path / "out" / "graphs" / "kh.nq").exists()
    with pytest.raises(InputError, match="over the limit of 1,000 bytes"):
        read_source(big, max_size=1000)


def test_the_default_limit_is_generous_and_documented():
    help_text = CliRunner().invoke(cli, ["build", "--help"]).output
    assert "--max-size MB" in help_text and "[default: 50.0" in help_text


def test_a_big_document_gets_a_line_per_step_small_ones_none():
    stream = io.StringIO()
    steps = DocumentSteps("dir/big.txt", BIG_DOCUMENT_BYTES, True, stream)
    steps("recognise")
    assert stream.getvalue().startswith("\r\x1b[Kbig.txt (2.0 MB): recognise, ") and stream.getvalue().endswith(" s\n")
    for size, enabled in ((BIG_DOCUMENT_BYTES - 1, True), (BIG_DOCUMENT_BYTES, False)):
        quiet = io.StringIO()
        DocumentSteps("small.txt", size, enabled, quiet)("segment")
        assert quiet.getvalue() == ""


def test_build_outcome_reports_the_steps_of_a_big_document(fake_steps, tmp_path, capsys, monkeypatch):
    from policykg.corpus import progress

    monkeypatch.setattr(progress, "BIG_DOCUMENT_BYTES", 1000)   # "big" made small, to keep the test fast
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 30, encoding="utf-8")
    outcome = build_outcome(str(big), "big", progress=True)
    assert outcome.ok, outcome.error
    lines = capsys.readouterr().err.split("\n")
    assert [line.split(": ")[1].split(",")[0] for line in lines[:-1]] == ["read", "emit", "report", "done"]
    build_outcome(str(big), "big", progress=False)
    assert capsys.readouterr().err == ""


span_pairs = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: Span(p[0], p[0] + p[1]))


@settings(max_examples=300)
@given(st.lists(span_pairs, max_size=30), span_pairs)
def test_span_reach_answers_as_a_scan_of_every_span(spans, span):
    """The log-time overlap check that keeps big documents linear gives what a scan of every span gives."""
    assert SpanReach(spans).overlaps(span) == any(span.overlaps(t) for t in spans)
