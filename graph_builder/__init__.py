"""graph_builder: Vietnamese policy text -> document -> segments -> mentions -> assertions -> RDF.

Steps (one module each): ``read`` (decode, normalise), ``metadata`` (what the document is),
``segment`` (sections, sentences, clauses), ``recognise`` (mentions of actors, initiatives,
documents, levels), ``assertions`` (who must do what), ``emit`` (RDF quads), ``report``
(the HTML report) and ``pipeline`` (one text, or a whole corpus into a build directory).

The main entry points are importable from here (loaded on first use):

>>> from policykg.graph_builder import build_corpus, build_source, emit_quads, write_report
>>> callable(build_corpus)
True
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "build_source": "policykg.graph_builder.pipeline",
    "build_file": "policykg.graph_builder.pipeline",
    "build_corpus": "policykg.graph_builder.pipeline",
    "BuildSummary": "policykg.graph_builder.pipeline",
    "emit_quads": "policykg.graph_builder.emit",
    "write_report": "policykg.graph_builder.report",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    """Import the public functions lazily, so importing one step does not load them all."""
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'graph_builder' has no attribute {name!r}")
