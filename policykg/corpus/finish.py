"""Step 3 of a corpus build: everything that depends on all documents at once.

Prune documents no longer among the inputs (only when asked), refill graphs the store lost from the cache,
write the manifest, load the ontology, set the merged view, write ``graph.<format>``, ``report.html`` and the
actor view ``graph.html``, and total the counts.
"""

from __future__ import annotations

import pyoxigraph as ox

from policykg.core.atomic import write_text
from policykg.core.errors import PolicyKGError
from policykg.core.iris import mint_graph_iri
from policykg.corpus.exports import graph_order, merged_ntriples, write_outputs
from policykg.corpus.outcome import one_line
from policykg.corpus.plan import BuildPlan
from policykg.corpus.summary import BuildSummary
from policykg.queries.store import GraphStore
from policykg.visualize.report import ReportEntry, write_report_pages
from policykg.visualize.views import write_view

__all__ = ["finish_build"]


def finish_build(plan: BuildPlan, store: GraphStore, summary: BuildSummary) -> None:
    """Write every output that spans the documents (see the module docstring) and fill in ``summary``."""
    manifest = plan.manifest.documents
    _prune(plan, store, summary)
    for key in graph_order(manifest):   # unchanged documents whose graph the store lost: reload from the cache
        cache = plan.graphs_dir / f"{key}.nq"
        if not store.store.contains_named_graph(ox.NamedNode(mint_graph_iri(key))) and cache.exists():
            store.replace_graph_nquads(mint_graph_iri(key), cache.read_bytes())
    plan.manifest.write()
    store.load_ontology()
    keys = graph_order(k for k in manifest if (plan.graphs_dir / f"{k}.nq").exists())
    ntriples, summary.quads = merged_ntriples(plan.graphs_dir, keys)
    store.set_merged_view(ntriples)   # the merged triples are at hand: no re-reading of the store
    store.flush()
    write_outputs(plan.out, keys, plan.formats, ntriples, summary)
    _write_report(plan, keys, summary)
    if plan.viz:
        _write_view(store, plan, summary)
    actors: set[str] = set()
    for key in keys:
        summary.add_counts(manifest[key].get("counts", {}))
        actors.update(manifest[key].get("actors", []))
    summary.actors = len(actors)
    summary.documents = len(keys)


def _prune(plan: BuildPlan, store: GraphStore, summary: BuildSummary) -> None:
    """Documents no longer among the inputs: removed with ``prune``, else kept."""
    if not plan.prune:
        return
    manifest = plan.manifest.documents
    for key in sorted(set(manifest) - plan.current_keys):
        store.remove_graph(mint_graph_iri(key))
        for stale in (plan.graphs_dir / f"{key}.nq", plan.parts_dir / f"{key}.html"):
            stale.unlink(missing_ok=True)
        del manifest[key]
        summary.removed += 1


def _write_report(plan: BuildPlan, keys: list[str], summary: BuildSummary) -> None:
    """``report.html`` (the index) and ``report/<key>.html`` from the cached sections, in the order of the input
    names; only the pages of documents built now are rewritten."""
    manifest = plan.manifest.documents
    entries = [ReportEntry(k, manifest[k].get("heading", k), manifest[k].get("counts", {}).get("uncovered_sentences", 0),
                           manifest[k].get("counts", {}).get("sentences", 0), plan.parts_dir / f"{k}.html")
               for k in sorted(keys, key=lambda k: (manifest[k].get("name", ""), k))
               if (plan.parts_dir / f"{k}.html").exists()]
    write_report_pages(plan.out, entries, summary.failed, fresh={key for _, key, _ in plan.to_build})
    summary.outputs.append("report.html")


def _write_view(store: GraphStore, plan: BuildPlan, summary: BuildSummary) -> None:
    """``graph.html``, the actor network; a view that cannot be drawn is a note, not a failed build."""
    try:
        write_view(store, "actors", plan.out / "graph.html")
    except PolicyKGError as exc:
        summary.notes.append(f"graph.html not written: {one_line(exc)}")
        return
    summary.outputs.append("graph.html")
