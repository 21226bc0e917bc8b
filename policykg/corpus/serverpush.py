"""``build --endpoint``: a SPARQL server that follows the published generations of a build directory.

After a build has published its generation (never before: a failed or interrupted build sends nothing), the server
gets what changed: each built or changed document's graph is replaced (Graph Store Protocol ``PUT``, or SPARQL
UPDATE), the graphs of documents removed with ``--prune`` are dropped, and the merged view, the graph
``MERGED_GRAPH`` that remote queries take as their default graph, follows: the changed documents' triples are
added, and a triple a document no longer states is removed when no published graph still holds it (the same rule
as the embedded store's). The first sync of a server, one after a failed sync, a changed ontology or many changes
(more than a quarter of the documents) sends everything instead: every document graph, the ontology graph and the
whole merged view, and drops the document graphs (``GRAPH`` + key) that the server holds and the generation has not
(documents removed while the server was not followed, or a sync that failed before its drops): after a full sync the
server's document graphs are exactly the published ones. Graphs outside ``GRAPH`` are never touched.

A server has no generations: graphs are replaced one request at a time, so while a sync runs, or after one fails,
the server holds a mix of the old and the new generation. What is guaranteed: the file ``OUT/.policykg-endpoints.json``
records, per server, the generation it was last brought to and whether that sync completed; it is written as
"incomplete" before the first request, a failure is one line that says OUT was published, how many graphs were
sent and that the server is out of date, and the next ``build --endpoint`` to that server sends everything again
(even when no document changed). ``policykg push OUT`` repairs it as well.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from policykg.core.builddir import GRAPHS, graph_file
from policykg.core.atomic import write_text
from policykg.core.errors import EndpointError, QueryError
from policykg.core.iris import GRAPH, MERGED_GRAPH, ONTOLOGY_IRI, mint_graph_iri
from policykg.corpus.merged import doc_ntriples
from policykg.queries.connection import safe_url
from policykg.queries.remote import forget_datasets, query_endpoint
from policykg.queries.store import GraphStore
from policykg.queries.writer import GSP_CHUNK_BYTES, ServerWriter, byte_chunks

__all__ = ["RECORD", "ServerSync", "ServerTarget", "sync_server"]

RECORD = ".policykg-endpoints.json"
_FULL_SHARE = 4   # more than 1/4 of the documents changed: everything is sent
# the document graphs a server holds (the GS index answers it on Virtuoso: no scan of the triples' values)
_DOCUMENT_GRAPHS = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{GRAPH}\")) }}")


@dataclass(frozen=True)
class ServerTarget:
    """Where ``build --endpoint`` sends the graphs: the SPARQL endpoint (its UPDATE URL), optionally a Graph Store
    Protocol URL, credentials (EndpointAuth or (user, password[, scheme]); default from the environment), seconds
    per request and how many requests run at once."""

    endpoint: str
    graph_store: str | None = None
    auth: object = None
    timeout: float = 60
    threads: int = 4

    def writer(self) -> ServerWriter:
        """The writer (checks the URLs and credentials: EndpointError, one line, before anything is built)."""
        return ServerWriter(self.endpoint, graph_store=self.graph_store, auth=self.auth, timeout=self.timeout)


@dataclass(frozen=True)
class ServerSync:
    """What a sync sent: graphs replaced and dropped, triples added to and removed from the merged view (for a full
    sync: the merged view's size), whether everything was sent, and how."""

    endpoint: str
    replaced: int
    dropped: int
    merged_added: int
    merged_removed: int
    full: bool
    method: str

    def text(self) -> str:
        how = "Graph Store Protocol" if self.method == "gsp" else "SPARQL UPDATE"
        merged = (f"merged view replaced ({self.merged_added} triples)" if self.full else
                  f"merged view +{self.merged_added} -{self.merged_removed} triples")
        return (f"{self.endpoint}: {'everything sent, ' if self.full else ''}{self.replaced} graph(s) replaced, "
                f"{self.dropped} dropped, {merged} ({how})")


def sync_server(target: ServerTarget, out: Path, gen: Path, previous: Path | None, keys: list[str],
                changed: list[str], removed: list[str]) -> ServerSync:
    """Bring the server of ``target`` to the published generation ``gen`` of the build directory ``out``.

    ``keys`` are the generation's published documents, ``changed`` those whose graph is new or different from
    ``previous`` (the generation before), ``removed`` those ``previous`` had and ``gen`` has not. Raises
    EndpointError (one line, saying that OUT was published and the server is out of date) on any failure.
    """
    writer = target.writer()
    shown = safe_url(target.endpoint)
    store = GraphStore(gen / "store", read_only=True)
    ontology = store.dump_graph(ONTOLOGY_IRI)
    state = {"generation": gen.name, "ontology": hashlib.sha256(ontology).hexdigest()}
    records = _read_records(out)
    before = records.get(shown, {})
    full = (previous is None or before != {**state, "generation": previous.name, "complete": True}
            or len(changed) + len(removed) > max(16, len(keys) // _FULL_SHARE))
    records[shown] = {**state, "complete": False}
    _write_records(out, records)
    sent = [0]
    drops = [mint_graph_iri(k) for k in removed]
    try:
        documents = keys if full else changed
        _each(target, lambda k: writer.put(mint_graph_iri(k), doc_ntriples(gen / GRAPHS, k)), documents, sent)
        if full:   # the server's document graphs that are not published: pruned or removed while not followed
            drops = _orphans(target, {mint_graph_iri(k) for k in keys})
        _each(target, writer.drop, drops, sent)
        if full:
            writer.put(ONTOLOGY_IRI, ontology)
            added, gone = _replace_merged(writer, store, out), 0
        else:
            added, gone = _update_merged(writer, store, gen, previous, changed, removed)
        sent[0] += 1
    except (EndpointError, QueryError) as exc:   # QueryError: the endpoint refused the listing of graphs
        total = (len(keys) if full else len(changed)) + len(drops) + 1
        raise EndpointError(f"{out} was published, but the server is out of date: {sent[0]} of {total} graph(s) "
                            f"sent before {exc}; the next build --endpoint sends every graph again") from None
    finally:
        forget_datasets()
        del store
    records[shown] = {**state, "complete": True}
    _write_records(out, records)
    return ServerSync(shown, len(documents) + (1 if full else 0), len(drops), added, gone, full, writer.method)


def _orphans(target: ServerTarget, published: set[str]) -> list[str]:
    """The document graphs the server holds that are not ``published`` (sorted)."""
    rows = query_endpoint(target.endpoint, _DOCUMENT_GRAPHS, {}, auth=target.auth, timeout=target.timeout,
                          default_graph=None).rows
    return sorted({row["g"].value for row in rows if "g" in row} - published)


def _each(target: ServerTarget, send, keys: list[str], sent: list[int]) -> None:
    """``send(key)`` for every key, ``target.threads`` at a time; the first failure stops the rest and is raised."""
    if not keys:
        return
    with concurrent.futures.ThreadPoolExecutor(max_workers=target.threads) as pool:
        futures = [pool.submit(send, key) for key in keys]
        try:
            for future in concurrent.futures.as_completed(futures):
                future.result()
                sent[0] += 1
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _replace_merged(writer: ServerWriter, store: GraphStore, out: Path) -> int:
    """The whole merged view, streamed from the store into the server's ``MERGED_GRAPH``; its number of triples."""
    with tempfile.TemporaryDirectory(prefix=".policykg-push-", dir=out) as scratch:
        merged = Path(scratch) / "merged.nt"
        store.dump_merged(merged)
        return writer.put_file(MERGED_GRAPH, merged)


def _update_merged(writer: ServerWriter, store: GraphStore, gen: Path, previous: Path, changed: list[str],
                   removed: list[str]) -> tuple[int, int]:
    """The changed documents' triples into ``MERGED_GRAPH`` (a graph is a set: triples it holds stay once), then
    out of it the triples of their previous versions and of removed documents that no published graph holds."""
    added = gone = 0
    pieces = (doc_ntriples(gen / GRAPHS, k) for k in changed)   # documents have no blank nodes
    for chunk in byte_chunks(pieces, GSP_CHUNK_BYTES):
        writer.add(MERGED_GRAPH, chunk)
        added += chunk.count(b"\n")
    for key in [*changed, *removed]:
        if graph_file(previous / GRAPHS, key).exists():
            triples = store.not_held(doc_ntriples(previous / GRAPHS, key))
            writer.remove(MERGED_GRAPH, triples)
            gone += len(triples)
    return added, gone


def _read_records(out: Path) -> dict:
    try:
        records = json.loads((out / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return records if isinstance(records, dict) else {}


def _write_records(out: Path, records: dict) -> None:
    """The record, replaced atomically and on disk before the first request to the server."""
    write_text(out / RECORD, json.dumps(records, indent=1, sort_keys=True) + "\n")
