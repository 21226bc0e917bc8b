"""Kill a rebuild at random moments with real signals: OUT is always one whole generation, old or new.

A 200-document corpus (small documents, real builder) is built clean into A (old texts) and B (new texts: 30 of
the 200 edited, so the rebuild takes the incremental store path). Then, again and again, a copy of A is rebuilt
with the new texts by the real ``policykg`` command and killed at a random moment with SIGINT (to the process group, as a
terminal sends Ctrl-C), SIGTERM or SIGKILL (to the main process).
After each kill every published file of OUT equals A's or B's byte for byte, all from the same one, and the store
answers the ``documents`` and ``tasks`` queries as that build does. Finally a rebuild without a kill equals B.
The seed is fixed (``POLICYKG_KILL_SEED`` overrides it) and printed on failure.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policykg.queries.data import open_data
from policykg.queries.engine import run_query

SEED = int(os.environ.get("POLICYKG_KILL_SEED", "20240611"))
DOCUMENTS = 200
EDITED = 30
KILLS = {signal.SIGINT: 7, signal.SIGTERM: 7, signal.SIGKILL: 7}
PUBLISHED = ("graph.trig", "graph.ttl", "graph.nq", "report.html", "manifest.json")
POLICYKG = [sys.executable, "-m", "policykg"]


def document(i: int, version: int) -> str:
    extra = f"\n3. Sở Tư pháp phải rà soát văn bản lần {version}." if version > 1 else ""
    return (f"KẾ HOẠCH\nSố: {i}/KH-UBND\nTriển khai nhiệm vụ năm {2000 + i}\nI. NHIỆM VỤ\n"
            f"1. Công an tỉnh chủ trì, phối hợp với Sở Tư pháp kiểm tra khu vực {i}.\n"
            f"2. Ủy ban nhân dân các huyện phải tuần tra địa bàn số {i}.{extra}\n")


def write_corpus(folder: Path, version: int) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(DOCUMENTS):
        edited = version > 1 and i % (DOCUMENTS // EDITED) == 0 and i // (DOCUMENTS // EDITED) < EDITED
        (folder / f"doc{i:03d}.txt").write_text(document(i, version if edited else 1), encoding="utf-8")


def build(inputs: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*POLICYKG, "build", str(inputs), "--out", str(out), "-q", "--no-viz", "-f", "nq",
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "PYTHONFAULTHANDLER": "1"})


def finished(proc: subprocess.Popen, timeout: float = 60) -> tuple[int, str]:
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGABRT)   # the fault handler prints where every thread is
        _out, err = proc.communicate()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"the build did not end within {timeout} s of the signal (seed {SEED}):\n{err}")
    return proc.returncode, err


def handlers_installed(proc: subprocess.Popen, timeout: float = 60) -> None:
    """Wait until the process catches SIGTERM (``SigCgt`` in /proc): ``policykg``'s own entry point has started.

    Before that moment a signal meets Python's start-up (its default actions): under a heavily loaded machine that
    can last more than a second, and a kill there is not the program's to handle.
    """
    deadline = time.monotonic() + timeout
    bit = 1 << (signal.SIGTERM - 1)
    while proc.poll() is None and time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            status = Path(f"/proc/{proc.pid}/status").read_text()
            caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), 16)
            if caught & bit:
                return
        time.sleep(0.005)


def published(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in PUBLISHED if (out / name).exists()}


def answers(out: Path) -> dict[str, str]:
    store = open_data(out)
    try:
        return {name: run_query(name, {}, data=store).serialize("csv") for name in ("documents", "tasks")}
    finally:
        del store


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill")
    texts = root / "in"
    write_corpus(texts, 1)
    code, err = finished(build(texts, root / "A"))
    assert code == 0, err
    write_corpus(texts, 2)
    code, err = finished(build(texts, root / "B"))
    assert code == 0, err
    shutil.copytree(root / "A", root / "timed", symlinks=True)
    started = time.monotonic()
    code, err = finished(build(texts, root / "timed"))   # how long the rebuild takes: the kills fall inside it
    assert code == 0, err
    rebuild_seconds = time.monotonic() - started
    a, b = published(root / "A"), published(root / "B")
    assert set(a) == set(b) == set(PUBLISHED) and all(a[n] != b[n] for n in ("graph.trig", "manifest.json"))
    assert published(root / "timed") == b
    return root, texts, rebuild_seconds, {"A": (a, answers(root / "A")), "B": (b, answers(root / "B"))}


def test_killed_rebuilds_leave_one_whole_generation_and_the_next_build_is_clean(builds):
    root, texts, rebuild_seconds, expected = builds
    rng = random.Random(SEED)
    signals = [s for s, n in KILLS.items() for _ in range(n)]
    rng.shuffle(signals)
    seen = {"A": 0, "B": 0}
    out = root / "OUT"
    for round_, sig in enumerate(signals):
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(root / "A", out, symlinks=True)
        delay = rng.uniform(0.0, rebuild_seconds * 1.1)
        context = f"round {round_}, {sig.name} {delay:.2f} s after start-up, jobs {1 + round_ % 2} (seed {SEED})"
        proc = build(texts, out, "--jobs", str(1 + round_ % 2))
        handlers_installed(proc)   # the delay counts from our entry point, not from Python's own start-up
        time.sleep(delay)
        if proc.poll() is None:   # Ctrl-C reaches the whole process group, as a terminal sends it
            (os.killpg if sig == signal.SIGINT else os.kill)(proc.pid, sig)
        code, err = finished(proc)
        assert "Traceback" not in err, context + "\n" + err
        # -SIGTERM, -SIGINT: the signal came in the last moment of the interpreter's teardown, when Python has put
        # the default handlers back; the build was complete by then (checked below)
        assert code in (0, 130, 143, -signal.SIGKILL, -signal.SIGTERM, -signal.SIGINT), context + f": exit {code}\n{err}"
        if code in (130, 143):
            assert err.strip().splitlines()[-1].startswith("Interrupted"), context + "\n" + err
        files = published(out)
        which = [name for name, (want, _) in expected.items() if files == want]
        assert which, context + ": the published files are neither the old build nor the new one: " + ", ".join(
            f"{n} from {[k for k, (w, _) in expected.items() if w[n] == files.get(n)]}" for n in PUBLISHED)
        assert answers(out) == expected[which[0]][1], context + ": the store does not match the files"
        assert code >= 0 or sig == signal.SIGKILL or which == ["B"], context + ": killed before the build was done"
        seen[which[0]] += 1
    code, err = finished(build(texts, out))
    assert code == 0, err
    assert published(out) == expected["B"][0] and answers(out) == expected["B"][1]
    assert {p.name for p in (out / "generations").iterdir()} <= {"1", "2", "3"}   # the new one and the one before
    assert seen["A"] > 0, seen   # most kills land inside the build
