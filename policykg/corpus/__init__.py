"""Building a corpus of texts into a build directory: the orchestration above the builder, the store and the views.

``build_corpus`` (:mod:`policykg.corpus.build`) runs three steps:

- :mod:`~policykg.corpus.plan`    check every input and option, hash the texts, decide what to rebuild: nothing
  is created or written until the plan stands (a missing input stops the build here);
- :mod:`~policykg.corpus.run`     build the documents (in worker processes with ``jobs > 1``) into the
  per-document cache of the staging generation as they arrive;
- :mod:`~policykg.corpus.finish`  prune, write the manifest, the store with its merged view, the exports, the
  report and the view; then the generation is published.

The build directory ``OUT/`` (docs/BUILD_DIRECTORY.md): a marker, a lock, ``generations/<n>/`` (each a complete
build: ``store/``, ``graphs/KEY.nq`` and ``parts/KEY.html`` (the cache of incremental builds), ``manifest.json``,
``graph.<format>``, ``report.html`` (the report's index) and ``report/<key>.html``, ``graph.html``), the symlink ``current`` to the published one, and the names
users know (``OUT/store``, ``OUT/graph.trig`` ...) as symlinks through ``current/``. A build writes a staging
generation and publishes it with one switch of ``current`` (:mod:`~policykg.corpus.builddir`).

The other modules: ``inputs`` (files and directories to documents, and their keys), ``outcome`` (one document, as
a worker builds it), ``cacheread`` (what the side jobs read of the documents' cache, without the builder),
``childinit`` (what every child process of a build does first), ``manifest``, ``progress``, ``merged`` (the merged
triples by external sort), ``storing`` (the generation's store), ``exports`` (graph.<format> from the cache),
``summary``.
"""

__all__ = ["build", "builddir", "exports", "finish", "inputs", "manifest", "merged", "outcome", "plan", "progress", "run",
           "storing", "summary"]
