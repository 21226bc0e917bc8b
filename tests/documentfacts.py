"""What a user gets from one document, as the tests of the builder's forms read it: the document is built from a
string, its graph's quads are read back by the evaluation's own reader (``bench/eval_real.predictions_from_quads``),
and actors are named by their label, so a test states facts as a reader of the graph would ("Sở Y tế leads ...").
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real import Predicted, predictions_from_quads  # noqa: E402

from policykg.graph_builder.metadata import extract_document_info  # noqa: E402
from policykg.graph_builder.pipeline import build_source, emit_result  # noqa: E402
from policykg.graph_builder.read import source_from_string  # noqa: E402
from policykg.ontology import load_lexicon  # noqa: E402


def predictions_of(text: str, name: str = "plan.txt", media_type: str | None = None) -> Predicted:
    """The evaluation's predictions for the document ``text`` (file name ``name``: its suffix chooses the reader
    unless ``media_type`` is given)."""
    if media_type is None:
        media_type = "text/html" if name.endswith(".html") else "text/markdown" if name.endswith(".md") else None
    source = source_from_string(text, name=name, **({"media_type": media_type} if media_type else {}))
    return predictions_from_quads(emit_result(build_source(source)), defaultdict(set))


def facts_of(text: str, name: str = "plan.txt", media_type: str | None = None, drop_suffix: str = "") -> dict:
    """duties, leads (sets of (actor label, task text)), pairs (frozensets of two labels) and dated tasks ((task text,
    deadline)) of the document ``text``. An actor is named by its first label, less ``drop_suffix`` (the place the
    builder adds to a local body's name: "Công an phường Hòa Bình" -> "Công an phường")."""
    p = predictions_of(text, name, media_type)

    def label(iri: str) -> str:
        return sorted(p.labels.get(iri) or [iri])[0].removesuffix(drop_suffix)

    return {"duties": {(label(a), t) for a, t in p.duties}, "leads": {(label(a), t) for a, t in p.leads},
            "pairs": {frozenset((label(a), label(b))) for a, b in p.pairs},
            "dated": {(t, due) for t, due, _ in p.deadlines}}


def graph_actors(text: str) -> set[str]:
    """The labels of the actors of the graph built from the document ``text``."""
    return {label for labels in predictions_of(text).labels.values() for label in labels}


def holders(found, fragment: str) -> set[str]:
    """The actors that hold, in ``found`` ((actor, text) pairs), a text containing ``fragment``."""
    return {actor for actor, text in found if fragment in text}


def frame_of(text: str) -> tuple[list[str], list[tuple]]:
    """The issuers' labels of the document ``text`` and its signers as (person, post, organ's label), as its frame
    reads them (``metadata.extract_document_info``)."""
    info = extract_document_info(source_from_string(text, "<s>"), load_lexicon())
    return [i.label for i in info.issuers], [(s.person, s.post, s.organ.label if s.organ else None)
                                             for s in info.signatures]
