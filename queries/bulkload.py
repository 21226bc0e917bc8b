"""First loads of big corpora into Virtuoso with its own bulk loader, through ``isql-vt``.

HTTP (:func:`policykg.queries.remote.push`) sends one request per document graph; for millions of triples Virtuoso's
bulk loader is faster. :func:`bulk_load` writes the graphs of DATA as N-Quads files (each line names its document's
graph) into a folder the server can read -- a folder listed in ``DirsAllowed`` of its ``virtuoso.ini`` -- then,
through ``isql-vt`` on the server's SQL port:

1. ``ld_dir(folder, 'policykg-*.nq', ...)`` registers the files (their earlier rows in ``DB.DBA.LOAD_LIST`` are
   dropped first, so a second load of the same folder loads again); a folder the server may not read stops here;
2. removes the graphs it is about to load, so each one is replaced as with ``push`` (a graph the server has never
   seen costs one look-up; 200 graphs per statement);
3. ``rdf_loader_run()``, in ``loaders`` isql sessions at once (each takes the next file);
4. reads ``DB.DBA.LOAD_LIST`` for a file the loader refused, then ``checkpoint``.

The files are deleted once loaded. Credentials are push's (``POLICYKG_ENDPOINT_USER`` /
``POLICYKG_ENDPOINT_PASSWORD``); isql-vt only takes the password on its command line, so run it on a trusted host.
``server_directory`` names the same folder as the server sees it when that differs (a container's mount).

>>> sql_string("it's C:\\\\x")
"'it''s C:\\\\\\\\x'"
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import tempfile
from pathlib import Path

from policykg.core.builddir import GRAPH_SUFFIX, GRAPHS
from policykg.core.atomic import write_bytes
from policykg.core.errors import EndpointError, InputError
from policykg.core.iris import GRAPH, MERGED_GRAPH, ONTOLOGY_IRI, mint_graph_iri
from policykg.queries.data import open_data
from policykg.queries.params import make_iri
from policykg.queries.connection import ENV_PASSWORD, ENV_USER, EndpointAuth, resolve_auth
from policykg.queries.remote import PushSummary, forget_datasets
from policykg.queries.store import GraphStore
from policykg.queries.virtuoso import run_isql
from policykg.queries.writer import ntriples_chunks

__all__ = ["BULK_FILE_MASK", "DEFAULT_ISQL", "bulk_load", "sql_string", "write_nquads_files"]

DEFAULT_ISQL = "127.0.0.1:1111"      # Virtuoso's default SQL port
BULK_FILE_MASK = "policykg-*.nq"
CHUNK_BYTES = 64 * 1024 * 1024       # one loader takes one file at a time: files of this size keep several busy
CLEAR_BATCH = 200                    # graph IRIs per DELETE statement
_UNNAMED_GRAPH = GRAPH + "unnamed"   # ld_dir's graph for triples without one (our files have none)
_ADDRESS = re.compile(r"^[A-Za-z0-9.\-\[\]:]+:[0-9]{1,5}$")


def sql_string(text: str) -> str:
    """``text`` as a Virtuoso SQL string literal (quotes doubled, backslashes escaped); no control characters."""
    if any(ord(c) < 32 for c in text):
        raise InputError(f"{text!r}: control characters cannot be passed to Virtuoso")
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def write_nquads_files(store: GraphStore, directory: Path, graphs: list[str], *,
                       chunk_bytes: int = CHUNK_BYTES, merged: Path | None = None,
                       cache: Path | None = None) -> tuple[list[Path], int]:
    """Write ``graphs`` of ``store`` as ``policykg-00001.nq``, ... (about ``chunk_bytes`` each) into ``directory``;
    with ``merged`` (an N-Triples file: the merged view) its triples too, in the graph ``MERGED_GRAPH``. With
    ``cache`` (the ``graphs`` folder of a build directory whose store ``store`` is) a document's graph is copied
    from its cache file ``KEY.nq``, already N-Quads of that graph, instead of being serialized again by Oxigraph
    (3/4 of a bulk load's time at 10,000 documents, see docs/SCALING.md).

    Earlier ``policykg-*.nq`` files there are removed first. Each graph's triples are dumped by Oxigraph and each
    N-Triples line gets the graph's name (line ends inside literals are escaped, so lines are statements). A graph
    never spans two files but the merged view, whose lines with blank nodes all go in its first file (the loader
    reads blank node labels per file). Returns the files and the number of triples.
    """
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob(BULK_FILE_MASK):
        stale.unlink()
    files: list[Path] = []
    parts: list[bytes] = []
    size = triples = 0

    def add(data: bytes, graph: str, whole: bool) -> None:
        """N-Triples ``data`` as N-Quads of ``graph``."""
        suffix = b" <" + graph.encode("utf-8") + b"> .\n"
        lines = data.splitlines()
        append(b"".join(line[:-2] + suffix for line in lines if line.endswith(b" .")), len(lines), whole)

    def append(nquads: bytes, statements: int, whole: bool = True) -> None:
        """N-Quads into the current file; a file full after a whole graph is written."""
        nonlocal size, triples
        triples += statements
        parts.append(nquads)
        size += len(nquads)
        if size >= chunk_bytes and whole:
            flush()

    def flush() -> None:
        nonlocal size
        if parts:
            files.append(directory / f"policykg-{len(files) + 1:05d}.nq")
            write_bytes(files[-1], b"".join(parts))
            parts.clear()
            size = 0

    cached = {mint_graph_iri(f.name[:-len(GRAPH_SUFFIX)]): f for f in cache.glob("*" + GRAPH_SUFFIX)} if cache else {}
    for graph in graphs:
        if graph in cached:
            nquads = cached[graph].read_bytes()
            append(nquads, nquads.count(b"\n"))
        else:
            add(store.dump_graph(graph), graph, whole=True)
    if merged is not None:
        flush()
        with open(merged, "rb") as handle:
            for chunk in ntriples_chunks(handle, chunk_bytes):
                add(chunk, MERGED_GRAPH, whole=False)
                flush()
    flush()
    return files, triples


def _cache_folder(data) -> Path | None:
    """The ``graphs`` folder of DATA when DATA is a build directory (its store was loaded from those files)."""
    if isinstance(data, GraphStore):
        return None
    folder = Path(data) / GRAPHS
    return folder if (Path(data) / "store").is_dir() and folder.is_dir() else None


def _check_address(address: str) -> str:
    if not _ADDRESS.match(address or ""):
        raise EndpointError(f"--isql must be HOST:PORT (Virtuoso's SQL port, e.g. {DEFAULT_ISQL}), got {address!r}")
    return address


def _credentials(auth) -> EndpointAuth:
    credentials = resolve_auth(auth)
    if credentials is None:
        raise EndpointError(f"the bulk loader logs in to Virtuoso through isql: set {ENV_USER} and {ENV_PASSWORD}")
    return credentials


def bulk_load(data: str | os.PathLike | GraphStore, directory: str | os.PathLike, *, isql: str = DEFAULT_ISQL,
              server_directory: str | None = None, auth=None, include_ontology: bool = True, loaders: int = 1,
              timeout: float = 3600, chunk_bytes: int = CHUNK_BYTES, include_merged: bool = True,
              on_step=None) -> PushSummary:
    """Load each named graph of DATA into Virtuoso with its bulk loader, replacing the graph there.

    Takes DATA (opened by :func:`policykg.queries.data.open_data`), the folder to write the N-Quads files into
    (the server must be allowed to read it: ``DirsAllowed``), Virtuoso's SQL port ``HOST:PORT``, the folder's path
    as the server sees it (default: ``directory``, absolute), credentials (EndpointAuth or (user, password);
    default from the environment), whether the ontology graph and the merged view (the graph ``MERGED_GRAPH``, see
    :func:`policykg.queries.remote.push`) come along, how many loaders run at once, and the seconds each isql step
    may take; ``on_step(name)``, if given, is called as each step ends (``files``: the N-Quads files written,
    ``load``: the loaders done, ``checkpoint``). Returns a PushSummary (method ``bulk``). Raises InputError for bad DATA, and
    EndpointError, one line, when isql-vt is missing, the server is unreachable or refuses the login, the folder
    is not allowed, or the loader refuses a file. The server is checked before any file is written.
    """
    address = _check_address(isql)
    credentials = _credentials(auth)
    if loaders < 1:
        raise EndpointError(f"loaders must be at least 1, not {loaders}")

    def sql(text: str, seconds: float = timeout) -> str:
        return run_isql(address, credentials.user, credentials.password, text, timeout=seconds)

    sql("SELECT 1", 60)   # unreachable server or refused login: one line, before anything is written
    store = open_data(data)
    graphs = [g for g in store.graphs() if include_ontology or g != ONTOLOGY_IRI]
    for graph in graphs:
        make_iri(graph)
    local = Path(directory).resolve()
    remote = (server_directory or str(local)).rstrip("/") or "/"
    local.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".policykg-merged-", dir=local) as scratch:
        merged = Path(scratch) / "merged.nt" if include_merged else None
        if merged is not None:
            store.dump_merged(merged)
        files, triples = write_nquads_files(store, local, graphs, chunk_bytes=chunk_bytes, merged=merged,
                                            cache=_cache_folder(data))
    step = on_step or (lambda name: None)
    step("files")
    loaded = graphs + ([MERGED_GRAPH] if include_merged else [])
    try:
        _load(sql, remote, [f.name for f in files], loaded, loaders, timeout, step)
    finally:
        for f in files:
            f.unlink(missing_ok=True)
        forget_datasets()
    return PushSummary(address, tuple(loaded), triples, "bulk")


def _load(sql, remote: str, names: list[str], graphs: list[str], loaders: int, timeout: float, step) -> None:
    """Register the files with ld_dir (a folder the server may not read fails here, before any graph is touched),
    clear the graphs, run the loaders, check LOAD_LIST, checkpoint."""
    paths = [sql_string(f"{remote.rstrip('/')}/{name}") for name in names]
    if paths:
        sql(f"DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file IN ({', '.join(paths)})")
    try:
        sql(f"ld_dir({sql_string(remote)}, {sql_string(BULK_FILE_MASK)}, {sql_string(_UNNAMED_GRAPH)})", 600)
    except EndpointError as exc:
        if "access control" in str(exc) or "FA0" in str(exc):
            raise EndpointError(f"Virtuoso may not read {remote}: add it to DirsAllowed in its virtuoso.ini "
                                f"(or give --server-dir, the folder as the server sees it)") from None
        raise
    if paths:
        registered = sql(f"SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_file IN ({', '.join(paths)})", 600)
        if _first_number(registered) != len(paths):
            raise EndpointError(f"Virtuoso does not see the files in {remote}: is it the same folder on the server "
                                f"(--server-dir)?")
    clear = [", ".join(f"iri_to_id({sql_string(g)}, 0)" for g in graphs[i:i + CLEAR_BATCH])
             for i in range(0, len(graphs), CLEAR_BATCH)]
    if clear:   # one isql session for all of them
        sql(";\n".join(f"DELETE FROM DB.DBA.RDF_QUAD WHERE G IN ({ids})" for ids in clear))
    with concurrent.futures.ThreadPoolExecutor(max_workers=loaders) as pool:
        for done in [pool.submit(sql, "rdf_loader_run()", timeout) for _ in range(loaders)]:
            done.result()
    if paths:
        errors = sql(f"SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file IN ({', '.join(paths)}) "
                     f"AND ll_error IS NOT NULL", 600)
        lines = [line.strip() for line in errors.splitlines() if line.strip() and "policykg-" in line]
        if lines:
            raise EndpointError(f"Virtuoso's bulk loader refused a file: {lines[0][:240]}")
    step("load")
    sql("checkpoint", timeout)
    step("checkpoint")


def _first_number(output: str) -> int:
    for token in output.split():
        if token.isdigit():
            return int(token)
    return -1
