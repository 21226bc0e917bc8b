"""The builder's pipeline: one text -> :class:`BuildResult` -> RDF quads, and nothing else.

``build_source`` runs the steps in order (metadata -> segment -> recognise -> assert) on a decoded text;
``emit_result`` turns the result into the sorted quads of the text's named graph (``emit_result_nquads``: their
N-Quads text). Building many texts into a build directory (store, caches, exports, report, view) is the corpus
layer's work (:mod:`policykg.corpus`).

>>> result = build_source(source_from_string("Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tuyên truyền pháp luật."))
>>> sorted({a.relation for a in result.assertions})
['coordination', 'task']
>>> len(emit_result(result)) > 10
True
"""

from __future__ import annotations

import os
from typing import Callable

import pyoxigraph as ox

from policykg.graph_builder.actoraccept import AcceptanceModel
from policykg.graph_builder.actormodel import ActorModel
from policykg.graph_builder.assertions import extract_assertions
from policykg.graph_builder.emit import emit_graph, emit_nquads, emit_quads
from policykg.graph_builder.terms import Emitter
from policykg.graph_builder.identity import identify_actors
from policykg.graph_builder.centralboards import central_boards_apart
from policykg.graph_builder.standingoffices import standing_offices
from policykg.graph_builder.layout import with_cell_mentions
from policykg.graph_builder.mergedcells import with_tail_mentions
from policykg.graph_builder.metadata import extract_document_info
from policykg.graph_builder.model import BuildResult, SourceText
from policykg.graph_builder.organs import frame_mentions
from policykg.graph_builder.read import read_source, source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.segment import segment
from policykg.ontology.lexicon import Lexicon, load_lexicon

__all__ = ["build_source", "build_file", "emit_result", "emit_result_graph", "emit_result_nquads", "source_from_string"]


def build_source(source: SourceText, lexicon: Lexicon | None = None,
                 on_step: Callable[[str], None] | None = None,
                 actor_model: ActorModel | AcceptanceModel | None = None) -> BuildResult:
    """Run the builder's steps on one decoded text.

    Takes a :class:`SourceText` (from ``read_source`` / ``source_from_string``), the lexicon (default: the
    ontology's, :func:`policykg.ontology.load_lexicon`) and an optional ``on_step`` called with the name of each
    step as it starts ('metadata', 'segment', 'recognise', 'assert': progress for a big text); returns the
    :class:`BuildResult` (document info, sections, sentences, mentions, assertions). Raises ``PolicyKGError``
    subclasses for problems with the input. ``actor_model`` (default None: the rules alone), from
    :func:`~policykg.graph_builder.actormodel.load_actor_model`, keeps only the actor mentions it agrees with,
    before the assertions are made (a CRF: :mod:`policykg.graph_builder.actormodel`), or only the actors it accepts,
    once they are made (an acceptance model: :mod:`policykg.graph_builder.actoraccept`).
    """
    lexicon = load_lexicon() if lexicon is None else lexicon
    step = on_step or (lambda name: None)
    step("metadata")
    document = extract_document_info(source, lexicon)
    step("segment")
    sections, sentences = segment(source, lexicon, document.frame)
    step("recognise")
    mentions = find_mentions(source, sentences, lexicon, frame=[block.span for block in document.frame])
    mentions = standing_offices(identify_actors(mentions, source, document, lexicon), source.match)
    framed = frame_mentions(source, document.frame, lexicon, document.issuers)   # the header's, signers', recipients'
    mentions = central_boards_apart(sorted(mentions + framed, key=lambda m: (m.span.start, m.span.end)), source.match,
                                    {id(m) for m in framed})
    mentions = with_cell_mentions(source, mentions, document, lexicon)
    mentions = with_tail_mentions(source, sentences, mentions, document, lexicon)
    if actor_model is not None:
        mentions = actor_model.filter(source, mentions, lexicon, document)
    step("assert")
    assertions = extract_assertions(source, document, sections, sentences, mentions, lexicon)
    result = BuildResult(source=source, document=document, sections=sections, sentences=sentences,
                         mentions=mentions, assertions=assertions)
    return result if actor_model is None else actor_model.accept(result, lexicon)


def build_file(path: str | os.PathLike, key: str | None = None) -> BuildResult:
    """Read and build one file ('-' = stdin). Raises ``InputError`` if it cannot be read as text."""
    return build_source(read_source(path, key=key))


def emit_result(result: BuildResult, lexicon: Lexicon | None = None) -> list[ox.Quad]:
    """The sorted quads of one built document (:func:`policykg.graph_builder.emit.emit_quads`)."""
    return emit_quads(result, load_lexicon() if lexicon is None else lexicon)


def emit_result_nquads(result: BuildResult, lexicon: Lexicon | None = None) -> bytes:
    """The N-Quads document of one built document: ``emit_result``'s quads serialised, made without them
    (:func:`policykg.graph_builder.emit.emit_nquads`)."""
    return emit_nquads(result, load_lexicon() if lexicon is None else lexicon)


def emit_result_graph(result: BuildResult, lexicon: Lexicon | None = None) -> Emitter:
    """The emitted graph of one built document: its N-Quads and its triples
    (:func:`policykg.graph_builder.emit.emit_graph`)."""
    return emit_graph(result, load_lexicon() if lexicon is None else lexicon)
