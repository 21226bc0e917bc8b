"""Interactive graph views, exports and the build report of a policykg graph.

- ``views``:    actor network, full network, one document's network (networkx) and ``write_view`` (HTML page)
- ``page``:     pyvis page post-processed into one self-contained, offline, XSS-safe HTML file
- ``exports``:  GraphML, GEXF, SVG and PNG of the actor network, or the graphs in RDF
- ``report``:   the HTML report of what the builder found and missed in each text (an index, a page per document)
- ``serve``:    ``policykg serve``: Oxigraph's SPARQL server on a store, and the workbench beside it
- ``workbench``: the workbench page and its JSON API (catalogue, documents, explorer)
- ``explore``:  the explorer's SPARQL: search by folded label, neighbourhood pages, a node's duties and quotes
- ``graphdata``: the SPARQL reader (the RDF boundary) into plain records
- ``kinds``, ``layout``: colours and shapes per kind, a pure-Python layout
"""

__all__ = ["explore", "exports", "graphdata", "kinds", "layout", "page", "report", "serve", "views", "workbench"]
