"""Writing named graphs on a SPARQL server: the one writer behind ``policykg push`` and ``policykg build --endpoint``.

:class:`ServerWriter` replaces, extends, trims and drops named graphs, with the SPARQL 1.1 Graph Store HTTP Protocol
when a ``graph_store`` URL is given (``PUT`` replaces a graph, ``POST`` adds to it) and with SPARQL UPDATE at the
``endpoint`` otherwise (``DROP SILENT GRAPH``, ``INSERT DATA`` in chunks). Removing single triples (``DELETE DATA``)
and dropping graphs always go through the endpoint. Graph contents are N-Triples bytes serialised by Oxigraph (never
text of our own), and graph IRIs are checked (:func:`policykg.queries.params.make_iri`) before they are sent.

Blank nodes are scoped to one request: :meth:`ServerWriter.put_file` sends every line of a big file that names one
in its first request, so a blank node never falls apart over two requests. Each thread has its own connection
state, so one writer can serve a pool of threads.

>>> list(ntriples_chunks(b'<urn:a> <urn:p> "1" .\\n<urn:b> <urn:p> "2" .\\n_:x <urn:p> "3" .\\n', 24))
[b'_:x <urn:p> "3" .\\n<urn:a> <urn:p> "1" .\\n', b'<urn:b> <urn:p> "2" .\\n']
"""

from __future__ import annotations

import io
import itertools
import os
import threading
import urllib.parse
import urllib.request
from typing import BinaryIO, Iterable, Iterator

import pyoxigraph as ox

from policykg.queries.params import make_iri
from policykg.queries.connection import check_url, opener, resolve_auth, send
from policykg.queries.results import joined

__all__ = ["GSP_CHUNK_BYTES", "UPDATE_CHUNK_TRIPLES", "ServerWriter", "byte_chunks", "ntriples_chunks"]

UPDATE_CHUNK_TRIPLES = 500       # Virtuoso compiles INSERT/DELETE DATA into SQL; big chunks hit its statement limits
GSP_CHUNK_BYTES = 4 << 20        # N-Triples per Graph Store request when a big graph is sent in pieces


def byte_chunks(pieces: Iterable[bytes], chunk_bytes: int) -> Iterator[bytes]:
    """``pieces`` joined into chunks of at least ``chunk_bytes`` (the last may be smaller), never splitting a piece.

    >>> list(byte_chunks([b"ab", b"c", b"de", b"f"], 3))
    [b'abc', b'def']
    """
    return joined(pieces, chunk_bytes)


def ntriples_chunks(source: bytes | BinaryIO, chunk_bytes: int | None = None) -> Iterator[bytes]:
    """N-Triples (bytes or a binary file) in pieces of about ``chunk_bytes`` (default :data:`GSP_CHUNK_BYTES`),
    each ending at a line end; the lines that hold a blank node all come first, in the first piece (a blank node
    is one node only within one request)."""
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    start = handle.tell()
    first = b"".join(line for line in handle if b"_:" in line)
    handle.seek(start)
    rest = (line for line in handle if b"_:" not in line)
    yield from byte_chunks(itertools.chain([first] if first else [], rest), chunk_bytes or GSP_CHUNK_BYTES)


class ServerWriter:
    """Write named graphs to the SPARQL server at ``endpoint`` (its SPARQL UPDATE URL), through ``graph_store`` (a
    Graph Store Protocol URL) when given. ``auth``: EndpointAuth or (user, password[, scheme]), default from the
    environment; ``timeout``: seconds per request. Every failure is one EndpointError line (no credentials in it).
    """

    def __init__(self, endpoint: str, *, graph_store: str | None = None, auth=None, timeout: float = 60):
        self.endpoint = check_url(endpoint)
        self.graph_store = check_url(graph_store, "--graph-store") if graph_store else None
        self.credentials = resolve_auth(auth)
        self.timeout = timeout
        self._local = threading.local()

    @property
    def method(self) -> str:
        """'gsp' (Graph Store Protocol) or 'update' (SPARQL UPDATE)."""
        return "gsp" if self.graph_store else "update"

    def _open(self, url: str):
        openers = self._local.__dict__.setdefault("openers", {})
        if url not in openers:
            openers[url] = opener(self.credentials, url, self.timeout)
        return openers[url]

    def _gsp(self, graph: str, method: str, body: bytes) -> None:
        separator = "&" if urllib.parse.urlsplit(self.graph_store).query else "?"
        url = self.graph_store + separator + urllib.parse.urlencode({"graph": make_iri(graph).value})
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"Content-Type": "text/turtle; charset=utf-8"})
        send(self._open(self.graph_store), request, self.credentials, self.timeout)

    def update(self, statement: str) -> None:
        """Send one SPARQL UPDATE request to the endpoint."""
        request = urllib.request.Request(
            self.endpoint, data=urllib.parse.urlencode({"update": statement}).encode("ascii"), method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        send(self._open(self.endpoint), request, self.credentials, self.timeout)

    def put(self, graph: str, ntriples: bytes) -> None:
        """Replace the named graph ``graph`` with the triples of ``ntriples`` (one PUT, or DROP + INSERT DATA)."""
        if self.graph_store:
            self._gsp(graph, "PUT", ntriples)
            return
        self.drop(graph)
        self._insert(graph, ntriples)

    def add(self, graph: str, ntriples: bytes) -> None:
        """Add the triples of ``ntriples`` to the named graph ``graph`` (one POST, or INSERT DATA)."""
        if not ntriples:
            return
        if self.graph_store:
            self._gsp(graph, "POST", ntriples)
            return
        self._insert(graph, ntriples)

    def drop(self, graph: str) -> None:
        """Remove the named graph ``graph`` (``DROP SILENT GRAPH``: no error when the server does not have it)."""
        self.update(f"DROP SILENT GRAPH <{make_iri(graph).value}>")

    def remove(self, graph: str, triples: list[ox.Triple]) -> None:
        """Remove ``triples`` (without blank nodes) from the named graph ``graph``, ``DELETE DATA`` in chunks."""
        iri = make_iri(graph).value
        for i in range(0, len(triples), UPDATE_CHUNK_TRIPLES):
            body = _ntriples(triples[i:i + UPDATE_CHUNK_TRIPLES]).decode("utf-8")
            self.update(f"DELETE DATA {{ GRAPH <{iri}> {{\n{body}}} }}")

    def put_file(self, graph: str, path: str | os.PathLike, chunk_bytes: int | None = None) -> int:
        """Replace the named graph ``graph`` with the N-Triples file ``path``, sent in pieces (the first replaces
        the graph, the others add to it; ``chunk_bytes``: about this many bytes each, default
        :data:`GSP_CHUNK_BYTES`); returns the number of lines sent."""
        lines = 0
        with open(path, "rb") as handle:
            for i, chunk in enumerate(ntriples_chunks(handle, chunk_bytes)):
                (self.put if i == 0 else self.add)(graph, chunk)
                lines += chunk.count(b"\n")
        if not lines:
            self.drop(graph)
        return lines

    def _insert(self, graph: str, ntriples: bytes) -> None:
        iri = make_iri(graph).value
        triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)) if ntriples else []
        ground = [t for t in triples if not _has_blank_node(t)]
        for i in range(0, len(ground), UPDATE_CHUNK_TRIPLES):
            body = _ntriples(ground[i:i + UPDATE_CHUNK_TRIPLES]).decode("utf-8")
            self.update(f"INSERT DATA {{ GRAPH <{iri}> {{\n{body}}} }}")
        blank = [t for t in triples if _has_blank_node(t)]
        if blank:   # one template keeps each blank node one node (some servers refuse blank nodes in INSERT DATA)
            self.update(f"INSERT {{ GRAPH <{iri}> {{\n{_ntriples(blank).decode('utf-8')}}} }} WHERE {{}}")


def _has_blank_node(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
