"""Round 24 (issue 12): a --jobs 2 build starts the actor view's process together with the exports' as soon as the
workers end (before, it waited for the exports, the summary's reduce and the store's load, and its job ended the
build: bench/results-round22-build.txt), and a large view writes its details files (graph-details/) before it
waits for the store's summary, its page alone after it. The order is read from the events the build's processes
record (which child was started, whether the exports' child had been let go), never from how long a step took."""

from __future__ import annotations

import sys
from pathlib import Path

from buildfixtures import write_docs
from corpusfixture import generated_texts
from policykg.corpus import finish, viewjob
from policykg.corpus.build import build_corpus
from policykg.corpus.exportjob import ExportJob
from policykg.corpus.viewjob import ViewJob, cached_facts, draw_actor_view
from policykg.visualize import page as page_module
from policykg.visualize.actorview import write_actor_view
from policykg.visualize.details import details_dir


def _gate(folder: Path, flag: Path, events: Path) -> str:
    """An interpreter that waits until ``flag`` exists before it runs its module (at most 60 s: then it records
    that it was never let go, and runs it), recording in ``events`` whether it was let go (its start is recorded by
    the parent that starts it)."""
    script = folder / "gated-python"
    script.write_text("#!/bin/sh\n"
                      "i=0\n"
                      f"while [ ! -e '{flag}' ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done\n"
                      f"if [ -e '{flag}' ]; then echo 'exports: let go' >> '{events}'; "
                      f"else echo 'exports: never let go' >> '{events}'; fi\n"
                      f"exec '{sys.executable}' \"$@\"\n")
    script.chmod(0o755)
    return str(script)


def test_the_view_process_starts_before_the_exports_end(tmp_path, monkeypatch):
    """The exports' child cannot end before the view's process is started (it waits for the word the view's start
    gives): the view is started while it runs, and the build ends with every output. At main (the view started
    once the exports, the summary and the store's load had ended) the exports' child is never let go."""
    folder = write_docs(tmp_path / "in", {
        "e0.txt": "Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra các trạm y tế xã.\n",
        "e1.txt": "Giao Công an tỉnh bảo đảm an ninh; Đoàn Thanh niên tỉnh tham gia tuyên truyền.\n",
        "e2.txt": "Ủy ban nhân dân huyện phối hợp với Hội Phụ nữ huyện vận động hội viên.\n",
    })
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    flag, events = tmp_path / "view-started", tmp_path / "events"
    gated = _gate(tmp_path, flag, events)
    real_module, real_view = ExportJob.start_module, ViewJob.start

    def start_exports(self, *args):
        python = sys.executable
        sys.executable = gated   # this child only: the summary's and the view's start the real interpreter
        with open(events, "a", encoding="utf-8") as handle:   # recorded by the parent as it starts the child:
            handle.write("exports: started\n")               # the child's shell may run after the view's start
        try:
            return real_module(self, *args)
        finally:
            sys.executable = python

    def start_view(self, *args):
        found = real_view(self, *args)
        with open(events, "a", encoding="utf-8") as handle:
            handle.write("view: started\n")
        flag.touch()
        return found

    monkeypatch.setattr(ExportJob, "start_module", start_exports)
    monkeypatch.setattr(ViewJob, "start", start_view)
    summary = build_corpus([str(folder)], tmp_path / "out", jobs=2, quiet=True)
    assert summary.ok and "graph.html" in summary.outputs and "graph.trig" in summary.outputs, summary.notes
    assert events.read_text(encoding="utf-8").splitlines() == ["exports: started", "view: started", "exports: let go"]
    assert (tmp_path / "out" / "graph.html").is_file() and (tmp_path / "out" / "graph.trig").is_file()


def test_a_large_views_details_are_written_before_it_waits_and_its_page_after(tmp_path, monkeypatch):
    """write_actor_view's ``before_page`` (the build's wait for the store's summary) comes once graph-details/ is
    written and before graph.html; the view's process (draw_actor_view with ``page_after``) waits with its details
    written and no page; the same files as a view drawn without a wait."""
    texts = generated_texts(tmp_path, 4)
    build_corpus(texts, tmp_path / "out", jobs=1, quiet=True)
    generation = (tmp_path / "out" / "current").resolve()
    keys = sorted(p.name[:-len(".view.json")] for p in (generation / "graphs").glob("*.view.json"))
    monkeypatch.setattr(page_module, "DETAILS_APART_ABOVE", 0)   # a large view: its details apart

    def files(page: Path) -> dict[str, bytes]:
        folder = details_dir(page)
        return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}

    plain = tmp_path / "plain" / "graph.html"
    plain.parent.mkdir()
    write_actor_view(lambda: cached_facts(generation / "graphs", keys), plain)
    assert files(plain)

    seen = []
    waited = tmp_path / "waited" / "graph.html"
    waited.parent.mkdir()
    write_actor_view(lambda: cached_facts(generation / "graphs", keys), waited,
                     before_page=lambda: seen.append((files(waited), waited.exists())))
    assert seen == [(files(plain), False)]
    assert waited.read_bytes() == plain.read_bytes() and files(waited) == files(plain)

    # the view's process: its page waits for the main process's word, its details do not
    drawn, page_after = tmp_path / "drawn" / "graph.html", tmp_path / "drawn" / ".view-page-after"
    drawn.parent.mkdir()
    states: list[tuple[bool, bool]] = []
    real_wait = viewjob._wait_for

    def wait_for(path: Path) -> None:   # the state the wait starts in, then the main process's word
        states.append((details_dir(drawn).is_dir(), drawn.exists()))
        path.touch()
        real_wait(path)

    monkeypatch.setattr(viewjob, "_wait_for", wait_for)
    assert draw_actor_view(generation / "graphs", keys, str(drawn), page_after=page_after) is None
    assert states == [(True, False)]
    assert drawn.read_bytes() == plain.read_bytes() and files(drawn) == files(plain)
