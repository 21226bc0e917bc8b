"""policykg: Vietnamese policy documents to a knowledge graph of duties.

This package holds the pieces every step shares (namespaces and the IRI
minter, the text normaliser, the atomic file writer, the error types) and the
thin command line. Each pipeline step lives in its own top-level package:

- ``ontology``      the vocabulary, the actor lexicon and the SHACL shapes
- ``graph_builder`` text -> document -> segments -> mentions -> assertions -> RDF
- ``queries``       the SPARQL catalogue, the embedded store and remote endpoints
- ``visualize``     interactive HTML views and graph exports
"""

__version__ = "0.1.0"
