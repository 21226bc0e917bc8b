"""Round 18 (issue 12): the builder's speed-only changes give the same answers as the code they replaced."""

from __future__ import annotations

from buildfixtures import write_docs
from policykg.graph_builder.skipped import page_lines


def test_page_lines_of_one_line_as_before():
    """The early answer for a single line (a line's layout asked line by line): a page's marker or number is still
    found, a line of text is none."""
    for line in ("===== Trang 3 =====", "Trang 4/12", "- 5 -", "--- PAGE BREAK ---", "CÔNG BÁO/Số 12/Ngày 03-04-2025"):
        assert [(s.start, s.end) for s in page_lines(line)] == [(0, len(line))], line
    assert [(s.start, s.end) for s in page_lines(" 6")] == [(1, 2)]
    for line in ("Sở Y tế chủ trì", "a) Chủ trì", "", "   ", "Trang thông tin điện tử"):
        assert page_lines(line) == [], line


def test_the_view_page_is_written_after_the_summary_is_kept(tmp_path, monkeypatch):
    """A --jobs 2 build: the actor view's process writes graph.html only once the main process has kept the store's
    summary and the hubs' answers (its largest memory after the loads), however early the view's passes end."""
    import time

    from policykg.corpus import finish
    from policykg.corpus.build import build_corpus

    folder = write_docs(tmp_path / "in", {
        "v0.txt": "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục hành chính.\n",
        "v1.txt": "Giao Ban Dân tộc tỉnh hướng dẫn; Hội Nông dân tỉnh tham gia vận động hội viên.\n",
    })
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    kept: list[float] = []
    real = finish.write_summary

    def write_summary(*args, **kwargs):
        found = real(*args, **kwargs)
        time.sleep(8)   # a long summary: the view's passes over two documents end meanwhile
        kept.append(time.time())
        return found

    monkeypatch.setattr(finish, "write_summary", write_summary)
    summary = build_corpus([str(folder)], tmp_path / "out", jobs=2, quiet=True)
    assert summary.ok and "graph.html" in summary.outputs
    assert (tmp_path / "out" / "current" / "graph.html").stat().st_mtime >= kept[0]
    assert not (tmp_path / "out" / "current" / ".view-page-after").exists()


def test_the_view_page_is_written_when_the_summary_is_kept_before_the_view_starts(tmp_path, monkeypatch):
    """A --jobs 2 build whose main process keeps its summary before the thread that starts the view's child gets to
    it (a small corpus, a busy machine): the view's page is still written and the build ends (it once waited for
    ever, the main process's word cleared by the view's start)."""
    import threading
    import time

    from policykg.corpus import finish, viewjob
    from policykg.corpus.build import build_corpus

    folder = write_docs(tmp_path / "in", {
        "w0.txt": "Sở Xây dựng chủ trì, phối hợp với Sở Giao thông vận tải lập quy hoạch.\n",
        "w1.txt": "Giao Hội Cựu chiến binh tỉnh vận động hội viên tham gia giữ gìn trật tự.\n",
    })
    monkeypatch.setattr(finish, "VIEW_PROCESS_FROM", 1)
    real_start = viewjob.ViewJob.start

    def late_start(self, *args):
        time.sleep(3)   # the main process has kept its summary by now
        return real_start(self, *args)

    monkeypatch.setattr(viewjob.ViewJob, "start", late_start)
    found = []
    build = threading.Thread(target=lambda: found.append(build_corpus([str(folder)], tmp_path / "out", jobs=2,
                                                                      quiet=True)), daemon=True)
    build.start()
    build.join(120)
    assert not build.is_alive(), "the build waits for ever for its view"
    assert found[0].ok and "graph.html" in found[0].outputs
    assert not (tmp_path / "out" / "current" / ".view-page-after").exists()


def test_the_hubs_answered_in_groups_keep_what_one_opening_kept(tmp_path, monkeypatch):
    """write_summary answers the hubs a few at a time, the store reopened before each group (what RocksDB holds
    let go of): the summary graph holds the same quads as when every hub is answered on one opening."""
    from corpusfixture import build_generated

    from policykg.queries import summarise
    from policykg.queries.store import SUMMARY_GRAPH, GraphStore

    built = build_generated(tmp_path / "built", 12)
    source = GraphStore(built / "store", read_only=True)
    graphs = {graph: source.dump_graph(graph) for graph in source.graphs()}
    del source
    held, reopened = {}, {}
    real_reopen = GraphStore.reopen
    for per_open in (1000, 2):
        monkeypatch.setattr(summarise, "HUBS_PER_OPEN", per_open)
        store = GraphStore(tmp_path / f"store-{per_open}")
        for graph, data in graphs.items():
            store.replace_graph_ntriples(graph, data)
        reopened[per_open] = 0

        def counted(self, per_open=per_open):
            reopened[per_open] += 1
            real_reopen(self)

        monkeypatch.setattr(GraphStore, "reopen", counted)
        summarise.write_summary(store, hub_rows=3)
        monkeypatch.setattr(GraphStore, "reopen", real_reopen)
        held[per_open] = sorted(str(q) for q in store.store.quads_for_pattern(None, None, None, SUMMARY_GRAPH))
        del store
    assert held[2] == held[1000] and len(held[2]) > 100
    assert reopened[2] >= reopened[1000] + 2   # the hubs (5 or more) in groups of two: two reopenings more at least
