"""Building a corpus of texts into a build directory: the orchestration above the builder, the store and the views.

``build_corpus`` (:mod:`policykg.corpus.build`) runs three steps:

- :mod:`~policykg.corpus.plan`    check every input and option, hash the texts, decide what to rebuild: nothing
  is created or written until the plan stands (a missing input stops the build here);
- :mod:`~policykg.corpus.run`     build the documents (in worker processes with ``jobs > 1``), stream each into
  the store and the per-document cache as it arrives;
- :mod:`~policykg.corpus.finish`  prune, write the manifest, the merged view, the exports, the report and the view.

The build directory ``OUT/``:

- ``OUT/store/``          the persistent Oxigraph store, one named graph per document + the ontology
- ``OUT/graphs/KEY.nq``   each document's sorted N-Quads (the cache of incremental builds)
- ``OUT/parts/KEY.html``  each document's rendered report section (same cache)
- ``OUT/manifest.json``   per document: input name, content hash, counts
- ``OUT/graph.trig``      named graph per document; ``OUT/graph.ttl`` the same triples merged;
  ``OUT/graph.<nt|nq|jsonld|rdf>`` on request; ``OUT/report.html`` (the report's index) and
  ``OUT/report/<key>.html``; ``OUT/graph.html`` (actor view)

The other modules: ``inputs`` (files and directories to (path, key) pairs), ``outcome`` (one document, as a
worker builds it), ``manifest``, ``progress``, ``exports`` (graph.<format> from the cache), ``summary``.
"""

__all__ = ["build", "exports", "finish", "inputs", "manifest", "outcome", "plan", "progress", "run", "summary"]
