"""policykg: Vietnamese policy documents to a knowledge graph of duties.

One import name, one direction. The layers, bottom to top (each imports only those below it):

- ``policykg.core``           IRIs and namespaces, the text normaliser, the atomic writer, the errors
- ``policykg.ontology``       the vocabulary (folder ``ontology/``), the actor lexicon, SHACL shapes
- ``policykg.graph_builder``  one text -> BuildResult -> RDF quads (folder ``graph_builder/``)
- ``policykg.queries``        the store, DATA, the SPARQL catalogue, remote endpoints (folder ``queries/``)
- ``policykg.visualize``      views, exports and the build report (folder ``visualize/``)
- ``policykg.corpus``         building a corpus into a build directory: plan, run, finish
- ``policykg.cli``            the command line

This module holds the version only and imports nothing.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
