"""Step 3 of a corpus build: everything of the staging generation that depends on all documents at once.

Carry the cache of documents not rebuilt over from the previous generation (hard links), prune documents no longer
among the inputs (only when asked), write the manifest, the merged triples, the store (incremental or whole:
:mod:`policykg.corpus.storing`), ``graph.<format>``, the report (``report.html`` and its pages) and the actor view ``graph.html``, and total
the counts. Nothing here holds the whole corpus in memory.
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path
from typing import Callable

from policykg.corpus.exportjob import ExportJob, write_exports
from policykg.corpus.exports import MERGED_NAME, graph_order, output_name
from policykg.corpus.manifest import Manifest
from policykg.core.builddir import CACHE_SUFFIXES, GRAPHS, PARTS, cache_file, part_file
from policykg.corpus.cacheread import cached_summary_parts
from policykg.corpus.plan import BuildPlan
from policykg.corpus.storing import write_store
from policykg.corpus.summaryjob import SummaryJob
from policykg.corpus.summary import BuildSummary
from policykg.queries.store import GraphStore
from policykg.queries.summarise import write_summary
from policykg.queries.taskparts import KEPT_FROM_PARTS
from policykg.visualize.details import details_dir
from policykg.visualize.report import ReportEntry, report_page_name, write_report_pages
from policykg.corpus.viewjob import ViewJob, draw_actor_view

__all__ = ["finish_build", "link_or_copy"]

_INCREMENTAL_SHARE = 4   # the store is copied and updated when at most 1/4 of the documents changed
VIEW_PROCESS_FROM = 50   # documents: below, starting another interpreter for the view costs more than it saves
# jobs from which the summary is reduced by a process of its own, beside the main process's store load. Round 5 kept
# it in the main process with two jobs (no wall time gained then, bench/results-round5-build.txt); since, the view
# and the exports have become cheaper than the main process's finish (42 s of CPU against 23 s at 1,000 documents),
# so with two jobs too the reduce (about 10 s) balances the finish's two cores (bench/results-round8-build.txt)
SUMMARY_PROCESS_FROM_JOBS = 2
OUTPUTS_LAYOUT = 3       # the outputs a generation holds (2: report.html an index of report/<key>.html; 3: graph-details/)


def finish_build(plan: BuildPlan, summary: BuildSummary) -> None:
    """Write every output of ``plan.gen`` that spans the documents (see the module docstring); fill in ``summary``.

    When the outputs would be made from exactly what the previous generation's were made from (a no-change
    rebuild), they are hard links to the previous files instead.
    """
    manifest = plan.manifest.documents
    _carry_over(plan, summary)
    keys, repeats = plan.manifest.published({k for k in manifest if plan.cached(k, plan.gen)})
    keys = graph_order(keys)
    summary.notes.extend(f"{manifest[k].get('name', k)} is the same document as {manifest[kept].get('name', kept)} "
                         f"({manifest[k]['identity'][0]}): left out" for k, kept in repeats)
    fingerprint = plan.manifest.fingerprint(keys, [OUTPUTS_LAYOUT, summary.failed, plan.viz])
    reused = _reuse(plan, fingerprint, summary)
    _write_outputs(plan, keys, summary, reused)
    plan.manifest.outputs = {"fingerprint": fingerprint, "quads": summary.quads, "triples": summary.triples,
                             "files": summary.outputs}
    plan.manifest.write(plan.gen / "manifest.json")
    actors: set[str] = set()
    for key in keys:
        summary.add_counts(manifest[key].get("counts", {}))
        actors.update(manifest[key].get("actors", []))
    summary.actors = len(actors)
    summary.documents = len(keys)


def _write_outputs(plan: BuildPlan, keys: list[str], summary: BuildSummary, reused: bool) -> None:
    """The store (with its summary) of the documents ``keys`` and, unless ``reused``, graph.<format>, the report and
    the actor view. With workers and enough documents, the exports and the view (and from SUMMARY_PROCESS_FROM_JOBS
    jobs the summary's reduce) are done by processes of their own (from the documents' cache, not the store) while
    the main process loads the store. The exports' and the view's processes start together as soon as the workers
    have ended (round 24: the view waited for the exports, the summary and the store's load before, and its job
    ended the build, bench/results-round22-build.txt; now its three passes run beside the exports and the loads,
    bench/results-round24-build.txt); the summary's process starts once the exports' has ended (the merged
    triples, which the store waits for, first). Round 18: the view's process writes its page (its largest memory,
    which grows with the corpus) only once the main process has kept its summary and the hubs' answers (its
    largest after the loads, which grows too), so the tree's peak no longer depends on whether those two peaks
    coincide; round 24: a large view writes its details files (graph-details/) before that wait, its page alone
    after it."""
    merged = plan.gen / MERGED_NAME
    side = plan.jobs > 1 and len(keys) >= VIEW_PROCESS_FROM
    view = ViewJob(plan.gen) if side and plan.viz and not reused else None
    exports = ExportJob(plan.gen) if side and not reused else None
    reduce = SummaryJob(plan.gen) if side and not reused and plan.jobs >= SUMMARY_PROCESS_FROM_JOBS else None
    store = None
    try:
        if exports is not None:
            exports.start(plan.graphs_dir, keys, plan.formats, merged)
        if reduce is not None:   # once the exports have ended (the merged triples, which the store waits for, first)
            reduce.start_after([job for job in (exports,) if job is not None],
                               lambda: reduce.start(plan.graphs_dir, keys, KEPT_FROM_PARTS))
        if view is not None:   # at once, beside the exports (round 24): its page still waits for the summary
            view.start(plan.graphs_dir, keys)
        store = _store(plan, keys, functools.partial(exports.merged_written, merged) if exports is not None else None)
        # each actor's selective answers (queries/summary.py) reduced from the documents' parts, whole ones kept
        # (those that need no summary while the reduce's process still runs)
        write_summary(store, plan.gen, parts=lambda: cached_summary_parts(plan.graphs_dir, keys),
                      reduced=reduce.result if reduce is not None else None)
        if view is not None:   # the summary and the hubs' answers kept: the view's page (its largest memory) may follow
            view.page_may_follow()
        store.flush()
        if not reused:
            done = exports.result() if exports is not None else None
            if done is None:   # no child, or it failed: here (a real failure is then raised here)
                done = write_exports(plan.gen, plan.graphs_dir, keys, plan.formats, merged)
            summary.quads, summary.triples = done[0], done[1]
            summary.outputs.extend(done[2])
            _write_report(plan, keys, summary)
            if plan.viz:
                _view_written(view.result() if view else
                              draw_actor_view(plan.graphs_dir, keys, str(plan.gen / "graph.html")), summary)
    finally:
        for job in (view, reduce, exports):   # a job waiting for others first: it is then never started
            if job is not None:
                job.close()
        del store   # closes the persistent store
        merged.unlink(missing_ok=True)


def _reuse(plan: BuildPlan, fingerprint: str, summary: BuildSummary) -> bool:
    """Hard-link the previous generation's outputs when they were made from the same things; True if done."""
    before = plan.before_outputs
    names = [output_name(f) for f in plan.formats] + ["report.html"] + (["graph.html"] if plan.viz else [])
    if plan.previous is None or before.get("fingerprint") != fingerprint \
            or not set(names) <= set(before.get("files", [])) \
            or not all((plan.previous / name).is_file() for name in names):
        return False
    for name in names:
        link_or_copy(plan.previous / name, plan.gen / name)
    if plan.viz:   # a large graph.html keeps its details in files beside it
        for part in sorted(details_dir(plan.previous / "graph.html").glob("*.js")):
            link_or_copy(part, details_dir(plan.gen / "graph.html") / part.name)
    summary.outputs.extend(names)
    summary.quads, summary.triples = before.get("quads", 0), before.get("triples", 0)
    return True


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link of ``source`` at ``target`` (files are only ever replaced, never changed in place), else a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _carry_over(plan: BuildPlan, summary: BuildSummary) -> None:
    """Documents not rebuilt: their cache joins the new generation; those no longer among the inputs are removed
    with ``prune``, else kept (and said so)."""
    manifest = plan.manifest.documents
    kept = 0
    for key in sorted(manifest):
        if plan.cached(key, plan.gen):
            continue
        if key not in plan.current_keys:
            if plan.prune:
                del manifest[key]
                summary.removed += 1
                continue
            kept += 1
        if plan.cached(key):
            files = [cache_file(GRAPHS, key, suffix) for suffix in CACHE_SUFFIXES]
            for part in (*files, part_file(PARTS, key), Path("report") / report_page_name(key)):
                if (plan.previous / part).exists():   # a report page is written below when it is missing
                    link_or_copy(plan.previous / part, plan.gen / part)
    if kept:
        summary.notes.append(f"{kept} document(s) of an earlier build are no longer among the inputs: kept; "
                             "--prune removes them")


def _store(plan: BuildPlan, keys: list[str], merged: Callable[[], Path | None] | None = None) -> GraphStore:
    """The generation's store: a copy of the previous one, updated, when few documents changed; else loaded whole
    (its merged view from the exports' merged triples when ``merged`` gives them: :func:`write_store`)."""
    before = Manifest(documents=plan.before)
    was = set(before.published({k for k in plan.before if plan.cached(k)})[0]) if plan.previous else set()
    now = plan.manifest.documents
    changed = [k for k in keys if k not in was or any(plan.before[k].get(f) != now[k].get(f)
                                                      for f in ("sha256", "builder"))]
    removed = sorted(was - set(keys))
    plan.published, plan.changed, plan.removed = list(keys), changed, removed
    small = len(changed) + len(removed) <= max(16, len(keys) // _INCREMENTAL_SHARE)
    previous = plan.previous / "store" if plan.previous is not None and plan.incremental and small else None
    return write_store(plan.store_dir, plan.graphs_dir, keys, previous=previous,
                       previous_graphs=plan.previous / GRAPHS if previous else None, changed=changed,
                       removed=removed, shown=str(plan.out / "store"), merged=merged)


def _write_report(plan: BuildPlan, keys: list[str], summary: BuildSummary) -> None:
    """``report.html`` (the index) and ``report/<key>.html`` from the cached sections, in the order of the input
    names; only the pages of documents built now are rewritten."""
    manifest = plan.manifest.documents
    entries = [ReportEntry(k, manifest[k].get("heading", k), manifest[k].get("counts", {}).get("uncovered_sentences", 0),
                           manifest[k].get("counts", {}).get("sentences", 0), part_file(plan.parts_dir, k))
               for k in sorted(keys, key=lambda k: (manifest[k].get("name", ""), k))
               if part_file(plan.parts_dir, k).exists()]
    write_report_pages(plan.gen, entries, summary.failed, fresh={key for _, key, _ in plan.to_build}, sync=False)
    summary.outputs.append("report.html")


def _view_written(failure: str | None, summary: BuildSummary) -> None:
    """``graph.html``, the actor network, is among the outputs; a view that cannot be drawn is a note, not a failed
    build."""
    if failure is not None:
        summary.notes.append(f"graph.html not written: {failure}")
        return
    summary.outputs.append("graph.html")
