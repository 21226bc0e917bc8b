"""The build pipeline: one text to a BuildResult, and a corpus of texts to a build directory.

``build_source`` runs the steps in order (metadata -> segment -> recognise -> assert);
``build_corpus`` builds many inputs (in worker processes with ``jobs > 1``) into ``OUT/``:

- ``OUT/store/``          the persistent Oxigraph store, one named graph per document + the ontology
- ``OUT/graphs/KEY.nq``   each document's sorted N-Quads (the cache of incremental builds)
- ``OUT/parts/KEY.html``  each document's rendered report section (same cache)
- ``OUT/manifest.json``   per document: input name, content hash, counts
- ``OUT/graph.trig``      named graph per document; ``OUT/graph.ttl`` the same triples merged;
  ``OUT/graph.<nt|nq|jsonld>`` on request; ``OUT/report.html``; ``OUT/graph.html`` (actor view)

A worker returns a document's N-Quads bytes and counts, never a graph object, and
the main process streams each into the store as it arrives. Unchanged texts (same
content hash, same builder version) are not rebuilt; a changed text replaces its
named graph; a document no longer among the inputs is removed only with ``prune``.
Every file is written through :mod:`policykg.core.atomic`, so a failure never leaves a
half-written output, and one bad input fails alone (a document that built before and
fails now keeps its previous graph until it builds again or is pruned).
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import json
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from policykg.graph_builder.emit import emit_quads
from policykg.graph_builder.model import BuildResult, SourceText
from policykg.graph_builder.report import ReportPart, render_document, render_page, uncovered_sentences
from policykg import __version__
from policykg.core.atomic import atomic_open, write_bytes, write_text
from policykg.core.errors import InputError, PolicyKGError
from policykg.core.iris import ACTOR, PKG, PREFIXES, mint_graph_iri, slugify

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")
DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
TRIPLE_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
OUTPUT_FORMATS = ("trig", "ttl", "nt", "nq", "jsonld")
MANIFEST_VERSION = 1
_RDF_TYPE = PREFIXES["rdf"] + "type"
_COUNTED = {"Task": "tasks", "CoordinationDuty": "coordination_duties", "Objective": "objectives",
            "Requirement": "requirements"}


# ------------------------------------------------------------------------ one document

@functools.lru_cache(maxsize=1)
def _lexicon():
    from policykg.ontology import load_lexicon  # owner A; loaded once per process

    return load_lexicon()


def build_source(source: SourceText) -> BuildResult:
    """Run the builder's steps on one decoded text.

    Takes a :class:`SourceText` (from ``read_source`` / ``source_from_string``); returns
    the :class:`BuildResult` (document info, sections, sentences, mentions, assertions).
    Raises ``PolicyKGError`` subclasses for problems with the input.
    """
    from policykg.graph_builder.assertions import extract_assertions
    from policykg.graph_builder.metadata import extract_document_info
    from policykg.graph_builder.recognise import find_mentions
    from policykg.graph_builder.segment import segment

    lexicon = _lexicon()
    document = extract_document_info(source, lexicon)
    sections, sentences = segment(source)
    mentions = find_mentions(source, sentences, lexicon)
    assertions = extract_assertions(source, document, sections, sentences, mentions, lexicon)
    return BuildResult(source=source, document=document, sections=sections, sentences=sentences,
                       mentions=mentions, assertions=assertions)


def build_file(path: str | os.PathLike, key: str | None = None) -> BuildResult:
    """Read and build one file ('-' = stdin). Raises ``InputError`` if it cannot be read as text."""
    from policykg.graph_builder.read import read_source

    return build_source(read_source(path, key=key))


def emit_result(result: BuildResult) -> list[ox.Quad]:
    """The sorted quads of one built document (``emit_quads`` with the project lexicon)."""
    return emit_quads(result, _lexicon())


# ------------------------------------------------------------------------ summary

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


@dataclass
class BuildSummary:
    """What a corpus build did. ``text()`` is the summary printed by ``policykg build``."""

    out_dir: str
    built: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (input name, one-line message)
    removed: int = 0
    documents: int = 0            # documents in the output (built + unchanged + kept)
    actors: int = 0               # distinct actors over all documents
    tasks: int = 0
    coordination_duties: int = 0
    objectives: int = 0
    requirements: int = 0
    triples: int = 0              # distinct triples of graph.ttl
    quads: int = 0                # statements of graph.trig
    uncovered_sentences: int = 0
    outputs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed

    def text(self) -> str:
        """The human summary, one fact per line.

        >>> print(BuildSummary("out", built=1, documents=1, tasks=8).text().splitlines()[1])
        documents:            1 (built 1, unchanged 0, failed 0)
        """
        lines = [
            f"Built into {self.out_dir}",
            f"documents:            {self.documents} (built {self.built}, unchanged {self.unchanged}, "
            f"failed {len(self.failed)}" + (f", removed {self.removed}" if self.removed else "") + ")",
            f"actors:               {self.actors}",
            f"tasks:                {self.tasks}",
            f"requirements:         {self.requirements}",
            f"coordination duties:  {self.coordination_duties}",
            f"objectives:           {self.objectives}",
            f"triples:              {self.triples} ({self.quads} quads in named graphs)",
            f"uncovered sentences:  {self.uncovered_sentences}",
        ]
        if self.outputs:
            lines.append("wrote: " + ", ".join(self.outputs))
        lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)


def _count(result: BuildResult, quads: list[ox.Quad]) -> tuple[dict, list[str]]:
    counts = {v: 0 for v in _COUNTED.values()}
    actors: set[str] = set()
    for q in quads:
        if q.predicate.value == _RDF_TYPE and isinstance(q.object, ox.NamedNode):
            local = q.object.value[len(PKG):] if q.object.value.startswith(PKG) else ""
            if local in _COUNTED:
                counts[_COUNTED[local]] += 1
            if q.subject.value.startswith(ACTOR):
                actors.add(q.subject.value)
    counts["quads"] = len(quads)
    counts["sentences"] = len(result.sentences)
    counts["uncovered_sentences"] = len(uncovered_sentences(result))
    return counts, sorted(actors)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, PolicyKGError):
        return text or type(exc).__name__
    return f"internal error ({type(exc).__name__}: {text})" if text else f"internal error ({type(exc).__name__})"


def build_outcome(path: str, key: str | None, sha256: str = "", source: SourceText | None = None) -> DocumentOutcome:
    """Build one input into a :class:`DocumentOutcome` (N-Quads bytes, report part, counts).

    Never raises for a bad document: the outcome carries ``ok=False`` and a one-line
    ``error`` naming the input. This is the function worker processes run.
    """
    name = str(path) if source is None else source.name
    try:
        if source is None:
            from policykg.graph_builder.read import read_source

            source = read_source(path, key=key)
        result = build_source(source)
        quads = emit_result(result)
        counts, actors = _count(result, quads)
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        return DocumentOutcome(key=source.key, name=name, sha256=sha256 or source.sha256, ok=True,
                               nquads=data, part=render_document(result), counts=counts, actors=actors)
    except Exception as exc:  # one bad document must not stop the corpus
        message = _one_line(exc)
        if not message.startswith(name):
            message = f"{name}: {message}"
        return DocumentOutcome(key=key or slugify(Path(name).stem), name=name, sha256=sha256, ok=False,
                               error=message)


def _worker_job(job: tuple[str, str, str]) -> DocumentOutcome:
    path, key, sha = job
    return build_outcome(path, key, sha)


# ------------------------------------------------------------------------ inputs

def collect_inputs(inputs: Iterable[str | os.PathLike]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Expand files and directories into ``(path, key)`` pairs, sorted and unique.

    Directories are searched recursively for .txt, .md, .html and .htm files; a file
    named explicitly is taken whatever its suffix; '-' is stdin. Keys are the slug of
    the file stem, or of the path when two inputs share a stem. Returns the pairs and
    ``(input, message)`` for inputs that do not exist. Raises nothing.

    >>> collect_inputs(["/nonexistent.txt"])
    ([], [('/nonexistent.txt', '/nonexistent.txt: no such file or directory')])
    """
    files: list[str] = []
    missing: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in inputs:
        text = str(item)
        if text == "-":
            if "-" not in seen:
                seen.add("-")
                files.append("-")
            continue
        p = Path(text)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.exists():
            found = [text]
        else:
            missing.append((text, f"{text}: no such file or directory"))
            continue
        for f in found:
            real = os.path.realpath(f)
            if real not in seen:
                seen.add(real)
                files.append(f)
    stems: dict[str, int] = {}
    for f in files:
        if f != "-":
            stems[slugify(Path(f).stem)] = stems.get(slugify(Path(f).stem), 0) + 1
    pairs = []
    for f in files:
        if f == "-":
            pairs.append((f, ""))
            continue
        stem = slugify(Path(f).stem)
        pairs.append((f, stem if stems[stem] == 1 else slugify(str(Path(f).with_suffix("")))))
    return pairs, missing


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ------------------------------------------------------------------------ progress

class _Progress:
    """A one-line progress bar with rate and ETA on stderr (only when it is a terminal)."""

    def __init__(self, total: int, enabled: bool, stream: IO[str] | None = None):
        self.total, self.done, self.start = total, 0, time.monotonic()
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0.0
        width = 24
        filled = int(width * self.done / self.total)
        label = Path(name).name[:30]
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                          f"{rate:5.1f} doc/s ETA {eta:4.0f}s {label:<30}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


# ------------------------------------------------------------------------ corpus

def _load_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("manifest") != MANIFEST_VERSION:
        return {}
    return data.get("documents", {})


def _write_manifest(path: Path, documents: dict) -> None:
    data = {"manifest": MANIFEST_VERSION, "documents": documents}
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _graph_order(keys: Iterable[str]) -> list[str]:
    return sorted(keys, key=lambda k: (mint_graph_iri(k), k))


def build_corpus(inputs: list[str | os.PathLike], out_dir: str | os.PathLike, *,
                 formats: Iterable[str] = ("trig", "ttl"), jobs: int = 1, quiet: bool = False,
                 incremental: bool = True, viz: bool = True, prune: bool = False) -> BuildSummary:
    """Build files and directories into ``out_dir`` (see the module docstring for the layout).

    Takes input paths (files, directories, '-' for stdin), the output directory, the
    RDF formats to write (of ttl, trig, nt, nq, jsonld), the number of worker
    processes, whether to stay silent, whether to reuse unchanged documents, whether
    to write the actor view, and whether to drop documents no longer among the inputs.
    Returns a :class:`BuildSummary`; inputs that fail are listed in ``summary.failed``
    (the others are still built). Raises ``InputError`` for an unknown format or when
    no input document is found.
    """
    formats = list(dict.fromkeys(f.lower() for f in formats))
    for f in formats:
        if f not in OUTPUT_FORMATS:
            raise InputError(f"unknown output format {f!r}: use one of {', '.join(OUTPUT_FORMATS)}")
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {jobs}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a directory")
    pairs, missing = collect_inputs(inputs)
    if not pairs and not missing:
        raise InputError("no input documents found (looked for " + ", ".join(INPUT_SUFFIXES) + " files)")

    summary = BuildSummary(out_dir=str(out))
    summary.failed.extend(missing)
    graphs_dir, parts_dir = out / "graphs", out / "parts"
    manifest_path = out / "manifest.json"
    manifest = _load_manifest(manifest_path)  # kept with --force too: documents not rebuilt stay listed

    # Decide what to build: hash each input; stdin is read here (it can be read once only).
    jobs_to_run: list[tuple[str, str, str]] = []
    stdin_source: SourceText | None = None
    current_keys: set[str] = set()
    for path, key in pairs:
        if path == "-":
            from policykg.graph_builder.read import read_source

            try:
                stdin_source = read_source("-")
            except PolicyKGError as exc:
                summary.failed.append(("<stdin>", _one_line(exc)))
                continue
            key, sha = stdin_source.key, stdin_source.sha256
        else:
            try:
                sha = _file_sha256(path)
            except OSError as exc:
                summary.failed.append((path, f"{path}: cannot read ({exc.strerror})"))
                continue
        current_keys.add(key)
        entry = manifest.get(key)
        # unchanged: same text, built by this builder version, cache files present
        if (incremental and entry and entry.get("sha256") == sha and entry.get("builder") == __version__
                and (graphs_dir / f"{key}.nq").exists() and (parts_dir / f"{key}.html").exists()):
            summary.unchanged += 1
            continue
        jobs_to_run.append((path, key, sha))

    from policykg.queries.store import GraphStore, STORE_DIRNAME

    progress = _Progress(len(jobs_to_run), enabled=not quiet and sys.stderr.isatty())
    out.mkdir(parents=True, exist_ok=True)
    probe = GraphStore(out / STORE_DIRNAME)  # a locked or broken store fails now, before any work starts
    del probe  # closed again: workers are forked without an open store

    def outcomes() -> Iterator[DocumentOutcome]:
        parallel = [j for j in jobs_to_run if j[0] != "-"]
        if jobs > 1 and len(parallel) > 1:
            try:
                _lexicon()  # load once before forking, so every worker inherits it
            except Exception:
                pass  # each worker reports the problem for its own document
            context = multiprocessing.get_context("fork")
            with concurrent.futures.ProcessPoolExecutor(max_workers=min(jobs, len(parallel)),
                                                        mp_context=context) as pool:
                futures = {pool.submit(_worker_job, j): j for j in parallel}  # forks all workers now
                for future in concurrent.futures.as_completed(futures):
                    try:
                        yield future.result()
                    except Exception as exc:  # a worker died (killed, out of memory): that document fails
                        path, key, sha = futures[future]
                        yield DocumentOutcome(key=key, name=path, sha256=sha, ok=False,
                                              error=f"{path}: {_one_line(exc)}")
        else:
            for job in parallel:
                yield _worker_job(job)
        for path, key, sha in jobs_to_run:
            if path == "-":
                yield build_outcome("-", key, sha, source=stdin_source)

    results = outcomes()
    first = next(results, None)  # with jobs > 1 the workers are forked here, before the store opens
    store = GraphStore(out / STORE_DIRNAME)
    try:
        for outcome in _chain([first] if first is not None else [], results):
            progress.step(outcome.name)
            if not outcome.ok:
                summary.failed.append((outcome.name, outcome.error or f"{outcome.name}: failed"))
                continue
            write_bytes(graphs_dir / f"{outcome.key}.nq", outcome.nquads)
            write_text(parts_dir / f"{outcome.key}.html", outcome.part.html)
            _replace_in_store(store, outcome.key, outcome.nquads)
            manifest[outcome.key] = {"name": outcome.name, "sha256": outcome.sha256, "builder": __version__,
                                     "heading": outcome.part.heading,
                                     "anchor": outcome.part.anchor, "counts": outcome.counts,
                                     "actors": outcome.actors}
            summary.built += 1
        progress.close()

        # Documents no longer among the inputs: kept unless pruning.
        for key in sorted(set(manifest) - current_keys):
            if prune:
                store.remove_graph(mint_graph_iri(key))
                for stale in (graphs_dir / f"{key}.nq", parts_dir / f"{key}.html"):
                    stale.unlink(missing_ok=True)
                del manifest[key]
                summary.removed += 1
        # Unchanged documents whose graph the store lost (deleted store directory): reload from the cache.
        for key in _graph_order(manifest):
            graph = ox.NamedNode(mint_graph_iri(key))
            if not store.store.contains_named_graph(graph) and (graphs_dir / f"{key}.nq").exists():
                _replace_in_store(store, key, (graphs_dir / f"{key}.nq").read_bytes())
        _write_manifest(manifest_path, manifest)
        try:
            store.load_ontology()
        except Exception as exc:  # the ontology package may not provide its files yet
            summary.notes.append(f"ontology not loaded into the store: {_one_line(exc)}")
        keys = _graph_order(k for k in manifest if (graphs_dir / f"{k}.nq").exists())
        ntriples, summary.quads = _merged_ntriples(graphs_dir, keys)
        store.set_merged_view(ntriples)   # the merged triples are at hand: no re-reading of the store
        store.flush()
        _write_outputs(out, keys, formats, ntriples, summary)
        parts = [ReportPart(manifest[k].get("anchor", "doc-" + k), manifest[k].get("heading", k),
                            (parts_dir / f"{k}.html").read_text(encoding="utf-8"))
                 for k in sorted(keys, key=lambda k: (manifest[k].get("name", ""), k))
                 if (parts_dir / f"{k}.html").exists()]
        write_text(out / "report.html", render_page(parts, summary.failed))
        summary.outputs.append("report.html")
        if viz:
            _write_viz(store, out, summary)
    finally:
        del store

    actors: set[str] = set()
    for key in keys:
        entry = manifest[key]
        counts = entry.get("counts", {})
        summary.tasks += counts.get("tasks", 0)
        summary.coordination_duties += counts.get("coordination_duties", 0)
        summary.objectives += counts.get("objectives", 0)
        summary.requirements += counts.get("requirements", 0)
        summary.uncovered_sentences += counts.get("uncovered_sentences", 0)
        actors.update(entry.get("actors", []))
    summary.actors = len(actors)
    summary.documents = len(keys)
    return summary


def _replace_in_store(store, key: str, nquads: bytes) -> None:
    """Replace a document's named graph with its N-Quads (parsed by Oxigraph, not via Python objects)."""
    store.replace_graph_nquads(mint_graph_iri(key), nquads)


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _doc_quads(graphs_dir: Path, keys: list[str]) -> Iterator[ox.Quad]:
    for key in keys:
        yield from ox.parse(path=str(graphs_dir / f"{key}.nq"), format=ox.RdfFormat.N_QUADS)


def _merged_ntriples(graphs_dir: Path, keys: list[str]) -> tuple[bytes, int]:
    """The union of the documents' triples as sorted, de-duplicated N-Triples, and the number of quads.

    Works on the canonical N-Quads lines of the cache: dropping the line's graph term (always the
    document's own graph, and never inside a literal, where line ends are escaped) leaves an N-Triples line.
    """
    lines: set[bytes] = set()
    quads = 0
    for key in keys:
        data = (graphs_dir / f"{key}.nq").read_bytes()
        quads += data.count(b"\n")
        suffix = b" <" + mint_graph_iri(key).encode("utf-8") + b"> .\n"
        lines.update(data.replace(suffix, b" .\n").splitlines())
    lines.discard(b"")
    return b"".join(line + b"\n" for line in sorted(lines)), quads


def write_exports(out_dir: str | os.PathLike, formats: Iterable[str] = ("trig", "ttl")) -> BuildSummary:
    """(Re)write ``OUT/graph.<fmt>`` for each of ``formats`` from a build directory's per-document cache.

    No document is rebuilt: the cached N-Quads of ``OUT/graphs/`` are merged and serialised
    (datasets document by document, triple formats as the de-duplicated merge). Returns a
    BuildSummary with ``quads``, ``triples`` and ``outputs`` filled in. Raises InputError when
    ``out_dir`` is not a build directory or a format is unknown.
    """
    out = Path(out_dir)
    graphs_dir = out / "graphs"
    if not graphs_dir.is_dir():
        raise InputError(f"{out}: not a build directory (no graphs/ inside)")
    unknown = sorted(set(formats) - set(DATASET_FORMATS) - set(TRIPLE_FORMATS))
    if unknown:
        raise InputError(f"unknown format {unknown[0]!r}: use one of ttl, trig, nt, nq, jsonld")
    keys = _graph_order(p.stem for p in graphs_dir.glob("*.nq"))
    summary = BuildSummary(out_dir=str(out))
    ntriples, summary.quads = _merged_ntriples(graphs_dir, keys)
    _write_outputs(out, keys, list(formats), ntriples, summary)
    return summary


def _write_outputs(out: Path, keys: list[str], formats: list[str], ntriples: bytes, summary: BuildSummary) -> None:
    """graph.<fmt> for each format: datasets streamed document by document, triple formats merged."""
    graphs_dir = out / "graphs"
    summary.triples = ntriples.count(b"\n")
    for fmt in formats:
        target = out / f"graph.{fmt}"
        if fmt == "nq":  # the cache files are sorted N-Quads already: concatenate in graph order
            with atomic_open(target, "wb", encoding=None) as handle:
                for key in keys:
                    handle.write((graphs_dir / f"{key}.nq").read_bytes())
        elif fmt == "nt":
            write_bytes(target, ntriples)
        elif fmt in DATASET_FORMATS:
            with atomic_open(target, "wb", encoding=None) as handle:
                ox.serialize(_doc_quads(graphs_dir, keys), handle, DATASET_FORMATS[fmt], prefixes=_prefixes(fmt))
        else:
            triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)  # default-graph quads serialize as triples
            with atomic_open(target, "wb", encoding=None) as handle:
                ox.serialize(triples, handle, TRIPLE_FORMATS[fmt], prefixes=_prefixes(fmt))
        summary.outputs.append(f"graph.{fmt}")


def _prefixes(fmt: str) -> dict[str, str] | None:
    if fmt in ("nt", "nq"):
        return None
    return {k: PREFIXES[k] for k in sorted(PREFIXES)}


def _write_viz(store, out: Path, summary: BuildSummary) -> None:
    try:
        from policykg.visualize.views import write_view
    except ImportError:
        summary.notes.append("graph.html not written: policykg.visualize.views.write_view is not available")
        return
    try:
        write_view(store, "actors", out / "graph.html")
        summary.outputs.append("graph.html")
    except Exception as exc:  # the view is a convenience; the graph and report are already written
        summary.notes.append(f"graph.html not written: {_one_line(exc)}")
