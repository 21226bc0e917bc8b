"""Interactive graph views and exports of a policykg graph.

- ``views``:    actor network, full network, one document's network (networkx) and ``write_view`` (HTML page)
- ``page``:     pyvis page post-processed into one self-contained, offline, XSS-safe HTML file
- ``exports``:  GraphML, GEXF, SVG and PNG of the actor network
- ``graphdata``: the SPARQL reader (the RDF boundary) into plain records
- ``kinds``, ``layout``, ``source``: styles per kind, a pure-Python layout, opening DATA paths
"""
