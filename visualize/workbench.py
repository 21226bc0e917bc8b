"""The workbench: one offline page (the catalogue, the documents and their report pages, the explorer) and the
small JSON API behind it, served by the standard library's HTTP server in a thread.

The page builds no SPARQL: it sends a query's name and its parameters as text to ``/api/query``, and this module
runs :func:`policykg.queries.engine.run_query` on the SPARQL endpoint, which binds them as RDF terms exactly as
``policykg query --endpoint`` does. The explorer's questions (:mod:`policykg.visualize.explore`) go the same way.
Every string from the data reaches the page as JSON and is inserted with ``textContent``; the page loads nothing
from another host (vis-network is pyvis's own copy, served from here) and a Content-Security-Policy header allows
scripts from this server only.

Routes: ``/`` the page; ``/static/<file>`` its script, style and vis-network; ``/api/catalogue``, ``/api/query``,
``/api/documents``, ``/api/search``, ``/api/expand``, ``/api/node``; ``/report.html`` and ``/report/<key>.html``
from the build directory.
"""

from __future__ import annotations

import http.server
import json
import re
import threading
import urllib.parse
from pathlib import Path

import pyvis

from policykg.core.errors import PolicyKGError
from policykg.core.iris import ONTOLOGY_IRI
from policykg.queries.catalogue import QueryInfo, list_queries
from policykg.queries.engine import run_query
from policykg.queries.params import make_iri
from policykg.queries.results import QueryResult
from policykg.visualize import explore
from policykg.visualize.kinds import EDGE_STYLES, NODE_STYLES, most_specific_kind
from policykg.visualize.page import safe_json

__all__ = ["WorkbenchServer", "catalogue_json", "result_json"]

_ASSETS = Path(__file__).resolve().parent / "assets"
_VIS = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
_STATIC = {
    "dom.js": (_ASSETS / "dom.js", "text/javascript; charset=utf-8"),
    "workbench.js": (_ASSETS / "workbench.js", "text/javascript; charset=utf-8"),
    "workbench.css": (_ASSETS / "workbench.css", "text/css; charset=utf-8"),
    "vis-network.min.js": (_VIS / "vis-network.min.js", "text/javascript; charset=utf-8"),
    "vis-network.css": (_VIS / "vis-network.css", "text/css; charset=utf-8"),
}
_REPORT_PAGE = re.compile(r"^/report/([a-z0-9][a-z0-9-]*)\.html$")
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

_DOCUMENTS = QueryInfo("workbench-documents", """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?g ?document (MIN(?id) AS ?identifier) (MIN(?tt) AS ?title) (MIN(?file) AS ?name)
       (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) WHERE {
  GRAPH ?g { ?document dcterms:source ?file }
  FILTER(?g != <""" + ONTOLOGY_IRI + """>)
  OPTIONAL { ?document dcterms:identifier ?id }
  OPTIONAL { ?document dcterms:title ?tt }
  OPTIONAL { ?document a ?t . FILTER(STRSTARTS(STR(?t), STR(pkg:))) }
} GROUP BY ?g ?document ORDER BY ?name ?g""")


def result_json(result: QueryResult) -> dict:
    """A query result for the page: ``{"vars", "rows"}``, each cell ``{"type", "value", "short"}`` or None;
    ASK gives ``{"boolean"}``, CONSTRUCT/DESCRIBE ``{"turtle"}``."""
    if result.form == "ASK":
        return {"boolean": bool(result.boolean)}
    if result.form == "GRAPH":
        return {"turtle": result.serialize("table")}
    rows = [[({"type": row[v].kind, "value": row[v].value, "short": row[v].short()} if v in row else None)
             for v in result.variables] for row in result.rows]
    return {"vars": list(result.variables), "rows": rows}


def catalogue_json() -> list[dict]:
    """The catalogue for the page: each query's name, what it answers, its parameters and result columns."""
    return [{"name": q.name, "answers": q.answers, "returns": list(q.returns),
             "params": [{"name": p.name, "kinds": list(p.kinds), "description": p.description,
                         "optional": p.optional} for p in q.params]} for q in list_queries()]


def _page_data(yasgui: str) -> dict:
    kinds = [{"kind": s.kind, "group": s.group, "colour": s.colour, "shape": s.shape, "lv": s.label_vi,
              "le": s.label_en} for s in NODE_STYLES]
    edges = [{"kind": s.kind, "colour": s.colour, "dashes": s.dashes, "lv": s.label_vi, "le": s.label_en}
             for s in EDGE_STYLES]
    return {"catalogue": catalogue_json(), "kinds": kinds, "edgeKinds": edges, "yasgui": yasgui,
            "pageSize": 30, "maxPage": explore.MAX_PAGE}


class _Api:
    """The JSON answers, each a function of the request's query parameters."""

    def __init__(self, endpoint: str, build_dir: Path | None, timeout: float = 60):
        self.endpoint, self.build_dir, self.timeout = endpoint, build_dir, timeout

    def run(self, query, params: dict) -> QueryResult:
        return run_query(query, params, endpoint=self.endpoint, timeout=self.timeout)

    def query(self, args: dict[str, str]) -> dict:
        params = {k[2:]: v for k, v in args.items() if k.startswith("p.") and v.strip()}
        return result_json(self.run(args.get("name", ""), params))

    def documents(self, args: dict[str, str]) -> dict:
        reports = self.build_dir / "report" if self.build_dir else None
        items = []
        for row in self.run(_DOCUMENTS, {}).rows:
            key = row["g"].value.rstrip("/").rsplit("/", 1)[-1]
            page = f"report/{key}.html" if reports is not None and (reports / f"{key}.html").is_file() else ""
            types = row["types"].value.split() if "types" in row else []
            kind = most_specific_kind(t.rsplit("#", 1)[-1] for t in types) or ""
            items.append({"id": row["document"].value, "key": key, "page": page, "kind": kind,
                          "number": row["identifier"].value if "identifier" in row else "",
                          "title": row["title"].value if "title" in row else "",
                          "name": row["name"].value if "name" in row else ""})
        index = "report.html" if self.build_dir is not None and (self.build_dir / "report.html").is_file() else ""
        return {"documents": items, "index": index}

    def search(self, args: dict[str, str]) -> dict:
        return {"results": explore.search(self.run, args.get("q", ""))}

    def expand(self, args: dict[str, str]) -> dict:
        return explore.expand(self.run, _iri(args), offset=_int(args, "offset", 0), limit=_int(args, "limit", 30))

    def node(self, args: dict[str, str]) -> dict:
        return explore.node_details(self.run, _iri(args))


def _iri(args: dict[str, str]) -> str:
    return make_iri(args.get("node", "")).value


def _int(args: dict[str, str], name: str, default: int) -> int:
    try:
        return int(args.get(name, default))
    except ValueError:
        raise PolicyKGError(f"{name} must be a whole number") from None


class WorkbenchServer:
    """The workbench page and its API on ``host:port`` (port 0: any free port), in a daemon thread."""

    def __init__(self, endpoint: str, build_dir: Path | None, host: str = "127.0.0.1", port: int = 0, *,
                 yasgui: str = ""):
        api = self.api = _Api(endpoint, build_dir)
        page = (_ASSETS / "workbench.html").read_text(encoding="utf-8")
        page = page.replace("@@POLICYKG_DATA@@", safe_json(_page_data(yasgui)), 1).encode("utf-8")
        handler = type("Handler", (_Handler,), {"api": api, "page": page, "build_dir": build_dir})
        self.httpd = http.server.ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.host = host
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="policykg-workbench", daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self) -> None:
        """Serve in a thread; another thread reads every label once so that the first search is not a cold one."""
        self.thread.start()
        threading.Thread(target=self._warm, name="policykg-warm-up", daemon=True).start()

    def _warm(self) -> None:
        try:
            explore.search(self.api.run, "warm-up")
        except PolicyKGError:
            pass

    def stop(self) -> None:
        """Stop serving and close the socket (waits for the serving loop, not for open connections)."""
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.thread.join(5)
        self.httpd.server_close()


class _Handler(http.server.BaseHTTPRequestHandler):
    api: _Api
    page: bytes
    build_dir: Path | None
    routes = {"/api/query": "query", "/api/documents": "documents", "/api/search": "search",
              "/api/expand": "expand", "/api/node": "node"}
    server_version = "policykg-workbench"

    def log_message(self, format, *args) -> None:   # noqa: A002 (the base class's name)
        pass

    def do_GET(self) -> None:   # noqa: N802 (the base class's name)
        url = urllib.parse.urlsplit(self.path)
        args = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        path = url.path
        if path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.page)
        elif path == "/favicon.ico":
            self._send(204, "image/x-icon", b"")
        elif path == "/api/catalogue":
            self._json(200, {"catalogue": catalogue_json()})
        elif path in self.routes:
            self._api(self.routes[path], args)
        elif path.startswith("/static/") and path[8:] in _STATIC:
            file, media = _STATIC[path[8:]]
            self._send(200, media, file.read_bytes())
        elif self._report_file(path) is not None:
            self._send(200, "text/html; charset=utf-8", self._report_file(path).read_bytes())
        else:
            self._json(404, {"error": f"no such page: {path}"})

    def _report_file(self, path: str) -> Path | None:
        if self.build_dir is None:
            return None
        if path == "/report.html":
            file = self.build_dir / "report.html"
        elif _REPORT_PAGE.match(path):
            file = self.build_dir / "report" / (_REPORT_PAGE.match(path).group(1) + ".html")
        else:
            return None
        return file if file.is_file() else None

    def _api(self, name: str, args: dict[str, str]) -> None:
        try:
            self._json(200, getattr(self.api, name)(args))
        except PolicyKGError as exc:
            self._json(400, {"error": str(exc).strip().splitlines()[0] if str(exc).strip() else "error"})

    def _json(self, status: int, body: dict) -> None:
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(status, "application/json; charset=utf-8", data)

    def _send(self, status: int, media: str, data: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(data)))
            for name, value in _SECURITY_HEADERS.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass
