"""One document of a corpus, as a worker process builds it: N-Quads bytes, report section and counts.

A worker returns a :class:`DocumentOutcome`, small and picklable, never a graph object; the main process
streams it into the store. One bad document fails alone: its outcome carries ``ok=False`` and a one-line error.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
from dataclasses import dataclass, field
from typing import Iterator
from pathlib import Path

from policykg.core.atomic import write_bytes, write_text
from policykg.core.builddir import SUMMARY_SUFFIX, VIEW_SUFFIX, cache_file, graph_file, part_file
from policykg.core.iris import ACTOR, PKG, PREFIXES, slugify
from policykg.graph_builder.actormodel import load_actor_model
from policykg.graph_builder.model import BuildResult, SourceText, uncovered_sentences
from policykg.graph_builder.pipeline import build_source, emit_result_graph
from policykg.graph_builder.terms import Emitter
from policykg.corpus.cacheread import cached_summary_parts, one_line, view_facts
from policykg.corpus.progress import BIG_DOCUMENT_BYTES, DocumentSteps
from policykg.graph_builder.read import read_source, source_from_bytes
from policykg.queries.summaryparts import triples_part
from policykg.visualize.facts import FACT_PREDICATES, actor_view_facts, facts_from_quads
from policykg.visualize.report import ReportPart, render_document

__all__ = ["DocumentOutcome", "build_outcome", "cached_out", "cached_summary_parts", "one_line", "stripped", "view_facts",
           "write_cache_files"]

_RDF_TYPE = "<" + PREFIXES["rdf"] + "type>"
_COUNTED = {"Task": "tasks", "CoordinationDuty": "coordination_duties", "Objective": "objectives",
            "Requirement": "requirements"}
_TYPE_IRI = PREFIXES["rdf"] + "type"
_COUNTED_IRIS = {PKG + local: name for local, name in _COUNTED.items()}
# what str.splitlines (which _count's lines are) takes for a line end besides \n and \r
_OTHER_LINE_ENDS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


@dataclass
class DocumentOutcome:
    """What building one input produced; small and picklable (workers send it back)."""

    key: str
    name: str
    sha256: str
    ok: bool
    error: str | None = None
    nquads: bytes = b""
    part: ReportPart | None = None
    counts: dict = field(default_factory=dict)
    actors: list[str] = field(default_factory=list)
    identity: tuple[str, str] | None = None   # (số hiệu, issuer IRI) of a document that is not a news article
    cached: bool = False   # its cache files are already in the staging generation (written by a Dask worker)
    view: bytes = b""      # what the actor view reads of it (visualize.facts, JSON): graphs/KEY.view.json
    summary: bytes = b""   # its part of the per-actor summary (queries.summaryparts, JSON): graphs/KEY.summary.json


def write_cache_files(outcome: DocumentOutcome, graphs: Path, parts: Path) -> None:
    """A built document's cache files in a staging generation (:mod:`policykg.core.builddir`): its graph
    ``graphs/KEY.nq``, what the actor view reads of it ``graphs/KEY.view.json`` and its part of the per-actor summary
    ``graphs/KEY.summary.json`` (each when the outcome carries it) and its report section ``parts/KEY.html``, each
    written atomically but not synced (the generation is synced once: the build syncs it when it publishes it, a
    Dask worker once per batch)."""
    write_bytes(graph_file(graphs, outcome.key), outcome.nquads, sync=False)
    for suffix, data in ((VIEW_SUFFIX, outcome.view), (SUMMARY_SUFFIX, outcome.summary)):
        if data:
            write_bytes(cache_file(graphs, outcome.key, suffix), data, sync=False)
    write_text(part_file(parts, outcome.key), outcome.part.html, sync=False)


def stripped(outcome: DocumentOutcome, **changes) -> DocumentOutcome:
    """``outcome`` without its cache files' contents (what :meth:`Manifest.record` reads stays), with ``changes``."""
    return dataclasses.replace(outcome, nquads=b"", view=b"", summary=b"", part=dataclasses.replace(outcome.part, html=""),
                               **changes)


def cached_out(outcome: DocumentOutcome, graphs: Path, parts: Path) -> DocumentOutcome:
    """A built document's cache files written into the staging generation by the process that built it
    (:func:`write_cache_files`), and its outcome without them, marked ``cached``: what goes back to the main process
    is its manifest entry only. A failed outcome is returned as it is."""
    if not outcome.ok:
        return outcome
    write_cache_files(outcome, graphs, parts)
    return stripped(outcome, cached=True)


def _count(result: BuildResult, nquads: bytes) -> tuple[dict, list[str]]:
    """What the summary counts in one document's N-Quads (as the builder writes them: one quad a line, every subject,
    predicate and graph an IRI): records by class, quads, and the actors typed in the graph."""
    counts = {v: 0 for v in _COUNTED.values()}
    actors: set[str] = set()
    lines = nquads.decode("utf-8").splitlines()
    for line in lines:
        fields = line.split(" ", 2)
        if len(fields) < 3:
            continue   # a piece of a literal between two of its line separators ("a\u2028b\u2028c"): no quad of its own
        subject, predicate, rest = fields
        if predicate == _RDF_TYPE and rest.startswith("<"):
            obj = rest[1:rest.index(">")]
            local = obj[len(PKG):] if obj.startswith(PKG) else ""
            if local in _COUNTED:
                counts[_COUNTED[local]] += 1
            if subject.startswith("<" + ACTOR):
                actors.add(subject[1:-1])
    counts["quads"] = len(lines)
    counts["sentences"] = len(result.sentences)
    counts["uncovered_sentences"] = len(uncovered_sentences(result))
    return counts, sorted(actors)


def _graph_counts(result: BuildResult, graph: Emitter, triples: list[tuple], nquads: bytes) -> tuple[dict, list[str]]:
    """:func:`_count`'s counts and actors of a document's N-Quads ``nquads``, read from the emitter's ``graph`` (its
    distinct lines, and its ``triples``) instead; a text with a line end that only ``str.splitlines`` takes (inside a
    literal) is counted by :func:`_count` itself."""
    text = nquads.decode("utf-8")   # as _count reads it (and fails on what is not UTF-8)
    if any(end in text for end in _OTHER_LINE_ENDS):
        return _count(result, nquads)
    counts = {v: 0 for v in _COUNTED.values()}
    actors: set[str] = set()
    for subject, kind in {(s, o) for s, p, o in triples if p == _TYPE_IRI and isinstance(o, str)}:
        counted = _COUNTED_IRIS.get(kind)
        if counted is not None:
            counts[counted] += 1
        if subject.startswith(ACTOR):
            actors.add(subject)
    counts["quads"] = len(graph.lines)
    counts["sentences"] = len(result.sentences)
    counts["uncovered_sentences"] = len(uncovered_sentences(result))
    return counts, sorted(actors)


def _identity(result: BuildResult) -> tuple[str, str] | None:
    """What makes two texts the same document: its số hiệu and issuer (news articles have none of their own)."""
    info = result.document
    if info is None or info.kind == "NewsArticle" or not info.identifier or not info.issuer:
        return None
    return info.identifier, info.issuer


def build_outcome(path: str, key: str | None, sha256: str = "", source: SourceText | None = None,
                  data: bytes | None = None, progress: bool = False, actor_model: str | None = None) -> DocumentOutcome:
    """Build one input into a :class:`DocumentOutcome` (N-Quads bytes, report part, counts).

    The text is ``source``, else the file's bytes ``data`` read elsewhere (a Dask worker gets them), else the
    file ``path``; ``actor_model`` is the path of an actor model to filter the actor names with (read once per
    process, :func:`~policykg.graph_builder.actormodel.load_actor_model`). Never raises for a bad document: the
    outcome carries ``ok=False`` and a one-line ``error`` naming the input. This is the function workers run. With
    ``progress``, a big document writes a line per step on stderr (:class:`~policykg.corpus.progress.DocumentSteps`).
    """
    name = str(path) if source is None else source.name
    size = _size(path, source) if data is None else len(data)
    try:
        with _cycle_collector_paused(size >= BIG_DOCUMENT_BYTES):
            return _build(path, key, sha256, source, data, DocumentSteps(name, size, progress), actor_model)
    except Exception as exc:  # one bad document must not stop the corpus
        message = one_line(exc)
        if not message.startswith(name):
            message = f"{name}: {message}"
        return DocumentOutcome(key=key or slugify(Path(name).stem), name=name, sha256=sha256, ok=False,
                               error=message)


def _build(path: str, key: str | None, sha256: str, source: SourceText | None, data: bytes | None,
           step: DocumentSteps, actor_model: str | None = None) -> DocumentOutcome:
    name = str(path) if source is None else source.name
    if source is None:
        step("read")
        source = read_source(path, key=key, max_size=None) if data is None else source_from_bytes(data, str(path), key)
    result = build_source(source, on_step=step,
                          actor_model=load_actor_model(actor_model) if actor_model else None)
    step("emit")
    graph = emit_result_graph(result)
    data = graph.nquads()
    triples = graph.triples()   # what the counts, the view's facts and the summary's part read
    counts, actors = _graph_counts(result, graph, triples, data)
    graph_iri = graph.graph.value
    view = actor_view_facts(facts_from_quads((graph_iri, s, p, o) for s, p, o in triples if p in FACT_PREDICATES)).to_json()
    summary = triples_part(triples, source.key)
    step("report")
    part = render_document(result)
    step("done")
    return DocumentOutcome(key=source.key, name=name, sha256=sha256 or source.sha256, ok=True,
                           nquads=data, part=part, counts=counts, actors=actors, identity=_identity(result),
                           view=view, summary=summary)


@contextlib.contextmanager
def _cycle_collector_paused(paused: bool) -> Iterator[None]:
    """Python's cycle collector paused while a big document is built, then one collection.

    A big document's build makes millions of objects, freed by reference counting as it goes; the collector
    would walk all the live ones again and again (4 MB took 4.6 times the CPU of 1 MB with it, 3.9 without).
    """
    if not paused or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


def _size(path: str, source: SourceText | None) -> int:
    if source is not None:
        return len(source.text.encode("utf-8"))
    try:
        return os.stat(path).st_size
    except OSError:
        return 0   # reading it says what is wrong


def worker_job(job: tuple[str, str, str], progress: bool = False, actor_model: str | None = None,
               cache: tuple[str, str] | None = None) -> DocumentOutcome:
    """What a worker process runs: ``(path, key, sha256)`` -> outcome (``progress``: lines for a big document;
    ``actor_model``: see :func:`build_outcome`); with ``cache`` (the staging generation's ``graphs`` and ``parts``
    folders) the document's cache files are written there by the worker, and the outcome comes back without them
    (:func:`cached_out`): the main process, which only records it, no longer receives and writes every document's
    N-Quads, view facts, summary part and report section beside the workers."""
    path, key, sha = job
    outcome = build_outcome(path, key, sha, progress=progress, actor_model=actor_model)
    return cached_out(outcome, Path(cache[0]), Path(cache[1])) if cache else outcome
