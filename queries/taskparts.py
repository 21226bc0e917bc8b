"""The build's kept answers of ``tasks`` and ``tasks-without-lead`` as a map over the documents and a reduce, instead
of two queries on the build's store in its main process.

Both queries' rows are the relation of one task: the task typed ``pkg:Task``, its text, document, evidence's quotes,
deadlines (and, for ``tasks-without-lead``, that no actor ``pkg:leads`` it and no duty ``pkg:onTask`` it has a
``pkg:leadActor``). The builder mints a document's tasks, evidence and duties under the document's own prefix
(``pkgid:SLUG/...``, :func:`policykg.core.iris.mint_item_iri`), so every triple those rows join on is the
document's own, and the answer over the merged view is the union of each document's answer on its own triples.
At 1,000 documents the two queries on the store cost about 6 s of the main process's CPU (bench/results-round19-
build.txt): the build's critical path.

**Map** (:func:`kept_rows`, in the worker, beside the per-actor summary's part: :mod:`policykg.queries.summaryparts`
writes both into ``graphs/KEY.summary.json``): each query's rows on the document alone, from the
:class:`~policykg.queries.partmap.MapIndex` of its triples, for the catalogue texts :data:`WRITTEN_FOR` holds; and
what makes the union exact, checked rather than assumed:

- every task, every evidence of a task, every duty ``pkg:onTask`` a task lies under the document's prefix (else no
  rows: the reduce gives up and the query runs on the store);
- ``foreign``: every node in a joined position (subject of the rows' predicates, object of ``pkg:hasEvidence``,
  ``pkg:leads``, ``pkg:onTask``) of the document's triples that lies under ``pkgid:`` but not under its prefix.

**Reduce** (:func:`sorted_kept`, in the main process, from every published document's part): gives up (None, the
query runs on the store) when a part has no rows of the query's text, two parts share a prefix, a foreign node lies
under a published document's prefix (a document states something of another's task), the ontology states any of
the rows' predicates, or two distinct rows are equal on every ORDER BY key (their order would be Oxigraph's);
else the distinct rows sorted as the engine sorts the live answer (:class:`~policykg.queries.spillsort.SortedRuns`).
``tests/test_kept_parts_round21.py`` compares the kept files with the live answers' byte for byte.
"""

from __future__ import annotations

import json
from itertools import product
from pathlib import Path
from typing import Iterable

from policykg.core.iris import ID, PKG, PREFIXES, mint_item_iri
from policykg.queries.catalogue import QueryInfo
from policykg.queries.order import packed_key, split_order_by
from policykg.queries.partmap import MapIndex
from policykg.queries.spillsort import SortedRuns, read_rows
from policykg.queries.store import ontology_quads

__all__ = ["KEPT_FROM_PARTS", "KeptReduce", "WRITTEN_FOR", "document_prefix", "kept_rows", "sorted_kept"]

# the digest (summaryparts.part_digest) of each catalogue text this map answers as the store would
WRITTEN_FOR = {"tasks": "f4bf0d878205b7d7", "tasks-without-lead": "f4535efb942a2167"}
KEPT_FROM_PARTS = tuple(WRITTEN_FOR)
_VARIABLES = {"tasks": ("task", "text", "document", "quote", "deadline", "dueDate"),
              "tasks-without-lead": ("task", "text", "document", "quote")}
_TASK = PKG + "Task"
_TYPE = PREFIXES["rdf"] + "type"
# the predicates whose subject the rows join on, and those whose object they join on too
_JOINED_SUBJECT = frozenset(PKG + p for p in ("text", "statedIn", "hasEvidence", "quote", "deadline", "dueDate",
                                              "onTask", "leadActor"))
_JOINED_OBJECT = frozenset(PKG + p for p in ("hasEvidence", "leads", "onTask"))
LOCAL_KEY = "local"   # the part's entry: {"prefix": its prefix, "foreign": [nodes]}


def document_prefix(key: str) -> str:
    """The prefix of every item IRI the builder mints for the document ``key``.

    >>> document_prefix("ct09")
    'https://w3id.org/policykg/id/ct09/'
    """
    return mint_item_iri(key, "x", 0)[:-len("x/0")]


def kept_rows(index: MapIndex, triples: list[tuple[str, str, object]], key: str
              ) -> tuple[dict, dict[str, tuple[list[str], set[tuple]]]] | None:
    """The map on one document (``triples`` as :class:`MapIndex` took them, ``key`` the document's): its locality
    entry (``{"prefix": ..., "foreign": [...]}``) and each query's (variables, rows as tuples of RdfTerm fields, None
    unbound); None when a task, an evidence of one or a duty on one lies outside the document's prefix."""
    prefix = document_prefix(key)
    by = index.by
    duties = {duty for duty, tasks in by["task"].items() for task in tasks if task in index.tasks}
    evidence = {e for task in index.tasks for e in by["evidence"].get(task, ())}
    if not all(isinstance(n, str) and n.startswith(prefix) for n in (*index.tasks, *evidence, *duties)):
        return None
    foreign = set()
    for s, p, o in triples:
        if p in _JOINED_SUBJECT or (p == _TYPE and o == _TASK):
            foreign.add(s)
        if p in _JOINED_OBJECT and isinstance(o, str):
            foreign.add(o)
    local = {"prefix": prefix, "foreign": sorted(n for n in foreign if n.startswith(ID) and not n.startswith(prefix))}
    led = {task for _, task in index.roles["lead"]}
    led |= {task for duty, tasks in by["task"].items() if by["lead"].get(duty) for task in tasks}
    rows = {"tasks": set(), "tasks-without-lead": set()}
    for task in index.tasks:
        head = index.fields(task)
        dated = list(product(index.objects("deadline", task), index.objects("dueDate", task)))
        for text, document, quote in product(index.objects("text", task), index.objects("document", task),
                                             index.quotes(task)):
            rows["tasks"].update((head, text, document, quote, deadline, due) for deadline, due in dated)
            if task not in led:
                rows["tasks-without-lead"].add((head, text, document, quote))
    return local, {name: (list(_VARIABLES[name]), found) for name, found in rows.items()}


def sorted_kept(infos: list[QueryInfo], digests: dict[str, str], parts: Iterable[bytes], folder: Path
                ) -> dict[str, tuple[list[str], Path]]:
    """The reduce (see the module docstring) of ``infos`` (queries of KEPT_FROM_PARTS) over every published
    document's ``parts``, read once for all of them: {name: (variables, a file in ``folder`` of its distinct rows in
    the live answer's order, :func:`~policykg.queries.spillsort.read_rows`)} for each query it could answer
    (``digests``: each query's part digest, :func:`policykg.queries.summaryparts.part_digest`)."""
    reduce = KeptReduce(infos, digests, folder)
    for data in parts:
        if reduce.given_up:
            return {}
        reduce.read(json.loads(data))
    return reduce.answers()


class KeptReduce:
    """:func:`sorted_kept` a parsed part at a time (:meth:`read`), so that another reduce reading the same parts
    parses each once (:func:`policykg.queries.summaryparts.spooled_parts`); :meth:`answers` once all are read."""

    def __init__(self, infos: list[QueryInfo], digests: dict[str, str], folder: Path):
        self.folder, self.digests = folder, digests
        self.runs: dict[str, SortedRuns] = {}
        self.variables: dict[str, list[str]] = {}
        for info in infos:
            order = split_order_by(info.text_for(set()))
            if info.name in WRITTEN_FOR and order is not None and order.limit is None \
                    and not any(descending for _, descending in order.keys):
                self.variables[info.name] = list(_VARIABLES[info.name])
                self.runs[info.name] = SortedRuns(folder, [self.variables[info.name].index(v) for v, _ in order.keys])
        self.given_up = not self.runs or _ontology_joins()
        self.prefixes: set[str] = set()
        self.foreign: set[str] = set()

    def read(self, part: dict) -> None:
        """Take one document's parsed part (once given up, nothing)."""
        if self.given_up:
            return
        local = part.get(LOCAL_KEY)
        if local is None or local["prefix"] in self.prefixes or "/" in local["prefix"][len(ID):-1]:
            self.given_up = True
            return
        self.prefixes.add(local["prefix"])
        self.foreign.update(local["foreign"])
        for name in list(self.runs):
            entry = part.get(name, {})
            if entry.get("digest") != self.digests[name]:
                del self.runs[name]
                continue
            packed = json.loads(entry["rows"])
            if packed["vars"] != self.variables[name]:
                del self.runs[name]
                continue
            terms = [tuple(t) for t in packed["terms"]]
            add = self.runs[name].add
            for numbers in packed["rows"]:
                add(tuple(terms[i] if i >= 0 else None for i in numbers))
        if not self.runs:
            self.given_up = True

    def answers(self) -> dict[str, tuple[list[str], Path]]:
        """The answers of every query not given up on (see :func:`sorted_kept`)."""
        if self.given_up or any(ID + node[len(ID):].split("/", 1)[0] + "/" in self.prefixes for node in self.foreign):
            return {}
        answers = {}
        for name, sorted_runs in self.runs.items():
            path = self.folder / f"{name}.rows"
            if sorted_runs.finish(path) and _no_ties(path, sorted_runs.positions):
                answers[name] = (self.variables[name], path)
        return answers


def _no_ties(path: Path, positions: list[int]) -> bool:
    """True when no two rows of the sorted file ``path`` are equal on every column of ``positions`` (rows equal on
    the keys keep Oxigraph's order in the live answer: not known here)."""
    last = None
    for row in read_rows(path):
        key = tuple(packed_key(row[p]) for p in positions)
        if key == last:
            return False
        last = key
    return True


def _ontology_joins() -> bool:
    """True when the ontology (in the merged view too) states a triple the rows could join on."""
    return any(q.predicate.value in _JOINED_SUBJECT or q.predicate.value in _JOINED_OBJECT
               or q.predicate.value == PKG + "leads" or (q.predicate.value == _TYPE and q.object.value == _TASK)
               for q in ontology_quads())
