"""Round 17 (speed17): the forked workers of a ``--jobs N`` build write their documents' cache files themselves, so
the main process only records each outcome; what they write is what the main process wrote, and a worker killed
while it writes leaves no temporary file in the published generation."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from policykg.corpus import run as run_module
from policykg.corpus.build import build_corpus

_TEXTS = {
    "a.txt": "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nPhòng chống lũ quét\n\n"
             "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng kiểm tra các hồ đập.\n"
             "2. Công an tỉnh bảo đảm an ninh trật tự.\n",
    "b.txt": "BỘ Y TẾ\nSố: 7/CT-BYT\n\nCHỈ THỊ\nVề tiêm chủng mở rộng\n\n"
             "Giao Cục Y tế dự phòng hướng dẫn các địa phương; Sở Y tế các tỉnh có trách nhiệm tổ chức tiêm chủng.\n",
    "c.txt": "Ủy ban nhân dân huyện Mèo Vạc phối hợp với Hội Nông dân huyện tuyên truyền trồng rừng.\n",
    "d.txt": "Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể vận động nhân dân tham gia giữ gìn vệ sinh.\n",
}


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _cache(out: Path) -> dict[str, bytes]:
    current = out / "current"
    return {str(p.relative_to(current)): p.read_bytes() for folder in ("graphs", "parts")
            for p in sorted((current / folder).iterdir())}


def test_the_workers_write_the_cache_files_the_main_process_wrote(tmp_path, monkeypatch):
    inputs = _inputs(tmp_path)
    build_corpus([str(inputs)], tmp_path / "one", jobs=1, quiet=True)   # the main process writes them
    written_here: list[str] = []
    real = run_module.write_cache_files
    monkeypatch.setattr(run_module, "write_cache_files",
                        lambda outcome, *a: (written_here.append(outcome.key), real(outcome, *a)))
    summary = build_corpus([str(inputs)], tmp_path / "two", jobs=2, quiet=True)
    assert summary.built == len(_TEXTS) and summary.ok
    assert written_here == []   # the workers wrote every file
    assert _cache(tmp_path / "two") == _cache(tmp_path / "one")
    assert len(_cache(tmp_path / "two")) == 4 * len(_TEXTS)   # graph, view facts, summary part, report section


def _killed_while_writing(job, **kwargs):
    """The worker's job, except that the first time it builds c.txt it dies with a temporary file half written."""
    graphs = Path(kwargs["cache"][0])
    marker = graphs.parent / "killed-once"
    if job[0].endswith("c.txt") and not marker.exists():
        marker.write_text("")
        (graphs / f".{job[1]}.nq.half.tmp").write_bytes(b"<urn:a> <urn:b> ")
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_JOB(job, **kwargs)


_REAL_JOB = run_module.worker_job


def test_a_worker_killed_while_it_writes_leaves_no_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setattr(run_module, "worker_job", _killed_while_writing)
    summary = build_corpus([str(_inputs(tmp_path))], tmp_path / "out", jobs=2, quiet=True)
    assert summary.built == len(_TEXTS) and summary.ok
    current = (tmp_path / "out" / "current").resolve()
    assert (current / "killed-once").exists()   # the worker did die once
    assert not [p.name for p in current.rglob(".*.tmp")]


def test_the_kept_answers_that_need_no_summary_are_written_while_the_reduce_runs(tmp_path):
    from policykg.queries.data import open_data
    from policykg.queries.summarise import KEPT_AT_BUILD, write_summary
    from policykg.queries.tables import RESULTS_DIRNAME

    fixture = Path(__file__).parent / "data" / "queries" / "fixture.trig"
    waited, at_wait = tmp_path / "waited", []
    waited.mkdir()
    (tmp_path / "first").mkdir()

    def reduce_result():   # what the build's summary job gives when it is waited for (here: nothing, run live)
        at_wait.append(sorted(p.name for p in (waited / RESULTS_DIRNAME).glob("*")))
        return None

    assert write_summary(open_data(fixture), waited, hub_rows=3, reduced=reduce_result) == 2
    written = {p.name: p.read_bytes() for p in sorted((waited / RESULTS_DIRNAME).glob("*"))}
    # every kept answer but busiest-actors (read from the summary's counts) was there before the wait
    early = sorted(name for name in written if name.rsplit("-", 1)[0] in KEPT_AT_BUILD[1:])
    assert KEPT_AT_BUILD[0] == "busiest-actors" and at_wait == [early] and len(early) == 2 * (len(KEPT_AT_BUILD) - 1)
    assert [name for name in written if name.startswith("busiest-actors")]   # written after the wait
    # and every file is what the build wrote when it waited first
    assert write_summary(open_data(fixture), tmp_path / "first", hub_rows=3, reduced=None) == 2
    assert {p.name: p.read_bytes() for p in sorted((tmp_path / "first" / RESULTS_DIRNAME).glob("*"))} == written
