"""Building on Dask (``policykg.corpus.distributed``): a real LocalCluster of worker processes is started, the
outcomes equal the in-process build's byte for byte, a worker SIGKILLed mid-build loses no document, one bad
document fails alone, the spool folder round-trips, and a scheduler given as tcp://HOST:PORT works."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from click.testing import CliRunner

from policykg.cli import cli
from policykg.core.errors import InputError
from policykg.corpus import distributed as dist
from policykg.corpus import run
from policykg.corpus.build import build_corpus
from policykg.corpus.outcome import worker_job
from policykg.queries.virtuoso import free_port
from benchcorpus import generator

distributed = pytest.importorskip("distributed") if os.environ.get("CI") != "true" else __import__("distributed")



@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """12 generated documents of the genre, and a binary file among them."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    generator.generate_corpus(12, folder)
    (folder / "scan.txt").write_bytes(bytes(range(256)) * 8)
    return folder


@pytest.fixture(scope="module")
def documents(folder):
    """The planned jobs (path, key, sha) of the folder."""
    paths = sorted(folder.iterdir())
    return [(str(p), p.stem, f"sha-{i}") for i, p in enumerate(paths)]


@pytest.fixture(scope="module")
def jobs2(folder, tmp_path_factory):
    """The folder built with --jobs 2 (the process pool): the outputs a Dask build must equal byte for byte."""
    out = tmp_path_factory.mktemp("jobs2") / "out"
    summary = build_corpus([folder], out, jobs=2, quiet=True)
    assert summary.built == 12 and len(summary.failed) == 1
    return out


def outputs(out: Path) -> dict[str, bytes]:
    """Every file of a build directory but the store's own (its files are RocksDB's), by relative path."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "store" not in p.relative_to(out).parts}


@pytest.fixture(scope="module")
def reference(documents):
    """The outcomes of the process that builds them itself (what --jobs 1 runs)."""
    return {job[1]: worker_job(job) for job in documents}


def _same(outcomes, reference):
    assert sorted(o.key for o in outcomes) == sorted(reference)
    for o in outcomes:
        expected = reference[o.key]
        assert (o.ok, o.error, o.name, o.sha256) == (expected.ok, expected.error, expected.name, expected.sha256)
        assert o.nquads == expected.nquads and o.counts == expected.counts and o.actors == expected.actors
        assert o.part == expected.part


def test_a_local_cluster_gives_the_outcomes_of_the_process_byte_for_byte(documents, reference):
    outcomes = list(dist.dask_outcomes(documents, "local:2", batch=3))
    _same(outcomes, reference)
    bad = [o for o in outcomes if not o.ok]
    assert len(bad) == 1 and bad[0].name.endswith("scan.txt") and "\n" not in bad[0].error
    assert sum(o.ok for o in outcomes) == 12


def test_a_local_cluster_build_equals_a_jobs_2_build_byte_for_byte(folder, jobs2, tmp_path):
    out = tmp_path / "out"
    summary = build_corpus([folder], out, scheduler="local:2", quiet=True)
    assert (summary.built, [name for name, _ in summary.failed]) == (12, [str(folder / "scan.txt")])
    assert outputs(out) == outputs(jobs2)
    assert {"graph.trig", "graph.ttl", "report.html", "graph.html", "manifest.json"} <= set(outputs(out))


def test_a_worker_killed_mid_build_loses_no_document(folder, jobs2, tmp_path, monkeypatch):
    """SIGKILL one worker process of the build's LocalCluster (found through the client) while it builds a batch."""
    killed = []

    class KillOnFirst(run.Progress):
        def step(self, name):
            super().step(name)
            if killed:
                return
            client = distributed.default_client()
            pids = client.run(os.getpid)
            busy = [address for address, keys in client.processing().items() if keys]
            assert busy, "no worker is busy: the corpus is too small to kill a worker mid-build"
            killed.append(pids[busy[0]])
            os.kill(killed[0], signal.SIGKILL)

    monkeypatch.setattr(run, "Progress", KillOnFirst)
    monkeypatch.setattr(dist, "batch_size", lambda documents, threads: 2)
    out = tmp_path / "out"
    summary = build_corpus([folder], out, scheduler="local:2", quiet=True)
    assert killed and summary.built == 12 and len(summary.failed) == 1
    assert outputs(out) == outputs(jobs2)
    with pytest.raises(ProcessLookupError):
        os.kill(killed[0], 0)


def test_cli_build_on_a_local_cluster_and_its_one_line_errors(folder, jobs2, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    done = runner.invoke(cli, ["build", str(folder), "--out", str(out), "--scheduler", "local:1", "--quiet"])
    assert done.exit_code == 1 and done.output.count("Error:") == 1 and "scan.txt" in done.output
    assert (out / "graph.trig").read_bytes() == (jobs2 / "graph.trig").read_bytes()
    for args, message in ((["--scheduler", "local:0"], "needs N >= 1"), (["--scheduler", "yarn"], "must be local:N"),
                          (["--spool", str(tmp_path / "spool")], "--spool needs --scheduler")):
        bad = runner.invoke(cli, ["build", str(folder), "--out", str(tmp_path / "never"), *args])
        assert bad.exit_code == 1 and message in bad.output and bad.output.count("\n") == 1
        assert not (tmp_path / "never").exists()


def test_local_workers_write_the_cache_files_themselves(documents, reference, tmp_path):
    """With the staging generation's folders, a LocalCluster's workers write each document's cache files there (the
    client then only records them): the files hold exactly what the outcome would have carried."""
    graphs, parts = tmp_path / "graphs", tmp_path / "parts"
    graphs.mkdir(), parts.mkdir()
    outcomes = list(dist.dask_outcomes(documents, "local:1", cache=(str(graphs), str(parts))))
    assert outcomes and all(o.cached and o.nquads == b"" for o in outcomes if o.ok)
    assert {o.key: (graphs / f"{o.key}.nq").read_bytes() for o in outcomes if o.ok} == {
        k: v.nquads for k, v in reference.items() if v.ok}
    assert {o.key: (parts / f"{o.key}.html").read_text(encoding="utf-8") for o in outcomes if o.ok} == {
        k: v.part.html for k, v in reference.items() if v.ok}
    assert not [p for p in [*graphs.iterdir(), *parts.iterdir()] if p.name.startswith(".")]   # no temporary files


def test_spooled_results_equal_the_sent_ones_and_leave_nothing_behind(documents, reference, tmp_path):
    spool = tmp_path / "spool"
    _same(list(dist.dask_outcomes(documents, "local:1", spool=spool)), reference)
    assert list(spool.iterdir()) == []


def test_a_running_scheduler_by_its_tcp_address(documents, reference):
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", scheduler_port=0,
                                  dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        _same(list(dist.dask_outcomes(documents[:4], cluster.scheduler_address)), {
            k: v for k, v in reference.items() if k in {job[1] for job in documents[:4]}})


def test_an_unreachable_scheduler_is_one_line(documents, monkeypatch):
    monkeypatch.setattr(dist, "CONNECT_TIMEOUT", "2s")
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(InputError, match=f"^cannot reach the Dask scheduler at {address}: "):
        list(dist.dask_outcomes(documents, address))


@pytest.mark.parametrize("spec", ["local", "local:x", "http://host:1", "tcp://host", "2"])
def test_a_bad_scheduler_is_an_input_error(spec):
    with pytest.raises(InputError, match="--scheduler must be local:N or tcp://HOST:PORT"):
        dist.parse_scheduler(spec)


def _interrupted_build(tmp_path: Path, ready) -> tuple[int, str, int, Path]:
    """A LocalCluster build of 40 documents in a session of its own, SIGINT to its process group (what a terminal's
    Ctrl-C does) once ``ready(process, out)``; its exit code, stderr, process group and OUT once it ended and every
    process of the group is gone (the processes end as their pipes close)."""
    corpus = tmp_path / "in"
    generator.generate_corpus(40, corpus)
    out = tmp_path / "out"
    build = subprocess.Popen([sys.executable, "-m", "policykg", "build", str(corpus), "--out", str(out),
                              "--scheduler", "local:2", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not ready(build, out) and time.monotonic() < deadline and build.poll() is None:
            time.sleep(0.05)
        assert build.poll() is None, "the build ended before it could be interrupted"
        group = os.getpgid(build.pid)
        os.killpg(group, signal.SIGINT)
        _, err = build.communicate(timeout=120)
    finally:
        if build.poll() is None:
            build.kill()
    deadline = time.monotonic() + 30
    while _alive(group) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(group), subprocess.run(["ps", "-o", "pid,args", "-g", str(group)], capture_output=True,
                                             text=True).stdout
    return build.returncode, err, group, out


def _built_some(build, out: Path) -> bool:
    return bool(list(out.glob("generations/*/graphs/*.nq")))


def test_ctrl_c_stops_a_local_cluster_build_cleanly(tmp_path):
    """Ctrl-C once documents arrive: the build stops, no process of the group is left, and no worker prints a
    traceback (Dask closes the scheduler before the workers: a worker's heartbeat in flight used to log one)."""
    code, err, _group, _out = _interrupted_build(tmp_path, _built_some)
    assert code == 130 and "Traceback" not in err, err


def _cluster_starting(build, out: Path) -> bool:
    """The build has started a process of its own (the LocalCluster's first nanny): the cluster is starting."""
    return any(Path(t, "children").read_text().split() for t in Path(f"/proc/{build.pid}/task").glob("*"))


def test_ctrl_c_while_the_local_cluster_starts_is_not_lost(tmp_path):
    """A Ctrl-C pressed while the workers start (the signal is ignored then, so that they inherit the ignored
    disposition) is held and acts once the cluster is up: the build stops before any document, with no traceback."""
    code, err, _group, out = _interrupted_build(tmp_path, _cluster_starting)
    assert code == 130 and "Traceback" not in err, err
    assert not _built_some(None, out)


def _alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def _raised_in(filename: str, source: str) -> BaseException:
    """The exception ``source``'s ``cancel()`` raises, its traceback naming ``filename`` as Dask's would."""
    scope: dict = {}
    exec(compile(source, filename, "exec"), scope)
    try:
        scope["cancel"]()
    except Exception as exc:   # noqa: BLE001 - the test wants whatever it raised
        return exc
    raise AssertionError("cancel() raised nothing")


_DASK_RACE = "def cancel():\n    if future is not None:\n        pass\n    future = 1\n"


@pytest.mark.parametrize("filename, source, logged", [
    ("/venv/site-packages/distributed/utils.py", _DASK_RACE, False),            # Dask's race after a Ctrl-C: dropped
    ("/venv/site-packages/policykg/utils.py", _DASK_RACE, True),               # the same error elsewhere: kept
    ("/venv/site-packages/distributed/utils.py", "def cancel():\n    1 / 0\n", True),   # another error: kept
])
def test_only_dasks_ctrl_c_race_is_kept_off_the_terminal(filename, source, logged, caplog):
    """A Ctrl-C that lands inside Dask's ``sync`` before its future exists makes tornado log a NameError traceback
    from ``distributed.utils``' ``cancel`` (seen once in a full suite): the build stopped as asked, so the build's
    client drops that record; any other error tornado logs still reaches the user."""
    dist._drop_ctrl_c_races()
    dist._drop_ctrl_c_races()   # once per process, however many builds
    logger = logging.getLogger("tornado.application")
    assert logger.filters.count(dist._CANCEL_RACE) == 1
    exc = _raised_in(filename, source)
    with caplog.at_level("ERROR", logger="tornado.application"):
        logger.error("Exception in callback", exc_info=(type(exc), exc, exc.__traceback__))
    assert ("Exception in callback" in caplog.text) is logged


class AllExit(Exception):
    """An exception of the same name as Dask's, raised from another module: not Dask's gather."""


def _dask_all_exit() -> type:
    from distributed.client import AllExit as dasks
    return dasks


@pytest.mark.parametrize("raised, logged", [
    (_dask_all_exit, False),          # Dask's gather waiter, orphaned by a Ctrl-C: dropped
    (lambda: AllExit, True),          # the same name elsewhere: kept
    (lambda: RuntimeError, True),     # any other task's lost error: kept
])
def test_dasks_orphaned_gather_after_a_ctrl_c_is_kept_off_the_terminal(raised, logged, caplog):
    """When a Ctrl-C stops a gather, Dask's ``Client._gather`` leaves waiter tasks that end in its ``AllExit`` and are
    never awaited; asyncio then logs "Task exception was never retrieved" with a traceback (seen after Ctrl-C of a
    ``--scheduler local:2`` build). The build's client keeps exactly those off the terminal, and nothing else."""
    dist._drop_ctrl_c_races()
    dist._drop_ctrl_c_races()   # once per process, however many builds
    assert logging.getLogger("asyncio").filters.count(dist._ORPHANED_GATHER) == 1
    kind = raised()

    async def waiter():
        raise kind()

    async def orphan_one():
        task = asyncio.ensure_future(waiter())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        assert task.done()
        del task   # nobody retrieves its exception: asyncio reports it when the task is collected
        gc.collect()

    with caplog.at_level("ERROR", logger="asyncio"):
        asyncio.run(orphan_one())
        gc.collect()
    assert ("Task exception was never retrieved" in caplog.text) is logged
