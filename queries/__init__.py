"""Queries: DATA and the embedded Oxigraph store, the SPARQL catalogue, and remote SPARQL servers.

- ``store``      the persistent (or in-memory) Oxigraph store: one named graph per document, a merged view
- ``data``       DATA, found and opened by one set of rules (``open_data``), and ``load_into_store``
- ``convert``    RDF out: DATA or a file written in any RDF format (``write_data``, ``convert``)
- ``catalogue``  the named queries (``catalogue/*.rq``); ``params`` binds parameters as RDF terms
- ``resolve``    labels, số hiệu and class names to the IRIs they name
- ``engine``     ``run_query`` on DATA or an endpoint; ``results`` formats what comes back
- ``remote``     SPARQL endpoints: queries and ``push``; ``virtuoso`` a throwaway local server for tests
- ``bulkload``   first loads of big corpora into Virtuoso with its own bulk loader (through ``isql-vt``)
"""

__all__ = ["bulkload", "catalogue", "convert", "data", "engine", "params", "remote", "resolve", "results", "store",
           "virtuoso"]
