"""What the build's side jobs read of the documents' cache, without the builder.

The exports', the summary's and the view's jobs are new interpreters (:mod:`policykg.corpus.sidejob`) that run one
after the other at the end of a build, and the last of them often ends it: what each imports is paid on that chain.
None of them builds a document, so none imports :mod:`policykg.graph_builder` (:mod:`policykg.corpus.outcome`
imports all of it: about two thirds of a side job's start-up, ``bench/results-round19-build.txt``). A cached
document's summary part and view facts are read here, and made from its N-Quads when the file is missing, with the
same functions the workers make them with.

>>> one_line(ValueError("bad\\nsecond line"))
'internal error (ValueError: bad)'
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from policykg.core.builddir import SUMMARY_SUFFIX, cache_file, graph_file
from policykg.core.errors import PolicyKGError
from policykg.core.iris import ONTOLOGY_IRI
from policykg.queries.summaryparts import document_part
from policykg.visualize.facts import GraphFacts, actor_view_facts, facts_from_nquads

__all__ = ["cached_summary_parts", "one_line", "view_facts"]


def cached_summary_parts(graphs_dir: Path, keys: Iterable[str]) -> Iterator[bytes]:
    """Each document's part of the per-actor summary, from its ``KEY.summary.json``, else (a cache written before
    there were such files, or a Dask worker's spooled outcome) made from its ``KEY.nq``: the same part."""
    for key in keys:
        try:
            yield cache_file(graphs_dir, key, SUMMARY_SUFFIX).read_bytes()
        except OSError:
            yield document_part(graph_file(graphs_dir, key).read_bytes(), key=key)


def view_facts(nquads: bytes) -> GraphFacts:
    """What the actor view reads of one document's N-Quads (:func:`~policykg.visualize.facts.actor_view_facts`)."""
    return actor_view_facts(facts_from_nquads(nquads, ONTOLOGY_IRI))


def one_line(exc: BaseException) -> str:
    """A one-line message for an error: the message of a PolicyKGError, else 'internal error (Type: message)'."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, PolicyKGError):
        return text or type(exc).__name__
    return f"internal error ({type(exc).__name__}: {text})" if text else f"internal error ({type(exc).__name__})"
