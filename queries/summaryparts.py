"""The per-actor summary's whole answers as a map-reduce over the documents: the map runs where each document is
built, the reduce beside the loading of the build's store.

A whole answer of a summarised query (``coordination``, ``responsibilities``: :mod:`policykg.queries.summary`) on the
on-disk store costs 40-100 us a row (about 8 s of CPU at 1,000 documents, on the build's critical path). Each of
its rows, though, is made of one document's statements: the duty or the task, its document, its text and its quote
are that document's own IRIs and triples (``pkgid:KEY/...``). Only two things span documents:

- the actors' labels (``MIN`` over every document's ``skos:prefLabel`` of the actor, and the ontology's, in the
  query's own pattern), and
- ``?actorA pkg:coordinatesWith ?actorB`` in the branch of ``coordination`` without a lead: a pair of a document's
  cooperating actors may coordinate by another document's statement.

Each part carries its document's triples of these two predicates (``spans``); the reduce reads every published
part's, with the ontology's triples, into the joins (:func:`parts_joins`: each actor's label over the corpus, the
pairs that coordinate) and needs nothing else, so it runs without the build's store, in a process of its own while
the main process loads the store (:mod:`policykg.corpus.summaryjob`).

**Map** (:func:`triples_part`, in the worker that built the document, from the emitter's triples; :func:`document_part`
from its N-Quads): each summarised query's catalogue text answered unfiltered on the document alone (its rows:
``rows``), and once more with ``pkg:coordinatesWith`` added between every two of the document's cooperating actors
that it does not state themselves: the rows this adds (``if``) hold exactly when their ``?actorA pkg:coordinatesWith
?actorB`` is in the merged view (the added triple is the one the branch matched, with the row's own two actors). The
answers are computed in Python from indexes of the triples (:mod:`policykg.queries.partmap`, about 1 ms a document)
for the catalogue texts that module was written for, else by an in-memory store running the text (about 3.5 ms).
Written as compact JSON (:func:`policykg.queries.summary.packed_field_rows`, the JSON of ``packed_rows``), the rows
sorted by their terms, to the document's ``graphs/KEY.summary.json``, with a digest of each query's text: a part
of another text, or of another layout, is never read.

**Reduce** (:func:`sorted_answer`, sorted on disk; :func:`whole_answer` holds its result in memory): every published
document's ``rows``, and its ``if`` rows whose pair coordinates
in the corpus (:func:`parts_joins`), each actor's label replaced by its label over the whole corpus (what
``LABELS``, the catalogue's label pattern, gives on the same spans), distinct rows sorted by the query's ORDER BY as the engine
sorts a live answer (:mod:`policykg.queries.order`). The rows are the live answer's, in its order
(``tests/test_query_summary.py`` compares every actor, and the whole answers, through new, incremental and pruned
builds). When a column holds terms only Oxigraph can order, the reduce gives up (None) and the query runs live.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import tempfile
import traceback
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from policykg.core.iris import PKG, PREFIXES
from policykg.queries.catalogue import QueryInfo, get_query
from policykg.queries.order import split_order_by
from policykg.queries.results import QueryResult, RdfTerm
from policykg.queries.store import ontology_quads
from policykg.queries.spillsort import RowsFile, SortedRuns, dict_rows, read_rows, write_rows
from policykg.queries.partmap import WRITTEN_FOR, MapIndex, coordination_rows, responsibilities_rows, term_fields
from policykg.queries.summary import SUMMARISED, packed_field_rows
from policykg.queries.taskparts import KEPT_FROM_PARTS, LOCAL_KEY, WRITTEN_FOR as KEPT_WRITTEN_FOR, kept_rows

__all__ = ["LABELS", "PART_LAYOUT", "CorpusJoins", "document_part", "part_digest", "parts_joins", "read_predicates",
           "sorted_answer", "sorted_entries", "spooled_parts", "triples_part", "whole_answer"]

PART_LAYOUT = "2"   # part of each query's digest: a part written in another layout is never read
# the label of each actor over the whole corpus, as the summarised queries compute it per row
LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?actor (MIN(?name) AS ?label) WHERE {
  ?actor skos:prefLabel ?name . FILTER(langMatches(lang(?name), "vi"))
} GROUP BY ?actor"""
# the result columns holding an actor's label -> the column of that actor
LABEL_OF = {"coordination": {"actorALabel": "actorA", "actorBLabel": "actorB"},
            "responsibilities": {"actorLabel": "actor"}}
# the queries that join ``?A pkg:coordinatesWith ?B`` across documents -> (A, B), the columns of that pair
COORDINATING = {"coordination": ("actorA", "actorB")}
_COORDINATES = ox.NamedNode(PKG + "coordinatesWith")
_SPANNING = (ox.NamedNode(PREFIXES["skos"] + "prefLabel"), _COORDINATES)   # what rows join across documents
_ADDED = ox.NamedNode("urn:x-policykg:summary-part:added")   # the in-memory graph of the added pairs
_GRAPH = ox.NamedNode("urn:x-policykg:summary-part:document")   # the in-memory graph of the document's triples
_SPANNING_IRIS = frozenset(p.value for p in _SPANNING)
_VARIABLES = {"coordination": ("actorA", "actorALabel", "actorB", "actorBLabel", "task", "document", "quote"),
              "responsibilities": ("actor", "actorLabel", "role", "task", "taskText", "document", "quote")}
_MAPS = {"coordination": coordination_rows, "responsibilities": responsibilities_rows}
# every two cooperating actors of a duty the document does not say coordinate (the pairs another document may)
_UNSTATED_PAIRS = f"""PREFIX pkg: <{PKG}>
CONSTRUCT {{ ?a pkg:coordinatesWith ?b }} WHERE {{
  ?duty pkg:cooperatingActor ?a , ?b . FILTER(?a != ?b)
  FILTER NOT EXISTS {{ ?a pkg:coordinatesWith ?b }}
}}"""
_PREFIXED = re.compile(r"\b(" + "|".join(sorted(PREFIXES)) + r"):(\w+)")
_FULL_IRI = re.compile(r"<([^<>\s]+)>")


def part_digest(info: QueryInfo) -> str:
    """The digest that ties a part to ``info``'s unfiltered text and to PART_LAYOUT."""
    return hashlib.sha256(f"{PART_LAYOUT}\n{info.text_for(set())}".encode("utf-8")).hexdigest()[:16]


@functools.cache
def _map_query(name: str) -> tuple[str, str]:
    """The digest of the summarised query ``name`` and the text the map runs (unfiltered, without its ORDER BY), read
    from the catalogue once per process."""
    info = get_query(name)
    return part_digest(info), split_order_by(info.text_for(set())).text


@functools.cache
def read_predicates() -> frozenset[bytes]:
    """The N-Quads text (``<IRI>``) of every predicate (and class) the map's queries name: a quad of any other
    predicate cannot take part in their answers, so the map's store holds only these (a third of a document's quads)."""
    texts = [_UNSTATED_PAIRS, LABELS] + [get_query(name).text_for(set()) for name in (*SUMMARISED, *KEPT_FROM_PARTS)]
    names = {PREFIXES[prefix] + local for text in texts for prefix, local in _PREFIXED.findall(text)}
    names |= {iri for text in texts for iri in _FULL_IRI.findall(text)}   # the PREFIX lines' too: harmless
    names |= {PREFIXES["rdf"] + "type"} | {p.value for p in _SPANNING}
    return frozenset(f"<{iri}>".encode("utf-8") for iri in names)


def _read_lines(nquads: bytes) -> bytes:
    """The lines of ``nquads`` (one quad a line, subjects never blank: as the builder writes them) whose predicate the
    map's queries name (:func:`read_predicates`)."""
    read = read_predicates()
    return b"".join(line for line in nquads.splitlines(keepends=True) if line.split(b" ", 2)[1] in read)


def document_part(nquads: bytes, selected: bool = False, key: str | None = None) -> bytes:
    """One document's part of the summary's whole answers (the map; see the module docstring), from its N-Quads
    (``selected``: only its lines whose predicate is among :func:`read_predicates`, already picked by the caller):
    :func:`triples_part` of its triples (``key``: the document's, for the kept answers' rows).

    >>> quads = (b'<urn:d> <https://w3id.org/policykg/ontology#statedIn> <urn:doc> <urn:g> .\\n'
    ...          b'<urn:x> <https://w3id.org/policykg/ontology#leads> <urn:d> <urn:g> .\\n')
    >>> part = json.loads(document_part(quads))
    >>> json.loads(part["responsibilities"]["rows"])["rows"]
    [[0, -1, 1, 2, -1, 3, -1]]
    """
    quads = ox.parse(nquads if selected else _read_lines(nquads), format=ox.RdfFormat.N_QUADS)
    return triples_part(((q.subject.value, q.predicate.value, q.object.value if isinstance(q.object, ox.NamedNode)
                          else q.object) for q in quads), key)


def triples_part(triples: Iterable[tuple[str, str, object]], key: str | None = None) -> bytes:
    """One document's part from its triples (``(subject IRI, predicate IRI, object)``, the object an IRI as ``str`` or
    a pyoxigraph Literal: :meth:`policykg.graph_builder.terms.Emitter.triples`; any other triples are ignored). Each
    query's rows are those of its catalogue text on the document (:mod:`policykg.queries.partmap`, or an in-memory
    store for a text the map was not written for), sorted by their terms, so a part does not depend on the order
    in which a store happens to give them; the spans sorted too. With the document's ``key``, the part holds the
    rows of the kept answers of KEPT_FROM_PARTS too (:mod:`policykg.queries.taskparts`), for the texts that map was
    written for."""
    read = _read_iris()
    triples = [t for t in triples if t[1] in read]
    index = MapIndex(triples)
    spans = sorted({f"<{s}> <{p}> {f'<{o}>' if isinstance(o, str) else o} .\n" for s, p, o in triples
                    if p in _SPANNING_IRIS})
    part = {"spans": "".join(spans)}
    mapped = all(_map_query(name)[0] == WRITTEN_FOR[name] for name in SUMMARISED)
    store = None if mapped else _store_of(triples)
    unstated = index.unstated_pairs() if mapped else \
        {(t.subject.value, t.object.value) for t in _answer(store, _UNSTATED_PAIRS, list)}
    for name in SUMMARISED:
        digest, text = _map_query(name)
        variables, rows = (list(_VARIABLES[name]), _MAPS[name](index)) if mapped else _store_rows(store, text)
        entry = {"digest": digest, "rows": _packed(variables, rows)}
        if unstated and name in COORDINATING:
            if mapped:
                extra = coordination_rows(index, index.coordinates | unstated) - rows
            else:
                store.extend(ox.Quad(ox.NamedNode(a), _COORDINATES, ox.NamedNode(b), _ADDED) for a, b in unstated)
                extra = _store_rows(store, text)[1] - rows
                store.remove_graph(_ADDED)
            if extra:
                entry["if"] = _packed(variables, extra)
        part[name] = entry
    kept = kept_rows(index, triples, key) if key is not None else None
    if kept is not None:
        part[LOCAL_KEY] = kept[0]
        for name, (variables, rows) in kept[1].items():
            digest = _map_query(name)[0]
            if digest == KEPT_WRITTEN_FOR[name]:
                part[name] = {"digest": digest, "rows": _packed(variables, rows)}
    return json.dumps(part, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _packed(variables: list[str], rows: set[tuple]) -> str:
    """Rows of RdfTerm fields packed (:func:`~policykg.queries.summary.packed_field_rows`) in the order of their terms."""
    return packed_field_rows(variables, sorted(rows, key=_row_key))


def _row_key(row: tuple) -> tuple:
    return tuple(("",) if t is None else (t[0], t[1], t[2] or "", t[3] or "") for t in row)


def _store_of(triples: list[tuple[str, str, object]]) -> ox.Store:
    """An in-memory store of ``triples`` (in one named graph, as a document's are)."""
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o) if isinstance(o, str) else o, _GRAPH)
                 for s, p, o in triples)
    return store


def _store_rows(store: ox.Store, text: str) -> tuple[list[str], set[tuple]]:
    """The variables of ``text``'s answer on ``store`` and its rows as RdfTerm fields (None: unbound)."""
    variables, rows = _run(store, text)
    fields = {}
    for row in rows:
        for t in row:
            if t is not None and t not in fields:
                fields[t] = term_fields(t.value if isinstance(t, ox.NamedNode) else t)
    return variables, {tuple(None if t is None else fields[t] for t in row) for row in rows}


@functools.cache
def _read_iris() -> frozenset[str]:
    """:func:`read_predicates` as IRIs."""
    return frozenset(p[1:-1].decode("utf-8") for p in read_predicates())


def _run(store: ox.Store, text: str) -> tuple[list[str], list[tuple]]:
    """The variables of ``text``'s answer on ``store`` and its rows, tuples of pyoxigraph terms (None: unbound)."""
    def rows(results: ox.QuerySolutions) -> tuple[list[str], list[tuple]]:
        return [v.value for v in results.variables], [tuple(solution) for solution in results]
    return _answer(store, text, rows)


def _answer(store: ox.Store, text: str, read):
    """``read(results)`` of ``text`` on ``store``, the query's results object released in this thread whatever happens.

    pyoxigraph's results are bound to the thread that made them: a worker's thread (Dask runs the map on a thread
    pool) must not let an exception's traceback carry them to another thread (the worker's event loop, which
    receives a failed task's exception, or a garbage collection that runs there), where dropping them is an error
    printed with a traceback (seen when a Ctrl-C closed a LocalCluster during a build)."""
    results = store.query(text, use_default_graph_as_union=True)
    try:
        return read(results)
    except BaseException as error:
        traceback.clear_frames(error.__traceback__)   # the frames' locals (the results, their iterators) go here
        raise
    finally:
        del results


@dataclass(frozen=True)
class CorpusJoins:
    """What the reduce reads of the corpus's spans (:func:`parts_joins`): each actor's label over the corpus
    (``labels``: {actor as a ``(kind, value, lang, datatype)`` tuple: its label as one}) and the pairs of actors that
    coordinate (``pairs``: (A, B) IRIs), each IRI one string object. Made once for every query (at 3,000 documents
    ~6 MB, where a store of the spans held ~20 MB)."""

    labels: dict[tuple, tuple]
    pairs: frozenset[tuple[str, str]]


class _JoinsReader:
    """:class:`CorpusJoins` read a part's spans at a time (:func:`parts_joins`, :func:`spooled_parts`)."""

    def __init__(self) -> None:
        self._one = {}.setdefault
        self._least: dict[str, ox.Literal] = {}
        self._pairs: set[tuple[str, str]] = set()
        self._read(ontology_quads())

    def _read(self, triples) -> None:
        one, least, pairs = self._one, self._least, self._pairs
        label, coordinates = _SPANNING
        for triple in triples:
            if triple.predicate == label:
                name = triple.object
                tag = name.language if isinstance(name, ox.Literal) else None
                if tag and (tag.lower() == "vi" or tag.lower().startswith("vi-")):   # langMatches(lang, "vi")
                    held = least.get(triple.subject.value)
                    if held is None or (name.value, tag) < (held.value, held.language):
                        least[one(triple.subject.value, triple.subject.value)] = name
            elif triple.predicate == coordinates:
                pairs.add((one(triple.subject.value, triple.subject.value),
                           one(triple.object.value, triple.object.value)))

    def spans(self, text: str | None) -> None:
        """Read one part's ``spans`` (N-Triples)."""
        if text:
            self._read(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))

    def joins(self) -> CorpusJoins:
        labels = {("uri", actor, None, None): astuple(RdfTerm.from_oxigraph(name)) for actor, name in self._least.items()}
        return CorpusJoins(labels, frozenset(self._pairs))


def parts_joins(parts: Iterable[bytes]) -> CorpusJoins:
    """The :class:`CorpusJoins` of ``parts``, read from each part's spans as they come, without a store: each
    actor's label the least of its ``@vi`` labels (and the ontology's), as the ``LABELS`` query's MIN orders them
    (by text, then by language tag: ``"x"@vi`` before ``"x"@vi-vn``; ``tests/test_summary_parts.py`` runs that query
    on a store of the same spans to compare), and every coordinating pair. What is held is the joins alone (at 3,000
    documents a store of the spans, ~20 MB beside them, was the reduce's first peak)."""
    reader = _JoinsReader()
    for data in parts:
        reader.spans(json.loads(data).get("spans"))
    return reader.joins()


def spooled_parts(parts: Iterable[bytes], names: Iterable[str], folder: Path,
                  also: Callable[[dict], None] | None = None) -> tuple[CorpusJoins, dict[str, Path]]:
    """``parts`` read and parsed once for the whole reduce (round 22: the summary's process parsed every part once
    for the joins and once more for each query): their :class:`CorpusJoins`, and each query of ``names``'s entries
    spooled to a file of ``folder`` in the parts' order (:func:`sorted_entries` reads them back, a batch at a time:
    memory holds one part, not the answers); ``also`` is given each parsed part too (another reduce in the same
    reading: :class:`policykg.queries.taskparts.KeptReduce`)."""
    reader = _JoinsReader()
    spools = {name: RowsFile(folder / f"{name}.entries") for name in names}
    try:
        for data in parts:
            part = json.loads(data)
            reader.spans(part.get("spans"))
            for name, spool in spools.items():
                entry = part.get(name, {})
                spool.add((entry.get("digest"), entry.get("rows"), entry.get("if")))
            if also is not None:
                also(part)
    finally:
        for spool in spools.values():
            spool.close()
    return reader.joins(), {name: spool.path for name, spool in spools.items()}


def sorted_answer(joins: CorpusJoins, info: QueryInfo, parts: Iterable[bytes], folder: Path
                  ) -> tuple[list[str], Path] | None:
    """``info``'s unfiltered answer over the published documents, from their ``parts`` and ``joins`` (their
    :func:`parts_joins`) (the reduce; see the module docstring): its variables and a
    file in ``folder`` of its distinct rows in the live answer's order (:func:`policykg.queries.spillsort.read_rows`:
    each term a ``(kind, value, lang, datatype)`` tuple or None), sorted on disk a run at a time; None when a part is
    not of ``info``'s text or the rows cannot be sorted here (answer it live)."""
    def entries() -> Iterator[tuple]:
        for data in parts:
            entry = json.loads(data).get(info.name, {})
            yield entry.get("digest"), entry.get("rows"), entry.get("if")
    return sorted_entries(joins, info, entries(), folder)


def sorted_entries(joins: CorpusJoins, info: QueryInfo, entries: Iterable[tuple], folder: Path
                   ) -> tuple[list[str], Path] | None:
    """:func:`sorted_answer` of each part's entry of ``info`` (``(digest, rows, if)``, the packed JSON texts or None:
    :func:`spooled_parts` spools them)."""
    digest, labels = part_digest(info), joins.labels
    label_of = LABEL_OF[info.name]
    pair = COORDINATING.get(info.name)
    pairs = joins.pairs if pair else frozenset()
    variables: list[str] | None = None
    runs: SortedRuns | None = None
    for entry_digest, *texts in entries:
        if entry_digest != digest:
            return None
        for kind, text in zip(("rows", "if"), texts):
            if text is None:
                continue
            packed = json.loads(text)
            if variables is None:
                variables = packed["vars"]
                columns = [(variables.index(label_of[v]) if v in label_of else -1) for v in variables]
                ends = (variables.index(pair[0]), variables.index(pair[1])) if pair else (0, 0)
                order = split_order_by(info.text_for(set()))
                if any(descending for _, descending in order.keys):
                    return None
                runs = SortedRuns(folder, [variables.index(v) for v, _ in order.keys])
            elif packed["vars"] != variables:
                return None
            terms = [tuple(t) for t in packed["terms"]]
            for numbers in packed["rows"]:
                row = [terms[i] if i >= 0 else None for i in numbers]
                if kind == "if" and (row[ends[0]][1], row[ends[1]][1]) not in pairs:
                    continue
                runs.add(tuple(labels.get(row[c]) if c >= 0 else term for c, term in zip(columns, row)))
    out = folder / f"{info.name}.rows"
    if runs is None:
        write_rows(out, ())
        return list(info.returns), out
    return (variables, out) if runs.finish(out) else None


def whole_answer(joins: CorpusJoins, info: QueryInfo, parts: Iterable[bytes]) -> QueryResult | None:
    """:func:`sorted_answer` as a result held in memory (for a small corpus, and tests)."""
    with tempfile.TemporaryDirectory(prefix="policykg-reduce-") as folder:
        answer = sorted_answer(joins, info, parts, Path(folder))
        if answer is None:
            return None
        variables, path = answer
        return QueryResult.select(variables, dict_rows(variables, read_rows(path)))

